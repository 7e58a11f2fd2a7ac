import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../../src/components/import/import.js';
import type { CrmImport, ImportCompleteDetail } from '../../../src/components/import/import.js';
import { entryKeys, type OutboxEntry } from '../../../src/data/outbox.js';
import type { CrmStore } from '../../../src/data/store.js';
import { deleteStores, freshStore, until } from '../../support/fixtures.js';

const root = (el: CrmImport) => el.shadowRoot!;
const text = (el: CrmImport, selector: string) =>
  (root(el).querySelector(selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function element(store: CrmStore, lang = 'en') {
  return fixture<CrmImport>(html`<crm-import .store=${store} lang=${lang}></crm-import>`);
}

/** Chooses a committed fixture in the file field, as a user would. */
async function choose(el: CrmImport, name: string, bytes?: Uint8Array<ArrayBuffer>) {
  const data = bytes ?? new Uint8Array(await (await fetch(`/test/fixtures/${name}`)).arrayBuffer());
  const transfer = new DataTransfer();
  transfer.items.add(new File([data], name, { type: 'text/csv' }));
  const input = root(el).querySelector<HTMLInputElement>('input[type="file"]')!;
  input.files = transfer.files;
  input.dispatchEvent(new Event('change'));
  // The change clears the previous file's preview at once; wait for that render, then for the new preview.
  await el.updateComplete;
  await until(
    () => !!root(el).querySelector('[part="preview"]') || !!root(el).querySelector('[part="message"]'),
    'preview',
  );
  await el.updateComplete;
}

async function run(el: CrmImport): Promise<ImportCompleteDetail> {
  const done = oneEvent(el, 'crm-import-complete');
  root(el).querySelector<HTMLButtonElement>('button.primary')!.click();
  const event = await done;
  await el.updateComplete;
  return event.detail;
}

async function outbox(store: CrmStore): Promise<OutboxEntry[]> {
  return (await (await store.storageBackend()).list('outbox')) as unknown as OutboxEntry[];
}

const mappedFields = (el: CrmImport) =>
  [...root(el).querySelectorAll<HTMLSelectElement>('[part="mapping"] select')].map((s) => s.value);

describe('<crm-import>', () => {
  afterEach(deleteStores);

  it('GB18030 export with Chinese headers: detected, mapped, previewed, imported through the outbox; re-import updates', async () => {
    const store = freshStore();
    const el = await element(store, 'zh-CN');
    await expect(el).to.be.accessible();
    await choose(el, 'customers-gb18030.csv');
    expect(text(el, '[part="options"]')).to.contain('检测结果：GB18030 / GBK');
    expect(mappedFields(el)).to.deep.equal([
      'name',
      'alias',
      'parent',
      'owner',
      'industry',
      'tier',
      'creditLimit',
      'annualRevenue',
      'relationship',
      'notes',
    ]);
    // No id column: records are matched on the name, so importing the file again updates them.
    expect(el.keyField).to.equal('name');
    const preview = text(el, '[part="preview"]');
    expect(preview).to.contain('¥1,234.50');
    expect(preview).to.contain('¥12,000.00');
    expect(preview).to.contain('¥300,000,000.00');
    await expect(el).to.be.accessible();

    const first = await run(el);
    expect(first).to.include({ status: 'imported', created: 4, updated: 0, rejected: 0 });
    expect(text(el, '[part="message"]')).to.equal('导入完成：新增 4 条，更新 0 条。');
    const customers = await store.customers.list();
    const group = customers.find((c) => c.name === '华东能源集团')!;
    const jiangsu = customers.find((c) => c.name === '华东能源江苏分公司')!;
    expect(jiangsu).to.include({ parentId: group.id, creditLimit: 123450, annualRevenue: 1200000, currency: 'CNY' });
    expect(jiangsu.notes).to.equal('重点维护\r\n每月拜访');
    // Queued for sync as one chunk entry of the four new records (each sent as stored when pushed).
    const queued = await outbox(store);
    expect(queued.map((e) => [e.op, entryKeys(e).length])).to.deep.equal([['create', 4]]);
    expect(entryKeys(queued[0]!).sort()).to.deep.equal(customers.map((c) => c.id).sort());
    await expect(el).to.be.accessible();

    await choose(el, 'customers-gb18030.csv');
    const second = await run(el);
    expect(second).to.include({ created: 0, updated: 4 });
    expect(await store.customers.count()).to.equal(4);
    expect((await store.customers.get(jiangsu.id))!.parentId).to.equal(group.id);
  });

  it('UTF-8 with BOM and English headers; a re-import with the same ids updates instead of duplicating', async () => {
    const store = freshStore();
    const el = await element(store);
    await choose(el, 'customers-utf8-bom.csv');
    expect(text(el, '[part="options"]')).to.contain('detected: UTF-8');
    expect(mappedFields(el)).to.deep.equal([
      'id',
      'name',
      'alias',
      'parent',
      'owner',
      'industry',
      'tier',
      'creditLimit',
      'annualRevenue',
    ]);
    expect(el.keyField).to.equal('id');
    expect(await run(el)).to.include({ created: 3, updated: 0 });
    expect(await store.customers.get('en-2')).to.include({
      parentId: 'en-1',
      annualRevenue: 2500000000,
      creditLimit: 30000000,
    });

    await choose(el, 'customers-utf8-bom-update.csv');
    expect(await run(el)).to.include({ created: 0, updated: 2 });
    expect(await store.customers.count()).to.equal(3);
    expect(await store.customers.get('en-1')).to.include({ owner: 'Carol Wu', creditLimit: 250000000 });
    expect((await store.customers.get('en-3'))!.tier).to.equal('B2');
    const entries = await outbox(store);
    // Creates not yet sent absorb the later changes: the chunk entry stays the only one, and pushing it sends
    // each record as stored (with the re-import's values).
    expect(entries).to.have.length(1);
    expect(entries[0]!.op).to.equal('create');
    expect(entryKeys(entries[0]!).sort()).to.deep.equal(['en-1', 'en-2', 'en-3']);
  });

  it('a file with 3 bad rows: errors name row, column and reason; valid rows imported; rejected rows downloadable', async () => {
    const store = freshStore();
    const el = await element(store);
    await choose(el, 'customers-3-bad-rows.csv');
    expect(text(el, '[part="options"]')).to.contain('Semicolon');
    const result = await run(el);
    expect(result).to.include({ status: 'imported', created: 7, rejected: 3 });
    expect(await store.customers.count()).to.equal(7);
    const rows = [...root(el).querySelectorAll('[part="errors"] tbody tr')].map((tr) =>
      [...tr.querySelectorAll('td')].map((td) => td.textContent!.trim()),
    );
    expect(rows).to.deep.equal([
      ['4', 'annual revenue', '“twelve” is not an amount (e.g. ¥1,234.50, 1234.5, 1.2万)'],
      ['7', 'tier', '“Z9” is not one of the allowed values'],
      ['9', 'name', 'is required'],
    ]);
    await expect(el).to.be.accessible();
    root(el).querySelector<HTMLButtonElement>('[part="download"]')!.click();
    const link = root(el).querySelector<HTMLAnchorElement>('a[download]')!;
    expect(link.href).to.match(/^blob:/);
    const bytes = new Uint8Array(await (await fetch(link.href)).arrayBuffer());
    // A BOM, so Excel opens the UTF-8 file with the right encoding.
    expect([...bytes.subarray(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    const csv = new TextDecoder().decode(bytes);
    expect(csv.split('\n').map((line) => line.trim())).to.deep.equal([
      'id;name;owner;tier;annual revenue;credit limit;Error',
      'bad-3;Bad-file account 3;Dana;B2;twelve;1.2万;Row 4, annual revenue: “twelve” is not an amount (e.g. ¥1,234.50, 1234.5, 1.2万)',
      'bad-6;Bad-file account 6;Dana;Z9;6000;1.2万;Row 7, tier: “Z9” is not one of the allowed values',
      'bad-8;;Dana;B2;8000;1.2万;Row 9, name: is required',
    ]);
    // zh-CN words the reasons in Chinese.
    el.lang = 'zh-CN';
    await el.updateComplete;
    expect(text(el, '[part="errors"]')).to.contain('“twelve”不是有效金额');
  });

  it('all or nothing: one bad row keeps the whole file out', async () => {
    const store = freshStore();
    const el = await element(store);
    await choose(el, 'customers-3-bad-rows.csv');
    root(el).querySelector<HTMLInputElement>('input[name="mode"][value="all-or-nothing"]')!.click();
    const result = await run(el);
    expect(result).to.include({ status: 'rejected', created: 0, rejected: 3 });
    expect(await store.customers.count()).to.equal(0);
    expect(text(el, '[part="message"]')).to.equal('Nothing was imported: 3 problems found.');
    expect(root(el).querySelector('[part="download"]')).to.equal(null);
  });

  it('UTF-16 tab-separated opportunities refer to stored customers by name and stages by Chinese name; mapping is editable', async () => {
    const store = freshStore();
    const el = await element(store);
    await choose(el, 'customers-gb18030.csv');
    await run(el);
    await store.stages.import([
      { id: 'negotiation', name: 'Negotiation', nameZh: '谈判', order: 4, probability: 75, kind: 'open' },
      { id: 'proposal', name: 'Proposal', nameZh: '方案/报价', order: 3, probability: 50, kind: 'open' },
      { id: 'lead', name: 'Lead', nameZh: '线索', order: 1, probability: 10, kind: 'open' },
    ]);
    await choose(el, 'opportunities-utf16.csv');
    expect(el.currentKind).to.equal('opportunities');
    expect(text(el, '[part="options"]')).to.contain('detected: UTF-16 LE');
    // The user says the 客户经理 column should not be imported.
    const ownerSelect = root(el).querySelector<HTMLSelectElement>('[part="mapping"] select[data-column="6"]')!;
    ownerSelect.value = '';
    ownerSelect.dispatchEvent(new Event('change'));
    expect(await run(el)).to.include({ created: 3, rejected: 0 });
    const customers = new Map((await store.customers.list()).map((c) => [c.name, c.id]));
    const opportunities = await store.opportunities.list({ orderBy: 'name' });
    expect(
      opportunities.map((o) => [o.name, o.customerId, o.stage, o.amount, o.currency, o.expectedClose, o.owner]),
    ).to.deep.equal([
      ['Cold chain pilot', customers.get('厦门航空物流'), 'lead', 1200050, 'USD', '2027-01-05', undefined],
      ['储能项目二期', customers.get('华东能源集团'), 'negotiation', 120000000, 'CNY', '2026-11-25', undefined],
      ['网点改造', customers.get('重庆银行股份有限公司'), 'proposal', 35000000, 'CNY', '2026-12-01', undefined],
    ]);
  });

  it('contacts with Chinese headers: customers by name from the store, roles in Chinese, an unknown customer named', async () => {
    const store = freshStore();
    const el = await element(store, 'zh-CN');
    await choose(el, 'customers-gb18030.csv');
    await run(el);
    await choose(el, 'contacts-utf8.csv');
    expect(el.currentKind).to.equal('contacts');
    expect(mappedFields(el)).to.deep.equal(['customer', 'name', 'title', 'role', 'phone', 'email']);
    expect(await run(el)).to.include({ created: 2, rejected: 1 });
    const customers = new Map((await store.customers.list()).map((c) => [c.name, c.id]));
    const contacts = await store.contacts.list({ orderBy: 'name' });
    expect(contacts.map((c) => [c.name, c.customerId, c.role])).to.deep.equal([
      ['刘芳', customers.get('重庆银行股份有限公司'), 'technical-gatekeeper'],
      ['王建国', customers.get('华东能源集团'), 'decision-maker'],
    ]);
    expect(text(el, '[part="errors"] tbody')).to.contain('“不存在的客户”在文件和现有数据中都找不到');
    await expect(el).to.be.accessible();
  });

  it('a large file imports in chunks with progress, and cancel stops between chunks', async () => {
    const store = freshStore();
    const el = await element(store);
    const lines = ['id,name,owner'];
    for (let i = 0; i < 20000; i++) lines.push(`big-${i},Account ${i},Eve`);
    await choose(el, 'generated.csv', new TextEncoder().encode(lines.join('\n')));
    const done = oneEvent(el, 'crm-import-complete');
    root(el).querySelector<HTMLButtonElement>('button.primary')!.click();
    await until(() => text(el, '[part="progress"]').startsWith('Saving'), 'writing started');
    expect(root(el).querySelector('[part="progress"] progress')).to.not.equal(null);
    await expect(el).to.be.accessible();
    [...root(el).querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Cancel')!.click();
    const result = (await done).detail;
    expect(result.status).to.equal('cancelled');
    const written = await store.customers.count();
    expect(written).to.be.within(1, 19999);
    expect(written).to.equal(result.created);
    // Whole chunks (500 records, one transaction each) or nothing of a chunk.
    expect(written % 500).to.equal(0);
  });
});
