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
  relationships: Record<string, string>;
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
    relationships: {
      basic: 'Basic',
      reactive: 'Reactive',
      accountable: 'Accountable',
      proactive: 'Proactive',
      partnership: 'Partnership',
    },
    grid: 'Accounts',
    close: 'Close',
  },
  'zh-CN': {
    heading: '客户列表',
    search: '搜索客户',
    searchPlaceholder: '名称、简称、客户经理、编号或拼音（hdny）',
    filters: '筛选',
    all: '全部',
    tier: '等级',
    owner: '客户经理',
    industry: '行业',
    relationship: '关系类型',
    risk: '风险',
    warningsOnly: '有预警信号',
    sort: '排序',
    sortKeys: { name: '名称', revenue: '年收入', tier: '等级', lastContact: '最近联系', pipeline: '在途商机' },
    ascending: '升序',
    descending: '降序',
    columns: '显示列',
    columnNames: {
      name: '客户名称',
      alias: '简称',
      id: '编号',
      tier: '等级',
      owner: '客户经理',
      industry: '行业',
      relationship: '关系类型',
      risk: '风险',
      revenue: '年收入',
      pipeline: '在途商机',
      lastContact: '最近联系',
      warnings: '预警信号',
    },
    tree: '集团层级',
    expand: '展开',
    collapse: '收起',
    count: (shown, total) => (shown === total ? `共 ${total} 个客户` : `${shown} / ${total} 个客户`),
    selected: (count) => `已选 ${count} 个`,
    exportCsv: '导出 CSV',
    newAccount: '新建客户',
    clearFilters: '清除搜索和筛选',
    loading: '正在加载客户……',
    loadingRest: '正在加载全部客户……',
    empty: '还没有客户。请新建客户或导入 CSV 文件。',
    noMatch: (query) => (query ? `没有与“${query}”匹配的客户。` : '没有符合筛选条件的客户。'),
    error: (message) => `无法加载客户：${message}`,
    retry: '重试',
    risks: { low: '低', medium: '中', high: '高', critical: '严重' },
    relationships: {
      basic: '基本型',
      reactive: '被动型',
      accountable: '负责型',
      proactive: '能动型',
      partnership: '伙伴型',
    },
    grid: '客户',
    close: '关闭',
  },
};
