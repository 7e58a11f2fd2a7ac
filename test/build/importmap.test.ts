/**
 * The usage guide's import-map way, as a team without a bundler follows it: the installed package (the packed
 * tarball, test/build/consumers.mjs) and its dependencies served as plain files by a second server, and the
 * guide's import map copied as written (test/build/cdn-server.mjs). Every element entry must import, and each
 * mapped dependency must work where it is used: Dexie and valibot (a provider seeding its store, a bound card),
 * Chart.js (the funnel's bars), the virtualizer and pinyin-pro (the account list, a search by pinyin initials) and
 * papaparse through the package's ES wrapper (a CSV read and imported).
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { until } from '../support/fixtures.js';

interface MapPageWindow extends Window {
  __imports?: Promise<string[]>;
  __problems?: string[];
  Blob: typeof Blob;
}
type ImportElement = HTMLElement & {
  load(file: Blob): Promise<void>;
  start(): Promise<{ created: number } | undefined>;
};
type AccountList = HTMLElement & { visibleRows: readonly { name: string }[] };

async function openMapPage(cdn: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.width = '900px';
  frame.style.height = '700px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/__crm/importmap-page?cdn=${encodeURIComponent(cdn)}`;
  document.body.append(frame);
  await loaded;
  return frame;
}

/** Whether a canvas has any painted pixel (Chart.js drew on it). */
function painted(canvas: HTMLCanvasElement): boolean {
  const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
  for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) return true;
  return false;
}

describe('the import-map way (docs/pages/usage.en.md): the installed package served as plain files', function () {
  this.timeout(60_000);

  it('imports every element entry, and every mapped dependency works where it is used', async () => {
    const cdn = (await executeServerCommand('start-cdn-server')) as string;
    const frame = await openMapPage(cdn);
    const win = frame.contentWindow as MapPageWindow;
    await until(() => !!win.__imports, 'the entries are loading');
    expect(await win.__imports, 'entries that failed to import').to.deep.equal([]);

    const doc = frame.contentDocument!;
    const database = `importmap-${crypto.randomUUID()}`;
    const element = (tag: string, attributes: Record<string, string> = {}) => {
      const el = doc.createElement(tag);
      for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
      return el;
    };
    const badge = element('crm-tier-badge', { tier: 'A1' });
    const provider = element('crm-provider', {
      database,
      seed: new URL('/test/fixtures/seed-small.json', location.href).href,
    });
    const card = element('crm-customer-card', { 'customer-id': 'grp-1-1' });
    const funnel = element('crm-funnel-chart', { shape: 'bars' });
    const list = element('crm-account-list') as AccountList;
    const importer = element('crm-import') as ImportElement;
    provider.append(card, funnel, list, importer);
    doc.body.append(badge, provider);

    await until(() => badge.shadowRoot?.querySelector('[part="code"]')?.textContent === 'A1', 'badge shows A1');
    // Dexie and valibot: the provider seeds its store, the card reads it.
    await until(
      () => card.shadowRoot?.querySelector('[part="name"]')?.textContent === '华东能源江苏分公司',
      'card shows the seeded account',
    );
    // Chart.js: the funnel draws its bars.
    await until(() => {
      const canvas = funnel.shadowRoot?.querySelector<HTMLCanvasElement>('[part="canvas"]');
      return !!canvas && canvas.width > 0 && painted(canvas);
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
    // papaparse through the package's ES wrapper: a CSV read, previewed and imported.
    await until(() => !!importer.shadowRoot?.querySelector('input[type="file"]'), 'file picker shown');
    const csv = await (await fetch('/test/fixtures/customers-utf8-bom.csv')).arrayBuffer();
    await importer.load(new win.Blob([csv]));
    await until(() => !!importer.shadowRoot!.querySelector('[part="preview"]'), 'CSV preview shown');
    expect((await importer.start())?.created).to.equal(3);

    // Each came from the plain file server through the map.
    const fetched = (win.performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((r) => r.name);
    for (const file of [
      '/node_modules/dexie/dist/dexie.mjs',
      '/node_modules/valibot/dist/index.mjs',
      '/node_modules/chart.js/dist/chart.js',
      '/node_modules/pinyin-pro/dist/esm/index.mjs',
      '/node_modules/crm-widgets/dist/cdn/vendor/papaparse.js',
    ]) {
      expect(fetched, file).to.include(`${cdn}${file}`);
    }
    // Chromium reports a ResizeObserver loop as an error event when the virtualizer re-measures; nothing else.
    expect(win.__problems!.filter((p) => !p.includes('ResizeObserver loop'))).to.deep.equal([]);
    frame.remove();
    indexedDB.deleteDatabase(database);
  });
});
