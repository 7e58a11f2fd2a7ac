import type { RiskRating } from '../../core/group.js';
import type { COMMUNICATION_STYLES } from '../../data/model.js';
import type { Translations } from '../../internal/localize.js';
import type { BuyingRole } from './card-model.js';

type Labels<T extends readonly string[]> = Record<T[number], string>;

export type FieldKey =
  | 'name'
  | 'alias'
  | 'industry'
  | 'owner'
  | 'relationship'
  | 'loyaltyStage'
  | 'tier'
  | 'creditLimit'
  | 'notes';

export const customerCardStrings: Translations<{
  card: string;
  empty: string;
  loading: (id: string) => string;
  notFound: (id: string) => string;
  error: (message: string) => string;
  retry: string;
  field: Record<FieldKey, string>;
  none: string;
  editField: (label: string) => string;
  save: string;
  cancel: string;
  saving: string;
  notSaved: (reason: string) => string;
  moneyFormat: (digits: number) => string;
  moneyNegative: string;
  moneyTooLarge: (max: string) => string;
  badAttribute: (attribute: string, value: string, problem: string) => string;
  notADate: string;
  notDays: string;
  role: Record<BuyingRole, string>;
  roles: Record<BuyingRole, string>;
  style: Labels<typeof COMMUNICATION_STYLES>;
  missingRole: (role: string) => string;
  noContacts: string;
  group: string;
  parent: string;
  groupHead: string;
  noSubsidiaries: string;
  standalone: string;
  members: (count: number) => string;
  truncated: (count: number) => string;
  groupRevenue: string;
  groupPipeline: string;
  withWeighted: (amount: string, weighted: string) => string;
  accountCredit: string;
  groupCredit: string;
  used: (exposure: string, limit: string, percent: string) => string;
  usedNoLimit: (exposure: string) => string;
  overLimit: string;
  risk: string;
  rating: Record<RiskRating, string>;
  noRiskFlags: string;
  riskFlag: (flag: string, member: string) => string;
  groupError: (message: string) => string;
  contacts: string;
  pipeline: string;
  openOpportunities: string;
  openSummary: (count: number, amount: string) => string;
  otherCurrency: (count: number) => string;
  forecast: string;
  nextClose: string;
  noNextClose: string;
  lastActivity: string;
  noActivity: string;
  activityAt: (subject: string, date: string, ago: string) => string;
  pipelineError: (message: string) => string;
  warnings: (count: number) => string;
  warningCount: (count: number) => string;
  noWarnings: string;
  noContact: (days: number | null, limit: number) => string;
  fallingOrders: (recent: string, previous: string, days: number) => string;
  openComplaints: (count: number, subjects: string) => string;
  notes: string;
  noNotes: string;
  editDetails: string;
  editPanel: string;
  actions: string;
  call: string;
  email: string;
  callContact: (name: string, phone: string) => string;
  emailContact: (name: string, email: string) => string;
  keyFigures: string;
  annualRevenue: string;
  groupLabel: string;
  openPipeline: string;
  weightedCount: (weighted: string, count: number) => string;
  creditUsed: string;
  creditBar: (scope: string) => string;
  accountScope: string;
  groupScope: string;
  shareOfGroup: (percent: string) => string;
  reasons: (count: number) => string;
  notAvailable: string;
  orderTrend: string;
  orderTrendLabel: (recent: string, previous: string, change: string, days: number, peak: string) => string;
  orderChange: (percent: string, up: boolean) => string;
  noOrderChange: string;
  recentOrders: (amount: string, days: number, change: string) => string;
  pipelineTrend: string;
  pipelineTrendLabel: (months: string, left: string) => string;
  leftOut: (later: number, undated: number, other: number) => string;
  groupStructure: string;
  thisAccount: string;
}> = {
  en: {
    card: 'Customer',
    empty: 'No customer to show yet. Set customer-id or pass a customer object.',
    loading: (id) => `Loading customer "${id}"…`,
    notFound: (id) => `Customer "${id}" not found.`,
    error: (message) => `The customer could not be loaded: ${message}`,
    retry: 'Retry',
    field: {
      name: 'Name',
      alias: 'Alias',
      industry: 'Industry',
      owner: 'Account manager',
      relationship: 'Relationship',
      loyaltyStage: 'Loyalty stage',
      tier: 'Tier',
      creditLimit: 'Credit limit',
      notes: 'Notes',
    },
    none: '—',
    editField: (label) => `Edit ${label.toLowerCase()}`,
    save: 'Save',
    cancel: 'Cancel',
    saving: 'Saving…',
    notSaved: (reason) => `Not saved: ${reason}`,
    moneyFormat: (digits) =>
      digits === 0
        ? 'Enter a whole amount, e.g. 1200000'
        : `Enter an amount with at most ${digits} decimals, e.g. 1200000.50`,
    moneyNegative: 'Enter an amount of 0 or more',
    moneyTooLarge: (max) => `This amount is too large; the most the card can keep exactly is ${max}`,
    badAttribute: (attribute, value, problem) => `The card could not be shown: ${attribute}="${value}" ${problem}`,
    notADate: 'is not a date; use a date such as 2026-11-25 or a time such as 2026-11-25T09:00:00Z',
    notDays: 'is not a number of days; use a whole number of 0 or more, such as 30',
    role: { 'decision-maker': 'Decision maker', 'technical-gatekeeper': 'Technical gatekeeper', user: 'User' },
    roles: { 'decision-maker': 'Decision makers', 'technical-gatekeeper': 'Technical gatekeepers', user: 'Users' },
    style: { tiger: 'Tiger', peacock: 'Peacock', owl: 'Owl', koala: 'Koala' },
    missingRole: (role) => `No ${role.toLowerCase()} known`,
    noContacts: 'No contacts yet.',
    group: 'Group',
    parent: 'Parent company',
    groupHead: 'Group head',
    noSubsidiaries: 'No subsidiaries.',
    standalone: 'Not part of a group.',
    members: (count) => `${count} ${count === 1 ? 'company' : 'companies'} in the group`,
    truncated: (count) => `Only the first ${count} members are counted.`,
    groupRevenue: 'Group annual revenue',
    groupPipeline: 'Group open pipeline',
    withWeighted: (amount, weighted) => `${amount} (weighted ${weighted})`,
    accountCredit: 'Credit used (account)',
    groupCredit: 'Credit used (group)',
    used: (exposure, limit, percent) => `${exposure} of ${limit} (${percent})`,
    usedNoLimit: (exposure) => `${exposure}, no limit set`,
    overLimit: 'over limit',
    risk: 'Group risk',
    rating: { low: 'Low', medium: 'Medium', high: 'High', critical: 'Critical' },
    noRiskFlags: 'No risk flags.',
    riskFlag: (flag, member) => `${flag} (${member})`,
    groupError: (message) => `Group figures unavailable: ${message}`,
    contacts: 'Contacts',
    pipeline: 'Pipeline and activity',
    openOpportunities: 'Open opportunities',
    openSummary: (count, amount) => `${count}, ${amount}`,
    otherCurrency: (count) => `(${count} in other currencies not included)`,
    forecast: 'Weighted forecast',
    nextClose: 'Next expected close',
    noNextClose: 'None planned',
    lastActivity: 'Last activity',
    noActivity: 'No activity yet',
    activityAt: (subject, date, ago) => `${subject} · ${date} (${ago})`,
    pipelineError: (message) => `Pipeline unavailable: ${message}`,
    warnings: (count) => `Warning signs (${count})`,
    warningCount: (count) => (count === 0 ? 'No warnings' : `${count} ${count === 1 ? 'warning' : 'warnings'}`),
    noWarnings: 'No warning signs.',
    noContact: (days, limit) =>
      days === null ? 'No contact on record' : `No contact for ${days} days (more than ${limit})`,
    fallingOrders: (recent, previous, days) => `Falling orders: ${recent} in the last ${days} days, ${previous} before`,
    openComplaints: (count, subjects) => `${count} open ${count === 1 ? 'complaint' : 'complaints'}: ${subjects}`,
    notes: 'Notes',
    noNotes: 'No notes.',
    editDetails: 'Edit',
    editPanel: 'Edit account details',
    actions: 'Actions',
    call: 'Call',
    email: 'Email',
    callContact: (name, phone) => `${name}, ${phone}`,
    emailContact: (name, email) => `${name}, ${email}`,
    keyFigures: 'Key figures',
    annualRevenue: 'Annual revenue',
    groupLabel: 'Group',
    openPipeline: 'Open pipeline',
    weightedCount: (weighted, count) => `Weighted ${weighted} · ${count} open`,
    creditUsed: 'Credit used',
    creditBar: (scope) => `Credit used, ${scope}`,
    accountScope: 'account',
    groupScope: 'group',
    shareOfGroup: (percent) => `${percent} of the group's exposure`,
    reasons: (count) => `${count} ${count === 1 ? 'reason' : 'reasons'}`,
    notAvailable: 'Not available',
    orderTrend: 'Orders, last 180 days',
    orderTrendLabel: (recent, previous, change, days, peak) =>
      `Order volume by week over the last ${days * 2} days: ${recent} in the last ${days} days, ${previous} in the ${days} days before (${change}); busiest week ${peak}.`,
    orderChange: (percent, up) => `${up ? 'up' : 'down'} ${percent}`,
    noOrderChange: 'no orders before to compare',
    recentOrders: (amount, days, change) => `Last ${days} days ${amount} · ${change}`,
    pipelineTrend: 'Pipeline by expected close',
    pipelineTrendLabel: (months, left) => `Open pipeline by expected-close month: ${months}.${left ? ` ${left}` : ''}`,
    leftOut: (later, undated, other) =>
      [
        later ? `${later} closing later` : '',
        undated ? `${undated} without a date` : '',
        other ? `${other} in other currencies` : '',
      ]
        .filter(Boolean)
        .join(', ')
        .replace(/^(.+)$/, 'Not shown: $1.'),
    groupStructure: 'Group structure',
    thisAccount: 'this account',
  },
  'zh-CN': {
    card: '客户',
    empty: '暂无客户。请设置 customer-id 或传入客户对象。',
    loading: (id) => `正在加载客户“${id}”…`,
    notFound: (id) => `未找到客户“${id}”。`,
    error: (message) => `无法加载客户：${message}`,
    retry: '重试',
    field: {
      name: '名称',
      alias: '别名',
      industry: '行业',
      owner: '客户经理',
      relationship: '关系类型',
      loyaltyStage: '忠诚阶段',
      tier: '等级',
      creditLimit: '授信额度',
      notes: '备注',
    },
    none: '—',
    editField: (label) => `编辑${label}`,
    save: '保存',
    cancel: '取消',
    saving: '正在保存…',
    notSaved: (reason) => `未保存：${reason}`,
    moneyFormat: (digits) =>
      digits === 0 ? '请输入整数金额，例如 1200000' : `请输入金额，最多 ${digits} 位小数，例如 1200000.50`,
    moneyNegative: '金额不能为负数，请输入 0 或更大的金额',
    moneyTooLarge: (max) => `金额过大，卡片最多能精确保存 ${max}`,
    badAttribute: (attribute, value, problem) => `无法显示客户卡片：${attribute}="${value}" ${problem}`,
    notADate: '不是日期，请使用 2026-11-25 这样的日期或 2026-11-25T09:00:00Z 这样的时间',
    notDays: '不是天数，请使用 0 或更大的整数，例如 30',
    role: { 'decision-maker': '决策者', 'technical-gatekeeper': '技术把关者', user: '使用者' },
    roles: { 'decision-maker': '决策者', 'technical-gatekeeper': '技术把关者', user: '使用者' },
    style: { tiger: '老虎型', peacock: '孔雀型', owl: '猫头鹰型', koala: '考拉型' },
    missingRole: (role) => `尚无已知${role}`,
    noContacts: '暂无联系人。',
    group: '集团',
    parent: '上级公司',
    groupHead: '集团总部',
    noSubsidiaries: '无下属企业。',
    standalone: '不属于任何集团。',
    members: (count) => `集团共 ${count} 家企业`,
    truncated: (count) => `仅统计前 ${count} 家成员企业。`,
    groupRevenue: '集团年收入',
    groupPipeline: '集团在途商机',
    withWeighted: (amount, weighted) => `${amount}（加权 ${weighted}）`,
    accountCredit: '授信占用（本企业）',
    groupCredit: '授信占用（集团）',
    used: (exposure, limit, percent) => `${exposure} / ${limit}（${percent}）`,
    usedNoLimit: (exposure) => `${exposure}，未设额度`,
    overLimit: '超额',
    risk: '集团风险',
    rating: { low: '低', medium: '中', high: '高', critical: '严重' },
    noRiskFlags: '无风险标记。',
    riskFlag: (flag, member) => `${flag}（${member}）`,
    groupError: (message) => `无法计算集团数据：${message}`,
    contacts: '联系人',
    pipeline: '商机与动态',
    openOpportunities: '在途商机',
    openSummary: (count, amount) => `${count} 个，${amount}`,
    otherCurrency: (count) => `（${count} 个外币商机未计入）`,
    forecast: '加权预测',
    nextClose: '最近预计成交',
    noNextClose: '暂无计划',
    lastActivity: '最近动态',
    noActivity: '暂无动态',
    activityAt: (subject, date, ago) => `${subject} · ${date}（${ago}）`,
    pipelineError: (message) => `无法计算商机：${message}`,
    warnings: (count) => `预警信号（${count}）`,
    warningCount: (count) => (count === 0 ? '无预警' : `${count} 条预警`),
    noWarnings: '无预警信号。',
    noContact: (days, limit) => (days === null ? '无联系记录' : `已 ${days} 天未联系（超过 ${limit} 天）`),
    fallingOrders: (recent, previous, days) => `订单下滑：近 ${days} 天 ${recent}，此前同期 ${previous}`,
    openComplaints: (count, subjects) => `${count} 条未结投诉：${subjects}`,
    notes: '备注',
    noNotes: '暂无备注。',
    editDetails: '编辑',
    editPanel: '编辑客户资料',
    actions: '操作',
    call: '致电',
    email: '邮件',
    callContact: (name, phone) => `${name}，${phone}`,
    emailContact: (name, email) => `${name}，${email}`,
    keyFigures: '关键指标',
    annualRevenue: '年收入',
    groupLabel: '集团',
    openPipeline: '在途商机',
    weightedCount: (weighted, count) => `加权 ${weighted} · ${count} 个在途`,
    creditUsed: '授信占用',
    creditBar: (scope) => `授信占用（${scope}）`,
    accountScope: '本企业',
    groupScope: '集团',
    shareOfGroup: (percent) => `占集团授信占用的 ${percent}`,
    reasons: (count) => `${count} 条原因`,
    notAvailable: '暂无数据',
    orderTrend: '近 180 天订单',
    orderTrendLabel: (recent, previous, change, days, peak) =>
      `近 ${days * 2} 天每周订单额：近 ${days} 天 ${recent}，此前 ${days} 天 ${previous}（${change}）；最高一周 ${peak}。`,
    orderChange: (percent, up) => `${up ? '上升' : '下降'} ${percent}`,
    noOrderChange: '此前无订单可比',
    recentOrders: (amount, days, change) => `近 ${days} 天 ${amount} · ${change}`,
    pipelineTrend: '按预计成交月份的商机',
    pipelineTrendLabel: (months, left) => `按预计成交月份的在途商机：${months}。${left}`,
    leftOut: (later, undated, other) =>
      [later ? `${later} 个更晚成交` : '', undated ? `${undated} 个无日期` : '', other ? `${other} 个外币` : '']
        .filter(Boolean)
        .join('，')
        .replace(/^(.+)$/, '未显示：$1。'),
    groupStructure: '集团结构',
    thisAccount: '本企业',
  },
  // generated by scripts/zh-hant.mjs from zh-CN: do not edit (npm run l10n:hant)
  'zh-TW': {
    card: '客戶',
    empty: '暫無客戶。請設定 customer-id 或傳入客戶物件。',
    loading: (id) => `正在載入客戶“${id}”…`,
    notFound: (id) => `未找到客戶“${id}”。`,
    error: (message) => `無法載入客戶：${message}`,
    retry: '重試',
    field: {
      name: '名稱',
      alias: '別名',
      industry: '行業',
      owner: '客戶經理',
      relationship: '關係類型',
      loyaltyStage: '忠誠階段',
      tier: '等級',
      creditLimit: '授信額度',
      notes: '備註',
    },
    none: '—',
    editField: (label) => `編輯${label}`,
    save: '儲存',
    cancel: '取消',
    saving: '正在儲存…',
    notSaved: (reason) => `未儲存：${reason}`,
    moneyFormat: (digits) =>
      digits === 0 ? '請輸入整數金額，例如 1200000' : `請輸入金額，最多 ${digits} 位小數，例如 1200000.50`,
    moneyNegative: '金額不能為負數，請輸入 0 或更大的金額',
    moneyTooLarge: (max) => `金額過大，卡片最多能精確儲存 ${max}`,
    badAttribute: (attribute, value, problem) => `無法顯示客戶卡片：${attribute}="${value}" ${problem}`,
    notADate: '不是日期，請使用 2026-11-25 這樣的日期或 2026-11-25T09:00:00Z 這樣的時間',
    notDays: '不是天數，請使用 0 或更大的整數，例如 30',
    role: { 'decision-maker': '決策者', 'technical-gatekeeper': '技術把關者', user: '使用者' },
    roles: { 'decision-maker': '決策者', 'technical-gatekeeper': '技術把關者', user: '使用者' },
    style: { tiger: '老虎型', peacock: '孔雀型', owl: '貓頭鷹型', koala: '考拉型' },
    missingRole: (role) => `尚無已知${role}`,
    noContacts: '暫無聯絡人。',
    group: '集團',
    parent: '上級公司',
    groupHead: '集團總部',
    noSubsidiaries: '無下屬企業。',
    standalone: '不屬於任何集團。',
    members: (count) => `集團共 ${count} 家企業`,
    truncated: (count) => `僅統計前 ${count} 家成員企業。`,
    groupRevenue: '集團年收入',
    groupPipeline: '集團在途商機',
    withWeighted: (amount, weighted) => `${amount}（加權 ${weighted}）`,
    accountCredit: '授信佔用（本企業）',
    groupCredit: '授信佔用（集團）',
    used: (exposure, limit, percent) => `${exposure} / ${limit}（${percent}）`,
    usedNoLimit: (exposure) => `${exposure}，未設額度`,
    overLimit: '超額',
    risk: '集團風險',
    rating: { low: '低', medium: '中', high: '高', critical: '嚴重' },
    noRiskFlags: '無風險標記。',
    riskFlag: (flag, member) => `${flag}（${member}）`,
    groupError: (message) => `無法計算集團資料：${message}`,
    contacts: '聯絡人',
    pipeline: '商機與動態',
    openOpportunities: '在途商機',
    openSummary: (count, amount) => `${count} 個，${amount}`,
    otherCurrency: (count) => `（${count} 個外幣商機未計入）`,
    forecast: '加權預測',
    nextClose: '最近預計成交',
    noNextClose: '暫無計劃',
    lastActivity: '最近動態',
    noActivity: '暫無動態',
    activityAt: (subject, date, ago) => `${subject} · ${date}（${ago}）`,
    pipelineError: (message) => `無法計算商機：${message}`,
    warnings: (count) => `預警訊號（${count}）`,
    warningCount: (count) => (count === 0 ? '無預警' : `${count} 條預警`),
    noWarnings: '無預警訊號。',
    noContact: (days, limit) => (days === null ? '無聯絡記錄' : `已 ${days} 天未聯絡（超過 ${limit} 天）`),
    fallingOrders: (recent, previous, days) => `訂單下滑：近 ${days} 天 ${recent}，此前同期 ${previous}`,
    openComplaints: (count, subjects) => `${count} 條未結投訴：${subjects}`,
    notes: '備註',
    noNotes: '暫無備註。',
    editDetails: '編輯',
    editPanel: '編輯客戶資料',
    actions: '操作',
    call: '致電',
    email: '郵件',
    callContact: (name, phone) => `${name}，${phone}`,
    emailContact: (name, email) => `${name}，${email}`,
    keyFigures: '關鍵指標',
    annualRevenue: '年收入',
    groupLabel: '集團',
    openPipeline: '在途商機',
    weightedCount: (weighted, count) => `加權 ${weighted} · ${count} 個在途`,
    creditUsed: '授信佔用',
    creditBar: (scope) => `授信佔用（${scope}）`,
    accountScope: '本企業',
    groupScope: '集團',
    shareOfGroup: (percent) => `佔集團授信佔用的 ${percent}`,
    reasons: (count) => `${count} 條原因`,
    notAvailable: '暫無資料',
    orderTrend: '近 180 天訂單',
    orderTrendLabel: (recent, previous, change, days, peak) =>
      `近 ${days * 2} 天每週訂單額：近 ${days} 天 ${recent}，此前 ${days} 天 ${previous}（${change}）；最高一週 ${peak}。`,
    orderChange: (percent, up) => `${up ? '上升' : '下降'} ${percent}`,
    noOrderChange: '此前無訂單可比',
    recentOrders: (amount, days, change) => `近 ${days} 天 ${amount} · ${change}`,
    pipelineTrend: '按預計成交月份的商機',
    pipelineTrendLabel: (months, left) => `按預計成交月份的在途商機：${months}。${left}`,
    leftOut: (later, undated, other) =>
      [later ? `${later} 個更晚成交` : '', undated ? `${undated} 個無日期` : '', other ? `${other} 個外幣` : '']
        .filter(Boolean)
        .join('，')
        .replace(/^(.+)$/, '未顯示：$1。'),
    groupStructure: '集團結構',
    thisAccount: '本企業',
  },
  'zh-HK': {
    card: '客户',
    empty: '暫無客户。請設置 customer-id 或傳入客户對象。',
    loading: (id) => `正在加載客户“${id}”…`,
    notFound: (id) => `未找到客户“${id}”。`,
    error: (message) => `無法加載客户：${message}`,
    retry: '重試',
    field: {
      name: '名稱',
      alias: '別名',
      industry: '行業',
      owner: '客户經理',
      relationship: '關係類型',
      loyaltyStage: '忠誠階段',
      tier: '等級',
      creditLimit: '授信額度',
      notes: '備註',
    },
    none: '—',
    editField: (label) => `編輯${label}`,
    save: '保存',
    cancel: '取消',
    saving: '正在保存…',
    notSaved: (reason) => `未保存：${reason}`,
    moneyFormat: (digits) =>
      digits === 0 ? '請輸入整數金額，例如 1200000' : `請輸入金額，最多 ${digits} 位小數，例如 1200000.50`,
    moneyNegative: '金額不能為負數，請輸入 0 或更大的金額',
    moneyTooLarge: (max) => `金額過大，卡片最多能精確保存 ${max}`,
    badAttribute: (attribute, value, problem) => `無法顯示客户卡片：${attribute}="${value}" ${problem}`,
    notADate: '不是日期，請使用 2026-11-25 這樣的日期或 2026-11-25T09:00:00Z 這樣的時間',
    notDays: '不是天數，請使用 0 或更大的整數，例如 30',
    role: { 'decision-maker': '決策者', 'technical-gatekeeper': '技術把關者', user: '使用者' },
    roles: { 'decision-maker': '決策者', 'technical-gatekeeper': '技術把關者', user: '使用者' },
    style: { tiger: '老虎型', peacock: '孔雀型', owl: '貓頭鷹型', koala: '考拉型' },
    missingRole: (role) => `尚無已知${role}`,
    noContacts: '暫無聯繫人。',
    group: '集團',
    parent: '上級公司',
    groupHead: '集團總部',
    noSubsidiaries: '無下屬企業。',
    standalone: '不屬於任何集團。',
    members: (count) => `集團共 ${count} 家企業`,
    truncated: (count) => `僅統計前 ${count} 家成員企業。`,
    groupRevenue: '集團年收入',
    groupPipeline: '集團在途商機',
    withWeighted: (amount, weighted) => `${amount}（加權 ${weighted}）`,
    accountCredit: '授信佔用（本企業）',
    groupCredit: '授信佔用（集團）',
    used: (exposure, limit, percent) => `${exposure} / ${limit}（${percent}）`,
    usedNoLimit: (exposure) => `${exposure}，未設額度`,
    overLimit: '超額',
    risk: '集團風險',
    rating: { low: '低', medium: '中', high: '高', critical: '嚴重' },
    noRiskFlags: '無風險標記。',
    riskFlag: (flag, member) => `${flag}（${member}）`,
    groupError: (message) => `無法計算集團數據：${message}`,
    contacts: '聯繫人',
    pipeline: '商機與動態',
    openOpportunities: '在途商機',
    openSummary: (count, amount) => `${count} 個，${amount}`,
    otherCurrency: (count) => `（${count} 個外幣商機未計入）`,
    forecast: '加權預測',
    nextClose: '最近預計成交',
    noNextClose: '暫無計劃',
    lastActivity: '最近動態',
    noActivity: '暫無動態',
    activityAt: (subject, date, ago) => `${subject} · ${date}（${ago}）`,
    pipelineError: (message) => `無法計算商機：${message}`,
    warnings: (count) => `預警信號（${count}）`,
    warningCount: (count) => (count === 0 ? '無預警' : `${count} 條預警`),
    noWarnings: '無預警信號。',
    noContact: (days, limit) => (days === null ? '無聯繫記錄' : `已 ${days} 天未聯繫（超過 ${limit} 天）`),
    fallingOrders: (recent, previous, days) => `訂單下滑：近 ${days} 天 ${recent}，此前同期 ${previous}`,
    openComplaints: (count, subjects) => `${count} 條未結投訴：${subjects}`,
    notes: '備註',
    noNotes: '暫無備註。',
    editDetails: '編輯',
    editPanel: '編輯客户資料',
    actions: '操作',
    call: '致電',
    email: '郵件',
    callContact: (name, phone) => `${name}，${phone}`,
    emailContact: (name, email) => `${name}，${email}`,
    keyFigures: '關鍵指標',
    annualRevenue: '年收入',
    groupLabel: '集團',
    openPipeline: '在途商機',
    weightedCount: (weighted, count) => `加權 ${weighted} · ${count} 個在途`,
    creditUsed: '授信佔用',
    creditBar: (scope) => `授信佔用（${scope}）`,
    accountScope: '本企業',
    groupScope: '集團',
    shareOfGroup: (percent) => `佔集團授信佔用的 ${percent}`,
    reasons: (count) => `${count} 條原因`,
    notAvailable: '暫無數據',
    orderTrend: '近 180 天訂單',
    orderTrendLabel: (recent, previous, change, days, peak) =>
      `近 ${days * 2} 天每週訂單額：近 ${days} 天 ${recent}，此前 ${days} 天 ${previous}（${change}）；最高一週 ${peak}。`,
    orderChange: (percent, up) => `${up ? '上升' : '下降'} ${percent}`,
    noOrderChange: '此前無訂單可比',
    recentOrders: (amount, days, change) => `近 ${days} 天 ${amount} · ${change}`,
    pipelineTrend: '按預計成交月份的商機',
    pipelineTrendLabel: (months, left) => `按預計成交月份的在途商機：${months}。${left}`,
    leftOut: (later, undated, other) =>
      [later ? `${later} 個更晚成交` : '', undated ? `${undated} 個無日期` : '', other ? `${other} 個外幣` : '']
        .filter(Boolean)
        .join('，')
        .replace(/^(.+)$/, '未顯示：$1。'),
    groupStructure: '集團結構',
    thisAccount: '本企業',
  },
  // end of generated tables
};
