/**
 * Server rows the local model refuses are never dropped: they wait in the `quarantine` table with the raw
 * row and the reason, are shown in <crm-sync-status>, and are tried again when the mapping or the model
 * changes (or on demand).
 */

import type { ApproverEntry } from '../core/approvals.js';
import type { StorageBackend, StoredRecord } from '../data/backend.js';
import type { StoreName } from '../data/database.js';
import {
  classifyPulledRow,
  type GuardContext,
  GuardError,
  type GuardRule,
  guardReads,
  isGuarded,
} from '../data/guards.js';
import { type TableName, ValidationError, type ValidationRule } from '../data/model.js';
import { type OutboxEntry, queuedKeys } from '../data/outbox.js';
import { validateRecord } from '../data/schemas.js';
import { VERSION } from '../internal/version.js';
import type { ResolvedMapping } from './mapping.js';
import type { RemoteRecord } from './types.js';

export interface QuarantinedRow {
  /** `table:key`. */
  id: string;
  table: TableName;
  key: string;
  /** A name a person recognises (name, subject, number), else the key. */
  name: string;
  /** The server's row, as it came. */
  raw: RemoteRecord;
  field: string;
  reason: string;
  /** The validation rule that failed, for a localised sentence. */
  rule?: ValidationRule;
  /** For quotes and orders: the store's guard that refused the row (e.g. a status that skips an approval). */
  guardRule?: GuardRule;
  at: string;
  /** The mapping and model it failed under; a change of either retries it. */
  fingerprint: string;
}

export function fingerprintOf(mapping: ResolvedMapping): string {
  return `${VERSION}|${mapping.fingerprint}`;
}

export function displayName(record: Record<string, unknown>, key: string): string {
  for (const field of ['name', 'subject', 'number', 'code', 'title']) {
    const value = record[field];
    if (typeof value === 'string' && value.trim()) return value;
  }
  return key;
}

/**
 * Validates a server row in local shape. A field that fails only because a big integer came as a numeric
 * string (`"12000000"`, as DRF and PostgREST send bigint/numeric) is read as the number and tried again.
 */
export function validateRemote(table: TableName, local: StoredRecord): StoredRecord {
  const candidate = { ...local };
  for (let attempt = 0; attempt < 20; attempt++) {
    try {
      return validateRecord(table, candidate) as StoredRecord;
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      const value = candidate[error.field];
      if (typeof value !== 'string' || !/^-?\d+$/.test(value) || !Number.isSafeInteger(Number(value))) throw error;
      candidate[error.field] = Number(value);
    }
  }
  return validateRecord(table, candidate) as StoredRecord;
}

export function quarantineRow(
  mapping: ResolvedMapping,
  raw: RemoteRecord,
  local: StoredRecord,
  error: unknown,
): QuarantinedRow {
  const key = String(local.id ?? raw[mapping.idField] ?? '');
  const failure = error instanceof ValidationError ? error : undefined;
  return {
    id: `${mapping.table}:${key}`,
    table: mapping.table,
    key,
    name: displayName(local, key),
    raw,
    field: failure?.field ?? '',
    reason: failure?.reason ?? (error instanceof Error ? error.message : String(error)),
    rule: failure?.rule,
    ...(error instanceof GuardError ? { field: 'status', guardRule: error.rule } : {}),
    at: new Date().toISOString(),
    fingerprint: fingerprintOf(mapping),
  };
}

/** The store's guard context for a write on `backend` (see CrmStore.guardContext). */
export type GuardSource = (backend: StorageBackend) => GuardContext;

/**
 * The guard context for one transaction applying server rows of `table`, the approver directory read once
 * for the batch (not once per row); undefined for unguarded tables.
 */
export async function remoteGuard(
  backend: StorageBackend,
  guard: GuardSource | undefined,
  table: TableName,
): Promise<GuardContext | undefined> {
  if (!guard || !isGuarded(table)) return undefined;
  const approvers = table === 'quotes' ? ((await backend.list('approvers')) as unknown as ApproverEntry[]) : [];
  return { ...guard(backend), approvers };
}

/** Stores a transaction applying server rows of `table` must include: the guard's reads come along. */
export function remoteWriteStores(table: TableName, guard: GuardSource | undefined): StoreName[] {
  return [table, 'outbox', 'quarantine', ...(guard ? guardReads([table]) : [])];
}

/**
 * A server row as it may be stored: valid for the model and, for guarded tables (quotes, orders), not
 * skipping what the store's guard requires (a status without the approvals it needs). Throws the
 * ValidationError or GuardError that sends it to quarantine. Runs inside a `remoteWriteStores` transaction.
 */
export async function acceptRemote(
  guard: GuardContext | undefined,
  table: TableName,
  local: StoredRecord,
): Promise<StoredRecord> {
  const record = validateRemote(table, local);
  if (!guard || !isGuarded(table)) return record;
  const verdict = await classifyPulledRow(guard, table, record);
  if (verdict.verdict === 'quarantine') throw new GuardError(table, String(record.id), verdict.rule, verdict.message);
  return verdict.record;
}

/**
 * Tries quarantined rows of the given mappings again: those that fail under a different mapping or model
 * than now, or all with `force`. Rows that validate are stored (unless a local edit is queued) and leave
 * quarantine. Returns how many were released.
 */
export async function retryQuarantined(
  backend: StorageBackend,
  mappings: Iterable<ResolvedMapping>,
  force = false,
  guard?: GuardSource,
): Promise<number> {
  let released = 0;
  for (const mapping of mappings) {
    const rows = (await backend.list('quarantine', { where: { table: mapping.table } })) as unknown as QuarantinedRow[];
    const due = rows.filter((row) => force || row.fingerprint !== fingerprintOf(mapping));
    if (!due.length) continue;
    await backend.transaction(remoteWriteStores(mapping.table, guard), async () => {
      const context = await remoteGuard(backend, guard, mapping.table);
      const queued = queuedKeys(
        (await backend.list('outbox', { where: { table: mapping.table } })) as unknown as OutboxEntry[],
      );
      const still: QuarantinedRow[] = [];
      const valid: StoredRecord[] = [];
      const done: string[] = [];
      for (const row of due) {
        const local = mapping.toLocal(row.raw);
        try {
          const record = await acceptRemote(context, mapping.table, local);
          if (!queued.has(row.key)) valid.push({ ...record, version: mapping.token(row.raw) });
          done.push(row.id);
        } catch (error) {
          still.push(quarantineRow(mapping, row.raw, local, error));
        }
      }
      if (valid.length) await backend.bulkPut(mapping.table, valid);
      if (done.length) await backend.bulkDelete('quarantine', done);
      if (still.length) await backend.bulkPut('quarantine', still as unknown as StoredRecord[]);
      released += done.length;
    });
  }
  return released;
}
