/**
 * The parts of the single-file IIFE that are fetched from `cdn/iife/` beside `crm-widgets.iife.js` on first
 * use (`--mode iife-parts`, built after the cdn build), and the Vite plugins of both sides.
 *
 * The parts are the hand-listed ones (NAMED_PARTS: Dexie and the IndexedDB backend, the sync engine and its HTTP
 * client, the virtualizer core, the Traditional Chinese label tables) and every target of a dynamic import in the
 * package's code that the IIFE does not hold anyway (plan(): the badge's explanation, the quote builder's views,
 * the later elements, and their own dynamic imports in turn). A part carries only what the IIFE does not have.
 * Every other module of the package a part imports (the data model, the guards, the sync queue, core, ...), and
 * Lit, is taken from the running IIFE through a registry the IIFE publishes (src/cdn/iife-modules.ts), so there is
 * one `ValidationError`, one `GuardError`, one store per database, one Lit, never a second copy. Both builds check
 * it and fail if a module would exist twice.
 */
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import type { Plugin } from 'vite';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const rel = (id: string) => relative(ROOT, id.split('?')[0]!);

/** The hand-listed parts: part name (path under dist/cdn/, no extension) to its entry module. */
const NAMED_PARTS: Record<string, string> = {
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

/** The package's modules that live only in the hand-listed parts. */
const PART_OWN =
  /^src\/(data\/(dexie-backend|database)|sync\/(index|engine|mapping|profile|profiles|pull|push|http))\.ts$/;

/** In both: the IIFE's copy uses the Dexie stand-in (src/cdn/dexie-iife.ts) and only its constants. */
const IN_BOTH = new Set(['src/data/database.ts']);

const source = (path: string) => resolve(ROOT, path);

/**
 * Stand-ins the parts use as well as the IIFE: the account list, a part since the file stopped carrying it, loads
 * pinyin and the virtualizer core from beside the file through them.
 */
export const PARTS_ALIASES: { find: RegExp; replacement: string }[] = [
  { find: /^\.\/pinyin-loader\.js$/, replacement: source('src/components/account-list/pinyin-loader.iife.ts') },
  // The virtualizer's core (no Lit in it) comes from cdn/iife/ on the IIFE's Lit: src/cdn/virtualize-iife.ts.
  { find: /^@lit-labs\/virtualizer\/virtualize\.js$/, replacement: source('src/cdn/virtualize-iife.ts') },
];

/**
 * How the parts build resolves: the stand-ins above, and papaparse from its source. Its own minified file (the
 * package's "browser" field), minified again into a part, lost a variable in the process (TypeError reading
 * `skipEmptyLines` in Papa.parse).
 */
export const PARTS_BUILD_ALIASES: { find: RegExp; replacement: string }[] = [
  ...PARTS_ALIASES,
  { find: /^papaparse$/, replacement: source('node_modules/papaparse/papaparse.js') },
];

/**
 * How the IIFE build resolves what it replaces (vite.config.ts uses this list): the stand-ins that fetch the
 * hand-listed parts, and the pinyin and Chart.js loaders that fetch their files from beside the IIFE.
 */
export const IIFE_ALIASES: { find: RegExp; replacement: string }[] = [
  ...PARTS_ALIASES,
  // IndexedDB storage (Dexie) is fetched from cdn/iife/ with the first store: see src/cdn/dexie-backend-iife.ts.
  { find: /^\.\/dexie-backend\.js$/, replacement: source('src/cdn/dexie-backend-iife.ts') },
  { find: /^dexie$/, replacement: source('src/cdn/dexie-iife.ts') },
  // `CrmWidgets.sync`: the queue the file has, and load() for the engine in cdn/iife/sync.js.
  { find: /^\.\/sync\/index\.js$/, replacement: source('src/cdn/sync-iife.ts') },
  // Chart.js comes from cdn/funnel-canvas.js beside the file (the cdn build's stable name).
  { find: /^\.\/load-canvas\.js$/, replacement: source('src/cdn/load-canvas-iife.ts') },
];

/** The package's modules with code in an output chunk (a module merely looked at has none). */
const modulesIn = (chunk: { modules: Record<string, { renderedLength: number }> }) =>
  Object.entries(chunk.modules)
    .filter(([, module]) => module.renderedLength > 0)
    .map(([id]) => rel(id));

const graph = async (entryPoints: string[], plugins: esbuild.Plugin[] = []) =>
  (
    await esbuild.build({
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
      plugins,
    })
  ).metafile;

const aliasing = (aliases: typeof IIFE_ALIASES): esbuild.Plugin => ({
  name: 'iife-aliases',
  setup(build) {
    build.onResolve({ filter: /.*/ }, ({ path }) => {
      const alias = aliases.find(({ find }) => find.test(path));
      return alias ? { path: alias.replacement } : undefined;
    });
  },
});
const aliased = aliasing(IIFE_ALIASES);
const partsAliased = aliasing(PARTS_ALIASES);

/** What goes where: the parts, the modules only they have, and the IIFE's modules they share (with exports). */
export interface Plan {
  parts: Record<string, string>;
  isOwn(path: string): boolean;
  shared: Map<string, string[]>;
}

let planned: Promise<Plan> | undefined;

/** Lit's packages: the parts always take them from the IIFE, and the parts build must never hold them. */
const LIT = /^(lit|lit-html|lit-element|@lit\/[^/]+)(\/|$)/;
const SECOND_LIT = /^node_modules\/(lit|lit-html|lit-element|@lit\/[^/]+)\//;

/** An import of a package (esbuild also lists its own helpers, as `<runtime>`). */
const isPackage = (edge: { path: string; external?: boolean }) => !!edge.external && !edge.path.startsWith('<');

const automaticOwn = (inputs: esbuild.Metafile['inputs'], inIife: Set<string>) =>
  Object.keys(inputs).filter((path) => path.startsWith('src/') && !inIife.has(path));

/** The export names of a package module, star re-exports and its default (a CommonJS module's only one) included. */
async function packageExports(specifier: string): Promise<string[]> {
  const names = async (contents: string) =>
    Object.values(
      (
        await esbuild.build({
          absWorkingDir: ROOT,
          stdin: { contents, resolveDir: ROOT },
          bundle: true,
          format: 'esm',
          write: false,
          metafile: true,
          outdir: 'unused',
          logLevel: 'silent',
        })
      ).metafile.outputs,
    )[0]!.exports;
  const module = JSON.stringify(specifier);
  return names(`export * from ${module}; export { default } from ${module};`).catch(() =>
    names(`export * from ${module};`),
  );
}

/**
 * Every dynamic import of the package's own code (`import('./tier-explanation.js')`) whose target the IIFE does
 * not hold anyway becomes a part too, named after its source (`cdn/iife/components/tier-badge/tier-explanation.js`),
 * read from the IIFE's module graph (with its aliases): the modules reached only through such imports are the
 * parts' own; a module both sides use stays in the IIFE and is shared. Language tables keep their cdn/locales/ files.
 */
export function plan(): Promise<Plan> {
  planned ??= (async () => {
    const iife = await graph(['src/iife.ts'], [aliased]);
    const inputs = iife.inputs;
    const inIife = new Set<string>();
    const dynamic = new Set<string>();
    const visit = (path: string) => {
      if (inIife.has(path) || !inputs[path]) return;
      inIife.add(path);
      for (const edge of inputs[path].imports) {
        if (edge.kind === 'dynamic-import') dynamic.add(edge.path);
        else if (edge.kind === 'import-statement') visit(edge.path);
      }
    };
    visit('src/iife.ts');
    const named = new Set(Object.values(NAMED_PARTS));
    const isPart = (path: string) =>
      path.startsWith('src/') &&
      !inIife.has(path) &&
      !named.has(path) &&
      !LOADERS[path] &&
      !/\.strings\.zh-[A-Z]+\.ts$/.test(path);
    const automatic = [...dynamic].filter(isPart);
    // A part's own dynamic imports (the account list's CSV writer) are parts too, under their source's name.
    for (let frontier = automatic; frontier.length > 0; ) {
      const next = new Set<string>();
      for (const input of Object.values((await graph(frontier, [partsAliased])).inputs)) {
        for (const edge of input.imports) {
          if (edge.kind === 'dynamic-import' && isPart(edge.path) && !automatic.includes(edge.path))
            next.add(edge.path);
        }
      }
      frontier = [...next];
      automatic.push(...frontier);
    }
    const parts: Record<string, string> = { ...NAMED_PARTS };
    for (const path of automatic.sort()) parts[`iife/${path.slice('src/'.length, -'.ts'.length)}`] = path;
    const own = new Set(Object.values(parts));
    // Everything the automatic parts reach that the IIFE does not have is theirs.
    const reached = await graph(automatic, [partsAliased]);
    for (const path of automaticOwn(reached.inputs, inIife)) own.add(path);
    const isOwn = (path: string) => PART_OWN.test(path) || own.has(path);
    const partsGraph = await graph(
      Object.values(parts).filter((path) => path.startsWith('src/')),
      [partsAliased],
    );
    const sharedPaths = Object.keys(partsGraph.inputs).filter((path) => path.startsWith('src/') && !isOwn(path));
    const exports = new Map<string, string[]>();
    for (const output of Object.values((await graph(sharedPaths)).outputs)) {
      if (output.entryPoint) exports.set(output.entryPoint, output.exports);
    }
    const shared = new Map(sharedPaths.sort().map((path) => [path, exports.get(path) ?? []]));
    // A package the IIFE imports (Lit, valibot) is shared by specifier; Lit always (one Lit per page); any other
    // package (papaparse) is bundled into the part, unless the IIFE has it under another specifier.
    const packageOf = (specifier: string) => /^(@[^/]+\/)?[^/]+/.exec(specifier)![0];
    const iifePackages = new Set<string>();
    for (const path of inIife) {
      for (const edge of inputs[path]!.imports) if (isPackage(edge)) iifePackages.add(edge.path);
    }
    const iifePackageNames = new Set([...iifePackages].map(packageOf));
    const packages = new Set<string>();
    for (const path of automaticOwn(reached.inputs, inIife)) {
      for (const edge of reached.inputs[path]!.imports) if (isPackage(edge)) packages.add(edge.path);
    }
    for (const specifier of [...packages].sort()) {
      if (LIT.test(specifier) || iifePackages.has(specifier)) shared.set(specifier, await packageExports(specifier));
      else if (iifePackageNames.has(packageOf(specifier))) {
        throw new Error(
          `${specifier}: the IIFE has ${packageOf(specifier)} under another specifier; import it as the IIFE does`,
        );
      }
    }
    return { parts, isOwn, shared };
  })();
  return planned;
}

/** A module to import by: a path of the package's own, or a package specifier as it is. */
const helper = (path: string) => JSON.stringify(path.startsWith('src/') ? resolve(ROOT, path) : path);
const REGISTRY = "globalThis[Symbol.for('crm-widgets:iife-modules@1')]";

/**
 * IIFE side: a dynamic import of a part's module (`import('./labels.zh-hant.js')`) fetches it from `cdn/iife/`
 * beside the file; src/cdn/iife-modules.ts publishes the modules the parts share; and no part-only module may
 * end up inside the file.
 */
export function partsFromCdn(): Plugin {
  let parts: Plan;
  return {
    name: 'crm-parts-from-cdn',
    enforce: 'pre',
    async buildStart() {
      parts = await plan();
    },
    load(id) {
      if (rel(id) !== 'src/cdn/iife-modules.ts') return undefined;
      const shared = [...parts.shared.keys()];
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
        const part = Object.keys(parts.parts).find((name) => parts.parts[name] === target);
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
          if (parts.isOwn(id) && !IN_BOTH.has(id)) this.error(`${id} belongs in a cdn/iife/ part, not in the IIFE`);
        }
      }
    },
  };
}

/** Parts side: the modules the IIFE publishes are taken from it, each export by name. */
export function sharedFromIife(): Plugin {
  let parts: Plan;
  const PREFIX = '\0crm-iife:';
  return {
    name: 'crm-shared-from-iife',
    enforce: 'pre',
    async buildStart() {
      parts = await plan();
    },
    async resolveId(specifier, importer) {
      if (!importer || importer.startsWith(PREFIX) || specifier.startsWith('\0')) return undefined;
      if (parts.shared.has(specifier)) return `${PREFIX}${specifier}`;
      const resolved = await this.resolve(specifier, importer, { skipSelf: true });
      return resolved && parts.shared.has(rel(resolved.id)) ? `${PREFIX}${rel(resolved.id)}` : undefined;
    },
    load(id) {
      if (!id.startsWith(PREFIX)) return undefined;
      const path = id.slice(PREFIX.length);
      const exports = parts.shared.get(path)!;
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
          if ((id.startsWith('src/') && !parts.isOwn(id)) || SECOND_LIT.test(id))
            this.error(`${id} would be a second copy in ${chunk.fileName}`);
        }
      }
    },
  };
}
