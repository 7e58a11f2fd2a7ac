/**
 * The `<script>` build as an intranet page uses it: a static page with only the IIFE and markup.
 * Imports nothing from src/, so only dist/crm-widgets.iife.js defines elements here (`npm test` builds it first).
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { TestBackend } from '../support/backend.js';
import { customer, until } from '../support/fixtures.js';

const BUNDLE = '/dist/crm-widgets.iife.js';

/** Loads a static page in an iframe and collects the errors its scripts throw. */
async function staticPage(body: string): Promise<{ frame: HTMLIFrameElement; errors: string[] }> {
  const frame = document.createElement('iframe');
  const errors: string[] = [];
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"><script>
      window.addEventListener('error', (e) => (window.__errors = [...(window.__errors || []), e.message]));
    </script></head><body>${body}</body></html>`;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Window & { __errors?: string[] };
  errors.push(...(win.__errors ?? []));
  return { frame, errors };
}

/** URL paths the page fetched. */
const fetched = (win: Window) =>
  (win.performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((r) => new URL(r.name).pathname);

describe('dist/crm-widgets.iife.js', () => {
  before(async () => {
    const response = await fetch(BUNDLE, { method: 'HEAD' });
    if (!response.ok) throw new Error(`${BUNDLE} is missing: run \`npm run build\` first (npm test does).`);
  });

  it('shows an A1 badge on a static page, and including the script twice throws nothing', async () => {
    const { frame, errors } = await staticPage(
      `<script src="${BUNDLE}"></script><script src="${BUNDLE}"></script><crm-tier-badge tier="A1"></crm-tier-badge>`,
    );
    const win = frame.contentWindow as Window & { CrmWidgets?: Record<string, unknown>; __errors?: string[] };
    expect(errors).to.deep.equal([]);
    expect(win.customElements.get('crm-provider')).to.be.a('function');
    expect(win.customElements.get('crm-tier-badge')).to.be.a('function');
    expect(win.CrmWidgets?.VERSION).to.be.a('string');
    expect(win.CrmWidgets?.CrmStore).to.be.a('function');
    const badge = frame.contentDocument!.querySelector('crm-tier-badge')!;
    await until(() => !!badge.shadowRoot?.querySelector('[part="code"]'), 'badge rendered');
    expect(badge.shadowRoot!.querySelector('[part="code"]')!.textContent).to.equal('A1');
    expect(badge.shadowRoot!.querySelector('[part="name"]')!.textContent).to.equal('High-value');
    expect(win.__errors ?? []).to.deep.equal([]);
    expect(fetched(win).filter((path) => path.includes('funnel-canvas'))).to.deep.equal([]);
    // A presentational badge fetches none of the parts beside the file (the data layer comes with a store).
    expect(fetched(win).filter((path) => path.includes('/cdn/iife/'))).to.deep.equal([]);
    frame.remove();
  });

  it('defines the later elements when their tags appear, each fetched from cdn/iife/ then and not before', async () => {
    const { frame, errors } = await staticPage(
      `<script src="${BUNDLE}"></script><crm-tier-badge tier="A1"></crm-tier-badge>`,
    );
    const win = frame.contentWindow as Window & {
      CrmWidgets: { loadElement(tag: string): Promise<CustomElementConstructor> };
      litHtmlVersions?: string[];
    };
    const part = (name: string) => `/dist/cdn/iife/components/${name}/${name}.js`;
    expect(win.customElements.get('crm-activity-log')).to.equal(undefined);
    expect(fetched(win).filter((path) => path.includes('/cdn/iife/components/'))).to.deep.equal([]);
    // A tag added by a script later upgrades on its own.
    const log = frame.contentDocument!.createElement('crm-activity-log');
    frame.contentDocument!.body.append(log);
    await win.customElements.whenDefined('crm-activity-log');
    await until(() => !!log.shadowRoot, 'activity log rendered');
    expect(fetched(win)).to.include(part('activity-log'));
    // A script can ask for an element's class before its tag appears; the file's own elements resolve at once.
    const board = await win.CrmWidgets.loadElement('crm-pipeline-board');
    expect(board).to.equal(win.customElements.get('crm-pipeline-board'));
    expect(fetched(win)).to.include(part('pipeline-board'));
    expect(await win.CrmWidgets.loadElement('crm-tier-badge')).to.equal(win.customElements.get('crm-tier-badge'));
    // Every element of the package is defined by the file or fetched on demand (none left out of both).
    const manifest = (await (await fetch('/custom-elements.json')).json()) as {
      modules: { declarations?: { tagName?: string }[] }[];
    };
    const tags = manifest.modules.flatMap((m) => (m.declarations ?? []).flatMap((d) => (d.tagName ? [d.tagName] : [])));
    expect(tags).to.include('crm-stage-path');
    for (const tag of tags) expect(await win.CrmWidgets.loadElement(tag), tag).to.equal(win.customElements.get(tag));
    // The parts run on the file's Lit.
    expect(win.litHtmlVersions).to.have.length(1);
    expect(errors).to.deep.equal([]);
    frame.remove();
  });

  it("fetches a language's tables from cdn/locales/ beside the file, only for the language shown", async () => {
    const { frame, errors } = await staticPage(
      `<script src="${BUNDLE}"></script><crm-tier-badge lang="zh-TW" tier="A1"></crm-tier-badge>`,
    );
    const win = frame.contentWindow as Window & { __errors?: string[] };
    const badge = frame.contentDocument!.querySelector('crm-tier-badge')!;
    const label = () => badge.shadowRoot?.querySelector('[part="base"]')?.getAttribute('aria-label');
    await until(() => !!label(), 'badge rendered');
    // Traditional from the first render (the generated zh-TW table), never English first.
    expect(label()).to.equal('客戶等級 A1：高值客戶');
    expect(errors).to.deep.equal([]);
    expect(win.__errors ?? []).to.deep.equal([]);
    const locales = fetched(win).filter((path) => path.includes('/locales/'));
    expect(locales).to.deep.equal(['/dist/cdn/locales/tier-badge.strings.zh-TW.js']);
    // The tier's Traditional name comes from the label tables, also fetched from beside the file.
    expect(fetched(win)).to.include('/dist/cdn/iife/labels.zh-hant.js');
    frame.remove();
  });

  it('fetches Chart.js from cdn/funnel-canvas.js beside the file only when a funnel draws', async () => {
    const { frame, errors } = await staticPage(`<script src="${BUNDLE}"></script><div id="box"></div>`);
    const win = frame.contentWindow as Window & { __errors?: string[] };
    const doc = frame.contentDocument!;
    expect(errors).to.deep.equal([]);
    expect(fetched(win).filter((path) => path.includes('funnel-canvas'))).to.deep.equal([]);
    const funnel = doc.createElement('crm-funnel-chart') as HTMLElement & { data: unknown };
    funnel.data = [
      { id: 'o1', stage: 'lead', amount: 100_000, currency: 'CNY' },
      { id: 'o2', stage: 'proposal', amount: 250_000, currency: 'CNY' },
    ];
    doc.getElementById('box')!.append(funnel);
    const canvas = () =>
      funnel.shadowRoot?.querySelector('canvas') as (HTMLCanvasElement & { $chartjs?: unknown }) | null;
    // Chart.js marks a canvas it draws on with `$chartjs`.
    await until(() => !!canvas()?.$chartjs, 'funnel chart drawn');
    expect(fetched(win)).to.include('/dist/cdn/funnel-canvas.js');
    expect(win.__errors ?? []).to.deep.equal([]);
    frame.remove();
  });

  it('binds a badge to seeded data through <crm-provider> and follows a tier change', async () => {
    const database = `iife-${crypto.randomUUID()}`;
    const { frame, errors } = await staticPage(
      `<script src="${BUNDLE}"></script>
       <crm-provider database="${database}" seed="/test/fixtures/seed-small.json">
         <crm-tier-badge customer-id="grp-1-1"></crm-tier-badge>
       </crm-provider>`,
    );
    expect(errors).to.deep.equal([]);
    const win = frame.contentWindow as Window & {
      CrmWidgets: {
        getStore(name: string): { storage: string; customers: { update(id: string, patch: object): Promise<unknown> } };
      };
    };
    const badge = frame.contentDocument!.querySelector('crm-tier-badge')!;
    const code = () => badge.shadowRoot?.querySelector('[part="code"]')?.textContent;
    await until(() => code() === 'B1', 'seeded tier shown');
    // IndexedDB storage (Dexie) came from cdn/iife/ beside the file, with the first store.
    expect(win.CrmWidgets.getStore(database).storage).to.equal('indexeddb');
    expect(fetched(frame.contentWindow!)).to.include('/dist/cdn/iife/dexie-backend.js');
    await win.CrmWidgets.getStore(database).customers.update('grp-1-1', { tier: 'A2' });
    await until(() => code() === 'A2', 'badge followed the change without reload');
    frame.remove();
    indexedDB.deleteDatabase(database);
  });
});

type IifePageWindow = Window & {
  __problems?: string[];
  __reported?: { type: string; tag: string; reason?: string }[];
  CrmWidgets: { getStore(name: string): { storage: string } };
};

/** Opens `/__crm/iife-page` (test/build/cdn-server.mjs): the IIFE and a bound badge, under a real CSP header. */
async function iifePage(cdn: string, database: string, widget = 'badge'): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  // Tall enough for the list's rows to be in view (the virtualizer renders only those).
  frame.height = '600';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/__crm/iife-page?cdn=${encodeURIComponent(cdn)}&database=${database}&widget=${widget}`;
  document.body.append(frame);
  await loaded;
  return frame;
}

const badgeCode = (frame: HTMLIFrameElement) =>
  frame.contentDocument!.querySelector('crm-tier-badge')?.shadowRoot?.querySelector('[part="code"]')?.textContent;

for (const where of ['same origin', 'another origin'] as const) {
  describe(`crm-widgets.iife.js from ${where}, under Content-Security-Policy: default-src 'self'`, () => {
    let cdn = '';
    before(async () => {
      if (where === 'another origin') cdn = (await executeServerCommand('start-cdn-server')) as string;
    });

    it('fetches the data layer from cdn/iife/ beside the file and binds a badge to IndexedDB', async () => {
      const database = `iife-csp-${crypto.randomUUID()}`;
      const frame = await iifePage(cdn, database);
      const win = frame.contentWindow as IifePageWindow;
      await until(() => badgeCode(frame) === 'B1', 'seeded tier shown');
      expect(win.CrmWidgets.getStore(database).storage).to.equal('indexeddb');
      const files = (win.performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((r) => r.name);
      expect(files).to.include(`${cdn || location.origin}/dist/cdn/iife/dexie-backend.js`);
      expect(win.__problems).to.deep.equal([]);
      expect(win.__reported).to.deep.equal([]);
      frame.remove();
      indexedDB.deleteDatabase(database);
    });
  });
}

const rowsHost = (frame: HTMLIFrameElement) =>
  frame.contentDocument!.querySelector('crm-account-list')!.shadowRoot!.querySelector('[part="rows"]') as HTMLElement;
const listRows = (frame: HTMLIFrameElement) =>
  frame.contentDocument!.querySelector('crm-account-list')?.shadowRoot?.querySelectorAll('[part~="row"]').length ?? 0;
const rowCount = async (database: string) => {
  const { getStore } = await import('../../src/data/store.js');
  return (await getStore(database).customers.list()).length;
};

describe('crm-widgets.iife.js later elements', () => {
  it('says so in place of one whose file is missing on the server, fires crm-load-error, and the rest works', async () => {
    const cdn = (await executeServerCommand('start-cdn-server')) as string;
    const base = `${cdn}/missing/pipeline-board`;
    const database = `iife-board-404-${crypto.randomUUID()}`;
    const frame = await iifePage(base, database, 'board');
    const win = frame.contentWindow as IifePageWindow;
    await until(() => (win.__reported ?? []).some((r) => r.type === 'crm-load-error'), 'load error reported');
    const report = win.__reported!.find((r) => r.type === 'crm-load-error')! as { tag: string; url?: string };
    expect(report.tag).to.equal('crm-pipeline-board');
    expect(report.url).to.equal(`${base}/dist/cdn/iife/components/pipeline-board/pipeline-board.js`);
    const board = frame.contentDocument!.querySelector('crm-pipeline-board')!;
    expect(board.getAttribute('data-crm-load-error')).to.equal(
      '<crm-pipeline-board> could not be loaded. Check the connection and reload the page.',
    );
    // Printed before the undefined element by a constructed style sheet (no inline style under the policy).
    expect(win.getComputedStyle(board, '::before').content).to.include('could not be loaded');
    await until(() => badgeCode(frame) === 'B1', 'the badge beside it shows its tier');
    expect(win.__problems).to.deep.equal([]);
    frame.remove();
    indexedDB.deleteDatabase(database);
  });
});

describe('crm-widgets.iife.js account list', () => {
  it('virtualizes rows with the core fetched from cdn/iife/, on the one Lit of the file', async () => {
    const database = `iife-list-${crypto.randomUUID()}`;
    const frame = await iifePage('', database, 'list');
    const win = frame.contentWindow as IifePageWindow & { litHtmlVersions?: string[]; litElementVersions?: string[] };
    await until(() => listRows(frame) > 0, 'rows shown');
    const files = (win.performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((r) => r.name);
    expect(files).to.include(`${location.origin}/dist/cdn/iife/virtualizer.js`);
    // Laid out by the virtualizer core: it sizes and contains the rows' host and positions each row.
    expect(win.getComputedStyle(rowsHost(frame)).contain).to.equal('size layout');
    expect(win.getComputedStyle(rowsHost(frame).querySelector('[part~="row"]')!).position).to.equal('absolute');
    // One Lit on the page: the virtualizer core brought none of its own.
    expect(win.litHtmlVersions).to.have.length(1);
    expect(win.litElementVersions).to.have.length(1);
    // The list is a part itself; its pinyin comes from beside the file (not beside the part) on the first search.
    const list = frame.contentDocument!.querySelector('crm-account-list') as unknown as {
      shadowRoot: ShadowRoot;
      visibleRows: readonly { name: string }[];
    };
    const input = list.shadowRoot!.querySelector<HTMLInputElement>('[part="search"]')!;
    input.value = 'hdnyjs';
    input.dispatchEvent(new Event('input'));
    await until(
      () => list.visibleRows.length === 1 && list.visibleRows[0]!.name === '华东能源江苏分公司',
      'found by pinyin initials',
      20_000,
    );
    expect(fetched(win)).to.include('/dist/crm-widgets-pinyin.js');
    // Chromium reports a ResizeObserver loop as an error event when the virtualizer re-measures; nothing else.
    expect(win.__problems!.filter((p) => !p.includes('ResizeObserver loop'))).to.deep.equal([]);
    frame.remove();
    indexedDB.deleteDatabase(database);
  });

  it('renders every row when the virtualizer is missing on the server, and fires crm-load-error', async () => {
    const cdn = (await executeServerCommand('start-cdn-server')) as string;
    const database = `iife-list-404-${crypto.randomUUID()}`;
    const frame = await iifePage(`${cdn}/missing/virtualizer`, database, 'list');
    const win = frame.contentWindow as IifePageWindow;
    await until(() => (win.__reported ?? []).some((r) => r.type === 'crm-load-error'), 'load error reported');
    const report = win.__reported!.find((r) => r.type === 'crm-load-error')! as { tag: string; url?: string };
    expect(report.tag).to.equal('crm-account-list');
    expect(report.url).to.equal(`${cdn}/missing/virtualizer/dist/cdn/iife/virtualizer.js`);
    await until(() => listRows(frame) > 0, 'rows shown');
    expect(listRows(frame)).to.equal(await rowCount(database));
    // In document flow: no virtualizer laid them out.
    expect(win.getComputedStyle(rowsHost(frame)).contain).to.equal('none');
    frame.remove();
    indexedDB.deleteDatabase(database);
  });
  it('loads its CSV writer only on export, and reports it missing on the server', async () => {
    const cdn = (await executeServerCommand('start-cdn-server')) as string;
    const base = `${cdn}/missing/csv-export`;
    const database = `iife-list-csv-404-${crypto.randomUUID()}`;
    const frame = await iifePage(base, database, 'list');
    const win = frame.contentWindow as IifePageWindow;
    await until(() => listRows(frame) > 0, 'rows shown');
    const part = `${base}/dist/cdn/iife/components/account-list/csv-export.js`;
    const files = () =>
      (win.performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((r) => r.name);
    expect(files()).not.to.include(part);
    const list = frame.contentDocument!.querySelector('crm-account-list')!;
    [...list.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Export CSV')!.click();
    await until(() => (win.__reported ?? []).some((r) => r.type === 'crm-load-error'), 'load error reported');
    const report = win.__reported!.find((r) => r.type === 'crm-load-error')! as { tag: string; url?: string };
    expect(report.tag).to.equal('crm-account-list');
    expect(report.url).to.equal(part);
    // The list says so itself and keeps its rows.
    await until(() => !!list.shadowRoot!.querySelector('[part~="load-error"]'), 'notice shown');
    expect(listRows(frame)).to.be.greaterThan(0);
    frame.remove();
    indexedDB.deleteDatabase(database);
  });
});

/**
 * The package's own dynamic imports are cdn/iife/ parts too (scripts/iife-parts.ts): the badge's tiering engine and
 * explanation, the theme presets. The CDN server answers a real 404 for the presets, as a deployment missing them.
 */
describe("crm-widgets.iife.js parts for the package's dynamic imports", () => {
  it('fetches the tiering engine on the one Lit of the file, and reports presets missing on the server', async () => {
    const cdn = (await executeServerCommand('start-cdn-server')) as string;
    const base = `${cdn}/missing/theme-presets`;
    const database = `iife-presets-404-${crypto.randomUUID()}`;
    const frame = await iifePage(base, database);
    const win = frame.contentWindow as IifePageWindow & { litHtmlVersions?: string[]; litElementVersions?: string[] };
    await until(() => badgeCode(frame) === 'B1', 'seeded tier shown');
    const badge = frame.contentDocument!.querySelector('crm-tier-badge')!;
    // Opening the explanation fetches the engine and the explanation card.
    badge.shadowRoot!.querySelector<HTMLElement>('[aria-controls="explanation"]')!.click();
    const explained = () => badge.shadowRoot!.querySelector('[part="explanation"]')?.textContent?.trim() ?? '';
    await until(() => explained().length > 0, 'explanation shown');
    const files = (win.performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((r) => r.name);
    expect(files).to.include(`${base}/dist/cdn/iife/components/tier-badge/tier-evaluation.js`);
    expect(files).to.include(`${base}/dist/cdn/iife/components/tier-badge/tier-explanation.js`);
    expect(files.some((file) => file.endsWith('/theme-presets.js'))).to.equal(false);
    expect(win.litHtmlVersions).to.have.length(1);
    expect(win.litElementVersions).to.have.length(1);
    badge.setAttribute('theme', 'antd');
    await until(() => (win.__reported ?? []).some((r) => r.type === 'crm-load-error'), 'load error reported');
    const report = win.__reported!.find((r) => r.type === 'crm-load-error')! as { tag: string; url?: string };
    expect(report.tag).to.equal('crm-tier-badge');
    expect(report.url).to.equal(`${base}/dist/cdn/iife/internal/theme-presets.js`);
    // The element says so itself, and still shows its tier.
    await until(() => !!badge.shadowRoot!.querySelector('[part~="load-error"]'), 'notice shown');
    expect(badgeCode(frame)).to.equal('B1');
    expect(win.__problems!.filter((p) => p.startsWith('CSP'))).to.deep.equal([]);
    frame.remove();
    indexedDB.deleteDatabase(database);
  });
});

describe('crm-widgets.iife.js presentational widgets', () => {
  it('a funnel given .data by the script after its tag fetches no data layer and creates no database', async () => {
    const before = new Set((await indexedDB.databases()).map((d) => d.name));
    const { frame, errors } = await staticPage(
      `<script src="${BUNDLE}"></script><crm-funnel-chart id="f" shape="funnel"></crm-funnel-chart>
      <script>f.data = [
        { id: 'o1', stage: 'lead', amount: 100000, currency: 'CNY' },
        { id: 'o2', stage: 'qualified', amount: 50000, currency: 'CNY' }
      ];</script>`,
    );
    const win = frame.contentWindow as Window;
    const funnel = frame.contentDocument!.querySelector('crm-funnel-chart')!;
    await until(() => !!funnel.shadowRoot?.querySelector('svg'), 'funnel drawn from its data');
    // The funnel decides one task after its first update (its `dataSettled`), and a bound funnel would fetch its
    // data layer in the update that follows; a request to the same server after that point comes back after such a
    // fetch would have.
    const settling = funnel as unknown as { dataSettled: unknown; updateComplete: Promise<unknown> };
    await until(() => settling.dataSettled === true, 'the funnel decided it has its data');
    await settling.updateComplete;
    await fetch(BUNDLE, { method: 'HEAD' });
    const files = fetched(win);
    expect(files.filter((f) => /store-binding|dexie/.test(f))).to.deep.equal([]);
    const created = (await indexedDB.databases()).map((d) => d.name).filter((name) => !before.has(name));
    expect(created).to.deep.equal([]);
    expect(errors).to.deep.equal([]);
    frame.remove();
  });
});

describe("README's one-script-tag example, as written", () => {
  it("on a first visit: the seeded badge takes the script's update, nothing thrown", async () => {
    const readme = await (await fetch('/README.md')).text();
    const section = readme.slice(readme.indexOf('## Use it from one script tag'));
    const example = /```html\n([\s\S]*?)```/.exec(section)![1]!;
    expect(example).to.include('provider.seeded.then(');
    // Only the addresses change (the file, the seed) and a database of its own, so the visit is a first one.
    const database = `readme-${crypto.randomUUID()}`;
    const page = example
      .replace('src="crm-widgets.iife.js"', `src="${BUNDLE}"`)
      .replace('seed="data/sample.json"', `database="${database}" seed="/demo/data/sample.json"`);
    expect(page).to.include(BUNDLE).and.to.include(database);
    const frame = document.createElement('iframe');
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.srcdoc = `<!doctype html><html><head><meta charset="utf-8"><script>
      window.__problems = [];
      addEventListener('error', (e) => __problems.push(e.message));
      addEventListener('unhandledrejection', (e) => __problems.push(String(e.reason)));
    </script></head><body>${page}</body></html>`;
    document.body.append(frame);
    await loaded;
    const win = frame.contentWindow as Window & { __problems: string[] };
    const bound = frame.contentDocument!.querySelector('crm-provider crm-tier-badge')!;
    await until(() => bound.shadowRoot?.querySelector('[part="code"]')?.textContent === 'A2', 'the update shows');
    expect(win.__problems).to.deep.equal([]);
    frame.remove();
    indexedDB.deleteDatabase(database);
  });
});

describe('crm-widgets.iife.js quote builder', () => {
  it('renders a new quote with its views fetched from cdn/iife/ on the one Lit of the file', async () => {
    const database = `iife-quote-${crypto.randomUUID()}`;
    const { frame, errors } = await staticPage(
      `<script src="${BUNDLE}"></script><crm-provider database="${database}" seed="/test/fixtures/seed-small.json"><crm-quote-builder customer-id="grp-1-1"></crm-quote-builder></crm-provider>`,
    );
    const win = frame.contentWindow as Window & { litHtmlVersions?: string[] };
    const builder = frame.contentDocument!.querySelector('crm-quote-builder')!;
    await until(() => !!builder.shadowRoot?.querySelector('[part="status"]'), 'quote shown');
    expect(fetched(win)).to.include('/dist/cdn/iife/components/quote-builder/document-parts.js');
    expect(win.litHtmlVersions).to.have.length(1);
    expect(errors).to.deep.equal([]);
    frame.remove();
    indexedDB.deleteDatabase(database);
  });
});

describe('crm-widgets.iife.js import', () => {
  it('reads and imports a CSV with its parser fetched from cdn/iife/ only once a file is chosen', async () => {
    const database = `iife-import-${crypto.randomUUID()}`;
    const { frame, errors } = await staticPage(
      `<script src="${BUNDLE}"></script><crm-provider database="${database}"><crm-import></crm-import></crm-provider>`,
    );
    const win = frame.contentWindow as Window & { Blob: typeof Blob };
    type ImportElement = HTMLElement & {
      load(file: Blob): Promise<void>;
      start(): Promise<{ created: number } | undefined>;
    };
    const element = frame.contentDocument!.querySelector('crm-import') as ImportElement;
    await until(() => !!element.shadowRoot?.querySelector('input[type="file"]'), 'file picker shown');
    const parser = '/dist/cdn/iife/components/import/import-run.js';
    expect(fetched(win)).not.to.include(parser);
    const csv = await (await fetch('/test/fixtures/customers-utf8-bom.csv')).arrayBuffer();
    await element.load(new win.Blob([csv]));
    await until(() => !!element.shadowRoot!.querySelector('[part="preview"]'), 'preview shown');
    expect(fetched(win)).to.include(parser);
    expect((await element.start())?.created).to.equal(3);
    expect(errors).to.deep.equal([]);
    frame.remove();
    indexedDB.deleteDatabase(database);
  });
});

/** A deployment that forgot dist/cdn/: the CDN server answers a real 404 for `cdn/iife/dexie-backend.js`. */
describe('crm-widgets.iife.js when its data layer is missing on the server', () => {
  it('keeps working in memory, says so on the page (banner, crm-storage-fallback) and names the file', async () => {
    const cdn = (await executeServerCommand('start-cdn-server')) as string;
    const database = `iife-404-${crypto.randomUUID()}`;
    const frame = await iifePage(`${cdn}/missing/dexie-backend`, database);
    const win = frame.contentWindow as IifePageWindow;
    await until(() => (win.__reported ?? []).some((r) => r.type === 'crm-storage-fallback'), 'fallback reported');
    const report = win.__reported!.find((r) => r.type === 'crm-storage-fallback')!;
    expect(report.tag).to.equal('crm-provider');
    expect(report.reason).to.include(`${cdn}/missing/dexie-backend/dist/cdn/iife/dexie-backend.js`);
    expect(win.CrmWidgets.getStore(database).storage).to.equal('memory');
    const provider = frame.contentDocument!.querySelector('crm-provider')!;
    await until(() => !!provider.shadowRoot?.querySelector('[part="banner"]'), 'banner shown');
    expect(provider.shadowRoot!.querySelector('[part="banner"]')!.textContent).to.equal(
      'Browser storage is unavailable: changes are kept in memory and will be lost when this page closes.',
    );
    // The seed still lands (in memory), so the widgets work for this visit.
    await until(() => badgeCode(frame) === 'B1', 'seeded tier shown from memory');
    expect(win.__problems!.filter((p) => p.startsWith('CSP'))).to.deep.equal([]);
    frame.remove();
  });
});

describe('crm-widgets.iife.js sync', function () {
  this.timeout(30_000);
  let backend: TestBackend | undefined;
  after(() => backend?.stop());

  it("pulls through the engine fetched from cdn/iife/sync.js, on the file's own modules", async () => {
    const T0 = '2026-11-01T08:00:00.000Z';
    backend = await TestBackend.start({
      customers: [customer('c1', { tier: 'A2', updatedAt: T0 }), customer('q1', { tier: 'Z9', updatedAt: T0 })],
    });
    const { frame, errors } = await staticPage(`<script src="${BUNDLE}"></script>`);
    expect(errors).to.deep.equal([]);
    const win = frame.contentWindow as Window & {
      CrmWidgets: { sync: Record<string, unknown> & { load(): Promise<Record<string, unknown>> } };
    };
    const doc = frame.contentDocument!;
    expect(fetched(win).filter((path) => path.includes('/cdn/iife/sync.js'))).to.deep.equal([]);
    const database = `iife-sync-${crypto.randomUUID()}`;
    const provider = Object.assign(doc.createElement('crm-provider'), {
      database,
      syncOptions: { resources: ['customers'], pullIntervalMs: 0 },
      endpoint: backend.url,
    });
    const quarantined = new Promise<CustomEvent>((resolve) =>
      provider.addEventListener('crm-sync-quarantine', (e) => resolve(e as CustomEvent), { once: true }),
    );
    provider.innerHTML = '<crm-tier-badge customer-id="c1"></crm-tier-badge>';
    doc.body.append(provider);
    const badge = provider.querySelector('crm-tier-badge')!;
    await until(() => badge.shadowRoot?.querySelector('[part="code"]')?.textContent === 'A2', 'pulled tier shown');
    // The bad row is quarantined, not an error: the engine's ValidationError is the store's (one copy).
    expect((await quarantined).detail).to.include({ table: 'customers', key: 'q1', field: 'tier' });
    expect(fetched(win)).to.include('/dist/cdn/iife/sync.js');
    // CrmWidgets.sync.load() gives the same module; what the file has is not a second copy in it.
    const sync = await win.CrmWidgets.sync.load();
    expect(sync.SyncEngine).to.be.a('function');
    expect(sync.SyncHttpError).to.equal(win.CrmWidgets.sync.SyncHttpError);
    expect(sync.outboxSummary).to.equal(win.CrmWidgets.sync.outboxSummary);
    expect(win.CrmWidgets.sync.SyncEngine).to.equal(undefined);
    frame.remove();
    indexedDB.deleteDatabase(database);
  });

  it('shows and announces a sync part missing on the server (crm-sync-state error, localised banner)', async () => {
    const cdn = (await executeServerCommand('start-cdn-server')) as string;
    const iife = `${cdn}/missing/sync.js/dist/crm-widgets.iife.js`;
    const { frame } = await staticPage(`<script src="${iife}"></script>`);
    const doc = frame.contentDocument!;
    const database = `iife-sync-404-${crypto.randomUUID()}`;
    const provider = Object.assign(doc.createElement('crm-provider'), {
      lang: 'zh-CN',
      database,
      syncOptions: { resources: ['customers'], pullIntervalMs: 0 },
      // Never reached: the engine that would talk to it is missing.
      endpoint: 'http://127.0.0.1:9/api',
    });
    const state = new Promise<CustomEvent>((resolve) =>
      provider.addEventListener('crm-sync-state', (e) => resolve(e as CustomEvent), { once: true }),
    );
    doc.body.append(provider);
    const url = `${cdn}/missing/sync.js/dist/cdn/iife/sync.js`;
    expect((await state).detail).to.include({ state: 'error' });
    expect((await state).detail.lastError).to.include(url);
    await until(() => !!provider.shadowRoot?.querySelector('[part="banner"]'), 'banner shown');
    const banner = provider.shadowRoot!.querySelector('[part="banner"]')!.textContent!;
    expect(banner).to.include(url);
    expect(banner).to.match(/同步/);
    frame.remove();
    indexedDB.deleteDatabase(database);
  });
});
