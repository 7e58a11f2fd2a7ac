// `npm run bench`: bundle sizes measured in Node, timings measured in Chromium; one table, one JSON file.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

async function bundle({ entry, contents, externals = [] }) {
  const result = await build({
    ...(entry ? { entryPoints: [entry] } : { stdin: { contents, resolveDir: process.cwd(), loader: 'ts' } }),
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    external: externals,
    tsconfig: 'tsconfig.json',
    logLevel: 'silent',
  });
  return result.outputFiles[0].contents;
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
const floor = gzipKiB(
  await bundle({
    contents: "export * from 'lit'; export * from '@lit/context'; export * from 'dexie'; export * from 'chart.js';",
  }),
);
rows.push({
  group: 'size',
  name: 'dependency floor: lit + @lit/context + dexie + chart.js bundled alone',
  value: floor,
  unit: 'KiB gz',
});
rows.push({
  group: 'size',
  name: 'dist/crm-widgets.iife.js (everything)',
  value: iife,
  unit: 'KiB gz',
  baseline: { name: 'dependency floor', value: floor },
  ratio: iife / floor,
});
for (const [name, entry] of Object.entries(entries)) {
  if (!existsSync(entry)) continue;
  const size = gzipKiB(await bundle({ entry, externals: external }));
  rows.push({ group: 'size', name: `ESM entry ${name} (deps external)`, value: size, unit: 'KiB gz' });
}
// The funnel is the one widget that ships Chart.js: its entry with the Chart.js parts it registers.
const funnelWithChart = gzipKiB(
  await bundle({
    entry: entries['components/funnel-chart/funnel-chart'],
    externals: external.filter((e) => !e.startsWith('chart.js')),
  }),
);
rows.push({
  group: 'size',
  name: 'ESM entry components/funnel-chart/funnel-chart with Chart.js included',
  value: funnelWithChart,
  unit: 'KiB gz',
});

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
