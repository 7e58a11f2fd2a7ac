/**
 * Browser side of `npm run bench`: measure with `measure()`, report with `record()`.
 * Rows travel to Node through a test-runner server command and end up in the printed
 * table and in bench-results.json (see test/bench/run.mjs).
 */
import { executeServerCommand } from '@web/test-runner-commands';

export interface BenchRow {
  /** Section of the table, e.g. `store`, `core`, `size`. */
  group: string;
  name: string;
  value: number;
  unit: string;
  /** What the value is compared with, measured in the same run. */
  baseline?: { name: string; value: number };
  /** value / baseline, computed by record(). */
  ratio?: number;
  runs?: number;
  note?: string;
}

export async function record(row: BenchRow): Promise<void> {
  const full = row.baseline ? { ...row, ratio: row.value / row.baseline.value } : row;
  await executeServerCommand('bench-record', full);
}

export interface Timing {
  median: number;
  mean: number;
  min: number;
  max: number;
  runs: number;
}

function summarise(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return {
    median,
    mean: samples.reduce((s, x) => s + x, 0) / samples.length,
    min: sorted[0]!,
    max: sorted[sorted.length - 1]!,
    runs: samples.length,
  };
}

/** Runs `fn` `warmup` times unmeasured, then `runs` times measured (ms, performance.now()). */
export async function measure(
  fn: () => unknown | Promise<unknown>,
  { runs = 15, warmup = 2 }: { runs?: number; warmup?: number } = {},
): Promise<Timing> {
  for (let i = 0; i < warmup; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  return summarise(samples);
}

/** Wall time of one run of `work`, in ms (for runs too long to repeat many times). */
export async function timed(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}
