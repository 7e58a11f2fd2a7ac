/**
 * The sample quote on phones (390 × 844 and 320 × 568 viewports, English and Chinese): every control of the
 * quote can be scrolled fully into view the way focus and scrollIntoView bring it ('nearest', both axes) and
 * is then not covered by anything, in particular not by the sticky bottom summary or the sticky first columns
 * of the lines: the element hit at its centre is the control itself or inside it.
 */
import { expect, nextFrame } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { CrmQuoteBuilder } from '../../../src/components/quote-builder/quote-builder.js';
import { deleteStores } from '../../support/fixtures.js';
import { mountSample } from './helpers.js';

const CONTROLS = 'input, select, textarea, button, a[href], summary, [tabindex]:not([tabindex="-1"])';

/** Every control shown in the quote's shadow tree (and those of the elements inside it), in document order. */
function controls(root: ShadowRoot): HTMLElement[] {
  const found: HTMLElement[] = [];
  for (const node of root.querySelectorAll<HTMLElement>('*')) {
    if (node.matches(CONTROLS)) found.push(node);
    if (node.shadowRoot) found.push(...controls(node.shadowRoot));
  }
  return found.filter((c) => {
    if (c.closest('[popover]:not(:popover-open)') || c.getClientRects().length === 0) return false;
    const r = c.getBoundingClientRect();
    // Visually hidden ones (a native input behind its styled label) are reached through what stands for them.
    return r.width > 1 && r.height > 1 && getComputedStyle(c).visibility !== 'hidden';
  });
}

/** The element at a point, through shadow roots. */
function hitAt(x: number, y: number): Element | null {
  let hit = document.elementFromPoint(x, y);
  while (hit?.shadowRoot) {
    const inner = hit.shadowRoot.elementFromPoint(x, y);
    if (!inner || inner === hit) break;
    hit = inner;
  }
  return hit;
}

const within = (control: HTMLElement, hit: Element | null) =>
  !!hit && (hit === control || control.contains(hit) || !!control.shadowRoot?.contains(hit));

const describe_ = (c: Element) =>
  `<${c.localName}${c.id ? `#${c.id}` : ''}${c.getAttribute('data-action') ? ` data-action=${c.getAttribute('data-action')}` : ''}${
    c.getAttribute('aria-label') ? ` aria-label="${c.getAttribute('aria-label')}"` : ''
  }${c.className && typeof c.className === 'string' ? ` class="${c.className.trim()}"` : ''}> "${(c.textContent ?? '').trim().slice(0, 30)}"`;

/** Scrolls each control into view and reports those not fully in the viewport or covered at their centre. */
async function covered(el: CrmQuoteBuilder): Promise<string[]> {
  const problems: string[] = [];
  const list = controls(el.shadowRoot!);
  expect(list.length, 'controls found').to.be.greaterThan(20);
  for (const control of list) {
    control.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    await nextFrame();
    const r = control.getBoundingClientRect();
    const inView =
      r.top >= -1 && r.left >= -1 && r.bottom <= innerHeight + 1 && r.right <= document.documentElement.clientWidth + 1;
    const hit = hitAt(r.left + r.width / 2, r.top + r.height / 2);
    if (!inView) problems.push(`${describe_(control)} not fully in view: ${JSON.stringify(r.toJSON())}`);
    else if (!within(control, hit))
      problems.push(`${describe_(control)} covered by ${hit ? describe_(hit) : 'nothing'}`);
  }
  return problems;
}

describe('<crm-quote-builder> on phones: no control hidden under the sticky parts', () => {
  after(async () => {
    await setViewport({ width: 800, height: 600 });
    await deleteStores();
  });

  for (const [width, height] of [
    [390, 844],
    [320, 568],
  ] as const) {
    for (const lang of ['en', 'zh-CN']) {
      it(`${width} × ${height}, ${lang}: every control scrolls fully into view, uncovered`, async function () {
        this.timeout(60_000);
        await setViewport({ width, height });
        const { el, frame } = await mountSample({ lang });
        expect(el.shadowRoot!.querySelector('.bottom-summary'), 'the sticky summary is there').to.exist;
        const problems = await covered(el);
        frame.remove();
        expect(problems, problems.join('\n')).to.deep.equal([]);
      });
    }
  }
});
