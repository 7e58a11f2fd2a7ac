/**
 * Replacing a record's local id with the one the server assigned, in one IndexedDB transaction: the record,
 * every reference to it in other records, and every queued outbox entry (its own and those that refer to
 * it). Either everything moves to the new id or nothing does.
 */
import type { StorageBackend, StoredRecord } from './backend.js';
import type { StoreName } from './database.js';
import type { TableName } from './model.js';
import type { OutboxEntry } from './outbox.js';

/** Where records point at other records: target table -> [table, field] pairs (`lines[].productId` for lines). */
const REFERENCES: Partial<Record<TableName, [TableName, string][]>> = {
  customers: [
    ['customers', 'parentId'],
    ['contacts', 'customerId'],
    ['opportunities', 'customerId'],
    ['quotes', 'customerId'],
    ['orders', 'customerId'],
    ['activities', 'customerId'],
  ],
  contacts: [['activities', 'contactId']],
  opportunities: [['activities', 'opportunityId']],
  stages: [['opportunities', 'stage']],
  products: [
    ['quotes', 'lines[].productId'],
    ['orders', 'lines[].productId'],
  ],
  quotes: [['orders', 'quoteId']],
};

/** Fields of `table` records that point at records of other tables, with the table they point at. */
function outgoingOf(table: TableName): [TableName, string][] {
  const result: [TableName, string][] = [];
  for (const [target, refs] of Object.entries(REFERENCES) as [TableName, [TableName, string][]][]) {
    for (const [source, field] of refs) if (source === table && !field.includes('[')) result.push([target, field]);
  }
  return result;
}

/** The references of each table, computed once (looked up for every queued entry). */
const OUTGOING = new Map<TableName, [TableName, string][]>();
export const outgoingReferences = (table: TableName) =>
  OUTGOING.get(table) ?? OUTGOING.set(table, outgoingOf(table)).get(table)!;

/** The tables a remap of `table` touches. */
export function remapStores(table: TableName): StoreName[] {
  return [...new Set<StoreName>([table, ...(REFERENCES[table] ?? []).map(([t]) => t), 'outbox', 'quarantine'])];
}

/** Whether `record` refers to `from` through `field` (`lines[].x`: any of its lines). */
function mentions(record: StoredRecord, field: string, from: string): boolean {
  if (!field.startsWith('lines[].')) return record[field] === from;
  const inner = field.slice('lines[].'.length);
  const lines = record.lines as StoredRecord[] | undefined;
  return Array.isArray(lines) && lines.some((l) => l?.[inner] === from);
}

/** Rewrites references to `from` in one record; returns whether anything changed. */
function rewrite(record: StoredRecord | undefined, field: string, from: string, to: string): boolean {
  if (!record || !mentions(record, field, from)) return false;
  if (field.startsWith('lines[].')) {
    const inner = field.slice('lines[].'.length);
    record.lines = (record.lines as StoredRecord[]).map((l) => (l?.[inner] === from ? { ...l, [inner]: to } : l));
  } else record[field] = to;
  return true;
}

/**
 * Moves `table` record `from` to id `to`, merging `server` (the server's copy, already in local shape) over
 * it. Must not run inside another transaction's scope that lacks the remap stores.
 */
export async function remapId(
  backend: StorageBackend,
  table: TableName,
  from: string,
  to: string,
  server: StoredRecord | undefined,
): Promise<void> {
  if (from === to) return;
  await backend.transaction(remapStores(table), async () => {
    const local = await backend.get(table, from);
    if (local || server) {
      await backend.bulkDelete(table, [from]);
      await backend.bulkPut(table, [{ ...local, ...server, id: to }]);
    }
    for (const [other, field] of REFERENCES[table] ?? []) {
      const indexed = !field.includes('[') && !['contactId', 'opportunityId'].includes(field);
      const candidates = indexed
        ? await backend.list(other, { where: { [field]: from } })
        : await backend.list(other, { filter: (r) => mentions(r, field, from) });
      const changed = candidates.filter((r) => rewrite(r, field, from, to));
      if (changed.length) await backend.bulkPut(other, changed);
    }
    const entries = (await backend.list('outbox')) as unknown as OutboxEntry[];
    const updated: OutboxEntry[] = [];
    for (const entry of entries) {
      let touched = false;
      if (entry.table === table && entry.keys?.includes(from)) {
        entry.keys = entry.keys.map((key) => (key === from ? to : key));
        touched = true;
      }
      const ref = `${table}\n${from}`;
      if (entry.refs?.includes(ref)) {
        entry.refs = entry.refs.map((r) => (r === ref ? `${table}\n${to}` : r));
        touched = true;
      }
      if (entry.table === table && entry.key === from) {
        entry.key = to;
        for (const copy of [entry.patch, entry.base, entry.remote]) if (copy && copy.id === from) copy.id = to;
        touched = true;
      }
      for (const [other, field] of REFERENCES[table] ?? []) {
        if (entry.table !== other) continue;
        for (const copy of [entry.patch, entry.base, entry.remote]) touched = rewrite(copy, field, from, to) || touched;
      }
      if (touched) updated.push(entry);
    }
    if (updated.length) await backend.bulkPut('outbox', updated as unknown as StoredRecord[]);
  });
}
