/**
 * What each import kind can fill, and which CSV headers (English and Chinese) map to which field.
 * Headers are compared normalised (case, spaces, punctuation ignored), so `Account Manager`,
 * `account_manager` and `客户经理` all land on `owner`.
 */
import { BUYING_ROLES, CUSTOMER_KINDS, RELATIONSHIP_TYPES } from '../../data/model.js';

export const IMPORT_KINDS = ['customers', 'contacts', 'opportunities'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export type FieldType = 'text' | 'money' | 'date' | 'number' | 'list' | 'enum' | 'customer-ref' | 'stage-ref';

export interface FieldDef {
  /** The record field written (a reference column writes the resolved id into `target`). */
  field: string;
  type: FieldType;
  /** For references: the id field written (`parentId`, `customerId`, `stage`). */
  target?: string;
  /** Headers recognised for this field, before normalisation. */
  headers: readonly string[];
  /** For enums: accepted spellings (lower case) per stored value. */
  synonyms?: Record<string, string>;
}

const ID = ['id', '编号', '编码', '代码'];
const OWNER = [
  'owner',
  'account manager',
  'manager',
  'sales rep',
  '客户经理',
  '负责人',
  '销售',
  '归属人',
  '销售负责人',
];
const CURRENCY = ['currency', '币种', '货币'];
const CHANNEL = ['channel', '渠道'];
const CUSTOMER_REF = [
  'customer',
  'customer id',
  'customer name',
  'account',
  'account name',
  'company',
  '客户',
  '客户名称',
  '所属客户',
  '客户编号',
  '公司',
  '单位',
];

const enumSynonyms = (values: readonly string[], zh: Record<string, string>): Record<string, string> => ({
  ...Object.fromEntries(values.map((value) => [value, value])),
  ...zh,
});

export const FIELDS: Record<ImportKind, readonly FieldDef[]> = {
  customers: [
    { field: 'id', type: 'text', headers: [...ID, 'customer id', '客户编号', '客户id', '客户代码'] },
    {
      field: 'name',
      type: 'text',
      headers: [
        'name',
        'customer name',
        'customer',
        'account',
        'account name',
        'company',
        'company name',
        '客户名称',
        '客户名',
        '名称',
        '公司名称',
        '单位名称',
        '客户',
      ],
    },
    {
      field: 'alias',
      type: 'text',
      headers: ['alias', 'english name', 'short name', 'abbreviation', '简称', '别名', '英文名', '英文名称'],
    },
    {
      field: 'parent',
      type: 'customer-ref',
      target: 'parentId',
      headers: [
        'parent',
        'parent id',
        'group',
        'parent group',
        'parent company',
        'parent account',
        '所属集团',
        '上级单位',
        '所属集团/上级单位',
        '集团',
        '母公司',
        '上级客户',
        '所属集团客户',
      ],
    },
    {
      field: 'kind',
      type: 'enum',
      headers: ['kind', 'type', 'customer type', '客户类型', '类型'],
      synonyms: enumSynonyms(CUSTOMER_KINDS, {
        企业: 'enterprise',
        政府: 'government',
        政府机构: 'government',
        非营利: 'nonprofit',
        事业单位: 'nonprofit',
        中间商: 'intermediary',
        经销商: 'intermediary',
        分销商: 'intermediary',
        个人: 'consumer',
        消费者: 'consumer',
      }),
    },
    { field: 'industry', type: 'text', headers: ['industry', 'sector', '行业', '所属行业'] },
    { field: 'region', type: 'text', headers: ['region', 'area', 'province', '地区', '区域', '省份'] },
    { field: 'channel', type: 'text', headers: CHANNEL },
    {
      field: 'tier',
      type: 'enum',
      headers: ['tier', 'level', 'class', 'customer tier', '客户等级', '等级', '分级', '客户级别', '级别', '客户分级'],
      synonyms: {
        a1: 'A1',
        a2: 'A2',
        b1: 'B1',
        b2: 'B2',
        c: 'C',
        a: 'A',
        b: 'B',
        '3star': '3star',
        '4star': '4star',
        '5star': '5star',
        '6star': '6star',
        '7star': '7star',
        三星级: '3star',
        四星级: '4star',
        五星级: '5star',
        六星级: '6star',
        七星级: '7star',
      },
    },
    { field: 'owner', type: 'text', headers: OWNER },
    { field: 'currency', type: 'text', headers: CURRENCY },
    {
      field: 'creditLimit',
      type: 'money',
      headers: ['credit limit', 'credit', 'credit line', '授信额度', '信用额度', '授信'],
    },
    {
      field: 'annualRevenue',
      type: 'money',
      headers: ['annual revenue', 'revenue', '年收入', '年营业额', '营业收入', '年营收'],
    },
    {
      field: 'relationship',
      type: 'enum',
      headers: ['relationship', 'relationship type', '关系类型', '关系'],
      synonyms: enumSynonyms(RELATIONSHIP_TYPES, {
        基本型: 'basic',
        被动型: 'reactive',
        负责型: 'accountable',
        能动型: 'proactive',
        伙伴型: 'partnership',
      }),
    },
    { field: 'riskFlags', type: 'list', headers: ['risk flags', 'risks', 'risk', '风险', '风险标记'] },
    { field: 'tags', type: 'list', headers: ['tags', '标签'] },
    { field: 'notes', type: 'text', headers: ['notes', 'note', 'remarks', 'comment', '备注'] },
  ],
  contacts: [
    { field: 'id', type: 'text', headers: [...ID, 'contact id', '联系人编号'] },
    { field: 'customer', type: 'customer-ref', target: 'customerId', headers: CUSTOMER_REF },
    {
      field: 'name',
      type: 'text',
      headers: ['name', 'contact', 'contact name', 'full name', '联系人', '姓名', '联系人姓名'],
    },
    { field: 'alias', type: 'text', headers: ['alias', 'english name', '英文名', '别名'] },
    { field: 'title', type: 'text', headers: ['title', 'job title', 'position', '职务', '职位', '头衔'] },
    {
      field: 'role',
      type: 'enum',
      headers: ['role', 'buying role', '角色', '决策角色', '采购角色'],
      synonyms: enumSynonyms(BUYING_ROLES, {
        'decision maker': 'decision-maker',
        决策者: 'decision-maker',
        决策人: 'decision-maker',
        'technical gatekeeper': 'technical-gatekeeper',
        gatekeeper: 'technical-gatekeeper',
        技术把关者: 'technical-gatekeeper',
        把关者: 'technical-gatekeeper',
        把关人: 'technical-gatekeeper',
        使用者: 'user',
        用户: 'user',
      }),
    },
    {
      field: 'phone',
      type: 'text',
      headers: ['phone', 'mobile', 'tel', 'telephone', '电话', '手机', '联系电话', '手机号'],
    },
    { field: 'email', type: 'text', headers: ['email', 'e-mail', 'mail', '邮箱', '电子邮箱', '电子邮件'] },
    { field: 'notes', type: 'text', headers: ['notes', 'note', 'remarks', '备注'] },
  ],
  opportunities: [
    { field: 'id', type: 'text', headers: [...ID, 'opportunity id', '商机编号'] },
    { field: 'customer', type: 'customer-ref', target: 'customerId', headers: CUSTOMER_REF },
    {
      field: 'name',
      type: 'text',
      headers: ['name', 'opportunity', 'opportunity name', 'deal', 'deal name', '商机名称', '商机', '项目名称'],
    },
    {
      field: 'stage',
      type: 'stage-ref',
      target: 'stage',
      headers: ['stage', 'sales stage', '阶段', '销售阶段', '商机阶段'],
    },
    { field: 'amount', type: 'money', headers: ['amount', 'value', 'deal value', '金额', '商机金额', '预计金额'] },
    { field: 'currency', type: 'text', headers: CURRENCY },
    { field: 'probability', type: 'number', headers: ['probability', 'win probability', '赢率', '成交概率', '概率'] },
    { field: 'owner', type: 'text', headers: OWNER },
    { field: 'team', type: 'text', headers: ['team', '团队', '销售团队'] },
    { field: 'channel', type: 'text', headers: CHANNEL },
    {
      field: 'expectedClose',
      type: 'date',
      headers: [
        'expected close',
        'close date',
        'expected close date',
        '预计成交日期',
        '预计签约日期',
        '成交日期',
        '预计成交时间',
      ],
    },
  ],
};

/** Lower case, without spaces, underscores, hyphens or brackets: `Account_Manager (名)` -> `accountmanager(名)`. */
export function normaliseHeader(header: string): string {
  return header
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_\-.:：*]+/g, '');
}

const lookup = new Map<ImportKind, Map<string, string>>();

function headerIndex(kind: ImportKind): Map<string, string> {
  let index = lookup.get(kind);
  if (!index) {
    index = new Map();
    for (const def of FIELDS[kind])
      for (const h of [def.field, ...def.headers]) index.set(normaliseHeader(h), def.field);
    lookup.set(kind, index);
  }
  return index;
}

/** Field per column (null: not imported). A field is given to the first column that names it. */
export type ColumnMapping = (string | null)[];

export function autoMap(headers: readonly string[], kind: ImportKind): ColumnMapping {
  const index = headerIndex(kind);
  const taken = new Set<string>();
  return headers.map((header) => {
    const field = index.get(normaliseHeader(header));
    if (!field || taken.has(field)) return null;
    taken.add(field);
    return field;
  });
}

/** The kind whose fields the headers name best (ties: customers, then contacts). */
export function guessKind(headers: readonly string[]): ImportKind {
  let best: ImportKind = 'customers';
  let bestScore = -1;
  for (const kind of IMPORT_KINDS) {
    const mapped = autoMap(headers, kind);
    // Required fields that only one kind has weigh more than shared ones.
    const score =
      mapped.filter(Boolean).length +
      (kind === 'contacts' && mapped.includes('role') ? 2 : 0) +
      (kind === 'opportunities' && (mapped.includes('stage') || mapped.includes('amount')) ? 2 : 0);
    if (score > bestScore) [best, bestScore] = [kind, score];
  }
  return best;
}

export function fieldDef(kind: ImportKind, field: string): FieldDef | undefined {
  return FIELDS[kind].find((def) => def.field === field);
}
