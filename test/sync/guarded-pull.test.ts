/**
 * A quote pulled from a real json-server that claims a state its approvals do not justify is quarantined
 * (shown, never applied, never dropped), while a draft in the same page is stored. Waits are on conditions.
 */
import { expect } from '@open-wc/testing';
import type { Quote } from '../../src/data/model.js';
import { SyncEngine } from '../../src/sync/engine.js';
import type { QuarantinedRow } from '../../src/sync/quarantine.js';
import { TestBackend } from '../support/backend.js';
import { customer, deleteStores, freshStore, until } from '../support/fixtures.js';

const AT = '2026-11-15T08:00:00.000Z';

/** 25 % off one line: a supervisor and a project lead must sign before it may be approved. */
const quote = (id: string, extra: Partial<Quote> = {}): Quote => ({
  id,
  customerId: 'cust-g',
  status: 'draft',
  currency: 'CNY',
  priceMode: 'tax-excluded',
  lines: [
    { id: 'l1', description: 'Gateway', quantity: 1, unitPrice: 10_000, vatRate: 13, cost: 5_000, lineDiscount: 25 },
  ],
  history: [{ to: 'draft', by: '王磊', at: AT }],
  updatedAt: AT,
  ...extra,
});

describe('sync: pulled quotes pass the store guards', function () {
  this.timeout(60_000);
  let backend: TestBackend | undefined;
  let engine: SyncEngine | undefined;

  afterEach(async () => {
    await engine?.stop();
    await backend?.stop();
    await deleteStores();
  });

  it('quarantines a pulled quote marked approved without approvals, and stores the draft beside it', async () => {
    const skipping = quote('q-skip', {
      status: 'approved',
      history: [
        { to: 'draft', by: '王磊', at: AT },
        { from: 'draft', to: 'approved', by: '王磊', at: AT },
      ],
    });
    backend = await TestBackend.start({
      customers: [customer('cust-g', { tier: 'C', updatedAt: AT })],
      // Many guarded rows in one page: each awaits the guard's reads inside the page's transaction.
      quotes: [quote('q-draft'), skipping, ...Array.from({ length: 60 }, (_, i) => quote(`q-more-${i}`))],
    });
    const store = freshStore();
    store.configureApprovals({ directory: [{ person: '孙立', level: 'supervisor' }] });
    engine = new SyncEngine(store, {
      endpoint: backend.url,
      dialect: 'json-server',
      resources: ['customers', 'quotes'],
      retry: { baseMs: 20, maxMs: 200 },
      pullIntervalMs: 0,
    });
    const events: QuarantinedRow[] = [];
    engine.addEventListener('crm-sync-quarantine', (e) => events.push((e as CustomEvent<QuarantinedRow>).detail));
    await engine.pull();

    expect(await store.quotes.get('q-draft'), 'the valid draft is stored').to.include({ status: 'draft' });
    expect(await store.quotes.count(), 'every draft of the page is stored').to.equal(61);
    expect(await store.quotes.get('q-skip'), 'the skipping quote is not applied').to.equal(undefined);
    await until(() => events.length === 1, 'quarantine event');
    expect(events[0]).to.include({ table: 'quotes', key: 'q-skip', guardRule: 'approval-required' });
    const held = await (await store.storageBackend()).get('quarantine', 'quotes:q-skip');
    expect(held, 'kept in quarantine with the raw row').to.have.nested.property('raw.status', 'approved');

    // Retrying under the same rules keeps it there (the guard still refuses it).
    expect(await engine.retryQuarantine()).to.equal(0);
    expect(await store.quotes.get('q-skip')).to.equal(undefined);
  });
});
