/**
 * shape="funnel": tapered SVG stages without Chart.js. Every stage label is shown whole at 320, 390, 768 and
 * 1280 px in English and Chinese (nothing cut, nothing past the widget's edge), the conversions between
 * stages are the engine's, the KPI strip's figures are the engine's, it prints above the table (the PDF was
 * looked at: docs/screenshots/funnel/funnel-print.pdf), no style attribute is written (strict CSP), and axe finds
 * nothing in light, dark or forced colours.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import '../../../src/components/funnel-chart/funnel-chart.js';
import type { CrmFunnelChart } from '../../../src/components/funnel-chart/funnel-chart.js';
import { segmentWidths } from '../../../src/components/funnel-chart/funnel-shape.js';
import { computeFunnel } from '../../../src/core/funnel.js';
import { labelOf } from '../../../src/internal/labels.js';
import { en, loadSample, part, RATES, text } from './helpers.js';

const TARGET = { amount: 12_000_000_000, currency: 'CNY' };

async function shaped(width: number, lang: string, theme = 'light') {
  const sample = await loadSample();
  // The page behind the widget in its scheme (system colour Canvas), as a dark intranet page would be.
  const box = await fixture<HTMLDivElement>(html`<div
    style="width: ${width}px; background: Canvas; color-scheme: ${theme}"
    lang=${lang}
  >
    <crm-funnel-chart shape="funnel" theme=${theme} .rates=${RATES} .target=${TARGET} .data=${sample.opportunities}></crm-funnel-chart>
  </div>`);
  const el = box.querySelector('crm-funnel-chart')!;
  await el.updateComplete;
  return { el, sample };
}

const stageButtons = (el: CrmFunnelChart) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="stage"]')];

describe('<crm-funnel-chart shape="funnel">', () => {
  for (const lang of ['en', 'zh-CN'])
    for (const width of [320, 390, 768, 1280]) {
      it(`${lang}, ${width} px: every stage and its full label show, nothing overflows or is cut`, async () => {
        const { el, sample } = await shaped(width, lang);
        const result = computeFunnel(sample.opportunities, { rates: RATES });
        const name = (stage: string) => labelOf('stage', stage, lang);
        const buttons = stageButtons(el);
        expect(buttons.map((b) => text(b.querySelector('.name')))).to.deep.equal(
          result.stages.map((row) => name(row.stage)),
        );
        expect(el.shadowRoot!.querySelector('canvas')).to.equal(null);
        expect(buttons.every((b) => b.querySelector('svg.segment polygon'))).to.equal(true);
        const host = el.getBoundingClientRect();
        for (const node of el.shadowRoot!.querySelectorAll<HTMLElement>(
          '[part~="stage"] .text span, .flow, [part="kpi"] *',
        )) {
          const rect = node.getBoundingClientRect();
          expect(rect.width, node.textContent ?? '').to.be.greaterThan(0);
          expect(rect.right, node.textContent ?? '').to.be.at.most(host.right + 1);
          expect(rect.left, node.textContent ?? '').to.be.at.least(host.left - 1);
          // Not cut: no hidden overflow, no ellipsis.
          expect(node.scrollWidth, node.textContent ?? '').to.be.at.most(node.clientWidth + 1);
          expect(getComputedStyle(node).textOverflow).to.not.equal('ellipsis');
        }
        expect(el.scrollWidth).to.be.at.most(el.clientWidth + 1);
        // Narrow: the label sits above its segment; wide: beside it.
        const label = buttons[0]!.querySelector('.text')!.getBoundingClientRect();
        const segment = buttons[0]!.querySelector('svg')!.getBoundingClientRect();
        if (width <= 390) expect(label.bottom).to.be.at.most(segment.top + 1);
        else expect(label.left).to.be.at.least(segment.right - 1);
      });
    }

  it('shows the engine’s conversion between each two stages, and its KPI figures', async () => {
    const { el, sample } = await shaped(768, 'en');
    const result = computeFunnel(sample.opportunities, { rates: RATES, target: TARGET });
    const flows = [...el.shadowRoot!.querySelectorAll('.flow')].map((f) => text(f));
    expect(flows).to.deep.equal(
      result.stages
        .slice(0, -1)
        .map((row) => `${en.pct(row.conversionToNext)} to next stage, ${en.n(row.dropOff)} dropped`),
    );
    const won = result.stages.find((r) => r.kind === 'won')!.count;
    const kpis = [...el.shadowRoot!.querySelectorAll('[part="kpi"] .value')].map((v) => text(v));
    expect(kpis[2]).to.equal(en.pct(won / (won + result.lost.count)));
    expect(kpis[3]).to.equal(en.pct(result.totals.attainment));
    expect(text(part(el, 'summary'))).to.contain(`${en.n(won)} won, ${en.n(result.lost.count)} lost`);
  });

  it('prints the funnel shape above the data table (both inside the widget), without the controls', async () => {
    const { el } = await shaped(720, 'zh-CN');
    await emulateMedia({ media: 'print' });
    try {
      const visible = (selector: string) => (el.shadowRoot!.querySelector(selector)?.getClientRects().length ?? 0) > 0;
      expect(visible('[part="chart"]')).to.equal(true);
      expect(visible('[part="table"]')).to.equal(true);
      expect(visible('.controls')).to.equal(false);
      const chart = el.shadowRoot!.querySelector('[part="chart"]')!.getBoundingClientRect();
      const table = el.shadowRoot!.querySelector('[part="table"]')!.getBoundingClientRect();
      expect(table.top).to.be.at.least(chart.bottom - 1);
      expect(el.scrollWidth).to.be.at.most(el.clientWidth + 1);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('sizes segments by the measure, tapering to the next stage, never below the minimum', () => {
    const widths = segmentWidths([100, 50, 0, 80]);
    expect(widths.map((w) => Math.round(w.top))).to.deep.equal([100, 50, 14, 80]);
    // Each bottom edge meets the narrower of the stage and the next one; the last ends in a spout.
    expect(widths.map((w) => Math.round(w.bottom))).to.deep.equal([50, 14, 14, 56]);
    expect(segmentWidths([0, 0]).every((w) => w.top > 0)).to.equal(true);
  });

  it('writes no style attribute, switches form with the toggle, and is accessible in light, dark and forced colours', async () => {
    const { el } = await shaped(768, 'zh-CN', 'dark');
    expect(el.shadowRoot!.querySelectorAll('[style]').length).to.equal(0);
    await expect(el).to.be.accessible();
    el.theme = 'light';
    el.parentElement!.style.colorScheme = 'light';
    await el.updateComplete;
    await expect(el).to.be.accessible();
    // Forced colours (Windows high contrast): segments and the meter take the system palette through the tokens.
    await executeServerCommand('emulate-media-features', { features: [{ name: 'forced-colors', value: 'active' }] });
    try {
      const fill = getComputedStyle(el.shadowRoot!.querySelector('.segment polygon')!).fill;
      const text = getComputedStyle(el.shadowRoot!.querySelector('[part~="stage"] .name')!).color;
      expect(fill).to.equal(text);
      await expect(el).to.be.accessible();
    } finally {
      await executeServerCommand('emulate-media-features', { features: [{ name: 'forced-colors', value: 'none' }] });
    }
    el.shadowRoot!.querySelector<HTMLButtonElement>('[data-shape="bars"]')!.click();
    await el.updateComplete;
    expect(el.shape).to.equal('bars');
    expect(el.shadowRoot!.querySelector('canvas')).to.not.equal(null);
  });
});
