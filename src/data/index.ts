/** `crm-widgets/data`: the data model, validation and the store (IndexedDB through Dexie, memory fallback). */
export type { ListQuery, LiveQuery, Subscription } from './backend.js';
export type { ChangeBatch, ChangedKeys, ChangeFeed } from './change-feed.js';
export { createDatabase, STORES_V1 } from './database.js';
export * from './model.js';
export { type NewRecord, type PutOptions, RecordNotFoundError, Repository, StaleRecordError } from './repository.js';
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
