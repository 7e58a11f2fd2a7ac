/**
 * One language's tables at a time: English inline, other languages fetched as modules (real files served by the
 * test server). An element waits for its language before rendering, so the page
 * never shows English first, and a switch of language keeps the old language until the new one is here.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { tierBadgeStrings } from '../../src/components/tier-badge/tier-badge.strings.js';
import { CrmElement } from '../../src/internal/crm-element.js';
import { registerLocale, type Translations } from '../../src/internal/localize.js';
import '../../src/components/tier-badge/tier-badge.js';
import { until } from '../support/fixtures.js';

interface Greeting {
  hello: string;
  count: (n: number) => string;
}

/** Fresh loader functions per test: a module's state is kept per loader, for the page's life. */
function greetings(zhCn = './locale-modules/greeting.zh-CN.js'): Translations<Greeting> {
  return {
    en: { hello: 'Hello', count: (n) => `${n} items` },
    'zh-CN': () => import(/* @vite-ignore */ new URL(zhCn, import.meta.url).href),
    'zh-TW': () => import(/* @vite-ignore */ new URL('./locale-modules/greeting.zh-TW.js', import.meta.url).href),
  };
}

/** Defines a probe element reading `table`; records the text of every render. */
function probe(table: Translations<Greeting>) {
  const tag = `crm-test-greeting-${crypto.randomUUID().slice(0, 8)}`;
  const renders: string[] = [];
  class Probe extends CrmElement {
    static override translations = [table];
    override render() {
      const t = this.localize.strings(table);
      const text = `${t.hello} ${t.count(2)}`;
      renders.push(text);
      return html`<span>${text}</span>`;
    }
  }
  Probe.define(tag);
  return { tag, renders };
}

const mounted: Element[] = [];
async function mount(tag: string, lang: string): Promise<CrmElement> {
  const el = document.createElement(tag) as CrmElement;
  el.lang = lang;
  document.body.append(el);
  mounted.push(el);
  await el.updateComplete;
  return el;
}

/** Distinct texts in render order (reflecting `lang` re-renders the same text once more). */
const distinct = (renders: string[]) => renders.filter((text, i) => text !== renders[i - 1]);

describe('one language at a time (localize)', () => {
  afterEach(() => {
    for (const el of mounted.splice(0)) el.remove();
  });

  it('renders Chinese first, never English first, once its module is fetched', async () => {
    const { tag, renders } = probe(greetings());
    await mount(tag, 'zh-CN');
    expect(distinct(renders)).to.deep.equal(['你好 2 条']);
  });

  it('zh-TW reads the Traditional module; a second element in the same language renders at once', async () => {
    const table = greetings();
    const first = probe(table);
    await mount(first.tag, 'zh-Hant-TW');
    expect(distinct(first.renders)).to.deep.equal(['你好（繁體） 2 條']);
    const second = probe(table);
    await mount(second.tag, 'zh-TW');
    expect(distinct(second.renders)).to.deep.equal(['你好（繁體） 2 條']);
  });

  it('a switch of language keeps the old language until the new tables are here, then re-renders', async () => {
    const { tag, renders } = probe(greetings());
    const el = await mount(tag, 'en');
    el.lang = 'zh-CN';
    await el.updateComplete;
    expect(distinct(renders)).to.deep.equal(['Hello 2 items', '你好 2 条']);
    el.lang = 'en';
    await el.updateComplete;
    expect(renders.at(-1)).to.equal('Hello 2 items');
  });

  // The failed download (a real 404: English, a localised notice, crm-locale-error) is proven on built pages in
  // test/build/loader.test.ts (in an iframe): in the test runner's own page a failed import() ended the test session.

  it('registerLocale: a language based on zh-CN loads the zh-CN module, with its own terms on top', async () => {
    registerLocale('zh-SG', { strings: { 'crm-tier-badge': { none: '未分等级（新加坡）' } } });
    const badge = await fixture<CrmElement>(html`<crm-tier-badge lang="zh-SG"></crm-tier-badge>`);
    await until(() => !!badge.shadowRoot?.querySelector('[part="base"]'), 'badge rendered');
    expect(badge.shadowRoot!.textContent).to.contain('未分等级（新加坡）');
    expect(badge.shadowRoot!.querySelector('[part="base"]')!.getAttribute('aria-label')).to.equal('尚未设置客户等级');
  });

  it('the real tables: every shipped language module has the English keys', async () => {
    for (const locale of ['zh-CN', 'zh-TW', 'zh-HK'] as const) {
      const load = tierBadgeStrings[locale] as () => Promise<{ default: object }>;
      const table = (await load()).default;
      expect(Object.keys(table), locale).to.deep.equal(Object.keys(tierBadgeStrings.en));
    }
  });
});
