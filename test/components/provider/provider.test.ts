import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import Dexie from 'dexie';
import '../../../src/components/provider/provider.js';
import { CrmProvider } from '../../../src/components/provider/provider.js';
import '../../../src/components/tier-badge/tier-badge.js';
import { CrmStore, DEFAULT_DATABASE, getStore } from '../../../src/data/store.js';
import { customer, uniqueName, until } from '../../support/fixtures.js';

const boundBadge = (customerId: string) => Object.assign(document.createElement('crm-tier-badge'), { customerId });
const badgeCode = (badge: Element) => badge.shadowRoot?.querySelector('[part="code"]')?.textContent;

describe('<crm-provider>', () => {
  const databases: string[] = [];
  const database = () => {
    const name = uniqueName('provider');
    databases.push(name);
    return name;
  };
  after(async () => {
    for (const name of databases) {
      getStore(name).close();
      await Dexie.delete(name);
    }
  });

  it('seeds an empty database from a URL once, with progress and completion events', async () => {
    const name = database();
    const progress: string[] = [];
    const element = document.createElement('crm-provider');
    element.database = name;
    element.seed = '/test/fixtures/seed-small.json';
    element.append(boundBadge('grp-1'));
    element.addEventListener('crm-seed-progress', (e) => progress.push(e.detail.phase));
    const completed = oneEvent(element, 'crm-seed-complete');
    document.body.append(element);
    const { detail } = await completed;
    expect(detail).to.deep.equal({ status: 'imported', counts: { stages: 2, customers: 2, opportunities: 1 } });
    expect(progress).to.include.members(['fetch', 'validate', 'write']);
    await until(() => badgeCode(element.querySelector('crm-tier-badge')!) === 'A1', 'seeded tier shown');
    element.remove();

    // A reload: a new provider on the same database and seed must not duplicate anything.
    const again = document.createElement('crm-provider');
    again.database = name;
    again.seed = '/test/fixtures/seed-small.json';
    const skipped = oneEvent(again, 'crm-seed-complete');
    document.body.append(again);
    expect((await skipped).detail).to.deep.equal({ status: 'skipped', counts: {}, reason: 'already-seeded' });
    expect(await getStore(name).customers.count()).to.equal(2);
    // `seeded` says the same to a script that asks after the event fired.
    expect(await again.seeded).to.deep.equal({ status: 'skipped', counts: {}, reason: 'already-seeded' });
    again.remove();
    // Without a seed there is nothing to wait for.
    const plain = await fixture<CrmProvider>(html`<crm-provider database=${name}></crm-provider>`);
    expect(await plain.seeded).to.equal(undefined);
  });

  it('names the seed in its banner and its progress never goes back across phases', async () => {
    const element = document.createElement('crm-provider');
    element.database = database();
    element.seed = '/demo/data/sample.json';
    element.seedLabel = '演示数据';
    element.lang = 'zh-CN';
    const banners: string[] = [];
    const phases: string[] = [];
    // Each event's banner, read after the render it caused.
    element.addEventListener('crm-seed-progress', (e) => {
      phases.push(e.detail.phase);
      element.updateComplete.then(() => {
        const text = element.shadowRoot!.querySelector('[part="banner"]')?.textContent;
        if (text) banners.push(text);
      });
    });
    const completed = oneEvent(element, 'crm-seed-complete');
    document.body.append(element);
    await completed;
    element.remove();
    expect(new Set(phases).size).to.equal(3);
    expect(banners.length).to.be.greaterThan(1);
    expect(banners.every((b) => b.startsWith('正在加载 演示数据……'))).to.equal(true, banners.join('\n'));
    const percents = banners.map((b) => Number(/(\d+)%/.exec(b)![1]));
    expect(percents).to.deep.equal([...percents].sort((a, b) => a - b));
  });

  it('reports a bad seed (visibly and as an event) and writes nothing', async () => {
    const name = database();
    const element = await fixture<CrmProvider>(
      html`<crm-provider lang="en" database=${name} seed="/test/fixtures/seed-bad.json"></crm-provider>`,
    );
    const { detail } = await oneEvent(element, 'crm-seed-error');
    expect(detail.message).to.contain('customers').and.contain('bad-1').and.contain('creditLimit');
    await element.updateComplete;
    const banner = element.shadowRoot!.querySelector('[part="banner"]')!;
    expect(banner.textContent).to.contain('seed-bad.json could not be loaded').and.contain('bad-1');
    expect(banner.getAttribute('role')).to.equal('status');
    expect(await getStore(name).customers.count()).to.equal(0);
    await expect(element).to.be.accessible();
  });

  it('reports a seed URL that cannot be fetched', async () => {
    const element = await fixture<CrmProvider>(
      html`<crm-provider database=${database()} seed="/test/fixtures/missing.json"></crm-provider>`,
    );
    const { detail } = await oneEvent(element, 'crm-seed-error');
    expect(detail.message).to.contain('HTTP 404');
    const error = await element.seeded.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(String(error)).to.contain('HTTP 404');
  });

  it('shows a visible warning and fires crm-storage-fallback when IndexedDB is unavailable', async () => {
    // A fake IndexedDB that refuses to open: Chromium cannot be made to block storage from inside a test.
    const blocked = {
      open() {
        throw new DOMException('denied', 'SecurityError');
      },
    } as unknown as IDBFactory;
    const store = new CrmStore({ database: 'blocked-provider', indexedDB: blocked });
    const element = document.createElement('crm-provider');
    element.lang = 'en';
    element.store = store;
    element.append(boundBadge('m1'));
    const fallback = oneEvent(element, 'crm-storage-fallback');
    document.body.append(element);
    expect((await fallback).detail.reason).to.contain('SecurityError');
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('[part="banner"]')!.textContent).to.contain('kept in memory');
    await store.customers.put(customer('m1', { tier: 'A2' }));
    await until(() => badgeCode(element.querySelector('crm-tier-badge')!) === 'A2', 'widget works on memory storage');
    await expect(element).to.be.accessible();
    element.remove();
  });

  it('gives nested widgets the nearest provider, and lone widgets the default store, live between them', async () => {
    const defaultStore = getStore(DEFAULT_DATABASE);
    await defaultStore.ready;
    await defaultStore.customers.put(customer('shared-1', { tier: 'B2' }));
    const page = await fixture(html`<div>
      <crm-tier-badge id="lone" customer-id="shared-1"></crm-tier-badge>
      <crm-provider><crm-tier-badge id="inside" customer-id="shared-1"></crm-tier-badge></crm-provider>
    </div>`);
    const lone = page.querySelector('#lone')!;
    const inside = page.querySelector('#inside')!;
    await until(() => badgeCode(lone) === 'B2' && badgeCode(inside) === 'B2', 'both badges read the default database');
    await (page.querySelector('crm-provider') as CrmProvider).providedStore.customers.update('shared-1', {
      tier: 'A1',
    });
    await until(() => badgeCode(lone) === 'A1' && badgeCode(inside) === 'A1', 'both badges updated');
    await defaultStore.customers.delete('shared-1');
  });

  it('hands widgets over to a provider that is upgraded after them', async () => {
    const name = database();
    const store = getStore(name);
    await store.customers.put(customer('late-1', { tier: '6star', tierScheme: 'stars' }));
    const page = await fixture(
      html`<late-crm-provider database=${name}><crm-tier-badge customer-id="late-1"></crm-tier-badge></late-crm-provider>`,
    );
    const badge = page.querySelector('crm-tier-badge')!;
    await until(
      () => badge.shadowRoot?.querySelector('[part="base"]')?.classList.contains('error') ?? false,
      'not found in the default store',
    );
    customElements.define('late-crm-provider', class extends CrmProvider {});
    await until(() => badgeCode(badge) === '★★★★★★', 'the late provider took the widget over');
  });

  it('syncs with a connector alone, or a profile carrying its base URL, without an endpoint attribute', async () => {
    const listed: string[] = [];
    const connector = {
      list: async (path: string) => {
        listed.push(path);
        return { rows: [customer('from-connector', { updatedAt: '2026-11-01T00:00:00.000Z' })], total: 1 };
      },
      get: async () => undefined,
      create: async () => ({}),
      update: async () => ({}),
      remove: async () => undefined,
    };
    const name = database();
    const provider = await fixture<CrmProvider>(
      html`<crm-provider database=${name} .syncOptions=${{ connector, resources: ['customers'], pullIntervalMs: 0 }}></crm-provider>`,
    );
    await until(
      async () => (await getStore(name).customers.get('from-connector')) !== undefined,
      'pulled through the connector',
    );
    expect(listed[0]).to.equal('customers');
    expect(provider.sync?.isOwner).to.equal(true);
    provider.remove();

    const profiled = await fixture<CrmProvider>(
      html`<crm-provider database=${database()} .syncOptions=${{ profile: { baseUrl: 'http://127.0.0.1:9/api' }, resources: ['customers'] }}></crm-provider>`,
    );
    await until(() => profiled.sync !== undefined, 'engine started from the profile');
    expect(profiled.sync!.profile.baseUrl).to.equal('http://127.0.0.1:9/api');
    profiled.remove();
  });

  it('says visibly, and as an event, when the backend settings are not valid', async () => {
    const element = document.createElement('crm-provider');
    element.database = database();
    element.endpoint = 'http://127.0.0.1:9/';
    element.setAttribute('dialect', 'no-such-backend');
    const event = oneEvent(element, 'crm-sync-state');
    document.body.append(element);
    expect((await event).detail.lastError).to.contain('unknown dialect "no-such-backend"');
    await until(() => (element.shadowRoot?.textContent ?? '').includes('Sync is not running'), 'banner');
    element.remove();
  });

  it('moves widgets that show a record by id to the id the server assigned, and tells the page', async () => {
    const connector = {
      list: async () => ({ rows: [], total: 0 }),
      get: async () => undefined,
      // A server that assigns its own ids.
      create: async (_path: string, _id: string | undefined, record: Record<string, unknown>) => ({
        record: { ...record, id: 'srv-42', updatedAt: '2026-11-25T00:00:00.000Z' },
      }),
      update: async () => ({}),
      remove: async () => undefined,
    };
    const name = database();
    const store = getStore(name);
    const created = await store.customers.put(customer(crypto.randomUUID(), { tier: 'A1' }));
    const provider = document.createElement('crm-provider');
    provider.database = name;
    provider.syncOptions = { connector, resources: [{ table: 'customers', serverIds: true }], pullIntervalMs: 0 };
    const bound = document.createElement('crm-tier-badge');
    bound.setAttribute('customer-id', created.id);
    provider.append(bound);
    const remapped = oneEvent(provider, 'crm-sync-remap');
    document.body.append(provider);
    const remap = await remapped;
    expect(remap.detail).to.deep.equal({ table: 'customers', from: created.id, to: 'srv-42' });
    const badge = provider.querySelector('crm-tier-badge')!;
    expect(badge.customerId).to.equal('srv-42');
    await until(() => badgeCode(badge) === 'A1', 'badge still shows the record under its new id');
    expect(await store.customers.get(created.id)).to.equal(undefined);
    provider.remove();
  });
});
