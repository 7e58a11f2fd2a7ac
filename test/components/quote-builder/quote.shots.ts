/**
 * Screenshots of the quote builder on the demo's sample quote (en and zh-CN, light and dark, 390 and 1280 px)
 * and its printed PDF, saved under docs/screenshots/quote/ for people to look at. Not part of `npm test`
 * (see screenshots.config.mjs).
 */
import { fixture, html, nextFrame } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../../src/components/quote-builder/quote-builder.js';
import type { CrmQuoteBuilder } from '../../../src/components/quote-builder/quote-builder.js';
import { deleteStores, freshStore, until } from '../../support/fixtures.js';
import { action, cell, loaded, type } from './helpers.js';

const DIR = 'docs/screenshots/quote';

async function shot(el: Element, path: string, viewport: number) {
  await nextFrame();
  const r = el.getBoundingClientRect();
  const clip = { x: r.left + scrollX, y: r.top + scrollY, width: Math.ceil(r.width), height: Math.ceil(r.height) };
  await executeServerCommand('quote-shot', { path: `${DIR}/${path}`, clip, viewport });
}

describe('quote builder screenshots', () => {
  after(deleteStores);

  for (const width of [390, 1280]) {
    it(`en, pending approval, ${width}`, async () => {
      const sample = await (await fetch('/demo/data/sample.json')).json();
      const store = freshStore();
      await store.import(sample as never);
      document.body.style.background = 'white';
      document.documentElement.style.colorScheme = 'light';
      const el = await fixture<HTMLElement>(html`<div style="width:${width}px">
        <crm-quote-builder lang="en" quote-id="q-001" as-of="2026-11-15" .store=${store}
          .currentUser=${{ name: '王磊', role: 'sales' }}></crm-quote-builder></div>`);
      const builder = el.querySelector('crm-quote-builder') as CrmQuoteBuilder;
      await loaded(builder);
      await type(builder, cell(builder, 1, 'lineDiscount'), '25');
      action(builder, 'submit').click();
      await until(() => builder.value!.status === 'pending-approval', 'submitted');
      await shot(el, `quote-en-pending-${width}.png`, width);
    });
  }

  for (const lang of ['en', 'zh-CN']) {
    for (const theme of ['light', 'dark']) {
      for (const width of [390, 1280, 1600]) {
        it(`${lang} ${theme} ${width}`, async () => {
          const sample = await (await fetch('/demo/data/sample.json')).json();
          const store = freshStore();
          await store.import(sample as never);
          document.body.style.margin = '0';
          document.body.style.background = theme === 'dark' ? 'Canvas' : 'white';
          document.documentElement.style.colorScheme = theme;
          const el = await fixture<CrmQuoteBuilder>(html`<div class="frame" style="width:${width}px;padding:0">
            <crm-quote-builder lang=${lang} theme=${theme} quote-id="q-001" as-of="2026-11-15" .store=${store}
              .currentUser=${{ name: '王磊', role: 'sales' }}></crm-quote-builder></div>`);
          const builder = el.querySelector('crm-quote-builder') as CrmQuoteBuilder;
          await loaded(builder);
          await until(() => !!builder.shadowRoot!.querySelector('.totals'), 'priced');
          await shot(el, `quote-${lang}-${theme}-${width}.png`, width);
          if (theme === 'light' && width === 390) {
            const box = builder.shadowRoot!.querySelector<HTMLElement>('.lines-box')!;
            box.scrollLeft = box.scrollWidth;
            await shot(box, `quote-${lang}-390-lines-scrolled.png`, width);
          }
          if (theme === 'light' && width === 1280) {
            builder.view = 'print';
            await builder.updateComplete;
            await shot(el, `quote-${lang}-print-view.png`, width);
            // On paper the page is as wide as the sheet: the test frame's fixed width goes.
            (el as HTMLElement).style.width = '';
            await executeServerCommand('quote-shot', { path: `${DIR}/quote-${lang}-print.pdf`, pdf: true });
          }
        });
      }
    }
  }
});
