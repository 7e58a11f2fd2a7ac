/** Display helpers shared by the screen and print views: money and percentages through Intl and the core. */
import { formatMoney } from '../../core/money.js';
import { colon, paren } from '../../internal/format.js';
import type { Locale } from '../../internal/localize.js';

export interface Formatter {
  readonly locale: Locale;
  money(amount: number): string;
  percent(value: number | null): string;
  dateTime(iso: string): string;
  date(iso: string): string;
  /** `（…）` in Chinese, ` (…)` in English. */
  paren(text: string): string;
  /** `：` in Chinese, `: ` in English. */
  readonly colon: string;
}

export function formatter(locale: Locale, currency: string): Formatter {
  const pct = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const dt = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const d = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  return {
    locale,
    money: (amount) => formatMoney({ amount, currency }, { locale }),
    percent: (value) => (value === null ? '–' : `${pct.format(value)}%`),
    dateTime: (iso) => dt.format(new Date(iso)),
    // Dates are calendar dates (YYYY-MM-DD): read and shown in UTC so no time zone shifts them.
    date: (iso) => d.format(new Date(`${iso}T00:00:00Z`)),
    paren: (text) => paren(text, locale),
    colon: colon(locale),
  };
}
