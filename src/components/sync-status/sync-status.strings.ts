import type { Translations } from '../../internal/localize.js';
import type { SyncErrorCode, SyncState } from '../../sync/types.js';

export const syncStatusStrings: Translations<{
  heading: string;
  online: string;
  offline: string;
  states: Record<SyncState | 'local', string>;
  needsAttention: string;
  pending: (count: number) => string;
  lastSync: (when: string) => string;
  never: string;
  retryAt: (when: string) => string;
  syncNow: string;
  resume: string;
  errors: Record<SyncErrorCode, string>;
  details: string;
  resources: string;
  resourceOk: string;
  deadLetters: string;
  deadLetterLabel: (table: string, name: string) => string;
  retry: string;
  discard: string;
  conflicts: string;
  conflictLabel: (table: string, name: string) => string;
  fields: string;
  mine: string;
  theirs: string;
  keepMine: string;
  takeTheirs: string;
  deletedOnServer: string;
  quarantine: string;
  quarantineLabel: (table: string, name: string) => string;
  quarantineReason: (field: string, reason: string) => string;
  /** A pulled quote or order the store's rules refuse (e.g. sent without the approvals its content needs). */
  guardRefused: (rule: string) => string;
  retryQuarantine: string;
  tables: Record<string, string>;
  fieldLabels: Record<string, string>;
}> = {
  en: {
    heading: 'Sync',
    online: 'Online',
    offline: 'Offline',
    states: {
      local: 'Local only (no backend configured)',
      stopped: 'Stopped',
      standby: 'Another tab is syncing',
      idle: 'Up to date',
      syncing: 'Syncing…',
      offline: 'Server unreachable, will retry',
      paused: 'Paused: sign in again, then resume',
      error: 'Error',
    },
    needsAttention: 'Synced, but some records need your attention',
    pending: (count) => (count === 1 ? '1 change waiting to sync' : `${count} changes waiting to sync`),
    lastSync: (when) => `Last synced ${when}`,
    never: 'Never synced',
    retryAt: (when) => `Next try ${when}`,
    syncNow: 'Sync now',
    resume: 'Resume',
    errors: {
      network: 'The server could not be reached. Changes are kept and sent when it is back.',
      timeout: 'The server did not answer in time. Changes are kept and sent later.',
      server: 'The server had a problem. Changes are kept and sent when it recovers.',
      'rate-limited': 'The server asked to slow down. Sync continues when it allows.',
      auth: 'The server refused the credentials. Sign in again, then resume.',
      refused: 'The server refused a change.',
      protocol: 'The server answered in a way these settings do not expect. Ask whoever set up the backend.',
      'no-progress':
        'Sync of this data stopped: the server keeps sending the same rows. Ask whoever set up the backend.',
      redirected: 'The server redirected a change, so it was not saved. The backend URL needs a trailing slash.',
      'missing-total': 'The server does not tell how many rows there are. Ask whoever set up the backend.',
    },
    details: 'Details',
    resources: 'By table',
    resourceOk: 'OK',
    deadLetters: 'Refused by the server',
    deadLetterLabel: (table, name) => `${table}: ${name}`,
    retry: 'Retry',
    discard: 'Discard change',
    conflicts: 'Changed on both sides',
    conflictLabel: (table, name) => `${table}: ${name}`,
    fields: 'Field',
    mine: 'This device',
    theirs: 'Server',
    keepMine: 'Keep mine',
    takeTheirs: 'Take theirs',
    deletedOnServer: 'Deleted on the server',
    quarantine: 'Server records that could not be used',
    quarantineLabel: (table, name) => `${table}: ${name}`,
    quarantineReason: (field, reason) => (field ? `${field} ${reason}` : reason),
    guardRefused: (rule) =>
      rule === 'stale-approval' || rule === 'approval-required'
        ? 'skips an approval its content needs, so it was not applied'
        : `breaks the approval rules (${rule}), so it was not applied`,
    retryQuarantine: 'Try these again',
    tables: {
      customers: 'Customer',
      contacts: 'Contact',
      stages: 'Stage',
      opportunities: 'Opportunity',
      products: 'Product',
      quotes: 'Quote',
      orders: 'Order',
      activities: 'Activity',
    },
    fieldLabels: {
      name: 'Name',
      alias: 'Alias',
      tier: 'Tier',
      owner: 'Owner',
      amount: 'Amount',
      stage: 'Stage',
      currency: 'Currency',
      customerId: 'Customer',
      industry: 'Industry',
      kind: 'Kind',
      probability: 'Probability',
      expectedClose: 'Expected close',
      status: 'Status',
      creditLimit: 'Credit limit',
    },
  },
  'zh-CN': {
    heading: '同步',
    online: '在线',
    offline: '离线',
    states: {
      local: '仅本地（未配置后端）',
      stopped: '已停止',
      standby: '由其他标签页同步',
      idle: '已是最新',
      syncing: '正在同步…',
      offline: '无法连接服务器，将自动重试',
      paused: '已暂停：请重新登录后继续',
      error: '出错',
    },
    needsAttention: '已同步，但有记录需要处理',
    pending: (count) => `${count} 项更改待同步`,
    lastSync: (when) => `上次同步：${when}`,
    never: '尚未同步',
    retryAt: (when) => `下次重试：${when}`,
    syncNow: '立即同步',
    resume: '继续同步',
    errors: {
      network: '无法连接服务器。更改已保留，服务器恢复后自动发送。',
      timeout: '服务器未及时响应。更改已保留，稍后发送。',
      server: '服务器出现问题。更改已保留，恢复后自动发送。',
      'rate-limited': '服务器要求降低请求频率，允许后继续同步。',
      auth: '服务器拒绝了登录凭据。请重新登录后继续。',
      refused: '服务器拒绝了一项更改。',
      protocol: '服务器的响应与当前设置不符，请联系后端管理员。',
      'no-progress': '此数据的同步已停止：服务器反复返回相同的记录，请联系后端管理员。',
      redirected: '服务器重定向了更改，因此未保存。后端地址需要以斜杠结尾。',
      'missing-total': '服务器未提供记录总数，请联系后端管理员。',
    },
    details: '详细信息',
    resources: '按数据表',
    resourceOk: '正常',
    deadLetters: '服务器拒绝的更改',
    deadLetterLabel: (table, name) => `${table}：${name}`,
    retry: '重试',
    discard: '放弃更改',
    conflicts: '双方都修改了的记录',
    conflictLabel: (table, name) => `${table}：${name}`,
    fields: '字段',
    mine: '本机',
    theirs: '服务器',
    keepMine: '保留我的',
    takeTheirs: '采用服务器的',
    deletedOnServer: '已在服务器上删除',
    quarantine: '无法使用的服务器记录',
    quarantineLabel: (table, name) => `${table}：${name}`,
    quarantineReason: (field, reason) => (field ? `${field}：${reason}` : reason),
    guardRefused: (rule) =>
      rule === 'stale-approval' || rule === 'approval-required'
        ? '跳过了其内容所需的审批，未予应用'
        : `违反审批规则（${rule}），未予应用`,
    retryQuarantine: '重新尝试',
    tables: {
      customers: '客户',
      contacts: '联系人',
      stages: '阶段',
      opportunities: '商机',
      products: '产品',
      quotes: '报价',
      orders: '订单',
      activities: '活动',
    },
    fieldLabels: {
      name: '名称',
      alias: '别名',
      tier: '等级',
      owner: '负责人',
      amount: '金额',
      stage: '阶段',
      currency: '币种',
      customerId: '客户',
      industry: '行业',
      kind: '类型',
      probability: '赢率',
      expectedClose: '预计成交日期',
      status: '状态',
      creditLimit: '信用额度',
    },
  },
  // generated by scripts/zh-hant.mjs from zh-CN: do not edit (npm run l10n:hant)
  'zh-TW': {
    heading: '同步',
    online: '線上',
    offline: '離線',
    states: {
      local: '僅本地（未配置後端）',
      stopped: '已停止',
      standby: '由其他標籤頁同步',
      idle: '已是最新',
      syncing: '正在同步…',
      offline: '無法連線伺服器，將自動重試',
      paused: '已暫停：請重新登入後繼續',
      error: '出錯',
    },
    needsAttention: '已同步，但有記錄需要處理',
    pending: (count) => `${count} 項更改待同步`,
    lastSync: (when) => `上次同步：${when}`,
    never: '尚未同步',
    retryAt: (when) => `下次重試：${when}`,
    syncNow: '立即同步',
    resume: '繼續同步',
    errors: {
      network: '無法連線伺服器。更改已保留，伺服器恢復後自動傳送。',
      timeout: '伺服器未及時響應。更改已保留，稍後傳送。',
      server: '伺服器出現問題。更改已保留，恢復後自動傳送。',
      'rate-limited': '伺服器要求降低請求頻率，允許後繼續同步。',
      auth: '伺服器拒絕了登入憑據。請重新登入後繼續。',
      refused: '伺服器拒絕了一項更改。',
      protocol: '伺服器的響應與當前設定不符，請聯絡後端管理員。',
      'no-progress': '此資料的同步已停止：伺服器反覆返回相同的記錄，請聯絡後端管理員。',
      redirected: '伺服器重定向了更改，因此未儲存。後端地址需要以斜槓結尾。',
      'missing-total': '伺服器未提供記錄總數，請聯絡後端管理員。',
    },
    details: '詳細資訊',
    resources: '按資料表',
    resourceOk: '正常',
    deadLetters: '伺服器拒絕的更改',
    deadLetterLabel: (table, name) => `${table}：${name}`,
    retry: '重試',
    discard: '放棄更改',
    conflicts: '雙方都修改了的記錄',
    conflictLabel: (table, name) => `${table}：${name}`,
    fields: '欄位',
    mine: '本機',
    theirs: '伺服器',
    keepMine: '保留我的',
    takeTheirs: '採用伺服器的',
    deletedOnServer: '已在伺服器上刪除',
    quarantine: '無法使用的伺服器記錄',
    quarantineLabel: (table, name) => `${table}：${name}`,
    quarantineReason: (field, reason) => (field ? `${field}：${reason}` : reason),
    guardRefused: (rule) =>
      rule === 'stale-approval' || rule === 'approval-required'
        ? '跳過了其內容所需的審批，未予應用'
        : `違反審批規則（${rule}），未予應用`,
    retryQuarantine: '重新嘗試',
    tables: {
      customers: '客戶',
      contacts: '聯絡人',
      stages: '階段',
      opportunities: '商機',
      products: '產品',
      quotes: '報價',
      orders: '訂單',
      activities: '活動',
    },
    fieldLabels: {
      name: '名稱',
      alias: '別名',
      tier: '等級',
      owner: '負責人',
      amount: '金額',
      stage: '階段',
      currency: '幣種',
      customerId: '客戶',
      industry: '行業',
      kind: '類型',
      probability: '贏率',
      expectedClose: '預計成交日期',
      status: '狀態',
      creditLimit: '信用額度',
    },
  },
  'zh-HK': {
    heading: '同步',
    online: '在線',
    offline: '離線',
    states: {
      local: '僅本地（未配置後端）',
      stopped: '已停止',
      standby: '由其他標籤頁同步',
      idle: '已是最新',
      syncing: '正在同步…',
      offline: '無法連接服務器，將自動重試',
      paused: '已暫停：請重新登錄後繼續',
      error: '出錯',
    },
    needsAttention: '已同步，但有記錄需要處理',
    pending: (count) => `${count} 項更改待同步`,
    lastSync: (when) => `上次同步：${when}`,
    never: '尚未同步',
    retryAt: (when) => `下次重試：${when}`,
    syncNow: '立即同步',
    resume: '繼續同步',
    errors: {
      network: '無法連接服務器。更改已保留，服務器恢復後自動發送。',
      timeout: '服務器未及時響應。更改已保留，稍後發送。',
      server: '服務器出現問題。更改已保留，恢復後自動發送。',
      'rate-limited': '服務器要求降低請求頻率，允許後繼續同步。',
      auth: '服務器拒絕了登錄憑據。請重新登錄後繼續。',
      refused: '服務器拒絕了一項更改。',
      protocol: '服務器的響應與當前設置不符，請聯繫後端管理員。',
      'no-progress': '此數據的同步已停止：服務器反覆返回相同的記錄，請聯繫後端管理員。',
      redirected: '服務器重定向了更改，因此未保存。後端地址需要以斜槓結尾。',
      'missing-total': '服務器未提供記錄總數，請聯繫後端管理員。',
    },
    details: '詳細信息',
    resources: '按數據表',
    resourceOk: '正常',
    deadLetters: '服務器拒絕的更改',
    deadLetterLabel: (table, name) => `${table}：${name}`,
    retry: '重試',
    discard: '放棄更改',
    conflicts: '雙方都修改了的記錄',
    conflictLabel: (table, name) => `${table}：${name}`,
    fields: '字段',
    mine: '本機',
    theirs: '服務器',
    keepMine: '保留我的',
    takeTheirs: '採用服務器的',
    deletedOnServer: '已在服務器上刪除',
    quarantine: '無法使用的服務器記錄',
    quarantineLabel: (table, name) => `${table}：${name}`,
    quarantineReason: (field, reason) => (field ? `${field}：${reason}` : reason),
    guardRefused: (rule) =>
      rule === 'stale-approval' || rule === 'approval-required'
        ? '跳過了其內容所需的審批，未予應用'
        : `違反審批規則（${rule}），未予應用`,
    retryQuarantine: '重新嘗試',
    tables: {
      customers: '客户',
      contacts: '聯繫人',
      stages: '階段',
      opportunities: '商機',
      products: '產品',
      quotes: '報價',
      orders: '訂單',
      activities: '活動',
    },
    fieldLabels: {
      name: '名稱',
      alias: '別名',
      tier: '等級',
      owner: '負責人',
      amount: '金額',
      stage: '階段',
      currency: '幣種',
      customerId: '客户',
      industry: '行業',
      kind: '類型',
      probability: '贏率',
      expectedClose: '預計成交日期',
      status: '狀態',
      creditLimit: '信用額度',
    },
  },
  // end of generated tables
};
