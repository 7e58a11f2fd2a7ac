import type { Translations } from '../../internal/localize.js';
import type { ImportKind } from './csv-columns.js';
import type { CsvEncoding } from './csv-decode.js';
import type { RowProblem } from './csv-records.js';
import type { ImportPhase } from './import-run.js';

export const importStrings: Translations<{
  heading: string;
  file: string;
  kind: string;
  kinds: Record<ImportKind, string>;
  encoding: string;
  encodings: Record<CsvEncoding, string>;
  detected: (name: string) => string;
  delimiter: string;
  delimiters: Record<string, string>;
  mapping: string;
  column: string;
  field: string;
  sample: string;
  skip: string;
  fields: Record<string, string>;
  key: string;
  keyHint: string;
  mode: string;
  modes: { 'valid-rows': string; 'all-or-nothing': string };
  preview: (shown: number, total: number) => string;
  start: string;
  cancel: string;
  phases: Record<ImportPhase, string>;
  progress: (phase: string, done: number, total: number) => string;
  imported: (created: number, updated: number) => string;
  rejectedAll: (errors: number) => string;
  cancelled: (written: number) => string;
  errorsHeading: (count: number) => string;
  row: string;
  reason: string;
  more: (count: number) => string;
  download: string;
  reasonHeader: string;
  problems: Record<RowProblem, (value: string) => string>;
  failed: (message: string) => string;
  unreadable: string;
  noRows: string;
}> = {
  en: {
    heading: 'Import from CSV',
    file: 'CSV file',
    kind: 'Records',
    kinds: { customers: 'Customers', contacts: 'Contacts', opportunities: 'Opportunities' },
    encoding: 'Encoding',
    encodings: { 'utf-8': 'UTF-8', 'utf-16le': 'UTF-16 LE', 'utf-16be': 'UTF-16 BE', gb18030: 'GB18030 / GBK' },
    detected: (name) => `detected: ${name}`,
    delimiter: 'Separator',
    delimiters: { ',': 'Comma', ';': 'Semicolon', '\t': 'Tab' },
    mapping: 'Column mapping',
    column: 'Column in file',
    field: 'Imported as',
    sample: 'First value',
    skip: 'Do not import',
    fields: {
      id: 'ID',
      name: 'Name',
      alias: 'Alias (English)',
      parent: 'Parent group',
      kind: 'Kind',
      industry: 'Industry',
      region: 'Region',
      channel: 'Channel',
      tier: 'Tier',
      owner: 'Owner',
      currency: 'Currency',
      creditLimit: 'Credit limit',
      annualRevenue: 'Annual revenue',
      relationship: 'Relationship',
      riskFlags: 'Risk flags',
      tags: 'Tags',
      notes: 'Notes',
      customer: 'Customer',
      title: 'Title',
      role: 'Buying role',
      phone: 'Phone',
      email: 'E-mail',
      stage: 'Stage',
      amount: 'Amount',
      probability: 'Win probability (%)',
      team: 'Team',
      expectedClose: 'Expected close',
    },
    key: 'Match existing records on',
    keyHint: 'A re-import updates the records it matches instead of adding copies.',
    mode: 'When some rows are invalid',
    modes: {
      'valid-rows': 'Import the valid rows; download the rejected ones as CSV',
      'all-or-nothing': 'Import nothing (all or nothing)',
    },
    preview: (shown, total) => `Preview: first ${shown} of ${total} rows as they will be stored`,
    start: 'Import',
    cancel: 'Cancel',
    phases: { parse: 'Reading file', read: 'Loading existing records', check: 'Checking rows', write: 'Saving' },
    progress: (phase, done, total) => `${phase}: ${done.toLocaleString('en')} of ${total.toLocaleString('en')}`,
    imported: (created, updated) => `Imported: ${created} new, ${updated} updated.`,
    rejectedAll: (errors) => `Nothing was imported: ${errors} problem${errors === 1 ? '' : 's'} found.`,
    cancelled: (written) => `Cancelled. ${written} rows had already been saved.`,
    errorsHeading: (count) => `${count} row${count === 1 ? '' : 's'} rejected`,
    row: 'Row',
    reason: 'Reason',
    more: (count) => `…and ${count} more (all are in the downloaded file).`,
    download: 'Download rejected rows (CSV)',
    reasonHeader: 'Error',
    problems: {
      'money-format': (v) => `“${v}” is not an amount (e.g. ¥1,234.50, 1234.5, 1.2万)`,
      'money-negative': (v) => `“${v}” is negative; amounts must not be negative`,
      'money-precision': (v) => `“${v}” has more decimals than the currency allows`,
      'money-too-large': (v) => `“${v}” is too large`,
      'date-format': (v) => `“${v}” is not a date (e.g. 2026-11-25, 2026/11/25, 2026年11月25日)`,
      'date-invalid': (v) => `“${v}” is not a real calendar date`,
      'number-format': (v) => `“${v}” is not a number`,
      required: () => 'is required',
      enum: (v) => `“${v}” is not one of the allowed values`,
      'reference-missing': (v) => `“${v}” matches no record in the file or the store`,
      'reference-ambiguous': (v) => `“${v}” matches several records; use the id`,
      'duplicate-key': (v) => `“${v}” appears more than once in this file`,
      validation: (v) => `“${v}” is not valid`,
    },
    failed: (message) => `The import stopped: ${message}`,
    unreadable: 'The file could not be read.',
    noRows: 'The file has a header row but no records.',
  },
  'zh-CN': {
    heading: '从 CSV 导入',
    file: 'CSV 文件',
    kind: '记录类型',
    kinds: { customers: '客户', contacts: '联系人', opportunities: '商机' },
    encoding: '编码',
    encodings: { 'utf-8': 'UTF-8', 'utf-16le': 'UTF-16 LE', 'utf-16be': 'UTF-16 BE', gb18030: 'GB18030 / GBK' },
    detected: (name) => `检测结果：${name}`,
    delimiter: '分隔符',
    delimiters: { ',': '逗号', ';': '分号', '\t': '制表符' },
    mapping: '列映射',
    column: '文件中的列',
    field: '导入为',
    sample: '首行值',
    skip: '不导入',
    fields: {
      id: '编号',
      name: '名称',
      alias: '简称（英文）',
      parent: '所属集团',
      kind: '客户类型',
      industry: '行业',
      region: '地区',
      channel: '渠道',
      tier: '客户等级',
      owner: '客户经理',
      currency: '币种',
      creditLimit: '授信额度',
      annualRevenue: '年收入',
      relationship: '关系类型',
      riskFlags: '风险标记',
      tags: '标签',
      notes: '备注',
      customer: '客户',
      title: '职务',
      role: '角色',
      phone: '电话',
      email: '邮箱',
      stage: '阶段',
      amount: '金额',
      probability: '赢率（%）',
      team: '团队',
      expectedClose: '预计成交日期',
    },
    key: '按此列匹配已有记录',
    keyHint: '重复导入时更新匹配到的记录，不会重复新增。',
    mode: '部分行无效时',
    modes: { 'valid-rows': '导入有效行，并下载被拒绝的行（CSV）', 'all-or-nothing': '全部不导入（全有或全无）' },
    preview: (shown, total) => `预览：共 ${total} 行，以下为前 ${shown} 行的存储结果`,
    start: '导入',
    cancel: '取消',
    phases: { parse: '读取文件', read: '加载已有记录', check: '检查数据', write: '保存' },
    progress: (phase, done, total) => `${phase}：${done} / ${total}`,
    imported: (created, updated) => `导入完成：新增 ${created} 条，更新 ${updated} 条。`,
    rejectedAll: (errors) => `未导入任何数据：发现 ${errors} 个问题。`,
    cancelled: (written) => `已取消。取消前已保存 ${written} 行。`,
    errorsHeading: (count) => `${count} 行被拒绝`,
    row: '行号',
    reason: '原因',
    more: (count) => `……另有 ${count} 条（下载的文件中包含全部）。`,
    download: '下载被拒绝的行（CSV）',
    reasonHeader: '错误',
    problems: {
      'money-format': (v) => `“${v}”不是有效金额（如 ¥1,234.50、1234.5、1.2万）`,
      'money-negative': (v) => `“${v}”为负数，金额不能为负`,
      'money-precision': (v) => `“${v}”的小数位数超过币种允许的位数`,
      'money-too-large': (v) => `“${v}”金额过大`,
      'date-format': (v) => `“${v}”不是日期（如 2026-11-25、2026/11/25、2026年11月25日）`,
      'date-invalid': (v) => `“${v}”不是有效的日历日期`,
      'number-format': (v) => `“${v}”不是数字`,
      required: () => '必填',
      enum: (v) => `“${v}”不是允许的取值`,
      'reference-missing': (v) => `“${v}”在文件和现有数据中都找不到`,
      'reference-ambiguous': (v) => `“${v}”匹配到多条记录，请使用编号`,
      'duplicate-key': (v) => `“${v}”在本文件中重复出现`,
      validation: (v) => `“${v}”无效`,
    },
    failed: (message) => `导入中断：${message}`,
    unreadable: '无法读取该文件。',
    noRows: '文件只有表头，没有数据行。',
  },
};
