/** `crm-widgets/data`: the data model, validation and the store (IndexedDB through Dexie, memory fallback). */
export type { ListQuery, LiveQuery, Subscription } from './backend.js';
export type { ChangeBatch, ChangedKeys, ChangeFeed } from './change-feed.js';
export { createDatabase, STORES, STORES_V1, STORES_V2, STORES_V3, STORES_V4 } from './database.js';
export {
  classifyPulledRow,
  DEFAULT_GUARD_CONFIG,
  type GuardConfig,
  type GuardContext,
  GuardError,
  type GuardRule,
  guardReads,
  type PulledRowVerdict,
} from './guards.js';
export * from './model.js';
export {
  type NewRecord,
  type PutOptions,
  RecordNotFoundError,
  Repository,
  type RepositoryHost,
  StaleRecordError,
} from './repository.js';
export type { LiveSnapshot, SnapshotChange, SnapshotObserver, SnapshotState } from './snapshot.js';
export {
  CrmStore,
  DEFAULT_DATABASE,
  getStore,
  type ImportOptions,
  type ImportProgress,
  type ImportResult,
  type StoreOptions,
} from './store.js';
