/**
 * The account list's toolbar: search, filters (full variant), sort, tree and column choices, export and
 * "New account". Rendering only: the element owns the state and passes what the toolbar shows and calls.
 */
import { html, nothing } from 'lit';
import { TIER_CODES } from '../../core/tiers.js';
import { RELATIONSHIP_TYPES } from '../../data/model.js';
import { labelOf } from '../../internal/labels.js';
import type { Translations } from '../../internal/localize.js';
import type { accountListStrings } from './account-list.strings.js';
import {
  type AccountFilters,
  COLUMNS,
  type ColumnKey,
  RISK_RATINGS_ORDER,
  SORT_KEYS,
  type SortKey,
} from './account-model.js';

type Strings = typeof accountListStrings extends Translations<infer T> ? T : never;

export interface ToolbarView {
  t: Strings;
  lang: string;
  full: boolean;
  query: string;
  sortKey: SortKey;
  descending: boolean;
  tree: boolean;
  filters: AccountFilters;
  shownColumns: readonly ColumnKey[];
  /** The owners and industries to filter by (computed only when the filters are shown). */
  owners(): readonly string[];
  industries(): readonly string[];
  onQuery(value: string): void;
  /** ArrowDown in the search field: into the rows. */
  onSearchArrowDown(): void;
  onSort(key: SortKey): void;
  onToggleDescending(): void;
  onTree(on: boolean): void;
  onColumn(column: ColumnKey, on: boolean): void;
  onFilter(filters: AccountFilters): void;
  onExport(): void;
  onNew(): void;
}

export function renderToolbar(v: ToolbarView) {
  const { t } = v;
  return html`<div part="toolbar">
    <label
      >${t.search}
      <input
        part="search"
        type="search"
        placeholder=${t.searchPlaceholder}
        .value=${v.query}
        @input=${(e: Event) => v.onQuery((e.target as HTMLInputElement).value)}
        @keydown=${(e: KeyboardEvent) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            v.onSearchArrowDown();
          }
        }}
    /></label>
    ${v.full ? renderFilters(v) : nothing}
    <label
      >${t.sort}
      <select @change=${(e: Event) => v.onSort((e.target as HTMLSelectElement).value as SortKey)}>
        ${SORT_KEYS.map((k) => html`<option value=${k} ?selected=${k === v.sortKey}>${t.sortKeys[k]}</option>`)}
      </select></label
    >
    <button type="button" aria-pressed=${v.descending ? 'true' : 'false'} @click=${() => v.onToggleDescending()}>
      ${v.descending ? t.descending : t.ascending}
    </button>
    ${
      v.full
        ? html`<label class="inline"
            ><input type="checkbox" .checked=${v.tree} @change=${(e: Event) => v.onTree((e.target as HTMLInputElement).checked)} />
            ${t.tree}</label
          >
          <details>
            <summary>${t.columns}</summary>
            <div>
              ${COLUMNS.map(
                (c) => html`<label class="inline"
                  ><input
                    type="checkbox"
                    .checked=${v.shownColumns.includes(c)}
                    ?disabled=${c === 'name'}
                    @change=${(e: Event) => v.onColumn(c, (e.target as HTMLInputElement).checked)}
                  />${t.columnNames[c]}</label
                >`,
              )}
            </div>
          </details>`
        : nothing
    }
    <button type="button" @click=${() => v.onExport()}>${t.exportCsv}</button>
    <button type="button" class="primary" @click=${() => v.onNew()}>${t.newAccount}</button>
  </div>`;
}

function renderFilters(v: ToolbarView) {
  const { t, filters } = v;
  const select = (
    label: string,
    key: keyof AccountFilters,
    values: readonly string[],
    name: (value: string) => string = (value) => value,
  ) =>
    html`<label
      >${label}
      <select
        data-filter=${key}
        @change=${(e: Event) => v.onFilter({ ...filters, [key]: (e.target as HTMLSelectElement).value || undefined })}
      >
        <option value="" ?selected=${!filters[key]}>${t.all}</option>
        ${values.map((value) => html`<option value=${value} ?selected=${filters[key] === value}>${name(value)}</option>`)}
      </select></label
    >`;
  return html`${select(t.tier, 'tier', TIER_CODES)} ${select(t.owner, 'owner', v.owners())}
    ${select(t.industry, 'industry', v.industries(), (value) => labelOf('industry', value, v.lang))}
    ${select(t.relationship, 'relationship', RELATIONSHIP_TYPES, (value) => labelOf('relationship', value, v.lang))}
    ${select(t.risk, 'risk', RISK_RATINGS_ORDER, (value) => t.risks[value as keyof typeof t.risks])}
    <label class="inline"
      ><input
        type="checkbox"
        data-filter="warnings"
        .checked=${!!filters.warnings}
        @change=${(e: Event) => v.onFilter({ ...filters, warnings: (e.target as HTMLInputElement).checked || undefined })}
      />${t.warningsOnly}</label
    >`;
}
