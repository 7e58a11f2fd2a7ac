import type { ListQuery, StorageBackend, StoredRecord } from './backend.js';
import { type GuardContext, guardReads, isGuarded, loadGuards } from './guard-rules.js';
import { type Dataset, newId, type RecordTypes, type TableName, ValidationError } from './model.js';

/**
 * Validation and the outbox (record-writes.ts), loaded with the first write: pages that only read never download
 * them. Await it before a transaction opens (an import() awaited inside one would let it commit early).
 */
export const loadRecordWrites = () => import('./record-writes.js');

/** What a repository needs from its store (an interface, so store.ts and repository.ts do not import each other). */
export interface RepositoryHost {
  readonly openBackend: StorageBackend | undefined;
  storageBackend(): Promise<StorageBackend>;
  import(dataset: Dataset): Promise<{ counts: Partial<Record<TableName, number>> }>;
  /** The guard context for a write inside a transaction on `backend`. */
  guardContext(backend: StorageBackend, mode: GuardContext['mode']): GuardContext;
}

/** What a caller may pass to put(): the record, with `id` and timestamps optional. */
export type NewRecord<T extends TableName> = Omit<RecordTypes[T], 'id' | 'createdAt' | 'updatedAt'> & {
  id?: string;
  createdAt?: string;
  updatedAt?: string;
};

/** A conditional write found the record changed since the version the caller started from. */
export class StaleRecordError extends Error {
  override name = 'StaleRecordError';
  constructor(
    readonly table: TableName,
    readonly id: string,
    /** The record as it is stored now (someone else's newer save). */
    readonly current: StoredRecord,
  ) {
    super(`Record "${id}" in ${table} was changed elsewhere since it was loaded`);
  }
}

export interface PutOptions {
  /**
   * Write only if the stored record still has this `updatedAt` (undefined: only if there is no stored
   * record yet). Checked in the write's own transaction, so two tabs cannot both pass it.
   */
  ifUpdatedAt?: string | undefined;
}

export class RecordNotFoundError extends Error {
  override name = 'RecordNotFoundError';
  constructor(
    readonly table: TableName,
    readonly id: string,
  ) {
    super(`No record "${id}" in ${table}`);
  }
}

/** One table: reads, and writes that are validated first (an invalid record never reaches storage). */
export class Repository<T extends TableName> {
  constructor(
    private readonly store: RepositoryHost,
    readonly table: T,
  ) {}

  get(id: string): Promise<RecordTypes[T] | undefined> {
    return this.read((backend) => backend.get(this.table, id) as Promise<RecordTypes[T] | undefined>);
  }

  list(query: ListQuery<RecordTypes[T]> = {}): Promise<RecordTypes[T][]> {
    return this.read((backend) => backend.list(this.table, query as ListQuery) as Promise<RecordTypes[T][]>);
  }

  count(query: ListQuery<RecordTypes[T]> = {}): Promise<number> {
    return this.read((backend) => backend.count(this.table, query as ListQuery));
  }

  /**
   * Creates or replaces a record. A missing id is generated; `updatedAt` is set to now. With
   * `ifUpdatedAt`, rejects with a StaleRecordError instead of overwriting a newer save.
   */
  async put(input: NewRecord<T>, options?: PutOptions): Promise<RecordTypes[T]> {
    const { validateRecord } = await loadRecordWrites();
    const now = new Date().toISOString();
    const record = validateRecord(this.table, {
      ...input,
      id: input.id ?? newId(),
      createdAt: input.createdAt ?? now,
      updatedAt: now,
    });
    const conditional = options !== undefined && 'ifUpdatedAt' in options;
    return (await this.write(record.id, (current) => {
      if (conditional && current && current.updatedAt !== options.ifUpdatedAt) {
        throw new StaleRecordError(this.table, record.id, current as StoredRecord);
      }
      return record;
    }))!;
  }

  /** Changes some fields of an existing record; the merged record is validated as a whole. */
  async update(id: string, patch: Partial<RecordTypes[T]>): Promise<RecordTypes[T]> {
    if ('id' in patch && patch.id !== id) throw new ValidationError(this.table, 'id', 'cannot be changed', id);
    const { validateRecord } = await loadRecordWrites();
    return (await this.write(id, (current) => {
      if (!current) throw new RecordNotFoundError(this.table, id);
      return validateRecord(this.table, { ...current, ...patch, id, updatedAt: new Date().toISOString() });
    }))!;
  }

  async delete(id: string): Promise<void> {
    await this.write(id, () => undefined);
  }

  /**
   * One local change: reads the current record, computes the next one (undefined = delete), lets the table's
   * guard check it (a GuardError refuses it), and writes it together with its outbox entry in one transaction.
   */
  private async write(
    id: string,
    next: (current: RecordTypes[T] | undefined) => RecordTypes[T] | undefined,
  ): Promise<RecordTypes[T] | undefined> {
    const backend = await this.store.storageBackend();
    // Loaded before the transaction opens (an import() awaited inside it would let it commit early).
    const { enqueueChange } = await loadRecordWrites();
    const guards = isGuarded(this.table) ? await loadGuards() : undefined;
    return backend.transaction([this.table, 'outbox', ...guardReads([this.table])], async () => {
      const current = (await backend.get(this.table, id)) as RecordTypes[T] | undefined;
      const proposed = next(current);
      let record = proposed;
      if (guards) {
        const context = this.store.guardContext(backend, 'local');
        const inputs = await guards.loadGuardInputs(context, this.table, current, proposed);
        record = guards.guardWrite(context, inputs, this.table, id, current, proposed) as RecordTypes[T] | undefined;
      }
      if (record && current?.updatedAt && record.updatedAt && record.updatedAt <= current.updatedAt) {
        // Two saves in one millisecond: keep updatedAt strictly increasing, it is what conditional writes compare.
        record.updatedAt = new Date(Date.parse(current.updatedAt) + 1).toISOString();
      }
      if (record) await backend.bulkPut(this.table, [record]);
      else if (current) await backend.bulkDelete(this.table, [id]);
      else return undefined;
      await enqueueChange(backend, this.table, id, current, record);
      return record;
    });
  }

  /**
   * Reads call the backend synchronously once storage is open: Dexie's liveQuery only tracks reads made
   * in its own async context, which an extra `await` before the read would leave.
   */
  private read<R>(work: (backend: StorageBackend) => Promise<R>): Promise<R> {
    const backend = this.store.openBackend;
    return backend ? work(backend) : this.store.storageBackend().then(work);
  }

  /**
   * Creates or updates many records in one transaction (a CSV import chunk): each input is merged onto the
   * stored record with its id, validated as a whole, and queued in the outbox like any edit. Any invalid
   * record rejects the whole chunk with a ValidationError and nothing of it is written.
   */
  async mergeMany(
    inputs: readonly (Partial<RecordTypes[T]> & { id: string })[],
  ): Promise<{ created: number; updated: number }> {
    const backend = await this.store.storageBackend();
    const { CHUNK_SIZE, enqueueChanges, queuedFor, validateRecord } = await loadRecordWrites();
    return backend.transaction([this.table, 'outbox'], async () => {
      // One indexed read of the records that exist (none, on a first import) instead of a get per record, beside
      // the read of their queued outbox entries: one round trip to IndexedDB, not two.
      const keys = inputs.map((input) => input.id);
      const [rows, queued] = await Promise.all([
        backend.list(this.table, { where: { id: keys } }),
        queuedFor(backend, this.table, keys),
      ]);
      const stored = new Map(rows.map((r) => [r.id, r]));
      const current = inputs.map((input) => stored.get(input.id));
      const now = new Date().toISOString();
      const records = inputs.map((input, index) => {
        const before = current[index] as RecordTypes[T] | undefined;
        // Keep updatedAt strictly increasing, as single writes do.
        const at =
          before?.updatedAt && before.updatedAt >= now ? new Date(Date.parse(before.updatedAt) + 1).toISOString() : now;
        return validateRecord(
          this.table,
          { ...before, ...input, createdAt: before?.createdAt ?? now, updatedAt: at },
          index,
        );
      });
      // The outbox write goes out with the first records; then CHUNK_SIZE records per write, each awaited, so a
      // large batch is several short tasks (cloning thousands of records at once is one long one).
      const queuing = enqueueChanges(
        backend,
        this.table,
        records.map((record, index) => ({ key: record.id, before: current[index], after: record as StoredRecord })),
        queued,
      );
      queuing.catch(() => undefined); // awaited below; a write failing first rejects the transaction anyway
      for (let start = 0; start < records.length; start += CHUNK_SIZE) {
        await backend.bulkPut(this.table, records.slice(start, start + CHUNK_SIZE) as StoredRecord[]);
      }
      await queuing;
      const updated = current.filter(Boolean).length;
      return { created: records.length - updated, updated };
    });
  }

  /** Imports many records at once: all valid and written in one transaction, or none written. */
  async import(records: unknown[]): Promise<number> {
    const result = await this.store.import({ [this.table]: records });
    return result.counts[this.table] ?? 0;
  }
}
