/**
 * Keyboard economy: a badge is a tab stop only when it has an explanation to open, and then exactly one;
 * `plain` badges (lists, tables, the compact card) and badges with nothing to explain are never focusable.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../../src/components/tier-badge/tier-badge.js';
import type { CrmTierBadge } from '../../../src/components/tier-badge/tier-badge.js';
import { until } from '../../support/fixtures.js';

/** Elements a Tab can reach inside a shadow root (the explanation included, open or not). */
const stops = (badge: Element) =>
  [...badge.shadowRoot!.querySelectorAll<HTMLElement>('button, a[href], input, select, textarea, [tabindex]')].filter(
    (el) => el.tabIndex >= 0,
  );

/** The element focused, through shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

describe('<crm-tier-badge> tab stops', () => {
  it('one stop for a badge with an explanation; none for plain, unknown and empty badges', async () => {
    const page = await fixture<HTMLElement>(html`<div lang="en">
      <button id="before">before</button>
      <crm-tier-badge id="explained" tier="7star"></crm-tier-badge>
      <crm-tier-badge id="plain" tier="A1" plain></crm-tier-badge>
      <crm-tier-badge id="unknown" tier="Z9"></crm-tier-badge>
      <crm-tier-badge id="empty"></crm-tier-badge>
      <button id="after">after</button>
    </div>`);
    const [explained, plain, unknown, empty] = [...page.querySelectorAll<CrmTierBadge>('crm-tier-badge')];
    for (const badge of [explained, plain, unknown, empty]) await badge!.updateComplete;
    expect(stops(explained!)).to.have.length(1);
    for (const badge of [plain, unknown, empty]) expect(stops(badge!), badge!.id).to.deep.equal([]);

    // The plain badge still says what it is: the tier in words, not the code.
    const plainBase = plain!.shadowRoot!.querySelector('[part="base"]')!;
    expect(plainBase.getAttribute('role')).to.equal('img');
    expect(plainBase.getAttribute('aria-label')).to.equal('Customer tier A1: High-value');
    // Stars: ★ glyphs on screen, the level in words for assistive technology.
    const starBase = explained!.shadowRoot!.querySelector('[part="base"]')!;
    expect(starBase.textContent!.replace(/\s+/g, ' ').trim()).to.equal('★★★★★★★ Seven-star');
    expect(starBase.getAttribute('aria-label')).to.equal('Customer tier: Seven-star');

    page.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(deepActive()).to.equal(starBase);
    // The open explanation holds nothing focusable: the next Tab leaves the badge.
    await until(() => starBase.getAttribute('aria-expanded') === 'true', 'explanation open on focus');
    await sendKeys({ press: 'Tab' });
    expect(deepActive()).to.equal(page.querySelector('#after'));
    await expect(page).to.be.accessible();
  });

  it('a plain badge opens nothing on hover', async () => {
    const badge = await fixture<CrmTierBadge>(html`<crm-tier-badge tier="B1" plain lang="en"></crm-tier-badge>`);
    const box = badge.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(box.x + 3), Math.round(box.y + box.height / 2)] });
    await badge.updateComplete;
    expect(badge.shadowRoot!.querySelector('[part="explanation"]')).to.equal(null);
    await sendMouse({ type: 'move', position: [0, 0] });
  });
});
