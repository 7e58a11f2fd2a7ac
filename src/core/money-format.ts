/**
 * Checking and printing exact money: what every element needs to show an amount (`formatMoney`), kept apart
 * from the arithmetic in money.ts (which re-exports all of it), so a page that only shows money does not load
 * the rest. Amounts are integer minor units with an ISO 4217 currency, never floats.
 */
import { CrmCoreError } from './errors.js';

export interface Money {
  /** Integer minor units (fen for CNY, cents for USD, yen for JPY); a safe integer. */
  readonly amount: number;
  /** ISO 4217 code, upper case (CNY, USD, JPY). */
  readonly currency: string;
}

const digitsCache = new Map<string, number>();

/** Checks an ISO 4217 code and returns it. */
export function checkCurrency(currency: unknown, path = 'currency'): string {
  if (typeof currency !== 'string' || !/^[A-Z]{3}$/.test(currency)) {
    throw new CrmCoreError('unknown-currency', 'must be an ISO 4217 code such as CNY', { path, value: currency });
  }
  return currency;
}

/** Number of minor-unit digits of a currency, from Intl (CNY and USD 2, JPY 0). */
export function minorDigits(currency: string): number {
  let digits = digitsCache.get(currency);
  if (digits === undefined) {
    checkCurrency(currency);
    try {
      digits =
        new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
    } catch {
      throw new CrmCoreError('unknown-currency', `unknown currency ${currency}`, { path: 'currency', value: currency });
    }
    digitsCache.set(currency, digits);
  }
  return digits;
}

/** Checks an integer minor-unit amount; `allowNegative` for differences and adjustments. */
export function checkMinor(amount: unknown, path: string, allowNegative = false): number {
  if (typeof amount !== 'number' || !Number.isFinite(amount)) {
    throw new CrmCoreError('invalid-number', 'must be a finite number of minor units', { path, value: amount });
  }
  if (!Number.isSafeInteger(amount)) {
    throw new CrmCoreError('not-integer', 'must be an integer number of minor units (e.g. fen), not a decimal', {
      path,
      value: amount,
    });
  }
  if (!allowNegative && amount < 0)
    throw new CrmCoreError('negative-amount', 'must not be negative', { path, value: amount });
  return amount;
}

/** Validates something money-shaped (any object with `amount` and `currency`). */
export function checkMoney(value: unknown, path = 'money'): Money {
  if (typeof value !== 'object' || value === null) {
    throw new CrmCoreError('invalid-input', 'must be { amount, currency }', { path, value });
  }
  const { amount, currency } = value as { amount?: unknown; currency?: unknown };
  return { amount: checkMinor(amount, `${path}.amount`, true), currency: checkCurrency(currency, `${path}.currency`) };
}

/** The exact decimal text of an amount in major units: `{12345, 'CNY'}` -> `'123.45'`. */
export function toDecimalString(m: Money): string {
  checkMoney(m);
  const digits = minorDigits(m.currency);
  const negative = m.amount < 0;
  const text = String(Math.abs(m.amount)).padStart(digits + 1, '0');
  const whole = text.slice(0, text.length - digits);
  const fraction = digits > 0 ? `.${text.slice(text.length - digits)}` : '';
  return `${negative ? '-' : ''}${whole}${fraction}`;
}

export type MoneyLocale = 'zh-CN' | 'en' | (string & {});

export interface FormatMoneyOptions {
  /** Default `zh-CN`. */
  locale?: MoneyLocale;
  /**
   * Compact display: `¥1.23万`, `¥4.5亿` in zh-CN, `CN¥12K`, `$4.5M` in en (Intl's own
   * compact rules: zh uses 万 = 10^4 and 亿 = 10^8). Default false.
   */
  compact?: boolean;
  /** How the currency shows: symbol (default), narrowSymbol, code or name. */
  currencyDisplay?: 'symbol' | 'narrowSymbol' | 'code' | 'name';
  /** Maximum fraction digits in compact display (default 2; never more than 4 significant digits). */
  compactDigits?: number;
}

const formatterCache = new Map<string, Intl.NumberFormat>();

/**
 * Formats money through `Intl.NumberFormat`. The exact decimal string is handed to Intl, so
 * even amounts near 2^53 minor units print exactly (no float conversion).
 */
export function formatMoney(m: Money, options: FormatMoneyOptions = {}): string {
  checkMoney(m);
  const locale = options.locale ?? 'zh-CN';
  const digits = minorDigits(m.currency);
  const key = `${locale}|${m.currency}|${options.compact ? 1 : 0}|${options.currencyDisplay ?? ''}|${options.compactDigits ?? ''}`;
  let formatter = formatterCache.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency: m.currency,
      currencyDisplay: options.currencyDisplay ?? 'symbol',
      ...(options.compact
        ? // At most 4 significant digits and 2 decimals, whichever is coarser: ¥7015万 (not ¥7015.08万), ¥1.81亿.
          {
            notation: 'compact',
            maximumFractionDigits: options.compactDigits ?? 2,
            maximumSignificantDigits: 4,
            roundingPriority: 'lessPrecision',
          }
        : { minimumFractionDigits: digits, maximumFractionDigits: digits }),
    });
    formatterCache.set(key, formatter);
  }
  return formatter.format(toDecimalString(m) as Intl.StringNumericLiteral);
}
