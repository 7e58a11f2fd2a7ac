// For test/build/loader.test.ts and script-tag.test.ts: pages served with a real Content-Security-Policy
// header, and a second origin (a static server on 127.0.0.1 with CORS, like an intranet CDN) serving dist/cdn/
// (and dist/ under /dist/).
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const CDN_ROOT = resolve('dist/cdn');
// `/dist/…` serves the package's dist/ folder (the single-file IIFE with its cdn/ folder beside it).
const DIST_ROOT = resolve('dist');
// `/node_modules/…` and `/importmap/…` serve the consumer project (test/build/consumers.mjs): the packed package
// as installed with its dependencies, for the import-map page.
const PROJECT_ROOT = resolve('.tmp/consumers/project');
const TYPES = {
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.map': 'application/json',
  '.json': 'application/json',
};
let cdn;

function startCdn() {
  if (cdn) return Promise.resolve(cdn.origin);
  const server = createServer((req, res) => {
    let path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    // `/missing/<part>/…`: the same files, except that those whose path contains <part> are not there (a real
    // 404, as when a deployment forgot a file), for the failed-download tests.
    const missing = /^\/missing\/([^/]+)(\/.*)$/.exec(path);
    if (missing) path = missing[2];
    const root = path.startsWith('/dist/')
      ? DIST_ROOT
      : /^\/(node_modules|importmap)\//.test(path)
        ? PROJECT_ROOT
        : CDN_ROOT;
    const file = join(root, root === DIST_ROOT ? path.slice('/dist'.length) : path);
    if (
      (missing && path.includes(missing[1])) ||
      !file.startsWith(root) ||
      !existsSync(file) ||
      !statSync(file).isFile()
    ) {
      res.writeHead(404, { 'access-control-allow-origin': '*' }).end();
      return;
    }
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'access-control-allow-origin': '*',
    });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolveStart, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      cdn = { server, origin: `http://127.0.0.1:${server.address().port}` };
      resolveStart(cdn.origin);
    });
  });
}

/**
 * `/__crm/loader-page?cdn=<origin or empty>`: a page that has only the loader script (from this server or
 * from `cdn`), a badge, and a third-party element whose open shadow root holds another badge. Served with
 * `Content-Security-Policy: default-src 'self'` (plus the CDN origin when there is one): no inline code.
 */
function loaderPage(cdnOrigin, lang = 'en') {
  const base = cdnOrigin ? `${cdnOrigin}/` : '/dist/cdn/';
  return `<!doctype html>
<html lang="${lang.replace(/[^\w-]/g, '')}"><head><meta charset="utf-8">
<script src="/test/build/pages/watch.js"></script>
<script type="module" src="${base}crm-widgets.loader.js"></script>
<script type="module" src="/test/build/pages/shadow-host.js"></script>
</head><body>
<crm-tier-badge tier="A1"></crm-tier-badge>
<third-party-panel></third-party-panel>
</body></html>`;
}

/**
 * `/__crm/iife-page?cdn=<origin or empty>&database=<name>&widget=badge|list`: a page with only the single-file
 * IIFE (from this server's /dist/ or from `<cdn>/dist/`) and a badge (or the account list) bound to seeded data
 * through `<crm-provider>`, under the
 * same policy as the loader page; the data layer is fetched from `cdn/iife/` beside the IIFE.
 */
function iifePage(cdnOrigin, database, widget) {
  const base = cdnOrigin ? `${cdnOrigin}/dist/` : '/dist/';
  const badge = '<crm-tier-badge customer-id="grp-1-1"></crm-tier-badge>';
  const element =
    widget === 'list'
      ? '<crm-account-list></crm-account-list>'
      : widget === 'board'
        ? `<crm-pipeline-board></crm-pipeline-board>${badge}`
        : badge;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<script src="/test/build/pages/watch.js"></script>
<script src="${base}crm-widgets.iife.js"></script>
</head><body>
<crm-provider database="${database.replace(/[^\w-]/g, '')}" seed="/test/fixtures/seed-small.json">
${element}
</crm-provider>
</body></html>`;
}

/**
 * `/__crm/importmap-page?cdn=<origin>`: the usage guide's import map, copied from docs/pages/usage.en.md as
 * written, on a page whose base URL is the CDN server, which serves the installed package and its dependencies
 * as plain files (`/node_modules/…`): nothing rewrites a bare import there, as on a real intranet server. The page
 * itself comes from the test server, so the test can reach its DOM.
 */
function importMapPage(cdnOrigin) {
  const guide = readFileSync('docs/pages/usage.en.md', 'utf8');
  const map = /<script type="importmap">[\s\S]*?<\/script>/.exec(guide)?.[0];
  if (!map) throw new Error('docs/pages/usage.en.md has no import map');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<script src="/test/build/pages/watch.js"></script>
<base href="${cdnOrigin}/">
${map}
<script type="module" src="importmap/main.js"></script>
</head><body></body></html>`;
}

/**
 * For the page-size benchmark: the gzip size (level 9) of the files behind the URL paths a page fetched,
 * read from disk (the dev server may transform what it serves; the deployed file is what counts).
 */
function gzipSize(paths) {
  const root = resolve('.');
  let bytes = 0;
  for (const path of paths) {
    const file = resolve(root, `.${normalize(decodeURIComponent(path))}`);
    if (!file.startsWith(root) || !existsSync(file)) throw new Error(`gzip-size: no file for ${path}`);
    bytes += gzipSync(readFileSync(file), { level: 9 }).length;
  }
  return bytes;
}

export const loaderPagesPlugin = {
  name: 'crm-loader-pages',
  serve(context) {
    if (context.path === '/__crm/importmap-page') {
      return { body: importMapPage(context.URL.searchParams.get('cdn') ?? ''), type: 'html' };
    }
    if (context.path !== '/__crm/loader-page' && context.path !== '/__crm/iife-page') return undefined;
    // `cdn` may carry a path (`<origin>/missing/<part>`); the policy names its origin.
    const cdnOrigin = context.URL.searchParams.get('cdn') ?? '';
    const policyOrigin = cdnOrigin ? new URL(cdnOrigin).origin : '';
    const params = context.URL.searchParams;
    return {
      body:
        context.path === '/__crm/iife-page'
          ? iifePage(cdnOrigin, params.get('database') ?? 'crm-widgets', params.get('widget'))
          : loaderPage(cdnOrigin, params.get('lang') ?? 'en'),
      type: 'html',
      headers: { 'content-security-policy': `default-src 'self'${policyOrigin ? ` ${policyOrigin}` : ''}` },
    };
  },
  executeCommand({ command, payload }) {
    if (command === 'start-cdn-server') return startCdn();
    if (command === 'gzip-size') return gzipSize(payload.paths);
    return undefined;
  },
  serverStop() {
    cdn?.server.close();
    cdn = undefined;
  },
};
