/**
 * The IndexedDB schema. Keep every `version(n)` declaration when adding a new one: Dexie upgrades
 * old databases step by step, and a tab still running old code closes on `versionchange`.
 */
import Dexie, { type DexieOptions } from 'dexie';
import { snapshotDirtyMiddleware } from './snapshot-cache.js';

/** Primary key first, then the indexes the widgets query by. */
export const STORES_V1 = {
  customers: 'id, parentId, tier, owner, industry, updatedAt',
  contacts: 'id, customerId, role, updatedAt',
  stages: 'id, order',
  opportunities: 'id, customerId, stage, owner, channel, expectedClose, updatedAt',
  products: 'id, code, category, updatedAt',
  quotes: 'id, customerId, status, updatedAt',
  orders: 'id, customerId, quoteId, updatedAt',
  activities: 'id, customerId, kind, at, [customerId+at]',
  /** Sync bookkeeping: pending local writes in order, and pull checkpoints per resource. */
  outbox: '++seq, key, table, state',
  checkpoints: 'resource',
  /** Small key/value facts about this database, e.g. which seed it was loaded from. */
  meta: 'key',
} as const;

/** Version 2 (sync): server rows the model refused, kept with the raw row and the reason until they validate. */
export const STORES_V2 = {
  quarantine: 'id, table',
} as const;

/** Version 3: the approver directory (who may sign which approval level), supplied by the page or synced. */
export const STORES_V3 = {
  approvers: 'id, person, level',
} as const;

/**
 * Version 4 (live data): the persisted columnar snapshot cache of big tables and the keys written since each
 * part of it was built (snapshot-cache.ts).
 */
export const STORES_V4 = {
  snapshotCache: 'id',
  snapshotDirty: '++seq, table',
} as const;

/**
 * Version 5 (bulk outbox): an import chunk is one outbox entry listing the keys of its new records; the
 * multi-entry index finds the chunk a record is still waiting in.
 */
export const STORES_V5 = {
  outbox: '++seq, key, table, state, *keys',
} as const;

/** Every store of the latest version. */
export const STORES = { ...STORES_V1, ...STORES_V2, ...STORES_V3, ...STORES_V4, ...STORES_V5 } as const;

export type StoreName = keyof typeof STORES;

/** A Dexie instance with every schema version declared (not yet opened). */
export function createDatabase(name: string, options?: DexieOptions): Dexie {
  const db = new Dexie(name, options);
  db.version(1).stores(STORES_V1);
  db.version(2).stores(STORES_V2);
  db.version(3).stores(STORES_V3);
  db.version(4).stores(STORES_V4);
  db.version(5).stores(STORES_V5);
  // Every Dexie instance of this schema records what it writes to cached tables (snapshot-cache.ts).
  db.use(snapshotDirtyMiddleware());
  return db;
}

/** The primary key path of a store, read off its schema line (`++seq` -> `seq`). */
export function primaryKeyOf(store: StoreName): string {
  return STORES[store]
    .split(',')[0]!
    .trim()
    .replace(/^\+\+|^&/, '');
}

/** Single-field indexes of a store, including the primary key. */
export function indexesOf(store: StoreName): Set<string> {
  return new Set(
    STORES[store]
      .split(',')
      .map((s) => s.trim().replace(/^\+\+|^&|^\*/, ''))
      .filter((s) => !s.startsWith('[')),
  );
}
