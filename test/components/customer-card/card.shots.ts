/** Renders the card in en and zh-CN, light and dark, at 390 and 1280 px and saves PNGs (see screenshots.config.mjs). */
import { fixture, html } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, setViewport } from '@web/test-runner-commands';
import '../../../src/components/customer-card/customer-card.js';
import type { CrmCustomerCard } from '../../../src/components/customer-card/customer-card.js';
import { deleteStores, freshStore, until } from '../../support/fixtures.js';
import { NOW, rendered, root, showcase } from './card-fixtures.js';

describe('customer card screenshots', () => {
  after(deleteStores);

  const shot = async (name: string, page: HTMLElement, width: number) => {
    const box = page.getBoundingClientRect();
    await setViewport({ width: width + 40, height: Math.ceil(box.height) + 40 });
    const after = page.getBoundingClientRect();
    await executeServerCommand('card-shot', {
      name,
      clip: { x: 0, y: after.top + window.scrollY, width: width + 40, height: Math.ceil(after.height) },
    });
  };

  for (const width of [390, 1280]) {
    for (const lang of ['en', 'zh-CN']) {
      for (const theme of ['light', 'dark']) {
        it(`${lang} ${theme} ${width}px`, async () => {
          await setViewport({ width: width + 40, height: 900 });
          const store = freshStore();
          await showcase(store);
          const page = await fixture<HTMLElement>(html`<div class="page" theme=${theme}>
            <crm-customer-card customer-id="g-a" .store=${store} now=${NOW} lang=${lang} theme=${theme}></crm-customer-card>
          </div>`);
          Object.assign(page.style, {
            padding: '20px',
            width: `${width}px`,
            background: theme === 'dark' ? 'black' : 'white',
          });
          document.body.style.margin = '0';
          const card = page.querySelector<CrmCustomerCard>('crm-customer-card')!;
          await rendered(card);
          await until(() => !!root(card).querySelector('crm-tier-badge')?.shadowRoot?.querySelector('button'), 'badge');
          await document.fonts.ready;
          await shot(`card-${lang.toLowerCase()}-${theme}-${width}`, page, width);
          if (theme === 'light' && lang === 'en') {
            // Edit mode, and the badge's explanation card open over the card.
            root(card).querySelector<HTMLButtonElement>('[data-action="edit"]')!.click();
            await until(() => !!root(card).querySelector('#edit-panel'), 'edit mode');
            await shot(`card-en-light-${width}-edit`, page, width);
            root(card).querySelector<HTMLButtonElement>('[data-action="edit"]')!.click();
            const badge = root(card).querySelector('crm-tier-badge')!.shadowRoot!;
            badge.querySelector<HTMLButtonElement>('button')!.click();
            await until(
              () =>
                !!badge.querySelector(
                  '[part="explanation"]:popover-open table, [part="explanation"]:popover-open .standard',
                ),
              'explanation',
            );
            await shot(`card-en-light-${width}-explanation`, page, width);
            badge.querySelector<HTMLButtonElement>('button')!.click();
            await emulateMedia({ media: 'print' });
            await shot(`card-en-print-${width}`, page, width);
            await emulateMedia({ media: 'screen' });
          }
        });
      }
    }
  }
});
