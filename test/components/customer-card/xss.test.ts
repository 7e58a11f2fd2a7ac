/**
 * Untrusted text stored as names, notes and contact fields renders as inert text in the card and the badge:
 * no script runs and no element is created from it.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/customer-card/customer-card.js';
import '../../../src/components/tier-badge/tier-badge.js';
import { deleteStores, freshStore, until } from '../../support/fixtures.js';
import { NOW, rendered } from './card-fixtures.js';

declare global {
  interface Window {
    __xss?: number;
  }
}

const hit = 'window.__xss=(window.__xss||0)+1';

/** 36 payloads: tags with handlers, script, javascript: URLs, SVG/MathML, attribute breakouts, template tricks. */
const PAYLOADS = [
  `<img src=x onerror="${hit}">`,
  `<script>${hit}</script>`,
  `<svg onload="${hit}"></svg>`,
  `<svg><script>${hit}</script></svg>`,
  `<iframe src="javascript:${hit}"></iframe>`,
  `<iframe srcdoc="<script>parent.${hit}</script>"></iframe>`,
  `<a href="javascript:${hit}">click</a>`,
  `javascript:${hit}`,
  `JaVaScRiPt:${hit}`,
  `" onmouseover="${hit}" x="`,
  `' onfocus='${hit}' autofocus x='`,
  `"><img src=x onerror=${hit}>`,
  `'><script>${hit}</script>`,
  `</textarea><script>${hit}</script>`,
  `</title><svg/onload=${hit}>`,
  `<body onload="${hit}">`,
  `<details open ontoggle="${hit}">`,
  `<input autofocus onfocus="${hit}">`,
  `<video><source onerror="${hit}"></video>`,
  `<audio src=x onerror="${hit}">`,
  `<object data="javascript:${hit}"></object>`,
  `<embed src="javascript:${hit}">`,
  `<math><mtext><table><mglyph><style><img src=x onerror=${hit}>`,
  `<style>@import 'javascript:${hit}';</style>`,
  `<link rel=import href="data:text/html,<script>${hit}</script>">`,
  `<meta http-equiv="refresh" content="0;url=javascript:${hit}">`,
  `<form action="javascript:${hit}"><button>go</button></form>`,
  `<div style="background:url(javascript:${hit})">`,
  `<img src="x" onerror="&#x77;indow.__xss=1">`,
  `<svg><animate onbegin="${hit}" attributeName=x dur=1s>`,
  `<svg><a xlink:href="javascript:${hit}"><text>x</text></a></svg>`,
  `\${${hit}}`,
  `{{constructor.constructor('${hit}')()}}`,
  `<!--<img src=x onerror=${hit}>-->`,
  `<noscript><p title="</noscript><img src=x onerror=${hit}>">`,
  `data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==`,
];

const FORBIDDEN =
  'img, script, svg:not(.icon, .sparkline, .bar), iframe, object, embed, video, audio, math, style:not([data-lit]), link, meta, form, input:not([data-editor]), a[href^="javascript" i]';

/** Every shadow root under `node`, nested ones included. */
function shadowRoots(node: Element): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  const visit = (el: Element) => {
    if (el.shadowRoot) {
      roots.push(el.shadowRoot);
      el.shadowRoot.querySelectorAll('*').forEach(visit);
    }
    el.querySelectorAll('*').forEach(visit);
  };
  visit(node);
  return roots;
}

describe('XSS corpus in the card and the badge', () => {
  afterEach(deleteStores);

  it(`renders ${PAYLOADS.length} payloads stored as names, notes and contact fields as inert text`, async () => {
    expect(PAYLOADS.length).to.be.at.least(30);
    window.__xss = 0;
    const store = freshStore();
    const ids = PAYLOADS.map((_, i) => `x-${i}`);
    await store.import({
      customers: [
        {
          id: 'x-head',
          name: PAYLOADS[0]!,
          alias: PAYLOADS[1],
          currency: 'CNY',
          riskFlags: [`credit:${PAYLOADS[2]!.slice(0, 50)}`],
        },
        ...PAYLOADS.map((p, i) => ({
          id: ids[i]!,
          parentId: 'x-head',
          name: p,
          alias: p,
          industry: p,
          owner: p,
          notes: p,
          currency: 'CNY',
          // Tags are at most 60 characters.
          riskFlags: [`operational:${p.slice(0, 48)}`],
          tier: 'A1' as const,
        })),
      ],
      contacts: PAYLOADS.map((p, i) => ({
        id: `xc-${i}`,
        customerId: ids[i % 3]!,
        name: p,
        alias: p,
        title: p,
        phone: p.slice(0, 50),
        notes: p,
        role: (['decision-maker', 'technical-gatekeeper', 'user'] as const)[i % 3],
      })),
      opportunities: PAYLOADS.map((p, i) => ({
        id: `xo-${i}`,
        customerId: ids[i % 3]!,
        name: p,
        stage: 'proposal',
        amount: 100,
        currency: 'CNY',
        expectedClose: '2026-12-01',
      })),
      activities: PAYLOADS.map((p, i) => ({
        id: `xa-${i}`,
        customerId: ids[i % 3]!,
        kind: 'complaint' as const,
        status: 'open' as const,
        at: '2026-11-01T00:00:00.000Z',
        subject: p,
      })),
    });
    const page = await fixture(html`<div lang="en">
      ${ids.slice(0, 3).map((id) => html`<crm-customer-card customer-id=${id} .store=${store} now=${NOW}></crm-customer-card>`)}
      ${ids.map((id) => html`<crm-customer-card variant="compact" customer-id=${id} .store=${store} now=${NOW}></crm-customer-card>`)}
      ${ids.map((id) => html`<crm-tier-badge customer-id=${id} .store=${store}></crm-tier-badge>`)}
    </div>`);
    const cards = [...page.querySelectorAll('crm-customer-card')];
    for (const card of cards) await rendered(card, '[part~="header"], .compact');
    const full = cards[0]!;
    // Every payload is shown, literally, as text.
    const fullText = full.shadowRoot!.textContent!;
    for (const p of [PAYLOADS[0]!, `operational:${PAYLOADS[5]!.slice(0, 48)}`]) expect(fullText).to.contain(p);
    const compactText = cards
      .slice(3)
      .map((c) => c.shadowRoot!.textContent!)
      .join('\n');
    for (const p of PAYLOADS) expect(compactText).to.contain(p);

    // Open every edit field of the first card and every badge explanation: the draft is text too.
    full.shadowRoot!.querySelector<HTMLButtonElement>('[data-action="edit"]')!.click();
    await until(() => !!full.shadowRoot!.querySelector('[data-edit="notes"]'), 'edit mode');
    full.shadowRoot!.querySelector<HTMLButtonElement>('[data-edit="notes"]')!.click();
    await until(() => !!full.shadowRoot!.querySelector('[data-editor]'), 'notes editor');
    expect((full.shadowRoot!.querySelector('[data-editor]') as HTMLTextAreaElement).value).to.equal(PAYLOADS[0]);
    for (const badge of page.querySelectorAll('crm-tier-badge')) {
      await until(() => !!badge.shadowRoot!.querySelector('button'), 'badge ready');
      badge.shadowRoot!.querySelector('button')!.focus();
    }
    await new Promise((resolve) => requestAnimationFrame(resolve));

    const roots = shadowRoots(page);
    expect(roots.length).to.be.greaterThan(PAYLOADS.length * 3);
    for (const root of roots) {
      const found = [...root.querySelectorAll(FORBIDDEN)].map((el) => el.outerHTML.slice(0, 80));
      expect(found, 'elements created from data').to.deep.equal([]);
      // The widgets' own SVG (icons, sparklines, bars) holds only drawing elements and no handler attribute.
      for (const el of root.querySelectorAll('svg, svg *')) {
        expect(['svg', 'path', 'polyline', 'rect', 'line', 'circle'], el.outerHTML.slice(0, 80)).to.include(
          el.localName,
        );
        expect([...el.attributes].filter((a) => /^on|href/i.test(a.name)).map((a) => a.name)).to.deep.equal([]);
      }
      // Links are only click-to-call and click-to-mail built from sanitised values.
      for (const a of root.querySelectorAll('a[href]')) {
        expect(a.getAttribute('href')).to.match(/^(tel:\+?\d{3,20}|mailto:[A-Za-z0-9._+-]+@[a-z0-9.-]+)$/);
      }
    }
    expect(page.querySelectorAll(FORBIDDEN).length).to.equal(0);
    expect(window.__xss).to.equal(0);
  });
});
