import { expect, fixture, html } from '@open-wc/testing';
import Dexie from 'dexie';
import '../../../src/components/provider/provider.js';
import '../../../src/components/tier-badge/tier-badge.js';
import type { CrmTierBadge } from '../../../src/components/tier-badge/tier-badge.js';
import { TIERS } from '../../../src/core/tiers.js';
import {
  CountingStore,
  customer,
  cycleConnection,
  deleteStores,
  freshStore,
  uniqueName,
  until,
} from '../../support/fixtures.js';

/** What the badge shows: its code and name parts, space-separated. */
const shadowText = (badge: Element) =>
  [...badge.shadowRoot!.querySelectorAll('[part="code"], [part="name"]')].map((part) => part.textContent).join(' ');

const label = (badge: CrmTierBadge) => badge.shadowRoot!.querySelector('[part="base"]')!.getAttribute('aria-label');
const colour = (badge: CrmTierBadge) =>
  getComputedStyle(badge.shadowRoot!.querySelector('[part="base"]')!).backgroundColor;

/** console.warn replaced for one test to count warnings (a console is not a fault we can observe otherwise). */
function captureWarnings(): { messages: string[]; restore(): void } {
  const original = console.warn;
  const messages: string[] = [];
  console.warn = (...args: unknown[]) => messages.push(args.join(' '));
  return { messages, restore: () => (console.warn = original) };
}

describe('<crm-tier-badge> presentational', () => {
  for (const tier of TIERS) {
    it(`shows ${tier.scheme} ${tier.code} with its name in English and Chinese`, async () => {
      const badge = await fixture<CrmTierBadge>(
        html`<crm-tier-badge tier=${tier.code} scheme=${tier.scheme} lang="en"></crm-tier-badge>`,
      );
      // Star levels show as ★ glyphs and are named in words; other tiers show their code.
      const stars = tier.scheme === 'stars' ? '★'.repeat(Number.parseInt(tier.code, 10)) : null;
      expect(shadowText(badge)).to.equal(`${stars ?? tier.code} ${tier.name.en}`);
      expect(label(badge)).to.equal(
        stars ? `Customer tier: ${tier.name.en}` : `Customer tier ${tier.code}: ${tier.name.en}`,
      );
      badge.lang = 'zh-CN';
      await badge.updateComplete;
      expect(shadowText(badge)).to.equal(`${stars ?? tier.code} ${tier.name['zh-CN']}`);
      if (stars) expect(label(badge)).to.equal(`客户等级：${tier.name['zh-CN']}`);
      await expect(badge).to.be.accessible();
    });
  }

  it('reads C as the value tier by default and as the Pareto class with scheme="pareto"', async () => {
    const badge = await fixture<CrmTierBadge>(html`<crm-tier-badge tier="C" lang="en"></crm-tier-badge>`);
    expect(shadowText(badge)).to.equal('C Standard');
    badge.scheme = 'pareto';
    await badge.updateComplete;
    expect(shadowText(badge)).to.equal('C Last 5% of value');
  });

  it('colours tiers differently through --crm-tier-* tokens', async () => {
    const a1 = await fixture<CrmTierBadge>(html`<crm-tier-badge tier="A1"></crm-tier-badge>`);
    const b1 = await fixture<CrmTierBadge>(html`<crm-tier-badge tier="B1"></crm-tier-badge>`);
    expect(colour(a1)).to.not.equal(colour(b1));
    const themed = await fixture<CrmTierBadge>(
      html`<crm-tier-badge tier="A1" style="--crm-tier-a1: rgb(1, 2, 3)"></crm-tier-badge>`,
    );
    expect(colour(themed)).to.equal('rgb(1, 2, 3)');
  });

  it('shows an unknown code visibly and warns once', async () => {
    const warnings = captureWarnings();
    try {
      const badge = await fixture<CrmTierBadge>(html`<crm-tier-badge tier="Z9" lang="en"></crm-tier-badge>`);
      badge.requestUpdate();
      await badge.updateComplete;
      expect(shadowText(badge)).to.equal('? Unknown tier');
      expect(label(badge)).to.equal('Unknown customer tier "Z9"');
      expect(warnings.messages.filter((m) => m.includes('"Z9"'))).to.have.length(1);
      await expect(badge).to.be.accessible();
    } finally {
      warnings.restore();
    }
  });

  it('shows "no tier" when none is given', async () => {
    const badge = await fixture<CrmTierBadge>(html`<crm-tier-badge lang="en"></crm-tier-badge>`);
    expect(shadowText(badge)).to.equal('– No tier');
    await expect(badge).to.be.accessible();
  });

  it('hide-name keeps the name in the accessible label only', async () => {
    const badge = await fixture<CrmTierBadge>(html`<crm-tier-badge tier="A2" hide-name lang="zh-CN"></crm-tier-badge>`);
    expect(shadowText(badge)).to.equal('A2');
    expect(label(badge)).to.equal('客户等级 A2：战略客户');
  });

  it('follows the nearest ancestor lang, live', async () => {
    const wrapper = await fixture(html`<div lang="zh-CN"><crm-tier-badge tier="A1"></crm-tier-badge></div>`);
    const badge = wrapper.querySelector('crm-tier-badge')!;
    expect(shadowText(badge)).to.equal('A1 高值客户');
    wrapper.setAttribute('lang', 'en');
    await until(() => shadowText(badge) === 'A1 High-value', 'badge re-rendered in English');
  });
});

describe('<crm-tier-badge> bound to a customer', () => {
  afterEach(deleteStores);

  it('shows the stored tier and follows changes without reload', async () => {
    const store = freshStore();
    await store.customers.put(customer('c1', { tier: 'B1' }));
    const badge = await fixture<CrmTierBadge>(
      html`<crm-tier-badge customer-id="c1" .store=${store} lang="en"></crm-tier-badge>`,
    );
    await until(() => shadowText(badge) === 'B1 Key, upper', 'stored tier shown');
    await expect(badge).to.be.accessible();
    await store.customers.update('c1', { tier: 'A1' });
    await until(() => shadowText(badge) === 'A1 High-value', 'badge updated after the tier changed');
  });

  it('reads the store from the nearest <crm-provider>', async () => {
    const store = freshStore();
    await store.customers.put(customer('c2', { tier: '5star', tierScheme: 'stars' }));
    const provider = await fixture(
      html`<crm-provider .store=${store} lang="en"><crm-tier-badge customer-id="c2"></crm-tier-badge></crm-provider>`,
    );
    const badge = provider.querySelector('crm-tier-badge')!;
    await until(() => shadowText(badge) === '★★★★★ Five-star', 'tier read through the provider');
  });

  it('says so when the customer does not exist', async () => {
    const store = freshStore();
    const badge = await fixture<CrmTierBadge>(
      html`<crm-tier-badge customer-id="missing-1" .store=${store} lang="en"></crm-tier-badge>`,
    );
    await until(() => shadowText(badge).includes('not found'), 'not-found state');
    expect(label(badge)).to.equal('Customer "missing-1" not found');
    await expect(badge).to.be.accessible();
  });

  it('unsubscribes when disconnected: 100 connect/disconnect cycles leave no live query behind', async () => {
    const store = new CountingStore({ database: uniqueName() });
    await store.customers.put(customer('leak-1', { tier: 'A1' }));
    const badge = document.createElement('crm-tier-badge');
    badge.store = store;
    badge.customerId = 'leak-1';
    await cycleConnection(badge, store, 100);
    document.body.append(badge);
    await until(() => shadowText(badge) === 'A1 High-value', 'still works after the cycles');
    badge.remove();
    store.close();
    await Dexie.delete(store.database);
  });

  it('shows "no tier" for a customer without one, and a loading state before data arrives', async () => {
    const store = freshStore();
    await store.customers.put(customer('c3'));
    const badge = document.createElement('crm-tier-badge');
    badge.store = store;
    badge.customerId = 'c3';
    badge.lang = 'en';
    document.body.append(badge);
    await badge.updateComplete;
    expect(label(badge)).to.equal('Loading customer tier');
    await expect(badge).to.be.accessible();
    await until(() => shadowText(badge) === '– No tier', 'no-tier state');
    badge.remove();
  });
});
