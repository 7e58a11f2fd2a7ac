/** `crm-widgets/data`: the data model, validation and the store (IndexedDB through Dexie, memory fallback). */
export type { ListQuery, LiveQuery, Subscription } from './backend.js';
export type { ChangeBatch, ChangedKeys, ChangeFeed } from './change-feed.js';
export { createDatabase, STORES, STORES_V1, STORES_V2, STORES_V3, STORES_V4 } from './database.js';
// From guard-rules.ts, not guards.ts: the guard engine (approvals, pricing) loads only when a guarded table is
// written, and a bundler that keeps every chunk import (esbuild, with our chunks marked as having side effects)
// would otherwise put it on every page that imports this entry.
export {
  DEFAULT_GUARD_CONFIG,
  type GuardConfig,
  type GuardContext,
  GuardError,
  type GuardRule,
  guardReads,
} from './guard-rules.js';
export * from './model.js';
export {
  type NewRecord,
  type PutOptions,
  RecordNotFoundError,
  Repository,
  type RepositoryHost,
  StaleRecordError,
} from './repository.js';
export * from './schemas.js';
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
