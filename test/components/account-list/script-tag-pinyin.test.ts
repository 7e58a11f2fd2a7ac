/**
 * The `<script>` build under a strict Content-Security-Policy: the account list renders, and the first search
 * loads pinyin-pro from dist/crm-widgets-pinyin.js beside the script (the IIFE does not inline it), so pinyin
 * initials match. Needs `npm run build` first (npm test does).
 */
import { expect } from '@open-wc/testing';
import type { CrmAccountList } from '../../../src/components/account-list/account-list.js';
import { until } from '../../support/fixtures.js';
import { ignoreResizeObserverNotice } from './resize-observer-notice.js';

const BUNDLE = '/dist/crm-widgets.iife.js';

describe('script-tag build: account list with pinyin from its sibling file, strict CSP', () => {
  let restore: () => void;
  before(async () => {
    restore = ignoreResizeObserverNotice();
    const response = await fetch('/dist/crm-widgets-pinyin.js', { method: 'HEAD' });
    if (!response.ok) throw new Error('dist/ is missing: run `npm run build` first (npm test does).');
  });
  after(() => restore());

  it('searches by pinyin initials with pinyin-pro loaded on demand', async () => {
    const database = `iife-list-${crypto.randomUUID()}`;
    const frame = document.createElement('iframe');
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.srcdoc = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
      <meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'; worker-src 'self'">
      <script src="${BUNDLE}"></script></head>
      <body><crm-provider database="${database}" seed="/test/fixtures/seed-small.json"><crm-account-list></crm-account-list></crm-provider></body></html>`;
    document.body.append(frame);
    await loaded;
    const list = frame.contentDocument!.querySelector('crm-account-list') as unknown as CrmAccountList;
    await until(() => (list.visibleRows?.length ?? 0) > 1, 'seeded accounts listed');
    const target = list.visibleRows.find((r) => /\p{Script=Han}{2}/u.test(r.name))!;
    const win = frame.contentWindow as Window & { CrmWidgets: { core: unknown } };
    expect(win.CrmWidgets).to.not.equal(undefined);
    // Initials of the first two Chinese characters, as pinyin-pro spells them.
    const input = list.shadowRoot!.querySelector<HTMLInputElement>('[part="search"]')!;
    const pinyin = (await import('pinyin-pro')).pinyin;
    const initials = (
      pinyin(target.name.slice(0, 2), { pattern: 'first', toneType: 'none', type: 'array' }) as string[]
    ).join('');
    input.value = initials;
    input.dispatchEvent(new Event('input'));
    await until(() => list.visibleRows.some((r) => r.id === target.id), 'pinyin match through the sibling file');
    const loadedScripts = (
      frame.contentWindow!.performance.getEntriesByType('resource') as PerformanceResourceTiming[]
    ).map((e) => new URL(e.name).pathname);
    expect(loadedScripts).to.include('/dist/crm-widgets-pinyin.js');
    frame.remove();
    await new Promise<void>((resolve) => {
      const request = indexedDB.deleteDatabase(database);
      request.onsuccess = request.onerror = request.onblocked = () => resolve();
    });
  });
});
