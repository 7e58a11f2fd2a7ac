#!/usr/bin/env node
/**
 * Every screenshot of the project, for design review and the docs (not a test), in one way: Vite's dev server
 * (the repository's config, so pages load src/ directly) and Chromium driven by puppeteer-core. The pages are
 * scripts/screenshots/page.html (a widget, the customer card, the quote builder) and, for the theme presets,
 * the demo workspace and the docs site.
 *
 *   node scripts/screenshots.mjs                 everything below (`npm run screenshots`)
 *   node scripts/screenshots.mjs funnel bars board
 *                                                each widget in en/zh-CN, light/dark, 390/1280 px:
 *                                                docs/screenshots/<folder>/<widget>-<lang>-<theme>-<width>.png
 *   node scripts/screenshots.mjs --pdf funnel accounts
 *                                                printed (A4, en, light, 768 px): docs/screenshots/<folder>/<widget>-print.pdf
 *   node scripts/screenshots.mjs card            docs/screenshots/card/ (en/zh-CN, light/dark, 390/1280, edit,
 *                                                explanation, print)
 *   node scripts/screenshots.mjs quote           docs/screenshots/quote/ (pending approval, en/zh-CN, light/dark,
 *                                                390/1280/1600, lines scrolled, print view, PDF)
 *   node scripts/screenshots.mjs presets         docs/screenshots/presets/ (`npm run docs:screenshots`): the
 *                                                workspace in each theme preset and scheme, the comparison page,
 *                                                the design page (LANG_TAG sets the workspace language, default zh-CN)
 *
 * Needs Chromium (CHROME_PATH or /usr/bin/chromium) and a CJK font for Chinese (fonts-wqy-microhei).
 */
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { createServer } from 'vite';
import { findChrome } from '../test/support/chrome-path.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
// The library config serves the working directory.
process.chdir(root);
const LANGS = ['en', 'zh-CN'];
const SCHEMES = ['light', 'dark'];
const FOLDERS = { funnel: 'funnel', bars: 'funnel', board: 'board', accounts: 'accounts' };
const WIDGETS = ['funnel', 'bars', 'board'];
const PDFS = ['funnel', 'accounts'];

const args = process.argv.slice(2);
const named = args.filter((a) => !a.startsWith('--'));
const jobs = args.includes('--pdf')
  ? named.map((name) => ({ kind: 'pdf', name }))
  : named.length
    ? named.map((name) => ({ kind: ['card', 'quote', 'presets'].includes(name) ? name : 'widget', name }))
    : [
        ...WIDGETS.map((name) => ({ kind: 'widget', name })),
        ...PDFS.map((name) => ({ kind: 'pdf', name })),
        { kind: 'card' },
        { kind: 'quote' },
        { kind: 'presets' },
      ];

/**
 * The card page reuses the card tests' showcase data (test/components/customer-card/card-fixtures.ts); the test
 * helpers it imports need the test runner, so the page gets the one it uses (`until`) from wait.ts.
 */
const testHelpers = {
  name: 'screenshots-test-helpers',
  enforce: 'pre',
  resolveId(source, importer) {
    if (source.endsWith('/support/fixtures.js') && importer?.includes('/test/components/')) {
      return join(root, 'scripts/screenshots/wait.ts');
    }
    return undefined;
  },
};

async function serve(configFile, port) {
  // Fixed ports are avoided: strictPort off lets Vite move to the next free one.
  const server = await createServer({
    configFile,
    logLevel: 'error',
    server: { host: '127.0.0.1', port, open: false },
    plugins: [testHelpers],
  });
  await server.listen();
  return server;
}
const base = (server) => server.resolvedUrls.local[0].replace(/\/$/, '');

const app = await serve(join(root, 'vite.config.ts'), 5301);
const launch = (extra = []) =>
  puppeteer.launch({
    executablePath: findChrome() ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', ...extra],
  });
const browser = await launch();
const written = [];
const output = (path) => {
  mkdirSync(dirname(path), { recursive: true });
  written.push(path.slice(root.length));
  return path;
};

/** Opens scripts/screenshots/page.html with `query` and waits until it has drawn (or reports its error). */
async function shotPage(query, viewport, scheme = 'light') {
  const page = await browser.newPage();
  page.on('pageerror', (error) => console.error(`${page.url()}: ${error.message}`));
  page.on('console', (m) => (m.type() === 'error' || process.env.DEBUG) && console.error(`${page.url()}: ${m.text()}`));
  page.on('requestfailed', (r) => console.error('failed', r.url()));
  await page.setViewport({ ...viewport, deviceScaleFactor: 1 });
  await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
  await page.goto(`${base(app)}/scripts/screenshots/page.html?${new URLSearchParams(query)}`);
  await page.waitForFunction('window.shotReady === true || document.title.startsWith("error")', { timeout: 60000 });
  const title = await page.title();
  if (title.startsWith('error')) throw new Error(`${JSON.stringify(query)}: ${title}`);
  const step = (name) => page.evaluate((n) => window.shotStep(n), name);
  const photograph = async (path, selector = '#frame') => {
    const element = await page.$(selector);
    if (!element) throw new Error(`${JSON.stringify(query)}: nothing matches ${selector}`);
    await element.screenshot({ path: output(path), captureBeyondViewport: true });
  };
  return { page, step, photograph };
}

async function widget(name) {
  const dir = join(root, 'docs/screenshots', FOLDERS[name] ?? name);
  for (const lang of LANGS)
    for (const theme of SCHEMES)
      for (const width of [390, 1280]) {
        const { page, photograph } = await shotPage(
          { widget: name, lang, theme, width },
          { width: width + 32, height: 900 },
          theme,
        );
        await photograph(join(dir, `${name}-${lang}-${theme}-${width}.png`));
        await page.close();
      }
}

async function pdf(name) {
  const { page } = await shotPage(
    { widget: name, lang: 'en', theme: 'light', width: 768 },
    { width: 800, height: 900 },
  );
  const path = output(join(root, 'docs/screenshots', FOLDERS[name] ?? name, `${name}-print.pdf`));
  await page.pdf({ path, format: 'A4', printBackground: true });
  await page.close();
}

async function card() {
  const dir = join(root, 'docs/screenshots/card');
  for (const width of [390, 1280])
    for (const lang of LANGS)
      for (const theme of SCHEMES) {
        const { page, step, photograph } = await shotPage(
          { shot: 'card', lang, theme, width },
          { width: width + 40, height: 900 },
          theme,
        );
        await photograph(join(dir, `card-${lang.toLowerCase()}-${theme}-${width}.png`));
        if (theme === 'light' && lang === 'en') {
          await step('edit');
          await photograph(join(dir, `card-en-light-${width}-edit.png`));
          await step('explanation');
          await photograph(join(dir, `card-en-light-${width}-explanation.png`));
          await step('close');
          await page.emulateMediaType('print');
          await photograph(join(dir, `card-en-print-${width}.png`));
        }
        await page.close();
      }
}

async function quote() {
  const dir = join(root, 'docs/screenshots/quote');
  for (const width of [390, 1280]) {
    const { page, photograph } = await shotPage(
      { shot: 'quote', state: 'pending', lang: 'en', theme: 'light', width },
      { width, height: 900 },
    );
    await photograph(join(dir, `quote-en-pending-${width}.png`));
    await page.close();
  }
  for (const lang of LANGS)
    for (const theme of SCHEMES)
      for (const width of [390, 1280, 1600]) {
        const { page, step, photograph } = await shotPage(
          { shot: 'quote', lang, theme, width },
          { width, height: 900 },
        );
        await photograph(join(dir, `quote-${lang}-${theme}-${width}.png`));
        if (theme === 'light' && width === 390) {
          await step('scroll-lines');
          await photograph(join(dir, `quote-${lang}-390-lines-scrolled.png`), 'pierce/.lines-box');
        }
        if (theme === 'light' && width === 1280) {
          await step('print-view');
          await photograph(join(dir, `quote-${lang}-print-view.png`));
          await step('paper');
          await page.emulateMediaType('print');
          await page.pdf({
            path: output(join(dir, `quote-${lang}-print.pdf`)),
            format: 'A4',
            printBackground: true,
            margin: { top: '12mm', bottom: '12mm', left: '12mm', right: '12mm' },
          });
        }
        await page.close();
      }
}

/** Resolves when the seeded widgets of a demo or docs page have drawn (a bounded wait on conditions). */
async function drawn(page, tags) {
  const pending = (list) =>
    list.filter((tag) => {
      const el = document.querySelector(tag);
      if (!el?.shadowRoot) return true;
      if (tag === 'crm-funnel-chart') return !el.drawing?.chart;
      if (tag === 'crm-quote-builder') return !el.shadowRoot.querySelector('table');
      return !el.shadowRoot.querySelector('[part~="name"]');
    });
  const deadline = Date.now() + 60000;
  let left = await page.evaluate(pending, tags);
  while (left.length) {
    if (Date.now() > deadline) throw new Error(`${page.url()}: not drawn: ${left.join(', ')}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
    left = await page.evaluate(pending, tags);
  }
  // The seed banner ("Loading sample.json… 39%") is gone once the data is in.
  await page.waitForFunction(
    () => !document.querySelector('crm-provider')?.shadowRoot?.querySelector('[part="banner"]'),
  );
  await page.evaluate(() => document.fonts.ready);
  await page.waitForNetworkIdle({ idleTime: 300, timeout: 30000 });
}

async function presets() {
  const out = join(root, 'docs/screenshots/presets');
  const tags = { card: 'crm-customer-card', funnel: 'crm-funnel-chart', quote: 'crm-quote-builder' };
  const lang = process.env.LANG_TAG ?? 'zh-CN';
  // The docs site's server starts only now: two servers optimising dependencies at once can stall a page.
  const docs = await serve(join(root, 'docs/vite.config.ts'), 5401);
  // Page-wide shots: no scrollbars in them.
  const browser = await launch(['--hide-scrollbars']);
  try {
    await presetShots(browser, docs, out, tags, lang);
  } finally {
    await browser.close();
    await docs.close();
  }
}

async function presetShots(browser, docs, out, tags, lang) {
  const page = await browser.newPage();
  page.on('pageerror', (error) => console.error(`${page.url()}: ${error.message}`));
  page.on('requestfailed', (r) => console.error('failed', r.url()));
  await page.setViewport({ width: 1280, height: 900, deviceScaleFactor: 1 });
  for (const preset of ['default', 'antd', 'element'])
    for (const scheme of SCHEMES) {
      await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
      const theme = encodeURIComponent(`${preset} ${scheme}`);
      await page.goto(`${base(app)}/demo/workspace.html?account=cust-001&theme=${theme}&lang=${lang}`);
      await drawn(page, Object.values(tags));
      for (const [name, tag] of Object.entries(tags)) {
        await (await page.$(tag)).screenshot({ path: output(join(out, `${preset}-${scheme}-${name}.png`)) });
      }
    }
  for (const scheme of SCHEMES) {
    await page.goto(`${base(docs)}/compare.html?scheme=${scheme}`);
    await drawn(page, ['crm-customer-card', 'crm-funnel-chart']);
    await page.waitForSelector('#antd-primary');
    await page.screenshot({ path: output(join(out, `compare-${scheme}.png`)), fullPage: true });
  }
  await page.close();
  // The one-page design reference, in both languages.
  for (const docsLang of LANGS) {
    const docsPage = await browser.newPage();
    await docsPage.setViewport({ width: 1280, height: 900, deviceScaleFactor: 1 });
    await docsPage.evaluateOnNewDocument((l) => localStorage.setItem('crm-docs-lang', l), docsLang);
    await docsPage.goto(`${base(docs)}/index.html#/design`);
    await docsPage.waitForFunction(
      () =>
        document.querySelectorAll('docs-design-reference').length === 2 &&
        !document.querySelector('crm-provider')?.shadowRoot?.querySelector('[part="banner"]'),
    );
    await docsPage.evaluate(() => document.fonts.ready);
    await docsPage.screenshot({ path: output(join(out, `design-${docsLang}.png`)), fullPage: true });
    await docsPage.close();
  }
}

const run = { widget, pdf, card, quote, presets };
try {
  for (const job of jobs) {
    if (!run[job.kind]) throw new Error(`unknown screenshot set ${job.name ?? job.kind}`);
    await run[job.kind](job.name);
  }
} finally {
  await browser.close();
  await app.close();
}
console.log(written.join('\n'));
