/**
 * The status bar totals, headless: summed after the wait the controller is given (the element waits for the
 * results to paint), exact per currency, dropped when the rows shown change before they are done, and no
 * total past 2^53 minor units. Then in the element: right after a search keystroke the totals part shows the
 * pending placeholder (never the previous figures), then the totals of exactly the rows shown.
 */
import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import type { ReactiveControllerHost } from 'lit';
import '../../../src/components/account-list/account-list.js';
import type { CrmAccountList } from '../../../src/components/account-list/account-list.js';
import type { AccountRow } from '../../../src/components/account-list/account-model.js';
import { AccountTotalsController, addTotals, OVERFLOW } from '../../../src/components/account-list/account-totals.js';
import { yieldToMain } from '../../../src/internal/yield-to-main.js';
import { deleteStores, freshStore, until } from '../../support/fixtures.js';
import { ignoreResizeObserverNotice } from './resize-observer-notice.js';

const entry = (currency: string, annualRevenue: number | undefined, pipeline: number) => ({
  row: { customer: { id: 'x', name: 'x', currency, annualRevenue }, pipeline } as unknown as AccountRow,
});

/** A host that counts update requests; and a wait the test releases by hand. */
function harness() {
  let updates = 0;
  const host = {
    addController: () => undefined,
    removeController: () => undefined,
    requestUpdate: () => void updates++,
    updateComplete: Promise.resolve(true),
  } satisfies ReactiveControllerHost;
  const gates: (() => void)[] = [];
  const totals = new AccountTotalsController(host, () => new Promise<void>((resolve) => gates.push(resolve)));
  // One task boundary: every continuation of a released (or dropped) run has run by then.
  const settle = yieldToMain;
  return { totals, gates, settle, updates: () => updates };
}

describe('account list totals (headless)', () => {
  it('sums per currency only after the wait, then reports exact integer minor units', async () => {
    const { totals, gates, settle, updates } = harness();
    const view = [entry('CNY', 100, 5), entry('USD', 7, 0), entry('CNY', undefined, 11), entry('USD', 3, 2)];
    expect(totals.of(view)).to.equal(undefined);
    expect(totals.of(view)).to.equal(undefined);
    await settle();
    expect(updates()).to.equal(0);
    expect(gates.length, 'one run for the same rows').to.equal(1);
    gates[0]!();
    await until(() => updates() === 1, 'totals reported');
    expect(totals.of(view)).to.deep.equal({
      revenue: [
        ['CNY', 100],
        ['USD', 10],
      ],
      pipeline: [
        ['CNY', 16],
        ['USD', 2],
      ],
    });
  });

  it('drops a run whose rows are no longer shown, and never gives its figures for the new rows', async () => {
    const { totals, gates, settle, updates } = harness();
    const before = [entry('CNY', 1, 1)];
    const after = [entry('CNY', 2, 2)];
    totals.of(before);
    totals.of(after);
    gates[0]!();
    await settle();
    expect(updates(), 'the dropped run reports nothing').to.equal(0);
    expect(totals.of(after)).to.equal(undefined);
    gates[1]!();
    await until(() => updates() === 1, 'new totals');
    expect(totals.of(after)).to.deep.equal({ revenue: [['CNY', 2]], pipeline: [['CNY', 2]] });
    expect(totals.of(before), 'old rows are summed again, not taken from the new').to.equal(undefined);
  });

  it('gives no total past 2^53 minor units rather than an inexact one', async () => {
    const { totals, gates, updates } = harness();
    const view = [entry('CNY', Number.MAX_SAFE_INTEGER, 0), entry('CNY', 1, 0)];
    totals.of(view);
    gates[0]!();
    await until(() => updates() === 1, 'reported');
    expect(totals.of(view)).to.equal(OVERFLOW);
  });

  it('sums 60,000 rows in slices to the exact BigInt totals', async () => {
    const { totals, gates, updates } = harness();
    const view = Array.from({ length: 60_000 }, (_, i) => entry(i % 3 ? 'CNY' : 'HKD', 1_000_000_000 + i, i * 7));
    totals.of(view);
    gates[0]!();
    await until(() => updates() === 1, 'reported');
    const exact = (currency: string, pick: (i: number) => number) =>
      Number(
        view.reduce((sum, _, i) => (view[i]!.row.customer.currency === currency ? sum + BigInt(pick(i)) : sum), 0n),
      );
    expect(totals.of(view)).to.deep.equal({
      revenue: [
        ['HKD', exact('HKD', (i) => 1_000_000_000 + i)],
        ['CNY', exact('CNY', (i) => 1_000_000_000 + i)],
      ],
      pipeline: [
        ['HKD', exact('HKD', (i) => i * 7)],
        ['CNY', exact('CNY', (i) => i * 7)],
      ],
    });
  });

  it('property: addTotals equals BigInt sums per currency, and throws exactly when a sum passes 2^53', () => {
    // Pipelines stay small (20 × 2^40 < 2^53), so only a revenue sum can pass 2^53.
    const item = fc.tuple(fc.constantFrom('CNY', 'USD'), fc.maxSafeNat(), fc.integer({ min: 0, max: 2 ** 40 }));
    fc.assert(
      fc.property(fc.array(item, { maxLength: 20 }), (items) => {
        const revenue = new Map<string, bigint>();
        const pipeline = new Map<string, bigint>();
        for (const [c, r, p] of items) {
          revenue.set(c, (revenue.get(c) ?? 0n) + BigInt(r));
          pipeline.set(c, (pipeline.get(c) ?? 0n) + BigInt(p));
        }
        const overflows = [...revenue.values()].some((v) => v > BigInt(Number.MAX_SAFE_INTEGER));
        const sums = { revenue: new Map<string, number>(), pipeline: new Map<string, number>() };
        let threw = false;
        try {
          addTotals(
            sums,
            items.map(([c, r, p]) => entry(c, r, p)),
          );
        } catch {
          threw = true;
        }
        expect(threw).to.equal(overflows);
        if (overflows) return;
        expect([...sums.revenue]).to.deep.equal([...revenue].map(([c, v]) => [c, Number(v)]));
        expect([...sums.pipeline]).to.deep.equal([...pipeline].map(([c, v]) => [c, Number(v)]));
      }),
      { numRuns: 200 },
    );
  });
});

describe('<crm-account-list> totals after a keystroke', () => {
  let restore: () => void;
  before(() => {
    restore = ignoreResizeObserverNotice();
  });
  after(async () => {
    restore();
    await deleteStores();
  });

  it('shows the pending placeholder, never the previous figures, until the totals of the rows shown are in', async () => {
    const store = freshStore();
    await store.import({
      customers: [
        { id: 'a', name: 'Alpha', currency: 'CNY', annualRevenue: 100_000_00 },
        { id: 'b', name: 'Beta', currency: 'CNY', annualRevenue: 300_000_00 },
      ],
    });
    const el = await fixture<CrmAccountList>(html`<crm-account-list .store=${store} lang="en"></crm-account-list>`);
    const part = () => el.shadowRoot!.querySelector('[part="totals"]');
    const money = (amount: number) =>
      new Intl.NumberFormat('en', { style: 'currency', currency: 'CNY', notation: 'compact' }).format(amount);
    await until(() => part()?.textContent?.includes('Annual revenue') ?? false, 'first totals');
    const both = part()!.textContent!.trim();
    expect(both).to.contain(money(400_000));

    el.query = 'beta';
    await el.updateComplete;
    expect(el.visibleRows.map((r) => r.id)).to.deep.equal(['b']);
    expect(part()!.textContent!.trim()).to.not.equal(both);
    expect(part()!.classList.contains('pending')).to.equal(true);
    expect(part()!.getAttribute('aria-busy')).to.equal('true');
    await until(() => !part()!.classList.contains('pending'), 'totals of the match');
    expect(part()!.textContent!.trim()).to.contain(money(300_000));
    expect(part()!.textContent!.trim()).to.not.contain(money(400_000));
  });
});
