/**
 * The IIFE build's replacement for src/data/dexie-backend.ts (imported by the store): IndexedDB storage, with
 * Dexie, is not in `crm-widgets.iife.js`; the first store that opens fetches `cdn/iife/dexie-backend.js` from
 * beside the file. The store already opens its backend asynchronously, so `getStore()` stays synchronous and
 * a file that cannot be fetched takes the store's existing way out: memory storage, a console warning naming
 * the file, and `crm-storage-fallback` (with the notice `<crm-provider>` shows).
 */
import type { DexieOptions } from 'dexie';
import { besideScript, importOnce } from './beside-script.js';

type BackendModule = typeof import('../data/dexie-backend.js');

const url = besideScript('cdn/iife/dexie-backend.js');
const loadBackend = importOnce<BackendModule>(url);

export const DexieBackend = {
  open(name: string, options?: DexieOptions): ReturnType<BackendModule['DexieBackend']['open']> {
    return loadBackend().then(
      (module) => module.DexieBackend.open(name, options),
      (error: unknown) => {
        throw new Error(`could not load ${url} (deploy dist/cdn/ beside crm-widgets.iife.js): ${error}`);
      },
    );
  },
};
