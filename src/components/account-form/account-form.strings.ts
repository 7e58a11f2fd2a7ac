import type { Translations } from '../../internal/localize.js';

export const accountFormStrings: Translations<{
  heading: string;
  name: string;
  alias: string;
  parent: string;
  parentPlaceholder: string;
  noParent: string;
  clearParent: string;
  kind: string;
  kinds: Record<string, string>;
  industry: string;
  tier: string;
  tierComputed: string;
  owner: string;
  currency: string;
  creditLimit: string;
  creditHint: string;
  save: string;
  cancel: string;
  saving: string;
  saved: (name: string) => string;
  failed: (message: string) => string;
  fixErrors: string;
  moneyProblem: string;
  unset: string;
}> = {
  en: {
    heading: 'New account',
    name: 'Name',
    alias: 'Alias (English)',
    parent: 'Parent group',
    parentPlaceholder: 'Search by name or alias',
    noParent: 'None (group head or standalone)',
    clearParent: 'Remove parent',
    kind: 'Kind',
    kinds: {
      enterprise: 'Enterprise',
      government: 'Government',
      nonprofit: 'Non-profit',
      intermediary: 'Intermediary',
      consumer: 'Key consumer',
    },
    industry: 'Industry',
    tier: 'Tier',
    tierComputed: 'Computed by the tiering rules',
    owner: 'Account manager',
    currency: 'Currency',
    creditLimit: 'Credit limit',
    creditHint: 'e.g. 1,000,000.00 or 100万',
    save: 'Create account',
    cancel: 'Cancel',
    saving: 'Saving…',
    saved: (name) => `Account “${name}” created.`,
    failed: (message) => `The account could not be saved: ${message}`,
    fixErrors: 'Please correct the marked fields.',
    moneyProblem: 'must be an amount such as 1,000,000.00 or 100万 (at most 2 decimals, not negative)',
    unset: '—',
  },
  'zh-CN': {
    heading: '新建客户',
    name: '客户名称',
    alias: '简称（英文）',
    parent: '所属集团',
    parentPlaceholder: '按名称或简称搜索',
    noParent: '无（集团总部或独立客户）',
    clearParent: '移除所属集团',
    kind: '客户类型',
    kinds: {
      enterprise: '企业',
      government: '政府机构',
      nonprofit: '非营利组织',
      intermediary: '中间商',
      consumer: '关键消费者',
    },
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
  },
};
