import { virtualize, virtualizerRef } from '@lit-labs/virtualizer/virtualize.js';
import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { RiskRating } from '../../core/group.js';
import { parseTimestamp } from '../../core/time.js';
import type { Customer } from '../../data/model.js';
import type { CrmStore } from '../../data/store.js';
import { CrmElement } from '../../internal/crm-element.js';
import type { CustomerSelectDetail } from '../customer-card/customer-card.js';
import { AccountData } from './account-data.js';
import { accountListStrings } from './account-list.strings.js';
import { accountListStyles } from './account-list.styles.js';
import {
  type AccountFilters,
  type AccountRow,
  buildRows,
  COLUMNS,
  type ColumnKey,
  cellText,
  matchesFilters,
  type SortKey,
  sortOrder,
  type TreeEntry,
  treeEntries,
} from './account-model.js';
import { AccountSearch } from './account-search.js';
import { renderToolbar } from './account-toolbar.js';
import { AccountTotalsController, OVERFLOW } from './account-totals.js';
import '../account-form/account-form.js';
import { yieldToMain } from '../../internal/yield-to-main.js';

declare global {
  interface HTMLElementTagNameMap {
    'crm-account-list': CrmAccountList;
  }
  interface GlobalEventHandlersEventMap {
    'crm-selection-change': CustomEvent<{ ids: string[] }>;
  }
}

const FULL_COLUMNS: ColumnKey[] = [
  'name',
  'alias',
  'tier',
  'owner',
  'industry',
  'risk',
  'revenue',
  'pipeline',
  'lastContact',
];
const COMPACT_COLUMNS: ColumnKey[] = ['name', 'tier', 'owner'];
const TYPE_AHEAD_MS = 700;
const ANNOUNCE_MS = 400;

/**
 * @tag crm-account-list
 * @summary The searchable list of accounts (virtualized for 100,000 and more): search by name, alias,
 * owner, id and pinyin (full or initials), filters, sorting, columns, the group hierarchy as a tree,
 * keyboard navigation, multi-select with CSV export, and a "New account" form.
 *
 * Reads through the store with a live query, so edits elsewhere (a card, another tab, sync) show up in
 * place, keeping the scroll position and the selection.
 *
 * @fires crm-customer-select - An account was chosen (Enter or click): `{ customerId }`.
 * @fires crm-selection-change - The set of selected rows changed: `{ ids }`.
 * @csspart toolbar - Search, filters, sort, columns and actions.
 * @csspart search - The search field.
 * @csspart status - Row count, selection count and the totals.
 * @csspart totals - Annual revenue and open pipeline of the accounts shown, compact, per currency.
 * @csspart grid - The grid (header and rows).
 * @csspart header-row - The column headers.
 * @csspart row - One account row (also `selected`, `active`).
 * @csspart message - Loading, empty, no-match and error messages.
 * @cssprop --crm-account-list-height - Height of the element (default 32rem).
 * @cssprop --crm-account-list-row-height - Row height (default 2.25rem; compact 1.75rem).
 * @cssprop --crm-color-selected - Background of selected rows.
 * @cssprop --crm-color-accent - Active row marker and primary button.
 * @cssprop --crm-color-border - Borders.
 */
export class CrmAccountList extends CrmElement {
  static override translations = [accountListStrings];
  static override styles = [CrmElement.styles, accountListStyles];

  /** A store to read from instead of the one provided by context. */
  @property({ attribute: false }) store?: CrmStore;

  /** `full` (toolbar with filters, more columns) or `compact` (search and a few columns). */
  @property({ reflect: true }) variant: 'full' | 'compact' = 'full';

  /** Columns to show, by attribute name (comma-separated in HTML): name, alias, id, tier, owner, … */
  @property({
    converter: {
      fromAttribute: (value: string | null) =>
        value
          ? value
              .split(',')
              .map((s) => s.trim())
              .filter((s): s is ColumnKey => (COLUMNS as readonly string[]).includes(s))
          : undefined,
      toAttribute: (value: ColumnKey[] | undefined) => value?.join(','),
    },
  })
  columns?: ColumnKey[];

  /** Shows the group hierarchy as an indented tree. */
  @property({ type: Boolean, reflect: true }) tree = false;

  /** The reference time for warning signs (ISO date or timestamp); default now. */
  @property() now?: string;

  /** The chosen account (set by Enter or click, and reflected to the attribute; the page may set it too). */
  @property({ attribute: 'selected-id', reflect: true }) selectedId?: string;

  @state() query = '';
  @state() filters: AccountFilters = {};
  @state() sortKey: SortKey = 'name';
  @state() descending = false;
  @state() private selection = new Set<string>();
  @state() private activeId: string | undefined;
  @state() private collapsed = new Set<string>();
  @state() private announcement = '';
  @state() private formOpen = false;
  /** Printing: every row is rendered in document flow (the virtualizer renders only what is in view). */
  @state() private printing = false;

  @query('[part="rows"]') private rowsHost?: HTMLElement & {
    [virtualizerRef]?: { element(i: number): { scrollIntoView(o?: ScrollIntoViewOptions): void } | undefined };
  };
  @query('dialog') private dialog?: HTMLDialogElement;

  private readonly data = new AccountData(this, () => this.store);
  private readonly totals = new AccountTotalsController(this);
  private source: unknown;
  private rows: AccountRow[] = [];
  private search = new AccountSearch([]);
  private orderFor: { rows: AccountRow[]; key: SortKey; descending: boolean; order: Int32Array } | undefined;
  private viewKey: unknown[] = [];
  private viewQuery: string | undefined;
  private view: TreeEntry[] = [];
  /** One flat-view entry per row, made once per data version (a keystroke allocates no row objects). */
  private flat: TreeEntry[] = [];
  private typed = '';
  private typedAt = 0;
  private announceTimer: ReturnType<typeof setTimeout> | undefined;

  /** The rows shown now, in order (after search, filters, sort and collapsing). */
  get visibleRows(): readonly AccountRow[] {
    this.computeView();
    return this.view.map((e) => e.row);
  }

  /** Ids of the selected rows. */
  get selectedIds(): string[] {
    return [...this.selection];
  }

  private printQuery: MediaQueryList | undefined;
  private readonly onPrint = (event: Event): void => {
    this.printing = event.type === 'change' ? (event as MediaQueryListEvent).matches : event.type === 'beforeprint';
  };

  override connectedCallback(): void {
    super.connectedCallback();
    // beforeprint for the print dialog; the media query for print emulation and engines that skip the event.
    window.addEventListener('beforeprint', this.onPrint);
    window.addEventListener('afterprint', this.onPrint);
    this.printQuery = matchMedia('print');
    this.printQuery.addEventListener('change', this.onPrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.announceTimer);
    window.removeEventListener('beforeprint', this.onPrint);
    window.removeEventListener('afterprint', this.onPrint);
    this.printQuery?.removeEventListener('change', this.onPrint);
  }

  private get shownColumns(): ColumnKey[] {
    return this.columns?.length ? this.columns : this.variant === 'compact' ? COMPACT_COLUMNS : FULL_COLUMNS;
  }

  private get nowMs(): number {
    const at = this.now ? parseTimestamp(this.now) : Number.NaN;
    return Number.isNaN(at) ? Date.now() : at;
  }

  /** Rebuilds rows when the data changed, the order when rows or sort changed, the view when anything did. */
  private computeView(): void {
    const source = this.data.source;
    if (source?.data !== this.source) {
      this.source = source?.data;
      this.rows = source ? buildRows(source.data, this.nowMs) : [];
      this.search.setRows(this.rows);
      if (this.query) void this.preparePinyin();
    }
    let o = this.orderFor;
    if (!o || o.rows !== this.rows || o.key !== this.sortKey || o.descending !== this.descending) {
      o = {
        rows: this.rows,
        key: this.sortKey,
        descending: this.descending,
        order: sortOrder(this.rows, this.sortKey, this.descending),
      };
      this.orderFor = o;
    }
    const order = o.order;
    const q = this.query.trim().toLowerCase();
    const key = [order, this.filters, this.tree, this.collapsed, this.search.hasPinyin];
    const sameBase = key.length === this.viewKey.length && key.every((k, i) => k === this.viewKey[i]);
    if (sameBase && q === this.viewQuery) return;
    const match = this.search.matcher(q);
    const rows = this.rows;
    const filters = this.filters;
    const visible = (i: number) => match(i) && matchesFilters(rows[i]!, filters);
    if (this.tree) {
      this.view = treeEntries(rows, order, visible, this.collapsed);
    } else if (sameBase && this.viewQuery !== undefined && q.startsWith(this.viewQuery)) {
      // Typing on: the matches of a longer query are among those of the shorter one.
      this.view = this.view.filter((entry) => match(entry.index!));
    } else {
      if (this.flat.length !== rows.length || this.flat[0]?.row !== rows[0]) {
        this.flat = rows.map((row, index) => ({ row, level: 1, index }));
      }
      const view: TreeEntry[] = [];
      for (const i of order) if (visible(i)) view.push(this.flat[i]!);
      this.view = view;
    }
    this.viewKey = key;
    this.viewQuery = q;
  }

  private async preparePinyin(): Promise<void> {
    const search = this.search;
    await search.preparePinyin(yieldToMain);
    if (search === this.search && search.hasPinyin) this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('query') && this.query) void this.preparePinyin();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('query') || changed.has('filters')) {
      // Announced once typing pauses, so a screen reader is not flooded on every keystroke.
      clearTimeout(this.announceTimer);
      this.announceTimer = setTimeout(() => {
        const t = this.localize.strings(accountListStrings);
        this.announcement = t.count(this.view.length, this.rows.length);
      }, ANNOUNCE_MS);
    }
  }

  protected override render() {
    const t = this.localize.strings(accountListStrings);
    this.computeView();
    const source = this.data.source;
    const status = this.data.status;
    return html`
      <h2 class="visually-hidden" id="heading">${t.heading}</h2>
      ${this.renderToolbar()}
      <div part="status">
        <span>${source ? t.count(this.view.length, this.rows.length) : ''}</span>
        ${source && this.view.length ? this.renderTotals() : nothing}
        ${this.selection.size ? html`<span>${t.selected(this.selection.size)}</span>` : nothing}
        ${source && !source.complete ? html`<span>${t.loadingRest}</span>` : nothing}
      </div>
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
      ${
        status === 'error'
          ? html`<p part="message" class="error" role="alert">
            ${t.error(this.data.error instanceof Error ? this.data.error.message : String(this.data.error))}
            <button type="button" @click=${() => this.data.retry()}>${t.retry}</button>
          </p>`
          : !source
            ? html`<p part="message" role="status">${t.loading}</p>`
            : this.rows.length === 0 && source.complete
              ? html`<p part="message">${t.empty}</p>`
              : this.view.length === 0 && source.complete
                ? html`<p part="message">
                  ${t.noMatch(this.query.trim())}
                  <button type="button" @click=${() => this.clearFilters()}>${t.clearFilters}</button>
                </p>`
                : this.renderGrid()
      }
      ${this.renderForm()}
    `;
  }

  private renderToolbar() {
    const distinct = (field: 'owner' | 'industry') =>
      [...new Set(this.rows.map((r) => r.customer[field]).filter((v): v is string => !!v))].sort(
        new Intl.Collator('zh-CN').compare,
      );
    return renderToolbar({
      t: this.localize.strings(accountListStrings),
      lang: this.localize.lang,
      full: this.variant === 'full',
      query: this.query,
      sortKey: this.sortKey,
      descending: this.descending,
      tree: this.tree,
      filters: this.filters,
      shownColumns: this.shownColumns,
      owners: () => this.distinctCache('owner', distinct),
      industries: () => this.distinctCache('industry', distinct),
      onQuery: (value) => (this.query = value),
      onSearchArrowDown: () => {
        this.renderRoot.querySelector<HTMLElement>('[part="grid"]')?.focus();
        this.move(Math.max(0, this.activeIndex()), true);
      },
      onSort: (key) => (this.sortKey = key),
      onToggleDescending: () => (this.descending = !this.descending),
      onTree: (on) => (this.tree = on),
      onColumn: (column, on) => this.toggleColumn(column, on),
      onFilter: (filters) => (this.filters = filters),
      onExport: () => this.download(),
      onNew: () => this.openForm(),
    });
  }

  /**
   * Revenue and open pipeline of the accounts shown, per currency (never added across currencies), compact.
   * Summed after the rows paint (see account-totals.ts); until then marked pending, never the old figures.
   */
  private renderTotals() {
    const t = this.localize.strings(accountListStrings);
    const totals = this.totals.of(this.view);
    if (totals === undefined)
      return html`<span part="totals" class="pending" aria-busy="true">${t.totalsPending}</span>`;
    // A total beyond 2^53 minor units cannot be exact: no total rather than a wrong one (the rows stay exact).
    if (totals === OVERFLOW) return html`<span part="totals"></span>`;
    const sums = (list: ReadonlyArray<readonly [string, number]>) =>
      list.map(([currency, amount]) => this.localize.money(amount, currency, 'summary')).join(' + ');
    return html`<span part="totals">${t.totals(sums(totals.revenue), sums(totals.pipeline))}</span>`;
  }

  private distinct: { rows: AccountRow[]; owner?: string[]; industry?: string[] } = { rows: [] };

  private distinctCache(field: 'owner' | 'industry', compute: (f: 'owner' | 'industry') => string[]): string[] {
    if (this.distinct.rows !== this.rows) this.distinct = { rows: this.rows };
    this.distinct[field] ??= compute(field);
    return this.distinct[field];
  }

  private renderGrid() {
    const t = this.localize.strings(accountListStrings);
    const columns = this.shownColumns;
    const active = this.activeIndex();
    return html`<div
      part="grid"
      role=${this.tree ? 'treegrid' : 'grid'}
      tabindex="0"
      aria-label=${t.grid}
      aria-multiselectable="true"
      aria-rowcount=${this.view.length + 1}
      aria-activedescendant=${active >= 0 ? `row-${active}` : nothing}
      @keydown=${this.onKeydown}
    >
      <div role="rowgroup" class="head">
        <div class="row" part="header-row" role="row" aria-rowindex="1">
          ${columns.map((c) => html`<span role="columnheader" class=${c} title=${t.columnNames[c]}>${t.columnNames[c]}</span>`)}
        </div>
      </div>
      ${
        // Two templates, so printing gets an element of its own rather than the virtualizer's sized, contained one.
        this.printing
          ? html`<div part="rows" role="rowgroup">
              ${this.view.map((entry, index) => this.renderRow(entry, index, columns, false))}
            </div>`
          : html`<div part="rows" role="rowgroup">
              ${virtualize({
                items: this.view,
                keyFunction: (entry: TreeEntry) => entry.row.id,
                renderItem: (entry: TreeEntry, index: number) =>
                  this.renderRow(entry, index, columns, index === active),
              })}
            </div>`
      }
    </div>`;
  }

  private renderRow(entry: TreeEntry, index: number, columns: ColumnKey[], active: boolean) {
    const t = this.localize.strings(accountListStrings);
    const { row } = entry;
    const selected = this.selection.has(row.id);
    const labels = { risk: t.risks };
    return html`<div
      id=${`row-${index}`}
      class="row level-${Math.min(entry.level, 5)} ${active ? 'active' : ''}"
      part="row${selected ? ' selected' : ''}${active ? ' active' : ''}"
      role="row"
      aria-rowindex=${index + 2}
      aria-selected=${selected ? 'true' : 'false'}
      aria-level=${this.tree ? entry.level : nothing}
      aria-expanded=${this.tree && entry.expanded !== undefined ? String(entry.expanded) : nothing}
      data-id=${row.id}
      @click=${(e: MouseEvent) => this.onRowClick(e, index)}
    >
      ${columns.map((c) =>
        c === 'name'
          ? html`<span role="gridcell" class="name" title=${row.name}
              >${
                this.tree
                  ? entry.expanded === undefined
                    ? html`<span class="spacer"></span>`
                    : html`<button
                      type="button"
                      class="toggle"
                      tabindex="-1"
                      aria-label=${entry.expanded ? t.collapse : t.expand}
                      @click=${(e: Event) => {
                        e.stopPropagation();
                        this.setExpanded(row.id, !entry.expanded);
                      }}
                    >
                      ${entry.expanded ? '▾' : '▸'}
                    </button>`
                  : nothing
              }${row.name}</span
            >`
          : this.renderCell(row, c, labels),
      )}
    </div>`;
  }

  /** A cell cut by its column shows its whole value as a tooltip (the accessible name is the full text anyway). */
  private renderCell(row: AccountRow, column: ColumnKey, labels: { risk: Record<RiskRating, string> }) {
    const text = cellText(row, column, this.localize.locale, labels, this.localize.lang);
    const classes = `${column} ${column === 'risk' ? `risk-${row.risk}` : ''} ${column === 'warnings' && row.warnings ? 'warn' : ''}`;
    return html`<span role="gridcell" class=${classes} title=${text || nothing}>${text}</span>`;
  }

  private renderForm() {
    if (!this.formOpen) return nothing;
    return html`<dialog
      @close=${() => (this.formOpen = false)}
      @crm-customer-create=${(e: CustomEvent<{ customer: Customer }>) => this.onCreated(e.detail.customer)}
      @crm-form-cancel=${() => this.dialog?.close()}
    >
      <crm-account-form .store=${this.data.store} .accounts=${this.rows.map((r) => r.customer)} lang=${this.localize.locale}></crm-account-form>
    </dialog>`;
  }

  private async openForm(): Promise<void> {
    this.formOpen = true;
    await this.updateComplete;
    this.dialog?.showModal();
  }

  private onCreated(customer: Customer): void {
    this.dialog?.close();
    // Show the new account even if the search or filters would hide it.
    this.query = '';
    this.filters = {};
    this.activeId = customer.id;
    this.selectedId = customer.id;
    this.emit('crm-customer-select', { customerId: customer.id } satisfies CustomerSelectDetail);
  }

  private toggleColumn(column: ColumnKey, on: boolean): void {
    const current = this.shownColumns;
    this.columns = on
      ? COLUMNS.filter((c) => c === column || current.includes(c))
      : current.filter((c) => c !== column);
  }

  private clearFilters(): void {
    this.query = '';
    this.filters = {};
  }

  private activeIndex(): number {
    if (this.activeId === undefined) return -1;
    return this.view.findIndex((e) => e.row.id === this.activeId);
  }

  /** Moves the active row to `index` (clamped) and scrolls it into view. */
  private move(index: number, absolute = false): void {
    if (!this.view.length) return;
    const target = Math.max(0, Math.min(this.view.length - 1, absolute ? index : this.activeIndex() + index));
    this.activeId = this.view[target]!.row.id;
    this.rowsHost?.[virtualizerRef]?.element(target)?.scrollIntoView({ block: 'nearest' });
  }

  private choose(index: number): void {
    const row = this.view[index]?.row;
    if (!row) return;
    this.activeId = row.id;
    this.selectedId = row.id;
    this.emit('crm-customer-select', { customerId: row.id });
  }

  private setSelection(ids: Set<string>): void {
    this.selection = ids;
    this.emit('crm-selection-change', { ids: [...ids] });
  }

  private toggleSelected(id: string): void {
    const next = new Set(this.selection);
    if (!next.delete(id)) next.add(id);
    this.setSelection(next);
  }

  private setExpanded(id: string, expanded: boolean): void {
    const next = new Set(this.collapsed);
    if (expanded) next.delete(id);
    else next.add(id);
    this.collapsed = next;
  }

  private onRowClick(event: MouseEvent, index: number): void {
    const id = this.view[index]?.row.id;
    if (!id) return;
    if (event.ctrlKey || event.metaKey) {
      this.activeId = id;
      this.toggleSelected(id);
      return;
    }
    this.setSelection(new Set([id]));
    this.choose(index);
  }

  private readonly onKeydown = (event: KeyboardEvent): void => {
    const index = this.activeIndex();
    const entry = this.view[index];
    const handled = () => event.preventDefault();
    switch (event.key) {
      case 'ArrowDown':
        handled();
        this.move(index < 0 ? 0 : index + 1, true);
        return;
      case 'ArrowUp':
        handled();
        this.move(index < 0 ? 0 : index - 1, true);
        return;
      case 'PageDown':
        handled();
        this.move(10);
        return;
      case 'PageUp':
        handled();
        this.move(-10);
        return;
      case 'Home':
        handled();
        this.move(0, true);
        return;
      case 'End':
        handled();
        this.move(this.view.length - 1, true);
        return;
      case 'Enter':
        handled();
        if (entry) this.choose(index);
        return;
      case ' ':
        handled();
        if (entry) this.toggleSelected(entry.row.id);
        return;
      case 'ArrowRight':
        if (this.tree && entry?.expanded === false) {
          handled();
          this.setExpanded(entry.row.id, true);
        }
        return;
      case 'ArrowLeft':
        if (this.tree && entry) {
          handled();
          if (entry.expanded) this.setExpanded(entry.row.id, false);
          else {
            const parent = this.view.findIndex((e) => e.row.id === entry.row.customer.parentId);
            if (parent >= 0) this.move(parent, true);
          }
        }
        return;
    }
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'a') {
      handled();
      this.setSelection(new Set(this.view.map((e) => e.row.id)));
      return;
    }
    if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
      handled();
      this.typeAhead(event.key);
    }
  };

  /** Jumps to the next row whose name or alias starts with what was typed in the last moment. */
  private typeAhead(char: string): void {
    const now = performance.now();
    this.typed = now - this.typedAt > TYPE_AHEAD_MS ? char : this.typed + char;
    this.typedAt = now;
    const prefix = this.typed.toLowerCase();
    const start = Math.max(0, this.activeIndex() + (this.typed.length === 1 ? 1 : 0));
    const n = this.view.length;
    for (let k = 0; k < n; k++) {
      const i = (start + k) % n;
      const c = this.view[i]!.row.customer;
      if (c.name.toLowerCase().startsWith(prefix) || c.alias?.toLowerCase().startsWith(prefix)) {
        this.move(i, true);
        return;
      }
    }
  }

  /** The selected rows (else all visible rows) with the visible columns, localised headers, as CSV text. */
  async exportCsv(): Promise<string> {
    const { rowsToCsv } = await import('./csv-export.js');
    const t = this.localize.strings(accountListStrings);
    const columns = this.shownColumns;
    const rows = this.selection.size ? this.visibleRows.filter((r) => this.selection.has(r.id)) : this.visibleRows;
    const labels = { risk: t.risks };
    return rowsToCsv(
      rows,
      columns,
      columns.map((c) => t.columnNames[c]),
      (row, c) => cellText(row, c, this.localize.locale, labels, this.localize.lang),
    );
  }

  private async download(): Promise<void> {
    let csv: string;
    try {
      csv = await this.exportCsv();
    } catch (error) {
      this.reportLoadFailure('the CSV writer', error);
      return;
    }
    const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = 'accounts.csv';
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
}

CrmAccountList.define('crm-account-list');
