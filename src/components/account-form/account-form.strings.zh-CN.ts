// The zh-CN table of account-form.strings.ts: fetched only when an element renders in Chinese (src/internal/localize.ts).
// Edit the Simplified texts here (new keys go to the en table first); npm run l10n:hant regenerates zh-TW / zh-HK.
import type { accountFormStrings } from './account-form.strings.js';

const strings: (typeof accountFormStrings)['en'] = {
  heading: '新建客户',
  name: '客户名称',
  alias: '简称（英文）',
  parent: '所属集团',
  parentPlaceholder: '按名称或简称搜索',
  noParent: '无（集团总部或独立客户）',
  clearParent: '移除所属集团',
  kind: '客户类型',
  industry: '行业',
  tier: '客户等级',
  tierComputed: '按分级规则计算',
  owner: '客户经理',
  currency: '币种',
  creditLimit: '授信额度',
  creditHint: '如 1,000,000.00 或 100万',
  save: '创建客户',
  cancel: '取消',
  saving: '正在保存……',
  saved: (name) => `已创建客户“${name}”。`,
  failed: (message) => `无法保存客户：${message}`,
  fixErrors: '请更正标出的字段。',
  moneyProblem: '必须是金额，如 1,000,000.00 或 100万（最多两位小数，不能为负）',
  unset: '—',
};

export default strings;
