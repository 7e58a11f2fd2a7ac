/** How the pinyin library is loaded: a dynamic import, which bundlers split into a chunk of its own. */
export const importPinyin = (): Promise<{ pinyin: unknown }> => import('pinyin-pro');
