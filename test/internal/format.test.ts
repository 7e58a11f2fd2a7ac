/** The shared text helpers: dates through cached formatters, Chinese and English punctuation, money styles. */
import { expect } from '@open-wc/testing';
import { colon, dateText, joinClauses, joinItems, paren } from '../../src/internal/format.js';
import { moneyText } from '../../src/internal/money-text.js';

describe('internal/format', () => {
  it('formats dates like Intl, from a string, a number or a Date, with one formatter per locale and options', () => {
    const iso = '2026-11-25T08:30:00Z';
    const options: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeZone: 'UTC' };
    expect(dateText(iso, 'zh-CN', options)).to.equal('2026年11月25日');
    expect(dateText(Date.parse(iso), 'en', options)).to.equal('Nov 25, 2026');
    expect(dateText(new Date(iso), 'en', { month: 'long', year: 'numeric', timeZone: 'UTC' })).to.equal(
      'November 2026',
    );
    // Same locale, other options: not the cached formatter of the first call.
    expect(dateText(iso, 'zh-CN', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' })).to.equal(
      new Intl.DateTimeFormat('zh-CN', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(
        new Date(iso),
      ),
    );
  });

  it('punctuates by language and prints money exact or compact', () => {
    expect(joinClauses(['a', 'b'], 'zh-CN')).to.equal('a；b');
    expect(joinItems(['a', 'b'], 'en')).to.equal('a, b');
    expect(paren('43%', 'zh-CN')).to.equal('（43%）');
    expect(colon('en')).to.equal(': ');
    expect(moneyText(123_456_789, 'CNY', 'zh-CN')).to.equal('¥1,234,567.89');
    expect(moneyText(123_456_789, 'CNY', 'zh-CN', 'summary')).to.equal('¥123.5万');
  });
});
