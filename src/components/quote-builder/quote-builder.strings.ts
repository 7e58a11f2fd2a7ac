import type { QuoteStatus } from '../../core/approvals.js';
import type { DiscountKind, PriceMode } from '../../core/pricing.js';
import type { Translations } from '../../internal/localize.js';
import type { CsvColumn } from './export.js';
import type { Problem } from './fields.js';

type ActionReason =
  | { code: 'status'; status: QuoteStatus }
  | { code: 'no-user' | 'field-errors' | 'no-lines' | 'pricing-error' | 'approval-stale' | 'conflict' }
  | { code: 'approval-missing'; levels: string[] }
  | { code: 'not-approver'; levels: string[] }
  | { code: 'lower-first'; level: string }
  | { code: 'already-signed' | 'self-approval' }
  | { code: 'comment-required' };

export type { ActionReason };

export interface QuoteBuilderStrings {
  title: string;
  quoteNumber: (number: string, revision: number) => string;
  loading: string;
  notFound: (id: string) => string;
  customerNotFound: (id: string) => string;
  noCustomer: string;
  loadError: string;
  policyError: (message: string) => string;
  rulesConflict: string;
  pricingError: (message: string) => string;
  saveError: (message: string) => string;
  header: string;
  customer: string;
  currency: string;
  currencyLocked: string;
  validUntil: string;
  validityPast: string;
  priceMode: string;
  modes: Record<PriceMode, string>;
  paymentTerms: string;
  cashEarned: (percent: number) => string;
  notes: string;
  status: string;
  statuses: Record<QuoteStatus, string>;
  levels: Record<string, string>;
  kinds: Record<DiscountKind, string>;
  lines: string;
  linesCaption: (count: number) => string;
  colNo: string;
  /** CSV export headers (the machine headers are the column keys). */
  csvColumns: Record<CsvColumn, string>;
  csvYes: string;
  csvNo: string;
  colItem: string;
  colQty: string;
  colUnit: string;
  colListPrice: string;
  colVat: string;
  colDiscount: string;
  colNetPrice: string;
  colAmount: string;
  colMargin: string;
  colActions: string;
  cell: (column: string, line: number, name: string) => string;
  suggested: (price: string) => string;
  optionalTag: string;
  include: (name: string) => string;
  optional: (name: string) => string;
  group: (name: string) => string;
  groupHeading: (group: string) => string;
  groupSubtotal: (group: string) => string;
  showWorking: (name: string) => string;
  moveUp: (name: string) => string;
  moveDown: (name: string) => string;
  remove: (name: string) => string;
  removed: (name: string) => string;
  working: (name: string) => string;
  step: string;
  stepList: string;
  stepTax: (rate: number) => string;
  stepGross: string;
  stepInput: string;
  stepDiscount: string;
  stepOutput: string;
  stepMargin: string;
  bands: string;
  band: (from: number, to: number | null, percent: number, base: number) => string;
  noMargin: string;
  emptyLines: string;
  picker: string;
  pickerPlaceholder: string;
  pickerHint: string;
  pickerNoMatch: string;
  pickerOption: (code: string, name: string, price: string) => string;
  added: (name: string) => string;
  freeLine: string;
  draftDescription: string;
  draftQuantity: string;
  draftUnit: string;
  draftPrice: string;
  draftVat: string;
  chooseVat: string;
  addLine: string;
  totals: string;
  subtotal: (mode: PriceMode) => string;
  discountTotal: (kind: string) => string;
  net: string;
  taxOn: (rate: number, base: string) => string;
  taxTotal: string;
  grandTotal: string;
  inCapitals: string;
  margin: string;
  marginUnknown: string;
  discountVsList: (percent: number) => string;
  approval: string;
  noApprovalNeeded: string;
  approvalNeeded: (levels: string) => string;
  reasonDiscount: (actual: string, threshold: number) => string;
  reasonMargin: (actual: string, threshold: number) => string;
  reasonMarginUnknown: string;
  reasonLine: (line: string) => string;
  granted: string;
  missing: string;
  approvedBy: (level: string, by: string, at: string) => string;
  staleApproval: (level: string, by: string) => string;
  invalidated: string;
  approverComment: string;
  approve: (level: string) => string;
  reject: string;
  actingAs: (name: string, role: string) => string;
  actions: string;
  submit: string;
  markApproved: string;
  send: string;
  accept: string;
  decline: string;
  convert: string;
  reopen: string;
  expire: string;
  newVersion: string;
  openVersion: (revision: number) => string;
  supersededNotice: (revision: number) => string;
  previousVersion: string;
  finalNotice: (status: string) => string;
  exportCsv: string;
  exportJson: string;
  print: string;
  reason: (reason: ActionReason) => string;
  /** The store refused a change: `rule` is the guard's rule, `detail` its English explanation. */
  refused: (rule: string, detail: string) => string;
  mayApprove: (people: string) => string;
  noApprover: string;
  history: string;
  historyEntry: (from: string | undefined, to: string, by: string, at: string) => string;
  problem: (problem: Problem) => string;
  reasonReopened: string;
  editorUnknownUser: string;
  saved: (at: string) => string;
  saving: string;
  unsaved: string;
  conflict: (at: string) => string;
  reloadTheirs: string;
  keepMine: string;
  updatedElsewhere: string;
  orderCreated: (id: string) => string;
  fixFields: string;
  linesRequired: string;
  shortcuts: string;
  printTitle: string;
  printDate: string;
  printTerms: string;
  printOptional: string;
  taxTable: string;
  rate: string;
  taxableAmount: string;
  tax: string;
  gross: string;
  /** The document layout (issue 17): header facts, progress stepper, action bar, more menu, summary. */
  quoteDate: string;
  owner: string;
  progress: string;
  stepDone: string;
  stepSkipped: string;
  approvalsSigned: (signed: number, required: number) => string;
  moreActions: string;
  noActionsNow: (status: string) => string;
  draftFieldDescription: string;
  draftFieldPrice: string;
}

const levelsEn: Record<string, string> = {
  supervisor: 'Sales supervisor',
  'project-lead': 'Project lead',
  director: 'Director',
};
const levelsZh: Record<string, string> = { supervisor: '销售主管', 'project-lead': '项目负责人', director: '总监' };

export const quoteBuilderStrings: Translations<QuoteBuilderStrings> = {
  en: {
    title: 'Quote',
    quoteNumber: (number, revision) => `Quote ${number}, version ${revision}`,
    loading: 'Loading quote…',
    notFound: (id) => `Quote "${id}" not found. Give a customer-id to start a new quote.`,
    customerNotFound: (id) => `Customer "${id}" not found`,
    noCustomer: 'Set customer-id to start a quote, or quote-id to open one.',
    loadError: 'The quote could not be loaded.',
    policyError: (m) => `The quote policy is invalid: ${m}`,
    rulesConflict:
      'This page already enforces other pricing or approval rules for its quotes; this quote builder’s policy cannot replace them.',
    pricingError: (m) => `The quote cannot be priced: ${m}`,
    saveError: (m) => `Not saved: ${m}. Your changes are kept on this page.`,
    header: 'Quote details',
    customer: 'Customer',
    currency: 'Currency',
    currencyLocked: 'Remove the lines to change the currency: every line is priced in the quote currency.',
    validUntil: 'Valid until',
    validityPast: 'This date has passed.',
    priceMode: 'Prices entered',
    modes: { 'tax-excluded': 'excluding tax', 'tax-included': 'including tax' },
    paymentTerms: 'Payment terms',
    cashEarned: (p) => `These terms earn a ${p}% cash discount.`,
    notes: 'Notes and terms',
    status: 'Status',
    statuses: {
      draft: 'Draft',
      'pending-approval': 'Pending approval',
      approved: 'Approved',
      sent: 'Sent',
      accepted: 'Accepted',
      ordered: 'Ordered',
      rejected: 'Rejected',
      expired: 'Expired',
    },
    levels: levelsEn,
    kinds: {
      promotion: 'Promotion',
      volume: 'Volume discount',
      customer: 'Customer-tier discount',
      cash: 'Cash discount',
      manual: 'Manual discount',
    },
    lines: 'Lines',
    linesCaption: (n) => `Quote lines (${n})`,
    colNo: 'No.',
    csvColumns: {
      line: 'Line',
      group: 'Group',
      productId: 'Product ID',
      description: 'Description',
      quantity: 'Quantity',
      unit: 'Unit',
      unitPrice: 'Unit price',
      vatRate: 'VAT rate %',
      lineDiscount: 'Line discount %',
      listAmount: 'List amount',
      discountAmount: 'Discount amount',
      net: 'Net amount',
      tax: 'VAT',
      gross: 'Gross amount',
      optional: 'Optional',
      included: 'Included in total',
      currency: 'Currency',
      priceMode: 'Prices entered',
    },
    csvYes: 'yes',
    csvNo: 'no',
    colItem: 'Item',
    colQty: 'Quantity',
    colUnit: 'Unit',
    colListPrice: 'List price',
    colVat: 'VAT',
    colDiscount: 'Discount %',
    colNetPrice: 'Net price',
    colAmount: 'Amount',
    colMargin: 'Margin',
    colActions: 'Actions',
    cell: (column, line, name) => `${column}, line ${line}${name ? `: ${name}` : ''}`,
    suggested: (p) => `suggested ${p}`,
    optionalTag: 'optional',
    include: (name) => `Include optional line ${name} in the total`,
    optional: (name) => `Optional line: ${name}`,
    group: (name) => `Group of line ${name}`,
    groupHeading: (g) => `Group: ${g}`,
    groupSubtotal: (g) => `Subtotal ${g}`,
    showWorking: (name) => `Price working of ${name}`,
    moveUp: (name) => `Move ${name} up`,
    moveDown: (name) => `Move ${name} down`,
    remove: (name) => `Remove ${name}`,
    removed: (name) => `Removed ${name}.`,
    working: (name) => `How the price of ${name} is made`,
    step: 'Step',
    stepList: 'List price',
    stepTax: (r) => `VAT ${r}%`,
    stepGross: 'Total including tax',
    stepInput: 'From',
    stepDiscount: 'Discount',
    stepOutput: 'Result',
    stepMargin: 'Margin after',
    bands: 'Bands',
    band: (from, to, p, base) => `${base} from ${from}${to === null ? '' : ` to ${to}`} at ${p}%`,
    noMargin: 'no cost, margin unknown',
    emptyLines: 'No lines yet: search the catalog below or add a free-text line.',
    picker: 'Add a product',
    pickerPlaceholder: 'Type a product name or code',
    pickerHint: 'Arrow keys to choose, Enter to add, Escape to close.',
    pickerNoMatch: 'No product matches.',
    pickerOption: (code, name, price) => `${code} ${name} ${price}`,
    added: (name) => `Added ${name}.`,
    freeLine: 'Free-text line',
    draftDescription: 'Description of the new line',
    draftQuantity: 'Quantity of the new line',
    draftUnit: 'Unit of the new line',
    draftPrice: 'Unit price of the new line',
    draftVat: 'VAT rate of the new line',
    chooseVat: 'VAT rate…',
    addLine: 'Add line',
    totals: 'Totals',
    subtotal: (mode) => `List total (${mode === 'tax-included' ? 'incl.' : 'excl.'} tax)`,
    discountTotal: (kind) => kind,
    net: 'Net amount (excl. tax)',
    taxOn: (r, base) => `VAT ${r}% on ${base}`,
    taxTotal: 'Total VAT',
    grandTotal: 'Grand total (incl. tax)',
    inCapitals: 'Amount in capitals',
    margin: 'Margin',
    marginUnknown: 'unknown (a line has no cost)',
    discountVsList: (p) => `${p}% off list`,
    approval: 'Approval',
    noApprovalNeeded: 'No approval needed.',
    approvalNeeded: (levels) => `Needs approval: ${levels}.`,
    reasonDiscount: (a, t) => `discount ${a} is above ${t}%`,
    reasonMargin: (a, t) => `margin ${a} is below ${t}%`,
    reasonMarginUnknown: 'margin unknown (a line has no cost)',
    reasonLine: (line) => ` (line${line.includes(',') ? 's' : ''} ${line})`,
    granted: 'approved',
    missing: 'waiting',
    approvedBy: (level, by, at) => `${level}: approved by ${by}, ${at}`,
    staleApproval: (level, by) => `${level} approval by ${by} no longer counts: the quote changed after it was given.`,
    invalidated: 'A priced field changed after approval: the quote is back in draft and must be approved again.',
    approverComment: 'Approver comment',
    approve: (level) => `Approve as ${level}`,
    reject: 'Reject',
    actingAs: (name, role) => `Acting as ${name} (${role})`,
    actions: 'Quote actions',
    submit: 'Submit for approval',
    markApproved: 'Mark approved (no approval needed)',
    send: 'Mark sent to customer',
    accept: 'Customer accepted',
    decline: 'Customer declined',
    convert: 'Convert to order',
    reopen: 'Back to draft',
    expire: 'Mark expired',
    newVersion: 'Save as new version',
    openVersion: (r) => `Open version ${r}`,
    supersededNotice: (r) => `This version is read-only: version ${r} replaced it.`,
    previousVersion: 'Previous version',
    finalNotice: (s) => `This quote is ${s} and can no longer be edited. Save it as a new version to revise it.`,
    exportCsv: 'Export lines (CSV)',
    exportJson: 'Export quote (JSON)',
    print: 'Print',
    reason: (r) => {
      switch (r.code) {
        case 'status':
          return `Not possible while the quote is ${quoteBuilderStrings.en.statuses[r.status].toLowerCase()}.`;
        case 'no-user':
          return 'The page has not said who is working (currentUser).';
        case 'field-errors':
          return 'Fix the highlighted fields first.';
        case 'no-lines':
          return 'Add at least one line to the total.';
        case 'pricing-error':
          return 'The quote cannot be priced.';
        case 'approval-stale':
          return 'The approval no longer matches the quote.';
        case 'conflict':
          return 'Resolve the conflict with the other tab first.';
        case 'approval-missing':
          return `Waiting for approval: ${r.levels.join(', ')}.`;
        case 'not-approver':
          return `Only ${r.levels.join(', ')} can decide now.`;
        case 'lower-first':
          return `${r.level} must approve first.`;
        case 'already-signed':
          return 'You have already signed this approval chain.';
        case 'self-approval':
          return 'You cannot approve a quote you own or submitted.';
        case 'comment-required':
          return 'A rejection needs a comment.';
      }
    },
    refused: (rule, detail) => {
      switch (rule) {
        case 'stale-approval':
          return 'The approval no longer matches the quote: it changed after approval.';
        case 'approval-required':
          return 'Not saved: this quote still needs approval.';
        case 'not-approver':
          return 'Not saved: you do not hold this approval level for this quote.';
        case 'already-signed':
          return 'Not saved: one person signs once per approval chain.';
        case 'self-approval':
          return 'Not saved: you cannot approve a quote you own or submitted.';
        case 'lower-first':
          return 'Not saved: a lower approval level must sign first.';
        default:
          return `Not saved: the store refused this change (${detail}).`;
      }
    },
    mayApprove: (people) => `may approve: ${people}`,
    noApprover: 'nobody in the approver directory may approve this level',
    history: 'History',
    historyEntry: (from, to, by, at) => `${from ? `${from} → ` : ''}${to}, ${by}, ${at}`,
    problem: (p) => {
      switch (p.code) {
        case 'required':
          return 'Required.';
        case 'not-number':
          return 'Enter a number.';
        case 'negative':
          return 'Cannot be negative.';
        case 'too-large':
          return 'Too large.';
        case 'decimals':
          return p.max === 0 ? 'Whole numbers only.' : `At most ${p.max} decimal${p.max === 1 ? '' : 's'}.`;
        case 'above-max':
          return `At most ${p.max}% (policy).`;
        case 'currency':
          return `Priced in ${p.currency}; this quote is in ${p.quoteCurrency}. Lines cannot mix currencies.`;
      }
    },
    reasonReopened: 'Priced field edited after approval',
    editorUnknownUser: 'unknown user',
    saved: (at) => `Saved ${at}`,
    saving: 'Saving…',
    unsaved: 'Unsaved changes',
    conflict: (at) => `Another tab saved this quote at ${at}. Reload theirs, or keep yours and overwrite it?`,
    reloadTheirs: 'Reload theirs',
    keepMine: 'Keep mine',
    updatedElsewhere: 'Updated from another tab.',
    orderCreated: (id) => `Order ${id} created.`,
    fixFields: 'Some quote fields are invalid.',
    linesRequired: 'Add at least one line.',
    shortcuts:
      'Keys: arrows move between cells, Enter confirms and goes down, Escape undoes the field, Alt+↑/↓ moves the line, Ctrl+Enter adds a product.',
    printTitle: 'Quotation',
    printDate: 'Date',
    printTerms: 'Terms',
    printOptional: 'optional, not included',
    taxTable: 'VAT by rate',
    rate: 'Rate',
    taxableAmount: 'Taxable amount',
    tax: 'VAT',
    gross: 'Incl. VAT',
    quoteDate: 'Quote date',
    owner: 'Owner',
    progress: 'Quote progress',
    stepDone: 'done',
    stepSkipped: 'not needed',
    approvalsSigned: (signed, required) => `${signed} of ${required} approved`,
    moreActions: 'More actions',
    noActionsNow: (status) => `No further steps: the quote is ${status.toLowerCase()}.`,
    draftFieldDescription: 'Description',
    draftFieldPrice: 'Unit price',
  },
  'zh-CN': {
    title: '报价单',
    quoteNumber: (number, revision) => `报价单 ${number}，第 ${revision} 版`,
    loading: '正在加载报价单…',
    notFound: (id) => `未找到报价单“${id}”。提供 customer-id 可新建报价。`,
    customerNotFound: (id) => `未找到客户“${id}”`,
    noCustomer: '请设置 customer-id 新建报价，或设置 quote-id 打开报价单。',
    loadError: '无法加载报价单。',
    policyError: (m) => `报价策略无效：${m}`,
    rulesConflict: '本页面已对报价执行另一套定价或审批规则，此报价组件的策略不能替换它们。',
    pricingError: (m) => `无法计算报价：${m}`,
    saveError: (m) => `未保存：${m}。修改仍保留在本页。`,
    header: '报价信息',
    customer: '客户',
    currency: '币种',
    currencyLocked: '请先删除明细行再更改币种：每行都按报价币种计价。',
    validUntil: '有效期至',
    validityPast: '该日期已过。',
    priceMode: '录入价格',
    modes: { 'tax-excluded': '不含税', 'tax-included': '含税' },
    paymentTerms: '付款条件',
    cashEarned: (p) => `该付款条件享受 ${p}% 现金折扣。`,
    notes: '备注与条款',
    status: '状态',
    statuses: {
      draft: '草稿',
      'pending-approval': '待审批',
      approved: '已批准',
      sent: '已发送',
      accepted: '已接受',
      ordered: '已下单',
      rejected: '已驳回',
      expired: '已过期',
    },
    levels: levelsZh,
    kinds: {
      promotion: '促销折扣',
      volume: '批量折扣',
      customer: '客户等级折扣',
      cash: '现金折扣',
      manual: '手工折扣',
    },
    lines: '明细',
    linesCaption: (n) => `报价明细（${n} 行）`,
    colNo: '序号',
    csvColumns: {
      line: '行号',
      group: '分组',
      productId: '产品编号',
      description: '品名',
      quantity: '数量',
      unit: '单位',
      unitPrice: '单价',
      vatRate: '税率 %',
      lineDiscount: '行折扣 %',
      listAmount: '目录金额',
      discountAmount: '折扣金额',
      net: '不含税金额',
      tax: '税额',
      gross: '价税合计',
      optional: '可选项',
      included: '计入合计',
      currency: '币种',
      priceMode: '录入价格',
    },
    csvYes: '是',
    csvNo: '否',
    colItem: '品名',
    colQty: '数量',
    colUnit: '单位',
    colListPrice: '目录价',
    colVat: '税率',
    colDiscount: '折扣 %',
    colNetPrice: '成交单价',
    colAmount: '金额',
    colMargin: '毛利率',
    colActions: '操作',
    cell: (column, line, name) => `第 ${line} 行${name ? `（${name}）` : ''}的${column}`,
    suggested: (p) => `建议价 ${p}`,
    optionalTag: '可选',
    include: (name) => `将可选项 ${name} 计入合计`,
    optional: (name) => `可选项：${name}`,
    group: (name) => `${name} 所属分组`,
    groupHeading: (g) => `分组：${g}`,
    groupSubtotal: (g) => `${g} 小计`,
    showWorking: (name) => `${name} 的计价过程`,
    moveUp: (name) => `上移 ${name}`,
    moveDown: (name) => `下移 ${name}`,
    remove: (name) => `删除 ${name}`,
    removed: (name) => `已删除 ${name}。`,
    working: (name) => `${name} 的价格构成`,
    step: '步骤',
    stepList: '目录价',
    stepTax: (r) => `增值税 ${r}%`,
    stepGross: '含税合计',
    stepInput: '基数',
    stepDiscount: '折扣',
    stepOutput: '结果',
    stepMargin: '折后毛利',
    bands: '分段',
    band: (from, to, p, base) => `${base}（${from}${to === null ? ' 以上' : `–${to}`}）按 ${p}%`,
    noMargin: '无成本，毛利未知',
    emptyLines: '尚无明细：在下方搜索产品目录，或添加自定义行。',
    picker: '添加产品',
    pickerPlaceholder: '输入产品名称或编码',
    pickerHint: '方向键选择，回车添加，Esc 关闭。',
    pickerNoMatch: '没有匹配的产品。',
    pickerOption: (code, name, price) => `${code} ${name} ${price}`,
    added: (name) => `已添加 ${name}。`,
    freeLine: '自定义行',
    draftDescription: '新行的品名',
    draftQuantity: '新行的数量',
    draftUnit: '新行的单位',
    draftPrice: '新行的单价',
    draftVat: '新行的税率',
    chooseVat: '选择税率…',
    addLine: '添加行',
    totals: '合计',
    subtotal: (mode) => `目录价合计（${mode === 'tax-included' ? '含税' : '不含税'}）`,
    discountTotal: (kind) => kind,
    net: '不含税金额',
    taxOn: (r, base) => `增值税 ${r}%（计税金额 ${base}）`,
    taxTotal: '税额合计',
    grandTotal: '价税合计',
    inCapitals: '大写金额',
    margin: '毛利',
    marginUnknown: '未知（有明细没有成本）',
    discountVsList: (p) => `较目录价优惠 ${p}%`,
    approval: '审批',
    noApprovalNeeded: '无需审批。',
    approvalNeeded: (levels) => `需要审批：${levels}。`,
    reasonDiscount: (a, t) => `折扣 ${a} 超过 ${t}%`,
    reasonMargin: (a, t) => `毛利率 ${a} 低于 ${t}%`,
    reasonMarginUnknown: '毛利未知（有明细没有成本）',
    reasonLine: (line) => `（第 ${line} 行）`,
    granted: '已批准',
    missing: '待审批',
    approvedBy: (level, by, at) => `${level}：${by} 于 ${at} 批准`,
    staleApproval: (level, by) => `${by} 的${level}审批已失效：审批后报价被修改。`,
    invalidated: '审批后修改了计价字段：报价已退回草稿，需要重新审批。',
    approverComment: '审批意见',
    approve: (level) => `以${level}身份批准`,
    reject: '驳回',
    actingAs: (name, role) => `当前用户：${name}（${role}）`,
    actions: '报价操作',
    submit: '提交审批',
    markApproved: '标记为已批准（无需审批）',
    send: '标记为已发送客户',
    accept: '客户已接受',
    decline: '客户已拒绝',
    convert: '转为订单',
    reopen: '退回草稿',
    expire: '标记为过期',
    newVersion: '另存为新版本',
    openVersion: (r) => `打开第 ${r} 版`,
    supersededNotice: (r) => `此版本只读：已被第 ${r} 版取代。`,
    previousVersion: '上一版本',
    finalNotice: (s) => `该报价${s}，不能再修改。如需调整，请另存为新版本。`,
    exportCsv: '导出明细（CSV）',
    exportJson: '导出报价（JSON）',
    print: '打印',
    reason: (r) => {
      switch (r.code) {
        case 'status':
          return `报价${quoteBuilderStrings['zh-CN'].statuses[r.status]}，不能执行此操作。`;
        case 'no-user':
          return '页面未提供当前用户（currentUser）。';
        case 'field-errors':
          return '请先修正标出的字段。';
        case 'no-lines':
          return '合计中至少需要一行。';
        case 'pricing-error':
          return '报价无法计价。';
        case 'approval-stale':
          return '审批与当前报价不符。';
        case 'conflict':
          return '请先处理与其他标签页的冲突。';
        case 'approval-missing':
          return `等待审批：${r.levels.join('、')}。`;
        case 'not-approver':
          return `当前只能由${r.levels.join('、')}审批。`;
        case 'lower-first':
          return `需先由${r.level}批准。`;
        case 'already-signed':
          return '您已在本轮审批中签过字。';
        case 'self-approval':
          return '不能审批自己负责或提交的报价。';
        case 'comment-required':
          return '驳回需要填写意见。';
      }
    },
    refused: (rule, detail) => {
      switch (rule) {
        case 'stale-approval':
          return '审批与当前报价不符：审批后报价已被修改。';
        case 'approval-required':
          return '未保存：该报价仍需审批。';
        case 'not-approver':
          return '未保存：您没有该报价此审批级别的权限。';
        case 'already-signed':
          return '未保存：同一人在一轮审批中只能签一次。';
        case 'self-approval':
          return '未保存：不能审批自己负责或提交的报价。';
        case 'lower-first':
          return '未保存：需先由较低级别审批。';
        default:
          return `未保存：数据存储拒绝了此修改（${detail}）。`;
      }
    },
    mayApprove: (people) => `可审批：${people}`,
    noApprover: '审批人名录中没有人可以审批此级别',
    history: '流转记录',
    historyEntry: (from, to, by, at) => `${from ? `${from} → ` : ''}${to}，${by}，${at}`,
    problem: (p) => {
      switch (p.code) {
        case 'required':
          return '必填。';
        case 'not-number':
          return '请输入数字。';
        case 'negative':
          return '不能为负数。';
        case 'too-large':
          return '数值过大。';
        case 'decimals':
          return p.max === 0 ? '只能输入整数。' : `最多 ${p.max} 位小数。`;
        case 'above-max':
          return `不能超过 ${p.max}%（策略上限）。`;
        case 'currency':
          return `该产品以 ${p.currency} 计价，本报价为 ${p.quoteCurrency}，明细不能混用币种。`;
      }
    },
    reasonReopened: '审批后修改了计价字段',
    editorUnknownUser: '未知用户',
    saved: (at) => `已保存 ${at}`,
    saving: '正在保存…',
    unsaved: '有未保存的修改',
    conflict: (at) => `另一个标签页在 ${at} 保存了此报价。载入对方版本，还是保留本页修改并覆盖？`,
    reloadTheirs: '载入对方版本',
    keepMine: '保留我的修改',
    updatedElsewhere: '已同步其他标签页的修改。',
    orderCreated: (id) => `已生成订单 ${id}。`,
    fixFields: '部分报价字段无效。',
    linesRequired: '请至少添加一行。',
    shortcuts: '快捷键：方向键在单元格间移动，回车确认并下移，Esc 撤销本格修改，Alt+↑/↓ 移动行，Ctrl+回车 添加产品。',
    printTitle: '报价单',
    printDate: '日期',
    printTerms: '条款',
    printOptional: '可选，未计入',
    taxTable: '按税率汇总',
    rate: '税率',
    taxableAmount: '计税金额',
    tax: '税额',
    gross: '价税合计',
    quoteDate: '报价日期',
    owner: '负责人',
    progress: '报价进度',
    stepDone: '已完成',
    stepSkipped: '无需此步',
    approvalsSigned: (signed, required) => `已审批 ${signed}/${required} 级`,
    moreActions: '更多操作',
    noActionsNow: (status) => `报价${status}，没有后续步骤。`,
    draftFieldDescription: '品名',
    draftFieldPrice: '单价',
  },
  // generated by scripts/zh-hant.mjs from zh-CN: do not edit (npm run l10n:hant)
  'zh-TW': {
    title: '報價單',
    quoteNumber: (number, revision) => `報價單 ${number}，第 ${revision} 版`,
    loading: '正在載入報價單…',
    notFound: (id) => `未找到報價單“${id}”。提供 customer-id 可新建報價。`,
    customerNotFound: (id) => `未找到客戶“${id}”`,
    noCustomer: '請設定 customer-id 新建報價，或設定 quote-id 開啟報價單。',
    loadError: '無法載入報價單。',
    policyError: (m) => `報價策略無效：${m}`,
    rulesConflict: '本頁面已對報價執行另一套定價或審批規則，此報價元件的策略不能替換它們。',
    pricingError: (m) => `無法計算報價：${m}`,
    saveError: (m) => `未儲存：${m}。修改仍保留在本頁。`,
    header: '報價資訊',
    customer: '客戶',
    currency: '幣種',
    currencyLocked: '請先刪除明細行再更改幣種：每行都按報價幣種計價。',
    validUntil: '有效期至',
    validityPast: '該日期已過。',
    priceMode: '錄入價格',
    modes: { 'tax-excluded': '不含稅', 'tax-included': '含稅' },
    paymentTerms: '付款條件',
    cashEarned: (p) => `該付款條件享受 ${p}% 現金折扣。`,
    notes: '備註與條款',
    status: '狀態',
    statuses: {
      draft: '草稿',
      'pending-approval': '待審批',
      approved: '已批准',
      sent: '已傳送',
      accepted: '已接受',
      ordered: '已下單',
      rejected: '已駁回',
      expired: '已過期',
    },
    levels: levelsZh,
    kinds: {
      promotion: '促銷折扣',
      volume: '批次折扣',
      customer: '客戶等級折扣',
      cash: '現金折扣',
      manual: '手工折扣',
    },
    lines: '明細',
    linesCaption: (n) => `報價明細（${n} 行）`,
    colNo: '序號',
    csvColumns: {
      line: '行號',
      group: '分組',
      productId: '產品編號',
      description: '品名',
      quantity: '數量',
      unit: '單位',
      unitPrice: '單價',
      vatRate: '稅率 %',
      lineDiscount: '行折扣 %',
      listAmount: '目錄金額',
      discountAmount: '折扣金額',
      net: '不含稅金額',
      tax: '稅額',
      gross: '價稅合計',
      optional: '可選項',
      included: '計入合計',
      currency: '幣種',
      priceMode: '錄入價格',
    },
    csvYes: '是',
    csvNo: '否',
    colItem: '品名',
    colQty: '數量',
    colUnit: '單位',
    colListPrice: '目錄價',
    colVat: '稅率',
    colDiscount: '折扣 %',
    colNetPrice: '成交單價',
    colAmount: '金額',
    colMargin: '毛利率',
    colActions: '操作',
    cell: (column, line, name) => `第 ${line} 行${name ? `（${name}）` : ''}的${column}`,
    suggested: (p) => `建議價 ${p}`,
    optionalTag: '可選',
    include: (name) => `將可選項 ${name} 計入合計`,
    optional: (name) => `可選項：${name}`,
    group: (name) => `${name} 所屬分組`,
    groupHeading: (g) => `分組：${g}`,
    groupSubtotal: (g) => `${g} 小計`,
    showWorking: (name) => `${name} 的計價過程`,
    moveUp: (name) => `上移 ${name}`,
    moveDown: (name) => `下移 ${name}`,
    remove: (name) => `刪除 ${name}`,
    removed: (name) => `已刪除 ${name}。`,
    working: (name) => `${name} 的價格構成`,
    step: '步驟',
    stepList: '目錄價',
    stepTax: (r) => `增值稅 ${r}%`,
    stepGross: '含稅合計',
    stepInput: '基數',
    stepDiscount: '折扣',
    stepOutput: '結果',
    stepMargin: '折後毛利',
    bands: '分段',
    band: (from, to, p, base) => `${base}（${from}${to === null ? ' 以上' : `–${to}`}）按 ${p}%`,
    noMargin: '無成本，毛利未知',
    emptyLines: '尚無明細：在下方搜尋產品目錄，或新增自定義行。',
    picker: '新增產品',
    pickerPlaceholder: '輸入產品名稱或編碼',
    pickerHint: '方向鍵選擇，回車新增，Esc 關閉。',
    pickerNoMatch: '沒有匹配的產品。',
    pickerOption: (code, name, price) => `${code} ${name} ${price}`,
    added: (name) => `已新增 ${name}。`,
    freeLine: '自定義行',
    draftDescription: '新行的品名',
    draftQuantity: '新行的數量',
    draftUnit: '新行的單位',
    draftPrice: '新行的單價',
    draftVat: '新行的稅率',
    chooseVat: '選擇稅率…',
    addLine: '新增行',
    totals: '合計',
    subtotal: (mode) => `目錄價合計（${mode === 'tax-included' ? '含稅' : '不含稅'}）`,
    discountTotal: (kind) => kind,
    net: '不含稅金額',
    taxOn: (r, base) => `增值稅 ${r}%（計稅金額 ${base}）`,
    taxTotal: '稅額合計',
    grandTotal: '價稅合計',
    inCapitals: '大寫金額',
    margin: '毛利',
    marginUnknown: '未知（有明細沒有成本）',
    discountVsList: (p) => `較目錄價優惠 ${p}%`,
    approval: '審批',
    noApprovalNeeded: '無需審批。',
    approvalNeeded: (levels) => `需要審批：${levels}。`,
    reasonDiscount: (a, t) => `折扣 ${a} 超過 ${t}%`,
    reasonMargin: (a, t) => `毛利率 ${a} 低於 ${t}%`,
    reasonMarginUnknown: '毛利未知（有明細沒有成本）',
    reasonLine: (line) => `（第 ${line} 行）`,
    granted: '已批准',
    missing: '待審批',
    approvedBy: (level, by, at) => `${level}：${by} 於 ${at} 批准`,
    staleApproval: (level, by) => `${by} 的${level}審批已失效：審批後報價被修改。`,
    invalidated: '審批後修改了計價欄位：報價已退回草稿，需要重新審批。',
    approverComment: '審批意見',
    approve: (level) => `以${level}身份批准`,
    reject: '駁回',
    actingAs: (name, role) => `當前使用者：${name}（${role}）`,
    actions: '報價操作',
    submit: '提交審批',
    markApproved: '標記為已批准（無需審批）',
    send: '標記為已傳送客戶',
    accept: '客戶已接受',
    decline: '客戶已拒絕',
    convert: '轉為訂單',
    reopen: '退回草稿',
    expire: '標記為過期',
    newVersion: '另存為新版本',
    openVersion: (r) => `開啟第 ${r} 版`,
    supersededNotice: (r) => `此版本只讀：已被第 ${r} 版取代。`,
    previousVersion: '上一版本',
    finalNotice: (s) => `該報價${s}，不能再修改。如需調整，請另存為新版本。`,
    exportCsv: '匯出明細（CSV）',
    exportJson: '匯出報價（JSON）',
    print: '列印',
    reason: (r) => {
      switch (r.code) {
        case 'status':
          return `報價${quoteBuilderStrings['zh-TW']!.statuses[r.status]}，不能執行此操作。`;
        case 'no-user':
          return '頁面未提供當前使用者（currentUser）。';
        case 'field-errors':
          return '請先修正標出的欄位。';
        case 'no-lines':
          return '合計中至少需要一行。';
        case 'pricing-error':
          return '報價無法計價。';
        case 'approval-stale':
          return '審批與當前報價不符。';
        case 'conflict':
          return '請先處理與其他標籤頁的衝突。';
        case 'approval-missing':
          return `等待審批：${r.levels.join('、')}。`;
        case 'not-approver':
          return `當前只能由${r.levels.join('、')}審批。`;
        case 'lower-first':
          return `需先由${r.level}批准。`;
        case 'already-signed':
          return '您已在本輪審批中籤過字。';
        case 'self-approval':
          return '不能審批自己負責或提交的報價。';
        case 'comment-required':
          return '駁回需要填寫意見。';
      }
    },
    refused: (rule, detail) => {
      switch (rule) {
        case 'stale-approval':
          return '審批與當前報價不符：審批後報價已被修改。';
        case 'approval-required':
          return '未儲存：該報價仍需審批。';
        case 'not-approver':
          return '未儲存：您沒有該報價此審批級別的許可權。';
        case 'already-signed':
          return '未儲存：同一人在一輪審批中只能籤一次。';
        case 'self-approval':
          return '未儲存：不能審批自己負責或提交的報價。';
        case 'lower-first':
          return '未儲存：需先由較低級別審批。';
        default:
          return `未儲存：資料儲存拒絕了此修改（${detail}）。`;
      }
    },
    mayApprove: (people) => `可審批：${people}`,
    noApprover: '審批人名錄中沒有人可以審批此級別',
    history: '流轉記錄',
    historyEntry: (from, to, by, at) => `${from ? `${from} → ` : ''}${to}，${by}，${at}`,
    problem: (p) => {
      switch (p.code) {
        case 'required':
          return '必填。';
        case 'not-number':
          return '請輸入數字。';
        case 'negative':
          return '不能為負數。';
        case 'too-large':
          return '數值過大。';
        case 'decimals':
          return p.max === 0 ? '只能輸入整數。' : `最多 ${p.max} 位小數。`;
        case 'above-max':
          return `不能超過 ${p.max}%（策略上限）。`;
        case 'currency':
          return `該產品以 ${p.currency} 計價，本報價為 ${p.quoteCurrency}，明細不能混用幣種。`;
      }
    },
    reasonReopened: '審批後修改了計價欄位',
    editorUnknownUser: '未知使用者',
    saved: (at) => `已儲存 ${at}`,
    saving: '正在儲存…',
    unsaved: '有未儲存的修改',
    conflict: (at) => `另一個標籤頁在 ${at} 儲存了此報價。載入對方版本，還是保留本頁修改並覆蓋？`,
    reloadTheirs: '載入對方版本',
    keepMine: '保留我的修改',
    updatedElsewhere: '已同步其他標籤頁的修改。',
    orderCreated: (id) => `已生成訂單 ${id}。`,
    fixFields: '部分報價欄位無效。',
    linesRequired: '請至少新增一行。',
    shortcuts: '快捷鍵：方向鍵在單元格間移動，回車確認並下移，Esc 撤銷本格修改，Alt+↑/↓ 移動行，Ctrl+回車 新增產品。',
    printTitle: '報價單',
    printDate: '日期',
    printTerms: '條款',
    printOptional: '可選，未計入',
    taxTable: '按稅率彙總',
    rate: '稅率',
    taxableAmount: '計稅金額',
    tax: '稅額',
    gross: '價稅合計',
    quoteDate: '報價日期',
    owner: '負責人',
    progress: '報價進度',
    stepDone: '已完成',
    stepSkipped: '無需此步',
    approvalsSigned: (signed, required) => `已審批 ${signed}/${required} 級`,
    moreActions: '更多操作',
    noActionsNow: (status) => `報價${status}，沒有後續步驟。`,
    draftFieldDescription: '品名',
    draftFieldPrice: '單價',
  },
  'zh-HK': {
    title: '報價單',
    quoteNumber: (number, revision) => `報價單 ${number}，第 ${revision} 版`,
    loading: '正在加載報價單…',
    notFound: (id) => `未找到報價單“${id}”。提供 customer-id 可新建報價。`,
    customerNotFound: (id) => `未找到客户“${id}”`,
    noCustomer: '請設置 customer-id 新建報價，或設置 quote-id 打開報價單。',
    loadError: '無法加載報價單。',
    policyError: (m) => `報價策略無效：${m}`,
    rulesConflict: '本頁面已對報價執行另一套定價或審批規則，此報價組件的策略不能替換它們。',
    pricingError: (m) => `無法計算報價：${m}`,
    saveError: (m) => `未保存：${m}。修改仍保留在本頁。`,
    header: '報價信息',
    customer: '客户',
    currency: '幣種',
    currencyLocked: '請先刪除明細行再更改幣種：每行都按報價幣種計價。',
    validUntil: '有效期至',
    validityPast: '該日期已過。',
    priceMode: '錄入價格',
    modes: { 'tax-excluded': '不含税', 'tax-included': '含税' },
    paymentTerms: '付款條件',
    cashEarned: (p) => `該付款條件享受 ${p}% 現金折扣。`,
    notes: '備註與條款',
    status: '狀態',
    statuses: {
      draft: '草稿',
      'pending-approval': '待審批',
      approved: '已批准',
      sent: '已發送',
      accepted: '已接受',
      ordered: '已下單',
      rejected: '已駁回',
      expired: '已過期',
    },
    levels: levelsZh,
    kinds: {
      promotion: '促銷折扣',
      volume: '批量折扣',
      customer: '客户等級折扣',
      cash: '現金折扣',
      manual: '手工折扣',
    },
    lines: '明細',
    linesCaption: (n) => `報價明細（${n} 行）`,
    colNo: '序號',
    csvColumns: {
      line: '行號',
      group: '分組',
      productId: '產品編號',
      description: '品名',
      quantity: '數量',
      unit: '單位',
      unitPrice: '單價',
      vatRate: '税率 %',
      lineDiscount: '行折扣 %',
      listAmount: '目錄金額',
      discountAmount: '折扣金額',
      net: '不含税金額',
      tax: '税額',
      gross: '價税合計',
      optional: '可選項',
      included: '計入合計',
      currency: '幣種',
      priceMode: '錄入價格',
    },
    csvYes: '是',
    csvNo: '否',
    colItem: '品名',
    colQty: '數量',
    colUnit: '單位',
    colListPrice: '目錄價',
    colVat: '税率',
    colDiscount: '折扣 %',
    colNetPrice: '成交單價',
    colAmount: '金額',
    colMargin: '毛利率',
    colActions: '操作',
    cell: (column, line, name) => `第 ${line} 行${name ? `（${name}）` : ''}的${column}`,
    suggested: (p) => `建議價 ${p}`,
    optionalTag: '可選',
    include: (name) => `將可選項 ${name} 計入合計`,
    optional: (name) => `可選項：${name}`,
    group: (name) => `${name} 所屬分組`,
    groupHeading: (g) => `分組：${g}`,
    groupSubtotal: (g) => `${g} 小計`,
    showWorking: (name) => `${name} 的計價過程`,
    moveUp: (name) => `上移 ${name}`,
    moveDown: (name) => `下移 ${name}`,
    remove: (name) => `刪除 ${name}`,
    removed: (name) => `已刪除 ${name}。`,
    working: (name) => `${name} 的價格構成`,
    step: '步驟',
    stepList: '目錄價',
    stepTax: (r) => `增值税 ${r}%`,
    stepGross: '含税合計',
    stepInput: '基數',
    stepDiscount: '折扣',
    stepOutput: '結果',
    stepMargin: '折後毛利',
    bands: '分段',
    band: (from, to, p, base) => `${base}（${from}${to === null ? ' 以上' : `–${to}`}）按 ${p}%`,
    noMargin: '無成本，毛利未知',
    emptyLines: '尚無明細：在下方搜索產品目錄，或添加自定義行。',
    picker: '添加產品',
    pickerPlaceholder: '輸入產品名稱或編碼',
    pickerHint: '方向鍵選擇，回車添加，Esc 關閉。',
    pickerNoMatch: '沒有匹配的產品。',
    pickerOption: (code, name, price) => `${code} ${name} ${price}`,
    added: (name) => `已添加 ${name}。`,
    freeLine: '自定義行',
    draftDescription: '新行的品名',
    draftQuantity: '新行的數量',
    draftUnit: '新行的單位',
    draftPrice: '新行的單價',
    draftVat: '新行的税率',
    chooseVat: '選擇税率…',
    addLine: '添加行',
    totals: '合計',
    subtotal: (mode) => `目錄價合計（${mode === 'tax-included' ? '含税' : '不含税'}）`,
    discountTotal: (kind) => kind,
    net: '不含税金額',
    taxOn: (r, base) => `增值税 ${r}%（計税金額 ${base}）`,
    taxTotal: '税額合計',
    grandTotal: '價税合計',
    inCapitals: '大寫金額',
    margin: '毛利',
    marginUnknown: '未知（有明細沒有成本）',
    discountVsList: (p) => `較目錄價優惠 ${p}%`,
    approval: '審批',
    noApprovalNeeded: '無需審批。',
    approvalNeeded: (levels) => `需要審批：${levels}。`,
    reasonDiscount: (a, t) => `折扣 ${a} 超過 ${t}%`,
    reasonMargin: (a, t) => `毛利率 ${a} 低於 ${t}%`,
    reasonMarginUnknown: '毛利未知（有明細沒有成本）',
    reasonLine: (line) => `（第 ${line} 行）`,
    granted: '已批准',
    missing: '待審批',
    approvedBy: (level, by, at) => `${level}：${by} 於 ${at} 批准`,
    staleApproval: (level, by) => `${by} 的${level}審批已失效：審批後報價被修改。`,
    invalidated: '審批後修改了計價字段：報價已退回草稿，需要重新審批。',
    approverComment: '審批意見',
    approve: (level) => `以${level}身份批准`,
    reject: '駁回',
    actingAs: (name, role) => `當前用户：${name}（${role}）`,
    actions: '報價操作',
    submit: '提交審批',
    markApproved: '標記為已批准（無需審批）',
    send: '標記為已發送客户',
    accept: '客户已接受',
    decline: '客户已拒絕',
    convert: '轉為訂單',
    reopen: '退回草稿',
    expire: '標記為過期',
    newVersion: '另存為新版本',
    openVersion: (r) => `打開第 ${r} 版`,
    supersededNotice: (r) => `此版本只讀：已被第 ${r} 版取代。`,
    previousVersion: '上一版本',
    finalNotice: (s) => `該報價${s}，不能再修改。如需調整，請另存為新版本。`,
    exportCsv: '導出明細（CSV）',
    exportJson: '導出報價（JSON）',
    print: '打印',
    reason: (r) => {
      switch (r.code) {
        case 'status':
          return `報價${quoteBuilderStrings['zh-HK']!.statuses[r.status]}，不能執行此操作。`;
        case 'no-user':
          return '頁面未提供當前用户（currentUser）。';
        case 'field-errors':
          return '請先修正標出的字段。';
        case 'no-lines':
          return '合計中至少需要一行。';
        case 'pricing-error':
          return '報價無法計價。';
        case 'approval-stale':
          return '審批與當前報價不符。';
        case 'conflict':
          return '請先處理與其他標籤頁的衝突。';
        case 'approval-missing':
          return `等待審批：${r.levels.join('、')}。`;
        case 'not-approver':
          return `當前只能由${r.levels.join('、')}審批。`;
        case 'lower-first':
          return `需先由${r.level}批准。`;
        case 'already-signed':
          return '您已在本輪審批中籤過字。';
        case 'self-approval':
          return '不能審批自己負責或提交的報價。';
        case 'comment-required':
          return '駁回需要填寫意見。';
      }
    },
    refused: (rule, detail) => {
      switch (rule) {
        case 'stale-approval':
          return '審批與當前報價不符：審批後報價已被修改。';
        case 'approval-required':
          return '未保存：該報價仍需審批。';
        case 'not-approver':
          return '未保存：您沒有該報價此審批級別的權限。';
        case 'already-signed':
          return '未保存：同一人在一輪審批中只能籤一次。';
        case 'self-approval':
          return '未保存：不能審批自己負責或提交的報價。';
        case 'lower-first':
          return '未保存：需先由較低級別審批。';
        default:
          return `未保存：數據存儲拒絕了此修改（${detail}）。`;
      }
    },
    mayApprove: (people) => `可審批：${people}`,
    noApprover: '審批人名錄中沒有人可以審批此級別',
    history: '流轉記錄',
    historyEntry: (from, to, by, at) => `${from ? `${from} → ` : ''}${to}，${by}，${at}`,
    problem: (p) => {
      switch (p.code) {
        case 'required':
          return '必填。';
        case 'not-number':
          return '請輸入數字。';
        case 'negative':
          return '不能為負數。';
        case 'too-large':
          return '數值過大。';
        case 'decimals':
          return p.max === 0 ? '只能輸入整數。' : `最多 ${p.max} 位小數。`;
        case 'above-max':
          return `不能超過 ${p.max}%（策略上限）。`;
        case 'currency':
          return `該產品以 ${p.currency} 計價，本報價為 ${p.quoteCurrency}，明細不能混用幣種。`;
      }
    },
    reasonReopened: '審批後修改了計價字段',
    editorUnknownUser: '未知用户',
    saved: (at) => `已保存 ${at}`,
    saving: '正在保存…',
    unsaved: '有未保存的修改',
    conflict: (at) => `另一個標籤頁在 ${at} 保存了此報價。載入對方版本，還是保留本頁修改並覆蓋？`,
    reloadTheirs: '載入對方版本',
    keepMine: '保留我的修改',
    updatedElsewhere: '已同步其他標籤頁的修改。',
    orderCreated: (id) => `已生成訂單 ${id}。`,
    fixFields: '部分報價字段無效。',
    linesRequired: '請至少添加一行。',
    shortcuts: '快捷鍵：方向鍵在單元格間移動，回車確認並下移，Esc 撤銷本格修改，Alt+↑/↓ 移動行，Ctrl+回車 添加產品。',
    printTitle: '報價單',
    printDate: '日期',
    printTerms: '條款',
    printOptional: '可選，未計入',
    taxTable: '按税率彙總',
    rate: '税率',
    taxableAmount: '計税金額',
    tax: '税額',
    gross: '價税合計',
    quoteDate: '報價日期',
    owner: '負責人',
    progress: '報價進度',
    stepDone: '已完成',
    stepSkipped: '無需此步',
    approvalsSigned: (signed, required) => `已審批 ${signed}/${required} 級`,
    moreActions: '更多操作',
    noActionsNow: (status) => `報價${status}，沒有後續步驟。`,
    draftFieldDescription: '品名',
    draftFieldPrice: '單價',
  },
  // end of generated tables
};
