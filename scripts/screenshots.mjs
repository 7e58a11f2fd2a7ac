#!/usr/bin/env node
/**
 * Screenshots of widgets for design review (not a test): bundles scripts/screenshots/page.ts with esbuild,
 * serves the repository on a free port, and photographs each widget with Chromium (puppeteer-core) in
 * en/zh-CN, light/dark, at 390 and 1280 px. `node scripts/screenshots.mjs funnel board` writes
 * docs/screenshots/<widget>/<widget>-<lang>-<theme>-<width>.png. Needs a CJK font for Chinese
 * (fonts-wqy-microhei or fonts-noto-cjk).
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join } from 'node:path';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { findChrome } from '../test/support/chrome-path.mjs';

const root = new URL('..', import.meta.url).pathname;
const args = process.argv.slice(2);
// `--pdf accounts`: print the widget (A4, en, light, 768 px frame) to docs/screenshots/<widget>/<widget>-print.pdf.
const pdf = args.includes('--pdf');
const named = args.filter((a) => !a.startsWith('--'));
const widgets = named.length ? named : ['funnel', 'board'];
const folders = { funnel: 'funnel', bars: 'funnel', board: 'board', accounts: 'accounts' };

const bundle = await build({
  entryPoints: [join(root, 'scripts/screenshots/page.ts')],
  bundle: true,
  format: 'esm',
  write: false,
  target: 'es2022',
  tsconfig: join(root, 'tsconfig.json'),
  logLevel: 'warning',
});
const types = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css' };
const server = createServer((req, res) => {
  const path = new URL(req.url, 'http://x').pathname;
  if (path === '/tmp-shots/page.js') {
    res.writeHead(200, { 'content-type': 'text/javascript' });
    return res.end(bundle.outputFiles[0].text);
  }
  const file = path === '/' ? 'scripts/screenshots/page.html' : path.slice(1);
  try {
    const body = readFileSync(join(root, file));
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    res.end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const port = server.address().port;
const browser = await puppeteer.launch({
  executablePath: findChrome() ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});
try {
  for (const widget of widgets) {
    const dir = join(root, 'docs/screenshots', folders[widget] ?? widget);
    mkdirSync(dir, { recursive: true });
    if (pdf) {
      const page = await browser.newPage();
      await page.goto(`http://127.0.0.1:${port}/?widget=${widget}&lang=en&theme=light&width=768`);
      await page.waitForFunction('window.shotReady === true', { timeout: 30000 });
      const path = join(dir, `${widget}-print.pdf`);
      await page.pdf({ path, format: 'A4', printBackground: true });
      console.log(path.slice(root.length));
      await page.close();
      continue;
    }
    for (const lang of ['en', 'zh-CN'])
      for (const theme of ['light', 'dark'])
        for (const width of [390, 1280]) {
          const page = await browser.newPage();
          await page.setViewport({ width: width + 32, height: 900 });
          await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: theme }]);
          await page.goto(`http://127.0.0.1:${port}/?widget=${widget}&lang=${lang}&theme=${theme}&width=${width}`);
          await page.waitForFunction('window.shotReady === true || document.title.startsWith("error")', {
            timeout: 30000,
          });
          const title = await page.title();
          if (title.startsWith('error')) throw new Error(`${widget} ${lang} ${theme} ${width}: ${title}`);
          const frame = await page.$('#frame');
          const path = join(dir, `${widget}-${lang}-${theme}-${width}.png`);
          await frame.screenshot({ path });
          console.log(path.slice(root.length));
          await page.close();
        }
  }
} finally {
  await browser.close();
  server.close();
}
