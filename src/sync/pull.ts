/**
 * Incremental pull of one resource: keyset pages ordered by (updated-at, id) since a checkpoint, the next
 * page fetched while the previous one is written (at most one page ahead), and a named error for a page
 * that does not move the checkpoint.
 */
import type { StorageBackend, StoredRecord } from '../data/backend.js';
import type { StoreName } from '../data/database.js';
import type { TableName } from '../data/model.js';
import { type OutboxEntry, queuedKeys } from '../data/outbox.js';
import type { ResolvedMapping } from './mapping.js';
import {
  acceptRemote,
  type GuardSource,
  type QuarantinedRow,
  quarantineRow,
  remoteGuard,
  remoteWriteStores,
  validateRemote,
} from './quarantine.js';
import { type Condition, type Connector, type RemoteRecord, SyncHttpError } from './types.js';

export const checkpointKey = (table: TableName) => `pull:${table}`;

/** Where a resource's pull stands: the last timestamp applied and the ids already seen at that timestamp. */
export interface Checkpoint {
  resource: string;
  at: string | number;
  /** Ids applied at `at` (a tie group may span pages). */
  ids: string[];
  /** The tie group at `at` is known complete: ask for strictly newer rows. */
  tiesDone?: boolean;
}

export interface PullReport {
  /** Rows received from the server, per table. */
  rows: Partial<Record<TableName, number>>;
  /** Rows left alone because a local edit of them is still queued. */
  skipped: number;
  /** Server rows that failed validation: kept in quarantine, never dropped. */
  quarantined: number;
}

export interface PullContext {
  backend: StorageBackend;
  connector: Connector;
  mapping: ResolvedMapping;
  limit: number;
  signal: AbortSignal;
  report: PullReport;
  onPage(done: number, total: number | undefined): void;
  onQuarantine(row: QuarantinedRow): void;
  /** The store's guards (quotes, orders): a row that would skip a required approval is quarantined. */
  guard?: GuardSource;
}

interface Page {
  rows: RemoteRecord[];
  checkpoint: Checkpoint | undefined;
  /** Ask again: the server may have more. */
  more: boolean;
  total?: number;
}

/** A stored checkpoint, or undefined when it cannot be used (an older shape, a null timestamp). */
function readCheckpoint(stored: unknown): Checkpoint | undefined {
  const value = stored as Partial<Checkpoint & { id: string }> | undefined;
  if (!value || (typeof value.at !== 'string' && typeof value.at !== 'number')) return undefined;
  const ids = Array.isArray(value.ids) ? value.ids : value.id ? [value.id] : [];
  return { resource: value.resource!, at: value.at, ids, tiesDone: value.tiesDone };
}

/**
 * Orders two timestamps as instants, down to the digits past the millisecond (Python omits a zero
 * fraction, so "…00Z" and "…00.123456Z" do not compare as strings).
 */
export function compareStamps(a: string | number, b: string | number): number {
  const key = (value: string | number): [number, number] => {
    if (typeof value === 'number') return [value, 0];
    const fraction = /\.(\d+)/.exec(value)?.[1] ?? '';
    return [Date.parse(value), Number(`${fraction}000000000`.slice(3, 9))];
  };
  const [ms1, sub1] = key(a);
  const [ms2, sub2] = key(b);
  if (Number.isNaN(ms1) || Number.isNaN(ms2)) return String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0;
  return ms1 - ms2 || sub1 - sub2;
}

/** One millisecond after an ISO timestamp (for servers that store finer than they serve). */
function nextMillisecond(at: string | number): string | number {
  if (typeof at === 'number') return at + 1;
  const ms = Date.parse(at);
  return Number.isNaN(ms) ? at : new Date(ms + 1).toISOString();
}

async function fetchPage(context: PullContext, checkpoint: Checkpoint | undefined, total: boolean): Promise<Page> {
  const { connector, mapping, limit, signal } = context;
  const field = mapping.updatedAtField;
  const order = [
    { field, order: 'asc' as const },
    { field: mapping.idField, order: 'asc' as const },
  ];
  const list = (where: Condition[], sort = order, withTotal = false, offset = 0) =>
    connector.list(mapping.path, {
      offset,
      limit,
      sort,
      where: [...mapping.scope, ...where],
      total: withTotal,
      signal,
    });
  if (!checkpoint) {
    const page = await list([], order, total);
    return {
      rows: page.rows,
      more: page.rows.length >= limit,
      total: page.total,
      checkpoint: advance(mapping, page.rows, undefined),
    };
  }
  const seen = new Set(checkpoint.ids);
  // Newer than the checkpoint, or at it and not applied yet. Older rows mean the server ignored the filter.
  const isNew = (row: RemoteRecord) => {
    const stamp = mapping.stamp(row);
    if (stamp === undefined) return true;
    const order = compareStamps(stamp, checkpoint.at);
    return order > 0 || (order === 0 && !seen.has(String(row[mapping.idField])));
  };
  const newer: Condition = checkpoint.tiesDone
    ? mapping.coarseTimestamps
      ? { field, op: 'gte', value: nextMillisecond(checkpoint.at) }
      : { field, op: 'gt', value: checkpoint.at }
    : { field, op: 'gte', value: checkpoint.at };
  // Served coarser than stored, rows sharing a served timestamp come in the server's finer order, not by id:
  // skip the ones already applied by position instead.
  const skip = mapping.coarseTimestamps && !checkpoint.tiesDone ? seen.size : 0;
  const page = await list([newer], order, total, skip);
  let rows = page.rows.filter(isNew);
  let more = page.rows.length >= limit;
  let next = advance(mapping, rows, checkpoint);
  if (rows.length === 0 && more && !mapping.coarseTimestamps) {
    // A full page of rows already applied: a tie group larger than a page. Walk it by id (or, where ids
    // cannot be compared on the server, by offset past the ids seen: they are the group's first in id order).
    const lastId = [...seen].sort((a, b) => mapping.compareIds(a, b)).at(-1) ?? '';
    const byId = { field: mapping.idField, op: 'gt' as const, value: mapping.remoteId(lastId) };
    const ties = await list(
      [{ field, op: 'eq', value: checkpoint.at }, ...(mapping.idRange ? [byId] : [])],
      [{ field: mapping.idField, order: 'asc' }],
      false,
      mapping.idRange ? 0 : seen.size,
    );
    rows = ties.rows.filter(isNew);
    next = advance(mapping, rows, checkpoint);
    if (ties.rows.length < limit) next = { ...(next ?? checkpoint), tiesDone: true };
    more = true;
  } else if (rows.length === 0 && !more && !checkpoint.tiesDone) {
    next = { ...checkpoint, tiesDone: true };
  }
  const progressed = rows.length > 0 || (!!next?.tiesDone && !checkpoint.tiesDone);
  if (more && !progressed) {
    throw new SyncHttpError(
      `${mapping.path}: the server answered a full page that does not move past the checkpoint ` +
        `(${mapping.updatedAtField} = ${checkpoint.at}). Check the profile's "changed since" filter and timestamp ` +
        'precision against the server, or raise pageSize above the largest group of rows sharing one timestamp.',
      0,
      'protocol',
      undefined,
      'no-progress',
    );
  }
  return { rows, more, total: page.total, checkpoint: next };
}

/** The checkpoint after applying `rows` (ordered by timestamp, then id). */
function advance(
  mapping: ResolvedMapping,
  rows: RemoteRecord[],
  previous: Checkpoint | undefined,
): Checkpoint | undefined {
  let last: string | number | undefined;
  for (const row of rows) last = mapping.stamp(row) ?? last;
  if (last === undefined) {
    if (rows.length && !previous) {
      throw new SyncHttpError(
        `${mapping.path}: rows have no "${mapping.updatedAtField}", so changes cannot be followed`,
        0,
        'protocol',
        undefined,
        'no-timestamp',
      );
    }
    return previous;
  }
  const ids = rows.filter((r) => mapping.stamp(r) === last).map((r) => String(r[mapping.idField]));
  if (previous?.at === last) ids.unshift(...previous.ids);
  return {
    resource: checkpointKey(mapping.table),
    at: last,
    ids,
    tiesDone: previous?.at === last ? previous.tiesDone : false,
  };
}

/** Pulls one resource to the end; throws (a SyncHttpError) when it cannot. */
export async function pullResource(context: PullContext): Promise<void> {
  const { backend, mapping, report } = context;
  let checkpoint = readCheckpoint(await backend.get('checkpoints', checkpointKey(mapping.table)));
  let done = 0;
  let total: number | undefined;
  report.rows[mapping.table] ??= 0;
  let ahead: Promise<Page> | undefined = fetchPage(context, checkpoint, true);
  while (ahead) {
    const page: Page = await ahead;
    ahead = undefined;
    if (total === undefined && page.total !== undefined) total = done + page.total;
    if (page.more && !context.signal.aborted) {
      // Fetch the next page while this one is written; a failure surfaces when it is awaited.
      ahead = fetchPage(context, page.checkpoint, false);
      ahead.catch(() => undefined);
    }
    if (page.rows.length || page.checkpoint !== checkpoint) {
      await applyPage(context, page.rows, page.checkpoint);
      checkpoint = page.checkpoint;
    }
    done += page.rows.length;
    report.rows[mapping.table]! += page.rows.length;
    if (page.rows.length) context.onPage(done, total);
    if (context.signal.aborted) return;
  }
}

async function applyPage(
  context: PullContext,
  rows: RemoteRecord[],
  checkpoint: Checkpoint | undefined,
): Promise<void> {
  const { backend, mapping, report } = context;
  const stores: StoreName[] = [...remoteWriteStores(mapping.table, context.guard), 'checkpoints'];
  const quarantined: QuarantinedRow[] = [];
  await backend.transaction(stores, async () => {
    const guard = await remoteGuard(backend, context.guard, mapping.table);
    // Read inside the transaction: an edit made while this page was downloading is seen here.
    const queued = queuedKeys(
      (await backend.list('outbox', { where: { table: mapping.table } })) as unknown as OutboxEntry[],
    );
    const puts: StoredRecord[] = [];
    const deletes: string[] = [];
    const released: string[] = [];
    for (const row of rows) {
      const local = mapping.toLocal(row);
      const key = String(local.id);
      if (queued.has(key)) {
        report.skipped++;
        continue;
      }
      if (mapping.isTombstone(row)) {
        deletes.push(key);
        released.push(`${mapping.table}:${key}`);
        continue;
      }
      try {
        // Only guarded tables await the guard's reads: other rows are checked synchronously.
        const record = guard ? await acceptRemote(guard, mapping.table, local) : validateRemote(mapping.table, local);
        puts.push({ ...record, version: mapping.token(row) });
        released.push(`${mapping.table}:${key}`);
      } catch (error) {
        quarantined.push(quarantineRow(mapping, row, local, error));
      }
    }
    if (deletes.length) await backend.bulkDelete(mapping.table, deletes);
    if (puts.length) await backend.bulkPut(mapping.table, puts);
    if (released.length && (await backend.count('quarantine', { where: { table: mapping.table } }))) {
      await backend.bulkDelete('quarantine', released);
    }
    if (quarantined.length) await backend.bulkPut('quarantine', quarantined as unknown as StoredRecord[]);
    if (checkpoint) await backend.bulkPut('checkpoints', [checkpoint as unknown as StoredRecord]);
  });
  report.quarantined += quarantined.length;
  for (const row of quarantined) context.onQuarantine(row);
}
