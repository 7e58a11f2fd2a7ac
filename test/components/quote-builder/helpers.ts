/** Test helpers for <crm-quote-builder>: a seeded store, mounting, typing into cells, reading the DOM. */
import { fixture, html, nextFrame } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../../../src/components/quote-builder/quote-builder.js';
import type {
  CrmQuoteBuilder,
  QuoteBuilderPolicy,
  QuoteUser,
} from '../../../src/components/quote-builder/quote-builder.js';
import type { CrmStore } from '../../../src/data/store.js';
import { customer, freshStore, until } from '../../support/fixtures.js';

/** The README worked example's product: ¥100.00, cost ¥60.00, 13 % VAT. */
export const ROUTER = {
  id: 'prod-router',
  code: 'NET-RT-100',
  name: 'Industrial router',
  unit: 'pcs',
  price: 10_000,
  currency: 'CNY',
  vatRate: 13,
  cost: 6_000,
  category: 'hardware',
};
export const GATEWAY = {
  id: 'prod-gw',
  code: 'HW-GW-001',
  name: 'Gateway, industrial',
  unit: 'pcs',
  price: 10_000,
  currency: 'CNY',
  vatRate: 13,
  cost: 5_000,
  category: 'hardware',
};
export const SERVICE = {
  id: 'prod-svc',
  code: 'SV-IMPL-001',
  name: 'Implementation service',
  unit: 'day',
  price: 350_000,
  currency: 'CNY',
  vatRate: 6,
  cost: 192_500,
  category: 'service',
};
export const IMPORTED = {
  id: 'prod-usd',
  code: 'HW-GPU-001',
  name: 'AI accelerator (imported)',
  unit: 'pcs',
  price: 890_000,
  currency: 'USD',
  vatRate: 13,
  cost: 658_600,
  category: 'hardware',
};

/** Who may approve in these tests: the approvals test's supervisor, project lead and director. */
export const DIRECTORY = [
  { person: '孙立', level: 'supervisor' },
  { person: '李明', level: 'project-lead' },
  { person: '陈国华', level: 'director' },
];

/** A store with customers of tier A1 (`cust-a1`) and C (`cust-c`), the products above and the directory. */
export async function seededStore(): Promise<CrmStore> {
  const store = freshStore();
  store.configureApprovals({ directory: DIRECTORY });
  await store.import({
    customers: [
      customer('cust-a1', { tier: 'A1', name: '华东能源集团' }),
      customer('cust-c', { tier: 'C', name: '江南制造', alias: 'Jiangnan Manufacturing' }),
    ],
    products: [ROUTER, GATEWAY, SERVICE, IMPORTED],
  });
  return store;
}

export interface MountOptions {
  customerId?: string;
  quoteId?: string;
  user?: QuoteUser;
  policy?: Partial<QuoteBuilderPolicy>;
  lang?: string;
  delay?: number;
}

export const SALES: QuoteUser = { name: '王磊', role: 'sales' };

export async function mount(store: CrmStore, o: MountOptions = {}): Promise<CrmQuoteBuilder> {
  const el = await fixture<CrmQuoteBuilder>(html`<crm-quote-builder
    lang=${o.lang ?? 'en'}
    customer-id=${ifDefined(o.customerId)}
    quote-id=${ifDefined(o.quoteId)}
    as-of="2026-11-15"
    autosave-delay=${o.delay ?? 30}
    .store=${store}
    .currentUser=${o.user ?? SALES}
    .policy=${o.policy}
  ></crm-quote-builder>`);
  await loaded(el);
  return el;
}

/** Waits until the quote and the catalog are on screen. */
export async function loaded(el: CrmQuoteBuilder): Promise<void> {
  await until(() => !!el.value && !!q(el, '#catalog-input') && !q(el, '.placeholder'), 'quote builder loaded');
  await until(
    () => (el as unknown as { productData: { status: string } }).productData.status === 'complete',
    'catalog loaded',
  );
}

export const q = <E extends Element = HTMLElement>(el: CrmQuoteBuilder, selector: string) =>
  el.shadowRoot!.querySelector<E & Element>(selector) as (E & HTMLElement) | null;
export const qa = (el: CrmQuoteBuilder, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>(selector),
];
export const text = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Types into an input or textarea the way a person does: the value changes, then an input event. */
export async function type(el: CrmQuoteBuilder, input: HTMLInputElement | HTMLTextAreaElement | null, value: string) {
  if (!input) throw new Error('no such input');
  input.focus();
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

export async function choose(el: CrmQuoteBuilder, select: HTMLSelectElement | null, value: string) {
  if (!select) throw new Error('no such select');
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await el.updateComplete;
}

export const cell = (el: CrmQuoteBuilder, row: number, field: string) =>
  q<HTMLInputElement>(el, `[data-row="${row}"][data-field="${field}"]`);

/** Adds a catalog product through the picker: type its code, press Enter. */
export async function addProduct(el: CrmQuoteBuilder, code: string) {
  const input = q<HTMLInputElement>(el, '#catalog-input')!;
  await type(el, input, code);
  input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
  await el.updateComplete;
}

/** Fills the free-text line and adds it. */
export async function addFreeLine(
  el: CrmQuoteBuilder,
  line: { description: string; quantity: string; unitPrice: string; vatRate: string; unit?: string },
) {
  await type(el, q(el, '#draft-description') as HTMLInputElement, line.description);
  await type(el, q(el, '#draft-quantity') as HTMLInputElement, line.quantity);
  if (line.unit) await type(el, q(el, '#draft-unit') as HTMLInputElement, line.unit);
  await type(el, q(el, '#draft-unitPrice') as HTMLInputElement, line.unitPrice);
  await choose(el, q(el, '#draft-vatRate') as HTMLSelectElement, line.vatRate);
  q(el, 'button.add-line')!.click();
  await el.updateComplete;
}

export const action = (el: CrmQuoteBuilder, id: string) => q<HTMLButtonElement>(el, `button[data-action="${id}"]`)!;
/** The life-cycle moves on offer: the action bar's, then the "more" menu's. */
export const offered = (el: CrmQuoteBuilder) => [
  ...qa(el, '.actions button[data-action]').map((b) => b.dataset.action!),
  ...qa(el, '#more-menu [data-menu^="action-"]').map((b) => b.dataset.menu!.slice('action-'.length)),
];
export const actionReason = (el: CrmQuoteBuilder, id: string) => text(q(el, `#why-${id}`));

export async function setUser(el: CrmQuoteBuilder, user: QuoteUser) {
  el.currentUser = user;
  await el.updateComplete;
}

let sample: unknown;
/** A store with the demo's sample dataset. */
export async function sampleStore(): Promise<CrmStore> {
  sample ??= await (await fetch('/demo/data/sample.json')).json();
  const store = freshStore();
  await store.import(sample as never);
  return store;
}

/** The sample quote q-001 between two buttons, priced, optionally in a frame of `width` px. */
export async function mountSample(o: { lang?: string; width?: number; theme?: string } = {}) {
  const store = await sampleStore();
  const frame = await fixture<HTMLDivElement>(html`<div>
    <button id="before">before</button>
    <crm-quote-builder lang=${o.lang ?? 'en'} theme=${o.theme ?? 'light'} quote-id="q-001" as-of="2026-11-15"
      .store=${store} .currentUser=${SALES}></crm-quote-builder>
    <button id="after">after</button>
  </div>`);
  if (o.width) frame.style.width = `${o.width}px`;
  const el = frame.querySelector('crm-quote-builder') as CrmQuoteBuilder;
  await loaded(el);
  await until(() => !!q(el, '.totals'), 'priced');
  await nextFrame();
  return { el, frame };
}
