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
  op: 'eq' | 'gt' | 'gte' | 'lt';
  value: string | number;
}

export interface ListParams {
  offset: number;
  limit: number;
  sort?: { field: string; order: 'asc' | 'desc' }[];
  where?: Condition[];
  /** Ask for the total row count (an error when the server does not say it). */
  total?: boolean;
  /** Cancels the request (the engine stopping). */
  signal?: AbortSignal;
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
  /**
   * The server's updated-at the edit was based on, for backends that check it in the request itself
   * (PostgREST: `PATCH ?id=eq.X&updated_at=eq.<base>`; no row back = changed since).
   */
  ifUnchangedSince?: { field: string; value: string | number };
  signal?: AbortSignal;
}

export interface WriteResult {
  record?: RemoteRecord;
  etag?: string;
}

/**
 * A REST backend. Paths are resource endpoints relative to the connector's base URL. `create` gets
 * `id: undefined` when the server assigns ids; `update` resolves `{ record: undefined, conflict: true }`
 * when a conditional write found the record changed.
 */
export interface Connector {
  list(path: string, params: ListParams): Promise<ListResult>;
  get(path: string, id: string, signal?: AbortSignal): Promise<(WriteResult & { record: RemoteRecord }) | undefined>;
  create(path: string, id: string | undefined, record: RemoteRecord, options: WriteOptions): Promise<WriteResult>;
  update(
    path: string,
    id: string,
    patch: RemoteRecord,
    options: WriteOptions,
  ): Promise<WriteResult & { conflict?: boolean }>;
  remove(path: string, id: string, options: WriteOptions): Promise<void>;
  /** Several creates in one request (PostgREST arrays), answered with the created rows in order. */
  createMany?(path: string, records: RemoteRecord[], options: WriteOptions): Promise<RemoteRecord[]>;
  /** The server sorts by one field only (ties come in no particular order). */
  singleSort?: boolean;
}

export interface ConnectorOptions {
  /** Base URL of the API, e.g. `https://crm.example.cn/api`. */
  endpoint: string;
  /** Evaluated before every request (e.g. a fresh bearer token); never stored. */
  headers?: () => Record<string, string> | Promise<Record<string, string>>;
  /** A credential sent with the profile's auth scheme (`Authorization: Token …` for DRF); a function is read per request. */
  token?: string | (() => string | Promise<string>);
  fetch?: typeof fetch;
  /** Per-request timeout in ms (default 30,000): a request still open then is aborted and retried later. */
  timeoutMs?: number;
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
  /** How a local delete is pushed: `DELETE` (default) or a PATCH setting `softDelete` (the row stays as a tombstone). */
  deleteStyle?: 'delete' | 'tombstone';
  /** The remote field that changes on every write; drives incremental pull and, by default, conflict checks. */
  updatedAtField?: string;
  /** `number`: ids are integers on the server (compared as numbers in checkpoints). Default from the profile. */
  idType?: 'string' | 'number';
  /** The server assigns ids on create (auto-increment, its own UUID): the local id is remapped to it. */
  serverIds?: boolean;
  /**
   * Only the rows a user works on: conditions added to every pull (e.g. `[{ field: 'owner', op: 'eq',
   * value: 'me' }]`). Pushes are not filtered: local changes go out whatever their scope.
   */
  scope?: Condition[];
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
    /** The server's Retry-After, in ms. */
    readonly retryAfterMs?: number,
    /** A short code for the localised sentence shown to people (the message is the detail). */
    readonly code?: SyncErrorCode,
  ) {
    super(message);
  }
}

/** What went wrong, in words a person can act on; each has a sentence in en and zh-CN. */
export type SyncErrorCode =
  | 'network'
  | 'timeout'
  | 'server'
  | 'auth'
  | 'refused'
  | 'read-refused'
  | 'protocol'
  | 'no-progress'
  | 'no-timestamp'
  | 'redirected'
  | 'missing-total'
  | 'rate-limited';

export function classifyStatus(status: number): SyncHttpError['kind'] {
  if (status === 401 || status === 403) return 'auth';
  if (status === 409 || status === 412) return 'conflict';
  if (status === 408 || status === 429 || status >= 500) return 'retry';
  return 'invalid';
}

export type SyncState = 'stopped' | 'standby' | 'idle' | 'syncing' | 'offline' | 'paused' | 'error';

/** How one resource (table) fared in the last round. */
export interface ResourceStatus {
  state: 'ok' | 'error';
  error?: string;
  code?: SyncErrorCode;
  at: string;
}

/** What every tab can read about sync (kept in the database's meta table by the tab that syncs). */
export interface SyncStatus {
  state: SyncState;
  lastSyncAt?: string;
  lastError?: string;
  /** The kind of the last error, for a localised sentence (lastError is the detail). */
  lastErrorCode?: SyncErrorCode;
  /** When the next retry is due after a failure. */
  retryAt?: string;
  /** Per resource: one failing table never hides behind (or stops) the others. */
  resources?: Partial<Record<TableName, ResourceStatus>>;
}

/** The meta record where the syncing tab keeps its SyncStatus for every tab to read. */
export const SYNC_STATUS_KEY = 'sync-status';
