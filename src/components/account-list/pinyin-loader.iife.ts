/**
 * The `<script>` build's pinyin loader (vite.config.ts swaps it in): a single-file IIFE cannot split off a
 * chunk, so pinyin-pro (about 140 KiB gz) ships beside it as `crm-widgets-pinyin.js`, an ES module loaded from
 * the script's own folder on the first search. Same origin, no eval: fine under `script-src 'self'`.
 */
const base = (document.currentScript as HTMLScriptElement | null)?.src || location.href;

export const importPinyin = (): Promise<{ pinyin: unknown }> =>
  import(/* @vite-ignore */ new URL('crm-widgets-pinyin.js', base).href);
