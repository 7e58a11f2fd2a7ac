// Browser tests: real headless Chromium, real IndexedDB, real HTTP servers on 127.0.0.1.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { build } from 'esbuild';
import { loaderPagesPlugin } from './test/build/cdn-server.mjs';
import { findChrome } from './test/support/chrome-path.mjs';
import { galleryPagesPlugin } from './test/support/gallery/gallery-pages.mjs';
import { serversPlugin } from './test/support/servers.mjs';

/** Dexie's package entry re-imports a CommonJS build the browser cannot load; serve its ESM build. */
export const dexieEsm = {
  name: 'dexie-esm',
  resolveImport({ source }) {
    if (source === 'dexie') return '/node_modules/dexie/dist/dexie.mjs';
  },
};

/** papaparse ships only a UMD build: serve it converted to an ES module (Vite does the same when bundling). */
let papaparseModule;
export const papaparseEsm = {
  name: 'papaparse-esm',
  resolveImport({ source }) {
    if (source === 'papaparse') return '/__papaparse-esm.js';
  },
  async serve(context) {
    if (context.path !== '/__papaparse-esm.js') return undefined;
    // Built once per run: every test file has its own browser context, so the browser cache does not help.
    papaparseModule ??= build({
      entryPoints: ['node_modules/papaparse/papaparse.js'],
      bundle: true,
      format: 'esm',
      write: false,
      // Only papaparse's Node stream mode requires it; the browser never reaches that code.
      external: ['stream'],
      logLevel: 'silent',
    }).then((result) => result.outputFiles[0].text);
    return { body: await papaparseModule, type: 'js' };
  },
};

/** Chromium flags of the test browser (the benchmark config adds its own). */
export const chromeArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  // Test pages run side by side; background pages must still get animation frames and timers.
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];

export const browsers = [
  chromeLauncher({
    // A browser context per page: its own window, so animation frames keep running while another file runs
    // beside it. (The runner reuses pages for later files, so tests must not assume an empty IndexedDB.)
    createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
    launchOptions: {
      executablePath: findChrome() ?? '/usr/bin/chromium',
      headless: true,
      args: chromeArgs,
    },
  }),
];

/**
 * TypeScript and test sources through esbuild. Built sites (docs/dist) are served as built: lowered with this
 * tsconfig (`useDefineForClassFields: false`), Ant Design's bundle on the preset comparison page breaks.
 */
const esbuild = esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' });
const transformSource = esbuild.transform.bind(esbuild);
esbuild.transform = (context) => (context.path.startsWith('/docs/dist/') ? undefined : transformSource(context));

export const plugins = [dexieEsm, papaparseEsm, serversPlugin, loaderPagesPlugin, galleryPagesPlugin, esbuild];

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  browsers,
  plugins,
  concurrency: 2,
  staticLogging: !!process.env.CI,
  testFramework: { config: { timeout: 20000 } },
  testsFinishTimeout: 8 * 60 * 1000,
};
