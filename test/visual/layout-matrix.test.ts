/**
 * Every element at 320, 390, 768 and 1280 px of its own width (container queries), in English and Chinese,
 * light and dark, on the demo's sample data. For each widget, walking its whole shadow tree:
 * - nothing sticks out of the widget sideways, unless it sits inside a scroll container (or clipping box) of the
 *   widget, which must itself fit;
 * - no text is clipped (scrollWidth > clientWidth under `overflow: hidden|clip` or `text-overflow: ellipsis`)
 *   unless the full text is reachable: a `title` (tooltip) and an accessible name (aria-label, or the title).
 * Failures name the widget, width, language, scheme and element.
 */
import { expect, nextFrame } from '@open-wc/testing';
import type { CrmProvider } from '../../src/components/provider/provider.js';
import { ignoreResizeObserverNotice } from '../components/account-list/resize-observer-notice.js';
import { loadSample } from '../components/funnel-chart/helpers.js';
import { uniqueName, until } from '../support/fixtures.js';
import { buildGallery, galleryReady } from '../support/gallery/gallery.js';
// The board defines its deal form when it first opens it; shown on its own here.
import '../../src/components/pipeline-board/opportunity-form.js';

const WIDTHS = [320, 390, 768, 1280];
const LANGS = ['en', 'zh-CN'];
const SCHEMES = ['light', 'dark'];

/** A readable path for an element inside a widget: tag, part and classes. */
function describe_(el: Element): string {
  const part = el.getAttribute('part');
  const classes = [...el.classList].slice(0, 2).join('.');
  const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
  return `<${el.localName}${part ? ` part="${part}"` : ''}${classes ? ` class="${classes}"` : ''}>${text ? ` "${text}"` : ''}`;
}

/** Every element of a shadow tree, nested shadow roots included. */
function* descendants(root: ShadowRoot | Element): Generator<Element> {
  for (const el of root.querySelectorAll('*')) {
    yield el;
    if (el.shadowRoot) yield* descendants(el.shadowRoot);
  }
}

/** The element's parent across shadow boundaries (slot assignment ignored: widgets slot nothing here). */
const parentOf = (el: Element): Element | null => el.parentElement ?? ((el.getRootNode() as ShadowRoot).host || null);

const clips = (style: CSSStyleDeclaration) => style.overflowX !== 'visible';

/** True when some ancestor between `el` and `host` scrolls or clips horizontally (it is then checked itself). */
function insideClippingBox(el: Element, host: Element): boolean {
  for (let node = parentOf(el); node && node !== host; node = parentOf(node)) {
    if (clips(getComputedStyle(node))) return true;
  }
  return false;
}

/** The full text is reachable: a tooltip (title) and an accessible name on the element or an ancestor. */
function fullTextReachable(el: Element, host: Element): boolean {
  for (let node: Element | null = el; node && node !== host; node = parentOf(node)) {
    const title = node.getAttribute('title');
    if (title?.trim()) return true;
  }
  return false;
}

function problemsOf(host: Element): string[] {
  const problems: string[] = [];
  const box = host.getBoundingClientRect();
  // The contacts editor renders into its own light DOM (document styles); the others into a shadow root.
  for (const el of descendants(host.shadowRoot ?? host)) {
    const style = getComputedStyle(el);
    if (style.display === 'none' || style.visibility === 'hidden' || style.position === 'fixed') continue;
    const rect = el.getBoundingClientRect();
    // Visually hidden text (1px, clipped) and empty boxes take no room.
    if (rect.width <= 1 || rect.height <= 1) continue;
    if (el.matches(':popover-open, dialog[open]')) continue;
    if ((rect.right > box.right + 1 || rect.left < box.left - 1) && !insideClippingBox(el, host)) {
      problems.push(
        `overflows by ${Math.round(Math.max(rect.right - box.right, box.left - rect.left))} px: ${describe_(el)}`,
      );
    }
    const clipped =
      el.scrollWidth > el.clientWidth + 1 &&
      (style.textOverflow === 'ellipsis' || style.overflowX === 'hidden' || style.overflowX === 'clip');
    if (clipped && !['INPUT', 'SELECT', 'TEXTAREA', 'CANVAS'].includes(el.tagName) && el.textContent?.trim()) {
      if (!fullTextReachable(el, host)) problems.push(`text clipped without a tooltip: ${describe_(el)}`);
    }
  }
  return problems;
}

describe('layout matrix: every element at 320-1280 px, en and zh-CN, light and dark', function () {
  this.timeout(240000);
  const database = uniqueName('layout-matrix');
  const frame = document.createElement('div');
  let provider: CrmProvider;
  let restore: () => void;

  before(async () => {
    restore = ignoreResizeObserverNotice();
    document.body.append(frame);
    provider = buildGallery(frame, database);
    // The elements the gallery does not show on their own.
    const sample = await loadSample();
    const contacts = document.createElement('crm-contacts-editor');
    contacts.customerId = 'cust-001';
    // The editor takes its contacts from its card; here, the sample's for that account.
    const rows = (sample as unknown as { contacts: { customerId: string }[] }).contacts;
    contacts.contacts = rows.filter((c) => c.customerId === 'cust-001') as unknown as typeof contacts.contacts;
    provider.append(
      document.createElement('crm-account-form'),
      contacts,
      document.createElement('crm-opportunity-form'),
    );
    await galleryReady(provider, sample);
    const empty = () =>
      [...provider.children].filter(
        (el) => el.localName.startsWith('crm-') && !(el.shadowRoot ?? el).childElementCount,
      );
    await until(() => !empty().length, 'every element rendered').catch((error) =>
      Promise.reject(new Error(`${error.message}: ${empty().map((el) => el.localName)}`)),
    );
  });
  after(() => {
    frame.remove();
    restore();
    indexedDB.deleteDatabase(database);
  });

  for (const scheme of SCHEMES) {
    for (const lang of LANGS) {
      for (const width of WIDTHS) {
        it(`${width} px, ${lang}, ${scheme}`, async () => {
          frame.lang = lang;
          frame.style.width = `${width}px`;
          provider.setAttribute('theme', scheme);
          await nextFrame();
          const widgets = [...provider.querySelectorAll(':scope > *, :scope > p > *')].filter(
            (el) => el.localName.startsWith('crm-') && getComputedStyle(el).display !== 'none',
          );
          // A language switch re-renders once that language's string tables have loaded (fetched on first use).
          await Promise.all(
            widgets.map((w) => (w as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete),
          );
          await nextFrame();
          const failures: string[] = [];
          for (const widget of widgets) {
            const hostOverflow = widget.scrollWidth > widget.clientWidth + 1 && widget.localName !== 'crm-tier-badge';
            failures.push(
              ...[
                ...(hostOverflow ? [`widget scrolls sideways (${widget.scrollWidth} > ${widget.clientWidth})`] : []),
                ...problemsOf(widget),
              ].map((problem) => `${widget.localName} @ ${width} px ${lang} ${scheme}: ${problem}`),
            );
          }
          expect(failures, failures.join('\n')).to.deep.equal([]);
          // The language really switched (the import widget shows no data, only its own strings).
          const importText = provider.querySelector('crm-import')!.shadowRoot!.textContent ?? '';
          expect(/[\u4e00-\u9fff]/.test(importText), importText).to.equal(lang === 'zh-CN');
          if (width === 320) {
            // The quote's lines do not fit in 320 px: they scroll in their own box instead of widening the page.
            const lines = provider.querySelector('crm-quote-builder')!.shadowRoot!.querySelector('.lines-box')!;
            expect(lines.scrollWidth).to.be.greaterThan(lines.clientWidth);
          }
        });
      }
    }
  }
});
