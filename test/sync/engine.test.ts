/**
 * The sync guarantees, against a real json-server 0.17.4 on 127.0.0.1 behind a fault proxy.
 * Waits are on conditions (outbox empty, server state, events), never on time.
 */
import { expect } from '@open-wc/testing';
import type { CrmStore } from '../../src/data/store.js';
import { type SyncConflictDetail, SyncEngine, type SyncOptions } from '../../src/sync/engine.js';
import { PROFILES } from '../../src/sync/profiles.js';
import { outboxSummary, resolveConflict } from '../../src/sync/queue.js';
import type { SyncHttpError, SyncStatus } from '../../src/sync/types.js';
import { TestBackend } from '../support/backend.js';
import { customer, deleteStores, freshStore, rejection, until } from '../support/fixtures.js';

const T0 = '2026-11-01T08:00:00.000Z';

function engineFor(store: CrmStore, backend: TestBackend, options: Partial<SyncOptions> = {}): SyncEngine {
  return new SyncEngine(store, {
    endpoint: backend.url,
    dialect: 'json-server',
    resources: ['customers'],
    retry: { baseMs: 20, maxMs: 200 },
    pullIntervalMs: 0,
    ...options,
  });
}

async function outboxEmpty(store: CrmStore): Promise<boolean> {
  const backend = await store.storageBackend();
  return (await backend.count('outbox')) === 0;
}

function countById(records: Record<string, unknown>[]): Map<unknown, number> {
  const counts = new Map<unknown, number>();
  for (const r of records) counts.set(r.id, (counts.get(r.id) ?? 0) + 1);
  return counts;
}

describe('sync engine against json-server', function () {
  this.timeout(60_000);
  let backend: TestBackend;
  const engines: SyncEngine[] = [];
  const start = (engine: SyncEngine) => {
    engines.push(engine);
    engine.start();
    return engine;
  };

  afterEach(async () => {
    for (const engine of engines.splice(0)) await engine.stop();
    await backend?.stop();
    await deleteStores();
  });

  it('(1) 50 records written while the server fails with 500 all arrive exactly once after recovery', async () => {
    backend = await TestBackend.start({ customers: [] });
    await backend.faults({ kind: 'status', status: 500, times: 10_000 });
    const store = freshStore();
    const engine = start(engineFor(store, backend));
    for (let i = 0; i < 50; i++) await store.customers.put(customer(`off-${String(i).padStart(2, '0')}`));
    await until(
      async () => (await backend.log()).filter((r) => r.status === 500).length >= 3,
      'engine retried against 500s',
    );
    expect(engine.state).to.be.oneOf(['error', 'syncing']);
    expect((await outboxSummary(store)).pending).to.equal(50);

    await backend.clearFaults();
    await until(() => outboxEmpty(store), 'outbox empty after recovery', 30_000);
    const counts = countById(await backend.records('customers'));
    expect(counts.size).to.equal(50);
    expect([...counts.values()].every((n) => n === 1)).to.equal(true);
  });

  it('(2) a POST the server committed but whose response was lost is not applied twice', async () => {
    backend = await TestBackend.start({ customers: [] });
    await backend.faults({ kind: 'drop-after-commit', method: 'POST' });
    const store = freshStore();
    start(engineFor(store, backend));
    await store.customers.put(customer('lost-1'));
    await until(() => outboxEmpty(store), 'outbox empty');
    // The first POST was committed and its response cut off. (Chromium may itself resend a POST whose
    // connection died; json-server then refuses the duplicate id.) The server must end with one record.
    const posts = (await backend.log()).filter((r) => r.method === 'POST');
    expect(posts[0]!.status).to.equal('dropped');
    expect(posts.filter((r) => r.status === 201)).to.have.length(0);
    expect(countById(await backend.records('customers')).get('lost-1')).to.equal(1);
  });

  it('(4) a concurrent edit of other fields merges; of the same field it is surfaced and kept, never overwritten', async () => {
    backend = await TestBackend.start({ customers: [customer('c1', { tier: 'B1', owner: '王磊', updatedAt: T0 })] });
    const store = freshStore();
    const engine = start(engineFor(store, backend));
    await until(async () => (await store.customers.get('c1'))?.version === T0, 'pulled with its version');

    // Disjoint: they change the owner, we change the tier.
    await backend.patch('customers', 'c1', { owner: '李娜', updatedAt: '2026-11-02T08:00:00.000Z' });
    await store.customers.update('c1', { tier: 'A1' });
    await until(() => outboxEmpty(store), 'merged change pushed');
    const [merged] = await backend.records('customers');
    expect([merged!.tier, merged!.owner]).to.deep.equal(['A1', '李娜']);
    expect(await store.customers.get('c1')).to.include({ tier: 'A1', owner: '李娜' });

    // Same field: they set C, we set A2. Manual policy: both kept, an event, nothing overwritten.
    const conflicts: SyncConflictDetail[] = [];
    engine.addEventListener('crm-sync-conflict', (e) => conflicts.push((e as CustomEvent<SyncConflictDetail>).detail));
    await backend.patch('customers', 'c1', { tier: 'C', updatedAt: '2026-11-03T08:00:00.000Z' });
    await store.customers.update('c1', { tier: 'A2' });
    await until(() => conflicts.length === 1, 'conflict surfaced');
    expect(conflicts[0]).to.deep.include({ table: 'customers', key: 'c1' });
    expect(conflicts[0]!.remote?.tier).to.equal('C');
    expect((await store.customers.get('c1'))?.tier).to.equal('A2');
    expect((await backend.records('customers'))[0]!.tier).to.equal('C');
    const [conflict] = (await outboxSummary(store)).conflicts;
    expect(conflict!.remote?.tier).to.equal('C');

    await resolveConflict(store, conflict!.seq!, 'mine');
    await engine.syncNow();
    await until(() => outboxEmpty(store), 'resolved change pushed');
    expect((await backend.records('customers'))[0]!.tier).to.equal('A2');
  });

  it('(4b) with ETags: a 412 from If-Match is surfaced as a conflict and disjoint fields still merge', async () => {
    backend = await TestBackend.start({ customers: [] }, { ifMatch: true });
    const store = freshStore();
    const engine = start(engineFor(store, backend, { resources: [{ table: 'customers', concurrency: 'etag' }] }));
    // After the first round (which pulls once): the record's ETag then comes from its own POST response.
    await until(() => engine.state === 'idle', 'first round done');
    await store.customers.put(customer('e1', { tier: 'B2' }));
    await until(
      async () => typeof (await store.customers.get('e1'))?.version === 'string',
      'ETag of the created record kept',
    );
    await backend.patch('customers', 'e1', { owner: '赵敏' });
    await store.customers.update('e1', { tier: 'A1' });
    await until(() => outboxEmpty(store), 'pushed after the 412');
    const log = await backend.log();
    expect(
      log.some((r) => r.method === 'PATCH' && r.status === 412),
      JSON.stringify(log),
    ).to.equal(true);
    expect((await backend.records('customers'))[0]).to.include({ tier: 'A1', owner: '赵敏' });
    expect(engine.state).to.not.equal('error');
  });

  it('(5) an edit made while the previous one is in flight ends as the final state on both sides', async () => {
    backend = await TestBackend.start({ customers: [customer('f1', { tier: 'C', updatedAt: T0 })] });
    const store = freshStore();
    start(engineFor(store, backend));
    await until(async () => (await store.customers.get('f1'))?.version === T0, 'pulled');
    await backend.faults({ kind: 'delay', ms: 400, method: 'PATCH' });
    await store.customers.update('f1', { tier: 'B2' });
    await until(async () => (await backend.log()).some((r) => r.method === 'PATCH'), 'first edit in flight');
    await store.customers.update('f1', { tier: 'A2', owner: '陈静' });
    await until(() => outboxEmpty(store), 'both pushed');
    expect((await backend.records('customers'))[0]).to.include({ tier: 'A2', owner: '陈静' });
    expect(await store.customers.get('f1')).to.include({ tier: 'A2', owner: '陈静' });
  });

  it('(7) a 422 is dead-lettered while the others sync; a 401 pauses without retrying until resume()', async () => {
    backend = await TestBackend.start({ customers: [] });
    await backend.faults({
      kind: 'status',
      status: 422,
      method: 'POST',
      bodyIncludes: '"bad-1"',
      message: 'creditLimit too high',
    });
    const store = freshStore();
    const engine = start(engineFor(store, backend));
    await store.customers.put(customer('ok-1'));
    await store.customers.put(customer('bad-1'));
    await store.customers.put(customer('ok-2'));
    await until(async () => (await outboxSummary(store)).pending === 0, 'queue drained');
    const summary = await outboxSummary(store);
    expect(summary.deadLetters.map((e) => e.key)).to.deep.equal(['bad-1']);
    expect(summary.deadLetters[0]!.error).to.contain('422').and.contain('creditLimit too high');
    expect((await backend.records('customers')).map((r) => r.id).sort()).to.deep.equal(['ok-1', 'ok-2']);
    await until(() => engine.state === 'idle', 'round finished');

    await backend.faults({ kind: 'status', status: 401, method: 'POST' });
    await backend.clearLog();
    await store.customers.put(customer('later-1'));
    await until(() => engine.state === 'paused', 'paused on 401');
    await store.customers.put(customer('later-2'));
    await engine.syncNow();
    const whilePaused = await backend.log();
    expect(whilePaused.map((r) => r.status)).to.deep.equal([401]);

    engine.resume();
    await until(async () => (await outboxSummary(store)).pending === 0, 'resumed and pushed');
    expect((await backend.records('customers')).map((r) => r.id).sort()).to.deep.equal([
      'later-1',
      'later-2',
      'ok-1',
      'ok-2',
    ]);
  });

  it('(8) an initial pull of 10,000 rows with tied timestamps and deletes during it ends equal to the server; a second pull transfers nothing', async () => {
    const rows = Array.from({ length: 10_000 }, (_, i) =>
      customer(`p-${String(i).padStart(5, '0')}`, {
        // 40 distinct timestamps: 250 rows share each one, so page boundaries fall inside ties.
        updatedAt: new Date(Date.UTC(2026, 9, 1, 0, 0, i % 40)).toISOString(),
        deleted: false,
      }),
    );
    backend = await TestBackend.start({ customers: rows });
    const store = freshStore();
    const engine = engineFor(store, backend, {
      resources: [{ table: 'customers', softDelete: 'deleted' }],
      pageSize: 700,
    });
    const deleted = ['p-00003', 'p-04242', 'p-09999', 'p-05000', 'p-00120'];
    let deletedDuringPull = false;
    engine.addEventListener('crm-sync-progress', async () => {
      if (deletedDuringPull) return;
      deletedDuringPull = true;
      for (const [i, id] of deleted.entries()) {
        await backend.patch('customers', id, { deleted: true, updatedAt: `2026-11-0${i + 1}T00:00:00.000Z` });
      }
    });
    const first = await engine.pull();
    expect(deletedDuringPull).to.equal(true);
    const server = (await backend.records('customers')).filter((r) => !r.deleted).map((r) => r.id as string);
    const local = (await store.customers.list()).map((r) => r.id);
    expect(local.length).to.equal(9_995);
    expect(local).to.deep.equal(server.sort());
    expect(first.rows.customers).to.be.at.least(10_000);

    const second = await engine.pull();
    expect(second.rows.customers).to.equal(0);
  });

  it('(9) a 503 storm with one change queued is met with backoff, not a flood; the change lands once after', async () => {
    backend = await TestBackend.start({ customers: [] });
    await backend.faults({ kind: 'status', status: 503, times: 10_000 });
    const store = freshStore();
    // Default backoff (1 s doubling); the engine's own attempt bookkeeping must not cut it short.
    const engine = start(engineFor(store, backend, { retry: undefined }));
    await store.customers.put(customer('storm-1'));
    const began = Date.now();
    await until(async () => (await backend.log()).length >= 1, 'first attempt');
    // The storm lasts 10 s of real time: that is the scenario, not a synchronisation.
    await new Promise((resolve) => setTimeout(resolve, 10_000));
    const during = await backend.log();
    const seconds = (Date.now() - began) / 1000;
    console.log(`503 storm: ${during.length} requests in ${seconds.toFixed(1)} s with one change queued`);
    // 1 s doubling: attempts near 0, 1, 2.5, 5.5 and 11 s. At most one a second in any case.
    expect(during.length).to.be.at.most(6);
    expect(engine.state).to.equal('error');
    await backend.clearFaults();
    await engine.syncNow();
    await until(() => outboxEmpty(store), 'pushed after the storm');
    expect(countById(await backend.records('customers')).get('storm-1')).to.equal(1);
  });

  it('(10) Retry-After is honoured and a request with no answer times out and is retried', async () => {
    backend = await TestBackend.start({ customers: [] });
    await backend.faults({ kind: 'status', status: 503, method: 'POST', headers: { 'Retry-After': '2' }, times: 1 });
    const store = freshStore();
    start(engineFor(store, backend));
    await store.customers.put(customer('ra-1'));
    await until(() => outboxEmpty(store), 'pushed after Retry-After');
    const posts = (await backend.log()).filter((r) => r.method === 'POST');
    expect(posts.map((r) => r.status)).to.deep.equal([503, 201]);
    expect(posts[1]!.at - posts[0]!.at).to.be.at.least(1900);

    await backend.faults({ kind: 'delay', ms: 1500, method: 'POST' });
    await backend.clearLog();
    const timeouts = start(engineFor(freshStore(), backend, { timeoutMs: 300 }));
    const states: string[] = [];
    timeouts.addEventListener('crm-sync-state', (e) => states.push((e as CustomEvent).detail.lastErrorCode));
    await timeouts.store.customers.put(customer('slow-1'));
    await until(() => outboxEmpty(timeouts.store), 'pushed after a timeout');
    expect(states).to.include('timeout');
    expect(countById(await backend.records('customers')).get('slow-1')).to.equal(1);
  });

  it('(11) a page that does not move the checkpoint stops that resource with a named error', async () => {
    const rows = Array.from({ length: 5 }, (_, i) =>
      customer(`np-${i}`, { updatedAt: `2026-11-0${i + 1}T00:00:00.000Z` }),
    );
    backend = await TestBackend.start({ customers: rows });
    const store = freshStore();
    // A profile whose "changed since" filter the server does not understand: every page is the first one.
    const ignored = { eq: 'x_{field}={value}', gt: 'x_{field}={value}', gte: 'x_{field}={value}' };
    const profile = { ...PROFILES['json-server'], filter: ignored };
    const engine = engineFor(store, backend, { profile, pageSize: 2 });
    await backend.clearLog();
    const error = await rejection<SyncHttpError>(engine.pull());
    expect(error.code).to.equal('no-progress');
    expect(error.message).to.contain('does not move past the checkpoint');
    expect((await backend.log()).length).to.be.at.most(3);
    expect(await store.customers.count()).to.equal(2);
  });

  it('(12) a scoped resource pulls only the rows in its scope', async () => {
    const at = (d: number) => `2026-11-0${d}T00:00:00.000Z`;
    backend = await TestBackend.start({
      customers: [
        customer('mine-1', { owner: '王磊', updatedAt: at(1) }),
        customer('theirs-1', { owner: '李娜', updatedAt: at(2) }),
        customer('mine-2', { owner: '王磊', updatedAt: at(3) }),
      ],
    });
    const store = freshStore();
    const engine = engineFor(store, backend, {
      resources: [{ table: 'customers', scope: [{ field: 'owner', op: 'eq', value: '王磊' }] }],
    });
    await engine.pull();
    expect((await store.customers.list()).map((c) => c.id)).to.deep.equal(['mine-1', 'mine-2']);
    expect((await backend.log()).every((r) => decodeURIComponent(r.url).includes('owner=王磊'))).to.equal(true);
  });

  it('(13) a table whose pushes fail does not hold back another table, also while backing off', async () => {
    backend = await TestBackend.start({ customers: [], opportunities: [] });
    await backend.faults({ kind: 'status', status: 500, method: 'POST', path: '/opportunities', times: 10_000 });
    const store = freshStore();
    const states: SyncStatus[] = [];
    const engine = engineFor(store, backend, { resources: ['opportunities', 'customers'] });
    engine.addEventListener('crm-sync-state', (e) => states.push((e as CustomEvent<SyncStatus>).detail));
    start(engine);
    await store.opportunities.put({
      id: 'deal-1',
      customerId: 'c',
      name: '扩容',
      stage: 'lead',
      amount: 1,
      currency: 'CNY',
    });
    await until(() => states.some((s) => s.resources?.opportunities?.state === 'error'), 'opportunities failing');
    // Queued while the engine backs off (one request at a time): customers still go out.
    await store.customers.put(customer('while-failing'));
    await until(async () => (await backend.records('customers')).length === 1, 'customer pushed', 20_000);
    // The server has the customer before the engine settles its outbox entry: wait for that, then only the
    // failing opportunity is left.
    await until(async () => (await outboxSummary(store)).pending === 1, 'customer entry settled', 20_000);
    const left = await (await store.storageBackend()).list('outbox');
    expect(left.map((e) => e.table)).to.deep.equal(['opportunities']);
    expect(states.at(-1)!.resources?.opportunities?.code).to.equal('server');
  });

  it('(14) an unreachable server costs one request per round, not one per table; its first good round pulls the tables again', async () => {
    backend = await TestBackend.start({
      customers: [customer('c-1', { updatedAt: T0 })],
      contacts: [],
      opportunities: [],
    });
    // Every request gets its connection cut: the browser reports a network error, as for a server that is down.
    await backend.faults({ kind: 'drop-after-commit', times: 10_000 });
    const store = freshStore();
    const states: SyncStatus[] = [];
    const engine = engineFor(store, backend, { resources: ['customers', 'contacts', 'opportunities'] });
    engine.addEventListener('crm-sync-state', (e) => states.push((e as CustomEvent<SyncStatus>).detail));
    start(engine);
    await until(async () => (await backend.log()).length >= 4, 'several rounds while unreachable');
    const during = await backend.log();
    // Each round stops at the first table: the others would fail the same way.
    expect(during.map((r) => r.url.split('?')[0])).to.deep.equal(during.map(() => '/customers'));
    expect(states.at(-1)!.resources?.customers?.code).to.equal('network');

    await backend.clearFaults();
    await until(() => engine.state === 'idle', 'synced after the outage', 20_000);
    const resources = states.at(-1)!.resources!;
    for (const table of ['customers', 'contacts', 'opportunities'] as const) {
      expect(resources[table]?.state, table).to.equal('ok');
    }
    expect(await store.customers.get('c-1')).to.not.equal(undefined);
  });

  it('(15) once a push gets through after an outage, no table is left marked unreachable beside "up to date"', async () => {
    backend = await TestBackend.start({ customers: [] });
    const store = freshStore();
    const states: SyncStatus[] = [];
    // Pulls only when asked: the case where an old error would otherwise stay until the next interval.
    const engine = engineFor(store, backend, { pullIntervalMs: 0 });
    engine.addEventListener('crm-sync-state', (e) => states.push((e as CustomEvent<SyncStatus>).detail));
    start(engine);
    await until(() => engine.state === 'idle', 'first round');
    await backend.faults({ kind: 'drop-after-commit', method: 'POST', times: 10_000 });
    await store.customers.put(customer('offline-1'));
    await until(() => states.some((s) => s.resources?.customers?.code === 'network'), 'push failed: unreachable');
    await backend.clearFaults();
    await until(() => outboxEmpty(store), 'pushed after the outage', 20_000);
    await until(() => engine.state === 'idle', 'idle again', 20_000);
    expect(states.at(-1)!.resources?.customers?.state).to.equal('ok');
  });

  it('(16) a table the server does not have, and rows with no last-changed time, are named as such (not "refused a change")', async () => {
    // json-server answers 404 for a collection its db.json lacks; `customers` rows carry no updatedAt.
    backend = await TestBackend.start({ customers: [customer('no-stamp', { updatedAt: undefined })] });
    const store = freshStore();
    const states: SyncStatus[] = [];
    const engine = engineFor(store, backend, { resources: ['customers', 'contacts'] });
    engine.addEventListener('crm-sync-state', (e) => states.push((e as CustomEvent<SyncStatus>).detail));
    start(engine);
    await until(() => !!states.at(-1)?.resources?.contacts && !!states.at(-1)?.resources?.customers, 'both tried');
    const { customers, contacts } = states.at(-1)!.resources!;
    expect(contacts?.code, contacts?.error).to.equal('read-refused');
    expect(contacts?.error).to.contain('GET').and.contain('404');
    expect(customers?.code, customers?.error).to.equal('no-timestamp');
    expect(await store.customers.count()).to.equal(0);
  });
});
