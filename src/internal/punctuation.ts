/** Punctuation that differs between Chinese and English (kept apart from format.ts, which brings money printing). */

/** Joins list items the way the language does: `；` between Chinese clauses, `; ` in English. */
export function joinClauses(items: readonly string[], locale: string): string {
  return items.join(locale.startsWith('zh') ? '；' : '; ');
}

/** Joins short items: `、` in Chinese, `, ` in English. */
export function joinItems(items: readonly string[], locale: string): string {
  return items.join(locale.startsWith('zh') ? '、' : ', ');
}

/**
 * A parenthetical after a word: full-width brackets without a space in Chinese ("毛利 ¥1.00（43%）"),
 * a space and ASCII brackets in English ("Margin ¥1.00 (43%)").
 */
export function paren(text: string, locale: string): string {
  return locale.startsWith('zh') ? `（${text}）` : ` (${text})`;
}

/** The colon after a label: full-width `：` in Chinese, `: ` in English ("状态：草稿", "Status: draft"). */
export function colon(locale: string): string {
  return locale.startsWith('zh') ? '：' : ': ';
}
