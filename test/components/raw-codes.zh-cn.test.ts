/**
 * Every widget, rendered in zh-CN on the demo dataset, shows no raw code of the model's enumerations:
 * no industry, risk flag, relationship type, loyalty stage, activity kind, table name or stage id in any
 * text node or accessible name (shadow roots included). A code is found as a whole token, so data text
 * such as an e-mail domain ("ece-energy.com.cn") does not count.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/account-list/account-list.js';
import '../../src/components/activity-log/activity-log.js';
import '../../src/components/customer-card/customer-card.js';
import '../../src/components/funnel-chart/funnel-chart.js';
import '../../src/components/pipeline-board/pipeline-board.js';
import '../../src/components/quote-builder/quote-builder.js';
import '../../src/components/sync-status/sync-status.js';
import '../../src/components/tier-badge/tier-badge.js';
import { ACTIVITY_KINDS, LOYALTY_STAGES, RELATIONSHIP_TYPES, TABLE_NAMES } from '../../src/data/model.js';
import { builtInLabels } from '../../src/internal/labels.js';
import { deleteStores, freshStore, until } from '../support/fixtures.js';

interface Sample {
  customers: { id: string; parentId?: string; industry?: string; riskFlags?: string[] }[];
  stages: { id: string }[];
  activities: { customerId: string; kind: string }[];
}

/** Text nodes and accessible names under a node, walking into every open shadow root. */
function visibleTexts(node: Node, out: string[] = []): string[] {
  if (node.nodeType === Node.TEXT_NODE) {
    const parent = node.parentElement;
    if (parent && !['STYLE', 'SCRIPT', 'TEMPLATE'].includes(parent.tagName)) out.push(node.textContent ?? '');
    return out;
  }
  if (node instanceof Element) {
    for (const attribute of ['aria-label', 'title', 'placeholder']) {
      const value = node.getAttribute(attribute);
      if (value) out.push(value);
    }
    if (node.shadowRoot) visibleTexts(node.shadowRoot, out);
  }
  for (const child of node.childNodes) visibleTexts(child, out);
  return out;
}

function rawCodes(sample: Sample): string[] {
  // Every record table but the approver directory (as this check listed them before TABLE_NAMES was a list of its own).
  const tables = TABLE_NAMES.filter((table) => table !== 'approvers');
  return [
    ...new Set([
      ...sample.customers.flatMap((c) => [c.industry ?? '', ...(c.riskFlags ?? [])]),
      ...Object.keys(builtInLabels().riskFlag),
      ...RELATIONSHIP_TYPES,
      ...LOYALTY_STAGES,
      ...ACTIVITY_KINDS,
      ...tables,
      ...sample.stages.map((s) => s.id),
    ]),
  ].filter(Boolean);
}

/** The codes found in a text as whole tokens (not inside a word, an e-mail address or a file name). */
function codesIn(text: string, codes: readonly string[]): string[] {
  return codes.filter((code) => {
    const escaped = code.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return new RegExp(`(?<![\\w.@/-])${escaped}(?![\\w.@/-])`).test(text);
  });
}

describe('zh-CN: no raw codes on screen', () => {
  afterEach(deleteStores);

  it('finds a raw code when one is rendered (the check itself works)', () => {
    const codes = ['credit:concentration', 'energy', 'lead'];
    expect(codesIn('风险：credit:concentration（华东）', codes)).to.deep.equal(['credit:concentration']);
    expect(codesIn('xiaohong.cao@ece-energy.com.cn East China Energy', codes)).to.deep.equal([]);
  });

  it('renders every widget on the demo dataset with labels only', async () => {
    const sample: Sample = await (await fetch('/demo/data/sample.json')).json();
    const store = freshStore();
    await store.import(sample as never);
    const codes = rawCodes(sample);
    // Accounts that carry each kind of code: risk flags (and the engine's derived flags on groups), every
    // industry once, complaints for the activity log.
    const flagged = sample.customers.filter((c) => c.riskFlags?.length).map((c) => c.parentId ?? c.id);
    const byIndustry = [...new Map(sample.customers.map((c) => [c.industry, c.id])).values()];
    const ids = [...new Set([...flagged, ...byIndustry])];
    const complaining = sample.activities.find((a) => a.kind === 'complaint')!.customerId;
    const page = await fixture(html`<div lang="zh-CN">
      ${ids.map((id) => html`<crm-customer-card customer-id=${id} .store=${store} now="2026-11-20"></crm-customer-card>`)}
      <crm-activity-log customer-id=${complaining} .store=${store} now="2026-11-20" readonly></crm-activity-log>
      <crm-funnel-chart .store=${store} measure="amount"></crm-funnel-chart>
      <crm-funnel-chart id="filtered" .store=${store} industry="energy,telecom" channel="call-centre" owner="无此人"></crm-funnel-chart>
      <crm-pipeline-board .store=${store} now="2026-11-20" readonly></crm-pipeline-board>
      <crm-sync-status .store=${store}></crm-sync-status>
      <crm-account-list .store=${store} now="2026-11-20"></crm-account-list>
      <crm-quote-builder .store=${store} quote-id="q-001" as-of="2026-11-15"></crm-quote-builder>
      ${['3star', '5star', '7star', 'A1', 'C'].map((tier) => html`<crm-tier-badge tier=${tier}></crm-tier-badge>`)}
    </div>`);
    const loading = /正在加载|加载中/;
    const pending = () =>
      [...page.children].filter((el) => {
        const text = el.shadowRoot?.textContent ?? '';
        return text.trim() === '' || loading.test(text);
      });
    await until(() => pending().length === 0, 'every widget rendered its data', 15_000).catch((error) => {
      throw new Error(`${error.message}; still loading: ${pending().map((el) => el.localName)}`);
    });
    const found = [...page.children].flatMap((el) =>
      visibleTexts(el).flatMap((text) =>
        codesIn(text, codes).map((code) => `${el.localName}: "${code}" in "${text.trim().slice(0, 80)}"`),
      ),
    );
    expect(found).to.deep.equal([]);
    // The widgets did render the data the codes live in (labels, not an empty or error state).
    const text = (tag: string) => page.querySelector(tag)!.shadowRoot!.textContent ?? '';
    expect(text('crm-quote-builder')).to.contain('毛利¥395,808.00（43.03%）');
    expect(text('crm-account-list')).to.contain('能源');
    // Filter values in an empty funnel are labels too.
    expect(text('#filtered')).to.contain('能源、电信').and.contain('呼叫中心');
    expect(text('crm-customer-card')).to.contain('能源');
    // The stars show as glyphs with the level in words as the accessible name.
    const seven = page.querySelector('crm-tier-badge[tier="7star"]')!.shadowRoot!;
    expect(seven.querySelector('[part="code"]')!.textContent).to.equal('★★★★★★★');
    expect(seven.querySelector('[part="base"]')!.getAttribute('aria-label')).to.contain('七星级客户');
  });
});
