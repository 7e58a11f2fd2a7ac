import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import Dexie from 'dexie';
import '../../../src/components/provider/provider.js';
import type { CrmProvider } from '../../../src/components/provider/provider.js';
import '../../../src/components/sync-status/sync-status.js';
import type { CrmSyncStatus } from '../../../src/components/sync-status/sync-status.js';
import { getStore } from '../../../src/data/store.js';
import { TestBackend } from '../../support/backend.js';
import { customer, uniqueName, until } from '../../support/fixtures.js';

const text = (el: Element) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');
const button = (el: Element, label: string) =>
  [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent?.trim() === label) as HTMLButtonElement;

describe('<crm-sync-status>', function () {
  this.timeout(30_000);
  let backend: TestBackend | undefined;
  let database: string;

  beforeEach(() => {
    database = uniqueName('sync-status');
  });
  afterEach(async () => {
    for (const provider of document.querySelectorAll('crm-provider')) provider.remove();
    await backend?.stop();
    backend = undefined;
    getStore(database).close();
    await Dexie.delete(database);
  });

  async function mount(endpoint?: string, lang = 'en') {
    const provider =
      await fixture<CrmProvider>(html`<crm-provider lang=${lang} database=${database} endpoint=${endpoint ?? ''}
      .syncOptions=${{ resources: ['customers'], pullIntervalMs: 0, retry: { baseMs: 20, maxMs: 200 } }}>
      <crm-sync-status></crm-sync-status>
    </crm-provider>`);
    return { provider, status: provider.querySelector('crm-sync-status') as CrmSyncStatus };
  }

  it('says the store is local only when no backend is configured', async () => {
    const { status } = await mount();
    await until(() => text(status).includes('Local only'), 'local-only state');
    expect(button(status, 'Sync now').disabled).to.equal(true);
    expect(text(status)).to.contain('0 changes waiting to sync');
    await expect(status).to.be.accessible();
  });

  it('shows changes waiting, then up to date once pushed; the provider relays crm-sync-state', async () => {
    backend = await TestBackend.start({ customers: [] });
    const { provider, status } = await mount(backend.url);
    await oneEvent(provider, 'crm-sync-state');
    await until(() => text(status).includes('Up to date'), 'first sync done');
    await backend.faults({ kind: 'status', status: 503, times: 2 });
    await getStore(database).customers.put(customer('s1'));
    await until(() => text(status).includes('1 change waiting to sync'), 'pending change shown');
    await until(
      () => text(status).includes('Up to date') && text(status).includes('0 changes'),
      'pushed after retries',
    );
    expect((await backend.records('customers')).map((r) => r.id)).to.deep.equal(['s1']);
    await expect(status).to.be.accessible();
  });

  it('lists a refused change with the server reason; discarding it removes the refused record', async () => {
    backend = await TestBackend.start({ customers: [] });
    await backend.faults({ kind: 'status', status: 422, method: 'POST', message: 'name already taken' });
    const { status } = await mount(backend.url, 'zh-CN');
    await getStore(database).customers.put(customer('bad-1'));
    await until(() => text(status).includes('服务器拒绝的更改'), 'dead letter listed');
    expect(text(status)).to.contain('name already taken');
    // The server's own words are behind a disclosure; the line itself is a localised sentence.
    const entry = status.shadowRoot!.querySelector('[part="dead-letters"] li')!;
    expect(entry.querySelector('[part="error"] > span')!.textContent).to.equal('服务器拒绝了一项更改。');
    expect(entry.querySelector('details')!.textContent).to.contain('name already taken');
    expect(entry.querySelector('details')!.hasAttribute('open')).to.equal(false);
    await expect(status).to.be.accessible();
    button(status, '放弃更改').click();
    await until(() => !text(status).includes('服务器拒绝的更改'), 'dead letter gone');
    expect(await getStore(database).customers.get('bad-1')).to.equal(undefined);
  });

  it('shows both versions of a conflict; "Take theirs" applies the server version', async () => {
    const T0 = '2026-11-01T08:00:00.000Z';
    backend = await TestBackend.start({ customers: [customer('c1', { tier: 'B1', updatedAt: T0 })] });
    const { status } = await mount(backend.url);
    const store = getStore(database);
    await until(async () => (await store.customers.get('c1'))?.version === T0, 'pulled');
    await backend.patch('customers', 'c1', { tier: 'C', updatedAt: '2026-11-02T08:00:00.000Z' });
    await store.customers.update('c1', { tier: 'A2' });
    await until(() => text(status).includes('Changed on both sides'), 'conflict listed');
    const rows = [...status.shadowRoot!.querySelectorAll('tbody tr')].map((tr) =>
      [...tr.children].map((c) => c.textContent),
    );
    expect(rows).to.deep.equal([['Tier', 'A2', 'C']]);
    await expect(status).to.be.accessible();
    button(status, 'Take theirs').click();
    await until(async () => (await store.customers.get('c1'))?.tier === 'C', 'server version applied');
    await until(() => !text(status).includes('Changed on both sides'), 'conflict gone');
  });

  it('shows a quarantined server row in zh-CN by name and reason, never "up to date", with the raw row on demand', async () => {
    backend = await TestBackend.start({
      customers: [customer('q1', { name: '坏数据集团', tier: 'Z9', updatedAt: '2026-11-01T08:00:00.000Z' })],
    });
    const { provider, status } = await mount(backend.url, 'zh-CN');
    const event = oneEvent(provider, 'crm-sync-quarantine');
    expect((await event).detail).to.include({ table: 'customers', key: 'q1', field: 'tier' });
    await until(() => text(status).includes('无法使用的服务器记录'), 'quarantine listed');
    expect(text(status)).to.contain('客户：坏数据集团').and.contain('等级：必须是以下之一');
    await until(() => text(status).includes('已同步，但有记录需要处理'), 'round over, attention asked');
    expect(text(status)).to.not.contain('已是最新');
    const raw = status.shadowRoot!.querySelector('[part="quarantine"] details')!;
    expect(raw.textContent).to.contain('"Z9"');
    await expect(status).to.be.accessible();

    // The server fixes the row: the next pull releases it and the list goes away.
    await backend.patch('customers', 'q1', { tier: 'A1', updatedAt: '2026-11-02T08:00:00.000Z' });
    await provider.sync!.syncNow();
    await until(() => !text(status).includes('无法使用的服务器记录'), 'released');
    expect((await getStore(database).customers.get('q1'))?.tier).to.equal('A1');
  });

  it('words a failing table in a sentence, with the HTTP detail on demand, while the other tables sync', async () => {
    backend = await TestBackend.start({
      customers: [customer('ok-1', { updatedAt: '2026-11-01T08:00:00.000Z' })],
      opportunities: [],
    });
    await backend.faults({ kind: 'status', status: 500, method: 'GET', path: '/opportunities', times: 1000 });
    const provider = await fixture<CrmProvider>(html`<crm-provider database=${database} endpoint=${backend.url}
      .syncOptions=${{ resources: ['opportunities', 'customers'], pullIntervalMs: 0, retry: { baseMs: 20, maxMs: 200 } }}>
      <crm-sync-status></crm-sync-status>
    </crm-provider>`);
    const status = provider.querySelector('crm-sync-status') as CrmSyncStatus;
    await until(async () => (await getStore(database).customers.get('ok-1')) !== undefined, 'customers still pulled');
    await until(() => text(status).includes('By table'), 'per-table state shown');
    expect(text(status)).to.contain('The server had a problem').and.contain('Opportunity');
    const details = status.shadowRoot!.querySelector('[part="resources"] details')!;
    expect(details.textContent).to.contain('HTTP 500');
    expect(details.hasAttribute('open')).to.equal(false);
    await expect(status).to.be.accessible();
  });
});
