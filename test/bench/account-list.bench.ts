/**
 * Account list benchmarks on 100,000 accounts: the cold first render (a new store connection, the element
 * created, until its first rows are in the DOM) and the full load, and search keystroke to results
 * (input event until the first result row is rendered), after pinyin is ready, against a bare filter of
 * the same names in the same run.
 */
import Dexie from 'dexie';
import '../../src/components/account-list/account-list.js';
import type { CrmAccountList } from '../../src/components/account-list/account-list.js';
import { CrmStore } from '../../src/data/store.js';
import { ignoreResizeObserverNotice } from '../components/account-list/resize-observer-notice.js';
import { measure, record, timed } from '../support/bench.js';

const ACCOUNTS = 100_000;
const DB = 'bench-account-list';
const SYLLABLES = ['华东', '能源', '重庆', '银行', '中国', '移动', '厦门', '航空', '江苏', '电力', '上海', '科技'];
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

function customers() {
  return Array.from({ length: ACCOUNTS }, (_, i) => ({
    id: `acct-${String(i).padStart(6, '0')}`,
    name: `${SYLLABLES[i % 12]}${SYLLABLES[(i * 7 + 3) % 12]}${SYLLABLES[(i * 5 + 1) % 12]}公司${i}`,
    alias: `Account ${i}`,
    parentId: i % 10 === 0 ? null : `acct-${String(i - (i % 10)).padStart(6, '0')}`,
    industry: ['energy', 'finance', 'telecom', 'manufacturing'][i % 4],
    tier: (['A1', 'A2', 'B1', 'B2', 'C'] as const)[i % 5],
    owner: `owner-${i % 40}`,
    currency: 'CNY',
    annualRevenue: 100_000_000 + i,
  }));
}

async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 10_000 && !condition(); i++) await frame();
  if (!condition()) throw new Error('condition never held');
}

const firstRowId = (el: CrmAccountList) =>
  el.shadowRoot?.querySelector<HTMLElement>('[part~="row"][data-id]')?.dataset.id;

describe('account list benchmarks', () => {
  let restore: () => void;
  before(async function () {
    this.timeout(10 * 60 * 1000);
    restore = ignoreResizeObserverNotice();
    await Dexie.delete(DB);
    const store = new CrmStore({ database: DB });
    await store.import({ customers: customers() });
    store.close();
  });
  after(async () => {
    restore();
    await Dexie.delete(DB);
  });

  it(`first render and full load of ${ACCOUNTS.toLocaleString('en')} accounts (cold), then search keystroke to results`, async () => {
    const firsts: number[] = [];
    const fulls: number[] = [];
    const reads: number[] = [];
    let el: CrmAccountList | undefined;
    for (let run = 0; run < 3; run++) {
      const reader = new CrmStore({ database: DB });
      reads.push(await timed(() => reader.customers.list()));
      reader.close();

      el?.remove();
      const store = new CrmStore({ database: DB });
      const start = performance.now();
      el = document.createElement('crm-account-list');
      el.store = store;
      el.lang = 'zh-CN';
      document.body.append(el);
      await until(() => firstRowId(el!) !== undefined);
      firsts.push(performance.now() - start);
      await until(() => el!.visibleRows.length === ACCOUNTS);
      fulls.push(performance.now() - start);
    }
    await record({
      group: 'account-list',
      name: `first rows on screen, ${ACCOUNTS.toLocaleString('en')} accounts, cold (median)`,
      value: median(firsts),
      unit: 'ms',
      runs: firsts.length,
      baseline: { name: 'reading the whole customers table once (store.customers.list)', value: median(reads) },
    });
    await record({
      group: 'account-list',
      name: `all ${ACCOUNTS.toLocaleString('en')} accounts loaded, sorted (pinyin collation) and shown, cold (median)`,
      value: median(fulls),
      unit: 'ms',
      runs: fulls.length,
      baseline: { name: 'reading the whole customers table once', value: median(reads) },
    });

    // Search: pinyin ready first (it loads on the first search), then keystrokes of several kinds.
    const list = el!;
    const input = list.shadowRoot!.querySelector<HTMLInputElement>('[part="search"]')!;
    const type = async (text: string) => {
      input.value = text;
      input.dispatchEvent(new Event('input'));
      await list.updateComplete;
      const expected = list.visibleRows[0]?.id;
      await until(() => firstRowId(list) === expected || !expected);
    };
    const pinyinStart = performance.now();
    await type('h');
    await until(() => {
      list.requestUpdate();
      return (list as unknown as { search: { hasPinyin: boolean } }).search.hasPinyin;
    });
    const pinyinReady = performance.now() - pinyinStart;
    // Typed as people type: word by word, a keystroke at a time (the field cleared between words).
    const words = ['能源', 'hdny', 'chongqing', 'account 12', 'owner-3', 'acct-0999', '华东能源', 'zgyd', 'yinhang'];
    const keystrokes = words.flatMap((w) => ['', ...Array.from(w, (_, i) => w.slice(0, i + 1))]);
    let q = 0;
    const updates: number[] = [];
    const keystroke = await measure(
      async () => {
        const start = performance.now();
        input.value = keystrokes[q++ % keystrokes.length]!;
        input.dispatchEvent(new Event('input'));
        await list.updateComplete;
        updates.push(performance.now() - start);
        const expected = list.visibleRows[0]?.id;
        await until(() => firstRowId(list) === expected || !expected);
      },
      { runs: keystrokes.length * 2, warmup: 0 },
    );
    console.log('element update only (median ms)', median(updates));
    const queries = words;
    const names = customers().map((c) => c.name.toLowerCase());
    let b = 0;
    const bare = await measure(
      () => {
        const query = queries[b++ % queries.length]!;
        return names.filter((n) => n.includes(query)).length;
      },
      { runs: 20, warmup: 2 },
    );
    await record({
      group: 'account-list',
      name: `search keystroke to results at ${ACCOUNTS.toLocaleString('en')} accounts (median)`,
      value: keystroke.median,
      unit: 'ms',
      runs: keystroke.runs,
      baseline: { name: 'bare Array.filter(includes) over the names', value: bare.median },
    });
    await record({
      group: 'account-list',
      name: `pinyin ready after the first keystroke (library load + spelling ${ACCOUNTS.toLocaleString('en')} names in slices)`,
      value: pinyinReady,
      unit: 'ms',
      runs: 1,
    });
    list.remove();
  });
});
