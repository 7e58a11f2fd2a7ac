/**
 * Sync across tabs and page closes. Each "tab" is an iframe: its own browsing context with its own copy of
 * the modules, its own Dexie connection and its own Web Locks client, like a tab of the same origin.
 */
import { expect } from '@open-wc/testing';
import Dexie from 'dexie';
import { getStore } from '../../src/data/store.js';
import type { SyncEngine } from '../../src/sync/engine.js';
import { TestBackend } from '../support/backend.js';
import { customer, uniqueName, until } from '../support/fixtures.js';

type Tab = { frame: HTMLIFrameElement; engine: () => SyncEngine | undefined; win: Window & Record<string, unknown> };

/** Opens a tab that syncs `database` with the backend at `endpoint`, after running `setup` (a module body). */
async function openTab(database: string, endpoint: string, setup = ''): Promise<Tab> {
  const frame = document.createElement('iframe');
  frame.srcdoc = `<!doctype html><script type="module">
    import { getStore } from '/src/data/store.ts';
    import { SyncEngine } from '/src/sync/engine.ts';
    const store = getStore(${JSON.stringify(database)});
    window.store = store;
    ${setup}
    const engine = new SyncEngine(store, { endpoint: ${JSON.stringify(endpoint)}, resources: ['customers'], pullIntervalMs: 0, retry: { baseMs: 20, maxMs: 200 } });
    window.engine = engine;
    engine.start();
  </script>`;
  document.body.append(frame);
  const win = frame.contentWindow as Tab['win'];
  await until(() => !!win.engine, 'tab started its engine', 10_000);
  return { frame, win, engine: () => win.engine as SyncEngine | undefined };
}

describe('sync across tabs', function () {
  this.timeout(60_000);
  let backend: TestBackend;
  let database: string;
  const tabs: Tab[] = [];

  beforeEach(() => {
    database = uniqueName('sync-tabs');
  });

  afterEach(async () => {
    for (const tab of tabs.splice(0)) {
      if (tab.frame.isConnected) await tab.engine()?.stop();
      tab.frame.remove();
    }
    getStore(database).close();
    await Dexie.delete(database);
    await backend.stop();
  });

  it('(6) exactly one of three tabs syncs, and another takes over when it closes', async () => {
    backend = await TestBackend.start({ customers: [] });
    for (let i = 0; i < 3; i++) tabs.push(await openTab(database, backend.url));
    const owners = () => tabs.filter((t) => t.frame.isConnected && t.engine()?.isOwner);
    await until(() => owners().length === 1, 'one owner');
    const first = owners()[0]!;
    expect(tabs.filter((t) => t !== first).map((t) => t.engine()!.state)).to.deep.equal(['standby', 'standby']);

    // A change made in a tab that does not sync is pushed by the one that does.
    const other = tabs.find((t) => t !== first)!;
    await (other.win.store as ReturnType<typeof getStore>).customers.put(customer('from-standby'));
    await until(async () => (await backend.records('customers')).length === 1, 'pushed by the owner');

    first.frame.remove();
    await until(() => owners().length === 1 && owners()[0] !== first, 'another tab took over');
    await getStore(database).customers.put(customer('after-failover'));
    await until(async () => (await backend.records('customers')).length === 2, 'pushed by the new owner');
  });

  it('(3) a page closed mid-push and opened again lands every edit exactly once', async () => {
    backend = await TestBackend.start({ customers: [] });
    await backend.faults({ kind: 'delay', ms: 300, method: 'POST', times: 100 });
    const ids = ['m-1', 'm-2', 'm-3', 'm-4', 'm-5'];
    const writes = ids.map((id) => `await store.customers.put(${JSON.stringify(customer(id))});`).join('\n');
    const closing = await openTab(database, backend.url, writes);
    await until(async () => (await backend.log()).some((r) => r.method === 'POST'), 'a push in flight');
    closing.frame.remove();

    tabs.push(await openTab(database, backend.url));
    const store = getStore(database);
    await until(async () => (await (await store.storageBackend()).count('outbox')) === 0, 'outbox empty', 30_000);
    const counts = new Map<unknown, number>();
    for (const r of await backend.records('customers')) counts.set(r.id, (counts.get(r.id) ?? 0) + 1);
    expect([...counts.keys()].sort()).to.deep.equal(ids);
    expect([...counts.values()].every((n) => n === 1)).to.equal(true);
  });
});
