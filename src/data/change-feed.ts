/**
 * The store's one source of truth for "what changed": after every committed write transaction, the keys it
 * wrote per table, in this tab and in other tabs. Snapshots (snapshot.ts) patch themselves from it by
 * reading only those keys.
 *
 * Why our own feed rather than Dexie's `storagemutated`: Dexie reports any put of 50 or more records as
 * "the whole table changed", so a sync page of 2,000 rows would reload a 100,000-row snapshot. Here the
 * IndexedDB backend collects exact keys with a DBCore middleware (every write path goes through it: the
 * repositories, imports, the sync engine) and other tabs hear them through a BroadcastChannel.
 */
import type { DBCore, DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTransaction, Middleware } from 'dexie';
import type { Subscription } from './backend.js';
import type { StoreName } from './database.js';

/** Keys written in a table; `'all'` when the table was cleared or a range deleted (re-read it all). */
export type ChangedKeys = readonly unknown[] | 'all';

/** One committed transaction's writes. */
export interface ChangeBatch {
  readonly tables: Partial<Record<StoreName, ChangedKeys>>;
  /** `local`: this page wrote it; `remote`: another tab did. */
  readonly origin: 'local' | 'remote';
}

/** Subscribe to committed writes. Listeners run synchronously after the commit; keep them short. */
export interface ChangeFeed {
  subscribe(listener: (batch: ChangeBatch) => void): Subscription;
}

/** Collects the keys of one transaction, per table. */
export class ChangeCollector {
  private readonly tables = new Map<StoreName, Set<unknown> | 'all'>();

  add(table: StoreName, keys: Iterable<unknown>): void {
    const current = this.tables.get(table);
    if (current === 'all') return;
    const set = current ?? new Set<unknown>();
    for (const key of keys) set.add(key);
    this.tables.set(table, set);
  }

  addAll(table: StoreName): void {
    this.tables.set(table, 'all');
  }

  get empty(): boolean {
    return this.tables.size === 0;
  }

  toTables(): ChangeBatch['tables'] {
    const tables: Partial<Record<StoreName, ChangedKeys>> = {};
    for (const [table, keys] of this.tables) tables[table] = keys === 'all' ? 'all' : [...keys];
    return tables;
  }
}

/**
 * The feed of one storage backend. With a `channel` name it also tells other tabs (BroadcastChannel,
 * same origin) and hears theirs; the memory backend has no other tabs and passes none.
 */
export class ChangeHub implements ChangeFeed {
  private readonly listeners = new Set<(batch: ChangeBatch) => void>();
  private readonly channel: BroadcastChannel | undefined;
  private closed = false;

  constructor(private readonly channelName?: string) {
    if (channelName && typeof BroadcastChannel !== 'undefined') {
      this.channel = new BroadcastChannel(channelName);
      this.channel.onmessage = (event: MessageEvent<ChangeBatch['tables']>) => {
        if (event.data && typeof event.data === 'object') this.deliver({ tables: event.data, origin: 'remote' });
      };
    }
  }

  subscribe(listener: (batch: ChangeBatch) => void): Subscription {
    this.listeners.add(listener);
    return { unsubscribe: () => this.listeners.delete(listener) };
  }

  /** Number of listeners (leak tests). */
  get listenerCount(): number {
    return this.listeners.size;
  }

  /** A committed local transaction. */
  publish(collector: ChangeCollector): void {
    if (collector.empty) return;
    const tables = collector.toTables();
    if (!this.closed) {
      this.channel?.postMessage(tables);
      this.deliver({ tables, origin: 'local' });
    } else if (this.channel && this.channelName) {
      // A transaction that committed after the store was closed: other tabs must still hear of it.
      const late = new BroadcastChannel(this.channelName);
      late.postMessage(tables);
      late.close();
    }
  }

  close(): void {
    this.closed = true;
    this.channel?.close();
    this.listeners.clear();
  }

  private deliver(batch: ChangeBatch): void {
    for (const listener of [...this.listeners]) {
      try {
        listener(batch);
      } catch (error) {
        // One broken listener must not keep the others from hearing about the write.
        console.error('crm-widgets: a change listener failed', error);
      }
    }
  }
}

/** The BroadcastChannel name of a database's change feed (versioned: a tab of another protocol ignores it). */
export const changeChannelName = (database: string) => `crm-widgets:changes@1:${database}`;

/**
 * A Dexie DBCore middleware that collects the keys of every write per transaction and publishes them once
 * the transaction has committed (an aborted one publishes nothing).
 */
export function changeFeedMiddleware(hub: ChangeHub): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'crm-change-feed',
    create(down) {
      const collectors = new WeakMap<DBCoreTransaction, ChangeCollector>();
      return {
        ...down,
        transaction(stores, mode, options) {
          const trans = down.transaction(stores, mode, options);
          if (mode === 'readwrite') {
            const collector = new ChangeCollector();
            collectors.set(trans, collector);
            (trans as unknown as IDBTransaction).addEventListener('complete', () => hub.publish(collector));
          }
          return trans;
        },
        table(name) {
          const table = down.table(name);
          const store = name as StoreName;
          return {
            ...table,
            mutate(req: DBCoreMutateRequest): Promise<DBCoreMutateResponse> {
              return table.mutate(req).then((res) => {
                const collector = collectors.get(req.trans);
                const target = collector ?? new ChangeCollector();
                if (req.type === 'deleteRange') target.addAll(store);
                else if (req.type === 'delete') target.add(store, req.keys);
                else target.add(store, res.results ?? req.keys ?? []);
                // No transaction of ours seen (should not happen): publish now rather than never.
                if (!collector) hub.publish(target);
                return res;
              });
            },
          };
        },
      };
    },
  };
}
