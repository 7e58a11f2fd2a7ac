// Elements that print money import this module: money printing then comes with them (money-text.ts registers it with
// the language controller as it loads), so their first update does not wait for it. A badge imports punctuation.ts.
import './money-text.js';

export { colon, joinClauses, joinItems, paren } from './punctuation.js';

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * A date or time in the locale, through one cached `Intl.DateTimeFormat` per locale and options: building a
 * formatter costs far more than using one, and logs and tables format hundreds of dates per render.
 */
export function dateText(value: Date | string | number, locale: string, options: Intl.DateTimeFormatOptions): string {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    dateFormats.set(key, format);
  }
  return format.format(value instanceof Date ? value : new Date(value));
}
