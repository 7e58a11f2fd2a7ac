/**
 * Sync against a real Django REST Framework server (Debian's packages) on 127.0.0.1, through
 * `<crm-provider dialect="drf">`: UUID customers the client names, integer opportunities the server numbers,
 * snake_case, auto_now timestamps with microseconds, TokenAuthentication, default CORS settings.
 * Waits are on conditions and events; the outage scenario is the only one that takes real time (60 s).
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/customer-card/customer-card.js';
import '../../src/components/funnel-chart/funnel-chart.js';
import '../../src/components/provider/provider.js';
import type { CrmProvider } from '../../src/components/provider/provider.js';
import '../../src/components/sync-status/sync-status.js';
import type { CrmStore } from '../../src/data/store.js';
import type { SyncConflictDetail, SyncEngine, SyncOptions, SyncRemapDetail } from '../../src/sync/engine.js';
import { PROFILES } from '../../src/sync/profiles.js';
import type { QuarantinedRow } from '../../src/sync/quarantine.js';
import { outboxSummary } from '../../src/sync/queue.js';
import { DrfBackend } from '../support/drf.js';
import { customer, deleteStores, freshStore, shadowText, until } from '../support/fixtures.js';

const RESOURCES: SyncOptions['resources'] = [
  { table: 'customers', softDelete: 'deleted', deleteStyle: 'tombstone' },
  { table: 'opportunities', idType: 'number', serverIds: true, softDelete: 'deleted', deleteStyle: 'tombstone' },
];

const opportunity = (customerId: string, fields: Record<string, unknown> = {}) => ({
  customerId,
  name: '华东能源 2027 扩容',
  stage: 'proposal',
  amount: 1_250_000_00,
  currency: 'CNY',
  ...fields,
});

async function outboxEmpty(store: CrmStore): Promise<boolean> {
  return (await (await store.storageBackend()).count('outbox')) === 0;
}

describe('sync against Django REST Framework', function () {
  this.timeout(60_000);
  let drf: DrfBackend;

  before(async () => {
    drf = await DrfBackend.start();
  });
  after(async () => {
    await drf?.stop();
  });
  afterEach(async () => {
    for (const provider of document.querySelectorAll('crm-provider')) provider.remove();
    await deleteStores();
  });

  async function mount(store: CrmStore, options: Partial<SyncOptions> = {}, children = html``) {
    const provider = await fixture<CrmProvider>(html`<crm-provider dialect="drf" endpoint=${drf.api} .store=${store}
      .syncOptions=${{ token: drf.token, resources: RESOURCES, pullIntervalMs: 0, retry: { baseMs: 50, maxMs: 1000 }, ...options }}>
      ${children}
    </crm-provider>`);
    await until(() => provider.sync !== undefined, 'engine started');
    return { provider, engine: provider.sync as SyncEngine };
  }

  it('shows the server data in a card and a funnel, with only CORS-safe headers under default django-cors-headers', async () => {
    const row = await drf.create('customers', { name: '长江电力集团', alias: null, tier: '', currency: 'CNY' });
    const owner = `owner-${crypto.randomUUID().slice(0, 8)}`;
    await drf.create('opportunities', {
      customer_id: String(row.id),
      name: '三峡配套',
      stage: 'proposal',
      amount: '1250000',
      currency: 'CNY',
      owner,
    });
    const store = freshStore();
    // The token as a page passes it: in .syncOptions.headers, evaluated per request.
    const { provider } = await mount(
      store,
      { token: undefined, headers: () => ({ Authorization: `Token ${drf.token}` }) },
      html`<crm-customer-card customer-id=${String(row.id)}></crm-customer-card>
        <crm-funnel-chart owner=${owner}></crm-funnel-chart><crm-sync-status></crm-sync-status>`,
    );
    const card = provider.querySelector('crm-customer-card')!;
    await until(() => shadowText(card).includes('长江电力集团'), 'card shows the DRF row');
    const funnel = provider.querySelector('crm-funnel-chart')!;
    await until(() => !!funnel.shadowRoot?.querySelector('[part="summary"]'), 'funnel shows the DRF opportunity');
    expect(funnel.shadowRoot!.querySelector('[part="empty"]')).to.equal(null);
    // alias null and tier "" arrive as absent fields, not as invalid values; "1250000" as an integer.
    const local = await store.customers.get(String(row.id));
    expect(local).to.not.have.property('alias');
    expect(local).to.not.have.property('tier');
    expect(local!.updatedAt).to.equal(row.updated_at);
    expect((await store.opportunities.list({ where: { owner } }))[0]!.amount).to.equal(1_250_000);
    expect((await outboxSummary(store)).quarantined).to.have.length(0);
  });

  it('a record created offline becomes exactly one server row; its integer id replaces the local one everywhere', async () => {
    const store = freshStore();
    // Written before any backend is attached: offline.
    const owner = await store.customers.put(customer(crypto.randomUUID(), { name: '华北钢铁集团' }));
    const deal = await store.opportunities.put(opportunity(owner.id));
    const call = await store.activities.put({
      customerId: owner.id,
      opportunityId: deal.id,
      kind: 'visit',
      at: '2026-11-20T02:00:00.000Z',
      subject: '拜访采购部',
    });
    const remaps: SyncRemapDetail[] = [];
    const { provider } = await mount(store);
    provider.addEventListener('crm-sync-remap', (e) => remaps.push(e.detail));
    const synced = async () =>
      (await (await store.storageBackend()).count('outbox', { where: { table: ['customers', 'opportunities'] } })) ===
      0;
    await until(async () => remaps.length === 1 && (await synced()), 'pushed and remapped');

    const rows = (await drf.records('opportunities')).filter((r) => r.customer_id === owner.id);
    expect(rows).to.have.length(1);
    const serverId = String(rows[0]!.id);
    expect(remaps[0]).to.deep.equal({ table: 'opportunities', from: deal.id, to: serverId });
    expect(await store.opportunities.get(deal.id)).to.equal(undefined);
    const moved = await store.opportunities.get(serverId);
    expect(moved).to.include({ name: deal.name, customerId: owner.id });
    // The server's clock, not the browser's.
    expect(moved!.updatedAt).to.equal(rows[0]!.updated_at);
    expect((await store.activities.get(call.id))!.opportunityId).to.equal(serverId);
    // The activity is not synced here, but its queued create follows the new id too.
    const [queuedCall] = (await (await store.storageBackend()).list('outbox', { where: { table: 'activities' } })) as {
      patch: { opportunityId: string };
    }[];
    expect(queuedCall!.patch.opportunityId).to.equal(serverId);
    // A later pull brings the same row back under its id: still one copy.
    await provider.sync!.syncNow();
    expect(await store.opportunities.count({ where: { customerId: owner.id } })).to.equal(1);
  });

  it('edits go both ways; the same field changed on both sides is a conflict, disjoint fields merge', async () => {
    const row = await drf.create('customers', { name: '南方航空物流', tier: 'B1', owner: '王磊', currency: 'CNY' });
    const id = String(row.id);
    const store = freshStore();
    const { engine } = await mount(store);
    await until(async () => (await store.customers.get(id))?.tier === 'B1', 'pulled');

    await store.customers.update(id, { tier: 'A1' });
    await until(async () => (await drf.records('customers')).find((r) => r.id === id)?.tier === 'A1', 'pushed');
    await drf.patch('customers', id, { owner: '李娜' });
    await engine.syncNow();
    await until(async () => (await store.customers.get(id))?.owner === '李娜', 'their edit pulled');

    // Disjoint: they change the alias, we change the tier.
    await drf.patch('customers', id, { alias: 'China Southern Logistics' });
    await store.customers.update(id, { tier: 'A2' });
    await until(() => outboxEmpty(store), 'merged change pushed');
    const merged = (await drf.records('customers')).find((r) => r.id === id)!;
    expect([merged.tier, merged.alias]).to.deep.equal(['A2', 'China Southern Logistics']);

    // Same field: kept on both sides, announced, never overwritten.
    const conflicts: SyncConflictDetail[] = [];
    engine.addEventListener('crm-sync-conflict', (e) => conflicts.push((e as CustomEvent<SyncConflictDetail>).detail));
    await drf.patch('customers', id, { tier: 'C' });
    await store.customers.update(id, { tier: 'B2' });
    await until(() => conflicts.length === 1, 'conflict surfaced');
    expect(conflicts[0]!.remote?.tier).to.equal('C');
    expect((await drf.records('customers')).find((r) => r.id === id)!.tier).to.equal('C');
    expect((await store.customers.get(id))!.tier).to.equal('B2');
  });

  it('soft delete goes both ways: a server tombstone removes the local record, a local delete writes one', async () => {
    const a = await drf.create('customers', { name: '西部矿业', currency: 'CNY' });
    const b = await drf.create('customers', { name: '东海银行', currency: 'CNY' });
    const store = freshStore();
    const { engine } = await mount(store);
    await until(async () => (await store.customers.get(String(b.id))) !== undefined, 'pulled');

    await drf.patch('customers', String(a.id), { deleted: true });
    await engine.syncNow();
    await until(async () => (await store.customers.get(String(a.id))) === undefined, 'tombstone applied');

    await store.customers.delete(String(b.id));
    await until(() => outboxEmpty(store), 'delete pushed');
    expect((await drf.records('customers')).find((r) => r.id === b.id)!.deleted).to.equal(true);
  });

  it('ten integer-id rows sharing one timestamp, pulled three per page, arrive and the pull ends', async () => {
    const stamp = '2026-10-01T00:00:00.123456Z';
    const customerId = crypto.randomUUID();
    const base = 100_000 + Math.floor(Math.random() * 1000) * 100;
    await drf.insert(
      'opportunities',
      Array.from({ length: 10 }, (_, i) => ({
        id: base + 3 + i,
        customer_id: customerId,
        name: `并列 ${i}`,
        stage: 'lead',
        amount: String(1000 + i),
        currency: 'CNY',
        updated_at: stamp,
      })),
    );
    const store = freshStore();
    const { engine } = await mount(store, { resources: [RESOURCES[1]!], pageSize: 3 });
    await until(() => engine.state === 'idle', 'first round done');
    await drf.clearLog();
    await engine.pull();
    const ids = (await store.opportunities.list({ where: { customerId } }))
      .map((o) => Number(o.id))
      .sort((x, y) => x - y);
    expect(ids).to.deep.equal(Array.from({ length: 10 }, (_, i) => base + 3 + i));
    // Numeric strings ("1000") are read as the integer minor units the model wants.
    expect((await store.opportunities.get(String(base + 3)))!.amount).to.equal(1000);
    // A second pull asks a bounded number of pages and transfers nothing new.
    expect((await drf.log()).filter((r) => r.method === 'GET').length).to.be.at.most(3);
  });

  it('a row the model refuses is quarantined with its reason, shown, and released once fixed', async () => {
    const store = freshStore();
    const seen: QuarantinedRow[] = [];
    const { provider, engine } = await mount(store, {}, html`<crm-sync-status></crm-sync-status>`);
    provider.addEventListener('crm-sync-quarantine', (e) => seen.push(e.detail));
    await until(() => engine.state === 'idle', 'first round done');
    const bad = await drf.create('opportunities', {
      customer_id: 'c-x',
      name: '金额错误的商机',
      stage: 'lead',
      amount: 'abc',
      currency: 'CNY',
    });
    await engine.syncNow();
    await until(() => seen.some((q) => q.key === String(bad.id)), 'quarantine event');
    const row = seen.find((q) => q.key === String(bad.id))!;
    expect(row).to.include({ table: 'opportunities', name: '金额错误的商机', field: 'amount' });
    expect(row.raw.amount).to.equal('abc');
    const status = provider.querySelector('crm-sync-status')!;
    await until(() => shadowText(status).includes('金额错误的商机'), 'shown in crm-sync-status');
    expect(shadowText(status)).to.not.contain('Up to date');

    await drf.patch('opportunities', String(bad.id), { amount: '4200' });
    await engine.syncNow();
    await until(async () => (await outboxSummary(store)).quarantined.length === 0, 'released');
    expect((await store.opportunities.get(String(bad.id)))!.amount).to.equal(4200);
  });

  it('an imported chunk reaches DRF: a record DRF refuses is dead on its own, imported deals move to server ids', async () => {
    const store = freshStore();
    const tag = crypto.randomUUID().slice(0, 8);
    const group: string = crypto.randomUUID();
    const branch: string = crypto.randomUUID();
    // Valid for the local model, refused by DRF (its customer id is a UUIDField).
    const bad = `not-a-uuid-${tag}`;
    await store.customers.mergeMany([
      customer(group, { name: `导入集团 ${tag}` }),
      customer(bad, { name: `导入坏行 ${tag}` }),
      customer(branch, { name: `导入分公司 ${tag}`, parentId: group }),
    ]);
    await store.opportunities.mergeMany([
      { id: `deal-a-${tag}`, ...opportunity(group, { name: `导入商机甲 ${tag}` }) },
      { id: `deal-b-${tag}`, ...opportunity(branch, { name: `导入商机乙 ${tag}` }) },
    ]);
    const backend = await store.storageBackend();
    expect(await backend.count('outbox')).to.equal(2);
    expect((await outboxSummary(store)).pending).to.equal(5);

    const remaps: SyncRemapDetail[] = [];
    const { provider } = await mount(store, {}, html`<crm-sync-status></crm-sync-status>`);
    provider.addEventListener('crm-sync-remap', (e) => remaps.push(e.detail));
    await until(async () => {
      const summary = await outboxSummary(store);
      return remaps.length === 2 && summary.pending === 0 && summary.deadLetters.length === 1;
    }, 'chunks pushed, deals remapped, the bad row parked');

    const customers = await drf.records('customers');
    expect(customers.filter((r) => [group, branch].includes(String(r.id)))).to.have.length(2);
    expect(customers.find((r) => r.id === branch)!.parent_id).to.equal(group);
    const [dead] = (await outboxSummary(store)).deadLetters;
    expect([dead!.key, dead!.op, dead!.patch?.name]).to.deep.equal([bad, 'create', `导入坏行 ${tag}`]);
    const status = provider.querySelector('crm-sync-status')!;
    await until(() => shadowText(status).includes(`导入坏行 ${tag}`), 'the refused record shown by name');

    const deals = (await drf.records('opportunities')).filter((r) => String(r.name).endsWith(tag));
    expect(deals).to.have.length(2);
    const imported: [string, string][] = [
      [`deal-a-${tag}`, group],
      [`deal-b-${tag}`, branch],
    ];
    for (const [from, customerId] of imported) {
      const row = deals.find((r) => r.customer_id === customerId)!;
      expect(remaps).to.deep.include({ table: 'opportunities', from, to: String(row.id) });
      expect(await store.opportunities.get(from)).to.equal(undefined);
      expect((await store.opportunities.get(String(row.id)))!.customerId).to.equal(customerId);
    }
  });

  it('without the trailing slash a create is never lost: the redirect is refused visibly and the change kept', async () => {
    const store = freshStore();
    const name = `无斜杠客户 ${crypto.randomUUID().slice(0, 8)}`;
    await store.customers.put(customer(crypto.randomUUID(), { name }));
    await mount(store, { profile: { ...PROFILES.drf, trailingSlash: false }, resources: [RESOURCES[0]!] });
    await until(async () => (await outboxSummary(store)).deadLetters.length === 1, 'create parked');
    const [parked] = (await outboxSummary(store)).deadLetters;
    expect(parked!.error).to.contain('redirected');
    expect(parked!.patch).to.include({ name });
    expect((await drf.records('customers')).some((r) => r.name === name)).to.equal(false);
  });

  it('50 offline edits across a 60 s outage (server stopped and restarted) land exactly once, with bounded requests', async function () {
    this.timeout(150_000);
    const seeded = await Promise.all(
      Array.from({ length: 25 }, (_, i) =>
        drf.create('customers', { name: `停机前 ${i}`, tier: 'C', currency: 'CNY' }),
      ),
    );
    const store = freshStore();
    const { engine } = await mount(store, { retry: { baseMs: 1000, maxMs: 8000 } });
    await until(async () => (await store.customers.count()) >= 25, 'pulled before the outage');
    await until(() => engine.state === 'idle', 'idle');

    await drf.pause();
    await drf.clearLog();
    const outageStart = performance.now();
    const created: string[] = [];
    for (let i = 0; i < 25; i++) {
      created.push((await store.customers.put(customer(crypto.randomUUID(), { name: `停机中新建 ${i}` }))).id);
      await store.customers.update(String(seeded[i]!.id), { tier: 'A1' });
    }
    await until(() => engine.state === 'offline' || engine.state === 'error', 'engine sees the outage');
    // The outage lasts 60 s of real time: that is the scenario, not a synchronisation.
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, 60_000 - (performance.now() - outageStart))));
    const duringOutage = (await drf.log()).length;
    await drf.resume();
    await engine.syncNow();
    await until(() => outboxEmpty(store), 'everything pushed after the restart', 60_000);

    const rows = await drf.records('customers');
    for (const id of created) expect(rows.filter((r) => r.id === id)).to.have.length(1);
    for (const row of seeded) expect(rows.find((r) => r.id === row.id)!.tier).to.equal('A1');
    console.log(`DRF outage: ${duringOutage} requests in 60 s with 50 changes queued`);
    expect(duringOutage).to.be.at.most(70);
  });
});
