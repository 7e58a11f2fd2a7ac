import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { QuoteRecord } from '../../../src/components/quote-builder/quote-model.js';
import { deleteStores } from '../../support/fixtures.js';
import { addProduct, cell, choose, mount, q, seededStore, text, type } from './helpers.js';

const errorOf = (input: HTMLElement | null) => {
  const id = input?.getAttribute('aria-describedby');
  return id
    ? text(input!.getRootNode() instanceof ShadowRoot ? (input!.getRootNode() as ShadowRoot).getElementById(id) : null)
    : '';
};

describe('<crm-quote-builder> bad input and keyboard', () => {
  afterEach(deleteStores);

  it('refuses bad values at the field with a clear message; the quote stays consistent and savable', async () => {
    const store = await seededStore();
    const el = await mount(store, { customerId: 'cust-c' });
    await addProduct(el, 'HW-GW-001');
    const quantity = cell(el, 0, 'quantity')!;
    const cases: [HTMLInputElement, string, string][] = [
      [quantity, '-2', 'Cannot be negative.'],
      [quantity, 'ten', 'Enter a number.'],
      [quantity, '1.2345', 'At most 3 decimals.'],
      [cell(el, 0, 'lineDiscount')!, '60', 'At most 50% (policy).'],
      [cell(el, 0, 'lineDiscount')!, '5.555', 'At most 2 decimals.'],
    ];
    for (const [input, value, message] of cases) {
      await type(el, input, value);
      expect(input.getAttribute('aria-invalid'), value).to.equal('true');
      expect(errorOf(input), value).to.equal(message);
      expect(el.value!.lines[0]).to.include({ quantity: 1 });
      expect(el.value!.lines[0]!.lineDiscount).to.equal(undefined);
    }
    expect(el.pricing!.totals.gross).to.equal(11_300);

    // The free-text line: too many decimals for the currency, missing VAT rate, missing description.
    await type(el, q<HTMLInputElement>(el, '#draft-unitPrice'), '12.345');
    expect(errorOf(q(el, '#draft-unitPrice'))).to.equal('At most 2 decimals.');
    q(el, 'button.add-line')!.click();
    await el.updateComplete;
    expect(errorOf(q(el, '#draft-vatRate'))).to.equal('Required.');
    expect(errorOf(q(el, '#draft-description'))).to.equal('Required.');
    expect(el.value!.lines).to.have.length(1);

    // A product priced in another currency.
    await addProduct(el, 'HW-GPU-001');
    expect(text(q(el, '#catalog-error'))).to.equal('Priced in USD; this quote is in CNY. Lines cannot mix currencies.');
    expect(el.value!.lines).to.have.length(1);
    expect(q<HTMLSelectElement>(el, '#currency')!.disabled).to.equal(true);

    // Still a draft that saves, with what was refused kept beside it.
    await el.save();
    const stored = (await store.quotes.get(el.quoteId!)) as QuoteRecord;
    expect(stored.lines[0]).to.include({ quantity: 1 });
    expect(stored.editor?.invalid).to.deep.equal({
      [`${stored.lines[0]!.id}:quantity`]: '1.2345',
      [`${stored.lines[0]!.id}:lineDiscount`]: '5.555',
    });
    await expect(el).to.be.accessible();

    // Escape puts the stored value back.
    quantity.focus();
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(quantity.value).to.equal('1');
    expect(quantity.getAttribute('aria-invalid')).to.equal('false');
  });

  it('is keyboard-first: picker, sheet-like cells, Enter, Alt+arrows, Ctrl+Enter', async () => {
    const store = await seededStore();
    const el = await mount(store, { customerId: 'cust-c' });
    const picker = q<HTMLInputElement>(el, '#catalog-input')!;
    picker.focus();
    await sendKeys({ type: 'gateway' });
    await el.updateComplete;
    expect(picker.getAttribute('aria-expanded')).to.equal('true');
    expect(picker.getAttribute('aria-activedescendant')).to.equal('catalog-option-0');
    expect(text(q(el, '#catalog-option-0'))).to.include('HW-GW-001');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.value!.lines.map((l) => l.productId)).to.deep.equal(['prod-gw']);
    // Focus lands on the new line's quantity; typing re-prices at once.
    expect(el.shadowRoot!.activeElement).to.equal(cell(el, 0, 'quantity'));
    await sendKeys({ type: '4' }); // the cell's text was selected: replaced
    await el.updateComplete;
    expect(el.value!.lines[0]!.quantity).to.equal(4);

    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'Enter' });
    await sendKeys({ up: 'Control' });
    expect(el.shadowRoot!.activeElement).to.equal(picker);
    await sendKeys({ type: 'SV-IMPL' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.value!.lines).to.have.length(2);

    // Arrows move between rows in the same column; Enter confirms and goes down.
    cell(el, 0, 'quantity')!.focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(el.shadowRoot!.activeElement).to.equal(cell(el, 1, 'quantity'));
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'Enter' });
    expect(el.shadowRoot!.activeElement).to.equal(cell(el, 1, 'quantity'));
    // Alt+ArrowUp moves the line up, and focus stays with it.
    await sendKeys({ down: 'Alt' });
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ up: 'Alt' });
    await el.updateComplete;
    expect(el.value!.lines.map((l) => l.productId)).to.deep.equal(['prod-svc', 'prod-gw']);
    expect(el.shadowRoot!.activeElement).to.equal(cell(el, 0, 'quantity'));
    // Every cell has a label a screen reader reads.
    expect(cell(el, 0, 'quantity')!.getAttribute('aria-label')).to.equal('Quantity, line 1: Implementation service');
  });

  it('changing the currency is refused while lines exist; an empty quote may change it', async () => {
    const store = await seededStore();
    const el = await mount(store, { customerId: 'cust-c' });
    await choose(el, q<HTMLSelectElement>(el, '#currency'), 'USD');
    expect(el.value!.currency).to.equal('USD');
    await addProduct(el, 'HW-GPU-001');
    expect(el.value!.lines[0]).to.include({ productId: 'prod-usd', unitPrice: 890_000 });
    expect(text(q(el, '#currency-why'))).to.include('Remove the lines');
    await type(el, q<HTMLInputElement>(el, '#draft-unitPrice'), '1.005');
    expect(errorOf(q(el, '#draft-unitPrice'))).to.equal('At most 2 decimals.');
  });

  it('is accessible with the working open and in Chinese', async () => {
    const store = await seededStore();
    const el = await mount(store, { customerId: 'cust-a1', lang: 'zh-CN' });
    await addProduct(el, 'HW-GW-001');
    await type(el, cell(el, 0, 'quantity'), '150');
    q(el, 'button[data-action="working"]')!.click();
    await el.updateComplete;
    expect(text(q(el, '.working'))).to.include('批量折扣');
    expect(cell(el, 0, 'quantity')!.getAttribute('aria-label')).to.equal('第 1 行（Gateway, industrial）的数量');
    await expect(el).to.be.accessible();
  });
});
