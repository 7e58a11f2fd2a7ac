import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  addMoney,
  allocateMinor,
  convertMoney,
  formatMoney,
  minorDigits,
  multiplyMoney,
  parseMoney,
  type RateTable,
  sumMoney,
  sumMoneyConverted,
  toChineseCapitals,
  toDecimalString,
} from '../../src/core/index.js';
import { divRound, mulDivRound } from '../../src/core/internal.js';
import { checkProperty, expectCoreError } from './helpers.js';

const cny = (amount: number) => ({ amount, currency: 'CNY' });
const rates: RateTable = { asOf: '2025-06-30', rates: { 'USD/CNY': '7.1586', 'CNY/JPY': '20.1' } };

describe('core/money', () => {
  it('knows minor digits from Intl', () => {
    expect(minorDigits('CNY')).to.equal(2);
    expect(minorDigits('USD')).to.equal(2);
    expect(minorDigits('JPY')).to.equal(0);
    expectCoreError(() => minorDigits('yuan'), 'unknown-currency');
  });

  it('rounds half-up and half-even explicitly', () => {
    expect(divRound(5n, 2n, 'half-up')).to.equal(3n);
    expect(divRound(5n, 2n, 'half-even')).to.equal(2n);
    expect(divRound(7n, 2n, 'half-even')).to.equal(4n);
    expect(divRound(-5n, 2n, 'half-up')).to.equal(-3n);
    expect(divRound(-5n, 2n, 'half-even')).to.equal(-2n);
    expect(mulDivRound(25, 1, 10, 'half-up')).to.equal(3);
    expect(mulDivRound(25, 1, 10, 'half-even')).to.equal(2);
    expect(mulDivRound(-25, 1, 10, 'half-up')).to.equal(-3);
  });

  it('mulDivRound agrees with BigInt arithmetic, also beyond 2^53 intermediates', () => {
    checkProperty(
      fc.property(
        fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }),
        fc.integer({ min: 0, max: 2_000_000 }),
        fc.integer({ min: 1_000_000, max: 2_000_000 }),
        fc.constantFrom('half-up' as const, 'half-even' as const),
        (a, b, c, mode) => {
          const expected = divRound(BigInt(a) * BigInt(b), BigInt(c), mode);
          if (expected > BigInt(Number.MAX_SAFE_INTEGER) || expected < -BigInt(Number.MAX_SAFE_INTEGER)) return;
          expect(mulDivRound(a, b, c, mode)).to.equal(Number(expected));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('refuses to add different currencies without a rate table', () => {
    expect(addMoney(cny(100), cny(250))).to.deep.equal(cny(350));
    expectCoreError(() => addMoney(cny(100), { amount: 1, currency: 'USD' }), 'currency-mismatch');
    expectCoreError(() => sumMoney([cny(1), { amount: 1, currency: 'USD' }]), 'currency-mismatch', '[1]');
    expectCoreError(() => sumMoneyConverted([cny(1), { amount: 1, currency: 'USD' }], 'CNY'), 'currency-mismatch');
    // With a dated table: 10.00 USD = 71.586 CNY -> 71.59 (half-up), plus 1.00 CNY.
    expect(sumMoneyConverted([cny(100), { amount: 1000, currency: 'USD' }], 'CNY', rates)).to.deep.equal(
      cny(100 + 7159),
    );
  });

  it('rejects floats, NaN and unsafe integers as money', () => {
    expectCoreError(() => addMoney(cny(1.5), cny(1)), 'not-integer', 'a.amount');
    expectCoreError(() => addMoney(cny(Number.NaN), cny(1)), 'invalid-number');
    expectCoreError(() => addMoney(cny(Number.MAX_SAFE_INTEGER), cny(1)), 'overflow');
  });

  it('converts with exact decimal rates, both directions and across minor digits', () => {
    expect(convertMoney({ amount: 100, currency: 'USD' }, 'CNY', rates)).to.deep.equal(cny(716));
    // Inverse pair derived exactly: 716 fen / 7.1586 = 100.019... cents -> 100.
    expect(convertMoney(cny(716), 'USD', rates)).to.deep.equal({ amount: 100, currency: 'USD' });
    // CNY (2 digits) -> JPY (0 digits): 12.34 CNY x 20.1 = 248.034 -> 248 yen.
    expect(convertMoney(cny(1234), 'JPY', rates)).to.deep.equal({ amount: 248, currency: 'JPY' });
    expectCoreError(() => convertMoney({ amount: 1, currency: 'EUR' }, 'CNY', rates), 'missing-rate');
    expectCoreError(() => sumMoneyConverted([cny(1)], 'CNY', { asOf: 'yesterday', rates: {} }), 'invalid-date');
  });

  it('multiplies by exact decimals and allocates without losing a fen', () => {
    expect(multiplyMoney(cny(1000), '1.13')).to.deep.equal(cny(1130));
    expect(multiplyMoney(cny(5), 0.5, 'half-even')).to.deep.equal(cny(2));
    expect(allocateMinor(100, [1, 1, 1])).to.deep.equal([34, 33, 33]);
    checkProperty(
      fc.property(
        fc.integer({ min: -1e12, max: 1e12 }),
        fc.array(fc.integer({ min: 0, max: 1e6 }), { minLength: 1, maxLength: 20 }),
        (total, weights) => {
          const parts = allocateMinor(total, weights);
          expect(parts.reduce((s, p) => s + p, 0)).to.equal(total);
          expect(parts.every(Number.isSafeInteger)).to.equal(true);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('parses and prints exact decimals', () => {
    expect(parseMoney('12345.67', 'CNY')).to.deep.equal(cny(1234567));
    expect(parseMoney('-0.5', 'CNY')).to.deep.equal(cny(-50));
    expect(parseMoney('1500', 'JPY')).to.deep.equal({ amount: 1500, currency: 'JPY' });
    expectCoreError(() => parseMoney('1.005', 'CNY'), 'too-many-decimals');
    expect(parseMoney('1.005', 'CNY', 'half-even')).to.deep.equal(cny(100));
    expect(toDecimalString(cny(5))).to.equal('0.05');
    expect(toDecimalString(cny(-123456))).to.equal('-1234.56');
    expect(toDecimalString({ amount: 1500, currency: 'JPY' })).to.equal('1500');
    checkProperty(
      fc.property(fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }), (amount) => {
        expect(parseMoney(toDecimalString(cny(amount)), 'CNY')).to.deep.equal(cny(amount));
      }),
      { numRuns: 150 },
    );
  });

  it('formats through Intl for zh-CN and en, with 万/亿 compact display', () => {
    expect(formatMoney(cny(1234567), { locale: 'zh-CN' })).to.equal('¥12,345.67');
    expect(formatMoney(cny(1234567), { locale: 'en' })).to.equal('CN¥12,345.67');
    expect(formatMoney({ amount: 9_007_199_254_740_991, currency: 'CNY' }, { locale: 'en' })).to.contain(
      '90,071,992,547,409.91',
    );
    expect(formatMoney(cny(1_234_567_00), { locale: 'zh-CN', compact: true })).to.equal('¥123.5万');
    // Four significant digits at most: a summary figure, not an exact one.
    expect(formatMoney(cny(70_150_800_00), { locale: 'zh-CN', compact: true })).to.equal('¥7015万');
    expect(formatMoney(cny(45_000_000_000), { locale: 'zh-CN', compact: true })).to.equal('¥4.5亿');
    expect(formatMoney({ amount: 450_000_000, currency: 'USD' }, { locale: 'en', compact: true })).to.equal('$4.5M');
  });
});

describe('core/capitals (大写金额)', () => {
  const cases: [number, string][] = [
    [1234567, '壹万贰仟叁佰肆拾伍元陆角柒分'],
    [0, '零元整'],
    [100, '壹元整'],
    [50, '伍角'],
    [5, '伍分'],
    [105, '壹元零伍分'],
    [1000, '壹拾元整'],
    [100005, '壹仟元零伍分'],
    [100500, '壹仟零伍元整'],
    [1001000, '壹万零壹拾元整'],
    [10100000, '壹拾万壹仟元整'],
    [100000000_00, '壹亿元整'],
    [100100000_00, '壹亿零壹拾万元整'],
    [110000000_00, '壹亿壹仟万元整'],
    [2000000100, '贰仟万零壹元整'],
    [1000000000000_00, '壹万亿元整'],
    [1000100000000_00, '壹万零壹亿元整'],
    [-1050, '负壹拾元伍角'],
  ];
  for (const [fen, text] of cases) {
    it(`${fen} fen -> ${text}`, () => {
      expect(toChineseCapitals(cny(fen))).to.equal(text);
    });
  }

  it('offers 圆 and 整 after 角, and refuses other currencies', () => {
    expect(toChineseCapitals(cny(150), { yuan: '圆', zhengAfterJiao: true })).to.equal('壹圆伍角整');
    expectCoreError(() => toChineseCapitals({ amount: 100, currency: 'USD' }), 'currency-mismatch');
  });
});

describe('core/time (internal fast ISO parser)', () => {
  it('agrees with Date.parse on canonical and other timestamps', async () => {
    const { parseTimestamp } = await import('../../src/core/time.js');
    checkProperty(
      fc.property(
        fc.date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59Z'), noInvalidDate: true }),
        (d) => {
          const iso = d.toISOString();
          expect(parseTimestamp(iso)).to.equal(Date.parse(iso));
          expect(parseTimestamp(iso.replace(/\.\d{3}Z$/, 'Z'))).to.equal(Date.parse(iso.replace(/\.\d{3}Z$/, 'Z')));
        },
      ),
      { numRuns: 200 },
    );
    for (const text of [
      '2025-02-29T00:00:00Z',
      '2024-02-29T10:00:00Z',
      '2025-07-01T08:00:00+08:00',
      'soon',
      '2025-13-01T00:00:00Z',
    ]) {
      expect(Object.is(parseTimestamp(text), Date.parse(text)), text).to.equal(true);
    }
  });
});
