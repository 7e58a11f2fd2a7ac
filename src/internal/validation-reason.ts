import type { ValidationError } from '../data/model.js';
import type { Locale } from './localize.js';

/** The model's limit on amounts (safe integers of minor units), in the words its English reason uses. */
const TOO_LARGE = '金额过大（上限约 90 万亿元）';

/**
 * A validation failure worded for the reader: the store's reasons are English; this gives the zh-CN
 * wording for the rules the data model uses (and the English reason as is).
 */
export function validationReason(error: ValidationError, locale: Locale): string {
  if (locale === 'en' || !error.rule) return error.reason;
  const { type, requirement, expected } = error.rule;
  const n = typeof requirement === 'number' ? requirement : undefined;
  switch (type) {
    case 'string':
      return '必须是文本';
    case 'number':
      return '必须是数字';
    case 'boolean':
      return '必须是“是”或“否”';
    case 'min_length':
      return n === 1 ? '不能为空' : `至少 ${n} 个字符`;
    case 'max_length':
      return `不能超过 ${n} 个字符`;
    case 'safe_integer':
      return '必须是整数（金额以分为单位，不能有小数）';
    case 'integer':
      return '必须是整数';
    case 'min_value':
      if (n === -Number.MAX_SAFE_INTEGER) return TOO_LARGE;
      return n === 0 ? '不能为负数' : `不能小于 ${String(requirement)}`;
    case 'max_value':
      return n === Number.MAX_SAFE_INTEGER ? TOO_LARGE : `不能大于 ${String(requirement)}`;
    case 'finite':
      return '必须是有效数值';
    case 'picklist':
      return `必须是以下之一：${(expected?.match(/"[^"]*"/g) ?? []).map((v) => v.slice(1, -1)).join('、')}`;
    case 'regex':
      return error.field.endsWith('currency') ? '必须是 ISO 4217 币种代码，如 CNY' : '格式不正确';
    case 'email':
      return '必须是电子邮箱地址';
    case 'iso_date':
      return '必须是日期（YYYY-MM-DD）';
    case 'iso_timestamp':
      return '必须是 ISO 8601 时间';
    case 'check':
      return '小数位数过多';
    default:
      return `无效（${error.reason}）`;
  }
}
