/**
 * Contacts on the card, against real IndexedDB: "add a decision maker" from the missing-role warning clears
 * the warning once saved; phone numbers are checked as Chinese mobile / landline numbers; edit, remove and
 * the decision chain; axe; 390 px.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/customer-card/customer-card.js';
import { decisionChain, makesLoop } from '../../../src/components/customer-card/contacts-model.js';
import type { CrmCustomerCard } from '../../../src/components/customer-card/customer-card.js';
import { checkChinesePhone } from '../../../src/core/phone.js';
import type { Contact } from '../../../src/data/model.js';
import { customer, deleteStores, freshStore, until } from '../../support/fixtures.js';

const q = <T extends Element = HTMLElement>(card: Element, s: string) => card.shadowRoot!.querySelector<T>(s);
const type = (el: HTMLInputElement | HTMLSelectElement, value: string) => {
  el.value = value;
  el.dispatchEvent(new Event(el instanceof HTMLSelectElement ? 'change' : 'input'));
  el.dispatchEvent(new Event('blur'));
};
const missing = (card: CrmCustomerCard) =>
  [...card.shadowRoot!.querySelectorAll('[part="warnings"] li')].map((li) => li.textContent!.replace(/\s+/g, ' '));

describe('contacts on the card', () => {
  afterEach(deleteStores);

  it('"add a decision maker" from the warning: phone checked, saved, the warning clears', async () => {
    const store = freshStore();
    await store.import({
      customers: [customer('c-1')],
      contacts: [
        { id: 'p-1', customerId: 'c-1', name: '李强', role: 'technical-gatekeeper' },
        { id: 'p-2', customerId: 'c-1', name: '赵敏', role: 'user', reportsTo: 'p-1' },
      ],
    });
    const card = await fixture<CrmCustomerCard>(
      html`<crm-customer-card lang="en" customer-id="c-1" .store=${store}></crm-customer-card>`,
    );
    await until(() => missing(card).some((w) => w.includes('No decision maker known')), 'missing role shown');
    q<HTMLButtonElement>(card, '[data-add-role="decision-maker"]')!.click();
    await until(() => !!q(card, '[part~="contact-form"]'), 'form open');
    expect(card.shadowRoot!.activeElement?.getAttribute('data-field')).to.equal('name');
    expect(q<HTMLSelectElement>(card, '[data-field="role"]')!.value).to.equal('decision-maker');
    await expect(card).to.be.accessible();

    type(q<HTMLInputElement>(card, '[data-field="name"]')!, '曹晓红');
    type(q<HTMLInputElement>(card, '[data-field="phone"]')!, '138 0013 800');
    await until(() => !!q(card, '#contact-err-phone'), 'phone refused');
    expect(q(card, '#contact-err-phone')!.textContent).to.contain('11 digits');
    type(q<HTMLInputElement>(card, '[data-field="phone"]')!, '0755-2345 6789 转 12');
    await until(() => !q(card, '#contact-err-phone'), 'landline accepted');
    type(q<HTMLSelectElement>(card, '[data-field="style"]')!, 'tiger');
    q<HTMLFormElement>(card, '[part~="contact-form"]')!.requestSubmit();
    await until(() => !missing(card).some((w) => w.includes('decision maker')), 'warning cleared');
    const saved = (await store.contacts.list()).find((c) => c.name === '曹晓红')!;
    expect(saved).to.include({
      role: 'decision-maker',
      style: 'tiger',
      phone: '+86 755 2345 6789 ext. 12',
      customerId: 'c-1',
    });

    // Reports-to, then the decision chain shows who reports to whom with role badges.
    q<HTMLButtonElement>(card, '[data-id="p-1"] [data-action="edit"]')!.click();
    await until(() => !!q(card, '[part~="contact-form"]'), 'edit form');
    type(q<HTMLSelectElement>(card, '[data-field="reportsTo"]')!, 'p-2');
    await until(() => !!q(card, '#contact-err-reportsTo'), 'loop refused');
    type(q<HTMLSelectElement>(card, '[data-field="reportsTo"]')!, saved.id);
    q<HTMLFormElement>(card, '[part~="contact-form"]')!.requestSubmit();
    await until(async () => (await store.contacts.get('p-1'))!.reportsTo === saved.id, 'reports-to saved');
    q<HTMLButtonElement>(card, '[data-action="chain"]')!.click();
    await until(() => !!q(card, '[part~="chain"]'), 'chain shown');
    const chain = () => q(card, '[part~="chain"]')!;
    // The card's live contacts may arrive a frame after the store has the change.
    await until(
      () => /曹晓红[\s\S]*李强[\s\S]*赵敏/.test(chain().querySelector(':scope > ul > li')?.textContent ?? ''),
      'chain nested',
    );
    expect(chain().querySelectorAll('[part~="badge"]').length).to.equal(3);
    await expect(card).to.be.accessible();

    // Remove asks first; the removed person's reports are unlinked.
    q<HTMLButtonElement>(card, '[data-id="p-1"] [data-action="remove"]')!.click();
    await until(() => !!q(card, '[data-action="confirm-remove"]'), 'remove asks');
    q<HTMLButtonElement>(card, '[data-action="confirm-remove"]')!.click();
    await until(() => missing(card).some((w) => w.includes('technical gatekeeper')), 'role missing again');
    // The unlink is the removal's second write: the warning can show before it lands.
    await until(async () => (await store.contacts.get('p-2'))!.reportsTo === undefined, 'report unlinked');
    expect(await store.contacts.get('p-1')).to.equal(undefined);
  });

  it('works on its own outside the card, its styles adopted by the page', async () => {
    const store = freshStore();
    await store.import({ customers: [customer('c-1')] });
    const editor = await fixture<HTMLElementTagNameMap['crm-contacts-editor']>(
      html`<crm-contacts-editor lang="en" customer-id="c-1" .store=${store}></crm-contacts-editor>`,
    );
    expect(
      document.adoptedStyleSheets.some((s) => [...s.cssRules].some((r) => r.cssText.startsWith('crm-contacts-editor'))),
    ).to.equal(true);
    editor.querySelector<HTMLButtonElement>('[data-add-role="user"]')!.click();
    await until(() => !!editor.querySelector('[data-field="name"]'), 'form');
    type(editor.querySelector<HTMLInputElement>('[data-field="name"]')!, 'Li Na');
    editor.querySelector<HTMLFormElement>('form')!.requestSubmit();
    await until(
      async () => (await store.contacts.list()).some((c) => c.name === 'Li Na' && c.role === 'user'),
      'saved',
    );
    await expect(editor).to.be.accessible();
  });

  it('fits 390 px in Chinese', async () => {
    const store = freshStore();
    await store.import({ customers: [customer('c-1')] });
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('.w390 { width: 390px; }');
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    const wrapper = await fixture(
      html`<div class="w390"><crm-customer-card lang="zh-CN" customer-id="c-1" .store=${store}></crm-customer-card></div>`,
    );
    const card = wrapper.querySelector('crm-customer-card')!;
    await until(() => !!q(card, '[data-add-role="decision-maker"]'), 'ready');
    expect(q(card, '[data-add-role="decision-maker"]')!.textContent).to.contain('添加决策者');
    q<HTMLButtonElement>(card, '[data-add-role="user"]')!.click();
    await until(() => !!q(card, '[part~="contact-form"]'), 'form');
    expect(card.scrollWidth).to.be.at.most(390);
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
  });
});

describe('contact rules', () => {
  it('Chinese phone numbers: mobiles, landlines, service numbers, and what is wrong', () => {
    expect(checkChinesePhone('+86 138-0013-8000')).to.deep.equal({
      ok: true,
      kind: 'mobile',
      normalized: '+86 138 0013 8000',
    });
    expect(checkChinesePhone('010-8888 6666')).to.deep.include({ kind: 'landline', normalized: '+86 10 8888 6666' });
    expect(checkChinesePhone('0086 10 8888 6666')).to.deep.include({ kind: 'landline' });
    expect(checkChinesePhone('(0755) 2345 6789 转 123')).to.deep.include({ normalized: '+86 755 2345 6789 ext. 123' });
    expect(checkChinesePhone('400-800-8888')).to.deep.include({ kind: 'service' });
    expect(checkChinesePhone('12345678901')).to.deep.equal({ ok: false, problem: 'format' });
    expect(checkChinesePhone('1380013800')).to.deep.equal({ ok: false, problem: 'mobile-length' });
    expect(checkChinesePhone('021-123')).to.deep.equal({ ok: false, problem: 'landline-length' });
    expect(checkChinesePhone('call me')).to.deep.equal({ ok: false, problem: 'characters' });
  });

  it('reporting loops are detected and the chain still lists everyone', () => {
    const c = (id: string, reportsTo?: string) =>
      ({ id, customerId: 'x', name: id, role: 'user', reportsTo }) as Contact;
    const contacts = [c('a', 'b'), c('b', 'c'), c('c', 'a'), c('d')];
    expect(makesLoop([c('a'), c('b', 'a')], 'a', 'b')).to.equal(true);
    expect(makesLoop([c('a'), c('b')], 'a', 'b')).to.equal(false);
    const ids: string[] = [];
    const walk = (nodes: ReturnType<typeof decisionChain>) => {
      for (const n of nodes) {
        ids.push(n.contact.id);
        walk(n.reports);
      }
    };
    walk(decisionChain(contacts));
    expect(ids.sort()).to.deep.equal(['a', 'b', 'c', 'd']);
  });
});
