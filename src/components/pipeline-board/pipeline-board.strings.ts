import type { MoveRefusal } from '../../core/pipeline.js';
import type { Translations } from '../../internal/localize.js';
import type { DraftField, DraftProblem } from './opportunity-draft.js';

export const pipelineBoardStrings: Translations<{
  title: string;
  loading: string;
  error: (message: string) => string;
  retry: string;
  empty: string;
  emptyFiltered: (filters: string) => string;
  /** The `account` filter's name (the others are the funnel's). */
  accountFilter: string;
  deals: (count: string) => string;
  totals: (count: string, amount: string, weighted: string) => string;
  notConverted: (count: string, amount: string) => string;
  amount: string;
  probability: string;
  expectedClose: string;
  owner: string;
  age: string;
  days: (n: string) => string;
  overdue: string;
  noDate: string;
  showMore: (shown: string, total: string) => string;
  columnLabel: (stage: string, count: string) => string;
  cardLabel: (name: string, account: string, amount: string) => string;
  instructions: string;
  picked: (deal: string, stage: string) => string;
  target: (stage: string) => string;
  moved: (deal: string, from: string, to: string) => string;
  won: (deal: string) => string;
  lost: (deal: string) => string;
  reopened: (deal: string, stage: string) => string;
  cancelled: (deal: string) => string;
  refusal: Record<MoveRefusal, string>;
  conflict: (deal: string, now: string, mine: string) => string;
  conflictGone: (deal: string) => string;
  applyAnyway: string;
  keepTheirs: string;
  failed: (deal: string, message: string) => string;
  selected: (deal: string) => string;
  moveTo: string;
  move: string;
  markWon: string;
  markLost: string;
  reopen: string;
  edit: string;
  newDeal: string;
  close: string;
  reasonWon: string;
  reasonLost: string;
  reasonOther: string;
  confirm: string;
  cancel: string;
  closingTitle: (deal: string, stage: string) => string;
  form: {
    create: string;
    edit: (name: string) => string;
    save: string;
    saving: string;
    saved: (name: string) => string;
  };
  fields: Record<DraftField, string>;
  probabilityDefault: (percent: string) => string;
  noneOption: string;
  problems: Record<DraftProblem, string>;
  notSaved: (reason: string) => string;
}> = {
  en: {
    title: 'Pipeline',
    loading: 'Loading the pipeline…',
    error: (m) => `The pipeline could not be shown: ${m}`,
    retry: 'Try again',
    empty: 'No opportunities yet.',
    emptyFiltered: (f) => `No opportunity matches these filters: ${f}.`,
    accountFilter: 'account',
    deals: (n) => `${n} ${n === '1' ? 'deal' : 'deals'}`,
    totals: (n, a, w) => `${n} · ${a} · weighted ${w}`,
    notConverted: (n, a) => `+ ${a} not converted (${n})`,
    amount: 'Amount',
    probability: 'Probability',
    expectedClose: 'Expected close',
    owner: 'Owner',
    age: 'In stage',
    days: (n) => `${n} d`,
    overdue: 'overdue',
    noDate: 'no date',
    showMore: (shown, total) => `Show more (${shown} of ${total} shown)`,
    columnLabel: (s, n) => `${s}, ${n}`,
    cardLabel: (name, account, amount) => `${name}, ${account}, ${amount}`,
    instructions:
      'To move a deal with the keyboard: focus it, press Space to pick it up, Left or Right arrow to choose a column, Enter to drop it there, Escape to cancel. Up and Down arrows go through the deals of a column.',
    picked: (d, s) => `${d} picked up in ${s}. Left and Right arrows choose a column, Enter drops, Escape cancels.`,
    target: (s) => `Over ${s}.`,
    moved: (d, f, t) => `${d} moved from ${f} to ${t}.`,
    won: (d) => `${d} marked won.`,
    lost: (d) => `${d} marked lost.`,
    reopened: (d, s) => `${d} reopened in ${s}.`,
    cancelled: (d) => `Move of ${d} cancelled.`,
    refusal: {
      'same-stage': 'The deal is already in that stage.',
      'unknown-stage': 'There is no such stage.',
      'reason-required': 'A reason is required: say why the deal was won or lost.',
      'reason-not-allowed': 'Choose one of the listed lost reasons.',
      closed: 'The deal is closed: reopen it before closing it the other way.',
    },
    conflict: (d, now, mine) =>
      `${d} was changed elsewhere meanwhile (now in ${now}); your move to ${mine} was not applied.`,
    conflictGone: (d) => `${d} was deleted elsewhere; your move was not applied.`,
    applyAnyway: 'Apply my move anyway',
    keepTheirs: 'Keep theirs',
    failed: (d, m) => `${d} could not be moved: ${m}`,
    selected: (d) => `Selected: ${d}`,
    moveTo: 'Move to',
    move: 'Move',
    markWon: 'Won…',
    markLost: 'Lost…',
    reopen: 'Reopen',
    edit: 'Edit',
    newDeal: 'New opportunity',
    close: 'Close',
    reasonWon: 'Why was it won?',
    reasonLost: 'Why was it lost?',
    reasonOther: 'Other reason',
    confirm: 'Confirm',
    cancel: 'Cancel',
    closingTitle: (d, s) => `Mark ${d} as ${s}`,
    form: {
      create: 'New opportunity',
      edit: (n) => `Edit ${n}`,
      save: 'Save',
      saving: 'Saving…',
      saved: (n) => `${n} saved.`,
    },
    fields: {
      name: 'Name',
      customerId: 'Account',
      amount: 'Amount',
      currency: 'Currency',
      probability: 'Probability (%)',
      stage: 'Stage',
      expectedClose: 'Expected close',
      owner: 'Owner',
      products: 'Products',
      quoteId: 'Quote',
    },
    probabilityDefault: (p) => `Empty: the stage's ${p}`,
    noneOption: '—',
    problems: {
      required: 'is required.',
      'too-long': 'is too long.',
      'unknown-account': 'is not a known account.',
      'amount-format': 'must be an amount such as 1250000 or 1,250,000.50.',
      'amount-decimals': 'has more decimals than the currency allows.',
      'amount-too-large': 'is too large.',
      'currency-format': 'must be a 3-letter code such as CNY.',
      'probability-range': 'must be between 0 and 100.',
      'probability-format': 'must be a number with at most 2 decimals.',
      'date-format': 'must be a date.',
      'unknown-stage': 'is not a stage of this pipeline.',
      'unknown-quote': 'is not a known quote.',
      'quote-other-account': "belongs to another account's quote.",
    },
    notSaved: (r) => `Not saved: ${r}`,
  },
  'zh-CN': {
    title: '商机看板',
    loading: '正在加载商机…',
    error: (m) => `无法显示商机看板：${m}`,
    retry: '重试',
    empty: '还没有商机。',
    emptyFiltered: (f) => `没有符合筛选条件的商机：${f}。`,
    accountFilter: '客户',
    deals: (n) => `${n} 个商机`,
    totals: (n, a, w) => `${n} · ${a} · 加权 ${w}`,
    notConverted: (n, a) => `另有 ${a} 未换算（${n} 个）`,
    amount: '金额',
    probability: '赢率',
    expectedClose: '预计成交',
    owner: '负责人',
    age: '停留',
    days: (n) => `${n} 天`,
    overdue: '已逾期',
    noDate: '未定',
    showMore: (shown, total) => `显示更多（已显示 ${shown} / ${total}）`,
    columnLabel: (s, n) => `${s}，${n}`,
    cardLabel: (name, account, amount) => `${name}，${account}，${amount}`,
    instructions:
      '用键盘移动商机：聚焦商机后按空格键拿起，用左右方向键选择阶段，按回车键放下，按 Esc 取消。上下方向键在同一阶段的商机间移动。',
    picked: (d, s) => `已拿起“${d}”（当前：${s}）。左右方向键选择阶段，回车放下，Esc 取消。`,
    target: (s) => `目标：${s}。`,
    moved: (d, f, t) => `“${d}”已从${f}移到${t}。`,
    won: (d) => `“${d}”已标记为赢单。`,
    lost: (d) => `“${d}”已标记为输单。`,
    reopened: (d, s) => `“${d}”已重新打开，回到${s}。`,
    cancelled: (d) => `已取消移动“${d}”。`,
    refusal: {
      'same-stage': '商机已在该阶段。',
      'unknown-stage': '没有这个阶段。',
      'reason-required': '必须填写原因：请说明赢单或输单的原因。',
      'reason-not-allowed': '请选择列出的输单原因之一。',
      closed: '商机已关闭：请先重新打开，再改为另一种结果。',
    },
    conflict: (d, now, mine) => `“${d}”已在别处被修改（现在在${now}）；你移到${mine}的操作未生效。`,
    conflictGone: (d) => `“${d}”已在别处被删除；你的移动未生效。`,
    applyAnyway: '仍然应用我的移动',
    keepTheirs: '保留对方的修改',
    failed: (d, m) => `无法移动“${d}”：${m}`,
    selected: (d) => `已选：${d}`,
    moveTo: '移到',
    move: '移动',
    markWon: '赢单…',
    markLost: '输单…',
    reopen: '重新打开',
    edit: '编辑',
    newDeal: '新建商机',
    close: '关闭',
    reasonWon: '赢单原因',
    reasonLost: '输单原因',
    reasonOther: '其他原因',
    confirm: '确认',
    cancel: '取消',
    closingTitle: (d, s) => `将“${d}”标记为${s}`,
    form: {
      create: '新建商机',
      edit: (n) => `编辑“${n}”`,
      save: '保存',
      saving: '正在保存…',
      saved: (n) => `“${n}”已保存。`,
    },
    fields: {
      name: '名称',
      customerId: '客户',
      amount: '金额',
      currency: '币种',
      probability: '赢率（%）',
      stage: '阶段',
      expectedClose: '预计成交日期',
      owner: '负责人',
      products: '产品',
      quoteId: '报价单',
    },
    probabilityDefault: (p) => `留空：使用阶段赢率 ${p}`,
    noneOption: '—',
    problems: {
      required: '不能为空。',
      'too-long': '太长。',
      'unknown-account': '不是已知客户。',
      'amount-format': '必须是金额，如 1250000 或 1,250,000.50。',
      'amount-decimals': '小数位数超过该币种允许的位数。',
      'amount-too-large': '金额过大。',
      'currency-format': '必须是三位字母代码，如 CNY。',
      'probability-range': '必须在 0 到 100 之间。',
      'probability-format': '必须是最多两位小数的数字。',
      'date-format': '必须是日期。',
      'unknown-stage': '不是本看板的阶段。',
      'unknown-quote': '不是已知报价单。',
      'quote-other-account': '属于其他客户的报价单。',
    },
    notSaved: (r) => `未保存：${r}`,
  },
  // generated by scripts/zh-hant.mjs from zh-CN: do not edit (npm run l10n:hant)
  'zh-TW': {
    title: '商機看板',
    loading: '正在載入商機…',
    error: (m) => `無法顯示商機看板：${m}`,
    retry: '重試',
    empty: '還沒有商機。',
    emptyFiltered: (f) => `沒有符合篩選條件的商機：${f}。`,
    accountFilter: '客戶',
    deals: (n) => `${n} 個商機`,
    totals: (n, a, w) => `${n} · ${a} · 加權 ${w}`,
    notConverted: (n, a) => `另有 ${a} 未換算（${n} 個）`,
    amount: '金額',
    probability: '贏率',
    expectedClose: '預計成交',
    owner: '負責人',
    age: '停留',
    days: (n) => `${n} 天`,
    overdue: '已逾期',
    noDate: '未定',
    showMore: (shown, total) => `顯示更多（已顯示 ${shown} / ${total}）`,
    columnLabel: (s, n) => `${s}，${n}`,
    cardLabel: (name, account, amount) => `${name}，${account}，${amount}`,
    instructions:
      '用鍵盤移動商機：聚焦商機後按空格鍵拿起，用左右方向鍵選擇階段，按回車鍵放下，按 Esc 取消。上下方向鍵在同一階段的商機間移動。',
    picked: (d, s) => `已拿起“${d}”（當前：${s}）。左右方向鍵選擇階段，回車放下，Esc 取消。`,
    target: (s) => `目標：${s}。`,
    moved: (d, f, t) => `“${d}”已從${f}移到${t}。`,
    won: (d) => `“${d}”已標記為贏單。`,
    lost: (d) => `“${d}”已標記為輸單。`,
    reopened: (d, s) => `“${d}”已重新開啟，回到${s}。`,
    cancelled: (d) => `已取消移動“${d}”。`,
    refusal: {
      'same-stage': '商機已在該階段。',
      'unknown-stage': '沒有這個階段。',
      'reason-required': '必須填寫原因：請說明贏單或輸單的原因。',
      'reason-not-allowed': '請選擇列出的輸單原因之一。',
      closed: '商機已關閉：請先重新開啟，再改為另一種結果。',
    },
    conflict: (d, now, mine) => `“${d}”已在別處被修改（現在在${now}）；你移到${mine}的操作未生效。`,
    conflictGone: (d) => `“${d}”已在別處被刪除；你的移動未生效。`,
    applyAnyway: '仍然應用我的移動',
    keepTheirs: '保留對方的修改',
    failed: (d, m) => `無法移動“${d}”：${m}`,
    selected: (d) => `已選：${d}`,
    moveTo: '移到',
    move: '移動',
    markWon: '贏單…',
    markLost: '輸單…',
    reopen: '重新開啟',
    edit: '編輯',
    newDeal: '新建商機',
    close: '關閉',
    reasonWon: '贏單原因',
    reasonLost: '輸單原因',
    reasonOther: '其他原因',
    confirm: '確認',
    cancel: '取消',
    closingTitle: (d, s) => `將“${d}”標記為${s}`,
    form: {
      create: '新建商機',
      edit: (n) => `編輯“${n}”`,
      save: '儲存',
      saving: '正在儲存…',
      saved: (n) => `“${n}”已儲存。`,
    },
    fields: {
      name: '名稱',
      customerId: '客戶',
      amount: '金額',
      currency: '幣種',
      probability: '贏率（%）',
      stage: '階段',
      expectedClose: '預計成交日期',
      owner: '負責人',
      products: '產品',
      quoteId: '報價單',
    },
    probabilityDefault: (p) => `留空：使用階段贏率 ${p}`,
    noneOption: '—',
    problems: {
      required: '不能為空。',
      'too-long': '太長。',
      'unknown-account': '不是已知客戶。',
      'amount-format': '必須是金額，如 1250000 或 1,250,000.50。',
      'amount-decimals': '小數位數超過該幣種允許的位數。',
      'amount-too-large': '金額過大。',
      'currency-format': '必須是三位字母代碼，如 CNY。',
      'probability-range': '必須在 0 到 100 之間。',
      'probability-format': '必須是最多兩位小數的數字。',
      'date-format': '必須是日期。',
      'unknown-stage': '不是本看板的階段。',
      'unknown-quote': '不是已知報價單。',
      'quote-other-account': '屬於其他客戶的報價單。',
    },
    notSaved: (r) => `未儲存：${r}`,
  },
  'zh-HK': {
    title: '商機看板',
    loading: '正在加載商機…',
    error: (m) => `無法顯示商機看板：${m}`,
    retry: '重試',
    empty: '還沒有商機。',
    emptyFiltered: (f) => `沒有符合篩選條件的商機：${f}。`,
    accountFilter: '客户',
    deals: (n) => `${n} 個商機`,
    totals: (n, a, w) => `${n} · ${a} · 加權 ${w}`,
    notConverted: (n, a) => `另有 ${a} 未換算（${n} 個）`,
    amount: '金額',
    probability: '贏率',
    expectedClose: '預計成交',
    owner: '負責人',
    age: '停留',
    days: (n) => `${n} 天`,
    overdue: '已逾期',
    noDate: '未定',
    showMore: (shown, total) => `顯示更多（已顯示 ${shown} / ${total}）`,
    columnLabel: (s, n) => `${s}，${n}`,
    cardLabel: (name, account, amount) => `${name}，${account}，${amount}`,
    instructions:
      '用鍵盤移動商機：聚焦商機後按空格鍵拿起，用左右方向鍵選擇階段，按回車鍵放下，按 Esc 取消。上下方向鍵在同一階段的商機間移動。',
    picked: (d, s) => `已拿起“${d}”（當前：${s}）。左右方向鍵選擇階段，回車放下，Esc 取消。`,
    target: (s) => `目標：${s}。`,
    moved: (d, f, t) => `“${d}”已從${f}移到${t}。`,
    won: (d) => `“${d}”已標記為贏單。`,
    lost: (d) => `“${d}”已標記為輸單。`,
    reopened: (d, s) => `“${d}”已重新打開，回到${s}。`,
    cancelled: (d) => `已取消移動“${d}”。`,
    refusal: {
      'same-stage': '商機已在該階段。',
      'unknown-stage': '沒有這個階段。',
      'reason-required': '必須填寫原因：請説明贏單或輸單的原因。',
      'reason-not-allowed': '請選擇列出的輸單原因之一。',
      closed: '商機已關閉：請先重新打開，再改為另一種結果。',
    },
    conflict: (d, now, mine) => `“${d}”已在別處被修改（現在在${now}）；你移到${mine}的操作未生效。`,
    conflictGone: (d) => `“${d}”已在別處被刪除；你的移動未生效。`,
    applyAnyway: '仍然應用我的移動',
    keepTheirs: '保留對方的修改',
    failed: (d, m) => `無法移動“${d}”：${m}`,
    selected: (d) => `已選：${d}`,
    moveTo: '移到',
    move: '移動',
    markWon: '贏單…',
    markLost: '輸單…',
    reopen: '重新打開',
    edit: '編輯',
    newDeal: '新建商機',
    close: '關閉',
    reasonWon: '贏單原因',
    reasonLost: '輸單原因',
    reasonOther: '其他原因',
    confirm: '確認',
    cancel: '取消',
    closingTitle: (d, s) => `將“${d}”標記為${s}`,
    form: {
      create: '新建商機',
      edit: (n) => `編輯“${n}”`,
      save: '保存',
      saving: '正在保存…',
      saved: (n) => `“${n}”已保存。`,
    },
    fields: {
      name: '名稱',
      customerId: '客户',
      amount: '金額',
      currency: '幣種',
      probability: '贏率（%）',
      stage: '階段',
      expectedClose: '預計成交日期',
      owner: '負責人',
      products: '產品',
      quoteId: '報價單',
    },
    probabilityDefault: (p) => `留空：使用階段贏率 ${p}`,
    noneOption: '—',
    problems: {
      required: '不能為空。',
      'too-long': '太長。',
      'unknown-account': '不是已知客户。',
      'amount-format': '必須是金額，如 1250000 或 1,250,000.50。',
      'amount-decimals': '小數位數超過該幣種允許的位數。',
      'amount-too-large': '金額過大。',
      'currency-format': '必須是三位字母代碼，如 CNY。',
      'probability-range': '必須在 0 到 100 之間。',
      'probability-format': '必須是最多兩位小數的數字。',
      'date-format': '必須是日期。',
      'unknown-stage': '不是本看板的階段。',
      'unknown-quote': '不是已知報價單。',
      'quote-other-account': '屬於其他客户的報價單。',
    },
    notSaved: (r) => `未保存：${r}`,
  },
  // end of generated tables
};
