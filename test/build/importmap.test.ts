/**
 * The usage guide's import-map way, as a team without a bundler follows it: the installed package (the packed
 * tarball, test/build/consumers.mjs) and its dependencies served as plain files by a second server, and the
 * guide's import map copied as written (test/build/cdn-server.mjs). Every element entry must import, and each
 * mapped dependency must work where it is used: Dexie and valibot (a provider seeding its store, a bound card),
 * Chart.js (the funnel's bars), the virtualizer and pinyin-pro (the account list, a search by pinyin initials) and
 * papaparse through the package's ES wrapper (a CSV read and imported).
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { openFrame, until } from '../support/fixtures.js';
import { exerciseLazyDependencies } from './lazy-dependencies.js';

interface MapPageWindow extends Window {
  __imports?: Promise<string[]>;
  __problems?: string[];
}

describe('the import-map way (docs/pages/usage.en.md): the installed package served as plain files', function () {
  this.timeout(60_000);

  it('imports every element entry, and every mapped dependency works where it is used', async () => {
    const cdn = (await executeServerCommand('start-cdn-server')) as string;
    const frame = await openFrame(`/__crm/importmap-page?cdn=${encodeURIComponent(cdn)}`);
    const win = frame.contentWindow as MapPageWindow;
    await until(() => !!win.__imports, 'the entries are loading');
    expect(await win.__imports, 'entries that failed to import').to.deep.equal([]);

    const database = `importmap-${crypto.randomUUID()}`;
    const badge = frame.contentDocument!.createElement('crm-tier-badge');
    badge.setAttribute('tier', 'A1');
    frame.contentDocument!.body.append(badge);
    await until(() => badge.shadowRoot?.querySelector('[part="code"]')?.textContent === 'A1', 'badge shows A1');
    await exerciseLazyDependencies(frame, database);

    // Each came from the plain file server through the map.
    const fetched = (win.performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((r) => r.name);
    for (const file of [
      '/node_modules/dexie/dist/dexie.mjs',
      '/node_modules/valibot/dist/index.mjs',
      '/node_modules/chart.js/dist/chart.js',
      '/node_modules/pinyin-pro/dist/esm/index.mjs',
      '/node_modules/crm-widgets/dist/cdn/vendor/papaparse.js',
    ]) {
      expect(fetched, file).to.include(`${cdn}${file}`);
    }
    // Chromium reports a ResizeObserver loop as an error event when the virtualizer re-measures; nothing else.
    expect(win.__problems!.filter((p) => !p.includes('ResizeObserver loop'))).to.deep.equal([]);
    frame.remove();
    indexedDB.deleteDatabase(database);
  });
});
