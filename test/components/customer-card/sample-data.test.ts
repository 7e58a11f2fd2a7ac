/**
 * Every group of the demo dataset renders a complete card (mixed currencies included): no section falls back
 * to "unavailable". Group heads only: members share their group's roll-up, and it keeps the file fast.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/customer-card/customer-card.js';
import type { CrmCustomerCard } from '../../../src/components/customer-card/customer-card.js';
import { deleteStores, freshStore } from '../../support/fixtures.js';
import { rendered, root } from './card-fixtures.js';

describe('<crm-customer-card> on the demo dataset', () => {
  afterEach(deleteStores);

  it('renders every sample group head with group, contacts and pipeline figures', async () => {
    const store = freshStore();
    const sample = await (await fetch('/demo/data/sample.json')).json();
    await store.import(sample);
    const ids: string[] = sample.customers
      .filter((c: { parentId?: string }) => !c.parentId)
      .map((c: { id: string }) => c.id);
    const page = await fixture(html`<div lang="en">
      ${ids.map((id) => html`<crm-customer-card customer-id=${id} .store=${store} now="2026-11-20"></crm-customer-card>`)}
    </div>`);
    const cards = [...page.querySelectorAll<CrmCustomerCard>('crm-customer-card')];
    for (const card of cards) await rendered(card);
    const broken = cards
      .filter((card) => /unavailable/.test(root(card).textContent ?? ''))
      .map((card) => `${card.customerId}: ${root(card).querySelector('.warn')?.textContent}`);
    expect(broken).to.deep.equal([]);
    // The USD group keeps its own currency; foreign opportunities of CNY groups are counted apart, not added in.
    const usd = cards.find((c) => c.customerId === 'cust-014')!;
    expect(root(usd).querySelector('[part~="group"]')!.textContent).to.match(/Group annual revenue\s+\$1\.51M/);
    const mixed = cards.find((c) => c.customerId === 'cust-027')!;
    expect(root(mixed).querySelector('[part~="group"]')!.textContent).to.match(/\d+ in other currencies not included/);
    await expect(cards[0]!).to.be.accessible();
  });
});
