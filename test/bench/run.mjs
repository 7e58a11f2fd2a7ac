// `npm run bench`: bundle sizes measured in Node, timings measured in Chromium; one table, one JSON file.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const rowsFile = '.tmp/bench-rows.jsonl';
mkdirSync('.tmp', { recursive: true });
rmSync(rowsFile, { force: true });

const gzipKiB = (bytes) => gzipSync(bytes, { level: 9 }).length / 1024;
const external = [
  'lit',
  'lit/*',
  '@lit/*',
  'lit-html',
  'lit-html/*',
  'lit-element',
  'lit-element/*',
  'dexie',
  'chart.js',
  'chart.js/*',
  'valibot',
  '@lit-labs/*',
  'papaparse',
  'pinyin-pro',
];

/**
 * Gzip KiB of what loading the module costs up front: its bundle plus the chunks it imports statically.
 * Dynamic imports (the data layer, Chart.js, the tiering engine) are split off and not counted: they load
 * only when used (the page rows from test/bench/delivery.bench.ts count what a page really fetches).
 */
async function staticSize({ entry, contents, externals = [] }) {
  const result = await build({
    ...(entry ? { entryPoints: [entry] } : { stdin: { contents, resolveDir: process.cwd(), loader: 'ts' } }),
    bundle: true,
    minify: true,
    format: 'esm',
    splitting: true,
    outdir: '.tmp/bench-bundle',
    target: 'es2022',
    write: false,
    metafile: true,
    external: externals,
    tsconfig: 'tsconfig.json',
    logLevel: 'silent',
  });
  const files = new Map(result.outputFiles.map((f) => [relative(process.cwd(), f.path), f.contents]));
  const outputs = result.metafile.outputs;
  const seen = new Set();
  const visit = (path) => {
    if (seen.has(path)) return;
    seen.add(path);
    for (const imported of outputs[path].imports)
      if (imported.kind === 'import-statement' && outputs[imported.path]) visit(imported.path);
  };
  // The entry's own output: with splitting, every dynamically imported chunk has an `entryPoint` too.
  const main = Object.keys(outputs).find((path) => outputs[path].entryPoint === (entry ?? '<stdin>'));
  if (!main) throw new Error(`no output for ${entry ?? 'stdin'}`);
  visit(main);
  return [...seen].reduce((sum, path) => sum + gzipKiB(files.get(path)), 0);
}

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const entries = Object.fromEntries(
  Object.values(pkg.exports)
    .map((t) => /^\.\/dist\/(.+)\.js$/.exec(typeof t === 'object' ? t.import : ''))
    .filter(Boolean)
    .map((m) => [m[1], `src/${m[1]}.ts`]),
);

const rows = [];
const iife = gzipKiB(readFileSync('dist/crm-widgets.iife.js'));
// Chart.js counted as the funnel uses it: the module that imports and registers only the parts it draws with.
const floor = await staticSize({
  contents:
    "export * from 'lit'; export * from '@lit/context'; export * from 'dexie'; export * from './src/components/funnel-chart/funnel-canvas.ts';",
});
rows.push({
  group: 'size',
  name: 'dependency floor: lit + @lit/context + dexie + the Chart.js parts the funnel registers, bundled alone',
  value: floor,
  unit: 'KiB gz',
});
rows.push({
  group: 'size',
  name: 'dist/crm-widgets.iife.js (first-wave elements, engines, data API; the later elements, Dexie, sync, Chart.js and other languages fetched from cdn/ when used)',
  value: iife,
  unit: 'KiB gz',
  baseline: { name: 'dependency floor', value: floor },
  ratio: iife / floor,
});
for (const [name, entry] of Object.entries(entries)) {
  if (!existsSync(entry)) continue;
  const size = await staticSize({ entry, externals: external });
  rows.push({
    group: 'size',
    name: `ESM entry ${name} (deps external, lazy chunks not counted)`,
    value: size,
    unit: 'KiB gz',
  });
}
// The consumer apps the page-size rows load (test/bench/delivery.bench.ts), built from the packed tarball.
const consumers = spawnSync('node', ['test/build/consumers.mjs'], { stdio: 'inherit' });
if (consumers.status !== 0) {
  console.error('consumer builds failed');
  process.exit(consumers.status ?? 1);
}

const wtr = spawnSync('npx', ['wtr', '--config', 'web-test-runner.bench.config.mjs', '--static-logging'], {
  stdio: 'inherit',
  env: { ...process.env, BENCH_ROWS_FILE: rowsFile },
});
if (existsSync(rowsFile)) {
  for (const line of readFileSync(rowsFile, 'utf8').split('\n')) if (line.trim()) rows.push(JSON.parse(line));
}

const fmt = (n) => (n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2));
const table = rows.map((r) => ({
  group: r.group,
  benchmark: r.name,
  value: `${fmt(r.value)} ${r.unit}`,
  baseline: r.baseline ? `${r.baseline.name}: ${fmt(r.baseline.value)} ${r.unit}` : '',
  ratio: r.ratio === undefined ? '' : `${r.ratio.toFixed(2)}x`,
  runs: r.runs ?? '',
}));
console.table(table);
writeFileSync(
  'bench-results.json',
  `${JSON.stringify({ date: new Date().toISOString(), node: process.version, rows }, null, 2)}\n`,
);
console.log(`wrote bench-results.json (${rows.length} rows)`);
if (wtr.status !== 0) {
  console.error('browser benchmarks failed');
  process.exit(wtr.status ?? 1);
}
