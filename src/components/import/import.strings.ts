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
  // Other languages load when an element renders in one (npm run l10n:hant writes these lines).
  'zh-CN': () => import('./import.strings.zh-CN.js'),
  'zh-TW': () => import('./import.strings.zh-TW.js'),
  'zh-HK': () => import('./import.strings.zh-HK.js'),
};
