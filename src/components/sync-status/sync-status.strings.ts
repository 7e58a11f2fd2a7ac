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
      'read-refused':
        'The server refused to send this data (nothing was changed). Check that the backend has this table at the address the settings use.',
      protocol: 'The server answered in a way these settings do not expect. Ask whoever set up the backend.',
      'no-progress':
        'Sync of this data stopped: the server keeps sending the same rows. Ask whoever set up the backend.',
      'no-timestamp':
        "Sync of this data stopped: the server's rows have no last-changed time, so changes cannot be followed. Ask whoever set up the backend.",
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
  // Other languages load when an element renders in one (npm run l10n:hant writes these lines).
  'zh-CN': () => import('./sync-status.strings.zh-CN.js'),
  'zh-TW': () => import('./sync-status.strings.zh-TW.js'),
  'zh-HK': () => import('./sync-status.strings.zh-HK.js'),
};
