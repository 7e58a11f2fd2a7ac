// Serves /__crm/gallery-page (every element, see gallery.ts) with a strict Content-Security-Policy header,
// lists src/ for the colour-literal scan of test/internal/theme.test.ts, and emulates media features.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The policy a strict intranet page sends: no inline script, no inline style (attributes included). */
export const STRICT_CSP = "default-src 'self'; style-src 'self'";

function sourceFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [{ path, text: readFileSync(path, 'utf8') }] : [];
  });
}

const cdpSessions = new WeakMap();

export const galleryPagesPlugin = {
  name: 'crm-gallery-pages',
  serve(context) {
    if (context.path !== '/__crm/gallery-page') return undefined;
    const dark = context.URL.searchParams.get('theme') === 'dark' ? ' class="dark"' : '';
    return {
      body: `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>gallery</title>
<link rel="stylesheet" href="/test/support/gallery/gallery.css">
<script src="/test/build/pages/watch.js"></script>
<script type="module" src="/test/support/gallery/gallery-page.ts"></script>
</head><body${dark}></body></html>`,
      type: 'html',
      headers: { 'content-security-policy': STRICT_CSP },
    };
  },
  async executeCommand({ command, payload, session }) {
    if (command === 'source-files') return sourceFiles('src');
    // Media features of the test page through CDP (Puppeteer and the runner's emulateMedia reject
    // forced-colors). Emulation lasts as long as its CDP session, so one is kept per page.
    if (command === 'emulate-media-features') {
      const page = session.browser.getPage(session.id);
      if (!cdpSessions.has(page)) cdpSessions.set(page, await page.createCDPSession());
      await cdpSessions.get(page).send('Emulation.setEmulatedMedia', { features: payload.features });
      return true;
    }
    return undefined;
  },
};
