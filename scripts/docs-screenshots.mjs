// `npm run docs:screenshots`: photographs the demo's account workspace (card, funnel, quote) in every theme
// preset (default, antd, element) and scheme (light, dark), the preset comparison page (docs/compare.html) in
// both schemes and the design-language page (en, zh-CN) into docs/screenshots/presets/*.png. Re-run it after a
// visual change and look at the files.
// Needs Chromium (CHROME_PATH or /usr/bin/chromium) and a CJK font for the Chinese text (fonts-wqy-microhei).
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { createServer } from 'vite';
import { findChrome } from '../test/support/chrome-path.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = `${root}docs/screenshots/presets`;
// The library config serves the working directory (the demo pages load src/ directly).
process.chdir(root);
const PRESETS = ['default', 'antd', 'element'];
const SCHEMES = ['light', 'dark'];
const WIDGETS = { card: 'crm-customer-card', funnel: 'crm-funnel-chart', quote: 'crm-quote-builder' };
const lang = process.env.LANG_TAG ?? 'zh-CN';

async function serve(configFile, port) {
  // Fixed ports are avoided: strictPort off lets Vite move to the next free one.
  const server = await createServer({ configFile, logLevel: 'error', server: { host: '127.0.0.1', port } });
  await server.listen();
  return server;
}

/** Resolves when the seeded widgets have drawn (a bounded wait on conditions, not on time). */
async function ready(page, tags) {
  const pending = (list) =>
    list.filter((tag) => {
      const el = document.querySelector(tag);
      if (!el?.shadowRoot) return true;
      if (tag === 'crm-funnel-chart') return !el.chart;
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

const app = await serve(`${root}vite.config.ts`, 5301);
const docs = await serve(`${root}docs/vite.config.ts`, 5401);
const base = (server) => server.resolvedUrls.local[0].replace(/\/$/, '');
console.log(base(app), base(docs));
const browser = await puppeteer.launch({
  executablePath: findChrome() ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--hide-scrollbars'],
});
const written = [];
try {
  await mkdir(out, { recursive: true });
  const page = await browser.newPage();
  page.on('pageerror', (error) => console.error(`${page.url()}: ${error.message}`));
  page.on('console', (m) => process.env.DEBUG && console.error(m.text()));
  page.on('requestfailed', (r) => console.error('failed', r.url()));
  await page.setViewport({ width: 1280, height: 900, deviceScaleFactor: 1 });
  for (const preset of PRESETS) {
    for (const scheme of SCHEMES) {
      await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
      const theme = encodeURIComponent(`${preset} ${scheme}`);
      await page.goto(`${base(app)}/demo/workspace.html?account=cust-001&theme=${theme}&lang=${lang}`);
      await ready(page, Object.values(WIDGETS));
      for (const [name, tag] of Object.entries(WIDGETS)) {
        const path = `${out}/${preset}-${scheme}-${name}.png`;
        await (await page.$(tag)).screenshot({ path });
        written.push(path);
      }
    }
  }
  for (const scheme of SCHEMES) {
    await page.goto(`${base(docs)}/compare.html?scheme=${scheme}`);
    await ready(page, ['crm-customer-card', 'crm-funnel-chart']);
    await page.waitForSelector('#antd-primary');
    const path = `${out}/compare-${scheme}.png`;
    await page.screenshot({ path, fullPage: true });
    written.push(path);
  }
  // The one-page design reference, in both languages.
  for (const docsLang of ['en', 'zh-CN']) {
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
    const path = `${out}/design-${docsLang}.png`;
    await docsPage.screenshot({ path, fullPage: true });
    written.push(path);
    await docsPage.close();
  }
} finally {
  await browser.close();
  await app.close();
  await docs.close();
}
console.log(written.map((p) => p.replace(root, '')).join('\n'));
