/**
 * Helpers of the data tests: a deal record, and "another tab" (an iframe with its own copy of the modules
 * and its own Dexie connection to the same database).
 */
import { type CrmStore, getStore } from '../../src/data/store.js';
import { until } from '../support/fixtures.js';

export const deal = (id: string, fields: Record<string, unknown> = {}) => ({
  id,
  customerId: 'c1',
  name: `Deal ${id}`,
  stage: 'lead',
  amount: 1_000_000,
  currency: 'CNY',
  ...fields,
});

/** Opens `database` in this tab and in another one; `close()` removes the other tab and closes this store. */
export async function twoTabs(database: string): Promise<{ here: CrmStore; there: CrmStore; close: () => void }> {
  const here = getStore(database);
  const frame = document.createElement('iframe');
  frame.srcdoc = `<!doctype html><script type="module">
      import { getStore } from '/src/data/store.ts';
      window.store = getStore(${JSON.stringify(database)});
    </script>`;
  document.body.append(frame);
  const win = frame.contentWindow as Window & { store?: CrmStore };
  await until(() => !!win.store, 'the other tab opened its store');
  const there = win.store!;
  await there.ready;
  return {
    here,
    there,
    close: () => {
      frame.remove();
      here.close();
    },
  };
}
