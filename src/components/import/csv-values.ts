/**
 * Cell values as spreadsheets write them, turned into the model's units: money into integer minor units
 * (exactly, with decimal strings and BigInt, never floats) and dates into ISO `YYYY-MM-DD`.
 * Failures return a reason code the element words per language; nothing here touches the DOM.
 */
import { minorDigits } from '../../core/money.js';

export type ValueProblem =
  | 'money-format'
  | 'money-negative'
  | 'money-precision'
  | 'money-too-large'
  | 'date-format'
  | 'date-invalid'
  | 'number-format';

export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: ValueProblem };

const CURRENCY_MARKS = /^(?:CN¥|RMB|CNY|USD|US\$|HK\$|EUR|JPY|[¥￥$€£])|(?:元|人民币|CNY|RMB|USD|EUR)$/giu;
const MULTIPLIERS: Record<string, number> = { 万: 4, 萬: 4, 亿: 8, 億: 8, k: 3, K: 3 };

/**
 * Parses `¥1,234.50`, `1234.5`, `1.2万`, `3亿`, `1 234,5`-free amounts into minor units of `currency`.
 * More decimals than the currency has (after the multiplier) is an error, not a silent rounding.
 */
export function parseMoney(text: string, currency = 'CNY'): Parsed<number> {
  let s = text.trim().replace(/\s+/g, '');
  if (/^\(.*\)$/.test(s) || s.startsWith('-') || s.startsWith('−')) return { ok: false, problem: 'money-negative' };
  s = s.replace(CURRENCY_MARKS, '').replace(CURRENCY_MARKS, '');
  let shift = 0;
  const last = s.at(-1) ?? '';
  if (last in MULTIPLIERS) {
    shift = MULTIPLIERS[last]!;
    s = s.slice(0, -1);
  }
  // Thousands separators: commas, apostrophes or thin spaces between groups of three digits.
  if (/^\d{1,3}([,'’]\d{3})+(\.\d+)?$/.test(s)) s = s.replace(/[,'’]/g, '');
  const match = /^(\d+)(?:\.(\d+))?$/.exec(s);
  if (!match) return { ok: false, problem: 'money-format' };
  const whole = match[1]!;
  const fraction = match[2] ?? '';
  const digits = minorDigits(currency) + shift;
  const significant = fraction.replace(/0+$/, '');
  if (significant.length > digits) return { ok: false, problem: 'money-precision' };
  const minor = BigInt(whole + significant.padEnd(digits, '0'));
  if (minor > BigInt(Number.MAX_SAFE_INTEGER)) return { ok: false, problem: 'money-too-large' };
  return { ok: true, value: Number(minor) };
}

/** Parses `2026-11-25`, `2026/11/25`, `2026.11.25`, `2026年11月25日` (and single-digit month/day) to ISO. */
export function parseDate(text: string): Parsed<string> {
  const s = text.trim();
  const match = /^(\d{4})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})\s*日?(?:[ T].*)?$/.exec(s);
  if (!match) return { ok: false, problem: 'date-format' };
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return { ok: false, problem: 'date-invalid' };
  }
  return { ok: true, value: `${match[1]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` };
}

/** A plain decimal number (percentages, probabilities): `45`, `45%`, `45.5`. */
export function parseNumber(text: string): Parsed<number> {
  const s = text.trim().replace(/%$/, '');
  if (!/^-?\d+(\.\d+)?$/.test(s)) return { ok: false, problem: 'number-format' };
  return { ok: true, value: Number(s) };
}
