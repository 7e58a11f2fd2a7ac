/**
 * Draws the `shape="bars"` chart on the element's canvas: fetches Chart.js the first time a funnel draws,
 * creates the chart once the box has a size, redraws only when the bars change, follows resizes and
 * theme changes, and lets go of everything when the element leaves the page.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { FunnelBars, FunnelChart } from './funnel-canvas.js';
import { observeSize, unobserveSize } from './funnel-resize.js';
import { loadCanvas } from './load-canvas.js';

/** Chart.js is fetched the first time a funnel draws, never for one that does not. */
let canvasModule: typeof import('./funnel-canvas.js') | undefined;
let canvasLoad: Promise<unknown> | undefined;
const loadCanvasModule = () =>
  (canvasLoad ??= loadCanvas().then(
    (module) => (canvasModule = module),
    // The stage list and table still work without the chart; say why it is missing.
    (error: unknown) => console.error('<crm-funnel-chart>: could not load Chart.js; the chart is not drawn', error),
  ));

export interface Palette {
  bar: string;
  won: string;
  active: string;
}

export interface DrawingHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly hasUpdated: boolean;
}

export class FunnelDrawingController implements ReactiveController {
  /** The Chart.js chart once drawn. */
  chart: FunnelChart | undefined;
  private observedBox: HTMLElement | undefined;
  private size: { width: number; height: number } | undefined;
  /** The colours the chart is drawn in, read from the swatches. */
  palette: Palette | undefined;
  private drawn = '';

  /**
   * @param bars The bars to draw in these colours, or undefined while there is no result to draw.
   * @param select A bar was clicked.
   */
  constructor(
    private readonly host: DrawingHost,
    private readonly bars: (palette: Palette) => FunnelBars | undefined,
    private readonly select: (index: number) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Back in the page after a disconnect: draw the chart again.
    if (this.host.hasUpdated) this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.destroyChart();
    if (this.observedBox) unobserveSize(this.observedBox);
    this.observedBox = undefined;
    this.size = undefined;
  }

  hostUpdated(): void {
    this.sync();
  }

  /** A swatch's colour changed (theme attribute, page scheme, forced colours): redraw in the new colours. */
  readonly onSwatchChange = (): void => {
    if (!this.chart) return;
    this.palette = this.readPalette();
    this.sync();
  };

  private sync(): void {
    const box = this.host.renderRoot.querySelector<HTMLElement>('.canvas-box') ?? undefined;
    const canvas = box?.querySelector('canvas');
    if (this.chart && this.chart.canvas !== canvas) this.destroyChart();
    if (box !== this.observedBox) {
      if (this.observedBox) unobserveSize(this.observedBox);
      this.observedBox = box;
      this.size = undefined;
      // The first report comes with the box's size; the chart is created then (not while hidden or 0 wide).
      if (box) observeSize(box, (width, height) => this.resized(width, height));
    }
    if (this.chart && this.palette) {
      const bars = this.bars(this.palette);
      const key = bars && JSON.stringify(bars);
      if (bars && key !== this.drawn) {
        this.drawn = key!;
        canvasModule!.updateFunnelChart(this.chart, bars);
      }
    } else if (!this.chart && this.size) {
      this.createChart();
    }
  }

  private resized(width: number, height: number): void {
    if (width === 0 || height === 0) return;
    this.size = { width, height };
    if (this.chart) this.chart.resize(width, height);
    else this.createChart();
  }

  private createChart(): void {
    const canvas = this.observedBox?.querySelector('canvas');
    if (!canvas || !this.size) return;
    const palette = this.readPalette();
    const bars = this.bars(palette);
    if (!bars) return;
    if (!canvasModule) {
      // Draw once Chart.js is here; by then the canvas may be gone or drawn, so start over from sync.
      loadCanvasModule().then(() => canvasModule && this.host.requestUpdate());
      return;
    }
    this.palette = palette;
    this.drawn = JSON.stringify(bars);
    this.chart = canvasModule.createFunnelChart(canvas, bars, this.size, this.select);
  }

  /**
   * The bar colours as the swatches beside the canvas compute them: the theme tokens resolved for this
   * element's colour scheme (`light-dark()`, forced colours), which a canvas cannot resolve itself.
   */
  private readPalette(): Palette {
    const colour = (name: keyof Palette) =>
      getComputedStyle(this.host.renderRoot.querySelector(`.swatch.${name}`) ?? this.host).color;
    return { bar: colour('bar'), won: colour('won'), active: colour('active') };
  }

  private destroyChart(): void {
    this.chart?.destroy();
    this.chart = undefined;
    this.drawn = '';
  }
}
