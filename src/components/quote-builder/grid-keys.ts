/** Sheet-like keys inside the lines table: arrows between cells, Enter down, Escape to undo, Alt+arrows move lines. */
import { fieldKey } from './lines-table.js';

export interface GridActions {
  readonly root: ParentNode;
  /** Number of line rows. */
  readonly rows: number;
  /** Moves a line up or down; false when it cannot move. */
  move(lineId: string, by: -1 | 1): boolean;
  /** Leaving a cell with Enter. */
  done(key: string): void;
  /** Escape: back to the stored value. */
  revert(key: string): void;
  /** Enter on the last row. */
  leaveBottom(): void;
}

const cell = (root: ParentNode, row: number, col: number) =>
  root.querySelector<HTMLElement>(`[data-row="${row}"][data-col="${col}"]`);

/** Focuses the cell of column `col` in `row`, or the nearest row further in `direction` that has one. */
export function focusCell(root: ParentNode, row: number, col: number, direction: -1 | 1, rows: number): boolean {
  for (let r = row; r >= 0 && r < rows; r += direction) {
    const target = cell(root, r, col);
    if (target) {
      target.focus();
      if (target instanceof HTMLInputElement) target.select();
      return true;
    }
  }
  return false;
}

export function cellKey(event: KeyboardEvent, grid: GridActions): void {
  const el = event.target as HTMLInputElement;
  const { row, col, line, field } = el.dataset;
  if (row === undefined || col === undefined || !line || !field) return;
  const r = Number(row);
  const c = Number(col);
  const key = fieldKey(line, field);
  const isText = el instanceof HTMLInputElement;
  const vertical = event.key === 'ArrowUp' || event.key === 'ArrowDown';
  const by = event.key === 'ArrowUp' ? -1 : 1;
  if (event.altKey && vertical) {
    event.preventDefault();
    const root = grid.root;
    if (grid.move(line, by)) {
      // After the move renders, follow the line to its new row.
      void Promise.resolve().then(() => requestAnimationFrame(() => focusCell(root, r + by, c, by, grid.rows)));
    }
  } else if (vertical && isText) {
    event.preventDefault();
    focusCell(grid.root, r + by, c, by, grid.rows);
  } else if (event.key === 'Enter' && isText) {
    event.preventDefault();
    grid.done(key);
    if (!focusCell(grid.root, r + 1, c, 1, grid.rows)) grid.leaveBottom();
  } else if (event.key === 'Escape') {
    event.preventDefault();
    grid.revert(key);
  } else if (isText && (event.key === 'ArrowLeft' || event.key === 'ArrowRight')) {
    const atStart = el.selectionStart === 0 && el.selectionEnd === 0;
    const atEnd = el.selectionStart === el.value.length;
    if ((event.key === 'ArrowLeft' && atStart) || (event.key === 'ArrowRight' && atEnd)) {
      const step = event.key === 'ArrowLeft' ? -1 : 1;
      for (let next = c + step; next >= 0 && next <= 5; next += step) {
        const target = cell(grid.root, r, next);
        if (target) {
          event.preventDefault();
          target.focus();
          break;
        }
      }
    }
  }
}
