/**
 * The account list on paper (print media emulated): every row in document flow from the top of the widget
 * (the virtualizer's contained scroll box used to push the rows to page 2 and leave page 1 blank; seen in a
 * Chromium PDF, docs/screenshots/accounts/accounts-print.pdf made with `node scripts/screenshots.mjs --pdf
 * accounts`), whole values; back on screen the virtualizer returns. Also the compact totals of the status bar.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../../src/components/account-list/account-list.js';
import type { CrmAccountList } from '../../../src/components/account-list/account-list.js';
import { deleteStores, freshStore, until } from '../../support/fixtures.js';
import { compactMoney } from '../funnel-chart/helpers.js';
import { ignoreResizeObserverNotice } from './resize-observer-notice.js';

const COUNT = 300;
const customers = Array.from({ length: COUNT }, (_, i) => ({
  id: `c-${String(i).padStart(3, '0')}`,
  name: `客户 ${String(i).padStart(3, '0')} 有限公司`,
  alias: `Customer ${i} Holdings International Co., Ltd.`,
  tier: 'B2',
  annualRevenue: 123_456_789_00 + i,
  currency: i % 2 ? 'CNY' : 'USD',
}));
const rowsOf = (el: CrmAccountList) => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="row"]:not([part~="header-row"])'),
];

describe('<crm-account-list> print and totals', () => {
  let restore: () => void;
  before(() => {
    restore = ignoreResizeObserverNotice();
  });
  after(async () => {
    restore();
    await emulateMedia({ media: 'screen' });
    await deleteStores();
  });

  it('prints every row in flow from the first page, with whole values, and goes back to the virtualizer', async () => {
    const store = freshStore();
    await store.import({ customers });
    const el = await fixture<CrmAccountList>(html`<crm-account-list .store=${store} lang="en"></crm-account-list>`);
    await until(() => rowsOf(el).length > 0 && el.visibleRows.length === COUNT, 'rows');
    // On screen only the rows in view exist.
    expect(rowsOf(el).length).to.be.lessThan(COUNT);

    await emulateMedia({ media: 'print' });
    await until(() => rowsOf(el).length === COUNT, 'every row rendered for print');
    const grid = el.shadowRoot!.querySelector<HTMLElement>('[part="grid"]')!;
    expect(getComputedStyle(grid).overflowY).to.equal('visible');
    const rows = rowsOf(el);
    expect(getComputedStyle(rows[0]!).position).to.equal('static');
    // The first row sits right under the header, at the top of the widget (page 1), not a page further down.
    const top = rows[0]!.getBoundingClientRect().top - el.getBoundingClientRect().top;
    expect(top).to.be.within(0, 200);
    // Rows follow each other in order (no absolute positions stacking them).
    expect(rows[1]!.getBoundingClientRect().top).to.be.greaterThan(rows[0]!.getBoundingClientRect().top);
    // Whole values: the alias cell wraps instead of ending in an ellipsis.
    const alias = rows[0]!.querySelector<HTMLElement>('.alias')!;
    expect(getComputedStyle(alias).whiteSpace).to.equal('normal');
    expect(alias.scrollWidth).to.be.at.most(alias.clientWidth + 1);
    expect(getComputedStyle(el.shadowRoot!.querySelector('[part="toolbar"]')!).display).to.equal('none');

    await emulateMedia({ media: 'screen' });
    await until(() => rowsOf(el).length < COUNT, 'virtualized again');
  });

  it('shows compact revenue and pipeline totals of the shown accounts per currency, in en and zh-CN', async () => {
    const store = freshStore();
    await store.import({
      customers: customers.slice(0, 4),
      opportunities: [
        { id: 'o1', customerId: 'c-001', name: 'A', stage: 'proposal', amount: 5_000_000, currency: 'CNY' },
        { id: 'o2', customerId: 'c-001', name: 'B', stage: 'lost', amount: 9_000_000, currency: 'CNY' },
      ],
    });
    const el = await fixture<CrmAccountList>(html`<crm-account-list .store=${store} lang="en"></crm-account-list>`);
    const totals = () => el.shadowRoot!.querySelector('[part="totals"]')?.textContent?.trim() ?? '';
    await until(() => totals().includes('CN¥50K'), 'totals');
    // Two CNY and two USD accounts: never added across currencies; the lost deal is not pipeline.
    const cny = (123_456_789_01 + 123_456_789_03) / 100;
    const usd = (123_456_789_00 + 123_456_789_02) / 100;
    expect(totals()).to.equal(
      `Annual revenue ${compactMoney('en', 'USD', usd)} + ${compactMoney('en', 'CNY', cny)} · open pipeline ${compactMoney('en', 'USD', 0)} + ${compactMoney('en', 'CNY', 50_000)}`,
    );
    el.lang = 'zh-CN';
    await until(() => totals().startsWith('年收入'), 'Chinese totals');
    expect(totals()).to.contain(
      `在途商机 ${compactMoney('zh-CN', 'USD', 0)} + ${compactMoney('zh-CN', 'CNY', 50_000)}`,
    );
    expect(totals()).to.contain('亿');
  });
});
