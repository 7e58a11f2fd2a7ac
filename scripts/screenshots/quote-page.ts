/**
 * The quote builder for scripts/screenshots.mjs (`?shot=quote&lang=en&theme=light&width=390`, `&state=pending`
 * for the quote submitted for approval after a 25 % discount on line 1): the demo's sample quote q-001; steps
 * scroll the lines to their end, switch to the print view, and let the page take the sheet's width for the PDF.
 */
import type { CrmQuoteBuilder } from '../../src/components/quote-builder/quote-builder.js';
import { CrmStore } from '../../src/data/store.js';
import { lang, params, type Steps, theme, until, width } from './page.js';

export async function quoteShot(): Promise<Steps> {
  const pending = params.get('state') === 'pending';
  const sample = await (await fetch('/demo/data/sample.json')).json();
  // A database of its own per page (the quote's history only grows: a second import of it is refused).
  const store = new CrmStore({ database: `shots-quote-${crypto.randomUUID()}` });
  await store.import(sample as never);
  document.body.classList.add('bare');
  // Script-set styles (CSSOM), not a style attribute in markup.
  document.body.style.background = theme === 'dark' ? 'Canvas' : 'white';
  document.documentElement.style.colorScheme = theme;
  const frame = document.createElement('div');
  frame.id = 'frame';
  frame.style.width = `${width}px`;
  const builder = document.createElement('crm-quote-builder') as CrmQuoteBuilder;
  builder.lang = lang;
  if (!pending) builder.setAttribute('theme', theme);
  builder.setAttribute('quote-id', 'q-001');
  builder.setAttribute('as-of', '2026-11-15');
  builder.store = store;
  builder.currentUser = { name: '王磊', role: 'sales' };
  frame.append(builder);
  document.body.append(frame);
  const q = <E extends Element>(selector: string) => builder.shadowRoot?.querySelector<E>(selector) ?? null;
  const productData = () => (builder as unknown as { productData: { status: string } }).productData.status;
  await until(() => !!builder.value && !!q('#catalog-input') && !q('.placeholder'), 'quote builder loaded');
  await until(() => productData() === 'complete', 'catalog loaded');
  if (pending) {
    const discount = q<HTMLInputElement>('[data-row="1"][data-field="lineDiscount"]')!;
    discount.focus();
    discount.value = '25';
    discount.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await builder.updateComplete;
    q<HTMLButtonElement>('button[data-action="submit"]')!.click();
    await until(() => builder.value!.status === 'pending-approval', 'submitted');
  } else {
    await until(() => !!q('.totals'), 'priced');
  }
  return {
    'scroll-lines': async () => {
      const box = q<HTMLElement>('.lines-box')!;
      box.scrollLeft = box.scrollWidth;
    },
    'print-view': async () => {
      builder.view = 'print';
      await builder.updateComplete;
    },
    // On paper the page is as wide as the sheet: the frame's fixed width goes.
    paper: async () => {
      frame.style.width = '';
    },
  };
}
