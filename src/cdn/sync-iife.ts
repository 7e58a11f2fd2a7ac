/**
 * The IIFE build's `CrmWidgets.sync`: what the single file has anyway (the sync queue and its types, used by
 * `<crm-sync-status>`), and `load()` for the rest (the engine, HTTP client, backend profiles), fetched from
 * `cdn/iife/sync.js` beside the file, the same module `<crm-provider endpoint>` fetches when it starts syncing.
 */
import { besideScript } from './beside-script.js';

export * from '../sync/queue.js';
export * from '../sync/types.js';

type SyncModule = typeof import('../sync/index.js');

const url = besideScript('cdn/iife/sync.js');

/** The whole of `crm-widgets/sync` (SyncEngine, HttpClient, profiles, ...), fetched once. */
export const load = (): Promise<SyncModule> => import(/* @vite-ignore */ url);

/**
 * What `<crm-provider>` imports for its engine in this build. When the file cannot be fetched, an engine whose
 * constructor says so: the provider shows that message and fires `crm-sync-state` (state `error`), as it does
 * for a configuration mistake, instead of failing silently.
 */
export const loadSyncEngine = (): Promise<Pick<SyncModule, 'SyncEngine'>> =>
  load().catch((error: unknown) => {
    const message = `crm-widgets: ${url} could not be loaded (deploy dist/cdn/ beside crm-widgets.iife.js): ${error}`;
    console.error(message);
    return {
      SyncEngine: class {
        constructor() {
          throw new Error(message);
        }
      } as unknown as SyncModule['SyncEngine'],
    };
  });
