/**
 * Field-level parsing of what people type: exact decimals (no floats on the way in), with a reason a
 * field can show when the text is refused. The quote only ever receives values that passed.
 */
import { minorDigits, parseMoney } from '../../core/money.js';
import { parseDecimal } from '../../core/numeric.js';

export type Problem =
  | { readonly code: 'required' | 'not-number' | 'negative' | 'too-large' }
  | { readonly code: 'decimals'; readonly max: number }
  | { readonly code: 'above-max'; readonly max: number }
  | { readonly code: 'currency'; readonly currency: string; readonly quoteCurrency: string };

export type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problem: Problem };

const fail = (problem: Problem): Parsed<never> => ({ ok: false, problem });

/** Removes what people paste around numbers: spaces, grouping commas (also full-width), currency signs, %. */
function normalise(text: string): string {
  return text.replace(/[\s,，¥￥$€%]/g, '');
}

/** Decimal places of an exact ratio with a power-of-ten denominator, ignoring trailing zeros. */
function decimalsOf(num: bigint, den: bigint): number {
  let n = num;
  let d = den;
  while (d > 1n && n % 10n === 0n) {
    n /= 10n;
    d /= 10n;
  }
  return d.toString().length - 1;
}

/** A non-negative decimal with at most `maxDecimals` decimals, no larger than `max` when given. */
export function parseNumber(text: string, maxDecimals: number, max?: number): Parsed<number> {
  const s = normalise(text);
  if (s === '') return fail({ code: 'required' });
  let d: ReturnType<typeof parseDecimal>;
  try {
    d = parseDecimal(s);
  } catch {
    return fail({ code: 'not-number' });
  }
  if (d.negative) return fail({ code: 'negative' });
  if (decimalsOf(d.num, d.den) > maxDecimals) return fail({ code: 'decimals', max: maxDecimals });
  const value = Number(d.num) / Number(d.den);
  if (!Number.isFinite(value) || value > 1e12) return fail({ code: 'too-large' });
  if (max !== undefined && value > max) return fail({ code: 'above-max', max });
  return { ok: true, value };
}

/** Quantity: up to 3 decimals (the engine's precision). */
export const parseQuantity = (text: string) => parseNumber(text, 3);

/** A percentage (line discount) from 0 to `max`, at most 2 decimals (the data model's precision). */
export const parsePercent = (text: string, max: number) => parseNumber(text, 2, max);

/** A price in major units (`1280.5`) to integer minor units, refusing more decimals than the currency has. */
export function parsePrice(text: string, currency: string): Parsed<number> {
  const digits = minorDigits(currency);
  const n = parseNumber(text, digits);
  if (!n.ok) return n;
  const { amount } = parseMoney(normalise(text), currency);
  return Number.isSafeInteger(amount) ? { ok: true, value: amount } : fail({ code: 'too-large' });
}

/** A VAT rate chosen from a list (the select gives text); empty means not chosen. */
export function parseVatRate(text: string): Parsed<number> {
  return parseNumber(text, 4, 100);
}
