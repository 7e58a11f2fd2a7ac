/**
 * The IIFE build's stand-in for the `dexie` package: Dexie comes with `cdn/iife/dexie-backend.js`, fetched when
 * the first store opens (see dexie-backend-iife.ts), so the single file has no Dexie of its own. Only
 * `createDatabase` (the raw Dexie database of the ES modules) reaches this, and says why it cannot help.
 */
export default class Dexie {
  constructor() {
    throw new Error(
      'crm-widgets: createDatabase() is not part of crm-widgets.iife.js (Dexie is fetched with the first store); ' +
        'use CrmWidgets.getStore(), or the ES modules.',
    );
  }
}
