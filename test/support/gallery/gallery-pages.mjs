// Serves /__crm/gallery-page (every element, see gallery.ts) with a strict Content-Security-Policy header,
// and lists src/ for the colour-literal scan of test/internal/theme.test.ts.
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
  executeCommand({ command }) {
    if (command === 'source-files') return sourceFiles('src');
    return undefined;
  },
};
