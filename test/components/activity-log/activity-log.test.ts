/**
 * The activity log against real IndexedDB next to a bound customer card: a complaint logged here is a
 * warning sign on the card at once, resolving it clears the sign; edits and deletes follow the author policy
 * and are recorded; overdue steps and the "upcoming" mode; axe; 390 px.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../../src/components/activity-log/activity-log.js';
import type { CrmActivityLog } from '../../../src/components/activity-log/activity-log.js';
import '../../../src/components/customer-card/customer-card.js';
import type { CrmCustomerCard } from '../../../src/components/customer-card/customer-card.js';
import type { CrmStore } from '../../../src/data/store.js';
import { customer, deleteStores, freshStore, until } from '../../support/fixtures.js';
import { compactMoney } from '../funnel-chart/helpers.js';

const recent = new Date(Date.now() - 2 * 86_400_000).toISOString();

async function seed(store: CrmStore) {
  await store.import({
    customers: [customer('c-1'), customer('c-1-sub', { name: '华东能源苏州公司', parentId: 'c-1' })],
    contacts: [
      { id: 'p-1', customerId: 'c-1', name: '曹晓红', role: 'decision-maker' },
      { id: 'p-2', customerId: 'c-1', name: '李强', role: 'user' },
    ],
    activities: [
      {
        id: 'a-old',
        customerId: 'c-1',
        kind: 'visit',
        at: recent,
        subject: '季度回访',
        author: '王磊',
        contactIds: ['p-1'],
      },
      {
        id: 'a-step',
        customerId: 'c-1-sub',
        kind: 'call',
        at: recent,
        subject: '确认交付计划',
        author: '陈静',
        nextStep: { text: '发送排期', due: '2020-01-31', owner: '王磊' },
      },
    ],
  });
}

const q = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const type = (input: HTMLInputElement | HTMLSelectElement, value: string) => {
  input.value = value;
  input.dispatchEvent(new Event(input instanceof HTMLSelectElement ? 'change' : 'input'));
};
const warnings = (card: CrmCustomerCard) =>
  [...card.shadowRoot!.querySelectorAll('[part="warnings"] li')].map((li) =>
    li.textContent!.replace(/\s+/g, ' ').trim(),
  );

describe('<crm-activity-log>', () => {
  afterEach(deleteStores);

  it('a complaint logged in a few keystrokes shows on the card, resolving it clears the sign', async () => {
    const store = freshStore();
    await seed(store);
    const root = await fixture(html`<div lang="en">
      <crm-customer-card customer-id="c-1" .store=${store}></crm-customer-card>
      <crm-activity-log customer-id="c-1" user="王磊" .store=${store}></crm-activity-log>
    </div>`);
    const card = root.querySelector('crm-customer-card')!;
    const log = root.querySelector('crm-activity-log')!;
    await until(() => !!q(log, 'form') && !!card.shadowRoot!.querySelector('[part~="pipeline"]'), 'ready');
    expect(warnings(card).some((w) => w.includes('complaint'))).to.equal(false);

    type(q<HTMLSelectElement>(log, '[data-field="kind"]')!, 'complaint');
    await until(() => !!q(log, '[data-field="severity"]'), 'severity offered for complaints');
    type(q<HTMLSelectElement>(log, '[data-field="severity"]')!, 'high');
    type(q<HTMLInputElement>(log, '[data-field="subject"]')!, '发票金额错误');
    q<HTMLInputElement>(log, '[data-contact="p-2"]')!.click();
    q<HTMLFormElement>(log, 'form')!.requestSubmit();
    await until(() => !!q(log, '[part="status"]')?.textContent || !!q(log, '.error-text'), 'saved or failed');
    expect(q(log, '.error-text')?.textContent ?? '').to.equal('');
    await until(() => warnings(card).some((w) => w.includes('发票金额错误')), 'card shows the open complaint');
    const logged = (await store.activities.list()).find((a) => a.subject === '发票金额错误')!;
    expect(logged).to.include({
      kind: 'complaint',
      status: 'open',
      severity: 'high',
      author: '王磊',
      contactId: 'p-2',
    });
    expect(Date.now() - Date.parse(logged.at)).to.be.lessThan(5 * 60_000);
    expect(q(log, '[part="status"]')!.textContent).to.contain('Logged');
    await expect(log).to.be.accessible();

    const entry = () => q(log, `[data-id="${logged.id}"]`)!;
    entry().querySelector<HTMLButtonElement>('[data-action="start"]')!.click();
    await until(() => entry().querySelector('[data-status]')?.textContent === 'In progress', 'in progress');
    expect(warnings(card).some((w) => w.includes('发票金额错误'))).to.equal(true);
    entry().querySelector<HTMLButtonElement>('[data-action="resolve"]')!.click();
    await until(() => !!q(log, '[data-field="resolution"]'), 'note asked');
    q<HTMLButtonElement>(log, '[data-action="confirm-resolve"]')!.click();
    await until(() => !!q(log, '#resolution-error'), 'a note is required');
    type(q<HTMLInputElement>(log, '[data-field="resolution"]')!, '已重开发票');
    q<HTMLButtonElement>(log, '[data-action="confirm-resolve"]')!.click();
    await until(() => !warnings(card).some((w) => w.includes('发票金额错误')), 'card cleared the sign');
    const resolved = (await store.activities.get(logged.id))!;
    expect(resolved.status).to.equal('resolved');
    expect(resolved.resolution!.note).to.equal('已重开发票');
    expect(resolved.revisions!.map((r) => r.action)).to.deep.equal(['status:in-progress', 'status:resolved']);
  });

  it('groups by month newest first, filters by type and contact, includes the group with `group`', async () => {
    const store = freshStore();
    await seed(store);
    await store.activities.put({
      id: 'a-jan',
      customerId: 'c-1',
      kind: 'email',
      at: '2026-01-15T02:00:00.000Z',
      subject: '一月邮件',
    });
    const log = await fixture<CrmActivityLog>(
      html`<crm-activity-log lang="en" customer-id="c-1" group .store=${store}></crm-activity-log>`,
    );
    await until(() => !!q(log, '[data-id="a-jan"]'), 'timeline shown');
    const ids = [...log.shadowRoot!.querySelectorAll('[part~="entry"]')].map((e) => e.getAttribute('data-id'));
    expect(ids.at(-1)).to.equal('a-jan');
    expect(ids).to.include('a-step'); // the subsidiary's
    expect(log.shadowRoot!.querySelectorAll('[part="month"]').length).to.be.at.least(2);
    type(q<HTMLSelectElement>(log, '[data-filter="contact"]')!, 'p-1');
    await until(() => log.shadowRoot!.querySelectorAll('[part~="entry"]').length === 1, 'contact filter');
    expect(q(log, '[part~="entry"]')!.getAttribute('data-id')).to.equal('a-old');
    type(q<HTMLSelectElement>(log, '[data-filter="contact"]')!, '');
    type(q<HTMLSelectElement>(log, '[data-filter="kind"]')!, 'email');
    await until(() => log.shadowRoot!.querySelectorAll('[part~="entry"]').length === 1, 'type filter');
    expect(q(log, '[part~="entry"]')!.getAttribute('data-id')).to.equal('a-jan');
  });

  it('edits and deletes only by the author (configurable), recorded', async () => {
    const store = freshStore();
    await seed(store);
    const log = await fixture<CrmActivityLog>(
      html`<crm-activity-log lang="en" customer-id="c-1" group user="陈静" .store=${store}></crm-activity-log>`,
    );
    await until(() => !!q(log, '[data-id="a-old"]'), 'ready');
    expect(q(log, '[data-id="a-old"] [data-action="edit"]')).to.equal(null); // 王磊's entry
    q<HTMLButtonElement>(log, '[data-id="a-step"] [data-action="edit"]')!.click();
    await until(() => q<HTMLInputElement>(log, '[data-field="subject"]')!.value === '确认交付计划', 'editing');
    type(q<HTMLInputElement>(log, '[data-field="outcome"]')!, '客户同意');
    q<HTMLFormElement>(log, 'form')!.requestSubmit();
    await until(async () => (await store.activities.get('a-step'))!.outcome === '客户同意', 'edit saved');
    const edited = (await store.activities.get('a-step'))!;
    expect(edited.revisions!.at(-1)).to.deep.include({ action: 'edit', by: '陈静', fields: ['outcome'] });
    await until(() => q(log, '[data-id="a-step"]')!.textContent!.includes('客户同意'), 'edit shown').catch((e) => {
      throw new Error(`${e.message}: ${q(log, '[data-id="a-step"]')!.textContent}`);
    });
    expect(q(log, '[data-id="a-step"]')!.textContent).to.contain('edited');
    q<HTMLButtonElement>(log, '[data-id="a-step"] [data-action="delete"]')!.click();
    await until(() => !!q(log, '[data-action="confirm-delete"]'), 'delete asks');
    q<HTMLButtonElement>(log, '[data-action="confirm-delete"]')!.click();
    await until(() => !q(log, '[data-id="a-step"]') || !!q(log, '.error-text'), 'entry hidden');
    expect(q(log, '.error-text')?.textContent ?? '').to.equal('');
    const deleted = (await store.activities.get('a-step'))!;
    expect(deleted.deletedAt).to.be.a('string');
    expect(deleted.revisions!.at(-1)!.action).to.equal('delete');
    const outbox = await (await store.storageBackend()).list('outbox');
    // Queued for sync as one update carrying the deletion.
    const entry = outbox.find((e) => e.table === 'activities' && e.key === 'a-step' && e.state === 'pending');
    expect((entry?.patch as { deletedAt?: string } | undefined)?.deletedAt).to.equal(deleted.deletedAt);

    log.editPolicy = 'anyone';
    await until(() => !!q(log, '[data-id="a-old"] [data-action="edit"]'), 'anyone may edit');
  });

  it('upcoming mode lists my next steps across accounts, overdue highlighted; 390 px, zh-CN', async () => {
    const store = freshStore();
    await seed(store);
    const wrapper = await fixture(html`<div></div>`);
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('.w390 { width: 390px; }');
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    wrapper.className = 'w390';
    const log = document.createElement('crm-activity-log');
    log.lang = 'zh-CN';
    log.mode = 'upcoming';
    log.owner = '王磊';
    log.store = store;
    wrapper.append(log);
    await until(() => !!q(log, '[data-id="a-step"]'), 'step listed');
    expect(q(log, '[data-id="a-step"] [part="overdue"]')!.textContent).to.contain('已逾期');
    expect(q(log, '[data-id="a-step"]')!.textContent).to.contain('华东能源苏州公司');
    expect(log.scrollWidth).to.be.at.most(390);
    await expect(log).to.be.accessible();
    const saved = oneEvent(log, 'crm-activity-save');
    q<HTMLButtonElement>(log, '[data-id="a-step"] [data-action="done"]')!.click();
    // Marking a step done is an edit: announced like one, with the step done in the detail.
    const { detail } = await saved;
    expect(detail.created).to.equal(false);
    expect(detail.activity.id).to.equal('a-step');
    expect(detail.activity.nextStep!.done).to.equal(true);
    await until(() => !q(log, '[data-id="a-step"]'), 'done steps leave the list');
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);

    const form = await fixture<CrmActivityLog>(
      html`<crm-activity-log lang="zh-CN" customer-id="c-1" .store=${store}></crm-activity-log>`,
    );
    await until(() => !!q(form, 'form'), 'form');
    expect(form.scrollWidth).to.be.at.most(form.clientWidth + 1);
  });
});

describe('<crm-activity-log> order amounts', () => {
  afterEach(deleteStores);

  it('shows each order’s exact amount and the month’s orders compact, per currency, in en and zh-CN', async () => {
    const store = freshStore();
    const at = '2026-11-10T02:00:00.000Z';
    await store.import({
      customers: [customer('c-1')],
      activities: [
        { id: 'o-1', customerId: 'c-1', kind: 'order', at, subject: '储能柜', amount: 1_234_567_800, currency: 'CNY' },
        { id: 'o-2', customerId: 'c-1', kind: 'order', at, subject: '运维服务', amount: 65_432_200, currency: 'CNY' },
        { id: 'o-3', customerId: 'c-1', kind: 'order', at, subject: 'Spare parts', amount: 250_000, currency: 'USD' },
      ],
    });
    const log = await fixture<CrmActivityLog>(
      html`<crm-activity-log customer-id="c-1" lang="en" .store=${store}></crm-activity-log>`,
    );
    const total = () => q(log, '[part="month-total"]')?.textContent?.trim() ?? '';
    await until(() => total() !== '', 'month total');
    expect(total()).to.equal(`Orders ${compactMoney('en', 'CNY', 12_999_999)} + ${compactMoney('en', 'USD', 2_500)}`);
    const entry = q(log, '[data-id="o-1"] .amount')!.textContent!;
    expect(entry).to.contain('CN¥12,345,678.00');
    log.lang = 'zh-CN';
    await until(() => total().startsWith('订单'), 'Chinese total');
    expect(total()).to.equal(
      `订单 ${compactMoney('zh-CN', 'CNY', 12_999_999)} + ${compactMoney('zh-CN', 'USD', 2_500)}`,
    );
    expect(total()).to.contain('万');
    await expect(log).to.be.accessible();
  });
});
