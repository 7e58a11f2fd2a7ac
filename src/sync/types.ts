/**
 * The contract between the sync engine and a REST backend: a connector per dialect (json-server,
 * simple REST, PostgREST, JSON:API) and a mapping per resource. Nothing here touches IndexedDB.
 */
import type { StoredRecord } from '../data/backend.js';
import type { TableName } from '../data/model.js';

export type RemoteRecord = Record<string, unknown>;

/** One filter condition; dialects translate it into their query syntax. */
export interface Condition {
  field: string;
  op: 'eq' | 'gt' | 'gte';
  value: string | number;
}

export interface ListParams {
  offset: number;
  limit: number;
  sort?: { field: string; order: 'asc' | 'desc' }[];
  where?: Condition[];
  /** Ask for the total row count (an error when the server does not say it). */
  total?: boolean;
}

export interface ListResult {
  rows: RemoteRecord[];
  total?: number;
}

export interface WriteOptions {
  /** Sent as the Idempotency-Key header so a retried request is applied once. */
  idempotencyKey: string;
  /** Sent as If-Match: the server refuses the write (412) if the record changed since. */
  ifMatch?: string;
}

export interface WriteResult {
  record?: RemoteRecord;
  etag?: string;
}

/** A REST backend in one dialect. Paths are resource endpoints relative to the connector's base URL. */
export interface Connector {
  list(path: string, params: ListParams): Promise<ListResult>;
  get(path: string, id: string): Promise<(WriteResult & { record: RemoteRecord }) | undefined>;
  create(path: string, id: string, record: RemoteRecord, options: WriteOptions): Promise<WriteResult>;
  update(path: string, id: string, patch: RemoteRecord, options: WriteOptions): Promise<WriteResult>;
  remove(path: string, id: string, options: WriteOptions): Promise<void>;
}

export interface ConnectorOptions {
  /** Base URL of the API, e.g. `https://crm.example.cn/api`. */
  endpoint: string;
  /** Evaluated before every request (e.g. a fresh bearer token); never stored. */
  headers?: () => Record<string, string> | Promise<Record<string, string>>;
  fetch?: typeof fetch;
}

/** How one local table maps to one remote resource. */
export interface ResourceMapping {
  table: TableName;
  /** Endpoint path; default: the table name. */
  path?: string;
  /** The remote id field; default `id`. */
  idField?: string;
  /** Local field name -> remote field name. */
  rename?: Record<string, string>;
  /** Last word on the shape, after renames. */
  toRemote?: (local: StoredRecord) => RemoteRecord;
  toLocal?: (remote: RemoteRecord) => StoredRecord;
  /** A remote field that marks a deleted record (a tombstone), e.g. `deleted`. */
  softDelete?: string;
  /** The remote field that changes on every write; drives incremental pull and, by default, conflict checks. */
  updatedAtField?: string;
  /** `field`: compare `updatedAtField` before writing; `etag`: If-Match; `none`: last write wins. */
  concurrency?: 'field' | 'etag' | 'none';
  /** What to do when both sides changed the same field: keep both and ask (`manual`), or let one side win. */
  conflict?: 'manual' | 'server-wins' | 'client-wins';
}

/** A failed request, classified so the engine knows whether to retry, park, pause or ask. */
export class SyncHttpError extends Error {
  override name = 'SyncHttpError';
  constructor(
    message: string,
    readonly status: number,
    readonly kind: 'retry' | 'conflict' | 'invalid' | 'auth' | 'protocol',
  ) {
    super(message);
  }
}

export function classifyStatus(status: number): SyncHttpError['kind'] {
  if (status === 401 || status === 403) return 'auth';
  if (status === 409 || status === 412) return 'conflict';
  if (status === 408 || status === 429 || status >= 500) return 'retry';
  return 'invalid';
}

export type SyncState = 'stopped' | 'standby' | 'idle' | 'syncing' | 'offline' | 'paused' | 'error';

/** What every tab can read about sync (kept in the database's meta table by the tab that syncs). */
export interface SyncStatus {
  state: SyncState;
  lastSyncAt?: string;
  lastError?: string;
  /** When the next retry is due after a failure. */
  retryAt?: string;
}

/** The meta record where the syncing tab keeps its SyncStatus for every tab to read. */
export const SYNC_STATUS_KEY = 'sync-status';
