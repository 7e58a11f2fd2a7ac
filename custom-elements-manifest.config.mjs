// `npm run build:manifest`: custom-elements.json as tools and frameworks read it. The analyzer sees the
// sources; this plugin makes the manifest describe the package that ships: module paths in dist/, the base
// class as a class (not an element), each event's detail type (from the GlobalEventHandlersEventMap
// declarations) and every `--crm-*` token the element's styles read, with its default.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

// The analyzer writes `src/x.ts` and, for a superclass, `/src/x.js`: both become the shipped `dist/x.js`.
const toDist = (path) => path.replace(/^\/?src\//, 'dist/').replace(/\.ts$/, '.js');

/** The files the package ships as modules of their own: the `exports` targets (the rest is bundled into chunks). */
function shippedModules() {
  const pkg = JSON.parse(read('package.json'));
  return new Set(
    Object.values(pkg.exports)
      .map((target) => (typeof target === 'object' ? target.import : undefined))
      .filter(Boolean)
      .map((file) => file.replace(/^\.\//, '')),
  );
}

/** Names the package root (`crm-widgets`, dist/index.js) exports by name, e.g. the base class `CrmElement`. */
function rootExports() {
  const names = new Set();
  for (const m of read('src/script-exports.ts').matchAll(/export\s*\{([^}]*)\}/g)) {
    for (const part of m[1].split(',')) {
      const name = part
        .replace(/^\s*type\s+/, '')
        .trim()
        .split(/\s+as\s+/)
        .pop();
      if (name) names.add(name);
    }
  }
  return names;
}

/**
 * Every `module` reference under a node (superclass, exports, `inheritedFrom` of members, events, parts, …) made
 * to name a file the package ships: its dist file when that is a module of its own, else the package root when
 * the root exports the name (the base class), else none (the name alone).
 */
function shipModules(node, shipped, root) {
  if (Array.isArray(node)) for (const item of node) shipModules(item, shipped, root);
  else if (node && typeof node === 'object') {
    if (typeof node.module === 'string') {
      const file = toDist(node.module);
      if (shipped.has(file)) node.module = file;
      else if (root.has(node.name)) node.module = 'dist/index.js';
      else delete node.module;
    }
    for (const [key, value] of Object.entries(node)) if (key !== 'module') shipModules(value, shipped, root);
  }
}
const read = (path) => readFileSync(path, 'utf8');

/** `'crm-x': CustomEvent<Detail>` in any source file: the typed detail of every crm-* event. */
function eventTypes() {
  const types = new Map();
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (path.endsWith('.ts')) {
        for (const m of read(path).matchAll(/'(crm-[a-z-]+)':\s*CustomEvent<(.+)>;\s*$/gm))
          types.set(m[1], m[2].trim());
      }
    }
  };
  walk('src');
  return types;
}

/** `var(--crm-x, default)` read by the files of an element's folder (and the base class): name to default. */
function tokensIn(files) {
  const tokens = new Map();
  for (const file of files) {
    const text = read(file);
    for (const m of text.matchAll(/var\(\s*(--crm-[a-z0-9-]+)\s*(?:,\s*((?:[^()]|\([^()]*\))*?))?\s*\)/g)) {
      if (!tokens.has(m[1]) || (tokens.get(m[1]) === undefined && m[2])) tokens.set(m[1], m[2]?.trim());
    }
    // Tokens read in script with a fallback, e.g. token('--crm-funnel-bar', '#1d4f91').
    for (const m of text.matchAll(/\(\s*'(--crm-[a-z0-9-]+)'\s*,\s*'([^']+)'\s*\)/g)) tokens.set(m[1], m[2]);
  }
  return tokens;
}

const shipped = {
  name: 'crm-widgets-shipped',
  packageLinkPhase({ customElementsManifest }) {
    const events = eventTypes();
    const baseTokens = tokensIn(['src/internal/crm-element.ts']);
    const shipped = shippedModules();
    const root = rootExports();
    // Modules bundled into chunks are no files of the package: left out (their elements' own modules stay).
    customElementsManifest.modules = customElementsManifest.modules.filter((mod) => shipped.has(toDist(mod.path)));
    for (const mod of customElementsManifest.modules) {
      const source = mod.path;
      mod.path = toDist(mod.path);
      shipModules(mod.exports, shipped, root);
      shipModules(mod.declarations, shipped, root);
      for (const decl of mod.declarations ?? []) {
        if (!decl.customElement) continue;
        if (!decl.tagName) {
          delete decl.customElement; // the base class: a class, not an element
          continue;
        }
        for (const event of decl.events ?? []) {
          const detail = events.get(event.name);
          if (detail) event.type = { text: `CustomEvent<${detail}>` };
        }
        const dir = dirname(source);
        const files = readdirSync(dir)
          .filter((f) => f.endsWith('.ts'))
          .map((f) => join(dir, f));
        const tokens = new Map([...baseTokens, ...tokensIn(files)]);
        decl.cssProperties ??= [];
        for (const prop of decl.cssProperties) {
          const fallback = tokens.get(prop.name);
          if (fallback !== undefined && prop.default === undefined) prop.default = fallback;
        }
        for (const [name, fallback] of tokens) {
          if (decl.cssProperties.some((p) => p.name === name)) continue;
          decl.cssProperties.push({
            name,
            ...(fallback !== undefined ? { default: fallback } : {}),
            description: baseTokens.has(name) ? 'Shared by every crm-widgets element.' : '',
          });
        }
      }
    }
  },
};

export default {
  globs: ['src/components/**/*.ts', 'src/internal/crm-element.ts', 'src/internal/stage-path.ts'],
  exclude: ['src/**/*.strings.ts', 'src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  plugins: [shipped],
};
