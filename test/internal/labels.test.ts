/** Code labels (built-in, per deployment, per added language) and added languages for widget strings. */
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import '../../src/components/tier-badge/tier-badge.js';
import { builtInLabels, labelOf, registerLabels, traditionalLabelsReady } from '../../src/internal/labels.js';
import {
  LocalizeController,
  loadMoneyPrinting,
  registerLocale,
  type Translations,
} from '../../src/internal/localize.js';
import { shadowText, until } from '../support/fixtures.js';

const probeStrings: Translations<{ greeting: string; count: (n: string) => string }> = {
  en: { greeting: 'Hello', count: (n) => `${n} deals` },
  'zh-CN': { greeting: '你好', count: (n) => `${n} 个商机` },
};

/** A minimal widget: one term, one number, one label, all through the localize controller. */
class LocaleProbe extends LitElement {
  readonly localize = new LocalizeController(this);
  override render() {
    const t = this.localize.strings(probeStrings);
    return `${t.greeting} · ${t.count(this.localize.number(1234.5))} · ${labelOf('industry', 'energy', this.localize.lang)}`;
  }
}
customElements.define('test-locale-probe', LocaleProbe);

describe('labels', () => {
  it('names every built-in code in English and Chinese, with no code left as its own label', async () => {
    for (const [domain, table] of Object.entries(builtInLabels())) {
      for (const [code, label] of Object.entries(table)) {
        expect(label.en, `${domain} ${code}`).to.not.equal(code);
        expect(label['zh-CN'], `${domain} ${code}`).to.match(/[\u4e00-\u9fff]/);
      }
    }
    expect(labelOf('riskFlag', 'credit:concentration', 'zh-CN')).to.equal('信用：敞口集中于单一成员');
    expect(labelOf('riskFlag', 'credit:concentration', 'en')).to.equal('Credit: concentrated in one member');
    // Traditional Chinese from the generated tables (loaded when first needed; Simplified stands in until then):
    // Taiwan phrases for zh-TW, Hong Kong characters for zh-HK.
    await traditionalLabelsReady();
    expect(labelOf('industry', 'software', 'zh-TW')).to.equal('軟體');
    expect(labelOf('industry', 'healthcare', 'zh-HK')).to.equal('醫療衞生');
    expect(labelOf('industry', 'healthcare', 'zh-Hant')).to.equal('醫療衛生');
  });

  it('lets a deployment add and override labels, falling back by language then to English', () => {
    expect(labelOf('industry', 'cold-chain', 'zh-CN')).to.equal('cold-chain');
    registerLabels('industry', {
      'cold-chain': { en: 'Cold chain', 'zh-CN': '冷链', zh: '冷链物流' },
      energy: { en: 'Power & energy', 'zh-CN': '电力能源' },
    });
    expect(labelOf('industry', 'cold-chain', 'zh-CN')).to.equal('冷链');
    expect(labelOf('industry', 'cold-chain', 'zh-SG')).to.equal('冷链物流');
    expect(labelOf('industry', 'cold-chain', 'fr')).to.equal('Cold chain');
    expect(labelOf('industry', 'energy', 'zh-CN')).to.equal('电力能源');
    registerLabels('industry', { energy: { en: 'Energy', 'zh-CN': '能源' } });
  });
});

describe('languages', () => {
  it('shows English terms with the page language number format for a language it does not ship', async () => {
    const probe = await fixture<LocaleProbe>(html`<test-locale-probe lang="de-DE"></test-locale-probe>`);
    expect(probe.localize.locale).to.equal('en');
    expect(shadowText(probe)).to.equal('Hello · 1.234,5 deals · Energy');
    // Money follows the same format: exact in tables, compact in summaries (CrmElement loads money printing
    // before an element's first update; this probe is a plain LitElement, so the test loads it).
    await loadMoneyPrinting();
    expect(probe.localize.money(123_456, 'CNY')).to.equal('1.234,56\u00a0CN¥');
    expect(probe.localize.money(18_100_000_000, 'CNY', 'summary')).to.equal('181\u00a0Mio.\u00a0CN¥');
    probe.lang = 'zh-TW';
    await until(() => shadowText(probe).startsWith('你好'), 'a lang change re-renders');
    expect(probe.localize.locale).to.equal('zh-CN');
    expect(shadowText(probe)).to.equal('你好 · 1,234.5 个商机 · 能源');
    expect(probe.localize.money(18_100_000_000, 'CNY', 'summary')).to.equal('CN¥1.81億');
  });

  it('gives zh-TW and zh-HK the generated Traditional Chinese tables', async () => {
    const page = await fixture(html`<div>
      <crm-tier-badge lang="zh-TW"></crm-tier-badge><crm-tier-badge lang="zh-Hant-HK"></crm-tier-badge>
      <crm-tier-badge lang="zh-CN"></crm-tier-badge>
    </div>`);
    const badges = [...page.querySelectorAll('crm-tier-badge')];
    // Each waits for its language's tables (fetched on first use) before it renders.
    await Promise.all(badges.map((b) => b.updateComplete));
    const [tw, hk, cn] = badges.map((b) => shadowText(b));
    expect(tw).to.contain('未分級');
    expect(hk).to.contain('未分級');
    expect(cn).to.contain('未分级');
    // Texts from the core models too: tier names.
    const seven = await fixture(html`<crm-tier-badge tier="7star" lang="zh-TW"></crm-tier-badge>`);
    await until(() => shadowText(seven) === '★★★★★★★ 七星級客戶', 'tier name in Traditional once the tables load');
  });

  it('registerLocale adds a language: its terms and labels, the base language for the rest, live', async () => {
    const probe = await fixture<LocaleProbe>(html`<div lang="ja-JP"><test-locale-probe></test-locale-probe></div>`);
    const inner = probe.querySelector('test-locale-probe') as LocaleProbe;
    expect(shadowText(inner)).to.equal('Hello · 1,234.5 deals · Energy');
    registerLocale('ja', {
      strings: { 'test-locale-probe': { greeting: 'こんにちは', notATerm: 'ignored' } },
      labels: { industry: { energy: 'エネルギー' } },
    });
    await until(() => shadowText(inner).startsWith('こんにちは'), 'connected widgets re-render');
    expect(shadowText(inner)).to.equal('こんにちは · 1,234.5 deals · エネルギー');
    expect('notATerm' in inner.localize.strings(probeStrings)).to.equal(false);
    // A shipped widget takes registered terms by its tag.
    registerLocale('ja', { strings: { 'crm-tier-badge': { none: '等級なし' } } });
    const badge = await fixture(html`<crm-tier-badge lang="ja"></crm-tier-badge>`);
    expect(shadowText(badge)).to.contain('等級なし');
  });
});
