/**
 * The parts of the single-file IIFE that are fetched from `cdn/iife/` beside `crm-widgets.iife.js` on first
 * use (`--mode iife-parts`, built after the cdn build), and the Vite plugins of both sides.
 *
 * A part carries only what the IIFE does not have (PART_OWN: Dexie and the IndexedDB backend, the sync engine
 * and its HTTP client, the virtualizer core, the Traditional Chinese label tables). Every other module of the
 * package a part imports (the data model, the guards, the sync queue, core, ...) is taken from the running IIFE
 * through a registry the IIFE publishes (src/cdn/iife-modules.ts), so there is one `ValidationError`, one
 * `GuardError`, one store per database, never a second copy. Both builds check it and fail if a module would
 * exist twice.
 */
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
import type { Plugin } from 'vite';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const rel = (id: string) => relative(ROOT, id.split('?')[0]!);

/** Part name (path under dist/cdn/, no extension) to its entry module. */
export const IIFE_PARTS: Record<string, string> = {
  'iife/dexie-backend': 'src/data/dexie-backend.ts',
  'iife/virtualizer': 'node_modules/@lit-labs/virtualizer/Virtualizer.js',
  'iife/labels.zh-hant': 'src/internal/labels.zh-hant.ts',
  'iife/sync': 'src/sync/index.ts',
};

/**
 * Dynamic imports that call a loader of their own instead: the provider's engine comes from the sync part, with
 * a failed fetch turned into an error the provider shows (src/cdn/sync-iife.ts).
 */
const LOADERS: Record<string, { call: string; from: string }> = {
  'src/sync/engine.ts': { call: 'loadSyncEngine()', from: 'src/cdn/sync-iife.ts' },
};

/** The package's modules that live only in the parts. */
const PART_OWN =
  /^src\/(data\/(dexie-backend|database)|sync\/(index|engine|mapping|profile|profiles|pull|push|http))\.ts$/;

/** In both: the IIFE's copy uses the Dexie stand-in (src/cdn/dexie-iife.ts) and only its constants. */
const IN_BOTH = new Set(['src/data/database.ts']);

const isOwn = (path: string) => PART_OWN.test(path) || Object.values(IIFE_PARTS).includes(path);

/** The package's modules with code in an output chunk (a module merely looked at has none). */
const modulesIn = (chunk: { modules: Record<string, { renderedLength: number }> }) =>
  Object.entries(chunk.modules)
    .filter(([, module]) => module.renderedLength > 0)
    .map(([id]) => rel(id));

const graph = (entryPoints: string[]) =>
  buildSync({
    absWorkingDir: ROOT,
    entryPoints,
    bundle: true,
    splitting: true,
    format: 'esm',
    packages: 'external',
    write: false,
    metafile: true,
    outdir: 'unused',
    logLevel: 'silent',
  }).metafile;

/**
 * The package's modules the parts import from the IIFE (read from the parts' module graph), each with its
 * export names (star re-exports included, as esbuild lists them for the module as an entry).
 */
function sharedModules(): Map<string, string[]> {
  const parts = graph(Object.values(IIFE_PARTS).filter((path) => path.startsWith('src/')));
  const shared = Object.keys(parts.inputs).filter((path) => path.startsWith('src/') && !isOwn(path));
  const exports = new Map<string, string[]>();
  for (const output of Object.values(graph(shared).outputs)) {
    if (output.entryPoint) exports.set(output.entryPoint, output.exports);
  }
  return new Map(shared.sort().map((path) => [path, exports.get(path) ?? []]));
}

const helper = (path: string) => JSON.stringify(resolve(ROOT, path));
const REGISTRY = "globalThis[Symbol.for('crm-widgets:iife-modules@1')]";

/**
 * IIFE side: a dynamic import of a part's module (`import('./labels.zh-hant.js')`) fetches it from `cdn/iife/`
 * beside the file; src/cdn/iife-modules.ts publishes the modules the parts share; and no part-only module may
 * end up inside the file.
 */
export function partsFromCdn(): Plugin {
  const shared = [...sharedModules().keys()];
  return {
    name: 'crm-parts-from-cdn',
    enforce: 'pre',
    load(id) {
      if (rel(id) !== 'src/cdn/iife-modules.ts') return undefined;
      const imports = shared.map((path, i) => `import * as m${i} from ${helper(path)};`);
      const entries = shared.map((path, i) => `  ${JSON.stringify(path)}: m${i},`);
      // The first IIFE on a page wins (a second copy of the script defines nothing either).
      return `${imports.join('\n')}\n${REGISTRY} ??= Object.freeze({\n${entries.join('\n')}\n});\n`;
    },
    transform(code, id) {
      if (!/\/src\/.+\.ts$/.test(id) || !code.includes('import(')) return undefined;
      const helpers = new Set<string>();
      const rewritten = code.replace(/(?<!typeof )import\('(\.{1,2}\/[\w./-]+)\.js'\)/g, (call, path: string) => {
        const target = rel(resolve(dirname(id), `${path}.ts`));
        const loader = LOADERS[target];
        if (loader) {
          helpers.add(`import { ${loader.call.replace('()', '')} } from ${helper(loader.from)};`);
          return loader.call;
        }
        const part = Object.keys(IIFE_PARTS).find((name) => IIFE_PARTS[name] === target);
        if (!part) return call;
        helpers.add(`import { besideScript } from ${helper('src/cdn/beside-script.ts')};`);
        return `import(/* @vite-ignore */ besideScript('cdn/${part}.js'))`;
      });
      if (rewritten === code) return undefined;
      // Appended (imports hoist), so every line keeps its place and the source map stays right.
      return { code: `${rewritten}\n${[...helpers].join('\n')}\n`, map: null };
    },
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        for (const id of modulesIn(chunk)) {
          if (isOwn(id) && !IN_BOTH.has(id)) this.error(`${id} belongs in a cdn/iife/ part, not in the IIFE`);
        }
      }
    },
  };
}

/** Parts side: the modules the IIFE publishes are taken from it, each export by name. */
export function sharedFromIife(): Plugin {
  const shared = sharedModules();
  const PREFIX = '\0crm-iife:';
  return {
    name: 'crm-shared-from-iife',
    enforce: 'pre',
    async resolveId(specifier, importer) {
      if (!importer || importer.startsWith(PREFIX) || specifier.startsWith('\0')) return undefined;
      const resolved = await this.resolve(specifier, importer, { skipSelf: true });
      return resolved && shared.has(rel(resolved.id)) ? `${PREFIX}${rel(resolved.id)}` : undefined;
    },
    load(id) {
      if (!id.startsWith(PREFIX)) return undefined;
      const path = id.slice(PREFIX.length);
      const exports = shared.get(path)!;
      const named = exports.filter((name) => name !== 'default');
      return [
        `const shared = ${REGISTRY}?.[${JSON.stringify(path)}];`,
        `if (!shared) throw new Error('crm-widgets: cdn/iife/ needs crm-widgets.iife.js of the same version on the page (${path})');`,
        `export const { ${named.join(', ')} } = shared;`,
        exports.includes('default') ? 'export default shared.default;' : '',
      ].join('\n');
    },
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        for (const id of modulesIn(chunk)) {
          if (id.startsWith('src/') && !isOwn(id)) this.error(`${id} would be a second copy in ${chunk.fileName}`);
        }
      }
    },
  };
}
