/**
 * Presets as attributes: `theme="antd"` / `theme="element"` combine with a scheme in one attribute, reach nested
 * widgets like the scheme does, give way to a nested widget's own preset or `default`, and a page rule on the
 * element itself still overrides a preset token.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/provider/provider.js';
import '../../src/components/tier-badge/tier-badge.js';
import { uniqueName } from '../support/fixtures.js';

/** A resolved colour token of an element: a probe in its shadow root, coloured by an adopted sheet. */
function resolved(el: Element, token: string): string {
  const root = el.shadowRoot!;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(`.probe { color: var(${token}); }`);
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  const probe = document.createElement('span');
  probe.className = 'probe';
  root.append(probe);
  const value = getComputedStyle(probe).color;
  probe.remove();
  root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== sheet);
  return value;
}
const px = (el: Element, token: string) => getComputedStyle(el).getPropertyValue(token).trim();

describe('theme presets', () => {
  const database = uniqueName('presets');
  after(() => indexedDB.deleteDatabase(database));

  // First in this file: no element has named a preset yet.
  it('a page whose widgets name no preset never fetches the presets', async () => {
    const fetched = () =>
      performance.getEntriesByType('resource').some((r) => r.name.includes('/src/internal/theme-presets'));
    const badge = await fixture<HTMLElement>(html`<crm-tier-badge tier="A1" theme="dark"></crm-tier-badge>`);
    expect(badge.shadowRoot!.querySelector('[part="code"]')?.textContent).to.equal('A1');
    expect(fetched()).to.equal(false);
    // The first element that names one waits for them before its first render (the checks below read it at once).
    await fixture<HTMLElement>(html`<crm-tier-badge tier="A1" theme="antd"></crm-tier-badge>`);
    expect(fetched()).to.equal(true);
  });

  it('antd and element: accent, radius, control height and font in light and dark; nested widgets follow', async () => {
    // The provider slots its children, so they are rendered (and styled) inside it.
    const outer = await fixture<HTMLElement>(html`
      <crm-provider database=${database} theme="antd dark">
        <crm-tier-badge tier="B1" id="inherits"></crm-tier-badge>
        <crm-tier-badge tier="B1" id="element" theme="element"></crm-tier-badge>
        <crm-tier-badge tier="B1" id="default" theme="default"></crm-tier-badge>
        <crm-tier-badge tier="B1" id="light" theme="light"></crm-tier-badge>
      </crm-provider>
    `);
    const inner = (id: string) => outer.querySelector(`#${id}`)!;
    expect(resolved(outer, '--crm-c-accent')).to.equal('rgb(22, 104, 220)'); // antd dark colorPrimary
    expect(resolved(inner('inherits'), '--crm-c-accent')).to.equal('rgb(22, 104, 220)');
    expect(resolved(inner('light'), '--crm-c-accent')).to.equal('rgb(22, 119, 255)'); // antd light, scheme only
    expect(resolved(inner('element'), '--crm-c-accent')).to.equal('rgb(64, 158, 255)');
    expect(px(inner('element'), '--crm-t-radius-md')).to.equal('4px');
    expect(px(inner('inherits'), '--crm-t-radius-md')).to.equal('6px');
    expect(px(inner('inherits'), '--crm-t-control-height')).to.equal('32px');
    // `default` goes back to the suite's own tokens (dark scheme still inherited).
    const plain = await fixture<HTMLElement>(html`<crm-tier-badge tier="C" theme="dark"></crm-tier-badge>`);
    expect(resolved(inner('default'), '--crm-c-accent')).to.equal(resolved(plain, '--crm-c-accent'));
    expect(px(inner('default'), '--crm-t-control-height')).to.equal('2rem');
    expect(getComputedStyle(inner('element')).fontFamily).to.contain('PingFang SC');
    expect(getComputedStyle(outer).fontSize).to.equal('14px');
  });

  it('a page rule on the element itself wins over the preset', async () => {
    const style = document.createElement('style');
    style.textContent = 'crm-tier-badge.branded { --crm-color-accent: rgb(1, 2, 3); }';
    document.head.append(style);
    const badge = await fixture<HTMLElement>(
      html`<crm-tier-badge class="branded" tier="A1" theme="antd"></crm-tier-badge>`,
    );
    expect(resolved(badge, '--crm-c-accent')).to.equal('rgb(1, 2, 3)');
    style.remove();
  });
});
