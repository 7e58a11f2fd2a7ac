/**
 * Regression: reads made after a chain of awaited list() calls (the group walk) must still be tracked by the
 * live query, so the customer card's pipeline follows a new or moved opportunity (it read them after the walk,
 * and did not follow before `DexieBackend.list` returned Dexie's own promise).
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/customer-card/customer-card.js';
import { loadGroup } from '../../src/components/tier-badge/group-query.js';
import { customer, deleteStores, freshStore, until } from '../support/fixtures.js';

describe('live queries track reads after the group walk', () => {
  afterEach(deleteStores);

  it('a query reading activities after loadGroup re-runs when one changes', async () => {
    const store = freshStore();
    await store.import({
      customers: [customer('h'), customer('s', { parentId: 'h' })],
      activities: [{ id: 'a', customerId: 's', kind: 'call', at: '2026-01-01T00:00:00.000Z', subject: 'x' }],
    });
    const seen: string[] = [];
    const subscription = store
      .live(async (s) => {
        const members = (await loadGroup(s, (await s.customers.get('h'))!)).members.map((m) => m.id);
        return (await s.activities.list({ where: { customerId: members } })).map((a) => a.subject).join();
      })
      .subscribe({ next: (value) => seen.push(value) });
    await until(() => seen.at(-1) === 'x', 'first result');
    await store.activities.update('a', { subject: 'y' });
    await until(() => seen.at(-1) === 'y', 'the change was seen');
    subscription.unsubscribe();
    expect(seen).to.deep.equal(['x', 'y']);
  });

  it("the card's open opportunities follow a new deal", async () => {
    const store = freshStore();
    await store.import({
      customers: [customer('c-1')],
      opportunities: [{ id: 'o', customerId: 'c-1', name: 'x', stage: 'lead', amount: 100, currency: 'CNY' }],
    });
    const card = await fixture(
      html`<crm-customer-card lang="en" customer-id="c-1" .store=${store}></crm-customer-card>`,
    );
    const open = () => card.shadowRoot!.textContent!.replace(/\s+/g, ' ').match(/Open opportunities (\d+),/)?.[1];
    await until(() => open() === '1', 'one open deal');
    await store.opportunities.put({
      id: 'o2',
      customerId: 'c-1',
      name: 'y',
      stage: 'lead',
      amount: 100,
      currency: 'CNY',
    });
    await until(() => open() === '2', 'the card followed');
  });
});
