/**
 * The demo page as a user meets it (in an iframe, real seed file, real CSV file from demo/data): it opens on
 * the account list; a pinyin search and Enter put the account in the card and its group in the funnel beside
 * the list; "Import data/customers.csv" brings the file in through <crm-import>.
 */
import { expect } from '@open-wc/testing';
import Dexie from 'dexie';
import type { CrmAccountList } from '../../../src/components/account-list/account-list.js';
import type { CrmCustomerCard } from '../../../src/components/customer-card/customer-card.js';
import type { CrmFunnelChart } from '../../../src/components/funnel-chart/funnel-chart.js';
import type { CrmImport } from '../../../src/components/import/import.js';
import { until } from '../../support/fixtures.js';
import { ignoreResizeObserverNotice } from './resize-observer-notice.js';

describe('demo: account list, card, funnel and import', () => {
  let frame: HTMLIFrameElement;
  let restore: () => void;
  before(async () => {
    restore = ignoreResizeObserverNotice();
    await Dexie.delete('crm-widgets');
  });
  after(async () => {
    frame?.remove();
    restore();
    await Dexie.delete('crm-widgets');
  });

  it('opens on the account list; search, select, the card and funnel follow; Import brings in the CSV', async function () {
    this.timeout(60_000);
    frame = document.createElement('iframe');
    frame.src = '/demo/index.html';
    frame.width = '1400';
    frame.height = '1000';
    document.body.append(frame);
    await until(() => !!frame.contentDocument?.querySelector('crm-account-list'), 'demo loaded', 30_000);
    const doc = frame.contentDocument!;
    const list = doc.querySelector('crm-account-list') as CrmAccountList;
    // The list is the first widget on the page.
    expect(doc.querySelector('main section crm-account-list')).to.equal(list);
    // The element upgrades once the page's module has loaded.
    await until(() => (list.visibleRows?.length ?? 0) > 100, 'seeded accounts listed', 30_000);
    const total = list.visibleRows.length;
    const input = list.shadowRoot!.querySelector<HTMLInputElement>('[part="search"]')!;
    input.value = 'hdnyzj';
    input.dispatchEvent(new Event('input'));
    await until(
      () => list.visibleRows.length > 0 && list.visibleRows.every((r) => r.name.startsWith('华东能源浙江')),
      'pinyin initials',
      20_000,
    );
    const grid = list.shadowRoot!.querySelector<HTMLElement>('[part="grid"]')!;
    grid.focus();
    grid.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    await list.updateComplete;
    grid.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    const chosen = list.visibleRows[0]!;
    const card = doc.getElementById('account-card') as CrmCustomerCard;
    const funnel = doc.getElementById('account-funnel') as CrmFunnelChart;
    await until(() => card.customerId === chosen.id, 'card follows');
    await until(() => funnel.group === (chosen.customer.parentId ?? chosen.id), 'funnel follows');
    await until(() => (card.shadowRoot?.textContent ?? '').includes(chosen.name), 'card shows the account');

    const importer = doc.getElementById('importer') as CrmImport;
    (doc.getElementById('import-demo') as HTMLButtonElement).click();
    await until(() => !!importer.shadowRoot!.querySelector('[part="preview"]'), 'demo CSV previewed');
    const done = new Promise<CustomEvent>((resolve) =>
      importer.addEventListener('crm-import-complete', (e) => resolve(e as CustomEvent), { once: true }),
    );
    importer.shadowRoot!.querySelector<HTMLButtonElement>('button.primary')!.click();
    const result = (await done).detail;
    expect(result).to.include({ status: 'imported', created: 10, rejected: 0 });
    input.value = '';
    input.dispatchEvent(new Event('input'));
    await until(() => list.visibleRows.length === total + 10, 'imported accounts listed live', 20_000);
    const fujian = list.visibleRows.find((r) => r.id === 'imp-001')!;
    expect(fujian.customer.parentId).to.equal('cust-001');
  });
});
