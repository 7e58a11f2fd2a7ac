import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/components/customer-card/customer-card.js';
import '../../../src/components/provider/provider.js';
import type { CrmCustomerCard, CustomerCardData } from '../../../src/components/customer-card/customer-card.js';
import { CrmStore } from '../../../src/data/store.js';
import {
  CountingStore,
  cycleConnection,
  deleteStores,
  freshStore,
  shadowText,
  uniqueName,
  until,
} from '../../support/fixtures.js';
import { dataset, fields, NOW, people, rendered, root, seed, text } from './card-fixtures.js';

async function boundCard(lang = 'en', extra: Partial<CrmCustomerCard> = {}) {
  const store = freshStore();
  await seed(store);
  const card = await fixture<CrmCustomerCard>(
    html`<crm-customer-card customer-id="g-a" .store=${store} now=${NOW} lang=${lang}></crm-customer-card>`,
  );
  Object.assign(card, extra);
  await rendered(card);
  await until(() => !!root(card).querySelector('crm-tier-badge')?.shadowRoot?.querySelector('[part="base"]'), 'badge');
  return { card, store };
}

describe('<crm-customer-card> sections', () => {
  afterEach(deleteStores);

  it('header: name, alias, industry, tier, owner, relationship and loyalty stage, in English and Chinese', async () => {
    const { card } = await boundCard('en');
    const header = text(card, '[part~="header"]');
    expect(text(card, '[part="name"]')).to.equal('华东能源江苏分公司');
    for (const expected of ['East China Energy Jiangsu', 'Industry Energy', '王磊', 'Proactive', 'Repeat buyer']) {
      expect(header).to.contain(expected);
    }
    const badge = root(card).querySelector('crm-tier-badge')!;
    expect(shadowText(badge)).to.contain('B1');
    expect(root(card).querySelector('[role="heading"][aria-level="2"]')!.textContent).to.equal('华东能源江苏分公司');
    card.lang = 'zh-CN';
    await card.updateComplete;
    expect(text(card, '[part~="header"]')).to.contain('能动型');
    expect(text(card, '[part~="header"]')).to.contain('行业 能源');
    expect(text(card, '[part~="header"]')).to.contain('重复购买');
    await until(() => shadowText(badge).includes('重点客户'), 'badge follows the card language');
    await expect(card).to.be.accessible();
  });

  it('group: parent, subsidiaries, rolled-up revenue and pipeline, credit for account and group, risk with reasons', async () => {
    const { card } = await boundCard('en');
    const group = `${text(card, '[part~="group"]')} ${fields(card, '[part~="group"]')}`;
    expect(group).to.contain('4 companies in the group');
    expect(group).to.contain('Parent company: 华东能源集团');
    expect(group).to.contain('Group annual revenue: CN¥10M');
    // Open pipeline of the members: 10,000 + 20,000 (g-a) + 100,000 (g-b); weighted 5,000 + 15,000 + 10,000.
    expect(group).to.contain('Group open pipeline: CN¥130K (weighted CN¥30K)');
    expect(group).to.contain('Credit limit: CN¥1,000,000.00');
    expect(group).to.contain('Credit used (account): CN¥1,200,000.00 of CN¥1,000,000.00 (120%) over limit');
    // The head's groupCreditLimit is the group limit, not its own creditLimit.
    expect(group).to.contain('Credit used (group): CN¥2,000,000.00 of CN¥3,000,000.00 (66.7%)');
    // Risk: a coloured level in the key figures, its reasons one click away in a disclosure.
    expect(text(card, '.figure.risk')).to.match(/^Group risk Critical 4 reasons /);
    expect(root(card).querySelector('.figure.risk .level')!.classList.contains('risk-critical')).to.equal(true);
    const reasons = root(card).querySelector<HTMLDetailsElement>('[part="risk-reasons"]')!;
    expect(reasons.open).to.equal(false);
    reasons.querySelector('summary')!.click();
    await until(() => reasons.open, 'reasons open');
    const listed = [...reasons.querySelectorAll('li')].map((li) => li.textContent!.trim());
    expect(listed).to.include('Market: sector downturn (华东能源集团)');
    expect(listed).to.include('Credit: member limit exceeded (华东能源江苏分公司)');
    expect(listed).to.have.length(4);
    // Members as a tree: depth first from the head, the account itself marked.
    const rows = [...root(card).querySelectorAll('[part~="group"] [role="treeitem"]')].map(
      (li) => `${li.getAttribute('aria-level')} ${li.querySelector('.tree-name')!.textContent}`,
    );
    expect(rows).to.deep.equal([
      '1 华东能源集团',
      '2 华东能源江苏分公司',
      '3 华东能源苏州公司',
      '2 华东能源浙江分公司',
    ]);
    expect(root(card).querySelector('[role="treeitem"][aria-selected="true"] .tree-name')!.textContent).to.equal(
      '华东能源江苏分公司',
    );
    await expect(card).to.be.accessible();
  });

  it('choosing the parent or a subsidiary emits crm-customer-select with its id, by keyboard too', async () => {
    const { card } = await boundCard('en');
    const links = [...root(card).querySelectorAll<HTMLElement>('[part~="account-link"]')];
    expect(links.map((l) => l.querySelector('.tree-name')!.textContent!.trim())).to.deep.equal([
      '华东能源集团',
      '华东能源苏州公司',
      '华东能源浙江分公司',
    ]);
    // The tree is one tab stop; arrows move within it.
    const items = [...root(card).querySelectorAll<HTMLElement>('[role="treeitem"]')];
    expect(items.filter((i) => i.tabIndex === 0)).to.have.length(1);
    items[0]!.focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(card.shadowRoot!.activeElement).to.equal(items[1]);
    await sendKeys({ press: 'End' });
    expect(card.shadowRoot!.activeElement).to.equal(items[3]);
    await card.updateComplete;
    expect(items.filter((i) => i.tabIndex === 0)).to.deep.equal([items[3]]);
    setTimeout(() => links[0]!.click());
    expect((await oneEvent(card, 'crm-customer-select')).detail).to.deep.equal({ customerId: 'g' });
    links[1]!.focus();
    setTimeout(() => sendKeys({ press: 'Enter' }));
    const event = await oneEvent(document.body, 'crm-customer-select');
    expect(event.detail.customerId).to.equal('g-a-1');
    expect(event.composed && event.bubbles).to.equal(true);
  });

  it('contacts: grouped by buying role with communication style; warns when a role is missing', async () => {
    const { card, store } = await boundCard('en');
    const contacts = text(card, '[part~="contacts"]');
    expect(contacts).to.contain('No decision maker known');
    expect(contacts).to.contain('Technical gatekeepers');
    expect(people(card)).to.contain('李工 · 信息中心主任 · Owl');
    expect(contacts).to.contain('Users');
    expect(people(card)).to.contain('张三 · Koala');
    // An initials avatar beside each person; the phone is a click-to-call link.
    expect(text(card, '[part="person"] [part="avatar"]')).to.equal('李工');
    expect(root(card).querySelector('[part="contact-link"]')!.getAttribute('href')).to.equal('tel:+862155550101');
    await store.contacts.put({ id: 'ct-3', customerId: 'g-a', name: '陈总', role: 'decision-maker', style: 'tiger' });
    await until(() => people(card).includes('陈总 · Tiger'), 'new contact shown live');
    expect(text(card, '[part~="contacts"]')).to.not.contain('No decision maker known');
    expect(root(card).querySelector('[part~="contacts"] [part="warnings"]')).to.equal(null);
  });

  it('pipeline: open count and amount, weighted forecast, next close, last activity with days since', async () => {
    const { card } = await boundCard('en');
    const pipeline = fields(card, '[part~="pipeline"]');
    expect(pipeline).to.contain('Open opportunities: 2, CN¥30,000.00');
    expect(pipeline).to.contain('Weighted forecast: CN¥20,000.00');
    expect(pipeline).to.contain('Next expected close: Dec 5, 2026 · 云平台扩容');
    expect(pipeline).to.contain('Last activity: 投诉：交付延迟 · Nov 10, 2026 (10 days ago)');
  });

  it('warning signs: no contact for more than N days (configurable), falling orders, open complaints', async () => {
    const { card, store } = await boundCard('en');
    const warnings = () =>
      [...root(card).querySelectorAll('[part="banner"] [part="warnings"] li')].map((li) => li.className);
    expect(warnings()).to.deep.equal(['no-contact', 'falling-orders', 'open-complaints']);
    const pipeline = text(card, '[part="banner"]');
    expect(pipeline).to.contain('Warning signs (3)');
    expect(pipeline).to.contain('No contact for 50 days (more than 30)');
    expect(pipeline).to.contain('Falling orders: CN¥20,000.00 in the last 90 days, CN¥100,000.00 before');
    expect(pipeline).to.contain('1 open complaint: 交付延迟');
    card.noContactDays = 60;
    await card.updateComplete;
    expect(warnings()).to.deep.equal(['falling-orders', 'open-complaints']);
    await store.activities.update('a2', { status: 'closed' });
    await until(() => warnings().length === 1, 'closing the complaint removes its warning');
    expect(warnings()).to.deep.equal(['falling-orders']);
    // The banner is there only while there are warning signs.
    card.noContactDays = 30;
    await store.activities.delete('a3');
    await until(() => warnings().join() === 'no-contact', 'falling orders gone');
    await store.activities.put({
      id: 'a9',
      customerId: 'g-a',
      kind: 'visit',
      at: '2026-11-19T00:00:00.000Z',
      subject: '拜访',
    });
    await until(() => !root(card).querySelector('[part="banner"]'), 'no banner without warning signs');
    expect(text(card, '[part~="pipeline"]')).to.contain('No warning signs.');
  });

  it('speaks Chinese in every section with lang="zh-CN"', async () => {
    const { card } = await boundCard('zh-CN');
    const group = fields(card, '[part~="group"]');
    expect(group).to.contain('上级公司: 华东能源集团');
    expect(group).to.contain('集团年收入: ¥1000万');
    expect(group).to.contain('授信占用（集团）: ¥2,000,000.00 / ¥3,000,000.00（66.7%）');
    expect(text(card, '.figure.risk')).to.match(/^集团风险 严重 4 条原因 /);
    expect(text(card, '[part~="contacts"]')).to.contain('尚无已知决策者');
    expect(people(card)).to.contain('李工 · 信息中心主任 · 猫头鹰型');
    const pipeline = fields(card, '[part~="pipeline"]');
    expect(pipeline).to.contain('在途商机: 2 个，¥30,000.00');
    expect(pipeline).to.contain('最近动态: 投诉：交付延迟 · 2026年11月10日（10天前）');
    const warnings = text(card, '[part="banner"] [part="warnings"]');
    expect(warnings).to.contain('已 50 天未联系（超过 30 天）');
    expect(warnings).to.contain('订单下滑：近 90 天 ¥20,000.00，此前同期 ¥100,000.00');
    expect(warnings).to.contain('1 条未结投诉：交付延迟');
    await expect(card).to.be.accessible();
  });

  it('unsubscribes when disconnected: 50 connect/disconnect cycles leave no live query behind', async () => {
    const store = new CountingStore({ database: uniqueName() });
    await seed(store);
    const card = document.createElement('crm-customer-card');
    Object.assign(card, { store, customerId: 'g-a' });
    await cycleConnection(card, store, 50);
    document.body.append(card);
    await rendered(card);
    card.remove();
    store.close();
  });

  it('follows store changes without reload', async () => {
    const { card, store } = await boundCard('en');
    await store.customers.update('g-a', { owner: '赵敏', relationship: 'partnership' });
    await until(() => text(card, '[part~="header"]').includes('赵敏'), 'owner updated');
    expect(text(card, '[part~="header"]')).to.contain('Partnership');
    await store.customers.put({ id: 'g-a-2', parentId: 'g-a', name: '华东能源无锡公司', currency: 'CNY' });
    await until(
      () => [...root(card).querySelectorAll('[role="treeitem"][aria-level="3"]')].length === 2,
      'new subsidiary shown in the tree',
    );
    expect(text(card, '[part="tree"]')).to.contain('华东能源无锡公司');
  });
});

describe('<crm-customer-card> states', () => {
  afterEach(deleteStores);

  it('no data yet: neither customer-id nor .customer', async () => {
    const card = await fixture<CrmCustomerCard>(html`<crm-customer-card lang="en"></crm-customer-card>`);
    expect(text(card, '[part~="message"]')).to.contain('No customer to show yet');
    await expect(card).to.be.accessible();
  });

  it('loading, then not found with the id', async () => {
    const store = freshStore();
    const card = document.createElement('crm-customer-card');
    Object.assign(card, { store, customerId: 'nobody-42', lang: 'en' });
    document.body.append(card);
    await card.updateComplete;
    const message = root(card).querySelector('[part~="message"]')!;
    expect(message.getAttribute('aria-busy')).to.equal('true');
    expect(text(card, '[part~="message"]')).to.equal('Loading customer "nobody-42"…');
    await expect(card).to.be.accessible();
    await until(() => text(card, '[part~="message"]') === 'Customer "nobody-42" not found.', 'not-found state');
    await expect(card).to.be.accessible();
    card.remove();
  });

  it('error: shows the message and retries', async () => {
    /** A store whose first reads fail: a broken database cannot be caused on demand, so this one fault is simulated. */
    class FailingOnce extends CrmStore {
      failures = 1;
      override live<R>(query: (store: this) => Promise<R>) {
        return super.live(async (store) => {
          if (this.failures > 0) {
            this.failures--;
            throw new Error('disk is on fire');
          }
          return query(store);
        });
      }
    }
    const store = new FailingOnce({ database: uniqueName() });
    await seed(store);
    const card = await fixture<CrmCustomerCard>(
      html`<crm-customer-card customer-id="g-a" .store=${store} lang="zh-CN"></crm-customer-card>`,
    );
    await until(() => !!root(card).querySelector('[role="alert"]'), 'error state');
    expect(text(card, '[part~="message"]')).to.contain('无法加载客户：disk is on fire');
    await expect(card).to.be.accessible();
    root(card).querySelector<HTMLButtonElement>('[part~="message"] button')!.click();
    await rendered(card);
    expect(text(card, '[part="name"]')).to.equal('华东能源江苏分公司');
    store.close();
  });

  it('sections say when there is nothing yet', async () => {
    const store = freshStore();
    await store.customers.put({ id: 'solo', name: '新客户', currency: 'CNY' });
    const card = await fixture<CrmCustomerCard>(
      html`<crm-customer-card customer-id="solo" .store=${store} now=${NOW} lang="en"></crm-customer-card>`,
    );
    await rendered(card);
    expect(text(card, '[part~="group"]')).to.contain('Not part of a group.');
    expect(text(card, '[part~="contacts"]')).to.contain('No contacts yet.');
    expect(fields(card, '[part~="pipeline"]')).to.contain('Open opportunities: 0, CN¥0.00');
    expect(fields(card, '[part~="pipeline"]')).to.contain('Last activity: No activity yet');
    expect(text(card, '[part="banner"]')).to.contain('No contact on record');
    expect(text(card, '[part~="notes"]')).to.contain('No notes.');
    await expect(card).to.be.accessible();
  });

  it('reads the store from the nearest <crm-provider>', async () => {
    const store = freshStore();
    await seed(store);
    const provider = await fixture(
      html`<crm-provider .store=${store} lang="en"><crm-customer-card customer-id="g"></crm-customer-card></crm-provider>`,
    );
    const card = provider.querySelector('crm-customer-card')!;
    await rendered(card);
    expect(text(card, '[part="name"]')).to.equal('华东能源集团');
    const children = [...root(card).querySelectorAll('[role="treeitem"][aria-level="2"] .tree-name')];
    expect(children.map((c) => c.textContent)).to.deep.equal(['华东能源江苏分公司', '华东能源浙江分公司']);
  });
});

describe('<crm-customer-card> variants and modes', () => {
  afterEach(deleteStores);

  it('compact: one line with name, tier, owner and warning count', async () => {
    const store = freshStore();
    await seed(store);
    const card = await fixture<CrmCustomerCard>(
      html`<crm-customer-card variant="compact" customer-id="g-a" .store=${store} now=${NOW} lang="en"></crm-customer-card>`,
    );
    await rendered(card, '.compact');
    await until(() => shadowText(root(card).querySelector('crm-tier-badge')!) === 'B1', 'badge shows the code only');
    expect(text(card, '.compact')).to.equal('华东能源江苏分公司 Account manager: 王磊 3 warnings');
    expect(root(card).querySelector('[part="warning-count"] svg.icon')!.getAttribute('aria-hidden')).to.equal('true');
    expect(root(card).querySelector('[part~="header"]')).to.equal(null);
    expect(root(card).querySelector('[part="edit-button"]')).to.equal(null);
    expect(text(card, '[part="warning-count"]')).to.equal('3 warnings');
    card.lang = 'zh-CN';
    await card.updateComplete;
    expect(text(card, '[part="warning-count"]')).to.equal('3 条预警');
    await expect(card).to.be.accessible();
  });

  it('presentational: a plain .customer object renders every section without any store, read-only', async () => {
    const [head, account] = [dataset.customers[0], dataset.customers[1]];
    const customer = {
      ...account,
      contacts: dataset.contacts,
      opportunities: dataset.opportunities.filter((o) => o.customerId === 'g-a'),
      activities: dataset.activities,
      group: [head, account],
    } as CustomerCardData;
    const card = await fixture<CrmCustomerCard>(
      html`<crm-customer-card .customer=${customer} now=${NOW} lang="en"></crm-customer-card>`,
    );
    expect(text(card, '[part="name"]')).to.equal('华东能源江苏分公司');
    expect(fields(card, '[part~="group"]')).to.contain('Parent company: 华东能源集团');
    expect(fields(card, '[part~="group"]')).to.contain('Credit used (group): CN¥1,700,000.00 of CN¥3,000,000.00');
    expect(fields(card, '[part~="pipeline"]')).to.contain('Open opportunities: 2, CN¥30,000.00');
    expect(text(card, '[part~="contacts"]')).to.contain('No decision maker known');
    expect(root(card).querySelector('[part="edit-button"]')).to.equal(null);
    await until(() => shadowText(root(card).querySelector('crm-tier-badge')!).includes('B1'), 'badge from the object');
    await expect(card).to.be.accessible();
  });

  it('keeps foreign-currency opportunities apart unless a dated rate table converts them', async () => {
    const customer = {
      id: 'r1',
      name: '外币客户',
      currency: 'CNY',
      opportunities: [
        { id: 'u1', customerId: 'r1', name: 'USD deal', stage: 'proposal', amount: 10_000, currency: 'USD' },
        { id: 'c1', customerId: 'r1', name: 'CNY deal', stage: 'proposal', amount: 10_000, currency: 'CNY' },
      ],
    } as CustomerCardData;
    const card = await fixture<CrmCustomerCard>(
      html`<crm-customer-card .customer=${customer} lang="en"></crm-customer-card>`,
    );
    expect(fields(card, '[part~="pipeline"]')).to.contain(
      'Open opportunities: 2, CN¥100.00 (1 in other currencies not included)',
    );
    card.rates = { asOf: '2026-11-20', rates: { 'USD/CNY': '7.1' } };
    await card.updateComplete;
    expect(fields(card, '[part~="pipeline"]')).to.contain('Open opportunities: 2, CN¥810.00');
  });

  it('is themable through ::part and --crm-* tokens, and the full card is a landmark named by the account', async () => {
    const { card } = await boundCard('en');
    card.style.setProperty('--crm-card-bg', 'rgb(1, 2, 3)');
    const base = root(card).querySelector('[part="base"]')!;
    expect(getComputedStyle(base).backgroundColor).to.equal('rgb(1, 2, 3)');
    expect(base.tagName).to.equal('SECTION');
    expect(base.getAttribute('aria-labelledby')).to.equal('title');
    for (const part of ['header', 'group', 'contacts', 'pipeline', 'notes', 'field', 'field-label', 'field-value']) {
      expect(root(card).querySelector(`[part~="${part}"]`), part).to.not.equal(null);
    }
    expect(root(card).querySelectorAll('[part~="section"]')).to.have.length(4);
    card.headingLevel = 3;
    await card.updateComplete;
    expect(root(card).querySelector('#title')!.getAttribute('aria-level')).to.equal('3');
    expect(root(card).querySelector('[part~="contacts"] [role="heading"]')!.getAttribute('aria-level')).to.equal('4');
  });
});
