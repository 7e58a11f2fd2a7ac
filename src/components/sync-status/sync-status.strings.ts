import type { Translations } from '../../internal/localize.js';
import type { SyncState } from '../../sync/types.js';

export const syncStatusStrings: Translations<{
  heading: string;
  online: string;
  offline: string;
  states: Record<SyncState | 'local', string>;
  pending: (count: number) => string;
  lastSync: (when: string) => string;
  never: string;
  retryAt: (when: string) => string;
  syncNow: string;
  resume: string;
  deadLetters: string;
  deadLetterLabel: (table: string, key: string) => string;
  retry: string;
  discard: string;
  conflicts: string;
  conflictLabel: (table: string, key: string) => string;
  fields: string;
  mine: string;
  theirs: string;
  keepMine: string;
  takeTheirs: string;
  deletedOnServer: string;
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
    pending: (count) => (count === 1 ? '1 change waiting to sync' : `${count} changes waiting to sync`),
    lastSync: (when) => `Last synced ${when}`,
    never: 'Never synced',
    retryAt: (when) => `Next try ${when}`,
    syncNow: 'Sync now',
    resume: 'Resume',
    deadLetters: 'Refused by the server',
    deadLetterLabel: (table, key) => `${table} ${key}`,
    retry: 'Retry',
    discard: 'Discard change',
    conflicts: 'Changed on both sides',
    conflictLabel: (table, key) => `${table} ${key}`,
    fields: 'Field',
    mine: 'This device',
    theirs: 'Server',
    keepMine: 'Keep mine',
    takeTheirs: 'Take theirs',
    deletedOnServer: 'Deleted on the server',
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
    pending: (count) => `${count} 项更改待同步`,
    lastSync: (when) => `上次同步：${when}`,
    never: '尚未同步',
    retryAt: (when) => `下次重试：${when}`,
    syncNow: '立即同步',
    resume: '继续同步',
    deadLetters: '服务器拒绝的更改',
    deadLetterLabel: (table, key) => `${table} ${key}`,
    retry: '重试',
    discard: '放弃更改',
    conflicts: '双方都修改了的记录',
    conflictLabel: (table, key) => `${table} ${key}`,
    fields: '字段',
    mine: '本机',
    theirs: '服务器',
    keepMine: '保留我的',
    takeTheirs: '采用服务器的',
    deletedOnServer: '已在服务器上删除',
  },
};
