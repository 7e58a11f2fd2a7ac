import type { RiskRating } from '../../core/group.js';
import type { Translations } from '../../internal/localize.js';
import type { ColumnKey, SortKey } from './account-model.js';

export const accountListStrings: Translations<{
  heading: string;
  search: string;
  searchPlaceholder: string;
  filters: string;
  all: string;
  tier: string;
  owner: string;
  industry: string;
  relationship: string;
  risk: string;
  warningsOnly: string;
  sort: string;
  sortKeys: Record<SortKey, string>;
  ascending: string;
  descending: string;
  columns: string;
  columnNames: Record<ColumnKey, string>;
  tree: string;
  expand: string;
  collapse: string;
  count: (shown: number, total: number) => string;
  selected: (count: number) => string;
  /** Totals of the accounts shown, compact (exact figures are in the rows): one amount per currency. */
  totals: (revenue: string, pipeline: string) => string;
  /** In place of the totals while they are summed for the rows just shown (never the previous totals). */
  totalsPending: string;
  exportCsv: string;
  newAccount: string;
  clearFilters: string;
  loading: string;
  loadingRest: string;
  empty: string;
  noMatch: (query: string) => string;
  error: (message: string) => string;
  retry: string;
  risks: Record<RiskRating, string>;
  grid: string;
  close: string;
}> = {
  en: {
    heading: 'Accounts',
    search: 'Search accounts',
    searchPlaceholder: 'Name, alias, owner, id or pinyin (hdny)',
    filters: 'Filters',
    all: 'All',
    tier: 'Tier',
    owner: 'Owner',
    industry: 'Industry',
    relationship: 'Relationship',
    risk: 'Risk',
    warningsOnly: 'Has warning signs',
    sort: 'Sort by',
    sortKeys: {
      name: 'Name',
      revenue: 'Annual revenue',
      tier: 'Tier',
      lastContact: 'Last contact',
      pipeline: 'Open pipeline',
    },
    ascending: 'Ascending',
    descending: 'Descending',
    columns: 'Columns',
    columnNames: {
      name: 'Name',
      alias: 'Alias',
      id: 'ID',
      tier: 'Tier',
      owner: 'Owner',
      industry: 'Industry',
      relationship: 'Relationship',
      risk: 'Risk',
      revenue: 'Annual revenue',
      pipeline: 'Open pipeline',
      lastContact: 'Last contact',
      warnings: 'Warning signs',
    },
    tree: 'Group hierarchy',
    expand: 'Expand',
    collapse: 'Collapse',
    count: (shown, total) =>
      shown === total
        ? `${total.toLocaleString('en')} accounts`
        : `${shown.toLocaleString('en')} of ${total.toLocaleString('en')} accounts`,
    selected: (count) => `${count} selected`,
    totals: (revenue, pipeline) => `Annual revenue ${revenue} · open pipeline ${pipeline}`,
    totalsPending: 'Totals: adding up…',
    exportCsv: 'Export CSV',
    newAccount: 'New account',
    clearFilters: 'Clear search and filters',
    loading: 'Loading accounts…',
    loadingRest: 'Loading all accounts…',
    empty: 'No accounts yet. Create one or import a CSV file.',
    noMatch: (query) => (query ? `No accounts match “${query}”.` : 'No accounts match these filters.'),
    error: (message) => `The accounts could not be loaded: ${message}`,
    retry: 'Try again',
    risks: { low: 'Low', medium: 'Medium', high: 'High', critical: 'Critical' },
    grid: 'Accounts',
    close: 'Close',
  },
  // Other languages load when an element renders in one (npm run l10n:hant writes these lines).
  'zh-CN': () => import('./account-list.strings.zh-CN.js'),
  'zh-TW': () => import('./account-list.strings.zh-TW.js'),
  'zh-HK': () => import('./account-list.strings.zh-HK.js'),
};
