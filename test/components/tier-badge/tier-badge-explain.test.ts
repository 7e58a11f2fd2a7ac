import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../../src/components/tier-badge/tier-badge.js';
import type { CrmTierBadge } from '../../../src/components/tier-badge/tier-badge.js';
import { customer, deleteStores, freshStore, until } from '../../support/fixtures.js';

const shown = (badge: Element) =>
  [...badge.shadowRoot!.querySelectorAll('[part="code"], [part="name"]')].map((p) => p.textContent).join(' ');
const trigger = (badge: CrmTierBadge) => badge.shadowRoot!.querySelector<HTMLButtonElement>('button[part="base"]')!;
const panel = (badge: CrmTierBadge) => badge.shadowRoot!.querySelector<HTMLElement>('[part="explanation"]')!;
const explanation = (badge: CrmTierBadge) => (panel(badge).textContent ?? '').replace(/\s+/g, ' ').trim();
const isOpen = (badge: CrmTierBadge) => trigger(badge).getAttribute('aria-expanded') === 'true' && !panel(badge).hidden;

/** README worked example: 58.57 points -> B1 by score -> A2 by the strategic rule. */
const strategic = {
  annualRevenue: 12_000_000,
  revenueStability: 0.8,
  margin: 0.22,
  productBreadth: 3,
  strategicInfluence: 9.5,
  costToServe: 8,
};
/** README worked example: a group head scoring 82.27 -> A1. */
const head = {
  annualRevenue: 90_000_000,
  revenueStability: 0.9,
  margin: 0.32,
  productBreadth: 9,
  strategicInfluence: 7,
  costToServe: 6,
};

async function open(badge: CrmTierBadge) {
  trigger(badge).focus();
  await until(() => isOpen(badge), 'explanation open');
}

/** Whether the page has fetched a module whose path ends with `file` (the dev server serves src/ by path). */
const fetched = (file: string) =>
  performance.getEntriesByType('resource').some((r) => new URL(r.name).pathname.endsWith(file));

describe('<crm-tier-badge> explanation', () => {
  afterEach(deleteStores);

  // First in this file: the page has not opened an explanation yet.
  it('loads with the first open, styled from its first frame; a badge only looked at never fetches it', async () => {
    const badge = await fixture<CrmTierBadge>(html`<crm-tier-badge tier="A1" lang="en"></crm-tier-badge>`);
    expect(shown(badge)).to.equal('A1 High-value');
    expect(fetched('tier-explanation.ts')).to.equal(false);
    expect(fetched('tier-evaluation.ts')).to.equal(false);
    await open(badge);
    expect(fetched('tier-explanation.ts')).to.equal(true);
    // The card's own styles came with it: a popover in the top layer with the theme's border and padding.
    const style = getComputedStyle(panel(badge));
    expect(style.position).to.equal('fixed');
    expect(style.borderTopStyle).to.equal('solid');
    expect(style.paddingTop).to.not.equal('0px');
  });

  it('in Chinese, the card opens in Chinese: its texts are waited for, English never shows first', async () => {
    const badge = await fixture<CrmTierBadge>(html`<crm-tier-badge tier="A2" lang="zh-TW"></crm-tier-badge>`);
    const seen: string[] = [];
    const observer = new MutationObserver(() => {
      if (!panel(badge).hidden) seen.push(explanation(badge));
    });
    observer.observe(badge.shadowRoot!, { subtree: true, childList: true, characterData: true, attributes: true });
    await open(badge);
    observer.disconnect();
    expect(explanation(badge)).to.contain('服務標準');
    expect(seen.length).to.be.greaterThan(0);
    expect(seen.filter((text) => /Service standard|Response within/.test(text))).to.deep.equal([]);
  });

  it('opens on keyboard focus, closes with Escape, toggles with Enter, and is accessible open and closed', async () => {
    const badge = await fixture<CrmTierBadge>(html`<crm-tier-badge tier="A1" lang="en"></crm-tier-badge>`);
    expect(trigger(badge).getAttribute('aria-controls')).to.equal('explanation');
    expect(isOpen(badge)).to.equal(false);
    await expect(badge).to.be.accessible();
    await open(badge);
    expect(explanation(badge)).to.contain('Service standard');
    expect(explanation(badge)).to.contain('Dedicated account manager, 1 h response, on site within 4 h');
    expect(explanation(badge)).to.contain('Response within 1 h');
    expect(explanation(badge)).to.contain('12 visits a year');
    expect(explanation(badge)).to.contain('Priority supply');
    await expect(badge).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await until(() => !isOpen(badge), 'closed by Escape');
    expect(badge.shadowRoot!.activeElement).to.equal(trigger(badge));
    await sendKeys({ press: 'Enter' });
    await until(() => isOpen(badge), 'Enter opens');
    await sendKeys({ press: 'Enter' });
    await until(() => !isOpen(badge), 'Enter closes');
  });

  it('opens on hover and closes when the pointer leaves', async () => {
    const badge = await fixture<CrmTierBadge>(html`<crm-tier-badge tier="B2" lang="zh-CN"></crm-tier-badge>`);
    const box = trigger(badge).getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(box.x + 5), Math.round(box.y + box.height / 2)] });
    await until(() => isOpen(badge), 'hover opens');
    expect(explanation(badge)).to.contain('共享客户经理，8小时响应，48小时到场，每半年走访');
    await sendMouse({ type: 'move', position: [Math.round(box.x + 5), Math.round(box.bottom + 400)] });
    await until(() => !isOpen(badge), 'leaving closes');
  });

  it('bound + scheme="value" computes the tier from the indicators and explains the score', async () => {
    const store = freshStore();
    await store.customers.put(customer('v1', { tier: 'C', indicators: strategic }));
    const badge = await fixture<CrmTierBadge>(
      html`<crm-tier-badge customer-id="v1" scheme="value" .store=${store} lang="en"></crm-tier-badge>`,
    );
    await until(() => shown(badge) === 'A2 Strategic', 'computed A2 (strategic rule), not the stored C');
    await open(badge);
    const text = explanation(badge);
    expect(text).to.contain('Computed from the account data');
    expect(text).to.contain('Score 58.57 of 100');
    expect(text).to.contain('Annual revenue CN¥12,000,000.00 30 15');
    expect(text).to.contain('Revenue stability 80% 15 12');
    expect(text).to.contain('Gross margin 22% 20 14');
    expect(text).to.contain('Strategic / social influence 9.5 / 10 25 23.75');
    expect(text).to.contain('Cost to serve 8 / 10 -10 -8');
    expect(text).to.contain('Threshold crossed: B1 from 43 points');
    expect(text).to.contain('Strategic rule: high influence lifts the account from B1 to A2');
    expect(text).to.contain('Dedicated account manager, 2 h response');
    await expect(badge).to.be.accessible();
  });

  it('emits crm-tier-change when a recomputation changes the tier', async () => {
    const store = freshStore();
    await store.customers.put(customer('v2', { indicators: head }));
    const badge = await fixture<CrmTierBadge>(
      html`<crm-tier-badge customer-id="v2" scheme="value" .store=${store} lang="en"></crm-tier-badge>`,
    );
    await until(() => shown(badge) === 'A1 High-value', 'computed A1');
    setTimeout(() => store.customers.update('v2', { indicators: strategic }));
    const event = await oneEvent(badge, 'crm-tier-change');
    expect(event.detail).to.deep.equal({ customerId: 'v2', scheme: 'value', tier: 'A2', previous: 'A1' });
    expect(event.bubbles && event.composed).to.equal(true);
  });

  it('bound without scheme shows the stored tier and says when the data gives another one', async () => {
    const store = freshStore();
    await store.customers.put(customer('v3', { tier: 'B2', tierScheme: 'value', indicators: head }));
    const badge = await fixture<CrmTierBadge>(
      html`<crm-tier-badge customer-id="v3" .store=${store} lang="zh-CN"></crm-tier-badge>`,
    );
    await until(() => shown(badge) === 'B2 重点客户（二类）', 'stored tier');
    await open(badge);
    expect(explanation(badge)).to.contain('已存等级为 B2；按当前数据应为 A1。');
    expect(explanation(badge)).to.contain('总分 82.27（满分 100）');
  });

  it('scheme="value" without the indicators falls back to the stored tier and says why', async () => {
    const store = freshStore();
    await store.customers.put(customer('v4', { tier: 'B1', indicators: { annualRevenue: 1 } }));
    const badge = await fixture<CrmTierBadge>(
      html`<crm-tier-badge customer-id="v4" scheme="value" .store=${store} lang="en"></crm-tier-badge>`,
    );
    await until(() => shown(badge) === 'B1 Key, upper', 'stored tier shown');
    await open(badge);
    expect(explanation(badge)).to.contain('Not computed from the data');
    expect(explanation(badge)).to.contain('the model needs indicator "revenueStability"');
  });

  it('scheme="pareto" ranks the account by annual revenue within its group (bounded parentId lookups)', async () => {
    const store = freshStore();
    // README example: 500, 200, 100, 60, 40, 30, 30, 20, 15, 5 -> A A A B B B B C C C.
    const values = [500, 200, 100, 60, 40, 30, 30, 20, 15, 5];
    await store.import({
      customers: [
        ...values.map((v, i) => ({ ...customer(`p${i}`), parentId: i === 0 ? undefined : 'p0', annualRevenue: v })),
        { ...customer('other'), annualRevenue: 1_000_000 },
      ],
    });
    const badges = await fixture(html`<div lang="en">
      ${values.map((_, i) => html`<crm-tier-badge customer-id=${`p${i}`} scheme="pareto" .store=${store}></crm-tier-badge>`)}
    </div>`);
    const all = [...badges.querySelectorAll('crm-tier-badge')];
    await until(() => all.every((b) => !!b.shadowRoot!.querySelector('button')), 'all computed');
    expect(all.map((b) => shown(b).split(' ')[0])).to.deep.equal(['A', 'A', 'A', 'B', 'B', 'B', 'B', 'C', 'C', 'C']);
    await open(all[3]!);
    const text = explanation(all[3]!);
    expect(text).to.contain('Rank 4 of 10 by annual revenue: 6% of the total, 86% together with the accounts above');
    expect(text).to.contain('Class B: the accounts above reach 80% but not 95%');
    expect(text).to.contain('Inside sales, shared account manager');
  });

  it('scheme="stars" and scheme="points" read transactions and loyalty data from the account', async () => {
    const stars = await fixture<CrmTierBadge>(html`<crm-tier-badge scheme="stars" lang="en"></crm-tier-badge>`);
    stars.customer = {
      id: 's1',
      transactions: [
        { kind: 'card', amount: 50_000_000, currency: 'CNY' },
        { kind: 'wealth', amount: 10_000_000, currency: 'CNY' },
      ],
    };
    await until(() => shown(stars) === '★★★★★ Five-star', '50 units x 400 + 10 units x 200 = 22,000 points');
    await open(stars);
    expect(explanation(stars)).to.contain('Card spending: 20,000 Points');
    expect(explanation(stars)).to.contain('22,000 points reach Five-star (from 10,000)');

    const points = await fixture<CrmTierBadge>(html`<crm-tier-badge scheme="points" lang="en"></crm-tier-badge>`);
    points.customer = { id: 'l1', loyalty: { tenureMonths: 14, monthlySpend: { amount: 35_000, currency: 'CNY' } } };
    await until(() => shown(points) === '49 pts 2% off next month', 'README example: 14 + 35 = 49 points -> 2%');
    await open(points);
    expect(explanation(points)).to.contain('14 months of tenure: 14 points');
    expect(explanation(points)).to.contain('49 points give 2% off next month');
    await expect(points).to.be.accessible();
  });

  it('takes the model and the service standards from a JSON script child or from properties', async () => {
    const config = {
      model: {
        value: {
          indicators: [{ key: 'nps', weight: 1, normalise: { kind: 'min-max', min: 0, max: 10 } }],
          thresholds: { A1: 90, A2: 80, B1: 50, B2: 20 },
        },
      },
      standards: {
        value: {
          B1: {
            accountManager: 'dedicated',
            salesChannel: 'outside',
            responseHours: 3,
            onSiteHours: 6,
            visitsPerYear: 5,
            prioritySupply: false,
            summary: { en: 'Custom B1 service', 'zh-CN': '定制服务' },
          },
        },
      },
    };
    const badge = await fixture<CrmTierBadge>(html`<crm-tier-badge scheme="value" lang="en">
      <script type="application/json">${JSON.stringify(config)}</script>
    </crm-tier-badge>`);
    badge.customer = { id: 'n1', indicators: { nps: 6 } };
    await until(() => shown(badge) === 'B1 Key, upper', '60 points under the custom model');
    await open(badge);
    expect(explanation(badge)).to.contain('Custom B1 service');
    expect(explanation(badge)).to.contain('Response within 3 h');
    // A property wins over the script child.
    badge.model = { value: { ...config.model.value, thresholds: { A1: 55, A2: 50, B1: 40, B2: 20 } } } as never;
    await until(() => shown(badge) === 'A1 High-value', 'property model applied');
  });

  it('ignores an invalid JSON configuration with one warning and uses the defaults', async () => {
    const original = console.warn;
    const messages: string[] = [];
    console.warn = (...args: unknown[]) => messages.push(args.join(' '));
    try {
      const badge = await fixture<CrmTierBadge>(html`<crm-tier-badge scheme="value" lang="en">
        <script type="application/json">{ not json</script>
      </crm-tier-badge>`);
      badge.customer = { id: 'd1', indicators: head };
      await until(() => shown(badge) === 'A1 High-value', 'default model');
      expect(messages.filter((m) => m.includes('configuration script ignored'))).to.have.length(1);
    } finally {
      console.warn = original;
    }
  });
});
