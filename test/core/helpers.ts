import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { CrmCoreError, type CrmCoreErrorCode } from '../../src/core/index.js';

/** Asserts that `fn` throws a CrmCoreError with `code` (and, if given, a path containing `path`). */
export function expectCoreError(fn: () => unknown, code: CrmCoreErrorCode, path?: string): CrmCoreError {
  try {
    fn();
  } catch (error) {
    expect(error, String(error)).to.be.instanceOf(CrmCoreError);
    const e = error as CrmCoreError;
    expect(e.code, e.message).to.equal(code);
    if (path !== undefined) expect(e.path).to.contain(path);
    return e;
  }
  expect.fail(`expected a CrmCoreError ${code}`);
  throw new Error('unreachable');
}

/**
 * Runs a property with a fresh random seed. On failure the thrown error (and the browser log)
 * carries the seed, the shrunk counterexample and the replay parameters, so a failure seen once in
 * CI can be replayed and turned into a fixed regression test.
 */
export function checkProperty<Ts extends [unknown, ...unknown[]]>(
  property: fc.IProperty<Ts>,
  params: fc.Parameters<Ts> = {},
): void {
  const details = fc.check(property, params);
  if (!details.failed) return;
  const cause = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
  const report =
    `Property failed (seed ${details.seed}, path "${details.counterexamplePath}"; ` +
    `replay with { seed: ${details.seed}, path: "${details.counterexamplePath}" })\n` +
    `Counterexample: ${fc.stringify(details.counterexample)}\nError: ${cause}`;
  console.error(report);
  throw new Error(report);
}

/** Contiguous inclusive volume bands from a first unit and band widths; the last band open when asked. */
export function toBands(
  start: number,
  widths: readonly { width: number; percent: number }[],
  openLast = true,
): { min: number; max?: number; percent: number }[] {
  let min = start;
  return widths.map(({ width, percent }, i) => {
    const band = openLast && i === widths.length - 1 ? { min, percent } : { min, max: min + width - 1, percent };
    min += width;
    return band;
  });
}
