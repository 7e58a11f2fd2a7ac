import Papa from 'papaparse';
import type { AccountRow, ColumnKey } from './account-model.js';

/**
 * CSV of the given rows and columns with localised headers (a BOM so Excel reads the UTF-8). Its own module,
 * loaded with the first export, so a list that is only looked at never downloads papaparse (nor does the IIFE
 * carry it: the module becomes one of its parts).
 */
export function rowsToCsv(
  rows: readonly AccountRow[],
  columns: readonly ColumnKey[],
  headers: readonly string[],
  text: (row: AccountRow, column: ColumnKey) => string,
): string {
  // escapeFormulae: a name like `=HYPERLINK(...)` must stay text when the file is opened in a spreadsheet.
  return `\uFEFF${Papa.unparse([headers as string[], ...rows.map((row) => columns.map((column) => text(row, column)))], { escapeFormulae: true })}`;
}
