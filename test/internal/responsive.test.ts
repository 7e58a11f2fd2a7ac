/**
 * Layout by the widget's own width (container queries): every block widget of the gallery at 320, 390, 768
 * and 1280 px wide, in English and Chinese; nothing may overflow its widget horizontally (host scrollWidth vs clientWidth). Tables
 * too wide for the widget scroll inside their own declared scroll containers, which clip their overflow.
 */
import { expect, nextFrame } from '@open-wc/testing';
import type { LitElement } from 'lit';
import type { CrmProvider } from '../../src/components/provider/provider.js';
import { ignoreResizeObserverNotice } from '../components/account-list/resize-observer-notice.js';
import { loadSample } from '../components/funnel-chart/helpers.js';
import { uniqueName } from '../support/fixtures.js';
import { buildGallery, galleryReady } from '../support/gallery/gallery.js';

describe('widgets from 320 to 1280 px of their own width', function () {
  this.timeout(60000);
  const database = uniqueName('responsive');
  const frame = document.createElement('div');
  let provider: CrmProvider;
  let restore: () => void;

  before(async () => {
    restore = ignoreResizeObserverNotice();
    document.body.append(frame);
    provider = buildGallery(frame, database);
    await galleryReady(provider, await loadSample());
  });
  after(() => {
    frame.remove();
    restore();
    indexedDB.deleteDatabase(database);
  });

  for (const [lang, width] of ['en', 'zh-CN'].flatMap((l) => [320, 390, 768, 1280].map((w) => [l, w] as const))) {
    it(`${lang}, ${width} px: no widget overflows horizontally`, async () => {
      frame.lang = lang;
      frame.style.width = `${width}px`;
      await nextFrame();
      // A language's tables load before the widgets re-render in it (src/internal/localize.ts).
      await Promise.all([...provider.querySelectorAll<LitElement>(':scope > *')].map((el) => el.updateComplete));
      await nextFrame();
      const overflowing = [...provider.querySelectorAll(':scope > *')]
        .filter((el) => getComputedStyle(el).display !== 'none')
        .map((el) => ({ tag: el.localName, scroll: el.scrollWidth, client: el.clientWidth }))
        .filter(({ scroll, client }) => scroll > client + 1);
      expect(overflowing, JSON.stringify(overflowing)).to.deep.equal([]);
      // The language really switched (the import widget shows no data, only its own strings).
      const importText = provider.querySelector('crm-import')!.shadowRoot!.textContent ?? '';
      expect(/[\u4e00-\u9fff]/.test(importText), importText).to.equal(lang === 'zh-CN');
      if (width === 320) {
        // The quote's lines do not fit in 320 px: they scroll in their own box instead of widening the page.
        const box = provider.querySelector('crm-quote-builder')!.shadowRoot!.querySelector('.lines-box')!;
        expect(box.scrollWidth).to.be.greaterThan(box.clientWidth);
      }
    });
  }
});
