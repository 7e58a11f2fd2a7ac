import { css, nothing, svg } from 'lit';

/**
 * Small trend lines and bars drawn as inline SVG: no chart library, no inline style (only SVG geometry
 * attributes, so a strict Content-Security-Policy holds), colours from the theme tokens through classes.
 * The SVG is `role="img"` named by `label`: the caller words the figures (the drawing itself says nothing to
 * a screen reader), so the text alternative always carries what the line shows.
 */
export interface SparklineOptions {
  /** The values, oldest first; negative values are drawn as 0. */
  values: readonly number[];
  /** The text alternative: the figures in words (required, the line is meaningless without it). */
  label: string;
  /** `line` (with a light area under it) or `bars`. */
  kind?: 'line' | 'bars';
  /** Values from this index on are the "recent" part: shaded behind and drawn in the accent colour. */
  highlightFrom?: number;
}

/** Drawing box: wide and low; the CSS stretches it to the container's width. */
const WIDTH = 100;
const HEIGHT = 28;
const PAD = 2;

/** The points of a line through `values` in the drawing box (x evenly spaced, y scaled to the largest value). */
export function sparkPoints(values: readonly number[]): { x: number; y: number }[] {
  const max = Math.max(0, ...values);
  const n = values.length;
  return values.map((v, i) => ({
    x: n <= 1 ? WIDTH / 2 : round((i / (n - 1)) * WIDTH),
    y: round(HEIGHT - PAD - (max > 0 ? (Math.max(0, v) / max) * (HEIGHT - 2 * PAD) : 0)),
  }));
}

const round = (x: number) => Math.round(x * 100) / 100;

/** The sparkline as an SVG template (see `sparklineStyles` for its classes). */
export function sparkline(options: SparklineOptions) {
  const { values, label, kind = 'line', highlightFrom } = options;
  const n = values.length;
  const split = highlightFrom !== undefined && highlightFrom > 0 && highlightFrom < n ? highlightFrom : undefined;
  const body = kind === 'bars' ? bars(values, split) : line(values, split);
  // The recent window: a band behind the data from the split to the end.
  const bandX = split === undefined ? 0 : kind === 'bars' ? (split * WIDTH) / n : sparkPoints(values)[split - 1]!.x;
  return svg`<svg class="sparkline" role="img" aria-label=${label} viewBox="0 0 ${WIDTH} ${HEIGHT}" preserveAspectRatio="none" focusable="false">
    ${split === undefined ? nothing : svg`<rect class="spark-band" x=${bandX} y="0" width=${round(WIDTH - bandX)} height=${HEIGHT}></rect>`}
    <line class="spark-base" x1="0" y1=${HEIGHT - PAD / 2} x2=${WIDTH} y2=${HEIGHT - PAD / 2}></line>
    ${body}
  </svg>`;
}

function line(values: readonly number[], split: number | undefined) {
  const points = sparkPoints(values);
  if (points.length === 0) return nothing;
  const list = (from: number, to: number) =>
    points
      .slice(from, to)
      .map((p) => `${p.x},${p.y}`)
      .join(' ');
  const area = `M${points[0]!.x},${HEIGHT} L${list(0, points.length).replaceAll(' ', ' L')} L${points.at(-1)!.x},${HEIGHT} Z`;
  return svg`<path class="spark-area" d=${area}></path>
    <polyline class="spark-line" points=${list(0, split ?? points.length)}></polyline>
    ${split === undefined ? nothing : svg`<polyline class="spark-line recent" points=${list(split - 1, points.length)}></polyline>`}`;
}

function bars(values: readonly number[], split: number | undefined) {
  const max = Math.max(0, ...values);
  const n = values.length;
  const slot = WIDTH / Math.max(1, n);
  return values.map((v, i) => {
    const h = max > 0 ? round((Math.max(0, v) / max) * (HEIGHT - 2 * PAD)) : 0;
    // Without a split every bar is data of now, drawn in the accent.
    const recent = split === undefined || i >= split;
    return svg`<rect class=${recent ? 'spark-bar recent' : 'spark-bar'} x=${round(i * slot + slot * 0.15)} y=${round(HEIGHT - PAD / 2 - h)} width=${round(slot * 0.7)} height=${h}></rect>`;
  });
}

/** Styles for `sparkline()` output, to add to a component's styles. Colours only through theme tokens. */
export const sparklineStyles = css`
  .sparkline {
    display: block;
    width: 100%;
    height: 2.25rem;
    overflow: visible;
  }
  .spark-band {
    fill: var(--crm-c-surface-muted);
  }
  .spark-base {
    stroke: var(--crm-c-border);
    stroke-width: 1;
    vector-effect: non-scaling-stroke;
  }
  .spark-line {
    fill: none;
    stroke: var(--crm-c-muted);
    stroke-width: 1.5;
    stroke-linejoin: round;
    stroke-linecap: round;
    vector-effect: non-scaling-stroke;
  }
  .spark-line.recent {
    stroke: var(--crm-c-accent);
    stroke-width: 2;
  }
  .spark-area {
    fill: var(--crm-c-selected);
    opacity: 0.6;
  }
  .spark-bar {
    fill: var(--crm-c-muted);
  }
  .spark-bar.recent {
    fill: var(--crm-c-accent);
  }
  @media (forced-colors: active) {
    .spark-line,
    .spark-line.recent,
    .spark-base {
      stroke: CanvasText;
    }
    .spark-bar,
    .spark-bar.recent {
      fill: CanvasText;
    }
    .spark-area,
    .spark-band {
      fill: none;
    }
  }
`;
