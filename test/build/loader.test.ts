/**
 * dist/cdn/crm-widgets.loader.js as an intranet page uses it: a page with only the loader script, served
 * with `Content-Security-Policy: default-src 'self'` (a real header, see test/build/cdn-server.mjs), the
 * loader from the same origin or from another one (a CORS static server on 127.0.0.1, like a CDN).
 * `npm test` builds dist/ first.
 */

import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { openFrame as open, until } from '../support/fixtures.js';
import { exerciseLazyDependencies } from './lazy-dependencies.js';

type PageWindow = Window & {
  __problems?: string[];
  __reported?: { type: string; tag: string; locale?: string; message: string }[];
};

const code = (el: Element | null | undefined) => el?.shadowRoot?.querySelector('[part="code"]')?.textContent;
const loadedFiles = (win: Window) =>
  (win.performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((r) => r.name);

for (const where of ['same origin', 'another origin'] as const) {
  describe(`loader from ${where}, under Content-Security-Policy: default-src 'self'`, () => {
    let cdn = '';
    before(async () => {
      const response = await fetch('/dist/cdn/crm-widgets.loader.js', { method: 'HEAD' });
      if (!response.ok) throw new Error('dist/cdn is missing: run `npm run build` first (npm test does).');
      if (where === 'another origin') cdn = (await executeServerCommand('start-cdn-server')) as string;
    });

    it('defines a tag when it appears, also inside a third-party shadow root, fetching only its module', async () => {
      const frame = await open(`/__crm/loader-page?cdn=${encodeURIComponent(cdn)}`);
      const win = frame.contentWindow as PageWindow;
      const doc = frame.contentDocument!;
      await until(() => code(doc.querySelector('crm-tier-badge')) === 'A1', 'badge in the document');
      const host = doc.querySelector('third-party-panel')!;
      await until(() => code(host.shadowRoot?.querySelector('crm-tier-badge')) === 'B2', 'badge in a shadow root');

      // A tag added later is defined on arrival; its module is the only new element module fetched.
      const funnel = doc.createElement('crm-funnel-chart');
      doc.body.append(funnel);
      await until(() => !!win.customElements.get('crm-funnel-chart'), 'funnel defined when added');
      await until(() => (funnel.shadowRoot?.childNodes.length ?? 0) > 0, 'funnel rendered');

      const files = loadedFiles(win);
      const origin = cdn || location.origin;
      expect(files.some((f) => f.startsWith(`${origin}/`) && f.endsWith('/tier-badge.js'))).to.equal(true);
      for (const unused of ['quote-builder.js', 'customer-card.js', 'provider.js', 'sync-status.js']) {
        expect(
          files.filter((f) => f.endsWith(`/${unused}`)),
          unused,
        ).to.deep.equal([]);
      }
      // Presentational widgets fetch neither the data layer nor Chart.js (the funnel has no data to draw).
      expect(files.filter((f) => /\/chunks\/(store|model|funnel-canvas)-[\w-]{8}\.js$/.test(f))).to.deep.equal([]);
      expect(win.customElements.get('crm-quote-builder')).to.equal(undefined);
      expect(win.__problems).to.deep.equal([]);
      frame.remove();
    });
  });
}

describe('loader: every element of the package', () => {
  it('defines each tag of custom-elements.json when it appears on its own, with nothing reported', async () => {
    const frame = await open('/__crm/loader-page');
    const win = frame.contentWindow as PageWindow;
    const doc = frame.contentDocument!;
    const manifest = (await (await fetch('/custom-elements.json')).json()) as {
      modules: { declarations?: { tagName?: string }[] }[];
    };
    const tags = manifest.modules.flatMap((m) => (m.declarations ?? []).flatMap((d) => (d.tagName ? [d.tagName] : [])));
    // The ones an element of the page does not load for it: they must have modules of their own.
    expect(tags).to.include.members(['crm-stage-path', 'crm-opportunity-form', 'crm-contacts-editor']);
    for (const tag of tags) {
      doc.body.append(doc.createElement(tag));
      await until(() => !!win.customElements.get(tag), `<${tag}> defined when it appears`);
    }
    expect(win.__reported).to.deep.equal([]);
    expect(win.__problems).to.deep.equal([]);
    frame.remove();
  });
});

/**
 * The usage guide's loader example, carried further: a provider seeding from a URL with the elements that reach
 * each lazily fetched dependency (Dexie and valibot, Chart.js, the virtualizer and pinyin-pro, papaparse), all
 * defined by the loader from another origin, under the page's Content-Security-Policy.
 */
describe('loader page with data: every dependency fetched from the CDN under CSP', function () {
  this.timeout(60_000);

  it('a seeded provider, a bound card, funnel bars, a pinyin search and a CSV import all work', async () => {
    const cdn = (await executeServerCommand('start-cdn-server')) as string;
    const frame = await open(`/__crm/loader-page?cdn=${encodeURIComponent(cdn)}`);
    const win = frame.contentWindow as PageWindow;
    const database = `loader-data-${crypto.randomUUID()}`;
    await exerciseLazyDependencies(frame, database);

    // Every module came from the CDN origin; nothing was blocked by the policy.
    // (Besides the page's own watcher and the test server's live-reload socket.)
    const scripts = loadedFiles(win).filter(
      (f) => f.endsWith('.js') && !f.includes('/test/build/pages/') && !f.includes('/__web-dev-server'),
    );
    expect(scripts.filter((f) => !f.startsWith(`${cdn}/`))).to.deep.equal([]);
    expect(win.__problems!.filter((p) => !p.includes('ResizeObserver loop'))).to.deep.equal([]);
    frame.remove();
    indexedDB.deleteDatabase(database);
  });
});

/**
 * Failed downloads, for real: the CDN server answers 404 for the files a deployment "forgot" (its `/missing/<part>/`
 * prefix, see test/build/cdn-server.mjs), and the page must be told (event) and the user must see it (message).
 */
describe('loader page when a file is missing on the server', () => {
  let cdn = '';
  before(async () => {
    cdn = (await executeServerCommand('start-cdn-server')) as string;
  });

  it("a language's tables 404: the widget shows English, says so in Chinese, and fires crm-locale-error", async () => {
    const url = `/__crm/loader-page?lang=zh-CN&cdn=${encodeURIComponent(`${cdn}/missing/strings.zh-CN`)}`;
    const frame = await open(url);
    const win = frame.contentWindow as PageWindow;
    const badge = frame.contentDocument!.querySelector('crm-tier-badge')!;
    await until(() => !!badge.shadowRoot?.querySelector('[part="locale-error"]'), 'locale notice shown');
    expect(code(badge)).to.equal('A1');
    // The badge's own terms are English (the tier's name is core data in both languages, so it stays Chinese).
    expect(badge.shadowRoot!.querySelector('[part="base"]')!.getAttribute('aria-label')).to.equal(
      'Customer tier A1: 高值客户',
    );
    const notice = badge.shadowRoot!.querySelector('[part="locale-error"]') as HTMLElement;
    expect(notice.textContent).to.equal('无法加载中文界面文字，暂以英文显示。');
    expect(notice.getBoundingClientRect().height).to.be.greaterThan(0);
    await until(() => (win.__reported ?? []).length >= 2, 'both badges reported');
    expect(win.__reported!.map((r) => [r.type, r.tag, r.locale])).to.deep.include([
      'crm-locale-error',
      'crm-tier-badge',
      'zh-CN',
    ]);
    expect(loadedFiles(win).some((f) => f.includes('tier-badge.strings.zh-CN'))).to.equal(true);
    frame.remove();
  });

  it("an element's module 404s: crm-load-error, and a message in the element's place", async () => {
    const frame = await open(`/__crm/loader-page?cdn=${encodeURIComponent(`${cdn}/missing/tier-badge`)}`);
    const win = frame.contentWindow as PageWindow;
    const badge = frame.contentDocument!.querySelector('crm-tier-badge')!;
    await until(() => badge.hasAttribute('data-crm-load-error'), 'failure shown');
    const message = '<crm-tier-badge> could not be loaded. Check the connection and reload the page.';
    expect(badge.getAttribute('data-crm-load-error')).to.equal(message);
    // Printed before the undefined element by the loader's constructed style sheet (no inline style under CSP).
    expect(win.getComputedStyle(badge, '::before').content).to.equal(JSON.stringify(message));
    expect(win.customElements.get('crm-tier-badge')).to.equal(undefined);
    await until(() => (win.__reported ?? []).some((r) => r.type === 'crm-load-error'), 'event fired');
    expect(win.__reported![0]).to.include({ type: 'crm-load-error', tag: 'crm-tier-badge', message });
    expect(win.__problems!.filter((p) => p.startsWith('CSP'))).to.deep.equal([]);
    frame.remove();
  });
});
