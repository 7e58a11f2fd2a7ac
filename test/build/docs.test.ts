/**
 * The documentation site as deployed (docs/dist, static files; `npm test` builds it): an element page shows
 * its live example and the tables generated from custom-elements.json, in English and in Chinese, and every
 * element in the manifest has a page.
 */
import { expect } from '@open-wc/testing';
import { until } from '../support/fixtures.js';

interface Manifest {
  modules: { declarations?: { tagName?: string; customElement?: boolean; events?: { name: string }[] }[] }[];
}

async function openDocs(hash: string, lang: string): Promise<HTMLIFrameElement> {
  localStorage.setItem('crm-docs-lang', lang);
  const frame = document.createElement('iframe');
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/docs/dist/index.html${hash}`;
  document.body.append(frame);
  await loaded;
  return frame;
}

const headings = (doc: Document) => [...doc.querySelectorAll('#page h2')].map((h) => h.textContent);

describe('docs site (docs/dist)', () => {
  let tags: string[] = [];
  before(async () => {
    const response = await fetch('/docs/dist/index.html', { method: 'HEAD' });
    if (!response.ok) throw new Error('docs/dist is missing: run `npm run docs:build` first (npm test does).');
    const manifest = (await (await fetch('/custom-elements.json')).json()) as Manifest;
    tags = manifest.modules.flatMap((m) =>
      (m.declarations ?? []).filter((d) => d.customElement && d.tagName).map((d) => d.tagName!),
    );
  });
  after(() => localStorage.removeItem('crm-docs-lang'));

  it('lists every element of the manifest, each with a page', async () => {
    const frame = await openDocs('#/', 'en');
    const doc = frame.contentDocument!;
    await until(() => doc.querySelectorAll('#nav a').length > tags.length, 'navigation');
    const linked = [...doc.querySelectorAll('#nav a')].map((a) => a.getAttribute('href'));
    for (const tag of tags) expect(linked).to.include(`#/elements/${tag}`);
    frame.remove();
  });

  it('every element page: an example of its own that renders, navigated to within the site, and its package entry', async function () {
    this.timeout(120_000);
    const exports = Object.keys((await (await fetch('/package.json')).json()).exports as Record<string, unknown>);
    const entries = exports.map((key) => (key === '.' ? 'crm-widgets' : `crm-widgets/${key.slice(2)}`));
    const frame = await openDocs('#/', 'en');
    const doc = frame.contentDocument!;
    for (const tag of tags) {
      frame.contentWindow!.location.hash = `#/elements/${tag}`;
      await until(() => doc.querySelector('#page h1')?.textContent === `<${tag}>`, `${tag} page`);
      expect(doc.getElementById('page')!.textContent, tag).not.to.contain('No example yet');
      expect(frame.contentWindow!.customElements.get(tag), `${tag} defined`).to.be.a('function');
      // The example's element (the provider's page shows a widget inside the site's one provider).
      const live =
        doc.querySelector<HTMLElement>(`.example ${tag}`) ??
        [...doc.querySelectorAll<HTMLElement>('.example *')].find((el) => el.localName.startsWith('crm-'))!;
      expect(live.localName, tag).to.match(/^crm-/);
      // Rendered: its shadow root (or, for the contacts editor, its own light DOM) has content, and it takes space.
      await until(
        () =>
          ((live.shadowRoot ?? live).textContent ?? '').trim().length > 0 && live.getBoundingClientRect().height > 0,
        `${tag} example rendered`,
        20_000,
      );
      // Not stuck on its loading message.
      await until(() => !/Loading|加载中/.test((live.shadowRoot ?? live).textContent ?? ''), `${tag} loaded`, 20_000);
      const entry = /import '([^']+)';/.exec(doc.querySelector('#page pre')!.textContent!)?.[1];
      expect(entries, `${tag}: ${entry}`).to.include(entry);
    }
    frame.remove();
  });

  it('an element page: live example and generated tables, in English then Chinese', async () => {
    const frame = await openDocs('#/elements/crm-tier-badge', 'en');
    const doc = frame.contentDocument!;
    await until(() => headings(doc).includes('Events'), 'element page');
    expect(headings(doc)).to.include.members([
      'Attributes',
      'Properties',
      'Events',
      'CSS parts',
      'CSS custom properties (tokens)',
    ]);
    const badge = doc.querySelector('.example crm-tier-badge')!;
    await until(
      () => badge.shadowRoot?.querySelector('[part="name"]')?.textContent === 'High-value',
      'live badge (en)',
    );
    const text = doc.getElementById('page')!.textContent!;
    expect(text).to.contain('crm-tier-change');
    expect(text).to.contain('CustomEvent<TierChangeDetail>');
    expect(text).to.contain('--crm-tier-a1');
    const select = doc.getElementById('lang') as HTMLSelectElement;
    select.value = 'zh-CN';
    select.dispatchEvent(new Event('change'));
    await until(() => headings(doc).includes('事件'), 'Chinese page');
    const zhBadge = doc.querySelector('.example crm-tier-badge')!;
    await until(
      () => zhBadge.shadowRoot?.querySelector('[part="name"]')?.textContent !== 'High-value',
      'live badge (zh-CN)',
    );
    expect(doc.documentElement.lang).to.equal('zh-CN');
    frame.remove();
  });

  it('guides: usage with frameworks and the domain rules, in both languages', async () => {
    const frame = await openDocs('#/domain', 'en');
    const doc = frame.contentDocument!;
    await until(() => !!doc.querySelector('#page h1'), 'domain page');
    for (const topic of [
      'Pareto',
      'Group customers',
      'Bank star levels',
      'loyalty points',
      'sales funnel',
      'discount stacking',
    ]) {
      expect(doc.getElementById('page')!.textContent, topic).to.contain(topic);
    }
    frame.contentWindow!.location.hash = '#/usage';
    await until(() => doc.querySelector('#page h1')?.textContent?.includes('React') ?? false, 'usage page');
    for (const topic of ['React 19', 'Vue 3', 'Angular', 'import map', 'Content-Security-Policy']) {
      expect(doc.getElementById('page')!.textContent!.toLowerCase(), topic).to.contain(topic.toLowerCase());
    }
    frame.remove();
  });
});
