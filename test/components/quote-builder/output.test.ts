import { expect, fixture, html } from '@open-wc/testing';
import type { CrmQuoteBuilder } from '../../../src/components/quote-builder/quote-builder.js';
import { deleteStores } from '../../support/fixtures.js';
import { addFreeLine, addProduct, cell, loaded, mount, q, qa, SALES, seededStore, text, type } from './helpers.js';

describe('<crm-quote-builder> output: form, CSV, JSON, print', () => {
  afterEach(deleteStores);

  it('inside a form: submits the quote JSON under its name, reports validity, resets', async () => {
    const store = await seededStore();
    const form = await fixture<HTMLFormElement>(html`<form>
      <crm-quote-builder name="quote" customer-id="cust-c" lang="en" as-of="2026-11-15" required
        .store=${store} .currentUser=${SALES}></crm-quote-builder>
    </form>`);
    const el = form.querySelector('crm-quote-builder') as CrmQuoteBuilder;
    await loaded(el);
    expect(el.form).to.equal(form);
    expect(form.checkValidity()).to.equal(false); // required, no line yet
    expect(el.validity.valueMissing).to.equal(true);

    await addProduct(el, 'HW-GW-001');
    expect(form.checkValidity()).to.equal(true);
    const submitted = JSON.parse(new FormData(form).get('quote') as string);
    expect(submitted).to.include({ id: el.quoteId, customerId: 'cust-c', status: 'draft', currency: 'CNY' });
    expect(submitted.lines[0]).to.include({ productId: 'prod-gw', quantity: 1, unitPrice: 10_000 });
    expect(submitted.editor).to.equal(undefined);

    await type(el, cell(el, 0, 'quantity'), '-3');
    expect(form.checkValidity()).to.equal(false);
    expect(el.validationMessage).to.equal('Some quote fields are invalid.');

    form.reset();
    await el.updateComplete;
    expect(el.value!.lines).to.deep.equal([]);
    expect(form.checkValidity()).to.equal(false);
  });

  it('exports the lines as CSV, exact and safe for spreadsheets', async () => {
    const store = await seededStore();
    const el = await mount(store, { customerId: 'cust-c' });
    await addProduct(el, 'HW-GW-001');
    await type(el, cell(el, 0, 'quantity'), '3');
    await addFreeLine(el, { description: '=HYPERLINK("x")', quantity: '1', unitPrice: '0.10', vatRate: '6' });
    const rows = el.toCsv({ headers: 'machine' }).split('\r\n');
    expect(rows[0]).to.equal(
      'line,group,productId,description,quantity,unit,unitPrice,vatRate,lineDiscount,listAmount,discountAmount,net,tax,gross,optional,included,currency,priceMode',
    );
    expect(rows[1]).to.equal(
      '1,,prod-gw,"Gateway, industrial",3,pcs,100.00,13,0,300.00,0.00,300.00,39.00,339.00,false,true,CNY,tax-excluded',
    );
    expect(rows[2]).to.equal(
      `2,,,"'=HYPERLINK(""x"")",1,,0.10,6,0,0.10,0.00,0.10,0.01,0.11,false,true,CNY,tax-excluded`,
    );
    expect(rows[3]).to.equal('');
    // For people: headers, yes/no and the price mode in the widget's language; amounts stay exact decimals.
    el.lang = 'zh-CN';
    await el.updateComplete; // the zh-CN table is fetched on first use
    const zh = el.toCsv().split('\r\n');
    expect(zh[0]).to.equal(
      '行号,分组,产品编号,品名,数量,单位,单价,税率 %,行折扣 %,目录金额,折扣金额,不含税金额,税额,价税合计,可选项,计入合计,币种,录入价格',
    );
    expect(zh[1]).to.equal(
      '1,,prod-gw,"Gateway, industrial",3,pcs,100.00,13,0,300.00,0.00,300.00,39.00,339.00,否,是,CNY,不含税',
    );
    el.lang = 'en';
    expect(el.toCsv().split('\r\n')[0]).to.match(/^Line,Group,Product ID,.*,Prices entered$/);
    el.csvHeaders = 'machine';
    expect(el.toCsv().split('\r\n')[0]).to.match(/^line,group,productId,/);

    const json = JSON.parse(el.toJson());
    expect(json.quote.id).to.equal(el.quoteId);
    expect(json.pricing.totals.gross).to.equal(33_900 + 11);
  });

  it('prints a clean document with every section; group headers stay with their rows', async () => {
    const store = await seededStore();
    const el = await mount(store, { customerId: 'cust-c' });
    const letterhead = document.createElement('div');
    letterhead.slot = 'company';
    letterhead.textContent = 'Acme Networks Ltd.';
    el.append(letterhead);
    await type(el, q<HTMLInputElement>(el, '#payment-terms'), 'net-30');
    const valid = q<HTMLInputElement>(el, '#valid-until')!;
    valid.value = '2026-12-31';
    valid.dispatchEvent(new Event('change'));
    await type(el, q<HTMLTextAreaElement>(el, '#notes'), 'Delivery within 30 days.');
    await addProduct(el, 'HW-GW-001');
    await addProduct(el, 'SV-IMPL-001');
    q(el, 'button[data-action="working"]')!.click();
    await el.updateComplete;
    const group = q<HTMLInputElement>(el, 'input[data-field="group"]')!;
    group.value = 'Phase 1';
    group.dispatchEvent(new Event('change', { bubbles: true }));
    el.view = 'print';
    await el.updateComplete;

    expect(getComputedStyle(q(el, '.editor')!).display).to.equal('none');
    const doc = q(el, 'article.print')!;
    expect(getComputedStyle(doc).display).to.equal('block');
    const slot = doc.querySelector('slot[name="company"]') as HTMLSlotElement;
    expect(slot.assignedElements()).to.deep.equal([letterhead]);
    const cells = (row: Element | null) => [...(row?.children ?? [])].map(text).join(' | ');
    const snapshot = {
      title: text(doc.querySelector('h2')),
      customer: text(doc.querySelector('.customer')),
      validity: text(doc.querySelector('.validity')),
      groups: [...doc.querySelectorAll('tbody.print-group .group-head')].map(text),
      lines: [...doc.querySelectorAll('.print-lines tbody tr:not(.group-head)')].map((r) => text(r.children[1]!)),
      tax: [...doc.querySelectorAll('.print-tax tbody tr')].map(cells),
      grand: cells(doc.querySelector('.print-totals .grand')),
      capitals: cells(doc.querySelector('.print-totals .capitals')),
      terms: text(doc.querySelector('.print-terms')),
    };
    expect(snapshot).to.deep.equal({
      title: 'Quotation',
      customer: '江南制造 (Jiangnan Manufacturing)',
      validity: 'Dec 31, 2026',
      groups: ['Phase 1'],
      lines: ['Gateway, industrial', 'Implementation service'],
      tax: ['13% | CN¥100.00 | CN¥13.00 | CN¥113.00', '6% | CN¥3,500.00 | CN¥210.00 | CN¥3,710.00'],
      grand: 'Grand total (incl. tax) | CN¥3,823.00',
      capitals: 'Amount in capitals | 叁仟捌佰贰拾叁元整',
      terms: 'Terms Payment terms: net-30 Valid until: Dec 31, 2026 Delivery within 30 days.',
    });
    expect(getComputedStyle(doc.querySelector('.group-head')!).breakAfter).to.equal('avoid');
    expect(qa(el, '.print-lines thead th')).to.have.length(9);
    await expect(el).to.be.accessible();
  });
});
