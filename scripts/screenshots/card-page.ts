/**
 * The customer card for scripts/screenshots.mjs (`?shot=card&lang=en&theme=light&width=390`): account g-a of
 * the card tests' showcase group in a padded frame; steps open edit mode, then the tier badge's explanation.
 */
import type { CrmCustomerCard } from '../../src/components/customer-card/customer-card.js';
import { CrmStore } from '../../src/data/store.js';
import { NOW, showcase } from '../../test/components/customer-card/card-fixtures.js';
import { lang, type Steps, theme, until, width } from './page.js';

export async function cardShot(): Promise<Steps> {
  // A database of its own per page, so every shot starts from the same data.
  const store = new CrmStore({ database: `shots-card-${crypto.randomUUID()}` });
  await showcase(store);
  document.body.classList.add('bare');
  const page = document.createElement('div');
  page.id = 'frame';
  page.className = 'page';
  page.setAttribute('theme', theme);
  const card = document.createElement('crm-customer-card') as CrmCustomerCard;
  card.setAttribute('customer-id', 'g-a');
  card.store = store;
  card.setAttribute('now', NOW);
  card.lang = lang;
  card.setAttribute('theme', theme);
  page.append(card);
  // Script-set styles (CSSOM), not a style attribute in markup.
  Object.assign(page.style, { padding: '20px', width: `${width}px`, background: theme === 'dark' ? 'black' : 'white' });
  document.body.append(page);
  const root = () => card.shadowRoot!;
  await until(() => !!card.shadowRoot?.querySelector('[part~="header"], .compact'), 'card rendered');
  await until(() => !!root().querySelector('crm-tier-badge')?.shadowRoot?.querySelector('button'), 'badge');
  const editButton = () => root().querySelector<HTMLButtonElement>('[data-action="edit"]')!;
  const badge = () => root().querySelector('crm-tier-badge')!.shadowRoot!;
  return {
    edit: async () => {
      editButton().click();
      await until(() => !!root().querySelector('#edit-panel'), 'edit mode');
    },
    explanation: async () => {
      editButton().click();
      badge().querySelector<HTMLButtonElement>('button')!.click();
      await until(
        () =>
          !!badge().querySelector(
            '[part="explanation"]:popover-open table, [part="explanation"]:popover-open .standard',
          ),
        'explanation',
      );
    },
    close: async () => {
      badge().querySelector<HTMLButtonElement>('button')!.click();
    },
  };
}
