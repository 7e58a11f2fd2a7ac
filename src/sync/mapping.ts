import type { StoredRecord } from '../data/backend.js';
import { DEFAULT_SYNCED_TABLES, type TableName } from '../data/model.js';
import type { RemoteRecord, ResourceMapping } from './types.js';

/** Fields that exist only in the local copy and are never sent. */
const LOCAL_FIELDS = ['version'];

/** A mapping with every default filled in, and the conversions in both directions. */
export class ResolvedMapping {
  readonly table: TableName;
  readonly path: string;
  readonly idField: string;
  readonly updatedAtField: string;
  readonly concurrency: 'field' | 'etag' | 'none';
  readonly conflict: 'manual' | 'server-wins' | 'client-wins';
  readonly softDelete: string | undefined;
  private readonly renames: [local: string, remote: string][];

  constructor(private readonly mapping: ResourceMapping) {
    this.table = mapping.table;
    this.path = mapping.path ?? mapping.table;
    this.idField = mapping.idField ?? 'id';
    this.updatedAtField = mapping.updatedAtField ?? 'updatedAt';
    this.concurrency = mapping.concurrency ?? 'field';
    this.conflict = mapping.conflict ?? 'manual';
    this.softDelete = mapping.softDelete;
    this.renames = Object.entries(mapping.rename ?? {});
  }

  toRemote(local: StoredRecord): RemoteRecord {
    const remote: RemoteRecord = { ...local };
    for (const field of LOCAL_FIELDS) delete remote[field];
    for (const [from, to] of this.renames) {
      if (from in remote) {
        remote[to] = remote[from];
        delete remote[from];
      }
    }
    if (this.idField !== 'id' && 'id' in remote) {
      remote[this.idField] = remote.id;
      delete remote.id;
    }
    return this.mapping.toRemote ? this.mapping.toRemote(remote) : remote;
  }

  toLocal(remote: RemoteRecord): StoredRecord {
    const local: StoredRecord = this.mapping.toLocal ? this.mapping.toLocal(remote) : { ...remote };
    if (this.idField !== 'id' && this.idField in local) {
      local.id = String(local[this.idField]);
      delete local[this.idField];
    }
    for (const [from, to] of this.renames) {
      if (to in local) {
        local[from] = local[to];
        delete local[to];
      }
    }
    if (this.softDelete) delete local[this.softDelete];
    return local;
  }

  /** The server's concurrency token for a record: its ETag, or its updatedAt field. */
  token(remote: RemoteRecord | undefined, etag?: string): string | number | undefined {
    if (this.concurrency === 'etag') return etag;
    const value = remote?.[this.updatedAtField];
    return typeof value === 'string' || typeof value === 'number' ? value : undefined;
  }

  isTombstone(remote: RemoteRecord): boolean {
    return !!this.softDelete && !!remote[this.softDelete];
  }
}

/** Every record table (but the approver directory), each at the endpoint of its own name, unless the page says otherwise. */
export function resolveMappings(
  resources: readonly (ResourceMapping | TableName)[] = DEFAULT_SYNCED_TABLES,
): Map<TableName, ResolvedMapping> {
  return new Map(
    resources.map((resource) => {
      const mapping = typeof resource === 'string' ? { table: resource } : resource;
      return [mapping.table, new ResolvedMapping(mapping)];
    }),
  );
}
