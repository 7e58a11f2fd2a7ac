/**
 * Every element under `Content-Security-Policy: default-src 'self'; style-src 'self'` (a real header, see
 * test/support/gallery/gallery-pages.mjs): bound widgets on the sample data, presentational ones, the
 * funnel's chart drawn and its keyboard-focused stage, the table shown, a badge explanation open. Any
 * `securitypolicyviolation` (an inline style attribute, a styleMap, inline script) fails the test.
 */
import { expect } from '@open-wc/testing';
import { uniqueName, until } from '../support/fixtures.js';

type PageWindow = Window & { __problems?: string[]; __galleryReady?: Promise<void> };

async function open(url: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.width = '1280';
  frame.height = '800';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = url;
  document.body.append(frame);
  await loaded;
  return frame;
}

describe("strict CSP (style-src 'self')", () => {
  const database = uniqueName('csp');
  after(() => indexedDB.deleteDatabase(database));

  it('renders every element in representative states without a single policy violation', async () => {
    const frame = await open(`/__crm/gallery-page?db=${encodeURIComponent(database)}`);
    const win = frame.contentWindow as PageWindow;
    const doc = frame.contentDocument!;
    await until(() => !!win.__galleryReady, 'gallery module loaded');
    await win.__galleryReady;

    // States beyond the first paint: the funnel's table, a focused stage (active bar colour), an explanation.
    const funnel = doc.querySelector('crm-funnel-chart')!;
    const stage = funnel.shadowRoot!.querySelector<HTMLElement>('[part~="stage"]')!;
    stage.focus();
    const toggles = [...funnel.shadowRoot!.querySelectorAll<HTMLButtonElement>('.controls button')];
    for (const button of toggles) button.click();
    const badge = doc.querySelector('crm-tier-badge[customer-id]')!;
    await until(() => !!badge.shadowRoot?.querySelector('button'), 'badge with an explanation');
    badge.shadowRoot!.querySelector('button')!.click();
    await new Promise((resolve) => win.requestAnimationFrame(() => win.requestAnimationFrame(resolve)));

    // The listener is live: an inline style attribute set now is reported (proves the check can fail).
    const probe = doc.createElement('div');
    probe.innerHTML = '<span style="color: red"></span>';
    doc.body.append(probe);
    await until(() => (win.__problems ?? []).length > 0, 'the probe violation reported');
    const problems = win.__problems!;
    expect(problems.at(-1)).to.match(/^CSP style-src-attr/);
    expect(problems.slice(0, -1)).to.deep.equal([]);
    frame.remove();
  });
});
