/**
 * PostgREST and Directus cannot run here (no binary; Directus needs Node 22 and a native module), so their
 * profiles are checked against request/response contracts taken from their documentation, through the
 * real engine and a real IndexedDB: a recording fetch asserts each request and answers as the server would.
 * PostgREST: `Prefer: count=exact` + `Content-Range`, `eq.`/`gt.`/`gte.` filters, `order=`, `on_conflict`
 * with `resolution=ignore-duplicates`, conditional PATCH answered `[]` when the row changed.
 * Directus: `/items/<collection>`, `{ data, meta }`, `meta=filter_count`, `filter[f][_gte]=`, `sort=`,
 * 403 for a missing item, `date_updated` null until the first update.
 */
import { expect } from '@open-wc/testing';
import { type SyncConflictDetail, SyncEngine } from '../../src/sync/engine.js';
import { profileConnector } from '../../src/sync/profile.js';
import { PROFILES } from '../../src/sync/profiles.js';
import { outboxSummary } from '../../src/sync/queue.js';
import { customer, deleteStores, freshStore } from '../support/fixtures.js';
import { recordingFetch, type Sent } from '../support/recording-fetch.js';

const CORS_SAFE = ['accept', 'content-type', 'authorization'];
const only = (sent: Sent[], allowed: string[]) =>
  sent.every((s) => Object.keys(s.headers).every((h) => allowed.includes(h)));

/** The engine against a PostgREST endpoint whose customers are keyed by `uuid`. */
const postgrestEngine = (store: ReturnType<typeof freshStore>, fetch: typeof globalThis.fetch) =>
  new SyncEngine(store, {
    endpoint: 'https://db.example.cn/rest',
    dialect: 'postgrest',
    fetch,
    resources: [{ table: 'customers', idField: 'uuid' }],
  });

describe('PostgREST profile (documented contract)', () => {
  afterEach(deleteStores);

  it('lists changed rows with gte., order= and Prefer: count=exact, and reads the total from Content-Range', async () => {
    const { sent, fetch } = recordingFetch({
      headers: { 'Content-Range': '0-1/2' },
      body: [
        { uuid: 'c1', name: '华东能源集团', currency: 'CNY', updated_at: '2026-11-01T00:00:00.123456+00:00' },
        { uuid: 'c2', name: '长江电力集团', currency: 'CNY', updated_at: '2026-11-02T00:00:00+00:00' },
      ],
    });
    const store = freshStore();
    const engine = postgrestEngine(store, fetch);
    const report = await engine.pull();
    expect(report.rows.customers).to.equal(2);
    const { url, headers } = sent[0]!;
    expect(url.pathname).to.equal('/rest/customers');
    expect(url.searchParams.get('order')).to.equal('updated_at.asc,uuid.asc');
    expect([url.searchParams.get('limit'), url.searchParams.get('offset')]).to.deep.equal(['500', '0']);
    expect(headers.prefer).to.equal('count=exact');
    expect((await store.customers.get('c1'))!.updatedAt).to.equal('2026-11-01T00:00:00.123456+00:00');
  });

  it('creates in bulk with on_conflict; a conditional PATCH on the base updated_at that matches no row is a conflict', async () => {
    const store = freshStore();
    await store.customers.put(customer('c1', { tier: 'B1' }));
    await store.customers.put(customer('c2', { tier: 'B2' }));
    const stamp = '2026-11-01T08:00:00.000001+00:00';
    const row = (id: string, tier: string, at = stamp) => ({
      uuid: id,
      name: '华东能源集团',
      currency: 'CNY',
      tier,
      updated_at: at,
    });
    const { sent, fetch } = recordingFetch(
      { status: 201, body: [row('c1', 'B1'), row('c2', 'B2')] },
      // The conditional PATCH: someone changed the row since, so no row matched.
      { body: [] },
      { body: [row('c1', 'C', '2026-11-02T08:00:00+00:00')] },
    );
    const engine = postgrestEngine(store, fetch);
    await engine.push();
    const [bulk] = sent;
    expect(`${bulk!.method} ${bulk!.url.pathname}${bulk!.url.search}`).to.equal(
      'POST /rest/customers?on_conflict=uuid',
    );
    expect(bulk!.headers.prefer).to.equal('return=representation,resolution=ignore-duplicates');
    const bodies = bulk!.body as Record<string, unknown>[];
    expect(bodies.map((b) => b.uuid)).to.deep.equal(['c1', 'c2']);
    // The resource's id field only, no extra id column; the browser's clock is never sent.
    expect(bodies.every((b) => !('id' in b) && !('updated_at' in b) && !('updatedAt' in b))).to.equal(true);
    expect((await store.customers.get('c1'))!.version).to.equal(stamp);

    const conflicts: SyncConflictDetail[] = [];
    engine.addEventListener('crm-sync-conflict', (e) => conflicts.push((e as CustomEvent<SyncConflictDetail>).detail));
    await store.customers.update('c1', { tier: 'A1' });
    await engine.push();
    const patch = sent[1]!;
    expect(patch.method).to.equal('PATCH');
    expect(patch.url.searchParams.get('uuid')).to.equal('eq.c1');
    expect(patch.url.searchParams.get('updated_at')).to.equal(`eq.${stamp}`);
    expect(patch.body).to.deep.equal({ tier: 'A1' });
    expect(sent[2]!.url.search).to.equal('?uuid=eq.c1');
    expect(conflicts.map((c) => [c.key, c.remote?.tier])).to.deep.equal([['c1', 'C']]);
    expect((await outboxSummary(store)).conflicts).to.have.length(1);
    expect(only(sent, [...CORS_SAFE, 'prefer'])).to.equal(true);
  });
  it('sends an import chunk in bulk requests of 100, each record as stored when pushed, and empties the outbox', async () => {
    const store = freshStore();
    const ids = Array.from({ length: 150 }, (_, i) => `imp-${String(i).padStart(3, '0')}`);
    await store.customers.mergeMany(ids.map((id) => customer(id, { tier: 'C' })));
    await store.customers.update('imp-120', { tier: 'A1' });
    // Both answers carry every row: the two requests may go out in either order (a window of requests).
    const rows = ids.map((id) => ({
      uuid: id,
      name: '华东能源集团',
      currency: 'CNY',
      updated_at: '2026-11-01T08:00:00+00:00',
    }));
    const { sent, fetch } = recordingFetch({ status: 201, body: rows }, { status: 201, body: rows });
    const engine = postgrestEngine(store, fetch);
    await engine.push();
    expect(sent.map((s) => `${s.method} ${s.url.pathname}`)).to.deep.equal([
      'POST /rest/customers',
      'POST /rest/customers',
    ]);
    const bodies = sent.flatMap((s) => s.body as Record<string, unknown>[]);
    expect(sent.map((s) => (s.body as unknown[]).length).sort()).to.deep.equal([100, 50].sort());
    expect(bodies.map((b) => b.uuid).sort()).to.deep.equal(ids);
    expect(bodies.find((b) => b.uuid === 'imp-120')!.tier).to.equal('A1');
    expect(await (await store.storageBackend()).count('outbox')).to.equal(0);
    expect((await store.customers.get('imp-000'))!.version).to.equal('2026-11-01T08:00:00+00:00');
  });
});

describe('Directus profile (documented contract)', () => {
  afterEach(deleteStores);

  it('pulls /items/<collection> with filter[...], sort= and meta=filter_count; a null date_updated never becomes the checkpoint', async () => {
    const { sent, fetch } = recordingFetch(
      {
        body: {
          data: [
            {
              id: 'd1',
              name: '西部矿业',
              currency: 'CNY',
              tier: null,
              date_created: '2026-11-01T00:00:00.000Z',
              date_updated: null,
            },
            {
              id: 'd2',
              name: '东海银行',
              currency: 'CNY',
              alias: '',
              date_created: '2026-11-01T00:00:00.000Z',
              date_updated: '2026-11-03T00:00:00.000Z',
            },
            {
              id: 'd3',
              name: '新建客户',
              currency: 'CNY',
              date_created: '2026-11-04T00:00:00.000Z',
              date_updated: null,
            },
          ],
          meta: { filter_count: 3 },
        },
      },
      { body: { data: [], meta: { filter_count: 0 } } },
    );
    const store = freshStore();
    const engine = new SyncEngine(store, {
      endpoint: 'https://cms.example.cn',
      dialect: 'directus',
      fetch,
      token: 'static-token',
      resources: ['customers'],
    });
    await engine.pull();
    const first = sent[0]!.url;
    expect(first.pathname).to.equal('/items/customers');
    expect(first.searchParams.get('sort')).to.equal('date_updated,id');
    expect(first.searchParams.get('meta')).to.equal('filter_count');
    expect(sent[0]!.headers.authorization).to.equal('Bearer static-token');
    expect((await store.customers.list()).map((c) => c.id)).to.deep.equal(['d1', 'd2', 'd3']);
    // null and "" are absent fields, not invalid ones.
    expect(await store.customers.get('d2')).to.not.have.property('alias');
    const checkpoint = (await (await store.storageBackend()).get('checkpoints', 'pull:customers')) as { at: unknown };
    expect(checkpoint.at).to.equal('2026-11-04T00:00:00.000Z');
    await engine.pull();
    expect(sent[1]!.url.searchParams.get('filter[date_updated][_gte]')).to.equal('2026-11-04T00:00:00.000Z');
    expect(only(sent, CORS_SAFE)).to.equal(true);
  });

  it('reads 403 on an item as "no such record", not as lost credentials', async () => {
    const { sent, fetch } = recordingFetch(
      { status: 403, body: { errors: [{ message: "You don't have permission to access this." }] } },
      { status: 403, body: { errors: [{ message: "You don't have permission to access this." }] } },
      { status: 200, body: { data: { id: 'n1', name: '新客户' } } },
    );
    const connector = profileConnector(PROFILES.directus, { endpoint: 'https://cms.example.cn/', fetch });
    expect(await connector.get('customers', 'gone')).to.equal(undefined);
    expect(await connector.update('customers', 'gone', { tier: 'A1' }, { idempotencyKey: 'k' })).to.deep.equal({
      conflict: true,
    });
    const created = await connector.create('customers', 'n1', { name: '新客户' }, { idempotencyKey: 'k' });
    expect(created.record).to.deep.equal({ id: 'n1', name: '新客户' });
    expect(sent.map((s) => `${s.method} ${s.url.pathname}`)).to.deep.equal([
      'GET /items/customers/gone',
      'PATCH /items/customers/gone',
      'POST /items/customers',
    ]);
    expect(only(sent, CORS_SAFE)).to.equal(true);
  });

  it('walks a group of rows sharing one timestamp by offset (Directus has no _gt on string ids)', async () => {
    const at = '2026-11-05T00:00:00.000Z';
    const rows = ['a', 'b', 'c', 'd'].map((id) => ({ id, name: id, currency: 'CNY', date_updated: at }));
    const page = (data: unknown[]) => ({ body: { data, meta: { filter_count: data.length } } });
    const { sent, fetch } = recordingFetch(
      page(rows.slice(0, 2)),
      page(rows.slice(0, 2)),
      page(rows.slice(2, 4)),
      page([]),
      page([]),
    );
    const store = freshStore();
    const engine = new SyncEngine(store, {
      endpoint: 'https://cms.example.cn',
      dialect: 'directus',
      fetch,
      resources: ['customers'],
      pageSize: 2,
    });
    await engine.pull();
    expect((await store.customers.list()).map((c) => c.id)).to.deep.equal(['a', 'b', 'c', 'd']);
    const walk = sent[2]!.url.searchParams;
    expect([walk.get('filter[date_updated][_eq]'), walk.get('offset'), walk.get('filter[id][_gt]')]).to.deep.equal([
      at,
      '2',
      null,
    ]);
    expect(sent.length).to.be.at.most(5);
  });
});

describe('timestamps stored in microseconds, served in milliseconds', () => {
  afterEach(deleteStores);

  /**
   * A server as a Postgres column behind a serializer that cuts to milliseconds behaves (a fault that no test
   * server here has): filters and order use the stored microseconds, answers show milliseconds.
   */
  function truncatingServer(stored: { id: number; at: string }[]) {
    const micros = (iso: string) => Date.parse(iso) * 1000 + Number(/\.\d{3}(\d{3})/.exec(iso)?.[1] ?? '0');
    const sent: string[] = [];
    const fetch = async (input: RequestInfo | URL) => {
      const url = new URL(String(input));
      sent.push(url.search);
      const gte = url.searchParams.get('updated_at__gte');
      const offset = Number(url.searchParams.get('offset') ?? 0);
      const limit = Number(url.searchParams.get('limit') ?? 100);
      const rows = stored
        .filter((r) => gte === null || micros(r.at) >= micros(gte))
        .sort((a, b) => micros(a.at) - micros(b.at) || a.id - b.id);
      const results = rows.slice(offset, offset + limit).map((r) => ({
        id: r.id,
        name: `客户 ${r.id}`,
        currency: 'CNY',
        updated_at: `${r.at.slice(0, 23)}Z`,
      }));
      return new Response(JSON.stringify({ count: rows.length, results }), { status: 200 });
    };
    return { sent, fetch: fetch as typeof globalThis.fetch };
  }

  it('makes progress through rows sharing a millisecond and stops once everything is applied', async () => {
    const stored = [
      { id: 9, at: '2026-11-01T00:00:00.000100Z' },
      { id: 3, at: '2026-11-01T00:00:00.000200Z' },
      { id: 7, at: '2026-11-01T00:00:00.000300Z' },
      { id: 1, at: '2026-11-01T00:00:00.000900Z' },
      { id: 5, at: '2026-11-01T00:00:01.000500Z' },
    ];
    const { sent, fetch } = truncatingServer(stored);
    const store = freshStore();
    const engine = new SyncEngine(store, {
      endpoint: 'https://api.example.cn/api/',
      profile: { ...PROFILES.drf, timestampPrecision: 'ms' },
      fetch,
      resources: [{ table: 'customers', idType: 'number' }],
      pageSize: 2,
    });
    await engine.pull();
    expect((await store.customers.list()).map((c) => Number(c.id)).sort((a, b) => a - b)).to.deep.equal([
      1, 3, 5, 7, 9,
    ]);
    const first = sent.length;
    expect(first).to.be.at.most(5);
    const again = await engine.pull();
    expect(again.rows.customers).to.equal(0);
    expect(sent.length - first).to.be.at.most(2);
  });
});
