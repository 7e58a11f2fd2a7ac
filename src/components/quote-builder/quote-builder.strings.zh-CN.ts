// The zh-CN table of quote-builder.strings.ts: fetched only when an element renders in Chinese (src/internal/localize.ts).
// Edit the Simplified texts here (new keys go to the en table first); npm run l10n:hant regenerates zh-TW / zh-HK.
import type { quoteBuilderStrings } from './quote-builder.strings.js';

const levelsZh: Record<string, string> = { supervisor: '销售主管', 'project-lead': '项目负责人', director: '总监' };

const strings: (typeof quoteBuilderStrings)['en'] = {
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
        return `报价${strings.statuses[r.status]}，不能执行此操作。`;
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
};

export default strings;
