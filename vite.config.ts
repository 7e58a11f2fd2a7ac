import { readFileSync } from 'node:fs';
import { defineConfig } from 'vite';

/**
 * Two builds from one config:
 * - default mode: ES modules for npm, one entry per widget, dependencies external (npm users dedupe Lit);
 * - `--mode iife`: one self-contained file for `<script>` use that registers everything and sets `window.CrmWidgets`.
 * The dev server (`npm run demo`) serves the repository root, so `demo/` pages load `src/` directly.
 */
const entries = esmEntries();

const external = (id: string) =>
  /^(lit|@lit\/|lit-html|lit-element|@lit-labs\/|dexie|chart\.js|valibot|papaparse|pinyin-pro)(\/|$)/.test(id);

export default defineConfig(({ mode }) => ({
  esbuild: { target: 'es2022' },
  // The <script> build loads pinyin-pro from dist/crm-widgets-pinyin.js (built by build:pinyin) instead of
  // inlining it: see src/components/account-list/pinyin-loader.iife.ts.
  resolve:
    mode === 'iife'
      ? {
          alias: [
            {
              find: /^\.\/pinyin-loader\.js$/,
              replacement: new URL('./src/components/account-list/pinyin-loader.iife.ts', import.meta.url).pathname,
            },
          ],
        }
      : {},
  server: { open: '/demo/' },
  build:
    mode === 'iife'
      ? {
          target: 'es2022',
          emptyOutDir: false,
          lib: { entry: 'src/iife.ts', name: 'CrmWidgets', formats: ['iife'], fileName: () => 'crm-widgets.iife.js' },
        }
      : {
          target: 'es2022',
          emptyOutDir: true,
          lib: { entry: entries, formats: ['es'] },
          rolldownOptions: { external, output: { preserveModules: false, chunkFileNames: 'chunks/[name]-[hash].js' } },
        },
}));

/** The package.json `exports` map is the one list of public entry points: `./dist/x.js` is built from `src/x.ts`. */
function esmEntries(): Record<string, string> {
  const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
  const result: Record<string, string> = {};
  for (const target of Object.values<{ import?: string }>(pkg.exports)) {
    const match = typeof target === 'object' ? /^\.\/dist\/(.+)\.js$/.exec(target.import ?? '') : null;
    if (match) result[match[1]!] = `src/${match[1]}.ts`;
  }
  return result;
}
