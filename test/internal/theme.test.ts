/**
 * Themes from one token set (src/internal/theme.ts): no colour literal in component styles outside it; on a
 * dark page every element passes axe (colour contrast included) with `theme="dark"` (in English and Chinese) and with
 * `prefers-color-scheme: dark` emulated; `theme` on the provider reaches nested widgets and the funnel's
 * canvas; forced colours map the roles to system colours.
 */
import { expect, nextFrame } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { CrmFunnelChart } from '../../src/components/funnel-chart/funnel-chart.js';
import type { CrmProvider } from '../../src/components/provider/provider.js';
import { loadSample } from '../components/funnel-chart/helpers.js';
import { uniqueName, until } from '../support/fixtures.js';
import { buildGallery, galleryReady } from '../support/gallery/gallery.js';

type Feature = { name: string; value: string };
const emulate = (features: Feature[]) => executeServerCommand('emulate-media-features', { features });

/** Every element directly in the provider or in a paragraph of it (the badges). */
const widgets = (provider: Element) => [...provider.querySelectorAll(':scope > *, :scope > p > *')];
const surfaceOf = (el: Element) => getComputedStyle(el).getPropertyValue('--crm-c-surface');
const colourOf = (el: Element, selector: string, property = 'color') =>
  getComputedStyle(el.shadowRoot!.querySelector(selector)!).getPropertyValue(property);
const palette = (funnel: CrmFunnelChart) =>
  (funnel as unknown as { drawing: { palette?: { bar: string } } }).drawing.palette?.bar;

describe('theme tokens', () => {
  it('no colour literal (hex, rgb, hsl) or inline style in src outside src/internal/theme.ts and its presets', async () => {
    const files = (await executeServerCommand('source-files')) as { path: string; text: string }[];
    expect(files.length).to.be.greaterThan(50);
    const literal = /#[0-9a-f]{3,8}\b|\b(rgba?|hsla?)\(|(?<![-\w])(white|black)(?![-\w])/gi;
    const offenders: string[] = [];
    for (const { path, text } of files) {
      if (/internal\/theme(-presets)?\.ts$/.test(path)) continue;
      for (const block of text.matchAll(/css`([^`]*)`/g)) {
        for (const hit of block[1]!.matchAll(literal)) offenders.push(`${path}: ${hit[0]}`);
      }
      if (/styleMap|\sstyle=\$\{|\sstyle="/.test(text)) offenders.push(`${path}: inline style`);
    }
    expect(offenders).to.deep.equal([]);
  });
});

describe('themes on a dark page', function () {
  this.timeout(120000);
  let provider: CrmProvider;
  const database = uniqueName('theme');

  before(async () => {
    document.body.classList.add('dark');
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = '/test/support/gallery/gallery.css';
    const loaded = new Promise((resolve) => link.addEventListener('load', resolve, { once: true }));
    document.head.append(link);
    await loaded;
    provider = buildGallery(document.body, database, 'dark');
    await galleryReady(provider, await loadSample());
  });
  after(async () => {
    await emulate([]);
    provider.remove();
    document.body.classList.remove('dark');
    indexedDB.deleteDatabase(database);
  });

  it('theme="dark" on the provider: every element is axe-clean, contrast included', async () => {
    const light = document.createElement('crm-tier-badge');
    document.body.append(light);
    expect(surfaceOf(light)).to.contain('light-dark');
    light.remove();
    for (const el of widgets(provider)) await expect(el, el.localName).to.be.accessible();
  });

  it('the attribute reaches nested widgets and the funnel redraws in the new colours', async () => {
    const funnel = provider.querySelector<CrmFunnelChart>('crm-funnel-chart')!;
    const card = provider.querySelector('crm-customer-card')!;
    const darkBar = palette(funnel);
    const darkText = colourOf(card, '[part~="name"]');
    provider.setAttribute('theme', 'light');
    await until(() => palette(funnel) !== darkBar, 'funnel palette follows the theme');
    expect(colourOf(card, '[part~="name"]')).not.to.equal(darkText);
    // A widget's own attribute wins over its provider's.
    card.setAttribute('theme', 'dark');
    await nextFrame();
    expect(colourOf(card, '[part~="name"]')).to.equal(darkText);
    card.removeAttribute('theme');
    provider.setAttribute('theme', 'dark');
    await until(() => palette(funnel) === darkBar, 'funnel palette back to dark');
  });

  it('theme="auto" follows prefers-color-scheme: dark (emulated), axe-clean', async () => {
    provider.setAttribute('theme', 'auto');
    const card = provider.querySelector('crm-customer-card')!;
    await emulate([{ name: 'prefers-color-scheme', value: 'light' }]);
    const lightText = colourOf(card, '[part~="name"]');
    await emulate([{ name: 'prefers-color-scheme', value: 'dark' }]);
    expect(colourOf(card, '[part~="name"]')).not.to.equal(lightText);
    for (const el of widgets(provider)) await expect(el, el.localName).to.be.accessible();
  });

  it('in Chinese on the dark page: every element is axe-clean', async () => {
    provider.setAttribute('theme', 'dark');
    provider.lang = 'zh-CN';
    await until(
      () => /[\u4e00-\u9fff]/.test(provider.querySelector('crm-import')!.shadowRoot!.textContent ?? ''),
      'zh-CN',
    );
    for (const el of widgets(provider)) await expect(el, el.localName).to.be.accessible();
    provider.removeAttribute('lang');
  });

  it('forced colours (emulated): roles become system colours, axe-clean', async () => {
    await emulate([{ name: 'forced-colors', value: 'active' }]);
    const card = provider.querySelector('crm-customer-card')!;
    expect(getComputedStyle(card).getPropertyValue('--crm-c-focus').trim()).to.equal('Highlight');
    // A pressed toggle is drawn in the palette's selection pair (unadjusted, it drew its text invisibly).
    const pressed = provider.querySelector('crm-funnel-chart')!.shadowRoot!.querySelector('[aria-pressed="true"]')!;
    const style = getComputedStyle(pressed);
    expect(style.forcedColorAdjust).to.equal('none');
    expect(style.color).not.to.equal(style.backgroundColor);
    for (const el of widgets(provider)) await expect(el, el.localName).to.be.accessible();
  });
});
