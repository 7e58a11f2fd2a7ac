import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { IIFE_ALIASES, PARTS_BUILD_ALIASES, partsFromCdn, plan, sharedFromIife } from './scripts/iife-parts.js';
import { cssLiteralsMinified } from './scripts/minify-css-literals.js';

/**
 * Four builds from one config:
 * - default mode: ES modules for npm, one entry per public entry point, dependencies external (npm users dedupe Lit);
 * - `--mode iife`: one minified file for `<script>` use that registers the first-wave elements (the later ones
 *   are parts, defined when their tag appears: src/cdn/iife-elements.ts) and sets `window.CrmWidgets`;
 *   Chart.js, the non-English string tables and the parts of scripts/iife-parts.ts (Dexie, the sync engine, the
 *   virtualizer core) stay out, fetched from `cdn/` beside the file when used;
 * - `--mode iife-parts`: those parts, into `dist/cdn/iife/` (after the cdn build, which empties dist/cdn/);
 * - `--mode cdn`: `dist/cdn/`, the loader (`crm-widgets.loader.js`) plus one self-contained ES module per element
 *   with shared chunks (Lit included once), fetched by the loader when a tag first appears.
 * Every list (entries, elements, tags) is derived from package.json `exports` and the element sources, so an
 * element added with its `./<name>` export is built, loaded and registered without touching this file.
 * The dev server (`npm run demo`) serves the repository root, so `demo/` pages load `src/` directly.
 */
const entries = esmEntries();

const DEPENDENCY =
  /^(lit|@lit\/[^/]+|lit-html|lit-element|@lit-labs\/[^/]+|dexie|chart\.js|valibot|papaparse|pinyin-pro)(\/|$)/;
/** Dependencies stay imports in the npm build (by name, or by path once resolved into node_modules). */
const external = (id: string) => DEPENDENCY.test(id) || DEPENDENCY.test(id.split('/node_modules/').pop() ?? '');

/** The strings modules of other languages (`x.strings.zh-CN.ts`), generated and split by scripts/zh-hant.mjs. */
const LOCALE_MODULE = /\/src\/components\/[^/]+\/([^/]+\.strings)\.ts$/;

/**
 * In the IIFE, a language's tables are not inlined: each loader (`() => import('./x.strings.zh-TW.js')`) fetches
 * `cdn/locales/x.strings.zh-TW.js` from beside the file (built by the cdn build under stable names).
 */
const localesFromCdn: Plugin = {
  name: 'crm-locales-from-cdn',
  enforce: 'pre',
  transform(code, id) {
    if (!LOCALE_MODULE.test(id)) return undefined;
    const rewritten = code.replace(
      /import\('\.\/([\w.-]+\.strings\.zh-[A-Z]+)\.js'\)/g,
      "import(/* @vite-ignore */ besideScript('cdn/locales/$1.js'))",
    );
    if (rewritten === code) return undefined;
    const helper = fileURLToPath(new URL('./src/cdn/beside-script.ts', import.meta.url));
    // Appended (imports hoist), so every line keeps its place and the source map stays right.
    return { code: `${rewritten}\nimport { besideScript } from ${JSON.stringify(helper)};\n`, map: null };
  },
};

/** Stable names for the language modules in dist/cdn/locales/ (the IIFE fetches them by name). */
function localeEntries(): Record<string, string> {
  const root = new URL('./src/components/', import.meta.url);
  const result: Record<string, string> = {};
  for (const dir of readdirSync(root)) {
    for (const file of readdirSync(new URL(`${dir}/`, root))) {
      const match = /^(.+\.strings\.zh-[A-Z]+)\.ts$/.exec(file);
      if (match) result[`locales/${match[1]}`] = `src/components/${dir}/${file}`;
    }
  }
  return result;
}

export default defineConfig(
  async ({ mode }): Promise<UserConfig> => ({
    esbuild: { target: 'es2022' },
    plugins:
      mode === 'iife'
        ? [localesFromCdn, partsFromCdn(), cssLiteralsMinified]
        : mode === 'iife-parts'
          ? [sharedFromIife(), cssLiteralsMinified]
          : [cssLiteralsMinified],
    // The <script> build's stand-ins (pinyin, Dexie, the virtualizer core, the sync engine, Chart.js): see
    // scripts/iife-parts.ts.
    resolve: mode === 'iife' ? { alias: IIFE_ALIASES } : mode === 'iife-parts' ? { alias: PARTS_BUILD_ALIASES } : {},
    server: { open: '/demo/' },
    build:
      mode === 'iife'
        ? {
            target: 'es2022',
            emptyOutDir: false,
            minify: 'oxc',
            sourcemap: true,
            lib: { entry: 'src/iife.ts', name: 'CrmWidgets', formats: ['iife'], fileName: () => 'crm-widgets.iife.js' },
          }
        : mode === 'iife-parts'
          ? {
              target: 'es2022',
              outDir: 'dist/cdn',
              emptyOutDir: false,
              minify: 'oxc',
              sourcemap: true,
              lib: { entry: (await plan()).parts, formats: ['es'] },
              rolldownOptions: { output: { minify: true, chunkFileNames: 'iife/chunks/[name]-[hash].js' } },
            }
          : mode === 'cdn'
            ? {
                target: 'es2022',
                outDir: 'dist/cdn',
                emptyOutDir: true,
                minify: 'oxc',
                sourcemap: true,
                lib: {
                  entry: {
                    'crm-widgets.loader': 'src/cdn/loader.ts',
                    // A stable name: the IIFE fetches Chart.js from here.
                    'funnel-canvas': 'src/components/funnel-chart/funnel-canvas.ts',
                    ...cdnElementEntries(),
                    ...localeEntries(),
                    // For the import-map way of loading the npm files (docs/pages/usage.en.md).
                    'vendor/papaparse': 'src/cdn/papaparse-module.ts',
                  },
                  formats: ['es'],
                },
                // Vite leaves whitespace in lib-mode ES output; these files are for browsers only, so minify fully.
                rolldownOptions: { output: { minify: true, chunkFileNames: 'chunks/[name]-[hash].js' } },
              }
            : {
                target: 'es2022',
                emptyOutDir: true,
                sourcemap: true,
                lib: { entry: entries, formats: ['es'] },
                rolldownOptions: {
                  external,
                  output: { preserveModules: false, chunkFileNames: 'chunks/[name]-[hash].js' },
                },
              },
    define: mode === 'cdn' ? { __CRM_ELEMENTS__: JSON.stringify(loaderMap()) } : {},
  }),
);

/** The package.json `exports` map is the one list of public entry points: `./dist/x.js` is built from `src/x.ts`. */
export function esmEntries(): Record<string, string> {
  const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
  const result: Record<string, string> = {};
  for (const target of Object.values<{ import?: string }>(pkg.exports)) {
    const match = typeof target === 'object' ? /^\.\/dist\/(.+)\.js$/.exec(target.import ?? '') : null;
    // Entries generated after the build (dist/react, from the manifest) have no source of their own.
    if (match && existsSync(new URL(`./src/${match[1]}.ts`, import.meta.url))) result[match[1]!] = `src/${match[1]}.ts`;
  }
  return result;
}

/**
 * Element entries: every entry point whose source registers a tag (`components/<name>/<name>`, and the elements
 * that also work on their own: the contacts editor, the deal form, the stage path), named by its file.
 */
export function elementEntries(): { name: string; source: string; tags: string[] }[] {
  return Object.entries(esmEntries()).flatMap(([key, source]) => {
    const text = readFileSync(new URL(`./${source}`, import.meta.url), 'utf8');
    const tags = [...text.matchAll(/\.define\(\s*['"](crm-[a-z0-9-]+)['"]\s*\)/g)].map((m) => m[1]!);
    return tags.length ? [{ name: key.split('/').pop()!, source, tags }] : [];
  });
}

function cdnElementEntries(): Record<string, string> {
  return Object.fromEntries(elementEntries().map(({ name, source }) => [name, source]));
}

function loaderMap(): Record<string, string> {
  return Object.fromEntries(elementEntries().flatMap(({ name, tags }) => tags.map((tag) => [tag, `./${name}.js`])));
}
