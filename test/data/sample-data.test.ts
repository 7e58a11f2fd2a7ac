/**
 * The demo dataset (demo/data/sample.json, written by demo/data/generate-sample.mjs) is valid against the
 * model, has the shape the issue asks for (groups with subsidiaries, the three buying roles, a six-stage
 * funnel, every VAT category, another currency), its references resolve, and it imports into a store.
 */
import { expect } from '@open-wc/testing';
import {
  type Activity,
  type Approver,
  type Contact,
  type Customer,
  type Dataset,
  type Opportunity,
  type Order,
  type Product,
  type Quote,
  type QuoteLine,
  type Stage,
  TABLE_NAMES,
  type TableName,
} from '../../src/data/model.js';
import { validateRecord } from '../../src/data/schemas.js';
import type { CrmStore } from '../../src/data/store.js';
import { deleteStores, freshStore } from '../support/fixtures.js';

interface Sample {
  stages: Stage[];
  customers: Customer[];
  contacts: Contact[];
  opportunities: Opportunity[];
  products: Product[];
  quotes: Quote[];
  orders: Order[];
  activities: Activity[];
  approvers: Approver[];
}

const REFERENCE = '2026-11-15T10:00:00.000Z';
const HAN = /\p{Script=Han}/u;
const DAY = 86_400_000;

const countBy = <R>(rows: readonly R[], key: (row: R) => string): Record<string, number> =>
  rows.reduce<Record<string, number>>((acc, row) => {
    acc[key(row)] = (acc[key(row)] ?? 0) + 1;
    return acc;
  }, {});

/** Line amount as the pricing rules compute it: list rounded, discount rounded, VAT per line (half-up). */
function lineTotal(line: QuoteLine, priceMode: Quote['priceMode']): number {
  const list = Math.round(line.unitPrice * line.quantity);
  const net = list - Math.round((list * (line.lineDiscount ?? 0)) / 100);
  return priceMode === 'tax-included' ? net : net + Math.round((net * line.vatRate) / 100);
}

describe('demo sample data (demo/data/sample.json)', () => {
  let data: Sample;
  let customerById: Map<string, Customer>;

  before(async () => {
    const response = await fetch('/demo/data/sample.json');
    expect(response.ok, `GET /demo/data/sample.json: HTTP ${response.status}`).to.equal(true);
    data = (await response.json()) as Sample;
    customerById = new Map(data.customers.map((c) => [c.id, c]));
  });

  afterEach(deleteStores);

  it('has exactly the model tables, and every record validates with a unique id', () => {
    expect(Object.keys(data).sort()).to.deep.equal([...TABLE_NAMES].sort());
    for (const table of TABLE_NAMES) {
      const rows = data[table] as unknown[];
      expect(rows, table).to.be.an('array').that.is.not.empty;
      const ids = new Set<string>();
      rows.forEach((row, index) => {
        const record = validateRecord(table as TableName, row, index);
        expect(ids.has(record.id), `${table}: duplicate id ${record.id}`).to.equal(false);
        ids.add(record.id);
      });
    }
  });

  it('has at least 30 groups with 2-6 subsidiaries each, some two levels deep, in Chinese with English aliases', () => {
    const children = new Map<string, Customer[]>();
    for (const c of data.customers) {
      if (c.parentId) children.set(c.parentId, [...(children.get(c.parentId) ?? []), c]);
    }
    const heads = data.customers.filter((c) => !c.parentId && children.has(c.id));
    expect(heads.length).to.be.at.least(30);
    for (const head of heads) {
      expect(children.get(head.id)!.length, `${head.id} subsidiaries`).to.be.within(2, 6);
    }
    const secondLevel = data.customers.filter((c) => c.parentId && customerById.get(c.parentId)?.parentId);
    expect(secondLevel.length).to.be.at.least(5);
    for (const c of data.customers) {
      expect(c.name, c.id).to.match(HAN);
      expect(c.alias, c.id).to.match(/^[\x20-\x7e\u2019]+$/);
      expect(c.tierScheme, c.id).to.equal('value');
      expect(c.region, c.id).to.match(HAN);
    }
  });

  it('spreads accounts over kinds, industries, tiers (a pyramid) and currencies', () => {
    const kinds = countBy(data.customers, (c) => c.kind ?? '');
    expect(kinds).to.include.keys('enterprise', 'government', 'nonprofit', 'intermediary');
    expect(kinds.enterprise).to.be.greaterThan(data.customers.length / 2);
    const industries = new Set(data.customers.map((c) => c.industry));
    for (const industry of [
      'energy',
      'finance',
      'manufacturing',
      'logistics',
      'healthcare',
      'government',
      'education',
      'telecom',
      'retail',
      'media',
    ]) {
      expect(industries.has(industry), industry).to.equal(true);
    }
    const tiers = countBy(data.customers, (c) => c.tier ?? '');
    expect(tiers).to.have.all.keys('A1', 'A2', 'B1', 'B2', 'C');
    expect(tiers.A1! + tiers.A2!).to.be.lessThan(tiers.B1! + tiers.B2!);
    expect(tiers.B1!).to.be.lessThan(tiers.C!);
    const strategic = data.customers.filter((c) => c.tier === 'A2' && !c.parentId);
    expect(strategic.some((c) => c.kind === 'government')).to.equal(true);
    expect(strategic.some((c) => c.industry === 'media')).to.equal(true);
    const currencies = new Set(data.customers.map((c) => c.currency));
    expect(currencies.has('CNY')).to.equal(true);
    expect([...currencies].some((code) => code !== 'CNY')).to.equal(true);
    expect(data.customers.filter((c) => c.riskFlags?.length).length).to.be.at.least(5);
    expect(data.customers.filter((c) => c.tags?.length).length).to.be.at.least(5);
    for (const c of data.customers) {
      expect(c.indicators, c.id).to.include.keys(
        'annualRevenue',
        'revenueStability',
        'strategicInfluence',
        'costToServe',
      );
      for (const flag of c.riskFlags ?? []) expect(flag).to.match(/^(credit|market|operational):[a-z-]+$/);
    }
  });

  it('maps contacts in all three buying roles, leaving some accounts without a decision maker', () => {
    const roles = countBy(data.contacts, (c) => c.role);
    expect(roles).to.have.all.keys('decision-maker', 'technical-gatekeeper', 'user');
    expect(new Set(data.contacts.map((c) => c.style))).to.have.property('size', 4);
    const mapped = new Set(data.contacts.map((c) => c.customerId));
    expect(mapped.size).to.be.greaterThan(data.customers.length / 2);
    const withoutDecisionMaker = [...mapped].filter(
      (id) => !data.contacts.some((c) => c.customerId === id && c.role === 'decision-maker'),
    );
    expect(withoutDecisionMaker.length).to.be.at.least(1);
    for (const c of data.contacts) {
      expect(c.name, c.id).to.match(HAN);
      expect(c.title, c.id).to.be.a('string').that.is.not.empty;
    }
  });

  it('defines the six funnel stages in order', () => {
    const stages = [...data.stages].sort((a, b) => a.order - b.order);
    expect(stages.map((s) => [s.id, s.nameZh, s.order, s.probability, s.kind])).to.deep.equal([
      ['lead', '线索', 1, 10, 'open'],
      ['qualified', '已确认', 2, 25, 'open'],
      ['proposal', '方案/报价', 3, 50, 'open'],
      ['negotiation', '谈判', 4, 75, 'open'],
      ['won', '赢单', 5, 100, 'won'],
      ['lost', '输单', 6, 0, 'lost'],
    ]);
  });

  it('has at least 200 opportunities across all six stages, in a funnel shape', () => {
    const opps = data.opportunities;
    expect(opps.length).to.be.at.least(200);
    const byStage = countBy(opps, (o) => o.stage);
    expect(byStage).to.have.all.keys('lead', 'qualified', 'proposal', 'negotiation', 'won', 'lost');
    expect(byStage.lead!).to.be.greaterThan(byStage.qualified!);
    expect(byStage.qualified!).to.be.greaterThan(byStage.proposal!);
    expect(byStage.proposal!).to.be.greaterThan(byStage.negotiation!);
    const currencies = countBy(opps, (o) => o.currency);
    expect(currencies.USD).to.be.at.least(10);
    expect(currencies.HKD).to.be.at.least(2);
    expect(opps.filter((o) => o.probability !== undefined).length).to.be.at.least(3);
    for (const o of opps) {
      expect(
        o.expectedClose! >= '2026-07-01' && o.expectedClose! <= '2027-06-30',
        `${o.id} ${o.expectedClose}`,
      ).to.equal(true);
      if (o.stage === 'lost') expect(o.lostReason, o.id).to.be.a('string').that.is.not.empty;
      if (o.currency === 'CNY') expect(o.amount, o.id).to.be.within(5_000_000, 800_000_000);
      expect(o.team, o.id).to.be.a('string').that.is.not.empty;
    }
  });

  it('keeps every stage history consistent with the current stage', () => {
    const order = new Map(data.stages.map((s) => [s.id, s]));
    for (const o of data.opportunities) {
      const history = o.stageHistory ?? [];
      expect(history.length, o.id).to.be.at.least(1);
      expect(history[0]!.stage, o.id).to.equal('lead');
      expect(history.at(-1)!.stage, o.id).to.equal(o.stage);
      history.forEach((step, i) => {
        const stage = order.get(step.stage);
        expect(stage, `${o.id} step ${step.stage}`).to.not.equal(undefined);
        if (i < history.length - 1) expect(stage!.kind, `${o.id}: ${step.stage} before the end`).to.equal('open');
        if (i === 0) return;
        const previous = history[i - 1]!;
        expect(Date.parse(step.at), `${o.id} step ${i}`).to.be.greaterThan(Date.parse(previous.at));
        if (stage!.kind === 'open' || stage!.kind === 'won') {
          expect(stage!.order, `${o.id} step ${i}`).to.equal(order.get(previous.stage)!.order + 1);
        }
      });
      expect(history.at(-1)!.at <= REFERENCE, o.id).to.equal(true);
    }
  });

  it('has products in the 13%, 9%, 6% and 0% VAT categories with unique codes', () => {
    const rates = new Set(data.products.map((p) => p.vatRate));
    for (const rate of [13, 9, 6, 0]) expect(rates.has(rate), `${rate}%`).to.equal(true);
    expect(new Set(data.products.map((p) => p.code)).size).to.equal(data.products.length);
    expect(data.products.some((p) => p.currency !== 'CNY')).to.equal(true);
    for (const p of data.products) expect(p.cost!, p.code).to.be.lessThan(p.price);
  });

  it('resolves every reference', () => {
    const ids = (rows: { id: string }[]) => new Set(rows.map((r) => r.id));
    const customers = ids(data.customers);
    const products = ids(data.products);
    const quotes = ids(data.quotes);
    const stages = ids(data.stages);
    const contactById = new Map(data.contacts.map((c) => [c.id, c]));
    const oppById = new Map(data.opportunities.map((o) => [o.id, o]));
    for (const c of data.customers) if (c.parentId) expect(customers.has(c.parentId), c.id).to.equal(true);
    for (const table of ['contacts', 'opportunities', 'quotes', 'orders', 'activities'] as const) {
      for (const row of data[table]) expect(customers.has(row.customerId), `${table} ${row.id}`).to.equal(true);
    }
    for (const o of data.opportunities) {
      expect(stages.has(o.stage), o.id).to.equal(true);
      for (const step of o.stageHistory ?? []) expect(stages.has(step.stage), o.id).to.equal(true);
    }
    for (const row of [...data.quotes, ...data.orders]) {
      for (const line of row.lines) if (line.productId) expect(products.has(line.productId), line.id).to.equal(true);
    }
    for (const q of data.quotes) {
      if (typeof q.opportunityId === 'string')
        expect(oppById.get(q.opportunityId)?.customerId, q.id).to.equal(q.customerId);
    }
    for (const o of data.orders) if (o.quoteId) expect(quotes.has(o.quoteId), o.id).to.equal(true);
    for (const a of data.activities) {
      if (a.contactId) expect(contactById.get(a.contactId)?.customerId, a.id).to.equal(a.customerId);
      if (a.opportunityId) expect(oppById.get(a.opportunityId)?.customerId, a.id).to.equal(a.customerId);
    }
  });

  it('has quotes through the approval life cycle, and orders that add up', () => {
    const statuses = new Set(data.quotes.map((q) => q.status));
    for (const status of ['draft', 'pending-approval', 'approved', 'sent', 'accepted']) {
      expect(statuses.has(status as Quote['status']), status).to.equal(true);
    }
    expect(new Set(data.quotes.map((q) => q.priceMode))).to.have.property('size', 2);
    const lines = data.quotes.flatMap((q) => q.lines);
    expect(lines.some((l) => l.optional)).to.equal(true);
    expect(lines.some((l) => l.group)).to.equal(true);
    expect(lines.some((l) => l.lineDiscount)).to.equal(true);
    for (const q of data.quotes) {
      const history = q.history ?? [];
      expect(history.at(-1)?.to, q.id).to.equal(q.status);
      for (let i = 1; i < history.length; i++) {
        expect(history[i]!.from, `${q.id} step ${i}`).to.equal(history[i - 1]!.to);
      }
    }
    expect(data.orders.length).to.be.at.least(2);
    for (const order of data.orders) {
      const quote = data.quotes.find((q) => q.id === order.quoteId)!;
      expect(
        quote.history!.some((h) => h.to === 'accepted'),
        order.id,
      ).to.equal(true);
      expect(order.currency).to.equal(quote.currency);
      expect(order.total, order.id).to.equal(order.lines.reduce((sum, l) => sum + lineTotal(l, quote.priceMode), 0));
    }
  });

  it('has a year of activities with order amounts, open complaints and silent accounts', () => {
    const kinds = countBy(data.activities, (a) => a.kind);
    expect(kinds).to.have.all.keys('visit', 'call', 'email', 'meeting', 'complaint', 'order');
    expect(data.activities.length).to.be.at.least(300);
    expect(data.activities.some((a) => a.kind === 'complaint' && a.status === 'open')).to.equal(true);
    const reference = Date.parse(REFERENCE);
    for (const a of data.activities) {
      expect(a.at <= REFERENCE, a.id).to.equal(true);
      expect(reference - Date.parse(a.at), a.id).to.be.below(366 * DAY);
      if (a.kind === 'order') {
        expect(a.amount, a.id).to.be.a('number');
        expect(a.currency, a.id).to.equal(customerById.get(a.customerId)!.currency);
      }
    }
    const last = new Map<string, string>();
    for (const a of data.activities) if ((last.get(a.customerId) ?? '') < a.at) last.set(a.customerId, a.at);
    const silent = [...last].filter(([, at]) => reference - Date.parse(at) > 90 * DAY);
    expect(silent.length).to.be.at.least(3);

    // Falling order volume for some account: its last quarter orders far less than its first.
    const falling = [...customerById.keys()].filter((id) => {
      const orders = data.activities.filter((a) => a.customerId === id && a.kind === 'order');
      const sum = (from: number, to: number) =>
        orders
          .filter((a) => reference - Date.parse(a.at) >= from * DAY && reference - Date.parse(a.at) < to * DAY)
          .reduce((total, a) => total + (a.amount ?? 0), 0);
      return orders.length >= 6 && sum(0, 120) < sum(240, 366) / 2;
    });
    expect(falling.length).to.be.at.least(2);
  });

  it('imports into a fresh store', async () => {
    const store: CrmStore = freshStore();
    const result = await store.import(data as Dataset);
    expect(result.status).to.equal('imported');
    for (const table of TABLE_NAMES) expect(result.counts[table], table).to.equal(data[table].length);
    expect(await store.customers.count()).to.equal(data.customers.length);
    const head = await store.customers.get('cust-001');
    expect(head?.name).to.equal('华东能源集团有限公司');
    expect(await store.opportunities.count()).to.equal(data.opportunities.length);
  });
});
