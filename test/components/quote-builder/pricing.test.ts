import { expect } from '@open-wc/testing';
import { DEFAULT_QUOTE_POLICY } from '../../../src/components/quote-builder/quote-builder.js';
import { formatMoney } from '../../../src/core/money.js';
import { priceQuote } from '../../../src/core/pricing.js';
import { deleteStores } from '../../support/fixtures.js';
import { addFreeLine, addProduct, cell, choose, mount, q, qa, seededStore, text, type } from './helpers.js';

const money = (amount: number) => formatMoney({ amount, currency: 'CNY' }, { locale: 'en' });
/** DOMAIN.md's worked quote: promotion 5 % on top of the default slab, tier and cash rules. */
const WORKED_POLICY = {
  pricing: { ...DEFAULT_QUOTE_POLICY.pricing, promotions: [{ id: 'promo', name: 'Promotion', percent: 5 }] },
};

describe('<crm-quote-builder> live pricing', () => {
  afterEach(deleteStores);

  it('prices the README worked quote entered through the UI exactly like the engine, line by line', async () => {
    const store = await seededStore();
    const el = await mount(store, { customerId: 'cust-a1', policy: WORKED_POLICY });
    await type(el, q<HTMLInputElement>(el, '#payment-terms'), 'prepaid');
    await addProduct(el, 'NET-RT-100');
    await type(el, cell(el, 0, 'quantity'), '600');
    await addFreeLine(el, { description: 'Cable', quantity: '2.5', unitPrice: '19.99', vatRate: '13' });

    // The engine on the same quote gives the reference figures (README: net 51,474.99, VAT 6,691.75).
    const reference = priceQuote(
      {
        id: el.value!.id,
        customerId: 'cust-a1',
        currency: 'CNY',
        priceMode: 'tax-excluded',
        paymentTerms: 'prepaid',
        lines: el.value!.lines,
      },
      WORKED_POLICY.pricing,
      { tier: 'A1' },
    );
    const [l1, l2] = el.pricing!.lines;
    expect(l1!.steps.map((s) => [s.kind, s.input, s.discount, s.output])).to.deep.equal([
      ['promotion', 6_000_000, 300_000, 5_700_000],
      ['volume', 5_700_000, 285_000, 5_415_000],
      ['customer', 5_415_000, 162_450, 5_252_550],
      ['cash', 5_252_550, 105_051, 5_147_499],
    ]);
    expect([l1!.net, l1!.tax, l1!.gross, l1!.marginPercent]).to.deep.equal([5_147_499, 669_175, 5_816_674, 30.06]);
    expect([l2!.net, l2!.tax, l2!.gross]).to.deep.equal([4_514, 587, 5_101]);
    el.pricing!.lines.forEach((line, i) => {
      const ref = reference.lines[i]!;
      expect([line.listAmount, line.finalAmount, line.net, line.tax, line.gross]).to.deep.equal([
        ref.listAmount,
        ref.finalAmount,
        ref.net,
        ref.tax,
        ref.gross,
      ]);
    });
    expect(el.pricing!.totals).to.deep.equal(reference.totals);

    // What the person sees: each step of line 1's working and the totals, to the fen.
    q(el, 'button[data-action="working"]')!.click();
    await el.updateComplete;
    const working = text(q(el, '.working'));
    for (const amount of [
      6_000_000, 300_000, 5_700_000, 285_000, 5_415_000, 162_450, 5_252_550, 105_051, 5_147_499, 669_175, 5_816_674,
    ]) {
      expect(working).to.include(money(amount));
    }
    expect(working).to.include('30.06%');
    expect(text(q(el, '.working .step-volume'))).to.include('100 from 0 to 100 at 0%');
    const totals = text(q(el, '.totals'));
    expect(totals).to.include(money(5_152_013)).and.include(money(669_762)).and.include(money(5_821_775));
    expect(text(q(el, '.totals .discount-cash'))).to.include(money(105_051 + 92));
    expect(text(q(el, '.totals .tax-rate'))).to.include('VAT 13%');
  });

  it('takes tax-included prices: net and tax are split out of the gross, and the mode switch converts back exactly', async () => {
    const store = await seededStore();
    const el = await mount(store, { customerId: 'cust-c' });
    await choose(el, q<HTMLSelectElement>(el, '#price-mode'), 'tax-included');
    await addProduct(el, 'HW-GW-001');
    expect(el.value!.lines[0]!.unitPrice).to.equal(11_300); // ¥100.00 net -> ¥113.00 gross at 13 %
    await addFreeLine(el, { description: 'Survey', quantity: '1', unitPrice: '106.00', vatRate: '6' });
    const [gw, survey] = el.pricing!.lines;
    expect([gw!.net, gw!.tax, gw!.gross]).to.deep.equal([10_000, 1_300, 11_300]);
    expect([survey!.net, survey!.tax, survey!.gross]).to.deep.equal([10_000, 600, 10_600]);
    expect(text(q(el, '.totals .grand'))).to.include(money(21_900));
    expect(text(q(el, '.totals .net'))).to.include(money(20_000));

    await choose(el, q<HTMLSelectElement>(el, '#price-mode'), 'tax-excluded');
    expect(el.value!.lines.map((l) => l.unitPrice)).to.deep.equal([10_000, 10_000]);
    expect(el.pricing!.totals.gross).to.equal(21_900);
  });

  it('volume discount: slab gives each band its rate, range gives the whole line the reached rate', async () => {
    const store = await seededStore();
    const slab = await mount(store, { customerId: 'cust-c' });
    await addProduct(slab, 'NET-RT-100');
    await type(slab, cell(slab, 0, 'quantity'), '600');
    expect(slab.pricing!.lines[0]!.steps.map((s) => [s.kind, s.discount])).to.deep.equal([['volume', 300_000]]);

    const rangePolicy = {
      pricing: {
        volume: [{ ...DEFAULT_QUOTE_POLICY.pricing.volume![0]!, method: 'range' as const }],
      },
    };
    // The store enforces approvals with one set of pricing rules: a different method needs its own store.
    const range = await mount(await seededStore(), { customerId: 'cust-c', policy: rangePolicy });
    await addProduct(range, 'NET-RT-100');
    await type(range, cell(range, 0, 'quantity'), '600');
    expect(range.pricing!.lines[0]!.steps.map((s) => [s.kind, s.discount])).to.deep.equal([['volume', 600_000]]);
    expect(text(range.shadowRoot!.querySelector('.totals .discount-volume'))).to.include(money(600_000));
    expect(text(slab.shadowRoot!.querySelector('.totals .discount-volume'))).to.include(money(300_000));
  });

  it('shows the suggested price beside a manual override, optional lines count only when chosen, groups have subtotals', async () => {
    const store = await seededStore();
    const el = await mount(store, { customerId: 'cust-c' });
    await addProduct(el, 'HW-GW-001');
    await addProduct(el, 'SV-IMPL-001');
    await type(el, cell(el, 0, 'lineDiscount'), '10');
    expect(text(q(el, 'tr.line .suggested'))).to.equal(`suggested ${money(10_000)}`);
    expect(el.pricing!.lines[0]!.finalAmount).to.equal(9_000);

    // Line 2 optional: out of the total until its box is ticked.
    q(el, 'button[data-action="working"][data-line="' + el.value!.lines[1]!.id + '"]')!.click();
    await el.updateComplete;
    const optional = q<HTMLInputElement>(el, 'input[data-field="optional"]')!;
    optional.click();
    await el.updateComplete;
    expect(el.pricing!.totals.final).to.equal(9_000);
    const include = q<HTMLInputElement>(el, 'input[data-field="selected"]')!;
    include.click();
    await el.updateComplete;
    expect(el.pricing!.totals.final).to.equal(9_000 + 350_000);

    // Both lines into one group: a header row and a subtotal row.
    const group = q<HTMLInputElement>(el, 'input[data-field="group"]')!;
    group.value = 'Phase 1';
    group.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(qa(el, 'tr.group-head').map(text)).to.deep.equal(['Group: Phase 1']);
    expect(text(q(el, 'tr.group-subtotal'))).to.include(money(350_000));
  });

  it('shows the amount in Chinese capitals in zh-CN', async () => {
    const store = await seededStore();
    const el = await mount(store, { customerId: 'cust-c', lang: 'zh-CN' });
    await addFreeLine(el, { description: '咨询', quantity: '1', unitPrice: '10925.37', vatRate: '13' });
    // 10,925.37 + 13 % = 12,345.67 (1,420.30 VAT)
    expect(el.pricing!.totals.gross).to.equal(1_234_567);
    expect(text(q(el, '.totals .capitals'))).to.include('壹万贰仟叁佰肆拾伍元陆角柒分');
    expect(text(q(el, 'caption'))).to.equal('报价明细（1 行）');
  });
});
