/**
 * CSV rows to records: values converted per field type, references (parent group, customer, stage)
 * resolved by id or name within the file and the store, ids chosen so a re-import updates instead of
 * duplicating, and every problem reported with its row, column and a reason code. No DOM, no Dexie.
 */
import { DEFAULT_STAGES } from '../../core/funnel.js';
import { newId, type TableName, ValidationError } from '../../data/model.js';
import { validateRecord } from '../../data/schemas.js';
import { type ColumnMapping, FIELDS, type FieldDef, type ImportKind } from './csv-columns.js';
import { parseDate, parseMoney, parseNumber, type ValueProblem } from './csv-values.js';

export type RowProblem =
  | ValueProblem
  | 'required'
  | 'enum'
  | 'reference-missing'
  | 'reference-ambiguous'
  | 'duplicate-key'
  | 'validation';

type Result<T> = { ok: true; value: T } | { ok: false; problem: RowProblem };

export interface RowError {
  /** Row number as a spreadsheet shows it: the header is row 1, the first record row 2. */
  row: number;
  /** The CSV header of the offending column ('' when the problem is not tied to one). */
  column: string;
  field: string;
  problem: RowProblem;
  /** The cell's text, for the message. */
  value: string;
  /** For `validation`: the model's error (its rule gives the localised wording). */
  error?: ValidationError;
}

/** What the store already holds that rows may refer to. */
export interface ImportContext {
  /** Existing customers: id -> name. */
  customers: ReadonlyMap<string, string>;
  /** Stages (the store's, else the default ones). */
  stages: readonly { id: string; name?: string; nameZh?: string }[];
}

export interface ConvertOptions {
  kind: ImportKind;
  headers: readonly string[];
  mapping: ColumnMapping;
  /** Field that identifies a record across imports: `id` (default) or e.g. `name`. */
  keyField?: string;
  /** Existing records of the imported table by key value -> id, for re-imports keyed on another column. */
  existingByKey?: ReadonlyMap<string, string>;
  context: ImportContext;
  /** Currency of money cells when the row has no currency column. */
  currency?: string;
}

export const TABLE_OF: Record<ImportKind, TableName> = {
  customers: 'customers',
  contacts: 'contacts',
  opportunities: 'opportunities',
};

/** Case- and width-insensitive lookup key for names. */
const nameKey = (text: string): string => text.normalize('NFKC').trim().toLowerCase();

/**
 * Converts all rows of a file. Built once per run: `prepare()` assigns every row its id, then rows are
 * converted on demand (`convert(i)`), chunk by chunk.
 */
export class RowConverter {
  readonly ids: string[] = [];
  private readonly defs: (FieldDef | undefined)[];
  private readonly fileIds = new Set<string>();
  private readonly fileNames = new Map<string, string[]>();
  private readonly storeNames = new Map<string, string[]>();
  private readonly stageKeys = new Map<string, string>();
  private readonly duplicateRows = new Set<number>();

  constructor(
    private readonly rows: readonly (readonly string[])[],
    private readonly options: ConvertOptions,
  ) {
    const { kind, mapping, context } = options;
    this.defs = mapping.map((field) => (field ? FIELDS[kind].find((d) => d.field === field) : undefined));
    for (const [id, name] of context.customers) push(this.storeNames, nameKey(name), id);
    const stages = context.stages.length > 0 ? context.stages : DEFAULT_STAGES;
    for (const stage of stages) {
      for (const key of [stage.id, stage.name, (stage as { nameZh?: string }).nameZh]) {
        if (key) this.stageKeys.set(nameKey(key), stage.id);
      }
    }
  }

  /**
   * Gives every row its id before any row is converted (a row may name a parent further down the file),
   * `slice` rows per task so 100,000 rows never hold the main thread.
   */
  async prepare(yieldNow: () => Promise<void> = () => Promise.resolve(), slice = 2000): Promise<void> {
    const idColumn = this.options.mapping.indexOf('id');
    const keyColumn = this.keyColumn();
    // The file's own ids and names matter only to a reference column (a customer's parent group): without one,
    // no index of 100,000 names is built.
    const references = this.options.kind === 'customers' && this.defs.some((def) => def?.type === 'customer-ref');
    const nameColumn = references ? this.options.mapping.indexOf('name') : -1;
    const byKey = new Set<string>();
    for (let start = 0; start < this.rows.length; start += slice) {
      for (let index = start; index < Math.min(this.rows.length, start + slice); index++) {
        const cells = this.rows[index]!;
        const key = keyColumn >= 0 ? nameKey(cells[keyColumn] ?? '') : '';
        if (key) {
          if (byKey.has(key)) this.duplicateRows.add(index);
          else byKey.add(key);
        }
        const id =
          (idColumn >= 0 && cells[idColumn]?.trim()) ||
          (key && this.keyField !== 'id' && this.options.existingByKey?.get(key)) ||
          newId();
        this.ids[index] = id;
        if (references) this.fileIds.add(id);
        const name = nameColumn >= 0 ? (cells[nameColumn] ?? '').trim() : '';
        if (name) push(this.fileNames, nameKey(name), id);
      }
      if (start + slice < this.rows.length) await yieldNow();
    }
  }

  /** The record for row `index` (0-based over data rows), or the problems that keep it out. */
  convert(index: number): { record?: Record<string, unknown>; errors: RowError[] } {
    const cells = this.rows[index]!;
    const row = index + 2;
    const errors: RowError[] = [];
    const record: Record<string, unknown> = { id: this.ids[index] };
    const currencyColumn = this.options.mapping.indexOf('currency');
    const currency =
      (currencyColumn >= 0 && cells[currencyColumn]?.trim().toUpperCase()) || this.options.currency || 'CNY';
    if (this.duplicateRows.has(index)) {
      const column = this.keyColumn();
      errors.push({
        row,
        column: this.options.headers[column] ?? '',
        field: this.keyField,
        problem: 'duplicate-key',
        value: cells[column] ?? '',
      });
    }
    for (let column = 0; column < this.defs.length; column++) {
      const def = this.defs[column];
      if (!def || def.field === 'id') continue;
      let text = (cells[column] ?? '').trim();
      // A leading apostrophe before = + - @ is how exported CSV keeps formulas inert (ours does too): drop it.
      if (text.startsWith("'")) text = text.replace(/^'(?=[=+\-@])/, '');
      if (text === '') continue;
      const parsed = this.value(def, text, currency);
      if (parsed.ok) record[def.target ?? def.field] = parsed.value;
      else {
        const header = this.options.headers[column] ?? '';
        errors.push({ row, column: header, field: def.field, problem: parsed.problem, value: text });
      }
    }
    if (
      record.annualRevenue !== undefined ||
      record.creditLimit !== undefined ||
      this.options.kind === 'opportunities'
    ) {
      record.currency = currency;
    }
    if (errors.length === 0) {
      try {
        validateRecord(TABLE_OF[this.options.kind], record, index);
      } catch (error) {
        if (!(error instanceof ValidationError)) throw error;
        const field = error.field.split('.')[0] ?? '';
        const column = this.options.mapping.findIndex((f) => f !== null && (f === field || this.targetOf(f) === field));
        errors.push({
          row,
          column: column >= 0 ? (this.options.headers[column] ?? '') : '',
          field: column >= 0 ? (this.options.mapping[column] ?? field) : field,
          problem: record[field] === undefined ? 'required' : 'validation',
          value: column >= 0 ? (cells[column] ?? '') : '',
          error,
        });
      }
    }
    return errors.length > 0 ? { errors } : { record, errors };
  }

  private get keyField(): string {
    return this.options.keyField ?? 'id';
  }

  private keyColumn(): number {
    return this.options.mapping.indexOf(this.keyField);
  }

  private targetOf(field: string): string | undefined {
    return FIELDS[this.options.kind].find((d) => d.field === field)?.target;
  }

  private value(def: FieldDef, text: string, currency: string): Result<unknown> {
    switch (def.type) {
      case 'money':
        return parseMoney(text, /^[A-Z]{3}$/.test(currency) ? currency : 'CNY');
      case 'date':
        return parseDate(text);
      case 'number':
        return parseNumber(text);
      case 'list':
        return {
          ok: true,
          value: text
            .split(/[;；,，、|]/)
            .map((s) => s.trim())
            .filter(Boolean),
        };
      case 'enum': {
        const value = def.synonyms?.[nameKey(text)] ?? def.synonyms?.[nameKey(text).replace(/[\s_]+/g, '-')];
        return value ? { ok: true, value } : { ok: false, problem: 'enum' };
      }
      case 'customer-ref':
        return this.customerRef(text);
      case 'stage-ref': {
        const id = this.stageKeys.get(nameKey(text));
        return id ? { ok: true, value: id } : { ok: false, problem: 'reference-missing' };
      }
      default:
        return { ok: true, value: text };
    }
  }

  /** By id (file, then store), then by name (file, then store); a name held by two accounts is ambiguous. */
  private customerRef(text: string): Result<string> {
    if (this.options.kind === 'customers' && this.fileIds.has(text)) return { ok: true, value: text };
    if (this.options.context.customers.has(text)) return { ok: true, value: text };
    const key = nameKey(text);
    const matches = [...new Set([...(this.fileNames.get(key) ?? []), ...(this.storeNames.get(key) ?? [])])];
    if (matches.length === 1) return { ok: true, value: matches[0]! };
    return { ok: false, problem: matches.length > 1 ? 'reference-ambiguous' : 'reference-missing' };
  }
}

function push(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
