/**
 * One CSV import, start to end, without DOM: parse (papaparse, streamed in chunks with a yield between
 * them), resolve and check every row, then write the valid records through the store, five 500-record chunks
 * per transaction, each chunk with its one outbox entry for the new records (data/outbox.ts). Cancel stops
 * between transactions.
 *
 * Why not papaparse's `worker: true`: it builds its worker from a `blob:` URL of its own source, which a
 * strict Content-Security-Policy (`worker-src 'self'`) refuses and which does not work from an ES module
 * bundle. Chunked parsing on the main thread, yielding after every chunk, keeps each task short instead.
 */
import Papa from 'papaparse';
import { CHUNK_SIZE } from '../../data/outbox.js';
import type { CrmStore } from '../../data/store.js';
import { yieldToMain } from '../../internal/yield-to-main.js';
import type { ColumnMapping, ImportKind } from './csv-columns.js';
import { type ImportContext, RowConverter, type RowError, TABLE_OF } from './csv-records.js';

export type ImportMode = 'valid-rows' | 'all-or-nothing';
export type ImportPhase = 'parse' | 'read' | 'check' | 'write';

export interface ImportProgress {
  phase: ImportPhase;
  done: number;
  total: number;
}

export interface ParsedCsv {
  headers: string[];
  rows: string[][];
  delimiter: string;
}

const DELIMITERS = [',', ';', '\t'];

/** The first rows only (for the mapping step and preview): papaparse stops after `rows`. */
export function previewCsv(text: string, delimiter = '', rows = 11): ParsedCsv {
  const result = Papa.parse<string[]>(text, {
    delimiter,
    delimitersToGuess: DELIMITERS,
    preview: rows,
    skipEmptyLines: 'greedy',
  });
  const [headers = [], ...data] = result.data;
  return { headers: headers.map((h) => h.trim()), rows: data, delimiter: result.meta.delimiter };
}

/** The whole file, in chunks of about `chunkSize` characters with a yield after each. */
export function parseCsv(
  text: string,
  options: {
    delimiter?: string;
    signal?: AbortSignal;
    onProgress?: (p: ImportProgress) => void;
    chunkSize?: number;
  } = {},
): Promise<ParsedCsv> {
  return new Promise((resolve, reject) => {
    const all: string[][] = [];
    let delimiter = options.delimiter ?? '';
    Papa.parse<string[]>(text, {
      delimiter,
      delimitersToGuess: DELIMITERS,
      skipEmptyLines: 'greedy',
      chunkSize: options.chunkSize ?? 128 * 1024,
      chunk(results: Papa.ParseResult<string[]>, parser: Papa.Parser) {
        for (const row of results.data) all.push(row);
        delimiter ||= results.meta.delimiter;
        options.onProgress?.({ phase: 'parse', done: Math.min(text.length, results.meta.cursor), total: text.length });
        parser.pause();
        yieldToMain().then(() => (options.signal?.aborted ? parser.abort() : parser.resume()));
      },
      complete() {
        if (options.signal?.aborted) reject(options.signal.reason ?? new DOMException('Cancelled', 'AbortError'));
        const [headers = [], ...rows] = all;
        resolve({ headers: headers.map((h) => h.trim()), rows, delimiter });
      },
      error: (error: Error) => reject(error),
    });
  });
}

export interface ImportRequest {
  kind: ImportKind;
  csv: ParsedCsv;
  mapping: ColumnMapping;
  /** `id` (default) or another mapped field (e.g. `name`) that identifies a record across imports. */
  keyField?: string;
  mode: ImportMode;
  currency?: string;
  signal?: AbortSignal;
  onProgress?: (progress: ImportProgress) => void;
  /** Rows checked per task and records per transaction; small enough that a chunk's work stays well under 100 ms. */
  chunkSize?: number;
}

export interface ImportOutcome {
  status: 'imported' | 'rejected' | 'cancelled';
  created: number;
  updated: number;
  errors: RowError[];
  /** Data-row indexes (0-based) not imported because of errors. */
  rejected: number[];
}

const PAGE = 5000;

/** Reads a table in pages (each a short task) instead of one 100k-record read. */
async function readAll<T>(
  list: (page: { offset: number; limit: number }) => Promise<T[]>,
  signal?: AbortSignal,
): Promise<T[]> {
  const all: T[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = await list({ offset, limit: PAGE });
    all.push(...page);
    if (page.length < PAGE || signal?.aborted) return all;
    await yieldToMain();
  }
}

/** What references need from the store: existing customers (id -> name) and stages. */
async function loadContext(store: CrmStore, request: ImportRequest): Promise<ImportContext> {
  const { kind, mapping, keyField = 'id' } = request;
  const needsCustomers = kind !== 'customers' || mapping.includes('parent') || keyField !== 'id';
  const customers = needsCustomers ? await readAll((page) => store.customers.list(page), request.signal) : [];
  const stages = kind === 'opportunities' ? await store.stages.list() : [];
  return { customers: new Map(customers.map((c) => [c.id, c.name])), stages };
}

async function existingByKey(store: CrmStore, request: ImportRequest): Promise<Map<string, string> | undefined> {
  const { keyField = 'id' } = request;
  if (keyField === 'id') return undefined;
  const repository = store[TABLE_OF[request.kind]] as unknown as {
    list(q: { offset: number; limit: number }): Promise<Record<string, unknown>[]>;
  };
  const records = await readAll((page) => repository.list(page), request.signal);
  const map = new Map<string, string>();
  for (const r of records) {
    const key = r[keyField];
    if (typeof key === 'string') map.set(key.normalize('NFKC').trim().toLowerCase(), r.id as string);
  }
  return map;
}

const CHUNKS_PER_TRANSACTION = 5;

export async function runImport(store: CrmStore, request: ImportRequest): Promise<ImportOutcome> {
  const { csv, signal, onProgress } = request;
  // 500: a chunk's synchronous part (checks, or cloning 500 records into IndexedDB) stays well under 100 ms on a
  // loaded machine; 1,000 made 130-285 ms tasks (with an entry per record then). Matches CHUNK_SIZE, the records
  // mergeMany writes per task and per outbox entry.
  const chunk = request.chunkSize ?? CHUNK_SIZE;
  const total = csv.rows.length;
  const outcome: ImportOutcome = { status: 'imported', created: 0, updated: 0, errors: [], rejected: [] };
  const cancelled = () => signal?.aborted ?? false;

  onProgress?.({ phase: 'read', done: 0, total });
  const context = await loadContext(store, request);
  const converter = new RowConverter(csv.rows, {
    kind: request.kind,
    headers: csv.headers,
    mapping: request.mapping,
    keyField: request.keyField,
    existingByKey: await existingByKey(store, request),
    context,
    currency: request.currency,
  });
  await converter.prepare(yieldToMain);

  const valid: Record<string, unknown>[] = [];
  for (let start = 0; start < total; start += chunk) {
    if (cancelled()) return { ...outcome, status: 'cancelled' };
    for (let i = start; i < Math.min(total, start + chunk); i++) {
      const { record, errors } = converter.convert(i);
      if (record) valid.push(record);
      else {
        outcome.errors.push(...errors);
        outcome.rejected.push(i);
      }
    }
    onProgress?.({ phase: 'check', done: Math.min(total, start + chunk), total });
    await yieldToMain();
  }
  if (request.mode === 'all-or-nothing' && outcome.errors.length > 0) return { ...outcome, status: 'rejected' };

  const repository = store[TABLE_OF[request.kind]] as unknown as {
    mergeMany(records: Record<string, unknown>[]): Promise<{ created: number; updated: number }>;
  };
  // Several chunks per transaction: each commit costs (on disk, about 10 ms), while mergeMany still writes 500
  // records per task inside it.
  const perTransaction = chunk * CHUNKS_PER_TRANSACTION;
  for (let start = 0; start < valid.length; start += perTransaction) {
    if (cancelled()) return { ...outcome, status: 'cancelled' };
    const counts = await repository.mergeMany(valid.slice(start, start + perTransaction));
    outcome.created += counts.created;
    outcome.updated += counts.updated;
    onProgress?.({ phase: 'write', done: outcome.created + outcome.updated, total: valid.length });
    await yieldToMain();
  }
  return outcome;
}

/** The rejected rows as CSV (original cells plus a reason column), with a BOM so Excel reads UTF-8. */
export function rejectedCsv(
  csv: ParsedCsv,
  outcome: ImportOutcome,
  reasonHeader: string,
  describe: (error: RowError) => string,
): string {
  const byRow = new Map<number, string[]>();
  for (const error of outcome.errors) {
    const list = byRow.get(error.row - 2) ?? [];
    list.push(describe(error));
    byRow.set(error.row - 2, list);
  }
  const data = outcome.rejected.map((i) => [...csv.rows[i]!, (byRow.get(i) ?? []).join('; ')]);
  return `\uFEFF${Papa.unparse([[...csv.headers, reasonHeader], ...data], { delimiter: csv.delimiter || ',', escapeFormulae: true })}`;
}
