/**
 * A page of every element in representative states, on the demo's sample data: used by the CSP test (in a
 * page served with a strict policy), the theme tests (axe on dark and forced-colour pages) and the print check.
 */
import '../../../src/index.js';
import type { CrmFunnelChart } from '../../../src/components/funnel-chart/funnel-chart.js';
import type { CrmProvider } from '../../../src/components/provider/provider.js';

export const SEED = '/demo/data/sample.json';
const RATES = { asOf: '2026-11-01', rates: { 'USD/CNY': '7.1586', 'HKD/CNY': '0.9207' } };

/** Fills `root` with a provider (database `database`, seeded from the sample) holding every element. */
export function buildGallery(root: HTMLElement, database: string, theme?: string): CrmProvider {
  const provider = document.createElement('crm-provider');
  provider.database = database;
  provider.seed = SEED;
  if (theme) provider.setAttribute('theme', theme);
  // Markup from a constant: no untrusted text reaches innerHTML.
  provider.innerHTML = `
    <crm-customer-card customer-id="cust-001" heading-level="2"></crm-customer-card>
    <crm-customer-card variant="compact" customer-id="cust-001-02"></crm-customer-card>
    <p>
      <crm-tier-badge tier="A1"></crm-tier-badge> <crm-tier-badge tier="B2"></crm-tier-badge>
      <crm-tier-badge tier="7star"></crm-tier-badge> <crm-tier-badge tier="B" scheme="pareto"></crm-tier-badge>
      <crm-tier-badge customer-id="cust-001-02" scheme="value"></crm-tier-badge>
    </p>
    <crm-funnel-chart group="cust-001" label="Group funnel" show-table></crm-funnel-chart>
    <crm-funnel-chart owner="王磊" label="王磊"></crm-funnel-chart>
    <crm-funnel-chart class="presented" label="Given data"></crm-funnel-chart>
    <crm-pipeline-board group="cust-001"></crm-pipeline-board>
    <crm-activity-log customer-id="cust-001" group></crm-activity-log>
    <crm-quote-builder customer-id="cust-001" quote-id="q-001"></crm-quote-builder>
    <crm-account-list></crm-account-list>
    <crm-import></crm-import>
    <crm-sync-status></crm-sync-status>`;
  root.append(provider);
  return provider;
}

/** Resolves when the sample is in, every funnel has drawn its chart and the lists have rows. */
export async function galleryReady(provider: CrmProvider, sample: { opportunities: unknown[] }): Promise<void> {
  const presented = provider.querySelector<CrmFunnelChart>('crm-funnel-chart.presented')!;
  presented.rates = RATES;
  presented.data = sample.opportunities as CrmFunnelChart['data'];
  const deadline = performance.now() + 15000;
  const shadow = (tag: string, selector: string) =>
    [...provider.querySelectorAll(tag)].every((el) => !!el.shadowRoot?.querySelector(selector));
  const checks: [string, () => boolean][] = [
    [
      'funnel charts',
      () =>
        [...provider.querySelectorAll('crm-funnel-chart')].every(
          (f) => !!(f as unknown as { drawing: { chart?: unknown } }).drawing.chart,
        ),
    ],
    ['card headings', () => shadow('crm-customer-card', '[part~="name"]')],
    ['quote lines', () => shadow('crm-quote-builder', 'tbody tr')],
    ['board cards', () => shadow('crm-pipeline-board', '[part~="card"]')],
    ['account rows', () => shadow('crm-account-list', '[part="rows"]')],
  ];
  for (const [name, ok] of checks) {
    while (!ok()) {
      if (performance.now() > deadline) throw new Error(`gallery not ready: ${name}`);
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
  }
}
