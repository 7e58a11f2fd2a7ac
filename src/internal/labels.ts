import type { Locale } from './localize.js';

/**
 * Labels for the codes the data carries (industries, risk flags, relationship types, …): one shared
 * table per domain and language, so every widget names a code the same way and no raw code reaches a
 * user. Deployments add or override labels for codes their own data defines with `registerLabels`.
 */
export type LabelDomain =
  | 'industry'
  | 'riskFlag'
  | 'relationship'
  | 'loyaltyStage'
  | 'activityKind'
  | 'complaintStatus'
  | 'complaintSeverity'
  | 'customerKind'
  | 'channel'
  | 'table'
  | 'stage';

/** One code's label per language; languages left out fall back to English, then to the code. */
export type Label = Partial<Record<string, string>> & { en: string };

type Table = Record<string, { en: string; 'zh-CN': string }>;

const BUILT_IN: Record<LabelDomain, Table> = {
  industry: {
    energy: { en: 'Energy', 'zh-CN': '能源' },
    telecom: { en: 'Telecommunications', 'zh-CN': '电信' },
    finance: { en: 'Finance', 'zh-CN': '金融' },
    manufacturing: { en: 'Manufacturing', 'zh-CN': '制造业' },
    'public security': { en: 'Public security', 'zh-CN': '公安' },
    courts: { en: 'Courts', 'zh-CN': '法院' },
    media: { en: 'Media', 'zh-CN': '传媒' },
    government: { en: 'Government', 'zh-CN': '政府' },
    logistics: { en: 'Logistics', 'zh-CN': '物流' },
    education: { en: 'Education', 'zh-CN': '教育' },
    healthcare: { en: 'Healthcare', 'zh-CN': '医疗卫生' },
    'real estate': { en: 'Real estate', 'zh-CN': '房地产' },
    retail: { en: 'Retail', 'zh-CN': '零售' },
    distribution: { en: 'Distribution', 'zh-CN': '分销' },
    agriculture: { en: 'Agriculture', 'zh-CN': '农业' },
    construction: { en: 'Construction', 'zh-CN': '建筑业' },
    software: { en: 'Software', 'zh-CN': '软件' },
    utilities: { en: 'Utilities', 'zh-CN': '公用事业' },
    chemicals: { en: 'Chemicals', 'zh-CN': '化工' },
    'food & beverage': { en: 'Food & beverage', 'zh-CN': '食品饮料' },
    textiles: { en: 'Textiles', 'zh-CN': '纺织' },
    mining: { en: 'Mining', 'zh-CN': '采矿业' },
  },
  riskFlag: {
    'credit:large-exposure': { en: 'Credit: large exposure', 'zh-CN': '信用：大额敞口' },
    'credit:overdue': { en: 'Credit: overdue receivables', 'zh-CN': '信用：应收账款逾期' },
    'credit:concentration': { en: 'Credit: concentrated in one member', 'zh-CN': '信用：敞口集中于单一成员' },
    'credit:group-limit-exceeded': { en: 'Credit: group limit exceeded', 'zh-CN': '信用：超出集团授信额度' },
    'credit:near-group-limit': { en: 'Credit: near the group limit', 'zh-CN': '信用：接近集团授信额度' },
    'credit:member-limit-exceeded': { en: 'Credit: member limit exceeded', 'zh-CN': '信用：超出成员授信额度' },
    'market:sector-downturn': { en: 'Market: sector downturn', 'zh-CN': '市场：行业下行' },
    'operational:key-person': { en: 'Operational: key-person dependency', 'zh-CN': '运营：依赖关键人员' },
  },
  relationship: {
    basic: { en: 'Basic', 'zh-CN': '基本型' },
    reactive: { en: 'Reactive', 'zh-CN': '被动型' },
    accountable: { en: 'Accountable', 'zh-CN': '负责型' },
    proactive: { en: 'Proactive', 'zh-CN': '能动型' },
    partnership: { en: 'Partnership', 'zh-CN': '伙伴型' },
  },
  loyaltyStage: {
    suspect: { en: 'Suspect', 'zh-CN': '潜在客户' },
    prospect: { en: 'Prospect', 'zh-CN': '意向客户' },
    'first-time': { en: 'First-time buyer', 'zh-CN': '首次购买' },
    repeat: { en: 'Repeat buyer', 'zh-CN': '重复购买' },
    advocate: { en: 'Advocate', 'zh-CN': '拥护者' },
  },
  activityKind: {
    visit: { en: 'Visit', 'zh-CN': '拜访' },
    call: { en: 'Call', 'zh-CN': '电话' },
    email: { en: 'E-mail', 'zh-CN': '邮件' },
    meeting: { en: 'Meeting', 'zh-CN': '会议' },
    complaint: { en: 'Complaint', 'zh-CN': '投诉' },
    order: { en: 'Order', 'zh-CN': '订单' },
    note: { en: 'Note', 'zh-CN': '备注' },
  },
  complaintStatus: {
    open: { en: 'Open', 'zh-CN': '未处理' },
    'in-progress': { en: 'In progress', 'zh-CN': '处理中' },
    resolved: { en: 'Resolved', 'zh-CN': '已解决' },
    closed: { en: 'Closed', 'zh-CN': '已关闭' },
  },
  complaintSeverity: {
    low: { en: 'Low', 'zh-CN': '低' },
    medium: { en: 'Medium', 'zh-CN': '中' },
    high: { en: 'High', 'zh-CN': '高' },
    critical: { en: 'Critical', 'zh-CN': '严重' },
  },
  customerKind: {
    enterprise: { en: 'Enterprise', 'zh-CN': '企业' },
    government: { en: 'Government', 'zh-CN': '政府机构' },
    nonprofit: { en: 'Non-profit', 'zh-CN': '非营利组织' },
    intermediary: { en: 'Intermediary', 'zh-CN': '中间商' },
    consumer: { en: 'Key consumer', 'zh-CN': '关键消费者' },
  },
  channel: {
    direct: { en: 'Direct', 'zh-CN': '直销' },
    partner: { en: 'Partner', 'zh-CN': '合作伙伴' },
    web: { en: 'Web', 'zh-CN': '网站' },
    'call-centre': { en: 'Call centre', 'zh-CN': '呼叫中心' },
  },
  /** The default sales stages (core DEFAULT_STAGES); a stage table of the page's own names its stages itself. */
  stage: {
    lead: { en: 'Lead', 'zh-CN': '线索' },
    qualified: { en: 'Qualified', 'zh-CN': '已确认' },
    proposal: { en: 'Proposal', 'zh-CN': '方案/报价' },
    negotiation: { en: 'Negotiation', 'zh-CN': '谈判' },
    won: { en: 'Won', 'zh-CN': '赢单' },
    lost: { en: 'Lost', 'zh-CN': '输单' },
  },
  table: {
    customers: { en: 'Customers', 'zh-CN': '客户' },
    contacts: { en: 'Contacts', 'zh-CN': '联系人' },
    stages: { en: 'Stages', 'zh-CN': '销售阶段' },
    opportunities: { en: 'Opportunities', 'zh-CN': '商机' },
    products: { en: 'Products', 'zh-CN': '产品' },
    quotes: { en: 'Quotes', 'zh-CN': '报价单' },
    orders: { en: 'Orders', 'zh-CN': '订单' },
    activities: { en: 'Activities', 'zh-CN': '活动' },
    approvers: { en: 'Approvers', 'zh-CN': '审批人' },
  },
};

/**
 * The Traditional Chinese table a tag reads, if any: Hong Kong and Macau `zh-HK`, Taiwan and other
 * Traditional tags (`zh-TW`, `zh-Hant`) `zh-TW`; Simplified and other Chinese tags none (they read zh-CN).
 */
export function hantVariant(tag: string): 'zh-TW' | 'zh-HK' | undefined {
  const t = tag.toLowerCase();
  if (/^zh-(hant-)?(hk|mo)(-|$)/.test(t)) return 'zh-HK';
  if (/^zh-(hant|tw)(-|$)/.test(t)) return 'zh-TW';
  return undefined;
}

/** Labels a page registered; they win over the built-in ones. */
const registered = new Map<string, Label>();
/** Extra languages' built-in labels (from `registerLabelLocale`, e.g. the generated zh-TW tables). */
const extraLocales = new Map<string, Partial<Record<LabelDomain, Record<string, string>>>>();
const listeners = new Set<() => void>();

/**
 * Adds or overrides labels for codes of one domain, e.g.
 * `registerLabels('industry', { 'cold-chain': { en: 'Cold chain', 'zh-CN': '冷链' } })`.
 * Connected widgets re-render.
 */
export function registerLabels(domain: LabelDomain, labels: Readonly<Record<string, Label>>): void {
  for (const [code, label] of Object.entries(labels)) registered.set(`${domain}\u0000${code}`, label);
  for (const listener of listeners) listener();
}

/** Built-in labels for one more language (a table per domain, code → text). */
export function registerLabelLocale(
  locale: string,
  tables: Readonly<Partial<Record<LabelDomain, Readonly<Record<string, string>>>>>,
): void {
  extraLocales.set(locale, { ...extraLocales.get(locale), ...tables });
  for (const listener of listeners) listener();
}

type HantTables = typeof import('./labels.zh-hant.js');
let hantTablesLoaded: HantTables | undefined;
let hantTablesLoading: Promise<void> | undefined;
let hantTablesFailed = false;

/**
 * The generated Traditional Chinese tables, fetched the first time a zh-TW / zh-HK text is asked for (most
 * pages never need them). Until they arrive the Simplified text stands in; widgets re-render when they do.
 */
function hantTables(): HantTables | undefined {
  hantTablesLoading ??= import('./labels.zh-hant.js')
    .then((tables) => {
      hantTablesLoaded = tables;
      for (const listener of listeners) listener();
    })
    .catch((error: unknown) => {
      hantTablesFailed = true;
      console.warn('crm-widgets: the Traditional Chinese labels could not be loaded', error);
    });
  return hantTablesLoaded;
}

/** Resolves once the Traditional Chinese tables are loaded (tests and pages that print at once). */
export function traditionalLabelsReady(): Promise<void> {
  hantTables();
  return hantTablesLoading!;
}

/** Whether the Traditional Chinese tables are here (or failed: then the Simplified texts stand in). */
export function traditionalLabelsLoaded(): boolean {
  return hantTablesLoaded !== undefined || hantTablesFailed;
}

/** Called when labels change (the localize controller re-renders widgets). */
export function onLabelsChanged(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The built-in tables, for tests and for generating other languages' tables. */
export function builtInLabels(): Readonly<Record<LabelDomain, Table>> {
  return BUILT_IN;
}

/**
 * The label of a code in a locale: a registered label in that language (or its base language), else an
 * added language's label, else the registered label in zh-CN (Chinese tags) or English, else the built-in
 * one (generated Traditional tables for zh-TW / zh-HK), else the code itself (the data's own words are better than nothing;
 * the zh-CN test proves the sample data never gets there).
 */
export function labelOf(domain: LabelDomain, code: string, locale: Locale | string): string {
  const tag = locale.toLowerCase();
  const primary = tag.split('-')[0] ?? tag;
  const own = registered.get(`${domain}\u0000${code}`);
  const ownText = own && (own[locale] ?? own[tag] ?? own[primary]);
  if (ownText) return ownText;
  const extra = (extraLocales.get(tag) ?? extraLocales.get(primary))?.[domain]?.[code];
  if (extra) return extra;
  if (own) return (primary === 'zh' ? own['zh-CN'] : undefined) ?? own.en;
  const variant = hantVariant(locale);
  const hant = variant && hantTables()?.LABELS_ZH_HANT[variant]?.[domain]?.[code];
  if (hant) return hant;
  const builtIn = BUILT_IN[domain][code];
  if (builtIn) return primary === 'zh' ? builtIn['zh-CN'] : builtIn.en;
  return code;
}

/**
 * A text the core models carry in both languages (`{ en, 'zh-CN' }`: tier names, indicator names, service
 * standards) in the widget's language: `locale` picks the language, `lang` the Traditional table for
 * zh-TW / zh-HK (generated with the labels; a text not in it stays Simplified).
 */
export function localText(
  text: { readonly en: string; readonly 'zh-CN': string },
  locale: Locale,
  lang: string,
): string {
  if (locale === 'en') return text.en;
  const variant = hantVariant(lang);
  return (variant && hantTables()?.TEXTS_ZH_HANT[variant]?.[text['zh-CN']]) || text['zh-CN'];
}
