/**
 * The Chart.js side of the funnel: a horizontal bar chart of centred floating bars (`[-v/2, v/2]`),
 * with only the Chart.js parts it uses registered (no `chart.js/auto`). The element imports this module
 * dynamically, so Chart.js is downloaded only when a funnel draws.
 */
import { BarController, BarElement, CategoryScale, Chart, DomPlatform, LinearScale } from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale);

/**
 * Takes the size it is given. Chart.js measures the canvas and its container on every resize (computed
 * styles, client sizes); with many funnels on a page those reads interleave with the other charts' writes
 * and force a layout each. Our observer already knows the size, so a resize only writes.
 */
class GivenSizePlatform extends DomPlatform {
  override getMaximumSize(canvas: HTMLCanvasElement, width?: number, height?: number, aspectRatio?: number) {
    return width !== undefined && height !== undefined
      ? { width, height }
      : super.getMaximumSize(canvas, width, height, aspectRatio);
  }
}

export interface FunnelBars {
  readonly labels: readonly string[];
  readonly values: readonly number[];
  /** One colour per bar. */
  readonly colors: readonly string[];
}

function dataOf(bars: FunnelBars) {
  return {
    labels: [...bars.labels],
    datasets: [
      {
        data: bars.values.map((v) => [-v / 2, v / 2] as [number, number]),
        backgroundColor: [...bars.colors],
        borderRadius: 2,
        borderSkipped: false as const,
        barPercentage: 0.92,
        categoryPercentage: 0.86,
      },
    ],
  };
}

/** Symmetric x range so the bars sit centred; never zero wide (an all-zero funnel still draws). */
function range(bars: FunnelBars) {
  const widest = Math.max(1, ...bars.values);
  return { min: -widest / 2, max: widest / 2 };
}

/** Creates the chart at a known size. `onSelect` gets the index of a clicked bar. */
export function createFunnelChart(
  canvas: HTMLCanvasElement,
  bars: FunnelBars,
  size: { width: number; height: number },
  onSelect: (index: number) => void,
): Chart<'bar', [number, number][], string> {
  const chart = new Chart(canvas, {
    type: 'bar',
    platform: GivenSizePlatform,
    data: dataOf(bars),
    options: {
      indexAxis: 'y',
      // Sizes come from observeSize(); Chart.js's own per-chart observer would measure (see above).
      responsive: false,
      maintainAspectRatio: false,
      animation: false,
      events: ['click', 'mousemove', 'mouseout'],
      layout: { padding: 0 },
      scales: {
        x: { type: 'linear', display: false, ...range(bars) },
        y: { type: 'category', display: false },
      },
      onClick: (_event, elements) => {
        const hit = elements[0];
        if (hit) onSelect(hit.index);
      },
      onHover: (_event, elements) => {
        canvas.style.cursor = elements.length ? 'pointer' : '';
      },
    },
  });
  chart.resize(size.width, size.height);
  return chart;
}

export function updateFunnelChart(chart: Chart<'bar', [number, number][], string>, bars: FunnelBars): void {
  chart.data = dataOf(bars);
  Object.assign(chart.options.scales!.x!, range(bars));
  chart.update('none');
}

export type FunnelChart = Chart<'bar', [number, number][], string>;
