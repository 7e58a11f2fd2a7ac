import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { formatMoney } from '../../core/money.js';
import type { CrmStore } from '../../data/store.js';
import { CrmElement } from '../../internal/crm-element.js';
import { colon } from '../../internal/format.js';
import { panelStyles } from '../../internal/panel-styles.js';
import { ContextStoreController } from '../../internal/store-binding.js';
import { validationReason } from '../../internal/validation-reason.js';
import { yieldToMain } from '../../internal/yield-to-main.js';
import { autoMap, type ColumnMapping, FIELDS, guessKind, IMPORT_KINDS, type ImportKind } from './csv-columns.js';
import { CSV_ENCODINGS, type CsvEncoding, decodeText, detectEncoding } from './csv-decode.js';
import { RowConverter, type RowError } from './csv-records.js';
import { importStrings } from './import.strings.js';
import { importStyles } from './import.styles.js';
import type { ImportMode, ImportOutcome, ImportProgress, ParsedCsv } from './import-run.js';

/**
 * Parsing and writing (with papaparse) load with the first file read: the first screen is a file picker, and a
 * page that never imports never downloads them. Every step after the picker runs with them loaded.
 */
let importRun: typeof import('./import-run.js') | undefined;

export interface ImportCompleteDetail {
  kind: ImportKind;
  status: ImportOutcome['status'];
  created: number;
  updated: number;
  /** Rows not imported (with their errors). */
  rejected: number;
  errors: RowError[];
}

declare global {
  interface HTMLElementTagNameMap {
    'crm-import': CrmImport;
  }
  interface GlobalEventHandlersEventMap {
    'crm-import-complete': CustomEvent<ImportCompleteDetail>;
    'crm-import-error': CustomEvent<{ message: string }>;
  }
}

const PREVIEW_ROWS = 10;
const SHOWN_ERRORS = 50;

/**
 * @tag crm-import
 * @summary CSV import of customers, contacts or opportunities: encoding and separator detection (with
 * override), automatic column mapping from English and Chinese headers (editable), a preview of the records
 * as they will be stored, per-row errors, progress with cancel, and a download of the rejected rows.
 *
 * Records are written through the store in chunks (one transaction each, with their outbox entries), so
 * they sync like any edit and a 100,000-row file never freezes the page.
 *
 * @fires crm-import-complete - An import finished, was refused (all or nothing) or was cancelled: `ImportCompleteDetail`.
 * @fires crm-import-error - The import stopped on an unexpected error (e.g. storage full): `{ message }`.
 * @csspart options - File, kind, encoding and separator choices.
 * @csspart mapping - The column mapping table.
 * @csspart preview - The preview table.
 * @csspart progress - The progress bar and counts.
 * @csspart message - The result or error message.
 * @csspart errors - The table of rejected rows.
 * @csspart download - The button that downloads the rejected rows as CSV (after an import that refused some).
 * @cssprop --crm-color-border - Borders.
 * @cssprop --crm-color-surface - Background.
 * @cssprop --crm-color-accent - The import button.
 * @cssprop --crm-color-danger - Errors.
 */
export class CrmImport extends CrmElement {
  static override translations = [importStrings];
  static override styles = [CrmElement.styles, panelStyles, importStyles];

  /** A store to write to instead of the one provided by context. */
  @property({ attribute: false }) store?: CrmStore;

  /** What the file holds; unset: guessed from its headers. */
  @property() kind?: ImportKind;

  @state() private bytes: Uint8Array | undefined;
  @state() private detected: CsvEncoding = 'utf-8';
  @state() private encoding: CsvEncoding | undefined;
  @state() private delimiter = '';
  @state() private text = '';
  @state() private preview: ParsedCsv | undefined;
  @state() private guessedKind: ImportKind = 'customers';
  /** Column -> field; editable in the mapping table. */
  @state() mapping: ColumnMapping = [];
  @state() keyField = 'id';
  @state() mode: ImportMode = 'valid-rows';
  @state() private progress: ImportProgress | undefined;
  @state() private outcome: ImportOutcome | undefined;
  @state() private failure: string | undefined;
  private csv: ParsedCsv | undefined;
  private abort: AbortController | undefined;
  private downloadUrl: string | undefined;

  private readonly contextStore = new ContextStoreController(this);

  get currentKind(): ImportKind {
    return this.kind ?? this.guessedKind;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.abort?.abort();
    if (this.downloadUrl) URL.revokeObjectURL(this.downloadUrl);
  }

  /** Reads a file (what choosing one in the file field does): detects encoding and separator, maps columns. */
  async load(file: Blob): Promise<void> {
    this.reset();
    try {
      this.bytes = new Uint8Array(await file.arrayBuffer());
    } catch {
      this.fail(this.localize.strings(importStrings).unreadable);
      return;
    }
    this.detected = detectEncoding(this.bytes).encoding;
    this.encoding = undefined;
    await this.decode();
  }

  /** Runs the import with the current mapping and choices; resolves when it has finished. */
  async start(): Promise<ImportOutcome | undefined> {
    const store = this.contextStore.store;
    if (!store || !this.text || this.progress) return undefined;
    const t = this.localize.strings(importStrings);
    this.outcome = undefined;
    this.failure = undefined;
    const abort = new AbortController();
    this.abort = abort;
    const kind = this.currentKind;
    try {
      this.progress = { phase: 'parse', done: 0, total: this.text.length };
      this.csv = await importRun!.parseCsv(this.text, {
        delimiter: this.preview?.delimiter,
        signal: abort.signal,
        onProgress: (p) => (this.progress = p),
      });
      const outcome = await importRun!.runImport(store, {
        kind,
        csv: this.csv,
        mapping: this.mapping,
        keyField: this.keyField,
        mode: this.mode,
        signal: abort.signal,
        onProgress: (p) => (this.progress = p),
      });
      this.outcome = outcome;
      this.emit('crm-import-complete', {
        kind,
        status: outcome.status,
        created: outcome.created,
        updated: outcome.updated,
        rejected: outcome.rejected.length,
        errors: outcome.errors,
      });
      return outcome;
    } catch (error) {
      if (abort.signal.aborted) {
        this.outcome = { status: 'cancelled', created: 0, updated: 0, errors: [], rejected: [] };
        return this.outcome;
      }
      this.fail(t.failed(error instanceof Error ? error.message : String(error)));
      return undefined;
    } finally {
      this.progress = undefined;
      this.abort = undefined;
    }
  }

  /** Stops a running import between write transactions (rows already saved stay saved). */
  cancel(): void {
    this.abort?.abort();
  }

  /** The rejected rows of the last import as CSV text (their cells plus a localised reason column). */
  rejectedCsvText(): string {
    if (!this.csv || !this.outcome) return '';
    const t = this.localize.strings(importStrings);
    return importRun!.rejectedCsv(this.csv, this.outcome, t.reasonHeader, (error) => this.describe(error));
  }

  private reset(): void {
    this.outcome = undefined;
    this.failure = undefined;
    this.preview = undefined;
    this.text = '';
    this.csv = undefined;
  }

  private fail(message: string): void {
    this.failure = message;
    this.emit('crm-import-error', { message });
  }

  private async decode(): Promise<void> {
    if (!this.bytes) return;
    try {
      importRun ??= await import('./import-run.js');
    } catch (error) {
      this.reportLoadFailure('the CSV reader', error);
      return;
    }
    this.text = await decodeText(this.bytes, this.encoding ?? this.detected, yieldToMain);
    this.parsePreview(true);
  }

  private parsePreview(remap: boolean): void {
    const preview = importRun!.previewCsv(this.text, this.delimiter, PREVIEW_ROWS + 1);
    this.preview = preview;
    if (preview.headers.length === 0 || preview.rows.length === 0) {
      this.fail(this.localize.strings(importStrings).noRows);
      return;
    }
    if (remap) {
      this.guessedKind = guessKind(preview.headers);
      this.remap();
    }
  }

  private remap(): void {
    if (!this.preview) return;
    this.mapping = autoMap(this.preview.headers, this.currentKind);
    this.keyField = this.mapping.includes('id') ? 'id' : this.mapping.includes('name') ? 'name' : 'id';
  }

  private reasonOf(error: RowError): string {
    return error.problem === 'validation' && error.error
      ? validationReason(error.error, this.localize.locale)
      : this.localize.strings(importStrings).problems[error.problem](error.value);
  }

  private columnOf(error: RowError): string {
    return error.column || this.localize.strings(importStrings).fields[error.field] || error.field;
  }

  /** `Row 3, 金额: “abc” is not an amount`: one line of the rejected-rows file. */
  private describe(error: RowError): string {
    const zh = this.localize.locale === 'zh-CN';
    return `${this.localize.strings(importStrings).row} ${error.row}${zh ? '，' : ', '}${this.columnOf(error)}${colon(this.localize.locale)}${this.reasonOf(error)}`;
  }

  protected override updated(): void {
    if (this.downloadUrl && !this.outcome?.rejected.length) {
      URL.revokeObjectURL(this.downloadUrl);
      this.downloadUrl = undefined;
    }
  }

  private download(): void {
    if (this.downloadUrl) URL.revokeObjectURL(this.downloadUrl);
    this.downloadUrl = URL.createObjectURL(new Blob([this.rejectedCsvText()], { type: 'text/csv;charset=utf-8' }));
    const link = this.renderRoot.querySelector<HTMLAnchorElement>('a[download]');
    if (link) {
      link.href = this.downloadUrl;
      link.click();
    }
  }

  protected override render() {
    const t = this.localize.strings(importStrings);
    return html`
      <section aria-labelledby="heading">
        <h2 id="heading">${t.heading}</h2>
        ${this.renderChoices()} ${this.preview?.rows.length ? this.renderMapping() : nothing}
        ${this.preview?.rows.length ? this.renderPreview() : nothing} ${this.renderRun()} ${this.renderOutcome()}
      </section>
    `;
  }

  private renderChoices() {
    const t = this.localize.strings(importStrings);
    const running = !!this.progress;
    return html`<div part="options">
      <label
        >${t.file}
        <input
          type="file"
          accept=".csv,.tsv,.txt,text/csv"
          ?disabled=${running}
          @change=${(e: Event) => {
            const file = (e.target as HTMLInputElement).files?.[0];
            if (file) void this.load(file);
          }}
      /></label>
      <label
        >${t.kind}
        <select
          ?disabled=${running}
          @change=${(e: Event) => {
            this.kind = (e.target as HTMLSelectElement).value as ImportKind;
            this.remap();
          }}
        >
          ${IMPORT_KINDS.map((k) => html`<option value=${k} ?selected=${k === this.currentKind}>${t.kinds[k]}</option>`)}
        </select></label
      >
      <label
        >${t.encoding}
        <select
          ?disabled=${running || !this.bytes}
          @change=${(e: Event) => {
            this.encoding = (e.target as HTMLSelectElement).value as CsvEncoding;
            void this.decode();
          }}
        >
          ${CSV_ENCODINGS.map(
            (enc) => html`<option value=${enc} ?selected=${enc === (this.encoding ?? this.detected)}>
              ${t.encodings[enc]}${enc === this.detected && this.bytes ? ` (${t.detected(t.encodings[enc])})` : ''}
            </option>`,
          )}
        </select></label
      >
      <label
        >${t.delimiter}
        <select
          ?disabled=${running || !this.bytes}
          @change=${(e: Event) => {
            this.delimiter = (e.target as HTMLSelectElement).value;
            this.parsePreview(true);
          }}
        >
          ${Object.entries(t.delimiters).map(
            ([value, label]) =>
              html`<option value=${value} ?selected=${value === (this.delimiter || this.preview?.delimiter)}>${label}</option>`,
          )}
        </select></label
      >
    </div>`;
  }

  private renderMapping() {
    const t = this.localize.strings(importStrings);
    const preview = this.preview!;
    const fields = FIELDS[this.currentKind];
    const keyOptions = ['id', ...fields.filter((f) => f.field === 'name' || f.field === 'email').map((f) => f.field)];
    return html`<h3 id="mapping">${t.mapping}</h3>
      <div class="table-wrap" tabindex="0" role="region" aria-labelledby="mapping">
        <table part="mapping" aria-labelledby="mapping">
          <thead>
            <tr><th scope="col">${t.column}</th><th scope="col">${t.field}</th><th scope="col">${t.sample}</th></tr>
          </thead>
          <tbody>
            ${preview.headers.map(
              (header, column) => html`<tr>
                <th scope="row" id=${`col-${column}`}>${header}</th>
                <td>
                  <select
                    aria-labelledby=${`col-${column}`}
                    data-column=${column}
                    @change=${(e: Event) => {
                      const next = [...this.mapping];
                      next[column] = (e.target as HTMLSelectElement).value || null;
                      this.mapping = next;
                    }}
                  >
                    <option value="" ?selected=${!this.mapping[column]}>${t.skip}</option>
                    ${fields.map(
                      (f) =>
                        html`<option value=${f.field} ?selected=${this.mapping[column] === f.field}>${t.fields[f.field] ?? f.field}</option>`,
                    )}
                  </select>
                </td>
                <td class="muted">${preview.rows[0]?.[column] ?? ''}</td>
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
      <fieldset>
        <legend>${t.key}</legend>
        ${keyOptions
          .filter((f) => this.mapping.includes(f))
          .map(
            (f) => html`<label
              ><input type="radio" name="key" .checked=${this.keyField === f} @change=${() => (this.keyField = f)} />
              ${t.fields[f]}</label
            >`,
          )}
        <p class="muted">${t.keyHint}</p>
      </fieldset>
      <fieldset>
        <legend>${t.mode}</legend>
        ${(['valid-rows', 'all-or-nothing'] as const).map(
          (mode) => html`<label
            ><input type="radio" name="mode" value=${mode} .checked=${this.mode === mode} @change=${() => (this.mode = mode)} />
            ${t.modes[mode]}</label
          >`,
        )}
      </fieldset>`;
  }

  /** The first rows converted as they will be stored (references are resolved at import time). */
  private renderPreview() {
    const t = this.localize.strings(importStrings);
    const preview = this.preview!;
    const converter = new RowConverter(preview.rows, {
      kind: this.currentKind,
      headers: preview.headers,
      mapping: this.mapping,
      context: { customers: new Map(), stages: [] },
    });
    void converter.prepare(); // Ten rows: done synchronously (no yield is reached).
    const columns = this.mapping.map((field, column) => ({ field, column })).filter((c) => c.field);
    const defs = FIELDS[this.currentKind];
    return html`<h3 id="preview">${t.preview(preview.rows.length, this.text ? this.approxRows() : 0)}</h3>
      <div class="table-wrap" tabindex="0" role="region" aria-labelledby="preview">
        <table part="preview" aria-labelledby="preview">
          <thead>
            <tr>
              ${columns.map((c) => html`<th scope="col">${t.fields[c.field!] ?? c.field}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${preview.rows.map((cells, index) => {
              const { record, errors } = converter.convert(index);
              return html`<tr>
                ${columns.map(({ field, column }) => {
                  const def = defs.find((d) => d.field === field);
                  const error = errors.find((e) => e.field === field && e.problem !== 'reference-missing');
                  if (error) return html`<td class="invalid">${this.reasonOf(error)}</td>`;
                  const value = record?.[def?.target ?? field!];
                  if (def?.type === 'money' && typeof value === 'number') {
                    const currency = (record?.currency as string) ?? 'CNY';
                    return html`<td>${formatMoney({ amount: value, currency }, { locale: this.localize.locale })}</td>`;
                  }
                  return html`<td>${def?.target || value === undefined ? (cells[column] ?? '') : String(value)}</td>`;
                })}
              </tr>`;
            })}
          </tbody>
        </table>
      </div>`;
  }

  /** Line count as a cheap estimate of the row total for the preview heading (quoted newlines overcount). */
  private approxRows(): number {
    let lines = 0;
    for (let i = this.text.indexOf('\n'); i >= 0; i = this.text.indexOf('\n', i + 1)) lines++;
    return Math.max(0, lines - (this.text.endsWith('\n') ? 1 : 0));
  }

  private renderRun() {
    const t = this.localize.strings(importStrings);
    const progress = this.progress;
    return html`<div class="actions">
        ${
          progress
            ? html`<button type="button" @click=${() => this.cancel()}>${t.cancel}</button>`
            : html`<button type="button" class="primary" ?disabled=${!this.preview?.rows.length} @click=${() => this.start()}>
              ${t.start}
            </button>`
        }
      </div>
      <div part="progress" role="status">
        ${
          progress
            ? html`<progress max=${progress.total} .value=${progress.done} aria-label=${t.phases[progress.phase]}></progress>
              <span>${t.progress(t.phases[progress.phase], progress.done, progress.total)}</span>`
            : nothing
        }
      </div>`;
  }

  private renderOutcome() {
    const t = this.localize.strings(importStrings);
    const outcome = this.outcome;
    if (this.failure) return html`<p part="message" class="error" role="alert">${this.failure}</p>`;
    if (!outcome) return nothing;
    const message =
      outcome.status === 'rejected'
        ? t.rejectedAll(outcome.errors.length)
        : outcome.status === 'cancelled'
          ? t.cancelled(outcome.created + outcome.updated)
          : t.imported(outcome.created, outcome.updated);
    const errors = outcome.errors;
    return html`<p part="message" role="status">${message}</p>
      ${
        errors.length
          ? html`<h3 id="errors">${t.errorsHeading(outcome.rejected.length)}</h3>
            <div class="table-wrap" tabindex="0" role="region" aria-labelledby="errors">
              <table part="errors" aria-labelledby="errors">
                <thead>
                  <tr><th scope="col">${t.row}</th><th scope="col">${t.column}</th><th scope="col">${t.reason}</th></tr>
                </thead>
                <tbody>
                  ${errors
                    .slice(0, SHOWN_ERRORS)
                    .map(
                      (e) => html`<tr><td>${e.row}</td><td>${this.columnOf(e)}</td><td>${this.reasonOf(e)}</td></tr>`,
                    )}
                </tbody>
              </table>
            </div>
            ${errors.length > SHOWN_ERRORS ? html`<p class="muted">${t.more(errors.length - SHOWN_ERRORS)}</p>` : nothing}
            ${
              outcome.rejected.length && outcome.status !== 'rejected'
                ? html`<p>
                  <button type="button" part="download" @click=${() => this.download()}>${t.download}</button>
                  <a download="rejected-rows.csv" hidden></a>
                </p>`
                : nothing
            }`
          : nothing
      }`;
  }
}

CrmImport.define('crm-import');
