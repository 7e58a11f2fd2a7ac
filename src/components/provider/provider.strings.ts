import type { Translations } from '../../internal/localize.js';

export const providerStrings: Translations<{
  storageFallback: string;
  /** `name` is the page's `seed-label`, else the seed file's name; `percent` only grows. */
  seedLoading: (name: string, percent: string) => string;
  seedFailed: (name: string, message: string) => string;
  syncSetupFailed: (message: string) => string;
}> = {
  en: {
    storageFallback:
      'Browser storage is unavailable: changes are kept in memory and will be lost when this page closes.',
    seedLoading: (name, percent) => `Loading ${name}… ${percent}`,
    seedFailed: (name, message) => `${name} could not be loaded: ${message}`,
    syncSetupFailed: (message) => `Sync is not running: the backend settings are not valid (${message}).`,
  },
  // Other languages load when an element renders in one (npm run l10n:hant writes these lines).
  'zh-CN': () => import('./provider.strings.zh-CN.js'),
  'zh-TW': () => import('./provider.strings.zh-TW.js'),
  'zh-HK': () => import('./provider.strings.zh-HK.js'),
};
