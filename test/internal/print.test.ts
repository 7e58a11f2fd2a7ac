/**
 * Print layout (print media emulated): the gallery laid out three across as an intranet dashboard does.
 * Printed funnels show their data tables without overlapping their neighbours or overflowing their widget;
 * no interactive chrome prints (card and board buttons, the quote editor, the import and sync widgets).
 * The PDF itself was also rendered and looked at (README "Theming", docs/screenshots/print-*.png).
 */
import { expect, nextFrame } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { CrmProvider } from '../../src/components/provider/provider.js';
import { loadSample } from '../components/funnel-chart/helpers.js';
import { uniqueName } from '../support/fixtures.js';
import { buildGallery, galleryReady } from '../support/gallery/gallery.js';

const visible = (el: Element) => el.getClientRects().length > 0;
const overlap = (a: DOMRect, b: DOMRect) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('print', function () {
  this.timeout(60000);
  const database = uniqueName('print');
  const frame = document.createElement('div');
  let provider: CrmProvider;

  before(async () => {
    document.body.append(frame);
    provider = buildGallery(frame, database);
    // Test layout only: a three-across dashboard grid, the layout that printed tables on top of each other.
    Object.assign(provider.style, { display: 'grid', gridTemplateColumns: 'repeat(3, minmax(0, 1fr))', gap: '1rem' });
    frame.style.width = '720px';
    await galleryReady(provider, await loadSample());
    // What the browser does when printing: beforeprint (the quote renders its document), then print media.
    window.dispatchEvent(new Event('beforeprint'));
    await provider.querySelector('crm-quote-builder')!.updateComplete;
    await emulateMedia({ media: 'print' });
    await nextFrame();
  });
  after(async () => {
    await emulateMedia({ media: 'screen' });
    window.dispatchEvent(new Event('afterprint'));
    frame.remove();
    indexedDB.deleteDatabase(database);
  });

  it('funnel tables print side by side without overlapping or overflowing their widget', () => {
    const funnels = [...provider.querySelectorAll('crm-funnel-chart')];
    const tables = funnels.map((f) => f.shadowRoot!.querySelector('[part="table"]')!);
    for (const table of tables) expect(visible(table)).to.equal(true);
    expect(funnels.every((f) => !visible(f.shadowRoot!.querySelector('[part="chart"]')!))).to.equal(true);
    const rects = tables.map((t) => t.getBoundingClientRect());
    for (let i = 0; i < rects.length; i++) {
      for (let j = i + 1; j < rects.length; j++)
        expect(overlap(rects[i]!, rects[j]!), `tables ${i} and ${j}`).to.equal(false);
    }
    for (const f of funnels) expect(f.scrollWidth, f.getAttribute('label') ?? '').to.be.at.most(f.clientWidth + 1);
  });

  it('no interactive chrome: card and board buttons, the quote editor, import and sync status stay off paper', () => {
    for (const tag of ['crm-customer-card', 'crm-pipeline-board']) {
      const buttons = [...provider.querySelectorAll(tag)].flatMap((el) => [
        ...el.shadowRoot!.querySelectorAll('button'),
      ]);
      expect(buttons.length, tag).to.be.greaterThan(0);
      expect(buttons.filter(visible).length, tag).to.equal(0);
    }
    const quote = provider.querySelector('crm-quote-builder')!.shadowRoot!;
    expect(visible(quote.querySelector('.editor')!)).to.equal(false);
    expect(visible(quote.querySelector('.print')!)).to.equal(true);
    for (const tag of ['crm-import', 'crm-sync-status'])
      expect(visible(provider.querySelector(tag)!), tag).to.equal(false);
  });
});
