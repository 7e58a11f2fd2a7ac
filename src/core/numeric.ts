/**
 * Exact integer arithmetic shared by the engines. Money is integer minor units, rates are
 * integers on a fixed scale, and every division goes through one rounding function, so the
 * only place a result can lose precision is a named, tested rounding step.
 */
import { CrmCoreError } from './errors.js';

/**
 * - `half-up`: halves round away from zero (commercial rounding, 四舍五入): 0.5 -> 1, -0.5 -> -1, 2.5 -> 3.
 * - `half-even`: halves round to the even neighbour (banker's rounding): 0.5 -> 0, 1.5 -> 2, 2.5 -> 2.
 * Anything that is not exactly a half rounds to the nearest integer in both modes.
 */
export type RoundingMode = 'half-up' | 'half-even';

export const ROUNDING_MODES: readonly RoundingMode[] = ['half-up', 'half-even'];

/** Percentages are held as integer parts per million of the whole: 13% = 130_000, 12.5% = 125_000. */
export const PPM = 1_000_000;

/** An exact non-negative ratio `num / den` (den > 0). */
export interface Ratio {
  readonly num: bigint;
  readonly den: bigint;
}

function roundQuotient(q: bigint, r: bigint, d: bigint, mode: RoundingMode): bigint {
  // q, r >= 0, d > 0, r < d: decide whether to add one to the truncated quotient.
  const twice = 2n * r;
  if (twice > d) return q + 1n;
  if (twice < d) return q;
  return mode === 'half-up' || q % 2n === 1n ? q + 1n : q;
}

/** `n / d` rounded to an integer with `mode`; `d` must not be zero. */
export function divRound(n: bigint, d: bigint, mode: RoundingMode): bigint {
  if (d === 0n) throw new CrmCoreError('invalid-input', 'division by zero');
  const negative = n < 0n !== d < 0n;
  const an = n < 0n ? -n : n;
  const ad = d < 0n ? -d : d;
  const q = roundQuotient(an / ad, an % ad, ad, mode);
  return negative ? -q : q;
}

/** The message every `overflow` error carries: what happened, in words a user can act on. */
export const OVERFLOW_MESSAGE = 'is too large to compute exactly (beyond 9,007,199,254,740,991 units)';

/**
 * The one checked add: every accumulation in core (totals, roll-ups, funnel sums) goes through it.
 * `a + b` for safe integers, or a `CrmCoreError('overflow')` naming `path` when the exact sum
 * leaves the safe-integer range (past 2^53 a double no longer holds every integer, so the sum
 * would be silently wrong: 9,201 x (1e12 + 1) would end in ...9,200 instead of ...9,201).
 * Differences are `checkedAdd(a, -b)`.
 */
export function checkedAdd(a: number, b: number, path = 'total'): number {
  const sum = a + b;
  // For safe-integer inputs the double sum is at least 2^53 exactly when the true sum is.
  if (!Number.isSafeInteger(sum)) throw new CrmCoreError('overflow', OVERFLOW_MESSAGE, { path });
  return sum;
}

/** A BigInt result as a number, or `overflow` when it is not a safe integer. */
export function toSafeNumber(value: bigint, path?: string): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n)) {
    throw new CrmCoreError('overflow', OVERFLOW_MESSAGE, { path, value: value.toString() });
  }
  return n;
}

/**
 * `round(a * b / c)` for integers, exact: a fast path in doubles while `a * b` stays a safe
 * integer, BigInt otherwise. Throws `overflow` if the result is not a safe integer.
 */
export function mulDivRound(a: number, b: number, c: number, mode: RoundingMode, path?: string): number {
  if (c === 0) throw new CrmCoreError('invalid-input', 'division by zero', { path });
  const p = a * b;
  if (Number.isSafeInteger(p) && Number.isSafeInteger(c)) {
    const negative = p < 0 !== c < 0;
    const ap = Math.abs(p);
    const ac = Math.abs(c);
    let q = Math.floor(ap / ac);
    let r = ap - q * ac;
    // Floating division can be one off near 2^53; the remainder tells and corrects it.
    if (r < 0) {
      q -= 1;
      r += ac;
    } else if (r >= ac) {
      q += 1;
      r -= ac;
    }
    const twice = 2 * r;
    if (twice > ac || (twice === ac && (mode === 'half-up' || q % 2 === 1))) q += 1;
    return negative ? -q : q;
  }
  return toSafeNumber(divRound(BigInt(a) * BigInt(b), BigInt(c), mode), path);
}

/** `round(value * ratio)` for an integer value and an exact ratio. */
export function mulRatio(value: number, ratio: Ratio, mode: RoundingMode, path?: string): number {
  return toSafeNumber(divRound(BigInt(value) * ratio.num, ratio.den, mode), path);
}

const DECIMAL = /^([+-]?)(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/;

/**
 * Parses a decimal written as a string or a number into an exact ratio with a power-of-ten
 * denominator (`'7.1234'` -> 71234/10000). Numbers are read through their shortest decimal
 * representation, so `0.1` is exactly one tenth, not the binary double.
 */
export function parseDecimal(value: string | number, path?: string): Ratio & { negative: boolean } {
  if (typeof value === 'number' && !Number.isFinite(value)) {
    throw new CrmCoreError('invalid-number', 'must be a finite number', { path, value });
  }
  const text = typeof value === 'number' ? String(value) : value.trim();
  const m = DECIMAL.exec(text);
  if (!m) throw new CrmCoreError('invalid-number', `"${text}" is not a decimal number`, { path, value });
  const fraction = m[3] ?? '';
  const exponent = Number(m[4] ?? '0') - fraction.length;
  let num = BigInt(`${m[2]}${fraction}`);
  let den = 1n;
  if (exponent >= 0) num *= 10n ** BigInt(exponent);
  else den = 10n ** BigInt(-exponent);
  return { num, den, negative: m[1] === '-' && num !== 0n };
}

/**
 * Reads a number that may carry at most `decimals` decimals as an exact integer on the scale
 * 10^decimals (quantity 1.5 with 3 decimals -> 1500). Throws on NaN, Infinity or extra decimals.
 */
export function toScaled(value: unknown, decimals: number, path: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new CrmCoreError('invalid-number', 'must be a finite number', { path, value });
  }
  const factor = 10 ** decimals;
  const scaled = Math.round(value * factor);
  // value * factor carries the binary error of `value` (a few ulps), never a whole unit.
  if (Math.abs(scaled - value * factor) > Math.max(1e-7, Math.abs(scaled) * 8 * Number.EPSILON)) {
    throw new CrmCoreError('too-many-decimals', `allows at most ${decimals} decimals`, { path, value });
  }
  if (!Number.isSafeInteger(scaled)) {
    throw new CrmCoreError('overflow', OVERFLOW_MESSAGE, { path, value });
  }
  return scaled;
}

/**
 * A percentage (0..max) as integer parts per million; at most 4 decimals (12.3456%).
 * Used for discounts, VAT rates, probabilities and thresholds.
 */
export function percentToPpm(value: unknown, path: string, max = 100): number {
  const ppm = toScaled(value, 4, path);
  if (ppm < 0) throw new CrmCoreError('out-of-range', 'must not be negative', { path, value });
  if (ppm > max * 10_000) throw new CrmCoreError('out-of-range', `must be at most ${max}%`, { path, value });
  return ppm;
}

/** The percentage a ppm value stands for (130_000 -> 13). Exact for 4 decimals. */
export function ppmToPercent(ppm: number): number {
  return ppm / 10_000;
}

/** round(part x 10,000 / whole), exact; a ratio far outside 0..1 is still a (large) number, never an overflow. */
function tenThousandths(part: number, whole: number): number {
  const scaled = part * 10_000;
  if (Number.isSafeInteger(scaled)) return mulDivRound(part, 10_000, whole, 'half-up');
  return Number(divRound(BigInt(part) * 10_000n, BigInt(whole), 'half-up'));
}

/**
 * `part / whole` as a percentage rounded to 2 decimals for display (not for decisions: decisions
 * compare integers with `compareFraction`). Null when `whole` is 0.
 */
export function percentOf(part: number, whole: number): number | null {
  return whole === 0 ? null : tenThousandths(part, whole) / 100;
}

/**
 * `part / whole` as a share: a fraction rounded to 4 decimals (0.3006 = 30.06 %). Shares are
 * fractions in every engine result; only display turns them into percents. Null when `whole` is 0.
 */
export function shareOf(part: number, whole: number): number | null {
  return whole === 0 ? null : tenThousandths(part, whole) / 10_000;
}

/** Sign of `a/b - c/d` for integers with b, d > 0, computed exactly. */
export function compareFraction(a: number, b: number, c: number, d: number): -1 | 0 | 1 {
  const left = a * d;
  const right = c * b;
  if (Number.isSafeInteger(left) && Number.isSafeInteger(right)) return left < right ? -1 : left > right ? 1 : 0;
  const l = BigInt(a) * BigInt(d);
  const r = BigInt(c) * BigInt(b);
  return l < r ? -1 : l > r ? 1 : 0;
}

/** Validates a rounding mode (configs come from HTML attributes and JSON, so check at runtime). */
export function checkRoundingMode(mode: unknown, path: string): RoundingMode {
  if (mode === 'half-up' || mode === 'half-even') return mode;
  throw new CrmCoreError('invalid-input', `must be one of: ${ROUNDING_MODES.join(', ')}`, { path, value: mode });
}
