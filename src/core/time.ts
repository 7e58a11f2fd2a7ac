/**
 * Timestamp parsing for the hot loops (funnel over 100,000 opportunities): a fast path for the
 * canonical UTC form `YYYY-MM-DDTHH:mm:ss(.sss)Z` that `toISOString()` writes, and `Date.parse`
 * for everything else. Returns NaN for an unreadable timestamp, like `Date.parse`.
 */

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function digits(text: string, from: number, count: number): number {
  let n = 0;
  for (let i = from; i < from + count; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Milliseconds since the epoch of an ISO timestamp; NaN when it cannot be read. */
export function parseTimestamp(text: string): number {
  const len = text.length;
  if ((len === 20 || len === 24) && text.charCodeAt(len - 1) === 90 /* Z */ && text[10] === 'T') {
    const y = digits(text, 0, 4);
    const mo = digits(text, 5, 2);
    const d = digits(text, 8, 2);
    const h = digits(text, 11, 2);
    const mi = digits(text, 14, 2);
    const s = digits(text, 17, 2);
    const ms = len === 24 && text[19] === '.' ? digits(text, 20, 3) : len === 20 ? 0 : -1;
    if (
      text[4] === '-' &&
      text[7] === '-' &&
      text[13] === ':' &&
      text[16] === ':' &&
      y >= 0 &&
      mo >= 1 &&
      mo <= 12 &&
      d >= 1 &&
      h >= 0 &&
      h < 24 &&
      mi >= 0 &&
      mi < 60 &&
      s >= 0 &&
      s < 60 &&
      ms >= 0
    ) {
      const leap = mo === 2 && y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
      if (d <= DAYS_IN_MONTH[mo - 1]! + (leap ? 1 : 0)) {
        return daysFromCivil(y, mo, d) * 86_400_000 + h * 3_600_000 + mi * 60_000 + s * 1000 + ms;
      }
    }
  }
  return Date.parse(text);
}
