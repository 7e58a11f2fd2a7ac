import { expect } from '@open-wc/testing';
import type { ValidationError } from '../../src/data/model.js';
import { validateRecord } from '../../src/data/schemas.js';
import { validationReason } from '../../src/internal/validation-reason.js';

function failure(table: 'customers' | 'opportunities', record: Record<string, unknown>): ValidationError {
  try {
    validateRecord(table, record);
  } catch (error) {
    return error as ValidationError;
  }
  throw new Error('expected the record to be refused');
}

describe('validationReason', () => {
  const deal = { id: 'o1', customerId: 'c1', name: '扩容', stage: 'lead', amount: 100, currency: 'CNY' };

  it('keeps the English reason for en and words the common rules in Chinese', () => {
    const cases: [Record<string, unknown>, string, string][] = [
      [
        { ...deal, amount: 12.5 },
        'must be an integer number of minor units (e.g. fen), not a decimal',
        '必须是整数（金额以分为单位，不能有小数）',
      ],
      [{ ...deal, amount: -1 }, 'must not be negative', '不能为负数'],
      [{ ...deal, currency: 'rmb' }, 'must be an ISO 4217 code such as CNY', '必须是 ISO 4217 币种代码，如 CNY'],
      [{ ...deal, name: '' }, 'must not be empty', '不能为空'],
      [{ ...deal, probability: 120 }, 'must be at most 100%', '不能大于 100'],
      // 99,999,999,999,999 yuan in fen: too large, not "not a whole number" or "safe-integer range".
      [
        { ...deal, amount: 99_999_999_999_999_00 },
        'is too large (the limit is about 90 trillion yuan)',
        '金额过大（上限约 90 万亿元）',
      ],
      [{ ...deal, expectedClose: '2026-13-40' }, 'must be an ISO date (YYYY-MM-DD)', '必须是日期（YYYY-MM-DD）'],
    ];
    for (const [record, en, zh] of cases) {
      const error = failure('opportunities', record);
      expect(validationReason(error, 'en')).to.equal(en);
      expect(validationReason(error, 'zh-CN')).to.equal(zh);
    }
    const role = failure('customers', { id: 'c1', name: 'x', relationship: 'friendly' });
    expect(validationReason(role, 'zh-CN')).to.equal(
      '必须是以下之一：basic、reactive、accountable、proactive、partnership',
    );
  });
});
