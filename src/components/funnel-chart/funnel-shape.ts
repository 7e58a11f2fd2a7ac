/**
 * The funnel as a tapered shape in inline SVG (no Chart.js): one trapezoid per stage, its top as wide as the
 * stage's figure and its bottom narrowing to the next stage's, with the conversion to the next stage between
 * them. Labels are HTML beside the shape (wide) or above it (narrow), wrapped, never cut. Geometry travels in
 * SVG attributes (`points`), never in style attributes, so it works under a strict CSP.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { iconChevronDown } from '../../internal/icons.js';

export interface ShapeStage {
  readonly name: string;
  /** The measure's figure ("84 deals", "CN¥1.2M"). */
  readonly figure: string;
  /** A second, smaller line (the other measure, conversion from the first stage). */
  readonly detail: string;
  /** The measure's value, which sizes the segment. */
  readonly value: number;
  readonly won: boolean;
  /** The conversion to the next stage ("45% to next stage, 12 dropped"); absent on the last stage. */
  readonly flow?: string;
  /** Tooltip: every figure of the stage. */
  readonly title: string;
}

/** Narrowest segment, as a share of the widest, so a stage with little in it is still a visible target. */
const MIN_SHARE = 0.14;
const VIEW_WIDTH = 100;
const VIEW_HEIGHT = 24;

/** Widths (0..100) of each segment's top and bottom edge: the top is the stage's share, the bottom the next one's. */
export function segmentWidths(values: readonly number[]): { top: number; bottom: number }[] {
  const max = Math.max(0, ...values);
  const share = values.map((v) => VIEW_WIDTH * Math.max(MIN_SHARE, max > 0 ? v / max : 0));
  return share.map((top, i) => {
    const next = share[i + 1];
    // The last stage ends in a spout; a larger next stage makes a straight-sided segment, never a flare.
    const bottom = next === undefined ? top * 0.7 : Math.min(top, next);
    return { top, bottom };
  });
}

function segment(top: number, bottom: number): TemplateResult<2> {
  const c = VIEW_WIDTH / 2;
  const points = [
    [c - top / 2, 0],
    [c + top / 2, 0],
    [c + bottom / 2, VIEW_HEIGHT],
    [c - bottom / 2, VIEW_HEIGHT],
  ]
    .map(([x, y]) => `${x!.toFixed(2)},${y}`)
    .join(' ');
  return svg`<polygon points=${points}></polygon>`;
}

/**
 * The stage buttons (the funnel's toolbar items) with their segments, and a conversion line between each two.
 * The caller wraps them in the `stages` toolbar and gives each button its handlers.
 */
export function funnelShape(
  stages: readonly ShapeStage[],
  button: (index: number, content: TemplateResult, title: string, won: boolean) => TemplateResult,
): TemplateResult[] {
  const widths = segmentWidths(stages.map((s) => s.value));
  return stages.map((stage, i) => {
    const { top, bottom } = widths[i]!;
    const content = html`<span class="text"
        ><span class="name">${stage.name}</span> <span class="figure">${stage.figure}</span>
        <span class="figures">${stage.detail}</span></span
      ><svg
        class="segment"
        viewBox="0 0 ${VIEW_WIDTH} ${VIEW_HEIGHT}"
        preserveAspectRatio="none"
        aria-hidden="true"
        focusable="false"
      >
        ${segment(top, bottom)}
      </svg>`;
    return html`${button(i, content, stage.title, stage.won)}${
      stage.flow ? html`<p class="flow">${iconChevronDown()}<span>${stage.flow}</span></p>` : nothing
    }`;
  });
}
