/**
 * The document layout (issues 16 and 17) on the demo's sample quote: from 320 to 1600 px of the widget's own
 * width in English and Chinese nothing overflows the widget and no text is clipped without a tooltip; the
 * action bar offers exactly the moves the state machine allows; the "more" menu and the picker work from the
 * keyboard; every control shows the focus ring; axe finds nothing on a light or a dark page.
 */
import { expect, nextFrame } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { MENU_ACTIONS, offeredActions } from '../../../src/components/quote-builder/action-bar.js';
import { actionStates } from '../../../src/components/quote-builder/actions.js';
import type { CrmQuoteBuilder } from '../../../src/components/quote-builder/quote-builder.js';
import { progressSteps } from '../../../src/components/quote-builder/stepper.js';
import type { ApprovalStatus } from '../../../src/core/approvals.js';
import { QUOTE_STATUSES } from '../../../src/core/quote-statuses.js';
import { deleteStores, until } from '../../support/fixtures.js';
import { mountSample, offered, q, qa } from './helpers.js';

const name = (n: Element) =>
  `${n.localName}${n.id ? `#${n.id}` : ''}${n.className && typeof n.className === 'string' ? `.${n.className.trim().replace(/\s+/g, '.')}` : ''}`;
const visuallyHidden = (n: Element) => getComputedStyle(n).clipPath === 'inset(50%)';

/** Elements sticking out of the widget, outside the declared scroll container of the lines and the top layer. */
function outside(el: CrmQuoteBuilder): string[] {
  const box = el.getBoundingClientRect();
  return qa(el, '.editor *')
    .filter((n) => !n.closest('.lines-box') && !n.closest('[popover]') && n.getClientRects().length > 0)
    .filter((n) => !(n.parentElement && visuallyHidden(n.parentElement)) && !visuallyHidden(n))
    .filter((n) => {
      const r = n.getBoundingClientRect();
      return r.width > 0 && (r.right > box.right + 1 || r.left < box.left - 1);
    })
    .map(name);
}

/** Elements whose text is cut (hidden overflow) with no tooltip on them or an ancestor. */
function clippedWithoutTooltip(el: CrmQuoteBuilder): string[] {
  return qa(el, '.editor *')
    .filter((n) => !['INPUT', 'SELECT', 'TEXTAREA', 'OPTION'].includes(n.tagName) && !n.classList.contains('lines-box'))
    .filter((n) => !visuallyHidden(n) && n.getClientRects().length > 0)
    .filter((n) => {
      const s = getComputedStyle(n);
      const cuts = s.overflowX === 'hidden' || s.overflowX === 'clip' || s.textOverflow === 'ellipsis';
      return cuts && n.scrollWidth > n.clientWidth + 1 && !n.closest('[title]');
    })
    .map(name);
}

/** Placeholders wider than the field that shows them (the issue's "Unit of the n"). */
function cutPlaceholders(el: CrmQuoteBuilder): string[] {
  const ctx = document.createElement('canvas').getContext('2d')!;
  return qa(el, 'input[placeholder]')
    .filter((input) => input.getClientRects().length > 0)
    .filter((input) => {
      const s = getComputedStyle(input);
      ctx.font = `${s.fontSize} ${s.fontFamily}`;
      const room = input.clientWidth - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight);
      return ctx.measureText((input as HTMLInputElement).placeholder).width > room;
    })
    .map(name);
}

describe('<crm-quote-builder> document layout', function () {
  this.timeout(60000);
  afterEach(deleteStores);

  for (const lang of ['en', 'zh-CN']) {
    it(`${lang}: 320, 390, 768, 1280 and 1600 px wide, nothing overflows or is cut without a tooltip`, async () => {
      const { el, frame } = await mountSample({ lang });
      for (const width of [320, 390, 768, 1280, 1600]) {
        frame.style.width = `${width}px`;
        await nextFrame();
        await nextFrame();
        const at = `${lang} ${width}px`;
        expect(el.scrollWidth, at).to.be.at.most(el.clientWidth + 1);
        expect(outside(el), at).to.deep.equal([]);
        expect(clippedWithoutTooltip(el), at).to.deep.equal([]);
        expect(cutPlaceholders(el), at).to.deep.equal([]);
        // The totals stay beside the lines, sticky, when there is room; narrower, a bottom summary shows the total.
        const side = getComputedStyle(q(el, '.totals-panel')!).position;
        const summary = q(el, '.bottom-summary')!;
        expect(side, at).to.equal(width >= 1440 ? 'sticky' : 'static');
        expect(getComputedStyle(summary).display === 'none', at).to.equal(width >= 1440);
        if (width < 1440) {
          expect(getComputedStyle(summary).position, at).to.equal('sticky');
          expect(summary.textContent, at).to.contain(lang === 'en' ? 'CN¥1,006,658.24' : '¥1,006,658.24');
        }
        // Every step of the stepper keeps its full label as a tooltip and in the accessibility tree.
        for (const step of qa(el, '.step'))
          expect(step.title, at).to.contain(step.querySelector('.step-label')!.textContent!);
      }
      // At 1280 px the eleven columns fit without scrolling.
      frame.style.width = '1280px';
      await nextFrame();
      expect(q(el, '.lines-box')!.scrollWidth).to.be.at.most(q(el, '.lines-box')!.clientWidth + 1);
      // Narrow lines scroll inside their own box rather than widening the page.
      frame.style.width = '320px';
      await nextFrame();
      const box = q(el, '.lines-box')!;
      expect(box.scrollWidth).to.be.greaterThan(box.clientWidth);
      // Scrolled to the end, the line number and the item are still in view at the start of the box.
      box.scrollLeft = box.scrollWidth;
      await nextFrame();
      const start = box.getBoundingClientRect().left;
      const item = q(el, '.line td.item')!.getBoundingClientRect();
      expect(Math.abs(q(el, '.line td')!.getBoundingClientRect().left - start)).to.be.below(2);
      expect(item.left).to.be.below(start + 60);
      box.scrollLeft = 0;
    });
  }

  it('the free-text line has visible short labels and the full text as the accessible name, no placeholders', async () => {
    const { el } = await mountSample();
    for (const [id, label, full] of [
      ['draft-description', 'Description', 'Description of the new line'],
      ['draft-unit', 'Unit', 'Unit of the new line'],
      ['draft-unitPrice', 'Unit price', 'Unit price of the new line'],
    ]) {
      const input = q<HTMLInputElement>(el, `#${id}`)!;
      expect(input.placeholder, id).to.equal('');
      expect(input.getAttribute('aria-label'), id).to.equal(full);
      expect(q(el, `label[for="${id}"]`)!.textContent!.trim(), id).to.equal(label);
    }
  });

  it('offers exactly the moves the state machine allows from every status', () => {
    const approval = { required: ['supervisor'], granted: ['supervisor'], missing: [], complete: true, stale: [] };
    const expected: Record<string, string[]> = {
      draft: ['submit', 'expire'],
      'pending-approval': ['reopen'],
      approved: ['send', 'reopen', 'expire'],
      sent: ['accept', 'decline', 'reopen', 'expire'],
      accepted: ['convert'],
      ordered: [],
      rejected: ['reopen'],
      expired: [],
    };
    for (const status of QUOTE_STATUSES) {
      const states = actionStates({
        status,
        approval: approval as unknown as ApprovalStatus,
        hasUser: true,
        fieldErrors: false,
        includedLines: 1,
        conflict: false,
        superseded: false,
      });
      const ids = offeredActions(states).map((a) => a.id);
      expect(ids, status).to.deep.equal(expected[status]);
      expect(
        ids.filter((id) => MENU_ACTIONS.includes(id)),
        status,
      ).to.deep.equal(ids.includes('expire') ? ['expire'] : []);
    }
    // A quote approved without needing approval shows that step as not needed.
    expect(progressSteps('approved', [], false).map((s) => s.state)).to.deep.equal([
      'done',
      'skipped',
      'current',
      'upcoming',
      'upcoming',
      'upcoming',
    ]);
  });

  it('the action bar and more menu of the sample draft; the menu works from the keyboard', async () => {
    const { el } = await mountSample();
    expect(offered(el)).to.deep.equal(['submit', 'expire']);
    const button = q<HTMLButtonElement>(el, '#more-button')!;
    const menu = q(el, '#more-menu')!;
    expect(button.getAttribute('aria-haspopup')).to.equal('menu');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    const items = qa(el, '#more-menu [role="menuitem"]');
    expect(items.map((i) => i.dataset.menu)).to.deep.equal([
      'print-button',
      'export-csv',
      'export-json',
      'new-version',
      'action-expire',
    ]);
    const active = () => el.shadowRoot!.activeElement;

    button.focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(menu.matches(':popover-open')).to.equal(true);
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(active()).to.equal(items[0]);
    await sendKeys({ press: 'ArrowDown' });
    expect(active()).to.equal(items[1]);
    await sendKeys({ press: 'End' });
    expect(active()).to.equal(items[4]);
    expect(parseFloat(getComputedStyle(items[4]!).outlineWidth)).to.be.at.least(2); // the ring shows in the menu too
    await sendKeys({ press: 'ArrowDown' }); // wraps
    expect(active()).to.equal(items[0]);
    await sendKeys({ press: 'ArrowUp' });
    expect(active()).to.equal(items[4]);
    await sendKeys({ press: 'Home' });
    expect(active()).to.equal(items[0]);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(menu.matches(':popover-open')).to.equal(false);
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(active()).to.equal(button);

    // Enter opens it too (the native popover button) and focus goes in; ArrowUp on the button opens at the end.
    await sendKeys({ press: 'Enter' });
    await until(() => active() === items[0], 'focus in the opened menu');
    await sendKeys({ press: 'Escape' });
    await sendKeys({ press: 'ArrowUp' });
    expect(active()).to.equal(items[4]);
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(menu.matches(':popover-open')).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('Tab goes from the product picker (list open) to the next field, and every stop shows the focus ring', async () => {
    const { el } = await mountSample();
    const picker = q<HTMLInputElement>(el, '#catalog-input')!;
    picker.focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(picker.getAttribute('aria-expanded')).to.equal('true');
    // The open list is long enough to scroll: the kind of box Chromium makes a Tab stop (the issue's bug).
    const list = q(el, '#catalog-list')!;
    expect(list.scrollHeight).to.be.greaterThan(list.clientHeight);
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(document.activeElement).to.equal(el);
    expect(el.shadowRoot!.activeElement).to.equal(q(el, '#draft-description'));
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(el.shadowRoot!.activeElement).to.equal(picker);

    // From the control before the widget to the one after it, every stop inside is one of its controls,
    // with a visible ring (outline of at least 2 px, or a box shadow). One line's working is open, so its
    // group field and optional box are among the stops.
    q(el, 'button[data-action="working"]')!.click();
    await el.updateComplete;
    (el.parentElement!.querySelector('#before') as HTMLElement).focus();
    const stops: string[] = [];
    const noRing: string[] = [];
    let last: Element | null = null;
    for (let i = 0; i < 150; i++) {
      await sendKeys({ press: 'Tab' });
      if (document.activeElement !== el) break;
      const focused = el.shadowRoot!.activeElement;
      expect(focused, `stop ${i}`).to.not.equal(null);
      if (last === focused) continue; // the date field's parts
      last = focused;
      stops.push(name(focused!));
      // A nested widget (the tier badge) draws the ring on its own inner control.
      let inner: Element = focused!;
      while (inner.shadowRoot?.activeElement) inner = inner.shadowRoot.activeElement;
      const s = getComputedStyle(inner);
      const ring = (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) || s.boxShadow !== 'none';
      if (!ring) noRing.push(name(inner));
    }
    expect(document.activeElement!.id).to.equal('after');
    expect(noRing).to.deep.equal([]);
    expect(stops.length).to.be.greaterThan(40);
    expect(stops).to.include.members([
      'input',
      'textarea#notes',
      'input#valid-until',
      'button#more-button.more-button',
    ]);
    expect(stops.filter((s) => s === 'input').length).to.be.at.least(13); // 4 lines × 3 fields, the group field
    const at = stops.indexOf('input#catalog-input');
    expect(stops[at + 1]).to.equal('input#draft-description');
  });

  for (const lang of ['en', 'zh-CN'])
    it(`${lang} on paper (A4 width, print media) the document fits its page: no table wider than the widget`, async () => {
      const { el, frame } = await mountSample({ lang, theme: 'dark' });
      frame.style.width = '703px'; // A4 less 2 × 12 mm margins, at 96 dpi
      window.dispatchEvent(new Event('beforeprint'));
      await el.updateComplete;
      await emulateMedia({ media: 'print' });
      try {
        await nextFrame();
        const box = el.getBoundingClientRect();
        const doc = q(el, '.print')!;
        expect(getComputedStyle(doc).display).to.equal('block');
        expect(getComputedStyle(q(el, '.editor')!).display).to.equal('none');
        const wide = qa(el, '.print *')
          .filter((n) => n.getBoundingClientRect().right > box.right + 0.5)
          .map((n) => `${name(n)} ${n.getBoundingClientRect().right} > ${box.right}`);
        expect(wide).to.deep.equal([]);
        // Paper is light whatever the screen's scheme: dark text on no background.
        expect(getComputedStyle(doc).color).to.equal('rgb(31, 35, 40)');
      } finally {
        await emulateMedia({ media: 'screen' });
        window.dispatchEvent(new Event('afterprint'));
      }
    });

  for (const theme of ['light', 'dark']) {
    it(`axe finds nothing in ${theme} (zh-CN)`, async () => {
      document.body.classList.toggle('dark-page', theme === 'dark');
      const { el } = await mountSample({ lang: 'zh-CN', theme });
      await expect(el).to.be.accessible();
      document.body.classList.remove('dark-page');
    });
  }
});
