/**
 * The card at a glance: key figures present and never clipped from 320 to 1600 px of card width in English
 * and Chinese, money compact with the exact amount for assistive technology and the tooltip, credit as a
 * meter, trends whose text alternatives carry the figures, axe clean in light and dark, no inline style, and
 * a keyboard order that reaches the next card in a few Tabs.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../../../src/components/customer-card/customer-card.js';
import type { CrmCustomerCard } from '../../../src/components/customer-card/customer-card.js';
import { deleteStores, freshStore, until } from '../../support/fixtures.js';
import { NOW, rendered, root, seed, showcase, text } from './card-fixtures.js';

async function card(lang: string, width: number, theme = 'light', data = showcase) {
  const store = freshStore();
  await data(store);
  const wrapper = await fixture<HTMLDivElement>(html`<div>
    <crm-customer-card customer-id="g-a" .store=${store} now=${NOW} lang=${lang} theme=${theme}></crm-customer-card>
  </div>`);
  // Test layout only: the card's own width, whatever the viewport.
  wrapper.style.width = `${width}px`;
  const element = wrapper.querySelector<CrmCustomerCard>('crm-customer-card')!;
  await rendered(element);
  await until(() => !!root(element).querySelector('crm-tier-badge')?.shadowRoot?.querySelector('button'), 'badge');
  await document.fonts.ready;
  return element;
}

/** Visible elements of the card (not visually hidden text, not closed disclosures' content). */
function visibleElements(host: Element): Element[] {
  return [...root(host).querySelectorAll('*')].filter((el) => {
    if (el.closest('.sr-only, style, details:not([open]) > ul')) return false;
    const rect = el.getBoundingClientRect();
    return rect.width > 0 && rect.height > 0;
  });
}

describe('<crm-customer-card> design', () => {
  afterEach(deleteStores);

  for (const lang of ['en', 'zh-CN']) {
    for (const width of [320, 390, 768, 1280, 1600]) {
      it(`${lang} at ${width} px: key figures present, nothing overflows the card, no text clipped`, async () => {
        const host = await card(lang, width);
        const box = root(host).querySelector('[part="base"]')!.getBoundingClientRect();
        expect(Math.round(box.width)).to.equal(width);
        const figures = [...root(host).querySelectorAll('[part="figure"]')];
        expect(figures.map((f) => f.classList[1])).to.deep.equal(['revenue', 'pipeline', 'credit', 'risk']);
        for (const f of figures) {
          expect(f.querySelector('dt')!.getBoundingClientRect().width, 'label shown').to.be.greaterThan(0);
          expect(f.querySelector('dd')!.getBoundingClientRect().height, 'value shown').to.be.greaterThan(0);
        }
        const outside = visibleElements(host)
          .filter((el) => {
            const r = el.getBoundingClientRect();
            return r.left < box.left - 0.5 || r.right > box.right + 0.5;
          })
          .map((el) => `${el.localName}.${el.getAttribute('class')}`);
        expect(outside, 'elements outside the card').to.deep.equal([]);
        // Block text is never cut: it fits its box, or carries its full text as a tooltip.
        const clipped = visibleElements(host)
          .filter((el) => el instanceof HTMLElement && el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1)
          .filter((el) => !el.hasAttribute('title'))
          .map((el) => `${el.localName}.${el.getAttribute('class')}: ${el.textContent!.trim().slice(0, 40)}`);
        expect(clipped, 'text wider than its box').to.deep.equal([]);
        expect(host.scrollWidth).to.be.at.most(host.clientWidth);
      });
    }
  }

  it('money is compact in the figures with the exact amount read aloud and in the tooltip; credit is a meter', async () => {
    const host = await card('en', 1280, 'light', seed);
    const revenue = root(host).querySelector('.figure.revenue .figure-value')!;
    expect(revenue.getAttribute('title')).to.equal('CN¥2,000,000.00');
    expect(revenue.querySelector('[aria-hidden="true"]')!.textContent).to.equal('CN¥2M');
    expect(revenue.querySelector('.sr-only')!.textContent).to.equal('CN¥2,000,000.00');
    expect(text(host, '.figure.pipeline')).to.contain('Weighted CN¥20K · 2 open');
    const meters = [...root(host).querySelectorAll('[role="meter"]')];
    expect(meters.map((m) => m.getAttribute('aria-label'))).to.deep.equal([
      'Credit used, account',
      'Credit used, group',
    ]);
    expect(meters[0]!.getAttribute('aria-valuetext')).to.equal('CN¥1,200,000.00 of CN¥1,000,000.00 (120%) over limit');
    expect(meters[0]!.getAttribute('aria-valuenow')).to.equal('120');
    expect(meters[1]!.getAttribute('aria-valuetext')).to.equal('CN¥2,000,000.00 of CN¥3,000,000.00 (66.7%)');
    // The bar is drawn capped at the limit, the over-limit state in the critical colour.
    const fill = meters[0]!.querySelector('.bar-fill')!;
    expect(fill.getAttribute('width')).to.equal('100');
    expect(fill.classList.contains('over')).to.equal(true);
    expect(text(host, '.figure.credit')).to.contain("60% of the group's exposure");
  });

  it('sparklines are images whose text alternative carries the figures, in English and Chinese', async () => {
    const host = await card('en', 768, 'light', seed);
    const [orders, pipeline] = [...root(host).querySelectorAll('[part="trends"] svg[role="img"]')];
    expect(orders!.getAttribute('aria-label')).to.equal(
      'Order volume by week over the last 180 days: CN¥20,000.00 in the last 90 days, CN¥100,000.00 in the 90 days before (down 80%); busiest week CN¥100K.',
    );
    // The 26 weeks, the last 13 shaded as the recent window.
    expect(orders!.querySelector('.spark-band')).to.not.equal(null);
    expect(pipeline!.getAttribute('aria-label')).to.equal(
      'Open pipeline by expected-close month: Nov 2026 CN¥0, Dec 2026 CN¥30K, Jan 2027 CN¥0, Feb 2027 CN¥0, Mar 2027 CN¥0, Apr 2027 CN¥0.',
    );
    expect(pipeline!.querySelectorAll('.spark-bar')).to.have.length(6);
    host.lang = 'zh-CN';
    await host.updateComplete;
    expect(orders!.getAttribute('aria-label')).to.equal(
      '近 180 天每周订单额：近 90 天 ¥20,000.00，此前 90 天 ¥100,000.00（下降 80%）；最高一周 ¥10万。',
    );
    expect(pipeline!.getAttribute('aria-label')).to.contain('2026年12月 ¥3万');
  });

  for (const theme of ['light', 'dark']) {
    it(`axe finds nothing in the full card, ${theme}, read and Edit mode`, async () => {
      const host = await card('en', 390, theme);
      root(host).querySelector<HTMLDetailsElement>('[part="risk-reasons"]')!.open = true;
      await expect(host).to.be.accessible();
      root(host).querySelector<HTMLButtonElement>('[data-action="edit"]')!.click();
      await until(() => !!root(host).querySelector('#edit-panel'), 'edit mode');
      await expect(host).to.be.accessible();
    });
  }

  it('axe finds nothing with forced colors (high contrast) emulated; bars and levels keep a visible shape', async () => {
    const emulate = (value: string) =>
      executeServerCommand('emulate-media-features', { features: [{ name: 'forced-colors', value }] });
    await emulate('active');
    try {
      const host = await card('zh-CN', 768, 'dark');
      // The emulation took: the roles are system colours now.
      expect(getComputedStyle(host).getPropertyValue('--crm-c-focus').trim()).to.equal('Highlight');
      await expect(host).to.be.accessible();
      const fill = root(host).querySelector('.bar-fill')!;
      const track = root(host).querySelector('.bar-track')!;
      expect(getComputedStyle(fill).fill).to.not.equal(getComputedStyle(track).fill);
    } finally {
      await emulate('none');
    }
  });

  it('draws without a single style attribute (strict CSP), in every part', async () => {
    const host = await card('zh-CN', 768, 'dark');
    const styled = [...root(host).querySelectorAll('[style]')].map((el) => el.localName);
    expect(styled).to.deep.equal([]);
  });

  it('the header reaches people: Call and Email the decision maker, through sanitised links', async () => {
    const host = await card('en', 768);
    const actions = [...root(host).querySelectorAll<HTMLAnchorElement>('[part~="actions"] a')];
    expect(actions.map((a) => a.getAttribute('href'))).to.deep.equal([
      'tel:+8613800138000',
      'mailto:chen.jianguo@example.com',
    ]);
    expect(actions.map((a) => a.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
      'Call 陈建国, +86 138 0013 8000',
      'Email 陈建国, chen.jianguo@example.com',
    ]);
    expect(text(host, '[part~="header"] [part="avatar"]')).to.equal('王磊');
  });

  it('a contact with hostile phone and e-mail values gets no link, only the text', async () => {
    const store = freshStore();
    await store.import({
      customers: [{ id: 'h', name: '测试客户', currency: 'CNY' }],
      contacts: [{ id: 'hc', customerId: 'h', name: '王五', role: 'user', phone: 'javascript:alert(1)' }],
    });
    const host = await fixture<CrmCustomerCard>(
      html`<crm-customer-card customer-id="h" .store=${store} now=${NOW} lang="en"></crm-customer-card>`,
    );
    await rendered(host);
    expect(root(host).querySelectorAll('a')).to.have.length(0);
    expect(text(host, '[part="person"]')).to.contain('javascript:alert(1)');
  });

  it('Tab order: a handful of stops per card, then the next card; badges without explanation are no stop', async () => {
    const store = freshStore();
    await showcase(store);
    const page = await fixture<HTMLElement>(html`<div lang="en">
      <button id="start">start</button>
      <crm-customer-card customer-id="g-a" .store=${store} now=${NOW}></crm-customer-card>
      <crm-customer-card variant="compact" customer-id="g-b" .store=${store} now=${NOW}></crm-customer-card>
      <crm-customer-card id="next" customer-id="g" .store=${store} now=${NOW}></crm-customer-card>
    </div>`);
    const [first, compact, next] = [...page.querySelectorAll<CrmCustomerCard>('crm-customer-card')];
    for (const c of [first!, next!]) await rendered(c);
    await rendered(compact!, '.compact');
    await until(() => !!root(first!).querySelector('crm-tier-badge')?.shadowRoot?.querySelector('button'), 'badge');
    page.querySelector<HTMLButtonElement>('#start')!.focus();
    const stops: string[] = [];
    for (let i = 0; i < 20; i++) {
      await sendKeys({ press: 'Tab' });
      if (document.activeElement === next) break;
      let active = document.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      stops.push(
        `${active?.getAttribute('part') ?? active?.localName}:${(active?.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 12)}`,
      );
    }
    expect(document.activeElement).to.equal(next);
    // The badge, Call, Email, Edit, the risk reasons, Edit contacts, three contact links, the group tree;
    // the compact card (its badge plain) adds none.
    expect(stops.map((s) => s.split(':')[0])).to.deep.equal([
      'base',
      'action',
      'action',
      'action edit-toggle',
      'summary',
      'edit-contacts',
      'contact-link',
      'contact-link',
      'contact-link',
      'account-link',
    ]);
  });

  it('shows where the deal expected to close first stands: the stage path, and its stage named in the text', async () => {
    for (const [lang, stage, label] of [
      ['en', 'Negotiation', 'Stage of 云平台扩容'],
      ['zh-CN', '谈判', '云平台扩容所处阶段'],
    ] as const) {
      const el = await card(lang, 1280);
      const path = root(el).querySelector('crm-stage-path')!;
      await until(() => !!path.shadowRoot?.querySelector('[aria-current="step"]'), 'stage path drawn');
      expect(path.getAttribute('current')).to.equal('negotiation');
      expect(path.shadowRoot!.querySelector('ol')!.getAttribute('aria-label')).to.equal(label);
      expect(text(path, '[aria-current="step"]')).to.contain(stage);
      expect(text(el, '[part~="pipeline"]')).to.contain(`云平台扩容${lang === 'en' ? ` (${stage})` : `（${stage}）`}`);
    }
  });
});
