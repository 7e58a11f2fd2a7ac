/**
 * Another tab, as far as the store can tell: a second browsing context (an iframe) with its own copy of
 * the modules and its own Dexie connection to the same database. Changes travel between them the way
 * they travel between tabs (Dexie broadcasts them), without reload.
 */
import { expect, fixture, html } from '@open-wc/testing';
import Dexie from 'dexie';
import '../../src/components/tier-badge/tier-badge.js';
import { getStore } from '../../src/data/store.js';
import { customer, uniqueName, until } from '../support/fixtures.js';

type OtherTab = Window & { store?: ReturnType<typeof getStore> };

async function openOtherTab(database: string): Promise<{ frame: HTMLIFrameElement; win: OtherTab }> {
  const frame = document.createElement('iframe');
  frame.srcdoc = `<!doctype html><script type="module">
    import { getStore } from '/src/data/store.ts';
    window.store = getStore(${JSON.stringify(database)});
  </script>`;
  document.body.append(frame);
  const win = frame.contentWindow as OtherTab;
  await until(() => !!win.store, 'the other tab opened its store', 10000);
  await win.store!.ready;
  return { frame, win };
}

describe('live updates across tabs', () => {
  const database = uniqueName('tabs');
  after(async () => {
    getStore(database).close();
    await Dexie.delete(database);
  });

  it('a badge here follows a tier changed in another tab, and the other way round', async () => {
    const here = getStore(database);
    await here.customers.put(customer('tab-1', { tier: 'C' }));
    const badge = await fixture(html`<crm-tier-badge customer-id="tab-1" .store=${here}></crm-tier-badge>`);
    const code = () => badge.shadowRoot?.querySelector('[part="code"]')?.textContent;
    await until(() => code() === 'C', 'initial tier');

    const { frame, win } = await openOtherTab(database);
    expect(win.store).to.not.equal(here);
    await win.store!.customers.update('tab-1', { tier: 'A2' });
    await until(() => code() === 'A2', 'badge followed the other tab');

    const seenThere: (string | undefined)[] = [];
    const subscription = win
      .store!.live((s) => s.customers.get('tab-1'))
      .subscribe({ next: (c) => seenThere.push(c?.tier) });
    await until(() => seenThere.at(-1) === 'A2', 'other tab sees the current tier');
    await here.customers.update('tab-1', { tier: 'B1' });
    await until(() => seenThere.at(-1) === 'B1', 'other tab followed this one');
    subscription.unsubscribe();
    frame.remove();
  });
});
