import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/components/account-list/account-list.js';
import type { CrmAccountList } from '../../../src/components/account-list/account-list.js';
import type { OutboxEntry } from '../../../src/data/outbox.js';
import { CrmStore } from '../../../src/data/store.js';
import { deleteStores, freshStore, until } from '../../support/fixtures.js';
import { ignoreResizeObserverNotice } from './resize-observer-notice.js';

const NOW = '2026-11-25T00:00:00.000Z';
const root = (el: HTMLElement) => el.shadowRoot!;
const names = (el: CrmAccountList) =>
  [...root(el).querySelectorAll('[part~="row"]:not([part~="header-row"]) .name')].map((n) =>
    n.textContent!.replace(/[▾▸]/g, '').trim(),
  );
const visibleIds = (el: CrmAccountList) => el.visibleRows.map((r) => r.id);

const customers = [
  {
    id: 'g',
    name: '华东能源集团',
    alias: 'East China Energy Group',
    owner: '王磊',
    industry: 'energy',
    tier: 'A1',
    annualRevenue: 900000000,
    currency: 'CNY',
    relationship: 'partnership',
  },
  {
    id: 'g-a',
    name: '华东能源江苏分公司',
    alias: 'East China Energy Jiangsu',
    parentId: 'g',
    owner: '王磊',
    industry: 'energy',
    tier: 'B1',
    annualRevenue: 200000000,
    currency: 'CNY',
    riskFlags: ['credit:overdue', 'market:sector-downturn'],
  },
  {
    id: 'cq',
    name: '重庆银行',
    alias: 'Bank of Chongqing',
    owner: '李娜',
    industry: 'finance',
    tier: 'A2',
    annualRevenue: 500000000,
    currency: 'CNY',
  },
  {
    id: 'zg',
    name: '中国银行苏州分行',
    alias: 'Bank of China Suzhou',
    owner: '李娜',
    industry: 'finance',
    tier: 'B2',
    currency: 'CNY',
  },
  {
    id: 'xm',
    name: '厦门航空物流',
    alias: 'Xiamen Air Logistics',
    owner: '张伟',
    industry: 'logistics',
    tier: 'C',
    annualRevenue: 1000,
    currency: 'CNY',
  },
  {
    id: 'acme',
    name: 'Acme Trading',
    alias: 'Acme',
    owner: 'Alice Chen',
    industry: 'retail',
    tier: 'C',
    currency: 'USD',
  },
];
const activities = [
  { id: 'a1', customerId: 'cq', kind: 'visit', at: '2026-11-20T00:00:00.000Z', subject: 'Visit' },
  { id: 'a2', customerId: 'g', kind: 'call', at: '2026-11-01T00:00:00.000Z', subject: 'Call' },
];
const opportunities = [
  { id: 'o1', customerId: 'xm', name: 'Cold chain', stage: 'proposal', amount: 5000000, currency: 'CNY' },
  { id: 'o2', customerId: 'xm', name: 'Lost one', stage: 'lost', amount: 9000000, currency: 'CNY' },
];

async function list(store: CrmStore, attrs: { lang?: string; variant?: string } = {}) {
  const el = await fixture<CrmAccountList>(
    html`<crm-account-list .store=${store} now=${NOW} lang=${attrs.lang ?? 'en'} variant=${attrs.variant ?? 'full'}></crm-account-list>`,
  );
  await until(
    () => root(el).querySelectorAll('[part~="row"]').length > 1 || !!root(el).querySelector('[part="message"]'),
    'rows',
  );
  return el;
}

async function seeded(attrs?: { lang?: string; variant?: string }) {
  const store = freshStore();
  await store.import({ customers, activities, opportunities });
  const el = await list(store, attrs);
  // All rows can show from the first page (customers only) before the activities arrive: wait for the whole
  // data, or warning signs and last contacts are judged without activities (seen under a loaded machine).
  await until(
    () =>
      names(el).length === customers.length &&
      !/Loading all accounts|正在加载全部客户/.test(root(el).textContent ?? ''),
    'all rows, with their activities',
  );
  return { el, store };
}

async function search(el: CrmAccountList, text: string) {
  const input = root(el).querySelector<HTMLInputElement>('[part="search"]')!;
  input.value = text;
  input.dispatchEvent(new Event('input'));
  await el.updateComplete;
}

describe('<crm-account-list>', () => {
  afterEach(deleteStores);

  let restore: () => void;
  before(() => {
    restore = ignoreResizeObserverNotice();
  });
  after(() => restore());

  it('lists accounts sorted by name in Chinese (pinyin) collation, with count, derived columns and zh-CN labels', async () => {
    const { el } = await seeded();
    // Intl.Collator('zh-CN'): Chinese by pinyin (chong, huadong…, xia, zhong), then Latin script.
    expect(names(el)).to.deep.equal([
      '重庆银行',
      '华东能源集团',
      '华东能源江苏分公司',
      '厦门航空物流',
      '中国银行苏州分行',
      'Acme Trading',
    ]);
    expect(root(el).querySelector('[part="status"]')!.textContent).to.contain('6 accounts');
    const xm = root(el).querySelector('[data-id="xm"]')!;
    expect(xm.querySelector('.pipeline')!.textContent).to.contain('50,000.00');
    expect(root(el).querySelector('[data-id="g-a"] .risk')!.textContent!.trim()).to.equal('Medium');
    expect(root(el).querySelector('[data-id="cq"] .lastContact')!.textContent!.trim()).to.equal('2026-11-20');
    await expect(el).to.be.accessible();
    el.lang = 'zh-CN';
    await el.updateComplete;
    expect(root(el).querySelector('[part="header-row"]')!.textContent).to.contain('客户名称');
    expect(root(el).querySelector('[part="status"]')!.textContent).to.contain('共 6 个客户');
    await expect(el).to.be.accessible();
    // Traditional Chinese: code labels come from the Traditional tables (a cell is not left in Simplified).
    el.columns = ['name', 'relationship'];
    el.lang = 'zh-TW';
    await until(
      () => root(el).querySelector('[data-id="g"] .relationship')?.textContent?.trim() === '夥伴型',
      'zh-TW label',
    );
  });

  it('searches by substring over name, alias, owner and id, then by pinyin in full and by initials; announces the count', async () => {
    const { el } = await seeded();
    await search(el, '能源');
    expect(visibleIds(el)).to.deep.equal(['g', 'g-a']);
    await search(el, 'bank of');
    expect(visibleIds(el)).to.deep.equal(['cq', 'zg']);
    await search(el, '张伟');
    expect(visibleIds(el)).to.deep.equal(['xm']);
    await search(el, 'acme');
    expect(visibleIds(el)).to.deep.equal(['acme']);
    // Pinyin loads on the first search; polyphones are read in context (重庆 chongqing, 银行 yinhang).
    await search(el, 'chongqingyinhang');
    await until(() => visibleIds(el).join() === 'cq', 'pinyin full spelling');
    await search(el, 'hdny');
    expect(visibleIds(el)).to.deep.equal(['g', 'g-a']);
    await search(el, 'zgyh');
    expect(visibleIds(el)).to.deep.equal(['zg']);
    await search(el, 'xiamen hangkong');
    expect(visibleIds(el)).to.deep.equal(['xm']);
    const live = root(el).querySelector('[aria-live="polite"]')!;
    await until(() => live.textContent!.trim() === '1 of 6 accounts', 'polite announcement of the count');
    await search(el, 'qqqq');
    expect(root(el).querySelector('[part="message"]')!.textContent).to.contain('No accounts match “qqqq”');
    await expect(el).to.be.accessible();
    root(el).querySelector<HTMLButtonElement>('[part="message"] button')!.click();
    await el.updateComplete;
    expect(visibleIds(el)).to.have.length(6);
  });

  it('filters by tier, owner, industry, relationship, risk and warning signs; sorts by revenue, tier, last contact and pipeline', async () => {
    const { el } = await seeded();
    const choose = async (filter: string, value: string) => {
      const select = root(el).querySelector<HTMLSelectElement>(`select[data-filter="${filter}"]`)!;
      select.value = value;
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
    };
    await choose('owner', '李娜');
    expect(visibleIds(el)).to.deep.equal(['cq', 'zg']);
    await choose('tier', 'A2');
    expect(visibleIds(el)).to.deep.equal(['cq']);
    await choose('tier', '');
    await choose('owner', '');
    await choose('industry', 'energy');
    expect(visibleIds(el)).to.deep.equal(['g', 'g-a']);
    await choose('risk', 'medium');
    expect(visibleIds(el)).to.deep.equal(['g-a']);
    await choose('risk', '');
    await choose('industry', '');
    await choose('relationship', 'partnership');
    expect(visibleIds(el)).to.deep.equal(['g']);
    await choose('relationship', '');
    const warnings = root(el).querySelector<HTMLInputElement>('input[data-filter="warnings"]')!;
    warnings.click();
    await el.updateComplete;
    // Visited 5 days before "now": no warning sign; g was called 24 days ago (limit 30); the rest never.
    expect(visibleIds(el)).to.deep.equal(['g-a', 'xm', 'zg', 'acme']);
    warnings.click();
    const sortBy = async (key: string, descending: boolean) => {
      el.sortKey = key as CrmAccountList['sortKey'];
      el.descending = descending;
      await el.updateComplete;
      return visibleIds(el);
    };
    expect(await sortBy('revenue', true)).to.deep.equal(['g', 'cq', 'g-a', 'xm', 'zg', 'acme']);
    expect(await sortBy('revenue', false)).to.deep.equal(['xm', 'g-a', 'cq', 'g', 'zg', 'acme']);
    expect(await sortBy('tier', false)).to.deep.equal(['g', 'cq', 'g-a', 'zg', 'xm', 'acme']);
    expect((await sortBy('lastContact', true)).slice(0, 2)).to.deep.equal(['cq', 'g']);
    expect((await sortBy('pipeline', true))[0]).to.equal('xm');
  });

  it('keyboard: arrows move, Enter fires crm-customer-select, Space selects (aria-selected), type-ahead jumps', async () => {
    const { el } = await seeded();
    const grid = root(el).querySelector<HTMLElement>('[part="grid"]')!;
    grid.focus();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(grid.getAttribute('aria-activedescendant')).to.equal('row-1');
    setTimeout(() => sendKeys({ press: 'Enter' }));
    const event = await oneEvent(el, 'crm-customer-select');
    expect(event.detail).to.deep.equal({ customerId: 'g' });
    expect(event.bubbles && event.composed).to.equal(true);
    // The chosen account is the attribute too, as the README says (a page may read either).
    await el.updateComplete;
    expect(el.getAttribute('selected-id')).to.equal('g');
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(root(el).querySelector('[data-id="g"]')!.getAttribute('aria-selected')).to.equal('true');
    expect(el.selectedIds).to.deep.equal(['g']);
    await sendKeys({ press: 'End' });
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(el.selectedIds).to.deep.equal(['g', 'acme']);
    await sendKeys({ type: 'xia' });
    await el.updateComplete;
    expect(
      root(el)
        .querySelector('#' + grid.getAttribute('aria-activedescendant'))!
        .getAttribute('data-id'),
    ).to.equal('xm');
    await expect(el).to.be.accessible();
  });

  it('exports the selected rows, visible columns only, with localised headers', async () => {
    const { el } = await seeded({ lang: 'zh-CN' });
    el.columns = ['name', 'owner', 'revenue'];
    await el.updateComplete;
    const grid = root(el).querySelector<HTMLElement>('[part="grid"]')!;
    grid.focus();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Space' });
    const lines = (await el.exportCsv())
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/);
    expect(lines).to.deep.equal(['客户名称,客户经理,年收入', '华东能源集团,王磊,"¥9,000,000.00"']);
  });

  it('group hierarchy as a tree: levels, collapse and expand by keyboard', async () => {
    const { el } = await seeded();
    el.tree = true;
    await el.updateComplete;
    expect(visibleIds(el)).to.deep.equal(['cq', 'g', 'g-a', 'xm', 'zg', 'acme']);
    // The virtualizer re-renders its rows in its own update after the element's.
    await until(() => root(el).querySelector('[data-id="g-a"]')?.getAttribute('aria-level') === '2', 'tree rows');
    expect(root(el).querySelector('[data-id="g"]')!.getAttribute('aria-expanded')).to.equal('true');
    expect(root(el).querySelector('[role="treegrid"]')).to.not.equal(null);
    const grid = root(el).querySelector<HTMLElement>('[part="grid"]')!;
    grid.focus();
    for (let i = 0; i < 2; i++) await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(visibleIds(el)).to.deep.equal(['cq', 'g', 'xm', 'zg', 'acme']);
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(visibleIds(el)).to.contain('g-a');
    // A search keeps the ancestors of a match, so it shows where it sits in its group.
    await search(el, '江苏');
    expect(visibleIds(el)).to.deep.equal(['g', 'g-a']);
    await expect(el).to.be.accessible();
  });

  it('live: an edit elsewhere shows in place, keeping the scroll position and the selection', async () => {
    const store = freshStore();
    const many = Array.from({ length: 3000 }, (_, i) => ({
      id: `c${String(i).padStart(4, '0')}`,
      name: `Account ${String(i).padStart(4, '0')}`,
      owner: 'Eve',
    }));
    await store.import({ customers: many });
    const el = await list(store);
    await until(() => el.visibleRows.length === 3000, 'all loaded');
    const scroller = root(el).querySelector<HTMLElement>('[part="grid"]')!;
    scroller.scrollTop = 30000;
    await until(
      () => !!root(el).querySelector('[data-id="c1000"]') || names(el).some((n) => n > 'Account 0800'),
      'scrolled rows rendered',
    );
    const shown = [...root(el).querySelectorAll<HTMLElement>('[part~="row"][data-id]')].map((r) => r.dataset.id!);
    const target = shown[Math.floor(shown.length / 2)]!;
    root(el)
      .querySelector<HTMLElement>(`[data-id="${target}"]`)!
      .dispatchEvent(new MouseEvent('click', { bubbles: true, ctrlKey: true }));
    await el.updateComplete;
    const top = scroller.scrollTop;
    // Renamed so it keeps its place in the name order (a row that moves away is not what this checks).
    const names0 = (id: string) => many.find((c) => c.id === id)!.name;
    // Another widget (or tab, or sync) renames the account through the store.
    const other = new CrmStore({ database: store.database });
    await other.customers.update(target, { name: `${names0(target)} renamed` });
    other.close();
    await until(
      () => root(el).querySelector(`[data-id="${target}"] .name`)?.textContent?.includes('renamed') ?? false,
      'live update',
    );
    expect(Math.abs(scroller.scrollTop - top)).to.be.below(2);
    expect(root(el).querySelector(`[data-id="${target}"]`)!.getAttribute('aria-selected')).to.equal('true');
    expect(el.selectedIds).to.deep.equal([target]);
  });

  it('states: loading, empty, error (with retry), compact variant; axe clean in each', async () => {
    const store = freshStore();
    const el = document.createElement('crm-account-list');
    el.store = store;
    el.lang = 'en';
    document.body.append(el);
    await el.updateComplete;
    // The first render comes before storage has even opened.
    expect(root(el).querySelector('[part="message"]')!.textContent!.trim()).to.equal('Loading accounts…');
    await expect(el).to.be.accessible();
    await until(
      () => (root(el).querySelector('[part="message"]')?.textContent ?? '').includes('No accounts yet'),
      'empty',
    );
    await expect(el).to.be.accessible();

    // A store whose reads fail: the only way to cause a read error on demand (a fault injected, said so).
    class FailingStore extends CrmStore {
      override live() {
        return {
          subscribe: (o: { error?: (e: unknown) => void }) => {
            queueMicrotask(() => o.error?.(new Error('disk on fire')));
            return { unsubscribe() {} };
          },
        } as never;
      }
    }
    const failing = await fixture<CrmAccountList>(
      html`<crm-account-list .store=${new FailingStore({ database: store.database })} lang="zh-CN"></crm-account-list>`,
    );
    await until(() => !!root(failing).querySelector('[role="alert"]'), 'error');
    expect(root(failing).querySelector('[role="alert"]')!.textContent).to.contain('无法加载客户：disk on fire');
    await expect(failing).to.be.accessible();

    // The virtualizer renders only rows inside the viewport: take the earlier lists off the page.
    el.remove();
    failing.remove();
    const { el: compact } = await seeded({ variant: 'compact' });
    expect([...root(compact).querySelectorAll('[role="columnheader"]')].map((h) => h.textContent)).to.deep.equal([
      'Name',
      'Tier',
      'Owner',
    ]);
    expect(root(compact).querySelector('select[data-filter]')).to.equal(null);
    await expect(compact).to.be.accessible();
  });

  it('New account: validation at each field, parent picker, saved through the store and queued for sync', async () => {
    const { el, store } = await seeded();
    [...root(el).querySelectorAll('button')].find((b) => b.textContent!.trim() === 'New account')!.click();
    await el.updateComplete;
    const form = root(el).querySelector('crm-account-form')!;
    await form.updateComplete;
    const f = form.shadowRoot!;
    const type = async (id: string, value: string) => {
      const input = f.querySelector<HTMLInputElement>(`#${id}`)!;
      input.value = value;
      input.dispatchEvent(new Event('input'));
      input.dispatchEvent(new Event('blur'));
      await form.updateComplete;
    };
    await type('creditLimit', '12.345');
    expect(f.querySelector('#creditLimit-error')!.textContent).to.contain('at most 2 decimals');
    await type('currency', 'rmb1');
    expect(f.querySelector('#currency-error')!.textContent).to.contain('ISO 4217');
    f.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await form.updateComplete;
    expect(f.querySelector('#name-error')!.textContent).to.equal('must not be empty');
    expect(f.querySelector('#name')!.getAttribute('aria-invalid')).to.equal('true');
    await expect(form).to.be.accessible();
    await type('name', '华东能源浙江分公司');
    await type('currency', 'CNY');
    await type('creditLimit', '100万');
    const parent = f.querySelector<HTMLInputElement>('#parentId')!;
    parent.focus();
    parent.value = '华东能源集';
    parent.dispatchEvent(new Event('input'));
    await form.updateComplete;
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await form.updateComplete;
    expect(f.textContent).to.contain('华东能源集团');
    const tier = f.querySelector<HTMLSelectElement>('#tier')!;
    tier.value = 'B2';
    tier.dispatchEvent(new Event('change'));
    await type('owner', '王磊');
    setTimeout(() => f.querySelector<HTMLButtonElement>('button[type="submit"]')!.click());
    const selected = await oneEvent(el, 'crm-customer-select');
    const saved = (await store.customers.get(selected.detail.customerId))!;
    expect(saved).to.include({
      name: '华东能源浙江分公司',
      parentId: 'g',
      tier: 'B2',
      owner: '王磊',
      creditLimit: 100000000,
      currency: 'CNY',
    });
    const outbox = (await (await store.storageBackend()).list('outbox')) as unknown as OutboxEntry[];
    expect(outbox.map((e) => [e.op, e.key])).to.deep.equal([['create', saved.id]]);
    await until(() => el.visibleRows.some((r) => r.id === saved.id), 'new account listed');
  });
});
