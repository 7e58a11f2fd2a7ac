/**
 * The `<script>` build's pinyin loader (scripts/iife-parts.ts swaps it in): pinyin-pro (about 140 KiB gz) ships
 * beside `crm-widgets.iife.js` as `crm-widgets-pinyin.js`, an ES module loaded from the script's own folder on the
 * first search. Same origin, no eval: fine under `script-src 'self'`. (The list is itself a part fetched after
 * the script ran, so the folder comes from besideScript, read while the script ran.)
 */
import { besideScript } from '../../cdn/beside-script.js';

export const importPinyin = (): Promise<{ pinyin: unknown }> =>
  import(/* @vite-ignore */ besideScript('crm-widgets-pinyin.js'));
