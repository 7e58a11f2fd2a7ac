/**
 * The store-bound funnel over the whole table: fed by the shared snapshot through the incremental engine.
 * First paint from the stage index, leaks (live queries, snapshot subscriptions, change listeners), memory
 * returned after the last funnel leaves, and bad records arriving after the first load.
 */
import { expect } from '@open-wc/testing';
import '../../../src/components/funnel-chart/funnel-chart.js';
import type { CrmFunnelChart } from '../../../src/components/funnel-chart/funnel-chart.js';
import { computeFunnel } from '../../../src/core/funnel.js';
import type { ChangeHub } from '../../../src/data/change-feed.js';
import type { TableName } from '../../../src/data/model.js';
import type { LiveSnapshot } from '../../../src/data/snapshot.js';
import {
  CountingStore,
  customer,
  cycleConnection,
  deleteStores,
  freshStore,
  uniqueName,
  until,
} from '../../support/fixtures.js';
import { drawn, loadSample, opp, part, tableRows, text } from './helpers.js';

/**
 * A store whose snapshots start only when `open()` is called: holds the full load back so the first paint
 * from the index can be seen (at test sizes the real load is too quick to catch). Instrumentation: the
 * snapshot itself is the real one.
 */
class GatedStore extends CountingStore {
  private gate!: () => void;
  private readonly opened = new Promise<void>((resolve) => (this.gate = resolve));

  release(): void {
    this.gate();
  }

  override snapshot<T extends TableName>(table: T): ReturnType<CountingStore['snapshot']> {
    const inner = super.snapshot(table) as LiveSnapshot<unknown>;
    return {
      subscribe: (observer) => {
        let subscription: { unsubscribe(): void } | undefined;
        let closed = false;
        this.opened.then(() => {
          if (!closed) subscription = inner.subscribe(observer as never);
        });
        return {
          unsubscribe: () => {
            closed = true;
            subscription?.unsubscribe();
          },
        };
      },
    } as ReturnType<CountingStore['snapshot']>;
  }
}

const boxes: HTMLElement[] = [];
function mount(store: CountingStore | ReturnType<typeof freshStore>): CrmFunnelChart {
  const el = document.createElement('crm-funnel-chart');
  el.lang = 'en';
  el.store = store;
  const box = document.createElement('div');
  box.style.width = '720px';
  box.append(el);
  document.body.append(box);
  boxes.push(box);
  return el;
}

const listeners = (store: CountingStore) => (store.openBackend!.changes as ChangeHub).listenerCount;

describe('<crm-funnel-chart> over the live snapshot', () => {
  afterEach(async () => {
    for (const box of boxes.splice(0)) box.remove();
    await deleteStores();
  });

  it('paints exact stage counts from the index first, then every figure', async () => {
    const sample = await loadSample();
    const store = new GatedStore({ database: uniqueName('gated') });
    await store.import(sample);
    const el = mount(store);
    const result = computeFunnel(sample.opportunities, { stages: sample.stages });
    await until(() => tableRows(el).size > 0, 'first paint');
    expect(text(part(el, 'status'))).to.equal(
      'Deals per stage counted; loading amounts, conversion and time in stage…',
    );
    const rows = tableRows(el);
    for (const row of result.stages)
      expect(rows.get(row.stage), row.stage).to.deep.equal([String(row.count), ...Array(8).fill('…')]);
    expect(rows.get('lost')).to.deep.equal([String(result.lost.count), '…', ...Array(7).fill('—')]);
    expect(part(el, 'summary')).to.equal(null);
    await expect(el).to.be.accessible();

    store.release();
    await drawn(el);
    expect(tableRows(el).get('lead')![1]).to.not.equal('…');
    expect(text(part(el, 'summary'))).to.contain('Open pipeline');
    store.close();
    const { default: Dexie } = await import('dexie');
    await Dexie.delete(store.database);
  });

  it('leaves no live query, snapshot subscription or change listener behind after 50 connect/disconnect cycles', async () => {
    const store = new CountingStore({ database: uniqueName('leak') });
    await store.import({ customers: [customer('cust-x')], opportunities: [opp('o-1', 'lead'), opp('o-2', 'won')] });
    const el = document.createElement('crm-funnel-chart');
    el.store = store;
    // A funnel without `.data` binds one task after its first update (a script may still give it data); once it
    // has, later connections bind in their first update.
    document.body.append(el);
    await until(() => store.open === 1, 'bound to the store');
    el.remove();
    await cycleConnection(el, store, 50);
    await until(() => store.snapshots.held.length === 0, 'snapshot released');
    expect(listeners(store)).to.equal(0);
    store.close();
    const { default: Dexie } = await import('dexie');
    await Dexie.delete(store.database);
  });

  it('shares one snapshot between funnels and returns its memory when the last one disconnects', async () => {
    const store = freshStore();
    const deals = Array.from({ length: 300 }, (_, i) => opp(`o-${i}`, i % 3 ? 'lead' : 'won'));
    await store.import({ customers: [customer('cust-x')], opportunities: deals });
    const first = mount(store);
    const second = mount(store);
    second.setAttribute('mode', 'strict');
    await drawn(first);
    await drawn(second);
    expect(store.snapshots.held).to.deep.equal(['opportunities']);
    expect(store.snapshots.sizeOf('opportunities')).to.equal(300);
    first.remove();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(store.snapshots.held, 'still used by the second funnel').to.deep.equal(['opportunities']);
    second.remove();
    await until(() => store.snapshots.held.length === 0, 'snapshot released');
    expect(store.snapshots.sizeOf('opportunities')).to.equal(0);
  });

  it('names a bad deal written after the first load, and recovers when it is removed', async () => {
    const store = freshStore();
    await store.import({ customers: [customer('cust-x')], opportunities: [opp('o-1', 'lead'), opp('o-3', 'won')] });
    const el = mount(store);
    await drawn(el);
    await store.opportunities.put(opp('o-2', 'pilot'));
    await until(() => !!part(el, 'error'), 'error shown');
    expect(text(part(el, 'error'))).to.equal(
      'The funnel could not be shown: opportunities[1].stage: unknown stage "pilot" (opportunity "o-2")',
    );
    await store.opportunities.delete('o-2');
    await drawn(el);
    expect(tableRows(el).get('lead')![0]).to.equal('1');
    expect(tableRows(el).get('won')![0]).to.equal('1');
  });
});
