// `npm run build:manifest`: custom-elements.json as tools and frameworks read it. The analyzer sees the
// sources; this plugin makes the manifest describe the package that ships: module paths in dist/, the base
// class as a class (not an element), each event's detail type (from the GlobalEventHandlersEventMap
// declarations) and every `--crm-*` token the element's styles read, with its default.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const toDist = (path) => path.replace(/^src\//, 'dist/').replace(/\.ts$/, '.js');
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
    for (const mod of customElementsManifest.modules) {
      const source = mod.path;
      mod.path = toDist(mod.path);
      for (const exp of mod.exports ?? [])
        if (exp.declaration?.module) exp.declaration.module = toDist(exp.declaration.module);
      for (const decl of mod.declarations ?? []) {
        if (decl.superclass?.module) decl.superclass.module = toDist(decl.superclass.module);
        for (const member of [...(decl.members ?? []), ...(decl.attributes ?? [])]) {
          if (member.inheritedFrom?.module) member.inheritedFrom.module = toDist(member.inheritedFrom.module);
        }
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
