import type { StoredRecord } from '../data/backend.js';
import { DEFAULT_SYNCED_TABLES, type TableName } from '../data/model.js';
import type { BackendProfile } from './profile.js';
import type { Condition, RemoteRecord, ResourceMapping } from './types.js';

/** Fields that exist only in the local copy and are never sent. */
const LOCAL_FIELDS = ['version'];
/** Local timestamps the server owns when it has a clock: never sent from the browser. */
const SERVER_STAMPED = ['updatedAt', 'createdAt'];

const toSnake = (name: string) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
const toCamel = (name: string) => name.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());

/** A mapping with every default filled in (from the resource, else the profile), and the conversions both ways. */
export class ResolvedMapping {
  readonly table: TableName;
  readonly path: string;
  readonly idField: string;
  readonly idType: 'string' | 'number';
  readonly serverIds: boolean;
  readonly idRange: boolean;
  readonly updatedAtField: string;
  readonly createdAtField: string | undefined;
  readonly serverClock: boolean;
  readonly coarseTimestamps: boolean;
  readonly concurrency: 'field' | 'etag' | 'conditional' | 'none';
  readonly conflict: 'manual' | 'server-wins' | 'client-wins';
  readonly softDelete: string | undefined;
  readonly deleteStyle: 'delete' | 'tombstone';
  readonly scope: Condition[];
  private readonly renames: [local: string, remote: string][];
  private readonly snake: boolean;
  private readonly emptyAsAbsent: boolean;

  constructor(
    private readonly mapping: ResourceMapping,
    profile: BackendProfile = {},
  ) {
    this.table = mapping.table;
    this.path = mapping.path ?? mapping.table;
    this.idField = mapping.idField ?? profile.idField ?? 'id';
    this.idType = mapping.idType ?? profile.idType ?? 'string';
    this.serverIds = mapping.serverIds ?? profile.serverIds ?? false;
    this.idRange = profile.idRange ?? true;
    this.updatedAtField = mapping.updatedAtField ?? profile.updatedAt ?? 'updatedAt';
    this.createdAtField = profile.createdAt;
    this.serverClock = (profile.timestamps ?? 'server') === 'server';
    this.coarseTimestamps = profile.timestampPrecision === 'ms';
    this.concurrency = mapping.concurrency ?? profile.concurrency ?? 'field';
    this.conflict = mapping.conflict ?? 'manual';
    this.softDelete = mapping.softDelete ?? profile.softDelete;
    this.deleteStyle = this.softDelete ? (mapping.deleteStyle ?? profile.deleteStyle ?? 'delete') : 'delete';
    this.scope = mapping.scope ?? [];
    this.renames = Object.entries(mapping.rename ?? {});
    this.snake = profile.naming === 'snake';
    this.emptyAsAbsent = profile.emptyAsAbsent ?? false;
    this.identity =
      !this.renames.length && !this.snake && !this.emptyAsAbsent && !this.softDelete && this.idField === 'id';
  }

  /** Remote rows already have the local shape: copied as they are. */
  private readonly identity: boolean;

  /** What identifies this mapping's conversions: quarantined rows are tried again when it changes. */
  get fingerprint(): string {
    const { toLocal, toRemote, ...data } = this.mapping;
    return JSON.stringify([data, String(toLocal ?? ''), this.idField, this.snake, this.emptyAsAbsent]);
  }

  /** Field names converted once per name, not once per row (a pull converts 100,000 rows). */
  private readonly remoteNames = new Map<string, string>();
  private readonly localNames = new Map<string, string>();

  private remoteName(local: string): string {
    let name = this.remoteNames.get(local);
    if (name === undefined) {
      name = this.renames.find(([from]) => from === local)?.[1];
      name ??= local === 'id' ? this.idField : this.snake ? toSnake(local) : local;
      this.remoteNames.set(local, name);
    }
    return name;
  }

  private localName(remote: string): string {
    let name = this.localNames.get(remote);
    if (name === undefined) {
      name = this.renames.find(([, to]) => to === remote)?.[0];
      name ??= remote === this.idField ? 'id' : this.snake ? toCamel(remote) : remote;
      this.localNames.set(remote, name);
    }
    return name;
  }

  toRemote(local: StoredRecord): RemoteRecord {
    const remote: RemoteRecord = {};
    for (const [field, value] of Object.entries(local)) {
      if (LOCAL_FIELDS.includes(field)) continue;
      if (this.serverClock && SERVER_STAMPED.includes(field)) continue;
      remote[this.remoteName(field)] = field === 'id' ? this.remoteId(String(value)) : value;
    }
    if (this.serverIds) delete remote[this.idField];
    return this.mapping.toRemote ? this.mapping.toRemote(remote) : remote;
  }

  toLocal(remote: RemoteRecord): StoredRecord {
    const source: RemoteRecord = this.mapping.toLocal ? this.mapping.toLocal(remote) : remote;
    if (this.identity) {
      const local = { ...source };
      if (local.id !== undefined && local.id !== null) local.id = String(local.id);
      return local;
    }
    const local: StoredRecord = {};
    for (const [field, value] of Object.entries(source)) {
      if (field === this.softDelete) continue;
      if (this.emptyAsAbsent && (value === null || value === '') && field !== this.idField) continue;
      local[this.localName(field)] = value;
    }
    if (local.id !== undefined && local.id !== null) local.id = String(local.id);
    return local;
  }

  /** The id as the server types it (integers as numbers). */
  remoteId(id: string): string | number {
    return this.idType === 'number' && /^-?\d+$/.test(id) ? Number(id) : id;
  }

  /** Orders ids the way the server does: numerically for integer ids. */
  compareIds(a: string, b: string): number {
    if (this.idType === 'number') return Number(a) - Number(b);
    return a < b ? -1 : a > b ? 1 : 0;
  }

  /** The timestamp a row's changes are followed by: updated-at, else created-at (never null). */
  stamp(remote: RemoteRecord): string | number | undefined {
    const value = remote[this.updatedAtField] ?? (this.createdAtField ? remote[this.createdAtField] : undefined);
    return typeof value === 'string' || typeof value === 'number' ? value : undefined;
  }

  /** The server's concurrency token for a record: its ETag, or its updatedAt field. */
  token(remote: RemoteRecord | undefined, etag?: string): string | number | undefined {
    if (this.concurrency === 'etag') return etag;
    return remote ? this.stamp(remote) : undefined;
  }

  isTombstone(remote: RemoteRecord): boolean {
    return !!this.softDelete && !!remote[this.softDelete];
  }
}

/** Every record table (but the approver directory), each at the endpoint of its own name, unless the page says otherwise. */
export function resolveMappings(
  resources: readonly (ResourceMapping | TableName)[] = DEFAULT_SYNCED_TABLES,
  profile?: BackendProfile,
): Map<TableName, ResolvedMapping> {
  return new Map(
    resources.map((resource) => {
      const mapping = typeof resource === 'string' ? { table: resource } : resource;
      return [mapping.table, new ResolvedMapping(mapping, profile)];
    }),
  );
}
