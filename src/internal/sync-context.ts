import { createContext } from '@lit/context';
import type { SyncEngine } from '../sync/engine.js';

/** The sync engine of the nearest `<crm-provider endpoint="…">`; undefined when no backend is configured. */
export const syncContext = createContext<SyncEngine | undefined>(Symbol.for('crm-widgets:sync@1'));
