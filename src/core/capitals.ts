/**
 * Chinese capital numerals (大写金额) for printed quotes and invoices, following the usual
 * rules of the People's Bank of China payment-settlement practice:
 * 壹贰叁… digits with 拾佰仟 inside a four-digit section and 万/亿 between sections; one 零
 * for any run of zeros inside the number; 元 (or 圆) then 角 and 分; 整 after 元 when there are
 * no 角/分. Example: 12345.67 CNY -> 壹万贰仟叁佰肆拾伍元陆角柒分.
 */
import { CrmCoreError } from './errors.js';
import { checkMoney, type Money, minorDigits } from './money.js';

const DIGITS = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'] as const;
const SMALL_UNITS = ['', '拾', '佰', '仟'] as const;

export interface CapitalsOptions {
  /** The yuan character: 元 (default) or the older 圆 printed on some forms. */
  yuan?: '元' | '圆';
  /** Write 整 after 角 too (壹元伍角整); the rule makes it optional, default false. */
  zhengAfterJiao?: boolean;
}

/** A number 1..9999 in capitals; zeros inside collapse to one 零, trailing zeros drop. */
function section(n: number): string {
  let out = '';
  let pendingZero = false;
  for (let pos = 3; pos >= 0; pos--) {
    const d = Math.floor(n / 10 ** pos) % 10;
    if (d === 0) {
      if (out !== '') pendingZero = true;
      continue;
    }
    if (pendingZero) out += '零';
    pendingZero = false;
    out += `${DIGITS[d]}${SMALL_UNITS[pos]}`;
  }
  return out;
}

/**
 * A positive integer in capitals. Recursive on 亿 (10^8) and 万 (10^4) so that 10^12 reads
 * 壹万亿; a lower part shorter than its full width is preceded by one 零 (壹亿零伍佰万).
 */
function integerCapitals(n: bigint): string {
  for (const [size, unit, width] of [
    [100_000_000n, '亿', 10_000_000n],
    [10_000n, '万', 1_000n],
  ] as const) {
    if (n >= size) {
      const high = n / size;
      const low = n % size;
      const head = integerCapitals(high) + unit;
      if (low === 0n) return head;
      return head + (low < width ? '零' : '') + integerCapitals(low);
    }
  }
  return section(Number(n));
}

/**
 * The amount of a CNY `Money` in Chinese capitals (负 for negative amounts).
 * Examples: 12345.67 -> 壹万贰仟叁佰肆拾伍元陆角柒分; 1000.05 -> 壹仟元零伍分; 0 -> 零元整;
 * 0.5 -> 伍角; 100000000 -> 壹亿元整.
 */
export function toChineseCapitals(value: Money, options: CapitalsOptions = {}): string {
  const m = checkMoney(value, 'money');
  if (m.currency !== 'CNY' || minorDigits(m.currency) !== 2) {
    throw new CrmCoreError('currency-mismatch', 'capital numerals (元角分) are written for CNY amounts only', {
      path: 'money.currency',
      value: m.currency,
    });
  }
  const yuanChar = options.yuan ?? '元';
  const abs = BigInt(Math.abs(m.amount));
  const yuan = abs / 100n;
  const jiao = Number((abs / 10n) % 10n);
  const fen = Number(abs % 10n);
  let out = yuan > 0n ? integerCapitals(yuan) + yuanChar : '';
  if (jiao === 0 && fen === 0) {
    out = (out || `零${yuanChar}`) + '整';
  } else {
    if (jiao > 0) out += `${DIGITS[jiao]}角`;
    // 壹元零伍分: a zero 角 between 元 and 分 is read out; with no 元 part it is not (伍分).
    else if (yuan > 0n) out += '零';
    if (fen > 0) out += `${DIGITS[fen]}分`;
    else if (options.zhengAfterJiao) out += '整';
  }
  return (m.amount < 0 ? '负' : '') + out;
}
