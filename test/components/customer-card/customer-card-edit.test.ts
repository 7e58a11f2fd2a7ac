import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/components/customer-card/customer-card.js';
import '../../../src/components/tier-badge/tier-badge.js';
import type { CrmCustomerCard } from '../../../src/components/customer-card/customer-card.js';
import type { CrmStore } from '../../../src/data/store.js';
import { deleteStores, freshStore, shadowText, until } from '../../support/fixtures.js';
import { fields, NOW, rendered, root, seed, text } from './card-fixtures.js';

async function setup(lang = 'en') {
  const store = freshStore();
  await seed(store);
  const card = await fixture<CrmCustomerCard>(
    html`<crm-customer-card customer-id="g-a" .store=${store} now=${NOW} lang=${lang}></crm-customer-card>`,
  );
  await rendered(card);
  await openEditMode(card);
  return { card, store };
}

/** The header's Edit button opens Edit mode: the fields listed with a pencil each. */
async function openEditMode(card: CrmCustomerCard) {
  const toggle = root(card).querySelector<HTMLButtonElement>('[data-action="edit"]')!;
  expect(toggle.getAttribute('aria-expanded')).to.equal('false');
  toggle.click();
  await until(() => !!root(card).querySelector('#edit-panel'), 'edit mode');
  expect(toggle.getAttribute('aria-expanded')).to.equal('true');
}

const editButton = (card: CrmCustomerCard, field: string) =>
  root(card).querySelector<HTMLButtonElement>(`[data-edit="${field}"]`)!;
const editor = (card: CrmCustomerCard) => root(card).querySelector<HTMLInputElement>('[data-editor]')!;
const error = (card: CrmCustomerCard) => text(card, '[part="error"]');

/** Opens a field's editor with the keyboard and replaces its text by typing. */
async function typeInto(card: CrmCustomerCard, field: string, value: string) {
  editButton(card, field).focus();
  await sendKeys({ press: 'Enter' });
  await until(() => card.shadowRoot!.activeElement === editor(card), 'editor focused');
  editor(card).select();
  await sendKeys({ press: 'Backspace' });
  if (value) await sendKeys({ type: value });
}

async function stored(store: CrmStore, field: string) {
  return ((await store.customers.get('g-a')) as Record<string, unknown>)[field];
}

describe('<crm-customer-card> inline editing', () => {
  afterEach(deleteStores);

  it('round trip: an edit in one card shows in a second card and a badge on the page, and emits crm-customer-change', async () => {
    const store = freshStore();
    await seed(store);
    const page = await fixture(html`<div lang="en">
      <crm-customer-card id="one" customer-id="g-a" .store=${store} now=${NOW}></crm-customer-card>
      <crm-customer-card id="two" customer-id="g-a" .store=${store} now=${NOW}></crm-customer-card>
      <crm-tier-badge customer-id="g-a" .store=${store}></crm-tier-badge>
    </div>`);
    const [one, two] = [...page.querySelectorAll('crm-customer-card')];
    const badge = page.querySelector('crm-tier-badge')!;
    await rendered(one!);
    await rendered(two!);
    await openEditMode(one!);
    await until(() => shadowText(badge) === 'B1 Key, upper', 'badge shows the stored tier');

    await typeInto(one!, 'name', '华东能源江苏有限公司');
    setTimeout(() => sendKeys({ press: 'Enter' }));
    const change = await oneEvent(one!, 'crm-customer-change');
    expect(change.detail).to.include({
      customerId: 'g-a',
      field: 'name',
      value: '华东能源江苏有限公司',
      previous: '华东能源江苏分公司',
    });
    expect(change.detail.customer.name).to.equal('华东能源江苏有限公司');
    expect(await stored(store, 'name')).to.equal('华东能源江苏有限公司');
    await until(() => text(two!, '[part="name"]') === '华东能源江苏有限公司', 'second card updated');
    // Focus returns to the field's Edit button after saving.
    expect(one!.shadowRoot!.activeElement).to.equal(editButton(one!, 'name'));

    editButton(one!, 'tier').click();
    await until(() => !!editor(one!), 'tier editor');
    const select = editor(one!) as unknown as HTMLSelectElement;
    select.value = 'A2';
    select.dispatchEvent(new Event('change'));
    await sendKeys({ press: 'Enter' });
    await until(() => shadowText(badge) === 'A2 Strategic', 'the separate badge follows');
    await until(() => shadowText(root(two!).querySelector('crm-tier-badge')!) === 'A2 Strategic', 'second card badge');
  });

  it('Escape cancels: nothing is saved and focus returns to the Edit button', async () => {
    const { card, store } = await setup();
    await typeInto(card, 'owner', '不该保存');
    await sendKeys({ press: 'Escape' });
    await until(() => !editor(card), 'editor closed');
    expect(card.shadowRoot!.activeElement).to.equal(editButton(card, 'owner'));
    expect(fields(card, '[part~="header"]')).to.contain('Account manager: 王磊');
    expect(await stored(store, 'owner')).to.equal('王磊');
  });

  it('an invalid value shows the store’s validation message next to the field and is never saved', async () => {
    const { card, store } = await setup();
    await typeInto(card, 'name', '');
    await sendKeys({ press: 'Enter' });
    await until(() => error(card) !== '', 'validation message');
    expect(error(card)).to.equal('Not saved: Name must not be empty');
    const input = editor(card);
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(input.getAttribute('aria-describedby')).to.equal('edit-error');
    expect(root(card).getElementById('edit-error')!.getAttribute('role')).to.equal('alert');
    await expect(card).to.be.accessible();
    expect(await stored(store, 'name')).to.equal('华东能源江苏分公司');
    // Fixing the input clears the error and saves.
    await sendKeys({ type: '华东能源江苏' });
    await sendKeys({ press: 'Enter' });
    await until(() => !editor(card), 'saved');
    expect(await stored(store, 'name')).to.equal('华东能源江苏');
  });

  it('words the store’s validation message in Chinese for a zh-CN card', async () => {
    const { card, store } = await setup('zh-CN');
    await typeInto(card, 'name', '');
    await sendKeys({ press: 'Enter' });
    await until(() => error(card) !== '', 'validation message');
    expect(error(card)).to.equal('未保存：名称 不能为空');
    expect(await stored(store, 'name')).to.equal('华东能源江苏分公司');
  });

  it('credit limit: yuan with at most 2 decimals, stored exactly as fen; anything else is refused', async () => {
    const { card, store } = await setup();
    const refusals: [string, string][] = [
      ['12.345', 'Enter an amount with at most 2 decimals, e.g. 1200000.50'],
      ['abc', 'Enter an amount with at most 2 decimals, e.g. 1200000.50'],
      ['1e6', 'Enter an amount with at most 2 decimals, e.g. 1200000.50'],
      ['-5', 'Enter an amount of 0 or more'],
      ['99999999999999', 'This amount is too large; the most the card can keep exactly is CN¥90,071,992,547,409.91'],
    ];
    for (const [bad, reason] of refusals) {
      await typeInto(card, 'creditLimit', bad);
      await sendKeys({ press: 'Enter' });
      await until(() => error(card) !== '', `error for ${bad}`);
      expect(error(card)).to.equal(`Not saved: ${reason}`);
      await sendKeys({ press: 'Escape' });
    }
    expect(await stored(store, 'creditLimit')).to.equal(100_000_000);
    await typeInto(card, 'creditLimit', '1,234,567.8');
    setTimeout(() => sendKeys({ press: 'Enter' }));
    const change = await oneEvent(card, 'crm-customer-change');
    expect(change.detail.value).to.equal(123_456_780);
    expect(await stored(store, 'creditLimit')).to.equal(123_456_780);
    await until(() => fields(card, '[part~="group"]').includes('Credit limit: CN¥1,234,567.80'), 'shown formatted');
    // The editor starts from the exact stored amount.
    editButton(card, 'creditLimit').click();
    await until(() => !!editor(card), 'editor');
    expect(editor(card).value).to.equal('1234567.80');
  });

  it('selects for relationship and loyalty stage; clearing an optional field removes it', async () => {
    const { card, store } = await setup('zh-CN');
    editButton(card, 'relationship').click();
    await until(() => !!editor(card), 'select');
    const select = editor(card) as unknown as HTMLSelectElement;
    expect([...select.options].map((o) => o.textContent)).to.deep.equal([
      '—',
      '基本型',
      '被动型',
      '负责型',
      '能动型',
      '伙伴型',
    ]);
    expect(select.value).to.equal('proactive');
    select.value = 'partnership';
    select.dispatchEvent(new Event('change'));
    root(card).querySelector<HTMLButtonElement>('.editor .action')!.click();
    await until(async () => (await stored(store, 'relationship')) === 'partnership', 'saved through the Save button');
    await typeInto(card, 'owner', '');
    await sendKeys({ press: 'Enter' });
    await until(async () => (await stored(store, 'owner')) === undefined, 'owner cleared');
    await until(() => fields(card, '[part~="header"]').includes('客户经理: —'), 'shown as empty');
  });

  it('notes: Shift+Enter adds a line, Enter saves; the text keeps its lines', async () => {
    const { card, store } = await setup();
    await typeInto(card, 'notes', '第一行');
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Enter' });
    await sendKeys({ up: 'Shift' });
    await sendKeys({ type: 'second line' });
    await expect(card).to.be.accessible();
    await sendKeys({ press: 'Enter' });
    await until(async () => (await stored(store, 'notes')) === '第一行\nsecond line', 'multi-line note saved');
    await until(() => root(card).querySelector('.notes')!.textContent === '第一行\nsecond line', 'shown');
  });

  it('is read-only with the readonly attribute', async () => {
    const { card } = await setup();
    expect(root(card).querySelectorAll('[part="edit-button"]').length).to.equal(9);
    card.readonly = true;
    await card.updateComplete;
    expect(root(card).querySelectorAll('[part="edit-button"]').length).to.equal(0);
    expect(root(card).querySelector('[data-action="edit"]')).to.equal(null);
  });

  it('one Edit mode: no pencil until Edit is pressed, one named pencil per field then, none around the badge; leaving it cancels an edit', async () => {
    const store = freshStore();
    await seed(store);
    const card = await fixture<CrmCustomerCard>(
      html`<crm-customer-card customer-id="g-a" .store=${store} now=${NOW} lang="en"></crm-customer-card>`,
    );
    await rendered(card);
    expect(root(card).querySelectorAll('[part="edit-button"]').length).to.equal(0);
    expect(root(card).querySelector('.title-row [part="edit-button"]')).to.equal(null);
    await openEditMode(card);
    const names = [...root(card).querySelectorAll('[part="edit-button"]')].map((b) => b.textContent!.trim());
    expect(names).to.deep.equal([
      'Edit name',
      'Edit alias',
      'Edit tier',
      'Edit industry',
      'Edit account manager',
      'Edit relationship',
      'Edit loyalty stage',
      'Edit credit limit',
      'Edit notes',
    ]);
    // The badge keeps no Edit beside it: the title row holds the name and the badge only.
    expect(root(card).querySelectorAll('.title-row button, .title-row [part="edit-button"]').length).to.equal(0);
    await typeInto(card, 'alias', '不该保存');
    root(card).querySelector<HTMLButtonElement>('[data-action="edit"]')!.click();
    await until(() => !root(card).querySelector('#edit-panel'), 'edit mode closed');
    expect(editor(card)).to.equal(null);
    expect(await stored(store, 'alias')).to.equal('East China Energy Jiangsu');
    await expect(card).to.be.accessible();
  });
});
