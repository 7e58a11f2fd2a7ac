/** A small group with every section's data, and helpers to read a card's shadow DOM. */
import type { CrmCustomerCard } from '../../../src/components/customer-card/customer-card.js';
import type { CrmStore } from '../../../src/data/store.js';
import { until } from '../../support/fixtures.js';

/** The card's reference time: activities below are dated against it. */
export const NOW = '2026-11-20T00:00:00.000Z';

/**
 * Group head g (group limit ¥3,000,000.00) with subsidiaries g-a (the account under test, over its own limit)
 * and g-b, and grandchild g-a-1. Group revenue ¥10,000,000.00, exposure ¥2,000,000.00.
 */
export const dataset = {
  customers: [
    {
      id: 'g',
      name: '华东能源集团',
      alias: 'East China Energy Group',
      industry: 'energy',
      currency: 'CNY',
      tier: 'A1',
      tierScheme: 'value',
      creditLimit: 100_000_000,
      groupCreditLimit: 300_000_000,
      annualRevenue: 500_000_000,
      receivables: 50_000_000,
      openOrders: 0,
      riskFlags: ['market:sector-downturn'],
    },
    {
      id: 'g-a',
      parentId: 'g',
      name: '华东能源江苏分公司',
      alias: 'East China Energy Jiangsu',
      industry: 'energy',
      owner: '王磊',
      relationship: 'proactive',
      loyaltyStage: 'repeat',
      currency: 'CNY',
      tier: 'B1',
      tierScheme: 'value',
      creditLimit: 100_000_000,
      annualRevenue: 200_000_000,
      receivables: 80_000_000,
      openOrders: 40_000_000,
      riskFlags: ['credit:overdue'],
      notes: '年度框架协议 2027 年 3 月到期。',
    },
    {
      id: 'g-a-1',
      parentId: 'g-a',
      name: '华东能源苏州公司',
      currency: 'CNY',
      creditLimit: 50_000_000,
      annualRevenue: 100_000_000,
      receivables: 10_000_000,
    },
    {
      id: 'g-b',
      parentId: 'g',
      name: '华东能源浙江分公司',
      currency: 'CNY',
      annualRevenue: 200_000_000,
      receivables: 20_000_000,
    },
  ],
  contacts: [
    { id: 'ct-1', customerId: 'g-a', name: '李工', title: '信息中心主任', role: 'technical-gatekeeper', style: 'owl' },
    { id: 'ct-2', customerId: 'g-a', name: '张三', role: 'user', style: 'koala', phone: '+86 21 5555 0101' },
  ],
  opportunities: [
    {
      id: 'o1',
      customerId: 'g-a',
      name: '专网二期',
      stage: 'proposal',
      amount: 1_000_000,
      currency: 'CNY',
      expectedClose: '2026-12-20',
    },
    {
      id: 'o2',
      customerId: 'g-a',
      name: '云平台扩容',
      stage: 'negotiation',
      amount: 2_000_000,
      currency: 'CNY',
      expectedClose: '2026-12-05',
    },
    { id: 'o3', customerId: 'g-a', name: '终端采购', stage: 'won', amount: 5_000_000, currency: 'CNY' },
    { id: 'o4', customerId: 'g-a', name: '安防改造', stage: 'lost', amount: 7_000_000, currency: 'CNY' },
    { id: 'o5', customerId: 'g-b', name: '浙江数据中心', stage: 'lead', amount: 10_000_000, currency: 'CNY' },
  ],
  activities: [
    { id: 'a1', customerId: 'g-a', kind: 'call', at: '2026-10-01T00:00:00.000Z', subject: '电话回访' },
    {
      id: 'a2',
      customerId: 'g-a',
      kind: 'complaint',
      at: '2026-11-10T00:00:00.000Z',
      subject: '投诉：交付延迟',
      status: 'open',
    },
    {
      id: 'a3',
      customerId: 'g-a',
      kind: 'order',
      at: '2026-06-01T00:00:00.000Z',
      subject: '订单：网关',
      amount: 10_000_000,
      currency: 'CNY',
    },
    {
      id: 'a4',
      customerId: 'g-a',
      kind: 'order',
      at: '2026-10-15T00:00:00.000Z',
      subject: '订单：配件',
      amount: 2_000_000,
      currency: 'CNY',
    },
  ],
};

export async function seed(store: CrmStore): Promise<void> {
  await store.import(structuredClone(dataset));
}

export const root = (card: Element) => card.shadowRoot!;

/** Visible text of a part (whitespace collapsed), e.g. text(card, '[part~="group"]'). */
export function text(card: Element, selector: string): string {
  const node = root(card).querySelector(selector);
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export async function rendered(card: CrmCustomerCard, selector = '[part~="header"], .compact'): Promise<void> {
  await until(() => !!root(card).querySelector(selector), `card rendered ${selector}`);
}

/** Each contact shown as "name · title · style" (the parts present). */
export function people(card: Element): string[] {
  return [...root(card).querySelectorAll('[part="person"]')].map((li) =>
    ['.contact-name', '.person-title', '.chip.style']
      .map((s) => li.querySelector(s)?.textContent?.trim())
      .filter(Boolean)
      .join(' · '),
  );
}

/** The label/value pairs inside `selector`, as "label: value" joined by " | " (Edit buttons left out). */
export function fields(card: Element, selector: string): string {
  const section = root(card).querySelector(selector);
  return [...(section?.querySelectorAll('[part="field"]') ?? [])]
    .map((field) => {
      const value = field.querySelector('dd')!.cloneNode(true) as Element;
      for (const button of value.querySelectorAll('[part="edit-button"]')) button.remove();
      const clean = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();
      return `${clean(field.querySelector('dt')!.textContent)}: ${clean(value.textContent)}`;
    })
    .join(' | ');
}

/**
 * The fixture group with what a real account page has besides: a reachable decision maker, weekly orders
 * (falling in the last 90 days) and pipeline spread over months; for screenshots and layout checks.
 */
export async function showcase(store: CrmStore): Promise<void> {
  await seed(store);
  await store.contacts.put({
    id: 'ct-3',
    customerId: 'g-a',
    name: '陈建国',
    title: '副总经理',
    role: 'decision-maker',
    style: 'tiger',
    phone: '+86 138 0013 8000',
    email: 'chen.jianguo@example.com',
  });
  const now = Date.parse(NOW);
  const orders = Array.from({ length: 24 }, (_, i) => ({
    id: `show-o${i}`,
    customerId: 'g-a',
    kind: 'order' as const,
    at: new Date(now - (i * 7 + 3) * 86_400_000).toISOString(),
    subject: `订单 ${i + 1}`,
    // Older weeks larger: the last 90 days fall by about a third.
    amount: (i < 13 ? 18_000_000 : 26_000_000) + ((i * 7919) % 9_000_000),
    currency: 'CNY',
  }));
  await store.import({
    activities: orders,
    opportunities: [
      {
        id: 'show-p1',
        customerId: 'g-a',
        name: '调度系统升级',
        stage: 'qualified',
        amount: 6_500_000,
        currency: 'CNY',
        expectedClose: '2027-02-15',
      },
      {
        id: 'show-p2',
        customerId: 'g-a',
        name: '运维外包',
        stage: 'lead',
        amount: 3_200_000,
        currency: 'CNY',
        expectedClose: '2027-04-01',
      },
    ],
  });
}
