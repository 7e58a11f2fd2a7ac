/**
 * Quote builder benchmark: on a 1,000-line quote, the time from a quantity keystroke (an input event on a
 * line's quantity cell) to the updated grand total in the DOM (re-pricing, approvals, fingerprint, render).
 */
import { fixture, html } from '@open-wc/testing';
import Dexie from 'dexie';
import '../../src/components/quote-builder/quote-builder.js';
import type { CrmQuoteBuilder } from '../../src/components/quote-builder/quote-builder.js';
import { CrmStore } from '../../src/data/store.js';
import { measure, record } from '../support/bench.js';

const LINES = 1_000;
const RUNS = 21;

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => requestAnimationFrame(resolve));
}

describe('quote builder benchmarks', () => {
  it(`quantity keystroke to updated totals on a ${LINES.toLocaleString('en')}-line quote`, async () => {
    const store = new CrmStore({ database: 'bench-quote-builder' });
    await store.ready;
    const vat = [13, 9, 6];
    await store.import({
      customers: [{ id: 'cust-1', name: '华东能源集团', tier: 'A1', currency: 'CNY' }],
      quotes: [
        {
          id: 'q-bench',
          customerId: 'cust-1',
          status: 'draft',
          currency: 'CNY',
          priceMode: 'tax-excluded',
          paymentTerms: 'prepaid',
          lines: Array.from({ length: LINES }, (_, i) => ({
            id: `l-${i}`,
            productId: `prod-${i % 26}`,
            description: `产品 ${i}`,
            quantity: 1 + (i % 700),
            unit: '台',
            unitPrice: 10_000 + i * 37,
            vatRate: vat[i % 3]!,
            cost: 6_000 + i * 11,
            category: 'hardware',
            ...(i % 50 === 0 ? { lineDiscount: 5 } : {}),
            group: `组 ${Math.floor(i / 100)}`,
          })),
        },
      ],
    });
    const el = await fixture<CrmQuoteBuilder>(
      html`<crm-quote-builder quote-id="q-bench" lang="zh-CN" autosave-delay="600000" .store=${store}
        .currentUser=${{ name: 'bench', role: 'sales' }}></crm-quote-builder>`,
    );
    const grand = () => el.shadowRoot!.querySelector('.totals .grand td')?.textContent ?? '';
    await until(() => grand() !== '');
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('[data-row="500"][data-field="quantity"]')!;
    let quantity = 1;
    const timing = await measure(
      async () => {
        const before = grand();
        quantity = quantity === 1 ? 2 : 1;
        input.value = String(quantity);
        input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
        await el.updateComplete;
        if (grand() === before) await until(() => grand() !== before);
      },
      { runs: RUNS, warmup: 3 },
    );
    await record({
      group: 'quote-builder',
      name: `quantity keystroke → totals updated, ${LINES.toLocaleString('en')}-line quote (median)`,
      value: timing.median,
      unit: 'ms',
      runs: RUNS,
    });
    el.remove();
    store.close();
    await Dexie.delete('bench-quote-builder');
  });
});
