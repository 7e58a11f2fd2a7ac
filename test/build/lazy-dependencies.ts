/**
 * One page's worth of the elements that reach each lazily loaded dependency, for the delivery tests (the loader,
 * the import map): a provider seeding its store (Dexie, valibot) with a bound card, funnel bars (Chart.js), the
 * account list searched by pinyin initials (the virtualizer, pinyin-pro) and a CSV read and imported (papaparse).
 */
import { expect } from '@open-wc/testing';
import { until } from '../support/fixtures.js';

type ImportElement = HTMLElement & {
  load(file: Blob): Promise<void>;
  start(): Promise<{ created: number } | undefined>;
};
type AccountList = HTMLElement & { visibleRows: readonly { name: string }[] };

/** Whether a canvas has any painted pixel (Chart.js drew on it). */
function painted(canvas: HTMLCanvasElement): boolean {
  if (!canvas.width) return false;
  const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
  for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) return true;
  return false;
}

/** Adds the elements to the frame's page (seeded into `database`) and checks each works. */
export async function exerciseLazyDependencies(frame: HTMLIFrameElement, database: string): Promise<void> {
  const doc = frame.contentDocument!;
  const win = frame.contentWindow as Window & { Blob: typeof Blob };
  const element = (tag: string, attributes: Record<string, string> = {}) => {
    const el = doc.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
    return el;
  };
  // An absolute address: the page's base URL may be another server's.
  const seed = new URL('/test/fixtures/seed-small.json', location.href).href;
  const provider = element('crm-provider', { database, seed });
  const card = element('crm-customer-card', { 'customer-id': 'grp-1-1' });
  const funnel = element('crm-funnel-chart', { shape: 'bars' });
  const list = element('crm-account-list') as AccountList;
  const importer = element('crm-import') as ImportElement;
  provider.append(card, funnel, list, importer);
  doc.body.append(provider);

  // Dexie and valibot: the provider seeds its store, the card reads it.
  await until(
    () => card.shadowRoot?.querySelector('[part="name"]')?.textContent === '华东能源江苏分公司',
    'card shows the seeded account',
  );
  // Chart.js: the funnel draws its bars.
  await until(() => {
    const canvas = funnel.shadowRoot?.querySelector<HTMLCanvasElement>('[part="canvas"]');
    return !!canvas && painted(canvas);
  }, 'funnel bars drawn');
  // The virtualizer shows rows; pinyin-pro answers a search by initials.
  const search = () => list.shadowRoot?.querySelector<HTMLInputElement>('[part="search"]');
  await until(() => !!search() && list.visibleRows.length > 1, 'account list rows');
  search()!.value = 'hdnyjs';
  search()!.dispatchEvent(new Event('input'));
  await until(
    () => list.visibleRows.length === 1 && list.visibleRows[0]!.name === '华东能源江苏分公司',
    'found by pinyin initials',
    20_000,
  );
  // papaparse: a CSV read, previewed and imported.
  await until(() => !!importer.shadowRoot?.querySelector('input[type="file"]'), 'file picker shown');
  const csv = await (await fetch('/test/fixtures/customers-utf8-bom.csv')).arrayBuffer();
  await importer.load(new win.Blob([csv]));
  await until(() => !!importer.shadowRoot!.querySelector('[part="preview"]'), 'CSV preview shown');
  expect((await importer.start())?.created).to.equal(3);
}
