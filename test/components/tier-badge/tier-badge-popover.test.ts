/**
 * The explanation is a native popover in the top layer: a badge in a small `overflow: hidden` box at the
 * right edge of the page still shows its whole explanation, inside the viewport and on top of everything.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/tier-badge/tier-badge.js';
import { setViewport } from '@web/test-runner-commands';
import type { CrmTierBadge } from '../../../src/components/tier-badge/tier-badge.js';
import { until } from '../../support/fixtures.js';

/** Clicks the badge open and returns its explanation's box once it is shown, checked to lie inside the viewport. */
async function openInViewport(badge: CrmTierBadge, minWidth: number): Promise<DOMRect> {
  await badge.updateComplete;
  badge.shadowRoot!.querySelector<HTMLButtonElement>('button[part="base"]')!.click();
  const panel = badge.shadowRoot!.querySelector<HTMLElement>('[part="explanation"]')!;
  await until(() => panel.matches(':popover-open') && (panel.textContent ?? '').trim().length > 0, 'open');
  const rect = panel.getBoundingClientRect();
  expect(rect.width).to.be.greaterThan(minWidth);
  expect(rect.left).to.be.at.least(0);
  expect(rect.right).to.be.at.most(document.documentElement.clientWidth);
  return rect;
}

describe('<crm-tier-badge> explanation popover', () => {
  it('is neither clipped by an overflow: hidden container nor cut by the viewport edge', async () => {
    const box = await fixture<HTMLElement>(
      html`<div class="clip"><crm-tier-badge tier="A1" lang="en"></crm-tier-badge></div>`,
    );
    // Test layout only (not the component): a 3 em high clipping box pinned to the right edge.
    Object.assign(box.style, { overflow: 'hidden', height: '3em', width: '12em', marginInlineStart: 'auto' });
    const badge = box.querySelector<CrmTierBadge>('crm-tier-badge')!;
    const rect = await openInViewport(badge, 100);
    // Its centre is the panel itself (retargeted to the badge), not the page behind the clipping box.
    const hit = document.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2);
    expect(hit).to.equal(badge);
    expect(rect.bottom).to.be.greaterThan(box.getBoundingClientRect().bottom);
  });
});

describe('<crm-tier-badge> explanation on a phone', () => {
  it('stays inside a 360 px viewport when it is wider than either side of the badge', async () => {
    await setViewport({ width: 360, height: 640 });
    const box = await fixture<HTMLElement>(html`<div><crm-tier-badge tier="A2" lang="zh-CN"></crm-tier-badge></div>`);
    // Test layout only: the badge a third of the way across.
    box.style.paddingInlineStart = '120px';
    const badge = box.querySelector<CrmTierBadge>('crm-tier-badge')!;
    const rect = await openInViewport(badge, 200);
    expect(rect.top).to.be.at.least(badge.getBoundingClientRect().bottom - 1);
  });
});
