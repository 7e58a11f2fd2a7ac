/**
 * Both demo pages on a phone: at 390 px wide, in English and Chinese, with the data seeded and the widgets drawn,
 * the page does not scroll sideways; the theme switch sets scheme and preset on the provider (every widget inside
 * follows) and the language switch sets the document's language, both kept in the URL.
 */
import { expect } from '@open-wc/testing';
import { until } from '../support/fixtures.js';

async function openDemo(path: string, query: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.className = 'demo';
  frame.width = '390';
  frame.height = '844';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/demo/${path}?${query}`;
  document.body.append(frame);
  await loaded;
  return frame;
}

/** The widgets have data: the card shows its account's name and the funnel has drawn. */
function drawn(doc: Document): boolean {
  const card = doc.querySelector('crm-customer-card');
  const funnel = doc.querySelector('crm-funnel-chart') as unknown as { drawing: { chart?: unknown } } | null;
  return !!card?.shadowRoot?.querySelector('[part~="name"]') && !!funnel?.drawing.chart;
}

describe('demo pages at 390 px', function () {
  this.timeout(120000);
  afterEach(() => {
    for (const frame of document.querySelectorAll('iframe.demo')) frame.remove();
  });
  // The demo seeds the default database only when it is empty: start from none (the runner reuses pages, and
  // another file may have used that database), and leave none behind.
  const deleteDefault = () =>
    new Promise((resolve, reject) => {
      const request = indexedDB.deleteDatabase('crm-widgets');
      request.onsuccess = resolve;
      request.onerror = () => reject(request.error);
    });
  before(deleteDefault);
  after(deleteDefault);

  for (const page of ['index.html', 'workspace.html']) {
    for (const lang of ['en', 'zh-CN']) {
      it(`${page}, ${lang}: no sideways scrolling`, async () => {
        const frame = await openDemo(page, `lang=${lang}&theme=antd+dark`);
        const doc = frame.contentDocument!;
        await until(() => drawn(doc), 'demo widgets drawn', 60000);
        expect(doc.documentElement.lang).to.equal(lang);
        expect(doc.querySelector('crm-provider')!.getAttribute('theme')).to.equal('antd dark');
        // Charts size themselves from a ResizeObserver after the page's layout settles: give them the frames.
        const root = doc.documentElement;
        await until(() => root.scrollWidth <= root.clientWidth, 'no sideways scrolling', 5000).catch(() => undefined);
        const { scrollWidth, clientWidth } = root;
        // What sticks out, to name it in the failure.
        const parent = (el: Element) => el.parentElement ?? ((el.getRootNode() as ShadowRoot).host || null);
        const unclipped = (el: Element) => {
          for (let node = parent(el); node; node = parent(node)) {
            if (getComputedStyle(node).overflowX !== 'visible') return false;
          }
          return true;
        };
        const all = (root: ParentNode): Element[] =>
          [...root.querySelectorAll('*')].flatMap((el) => [el, ...(el.shadowRoot ? all(el.shadowRoot) : [])]);
        const wide = all(doc.body)
          .filter((el) => el.getBoundingClientRect().right > clientWidth + 1 && unclipped(el))
          .map((el) => `${el.localName}${el.id ? `#${el.id}` : ''}${el.className ? `.${el.className}` : ''}`)
          .slice(0, 6);
        expect(scrollWidth, `page ${scrollWidth} px wide in a ${clientWidth} px window: ${wide}`).to.be.at.most(
          clientWidth,
        );
      });
    }
  }

  it('the switches set theme and language on the page and in the URL', async () => {
    const frame = await openDemo('workspace.html', 'lang=en');
    const doc = frame.contentDocument!;
    const choose = (id: string, value: string) => {
      const select = doc.querySelector<HTMLSelectElement>(`#${id}`)!;
      select.value = value;
      select.dispatchEvent(new Event('change'));
    };
    choose('preset', 'element');
    choose('theme', 'light');
    choose('lang', 'zh-TW');
    expect(doc.querySelector('crm-provider')!.getAttribute('theme')).to.equal('element light');
    expect(doc.documentElement.lang).to.equal('zh-TW');
    const url = new URL(frame.contentWindow!.location.href);
    expect([url.searchParams.get('theme'), url.searchParams.get('lang')]).to.deep.equal(['element light', 'zh-TW']);
    // A widget inside the provider draws with Element Plus's primary colour.
    const card = doc.querySelector('crm-customer-card')!;
    await until(() => !!card.shadowRoot?.querySelector('[part~="name"]'), 'card drawn', 60000);
    expect(getComputedStyle(card).getPropertyValue('--crm-t-radius-md').trim()).to.equal('4px');
  });
});
