import type { Translations } from '../../internal/localize.js';
import type { ActivityField, ActivityProblem } from './activity-editing.js';

export const activityLogStrings: Translations<{
  title: string;
  upcomingTitle: (owner: string) => string;
  loading: string;
  error: (message: string) => string;
  retry: string;
  noCustomer: string;
  notFound: (id: string) => string;
  empty: string;
  emptyFiltered: string;
  noUpcoming: string;
  needOwner: string;
  allKinds: string;
  allContacts: string;
  filterKind: string;
  filterContact: string;
  logTitle: string;
  editTitle: (subject: string) => string;
  fields: {
    kind: string;
    at: string;
    customerId: string;
    contacts: string;
    subject: string;
    outcome: string;
    nextStep: string;
    nextDue: string;
    nextOwner: string;
    severity: string;
  };
  problems: Record<ActivityProblem, string>;
  fieldNames: Record<ActivityField, string>;
  log: string;
  save: string;
  saving: string;
  cancel: string;
  logged: (subject: string) => string;
  saved: (subject: string) => string;
  deleted: (subject: string) => string;
  notSaved: (reason: string) => string;
  changedElsewhere: string;
  edit: string;
  delete: string;
  confirmDelete: (subject: string) => string;
  yesDelete: string;
  keep: string;
  edited: string;
  by: (author: string) => string;
  with: (names: string) => string;
  outcome: (text: string) => string;
  /** A month's order amounts (compact, one per currency); each order entry shows its exact amount. */
  monthOrders: (amounts: string) => string;
  next: (text: string) => string;
  due: (date: string) => string;
  owner: (name: string) => string;
  overdue: string;
  markDone: string;
  done: string;
  startWork: string;
  resolve: string;
  reopen: string;
  resolutionNote: string;
  resolved: (note: string, date: string) => string;
  account: (name: string) => string;
  entries: (count: string) => string;
}> = {
  en: {
    title: 'Activities',
    upcomingTitle: (o) => `Next steps for ${o}`,
    loading: 'Loading activities…',
    error: (m) => `Activities could not be shown: ${m}`,
    retry: 'Try again',
    noCustomer: 'No account chosen.',
    notFound: (id) => `No account "${id}".`,
    empty: 'Nothing logged yet.',
    emptyFiltered: 'No activity matches these filters.',
    noUpcoming: 'No open next steps.',
    needOwner: 'Set the owner attribute to list next steps.',
    allKinds: 'All types',
    allContacts: 'All contacts',
    filterKind: 'Type',
    filterContact: 'Contact',
    logTitle: 'Log an activity',
    editTitle: (s) => `Edit “${s}”`,
    fields: {
      kind: 'Type',
      at: 'When',
      customerId: 'Account',
      contacts: 'Contacts involved',
      subject: 'Summary',
      outcome: 'Outcome',
      nextStep: 'Next step',
      nextDue: 'Due',
      nextOwner: 'Owner of the next step',
      severity: 'Severity',
    },
    problems: {
      required: 'is required.',
      'too-long': 'is too long.',
      'date-format': 'must be a date.',
      'due-without-step': 'is needed when a due date is given.',
    },
    fieldNames: { subject: 'Summary', at: 'When', customerId: 'Account', nextDue: 'Due', nextStep: 'Next step' },
    log: 'Log',
    save: 'Save',
    saving: 'Saving…',
    cancel: 'Cancel',
    logged: (s) => `Logged: ${s}`,
    saved: (s) => `Saved: ${s}`,
    deleted: (s) => `Deleted: ${s}`,
    notSaved: (r) => `Not saved: ${r}`,
    changedElsewhere: 'this entry was changed elsewhere meanwhile; it now shows the newer version.',
    edit: 'Edit',
    delete: 'Delete',
    confirmDelete: (s) => `Delete “${s}”? The deletion is recorded.`,
    yesDelete: 'Delete',
    keep: 'Keep',
    edited: 'edited',
    by: (a) => `by ${a}`,
    with: (n) => `with ${n}`,
    outcome: (t) => `Outcome: ${t}`,
    monthOrders: (amounts) => `Orders ${amounts}`,
    next: (t) => `Next: ${t}`,
    due: (d) => `due ${d}`,
    owner: (n) => `owner ${n}`,
    overdue: 'overdue',
    markDone: 'Mark done',
    done: 'done',
    startWork: 'Start work',
    resolve: 'Resolve…',
    reopen: 'Reopen',
    resolutionNote: 'Resolution note',
    resolved: (n, d) => `Resolved ${d}: ${n}`,
    account: (n) => n,
    entries: (n) => `${n} ${n === '1' ? 'entry' : 'entries'}`,
  },
  'zh-CN': {
    title: '客户活动',
    upcomingTitle: (o) => `${o} 的待办`,
    loading: '正在加载活动…',
    error: (m) => `无法显示活动：${m}`,
    retry: '重试',
    noCustomer: '未选择客户。',
    notFound: (id) => `没有客户“${id}”。`,
    empty: '还没有记录。',
    emptyFiltered: '没有符合筛选条件的活动。',
    noUpcoming: '没有未完成的待办。',
    needOwner: '请设置 owner 属性以列出待办。',
    allKinds: '全部类型',
    allContacts: '全部联系人',
    filterKind: '类型',
    filterContact: '联系人',
    logTitle: '记录活动',
    editTitle: (s) => `编辑“${s}”`,
    fields: {
      kind: '类型',
      at: '时间',
      customerId: '客户',
      contacts: '参与的联系人',
      subject: '摘要',
      outcome: '结果',
      nextStep: '下一步',
      nextDue: '截止日期',
      nextOwner: '下一步负责人',
      severity: '严重程度',
    },
    problems: {
      required: '不能为空。',
      'too-long': '太长。',
      'date-format': '必须是日期。',
      'due-without-step': '填写了截止日期时必须填写。',
    },
    fieldNames: { subject: '摘要', at: '时间', customerId: '客户', nextDue: '截止日期', nextStep: '下一步' },
    log: '记录',
    save: '保存',
    saving: '正在保存…',
    cancel: '取消',
    logged: (s) => `已记录：${s}`,
    saved: (s) => `已保存：${s}`,
    deleted: (s) => `已删除：${s}`,
    notSaved: (r) => `未保存：${r}`,
    changedElsewhere: '该记录已在别处被修改，现显示较新的版本。',
    edit: '编辑',
    delete: '删除',
    confirmDelete: (s) => `删除“${s}”？删除操作会被记录。`,
    yesDelete: '删除',
    keep: '保留',
    edited: '已编辑',
    by: (a) => `记录人 ${a}`,
    with: (n) => `联系人：${n}`,
    outcome: (t) => `结果：${t}`,
    monthOrders: (amounts) => `订单 ${amounts}`,
    next: (t) => `下一步：${t}`,
    due: (d) => `截止 ${d}`,
    owner: (n) => `负责人 ${n}`,
    overdue: '已逾期',
    markDone: '标记完成',
    done: '已完成',
    startWork: '开始处理',
    resolve: '解决…',
    reopen: '重新打开',
    resolutionNote: '解决说明',
    resolved: (n, d) => `${d} 已解决：${n}`,
    account: (n) => n,
    entries: (n) => `${n} 条`,
  },
  // generated by scripts/zh-hant.mjs from zh-CN: do not edit (npm run l10n:hant)
  'zh-TW': {
    title: '客戶活動',
    upcomingTitle: (o) => `${o} 的待辦`,
    loading: '正在載入活動…',
    error: (m) => `無法顯示活動：${m}`,
    retry: '重試',
    noCustomer: '未選擇客戶。',
    notFound: (id) => `沒有客戶“${id}”。`,
    empty: '還沒有記錄。',
    emptyFiltered: '沒有符合篩選條件的活動。',
    noUpcoming: '沒有未完成的待辦。',
    needOwner: '請設定 owner 屬性以列出待辦。',
    allKinds: '全部類型',
    allContacts: '全部聯絡人',
    filterKind: '類型',
    filterContact: '聯絡人',
    logTitle: '記錄活動',
    editTitle: (s) => `編輯“${s}”`,
    fields: {
      kind: '類型',
      at: '時間',
      customerId: '客戶',
      contacts: '參與的聯絡人',
      subject: '摘要',
      outcome: '結果',
      nextStep: '下一步',
      nextDue: '截止日期',
      nextOwner: '下一步負責人',
      severity: '嚴重程度',
    },
    problems: {
      required: '不能為空。',
      'too-long': '太長。',
      'date-format': '必須是日期。',
      'due-without-step': '填寫了截止日期時必須填寫。',
    },
    fieldNames: { subject: '摘要', at: '時間', customerId: '客戶', nextDue: '截止日期', nextStep: '下一步' },
    log: '記錄',
    save: '儲存',
    saving: '正在儲存…',
    cancel: '取消',
    logged: (s) => `已記錄：${s}`,
    saved: (s) => `已儲存：${s}`,
    deleted: (s) => `已刪除：${s}`,
    notSaved: (r) => `未儲存：${r}`,
    changedElsewhere: '該記錄已在別處被修改，現顯示較新的版本。',
    edit: '編輯',
    delete: '刪除',
    confirmDelete: (s) => `刪除“${s}”？刪除操作會被記錄。`,
    yesDelete: '刪除',
    keep: '保留',
    edited: '已編輯',
    by: (a) => `記錄人 ${a}`,
    with: (n) => `聯絡人：${n}`,
    outcome: (t) => `結果：${t}`,
    monthOrders: (amounts) => `訂單 ${amounts}`,
    next: (t) => `下一步：${t}`,
    due: (d) => `截止 ${d}`,
    owner: (n) => `負責人 ${n}`,
    overdue: '已逾期',
    markDone: '標記完成',
    done: '已完成',
    startWork: '開始處理',
    resolve: '解決…',
    reopen: '重新開啟',
    resolutionNote: '解決說明',
    resolved: (n, d) => `${d} 已解決：${n}`,
    account: (n) => n,
    entries: (n) => `${n} 條`,
  },
  'zh-HK': {
    title: '客户活動',
    upcomingTitle: (o) => `${o} 的待辦`,
    loading: '正在加載活動…',
    error: (m) => `無法顯示活動：${m}`,
    retry: '重試',
    noCustomer: '未選擇客户。',
    notFound: (id) => `沒有客户“${id}”。`,
    empty: '還沒有記錄。',
    emptyFiltered: '沒有符合篩選條件的活動。',
    noUpcoming: '沒有未完成的待辦。',
    needOwner: '請設置 owner 屬性以列出待辦。',
    allKinds: '全部類型',
    allContacts: '全部聯繫人',
    filterKind: '類型',
    filterContact: '聯繫人',
    logTitle: '記錄活動',
    editTitle: (s) => `編輯“${s}”`,
    fields: {
      kind: '類型',
      at: '時間',
      customerId: '客户',
      contacts: '參與的聯繫人',
      subject: '摘要',
      outcome: '結果',
      nextStep: '下一步',
      nextDue: '截止日期',
      nextOwner: '下一步負責人',
      severity: '嚴重程度',
    },
    problems: {
      required: '不能為空。',
      'too-long': '太長。',
      'date-format': '必須是日期。',
      'due-without-step': '填寫了截止日期時必須填寫。',
    },
    fieldNames: { subject: '摘要', at: '時間', customerId: '客户', nextDue: '截止日期', nextStep: '下一步' },
    log: '記錄',
    save: '保存',
    saving: '正在保存…',
    cancel: '取消',
    logged: (s) => `已記錄：${s}`,
    saved: (s) => `已保存：${s}`,
    deleted: (s) => `已刪除：${s}`,
    notSaved: (r) => `未保存：${r}`,
    changedElsewhere: '該記錄已在別處被修改，現顯示較新的版本。',
    edit: '編輯',
    delete: '刪除',
    confirmDelete: (s) => `刪除“${s}”？刪除操作會被記錄。`,
    yesDelete: '刪除',
    keep: '保留',
    edited: '已編輯',
    by: (a) => `記錄人 ${a}`,
    with: (n) => `聯繫人：${n}`,
    outcome: (t) => `結果：${t}`,
    monthOrders: (amounts) => `訂單 ${amounts}`,
    next: (t) => `下一步：${t}`,
    due: (d) => `截止 ${d}`,
    owner: (n) => `負責人 ${n}`,
    overdue: '已逾期',
    markDone: '標記完成',
    done: '已完成',
    startWork: '開始處理',
    resolve: '解決…',
    reopen: '重新打開',
    resolutionNote: '解決説明',
    resolved: (n, d) => `${d} 已解決：${n}`,
    account: (n) => n,
    entries: (n) => `${n} 條`,
  },
  // end of generated tables
};
