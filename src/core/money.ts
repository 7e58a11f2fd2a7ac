/**
 * Exact money: integer minor units (fen, cents) with an ISO 4217 currency, never floats.
 *
 * Rounding rule: amounts are only ever rounded to whole minor units, at the step that divides
 * (a percentage, a tax split, a currency conversion, a quantity with decimals), with an
 * explicit `RoundingMode` (default `half-up`). Sums, differences and allocations are exact.
 */
import { CrmCoreError } from './errors.js';
import { checkCurrency, checkMinor, checkMoney, type Money, minorDigits } from './money-format.js';
import {
  checkedAdd,
  checkRoundingMode,
  divRound,
  parseDecimal,
  type Ratio,
  type RoundingMode,
  toSafeNumber,
} from './numeric.js';

export {
  checkCurrency,
  checkMinor,
  checkMoney,
  type FormatMoneyOptions,
  formatMoney,
  type Money,
  type MoneyLocale,
  minorDigits,
  toDecimalString,
} from './money-format.js';

/** Builds a validated `Money` (negative amounts allowed: refunds, differences). */
export function money(amount: number, currency: string, path = 'amount'): Money {
  return { amount: checkMinor(amount, path, true), currency: checkCurrency(currency, `${path}.currency`) };
}

function sameCurrency(a: Money, b: Money, path: string): void {
  if (a.currency !== b.currency) {
    throw new CrmCoreError(
      'currency-mismatch',
      `cannot combine ${a.currency} and ${b.currency} without a dated rate table (use convertMoney)`,
      { path, value: [a.currency, b.currency] },
    );
  }
}

/** a + b; throws `currency-mismatch` for different currencies. */
export function addMoney(a: Money, b: Money): Money {
  checkMoney(a, 'a');
  checkMoney(b, 'b');
  sameCurrency(a, b, 'b');
  return { amount: checkedAdd(a.amount, b.amount, 'amount'), currency: a.currency };
}

/** a - b; throws `currency-mismatch` for different currencies. */
export function subtractMoney(a: Money, b: Money): Money {
  checkMoney(a, 'a');
  checkMoney(b, 'b');
  sameCurrency(a, b, 'b');
  return { amount: checkedAdd(a.amount, -b.amount, 'amount'), currency: a.currency };
}

/**
 * Sums amounts of one currency. Mixed currencies are an error (convert first, or use
 * `sumMoneyConverted` with a rate table). An empty list needs `currency`.
 */
export function sumMoney(items: readonly Money[], currency?: string): Money {
  const first = items[0];
  const target = currency ?? first?.currency;
  if (target === undefined)
    throw new CrmCoreError('invalid-input', 'an empty sum needs a currency', { path: 'currency' });
  checkCurrency(target);
  let total = 0;
  items.forEach((m, i) => {
    checkMoney(m, `[${i}]`);
    sameCurrency({ amount: 0, currency: target }, m, `[${i}].currency`);
    total = checkedAdd(total, m.amount, `[${i}]`);
  });
  return { amount: total, currency: target };
}

/** -1, 0 or 1; throws `currency-mismatch` for different currencies. */
export function compareMoney(a: Money, b: Money): -1 | 0 | 1 {
  sameCurrency(a, b, 'b');
  return a.amount < b.amount ? -1 : a.amount > b.amount ? 1 : 0;
}

/** Multiplies by an exact decimal factor (`'1.13'`, `0.95`) and rounds once to minor units. */
export function multiplyMoney(m: Money, factor: string | number, mode: RoundingMode = 'half-up'): Money {
  checkMoney(m);
  checkRoundingMode(mode, 'mode');
  const f = parseDecimal(factor, 'factor');
  const amount = toSafeNumber(divRound(BigInt(m.amount) * f.num * (f.negative ? -1n : 1n), f.den, mode), 'amount');
  return { amount, currency: m.currency };
}

/**
 * Splits an amount by non-negative integer weights so that the parts add up exactly to the
 * whole (largest remainder; ties go to the earlier part). Used for spreading a total-level
 * rounding or tax back onto lines.
 */
export function allocateMinor(total: number, weights: readonly number[], path = 'weights'): number[] {
  checkMinor(total, 'total', true);
  const sumW = weights.reduce((s, w, i) => checkedAdd(s, checkMinor(w, `${path}[${i}]`), path), 0);
  if (weights.length === 0) throw new CrmCoreError('invalid-input', 'needs at least one weight', { path });
  if (sumW === 0) {
    // Nothing to be proportional to: spread evenly.
    return allocateMinor(
      total,
      weights.map(() => 1),
      path,
    );
  }
  const sign = total < 0 ? -1n : 1n;
  const abs = BigInt(Math.abs(total));
  const big = BigInt(sumW);
  const parts = weights.map((w) => (abs * BigInt(w)) / big);
  const remainders = weights.map((w, i) => ({ i, r: (abs * BigInt(w)) % big }));
  let left = abs - parts.reduce((s, p) => s + p, 0n);
  remainders.sort((a, b) => (a.r === b.r ? a.i - b.i : a.r > b.r ? -1 : 1));
  for (const { i } of remainders) {
    if (left === 0n) break;
    parts[i] = (parts[i] ?? 0n) + 1n;
    left -= 1n;
  }
  return parts.map((p) => Number(p * sign));
}

/** `allocateMinor` for Money: parts of `m` proportional to `weights`, adding up exactly. */
export function allocateMoney(m: Money, weights: readonly number[]): Money[] {
  checkMoney(m);
  return allocateMinor(m.amount, weights).map((amount) => ({ amount, currency: m.currency }));
}

/**
 * Reads a decimal amount in major units exactly (`'1234.5'` CNY -> 123450 fen). More decimals
 * than the currency has is an error unless a rounding `mode` is given.
 */
export function parseMoney(text: string | number, currency: string, mode?: RoundingMode): Money {
  const digits = minorDigits(currency);
  const d = parseDecimal(text, 'amount');
  const scaled = d.num * 10n ** BigInt(digits);
  if (scaled % d.den !== 0n && mode === undefined) {
    throw new CrmCoreError('too-many-decimals', `${currency} has ${digits} decimals`, { path: 'amount', value: text });
  }
  const amount = toSafeNumber(divRound(scaled, d.den, mode ?? 'half-up'), 'amount') * (d.negative ? -1 : 1);
  return { amount, currency };
}

/**
 * Exchange rates on a stated date. `rates['USD/CNY'] = '7.1815'` means 1 USD = 7.1815 CNY
 * (major units). Rates are exact decimals (strings recommended); the inverse pair is derived
 * exactly when only one direction is given. No cross rates are invented.
 */
export interface RateTable {
  /** The date the rates are valid for, `YYYY-MM-DD`; required, a rate without a date is not a rate. */
  readonly asOf: string;
  readonly rates: Readonly<Record<string, string | number>>;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Checks a `YYYY-MM-DD` calendar date. */
export function checkIsoDate(value: unknown, path: string): string {
  if (typeof value !== 'string' || !ISO_DATE.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) {
    throw new CrmCoreError('invalid-date', 'must be a date YYYY-MM-DD', { path, value });
  }
  const [y, mo, d] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) {
    throw new CrmCoreError('invalid-date', 'is not a calendar date', { path, value });
  }
  return value;
}

/** Validates a rate table (dated, positive decimal rates, pairs written `FROM/TO`). */
export function checkRateTable(table: unknown, path = 'rates'): RateTable {
  if (typeof table !== 'object' || table === null) {
    throw new CrmCoreError('invalid-rate-table', 'must be { asOf, rates }', { path, value: table });
  }
  const t = table as { asOf?: unknown; rates?: unknown };
  checkIsoDate(t.asOf, `${path}.asOf`);
  if (typeof t.rates !== 'object' || t.rates === null) {
    throw new CrmCoreError('invalid-rate-table', 'rates must be an object of "FROM/TO": rate', {
      path: `${path}.rates`,
    });
  }
  for (const [pair, rate] of Object.entries(t.rates)) {
    const p = `${path}.rates['${pair}']`;
    const [from, to, extra] = pair.split('/');
    if (extra !== undefined || from === undefined || to === undefined) {
      throw new CrmCoreError('invalid-rate-table', 'pair must be written FROM/TO, e.g. USD/CNY', { path: p });
    }
    checkCurrency(from, p);
    checkCurrency(to, p);
    if (typeof rate !== 'string' && typeof rate !== 'number') {
      throw new CrmCoreError('invalid-rate-table', 'rate must be a decimal', { path: p, value: rate });
    }
    const r = parseDecimal(rate, p);
    if (r.negative || r.num === 0n) throw new CrmCoreError('invalid-rate-table', 'rate must be positive', { path: p });
  }
  return table as RateTable;
}

/** The exact rate from one currency to another (major units), or undefined when the table has neither direction. */
export function findRate(table: RateTable, from: string, to: string): Ratio | undefined {
  if (from === to) return { num: 1n, den: 1n };
  const direct = table.rates[`${from}/${to}`];
  if (direct !== undefined) return parseDecimal(direct, `rates['${from}/${to}']`);
  const inverse = table.rates[`${to}/${from}`];
  if (inverse !== undefined) {
    const r = parseDecimal(inverse, `rates['${to}/${from}']`);
    return { num: r.den, den: r.num };
  }
  return undefined;
}

/**
 * Converts into `to` with the table's rate, rounding once to the target's minor units.
 * Throws `missing-rate` when the table has no rate for the pair.
 */
export function convertMoney(m: Money, to: string, table: RateTable, mode: RoundingMode = 'half-up'): Money {
  checkMoney(m);
  checkCurrency(to, 'to');
  if (m.currency === to) return { amount: m.amount, currency: to };
  const rate = findRate(table, m.currency, to);
  if (!rate) {
    throw new CrmCoreError('missing-rate', `no ${m.currency}/${to} rate in the table of ${table.asOf}`, {
      path: 'rates',
      value: `${m.currency}/${to}`,
    });
  }
  const shift = minorDigits(to) - minorDigits(m.currency);
  const num = BigInt(m.amount) * rate.num * (shift > 0 ? 10n ** BigInt(shift) : 1n);
  const den = rate.den * (shift < 0 ? 10n ** BigInt(-shift) : 1n);
  return { amount: toSafeNumber(divRound(num, den, mode), 'amount'), currency: to };
}

/**
 * Sums amounts in any currencies into `to`. Each foreign amount is converted (and rounded)
 * separately, then the converted amounts are added exactly. Without a table, a foreign
 * amount is a `currency-mismatch` error, never a silent sum.
 */
export function sumMoneyConverted(
  items: readonly Money[],
  to: string,
  table?: RateTable,
  mode: RoundingMode = 'half-up',
): Money {
  checkCurrency(to, 'to');
  if (table) checkRateTable(table);
  let total = 0;
  items.forEach((m, i) => {
    checkMoney(m, `[${i}]`);
    if (m.currency !== to && !table) sameCurrency({ amount: 0, currency: to }, m, `[${i}].currency`);
    const converted = table ? convertMoney(m, to, table, mode) : m;
    total = checkedAdd(total, converted.amount, `[${i}]`);
  });
  return { amount: total, currency: to };
}
