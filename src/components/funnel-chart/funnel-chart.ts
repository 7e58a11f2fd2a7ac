import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { computeFunnel, type FunnelOpportunity, type FunnelResult, type FunnelStageRow } from '../../core/funnel.js';
import { InvalidOpportunityError } from '../../core/funnel-incremental.js';
import type { Money, RateTable } from '../../core/money.js';
import type { Customer, Opportunity, Stage } from '../../data/model.js';
import type { CrmStore } from '../../data/store.js';
import { CrmElement } from '../../internal/crm-element.js';
import { colon, joinClauses, joinItems } from '../../internal/format.js';
import { labelOf } from '../../internal/labels.js';
import { LiveDataController } from '../../internal/store-context.js';
import type { FunnelBars, FunnelChart } from './funnel-canvas.js';
import { funnelChartStrings } from './funnel-chart.strings.js';
import { funnelChartStyles } from './funnel-chart.styles.js';
import { FunnelFeedController } from './funnel-live.js';
import {
  type AppliedFilter,
  checkAggregate,
  type FunnelCustomerRecord,
  type FunnelData,
  type FunnelStageConfig,
  funnelCandidates,
  isAggregate,
  jsonAttribute,
  MEASURES,
  type Measure,
  measureValue,
  opportunityIdsIn,
  type PreparedFunnel,
  parseList,
  parseMeasure,
  prepareFunnel,
  previewResult,
  resolveStages,
  slowestStage,
  unconvertedTotals,
} from './funnel-model.js';
import { observeSize, unobserveSize } from './funnel-resize.js';
import { funnelShape } from './funnel-shape.js';
import { kpiStrip } from './funnel-summary.js';
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

export type { FunnelAggregate, FunnelCustomerRecord, FunnelData, FunnelStageConfig, Measure } from './funnel-model.js';

export interface StageSelectDetail {
  /** The stage's id (e.g. `proposal`). */
  stageId: string;
  /** The opportunities now in that stage that pass the filters (for an aggregated `.data`, its `opportunityIds`). */
  opportunityIds: string[];
}

declare global {
  interface HTMLElementTagNameMap {
    'crm-funnel-chart': CrmFunnelChart;
  }
  interface GlobalEventHandlersEventMap {
    'crm-stage-select': CustomEvent<StageSelectDetail>;
  }
}

interface StoreSnapshot {
  stages: Stage[];
  /** Only for an owner funnel (read through the owner index); the whole table comes from the snapshot. */
  opportunities: Opportunity[] | undefined;
  customers: Customer[] | undefined;
}

type Ready = {
  kind: 'ready';
  result: FunnelResult;
  stages: ReadonlyMap<string, FunnelStageConfig>;
  defaultStages: boolean;
  filters: readonly AppliedFilter[];
  /** The opportunity ids behind a stage, worked out on demand (drill-down). */
  drill: (stageId: string) => string[];
  /** Only the stage counts are known yet (first paint from the index while the rest loads). */
  partial?: boolean;
};
type View = { kind: 'loading' } | { kind: 'error'; message: string; retry: boolean } | Ready;

interface Palette {
  bar: string;
  won: string;
  active: string;
}

/** Names an opportunity by id, not only by its index, when the engine rejects one. */
function messageOf(error: unknown, candidates?: readonly FunnelOpportunity[]): string {
  const message = error instanceof Error ? error.message : String(error);
  const at = /^opportunities\[(\d+)\]/.exec(message);
  const id = at && candidates?.[Number(at[1])]?.id;
  return id ? `${message} (opportunity "${id}")` : message;
}

/**
 * @tag crm-funnel-chart
 * @summary The sales funnel by stage: count, amount and weighted amount, conversion to the next stage and
 * from the first, drop-off, time in stage, forecast against target; filterable, live, with drill-down.
 *
 * Bound to the store (the provider's, or `.store`), it reads opportunities, stages and, for the tier,
 * industry, channel and group filters, customers, and follows every change live (other widgets, other tabs,
 * sync). With `.data` it draws the given opportunities or aggregated funnel without any store. The figures
 * come from the core funnel engine (`computeFunnel`). Won is the last stage; lost deals are left out of the
 * funnel and reported beside it. The data table (toggle, always read by screen readers, printed) has every
 * figure the chart shows.
 *
 * @fires crm-stage-select - A stage was clicked or chosen with Enter/Space: `{ stageId, opportunityIds }`.
 *
 * @csspart base - The whole widget.
 * @csspart header - Title and controls.
 * @csspart title - The title (the `label`).
 * @csspart summary - The KPI strip: open pipeline, forecast (won + weighted), win rate, forecast against target.
 * @csspart kpi - One figure of the KPI strip.
 * @csspart meter - The bar of forecast against target.
 * @csspart note - The note about amounts that could not be converted.
 * @csspart lost - The line reporting lost deals.
 * @csspart chart - Stage buttons and the canvas.
 * @csspart stages - The list of stage buttons (a vertical toolbar).
 * @csspart stage - One stage button (also `won` on the won stage).
 * @csspart canvas - The Chart.js canvas (`shape="bars"`).
 * @csspart segment - One stage's trapezoid (`shape="funnel"`).
 * @csspart flow - The conversion between two stages (`shape="funnel"`).
 * @csspart table - The data table.
 * @csspart status - The loading message.
 * @csspart empty - The message when no opportunity matches.
 * @csspart error - The error message (with a retry button when reading failed).
 *
 * @cssprop --crm-funnel-bar - Bar colour of open stages (default: the accent token).
 * @cssprop --crm-funnel-won - Bar colour of the won stage (default: the positive token).
 * @cssprop --crm-funnel-active - Bar colour of the stage that has keyboard focus (see README "Theming").
 * @cssprop --crm-funnel-row-height - Height of one stage row (default 3.25rem); of one segment in the funnel shape (default 2.5rem).
 * @cssprop --crm-funnel-font-size - Font size (default 0.875rem).
 * @cssprop --crm-color-accent - Pressed toggle buttons.
 * @cssprop --crm-color-border - Lines and borders.
 * @cssprop --crm-color-text-muted - Secondary text.
 */
export class CrmFunnelChart extends CrmElement {
  static override translations = [funnelChartStrings];
  static override styles = [CrmElement.styles, funnelChartStyles];

  /** What the bar sizes show: `count` (default), `amount` or `weighted` (amount × probability). */
  @property({ reflect: true }) measure: Measure = 'count';

  /** The chart's form: `bars` (default: Chart.js bars beside the stage list) or `funnel` (tapered SVG stages, no Chart.js). */
  @property({ reflect: true }) shape: 'bars' | 'funnel' = 'bars';

  /** `any` (default: a stage counts every deal that ever reached it) or `strict` (only deals that passed every earlier stage). */
  @property() mode: 'any' | 'strict' = 'any';

  /** Reporting currency (ISO 4217, default CNY). */
  @property() currency = 'CNY';

  /** Owner filter; several owners separated by commas. */
  @property() owner?: string;

  /** Team filter; comma-separated. */
  @property() team?: string;

  /** Customer tier filter (A1, A2, B1, B2, C …); comma-separated. */
  @property() tier?: string;

  /** Customer industry filter; comma-separated. */
  @property() industry?: string;

  /** Channel filter (the opportunity's, else its customer's); comma-separated. */
  @property() channel?: string;

  /** Group filter: a customer id (or several, comma-separated); includes every subsidiary below it. */
  @property() group?: string;

  /** Period: `2026-Q4`, `2026-11`, `2026`, a day, or `2026-10-01/2026-12-31` (either end may be open). */
  @property() period?: string;

  /** The date the period applies to: `created` (default) or `expected-close`. */
  @property({ attribute: 'period-field' }) periodField?: 'created' | 'expected-close';

  /** Forecast target: an amount in major units of `currency` (`"50000000"`), or a `{ amount, currency }` in minor units. */
  @property() target?: string | Money;

  /** Dated exchange rates, `{ asOf: 'YYYY-MM-DD', rates: { 'USD/CNY': '7.1586' } }` (property, or JSON attribute). */
  @property({ converter: jsonAttribute }) rates?: RateTable;

  /** Stages, `[{ id, name, nameZh?, order, probability, kind: 'open' | 'won' | 'lost' }]` (property, or JSON attribute). Default: the store's stage table, else lead/qualified/proposal/negotiation/won (+ lost). */
  @property({ converter: jsonAttribute }) stages?: readonly FunnelStageConfig[];

  /** ISO timestamp; when set, the time open deals have spent so far in their current stage counts too. */
  @property() now?: string;

  /** Title and accessible name of the chart (default "Sales funnel" / "销售漏斗"). */
  @property() label?: string;

  /** Shows the data table (screen readers always have it; print always shows it). */
  @property({ type: Boolean, reflect: true, attribute: 'show-table' }) showTable = false;

  /** Presentational mode: opportunities, or an aggregated funnel (what `computeFunnel` returns); no store is used. */
  @property({ attribute: false }) data?: FunnelData;

  /** Presentational mode: customers for the tier, industry, channel and group filters. */
  @property({ attribute: false }) customers?: readonly FunnelCustomerRecord[];

  /** A store to read from instead of the one provided by context. */
  @property({ attribute: false }) store?: CrmStore;

  @state() private activeStage = 0;
  @state() private stagesFocused = false;

  /** Created on first need, so a presentational funnel never opens a database. */
  private live: LiveDataController<StoreSnapshot, readonly [boolean, string | undefined, boolean]> | undefined;
  /** The whole-table funnel, kept incrementally from the store's snapshot. */
  private readonly feed = new FunnelFeedController(this);
  private prepared: { key: unknown[]; value: PreparedFunnel } | undefined;
  private view: View = { kind: 'loading' };
  private busy = false;
  private inputs: unknown[] = [];
  private chart: FunnelChart | undefined;
  private observedBox: HTMLElement | undefined;
  private size: { width: number; height: number } | undefined;
  private palette: Palette | undefined;
  private drawn = '';

  override connectedCallback(): void {
    super.connectedCallback();
    // Back in the page after a disconnect: draw the chart again.
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.releaseChart();
  }

  protected override willUpdate(): void {
    if (this.data === undefined && !this.live) {
      this.live = new LiveDataController(this, {
        args: () => [this.data === undefined, this.owner, this.needsCustomers] as const,
        skip: (useStore) => !useStore,
        query: async (store, _useStore, owner) => {
          const stages = await store.stages.list({ orderBy: 'order' });
          const owners = parseList(owner);
          // The owner index narrows the read; the engine applies the filter itself as well. Without an
          // owner the whole table comes from the shared snapshot (see FunnelFeedController).
          const opportunities = owners ? await store.opportunities.list({ where: { owner: owners } }) : undefined;
          const customers = this.needsCustomers ? await store.customers.list() : undefined;
          return { stages, opportunities, customers };
        },
        store: () => this.store,
      });
    }
  }

  /** Figures are worked out here, after the data controller has seen the new arguments (it runs after willUpdate). */
  protected override update(changed: PropertyValues): void {
    const live = this.live;
    const inputs = [
      this.data,
      this.customers,
      live?.status,
      live?.value,
      live?.error,
      this.measure,
      this.mode,
      this.currency,
      this.owner,
      this.team,
      this.tier,
      this.industry,
      this.channel,
      this.group,
      this.period,
      this.periodField,
      this.target,
      this.rates,
      this.stages,
      this.now,
      this.feed.version,
    ];
    if (inputs.some((value, i) => !Object.is(value, this.inputs[i]))) {
      this.inputs = inputs;
      const pending = this.data === undefined && live?.status === 'pending' && this.view.kind === 'ready';
      if (!pending) this.view = this.computeView();
      this.busy = pending || (this.data === undefined && this.feed.building && this.view.kind === 'ready');
    }
    super.update(changed);
  }

  protected override updated(): void {
    this.syncChart();
  }

  private get needsCustomers(): boolean {
    return !!(parseList(this.tier) || parseList(this.industry) || parseList(this.group) || parseList(this.channel));
  }

  private computeView(): View {
    let candidates: readonly FunnelOpportunity[] | undefined;
    try {
      parseMeasure(this.measure);
      const data = this.data;
      if (data !== undefined) {
        if (isAggregate(data)) {
          const result = checkAggregate(data);
          const { stages, defaultStages } = resolveStages(this.stages, undefined);
          return this.ready(result, stages, defaultStages, [], (id) => [...(data.opportunityIds?.[id] ?? [])]);
        }
        if (!Array.isArray(data)) {
          return this.fail(
            'data: must be a list of opportunities or an aggregated funnel (what computeFunnel returns)',
          );
        }
        const prepared = prepareFunnel(this.settings, undefined, this.customers);
        candidates = funnelCandidates(data, prepared);
        const seen = candidates;
        const result = computeFunnel(seen, prepared.options);
        return this.ready(result, prepared.stages, prepared.defaultStages, prepared.filters, (id) =>
          opportunityIdsIn(id, seen, prepared.options),
        );
      }
      const live = this.live;
      if (live?.status === 'error') return { kind: 'error', message: messageOf(live.error), retry: true };
      if (live?.status !== 'complete' || !live.value) return { kind: 'loading' };
      const snapshot = live.value;
      const prepared = this.prepare(snapshot);
      if (snapshot.opportunities === undefined) return this.feedView(prepared);
      this.feed.use(undefined, undefined);
      candidates = funnelCandidates(snapshot.opportunities, prepared);
      const seen = candidates;
      const result = computeFunnel(seen, prepared.options);
      return this.ready(result, prepared.stages, prepared.defaultStages, prepared.filters, (id) =>
        opportunityIdsIn(id, seen, prepared.options),
      );
    } catch (error) {
      return this.fail(messageOf(error, candidates));
    }
  }

  /** Engine inputs, worked out again only when a setting or the stages/customers read changed. */
  private prepare(snapshot: StoreSnapshot): PreparedFunnel {
    const key = [snapshot, ...Object.values(this.settings)];
    const cached = this.prepared;
    if (cached && cached.key.length === key.length && cached.key.every((v, i) => Object.is(v, key[i]))) {
      return cached.value;
    }
    const value = prepareFunnel(this.settings, snapshot.stages, snapshot.customers);
    this.prepared = { key, value };
    return value;
  }

  /** The whole-table funnel: counts from the index first, then the incremental result. */
  private feedView(prepared: PreparedFunnel): View {
    this.feed.use(this.live?.store, prepared);
    const state = this.feed.state;
    const drill = (id: string) => opportunityIdsIn(id, this.feed.candidates(), prepared.options);
    switch (state.kind) {
      case 'loading':
        return { kind: 'loading' };
      case 'counts':
        return {
          ...this.ready(previewResult(prepared, state.counts), prepared.stages, prepared.defaultStages, [], () => []),
          partial: true,
        };
      case 'ready':
        return this.ready(state.result, prepared.stages, prepared.defaultStages, prepared.filters, drill);
      case 'error': {
        if (!(state.error instanceof InvalidOpportunityError)) {
          return { kind: 'error', message: messageOf(state.error), retry: true };
        }
        // Name the bad deal exactly as the one-pass engine does (by its place in the table and its id).
        const candidates = this.feed.candidates();
        try {
          computeFunnel(candidates, prepared.options);
        } catch (error) {
          return this.fail(messageOf(error, candidates));
        }
        return this.fail(messageOf(state.error));
      }
    }
  }

  private fail(message: string): View {
    return { kind: 'error', message, retry: false };
  }

  private ready(
    result: FunnelResult,
    stages: readonly FunnelStageConfig[],
    defaultStages: boolean,
    filters: readonly AppliedFilter[],
    drill: (stageId: string) => string[],
  ): Ready {
    return { kind: 'ready', result, stages: new Map(stages.map((s) => [s.id, s])), defaultStages, filters, drill };
  }

  private get settings() {
    return {
      mode: this.mode,
      currency: this.currency,
      owner: this.owner,
      team: this.team,
      tier: this.tier,
      industry: this.industry,
      channel: this.channel,
      group: this.group,
      period: this.period,
      periodField: this.periodField,
      target: this.target,
      rates: this.rates,
      now: this.now,
      stages: this.stages,
    };
  }

  // ---- formatting -------------------------------------------------------------------------------------

  private money(amount: number, currency: string, compact = false): string {
    return this.localize.money(amount, currency, compact ? 'summary' : 'exact');
  }

  private percent(ratio: number | null): string {
    return ratio === null ? '—' : this.localize.number(ratio, { style: 'percent', maximumFractionDigits: 2 });
  }

  private days(value: number | null): string {
    return value === null
      ? '—'
      : this.localize.number(value, { style: 'unit', unit: 'day', unitDisplay: 'long', maximumFractionDigits: 1 });
  }

  private stageName(view: Ready, row: { stage: string; name: string }): string {
    const config = view.stages.get(row.stage);
    if (this.localize.locale === 'zh-CN' && config?.nameZh) return config.nameZh;
    if (view.defaultStages) return labelOf('stage', row.stage, this.localize.lang);
    return config?.name ?? row.name;
  }

  private measureText(row: FunnelStageRow, currency: string): string {
    const t = this.localize.strings(funnelChartStrings);
    const measure = parseMeasure(this.measure);
    return measure === 'count'
      ? t.deals(this.localize.number(row.count))
      : this.money(measureValue(row, measure), currency, true);
  }

  // ---- chart --------------------------------------------------------------------------------------------

  private bars(view: Ready, palette: Palette): FunnelBars {
    const rows = view.result.stages;
    const measure = parseMeasure(this.measure);
    return {
      labels: rows.map((row) => this.stageName(view, row)),
      values: rows.map((row) => measureValue(row, measure)),
      colors: rows.map((row, i) =>
        this.stagesFocused && i === this.activeIndex(rows.length)
          ? palette.active
          : row.kind === 'won'
            ? palette.won
            : palette.bar,
      ),
    };
  }

  private syncChart(): void {
    const box = this.renderRoot.querySelector<HTMLElement>('.canvas-box') ?? undefined;
    const canvas = box?.querySelector('canvas');
    if (this.chart && this.chart.canvas !== canvas) this.destroyChart();
    if (box !== this.observedBox) {
      if (this.observedBox) unobserveSize(this.observedBox);
      this.observedBox = box;
      this.size = undefined;
      // The first report comes with the box's size; the chart is created then (not while hidden or 0 wide).
      if (box) observeSize(box, (width, height) => this.resized(width, height));
    }
    if (this.chart && this.view.kind === 'ready' && this.palette) {
      const bars = this.bars(this.view, this.palette);
      const key = JSON.stringify(bars);
      if (key !== this.drawn) {
        this.drawn = key;
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
    if (!canvas || !this.size || this.view.kind !== 'ready') return;
    if (!canvasModule) {
      // Draw once Chart.js is here; by then the canvas may be gone or drawn, so start over from syncChart.
      loadCanvasModule().then(() => canvasModule && this.requestUpdate());
      return;
    }
    this.palette = this.readPalette();
    const bars = this.bars(this.view, this.palette);
    this.drawn = JSON.stringify(bars);
    this.chart = canvasModule.createFunnelChart(canvas, bars, this.size, (index) => this.select(index));
  }

  /**
   * The bar colours as the swatches beside the canvas compute them: the theme tokens resolved for this
   * element's colour scheme (`light-dark()`, forced colours), which a canvas cannot resolve itself.
   */
  private readPalette(): Palette {
    const colour = (name: keyof Palette) =>
      getComputedStyle(this.renderRoot.querySelector(`.swatch.${name}`) ?? this).color;
    return { bar: colour('bar'), won: colour('won'), active: colour('active') };
  }

  /** A swatch's colour changed (theme attribute, page scheme, forced colours): redraw in the new colours. */
  private readonly onSwatchChange = (): void => {
    if (!this.chart) return;
    this.palette = this.readPalette();
    this.syncChart();
  };

  private destroyChart(): void {
    this.chart?.destroy();
    this.chart = undefined;
    this.drawn = '';
  }

  private releaseChart(): void {
    this.destroyChart();
    if (this.observedBox) unobserveSize(this.observedBox);
    this.observedBox = undefined;
    this.size = undefined;
  }

  // ---- interaction --------------------------------------------------------------------------------------

  private select(index: number): void {
    if (this.view.kind !== 'ready') return;
    const row = this.view.result.stages[index];
    if (!row) return;
    this.emit('crm-stage-select', { stageId: row.stage, opportunityIds: this.view.drill(row.stage) });
  }

  private activeIndex(count: number): number {
    return Math.min(this.activeStage, Math.max(0, count - 1));
  }

  private onStagesKeydown(event: KeyboardEvent): void {
    if (this.view.kind !== 'ready') return;
    const count = this.view.result.stages.length;
    const current = this.activeIndex(count);
    const moves: Record<string, number> = {
      ArrowDown: current + 1,
      ArrowRight: current + 1,
      ArrowUp: current - 1,
      ArrowLeft: current - 1,
      Home: 0,
      End: count - 1,
    };
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    this.activeStage = (next + count) % count;
    this.renderRoot.querySelectorAll<HTMLButtonElement>('[part~="stage"]')[this.activeStage]?.focus();
  }

  private setMeasure(measure: Measure): void {
    this.measure = measure;
  }

  // ---- rendering ----------------------------------------------------------------------------------------

  protected override render() {
    const t = this.localize.strings(funnelChartStrings);
    const view = this.view;
    const title = this.label || t.title;
    return html`<section part="base" aria-labelledby="title" aria-busy=${this.busy ? 'true' : nothing}>
      <div part="header">
        <div part="title" id="title">${title}</div>
        ${view.kind === 'ready' && view.result.totals.count > 0 ? this.renderControls() : nothing}
      </div>
      ${this.renderBody(view, title)}
    </section>`;
  }

  private renderControls() {
    const t = this.localize.strings(funnelChartStrings);
    return html`<div class="controls">
      <div class="segmented" role="group" aria-label=${t.measureGroup}>
        ${MEASURES.map(
          (m) =>
            html`<button type="button" aria-pressed=${this.measure === m ? 'true' : 'false'} @click=${() => this.setMeasure(m)}>
              ${t.measures[m]}
            </button>`,
        )}
      </div>
      <div class="segmented" role="group" aria-label=${t.shapeGroup}>
        ${(['bars', 'funnel'] as const).map(
          (s) =>
            html`<button type="button" data-shape=${s} aria-pressed=${this.shapeOf === s ? 'true' : 'false'} @click=${() => (this.shape = s)}>
              ${t.shapes[s]}
            </button>`,
        )}
      </div>
      <button
        type="button"
        aria-pressed=${this.showTable ? 'true' : 'false'}
        aria-controls="table"
        @click=${() => (this.showTable = !this.showTable)}
      >
        ${t.table}
      </button>
    </div>`;
  }

  private renderBody(view: View, title: string) {
    const t = this.localize.strings(funnelChartStrings);
    switch (view.kind) {
      case 'loading':
        return html`<p part="status" role="status">${t.loading}</p>`;
      case 'error':
        return html`<div part="error" role="alert">
          <p>${t.error(view.message)}</p>
          ${view.retry ? html`<button type="button" @click=${() => this.live?.retry()}>${t.retry}</button>` : nothing}
        </div>`;
      case 'ready': {
        if (view.result.totals.count === 0) {
          const filters = joinClauses(
            view.filters.map(
              (f) =>
                `${t.filterNames[f.key]} ${
                  f.key === 'industry' || f.key === 'channel'
                    ? joinItems(
                        f.value.split(', ').map((v) => labelOf(f.key as 'industry' | 'channel', v, this.localize.lang)),
                        this.localize.locale,
                      )
                    : f.value
                }`,
            ),
            this.localize.locale,
          );
          return html`<p part="empty" role="status">${filters ? t.emptyFiltered(filters) : t.emptyAll}</p>`;
        }
        const head = view.partial
          ? html`<p part="status" role="status">${t.loadingDetails}</p>`
          : html`${this.renderSummary(view)} ${this.renderNotes(view)}`;
        return html`${head} ${this.renderChart(view, title)}
          <div
            class="table-box ${this.showTable ? '' : 'visually-hidden'}"
            role="region"
            aria-label=${t.table}
            tabindex=${this.showTable ? '0' : nothing}
          >
            ${this.renderTable(view, title)}
          </div>`;
      }
    }
  }

  private renderSummary(view: Ready) {
    return kpiStrip(view.result, this.localize.strings(funnelChartStrings), {
      money: (amount) => this.money(amount, view.result.currency, true),
      percent: (ratio) => this.percent(ratio),
      number: (value) => this.localize.number(value),
      comma: this.localize.locale === 'zh-CN' ? '，' : ', ',
    });
  }

  private renderNotes(view: Ready) {
    const t = this.localize.strings(funnelChartStrings);
    const { currency, totals, lost, ratesAsOf } = view.result;
    const unconverted = unconvertedTotals(view.result);
    const slowest = slowestStage(view.result);
    const lostBy = Object.entries(lost.byLastStage).map(
      ([id, n]) => `${id === '(none)' ? t.noStage : this.stageName(view, { stage: id, name: id })} ${n}`,
    );
    const lostExtra = lost.unconverted.map(
      (u) => ` ${t.notConverted(this.money(u.amount, u.currency, true), String(u.count))}`,
    );
    return html`${
      totals.unconvertedCount
        ? html`<p part="note" role="note">
            ${t.unconverted(
              this.localize.number(totals.unconvertedCount),
              currency,
              unconverted
                .map((u) => t.unconvertedItem(this.money(u.amount, u.currency, true), this.localize.number(u.count)))
                .join(this.localize.locale === 'zh-CN' ? '，' : ', '),
            )}
          </p>`
        : nothing
    }
    ${ratesAsOf ? html`<p class="info">${t.converted(currency, ratesAsOf)}</p>` : nothing}
    ${slowest ? html`<p class="info slowest">${t.summary.slowest}${colon(this.localize.locale)}${t.slowestValue(this.stageName(view, slowest), this.days(slowest.time.medianDays))}</p>` : nothing}
    ${
      lost.count
        ? html`<p part="lost">
            ${t.lost(this.localize.number(lost.count), this.money(lost.amount, currency, true))}${lostExtra.join('')}${
              this.localize.locale === 'zh-CN' ? '；' : '; '
            }${t.lostBy(joinItems(lostBy, this.localize.locale))}
          </p>`
        : nothing
    }`;
  }

  private renderChart(view: Ready, title: string) {
    const t = this.localize.strings(funnelChartStrings);
    const rows = view.result.stages;
    const active = this.activeIndex(rows.length);
    const currency = view.result.currency;
    const measure = parseMeasure(this.measure);
    const description = t.chartLabel(
      title,
      t.byMeasure[measure],
      rows.map((row) => `${this.stageName(view, row)} ${this.measureText(row, currency)}`).join(', '),
      view.result.lost.count ? t.chartLost(this.localize.number(view.result.lost.count)) : '',
    );
    const flowOf = (row: FunnelStageRow, last: boolean) =>
      view.partial
        ? ''
        : [
            ...(last ? [] : [t.toNext(this.percent(row.conversionToNext))]),
            t.fromFirst(this.percent(row.conversionFromFirst)),
            ...(last ? [] : [t.dropped(this.localize.number(row.dropOff))]),
          ].join(' · ');
    const stageButton = (i: number, content: unknown, title: string, won: boolean) =>
      html`<button
        type="button"
        part=${won ? 'stage won' : 'stage'}
        title=${title}
        tabindex=${i === active ? '0' : '-1'}
        @click=${() => this.select(i)}
        @focus=${() => (this.activeStage = i)}
      >
        ${content}
      </button>`;
    const toolbar = (content: unknown) =>
      html`<div
        part="stages"
        role="toolbar"
        aria-orientation="vertical"
        aria-label=${t.stagesLabel}
        @keydown=${this.onStagesKeydown}
        @focusin=${() => (this.stagesFocused = true)}
        @focusout=${() => (this.stagesFocused = false)}
      >
        ${content}
      </div>`;
    if (this.shapeOf === 'funnel') {
      const shape = funnelShape(
        rows.map((row, i) => {
          const last = i === rows.length - 1;
          const name = this.stageName(view, row);
          const figure = this.measureText(row, currency);
          // The other measure beside the one that sizes the shape: amount for deal counts, deals for amounts.
          const other =
            measure === 'count' ? this.money(row.amount, currency, true) : t.deals(this.localize.number(row.count));
          const fromFirst = view.partial ? '' : t.fromFirst(this.percent(row.conversionFromFirst));
          return {
            name,
            figure,
            detail: [other, fromFirst].filter(Boolean).join(' · '),
            value: measureValue(row, measure),
            won: row.kind === 'won',
            flow:
              last || view.partial
                ? undefined
                : t.flow(this.percent(row.conversionToNext), this.localize.number(row.dropOff)),
            title: [name, figure, flowOf(row, last)].filter(Boolean).join(' · '),
          };
        }),
        stageButton,
      );
      return html`<div part="chart" class="shape" role="group" aria-label=${description}>${toolbar(shape)}</div>`;
    }
    return html`<div part="chart">
      ${toolbar(
        rows.map((row, i) => {
          const last = i === rows.length - 1;
          const flow = flowOf(row, last);
          const name = this.stageName(view, row);
          const figure = this.measureText(row, currency);
          // The tooltip repeats the stage with every figure (labels wrap; none is cut).
          return stageButton(
            i,
            html`<span><span class="name">${name}</span> · ${figure}</span>
              <span class="figures">${flow}</span>`,
            [name, figure, flow].filter(Boolean).join(' · '),
            row.kind === 'won',
          );
        }),
      )}
      <div class="canvas-box" @transitionrun=${this.onSwatchChange}>
        <canvas part="canvas" role="img" aria-label=${description}></canvas>
        <span class="swatch bar"></span><span class="swatch won"></span><span class="swatch active"></span>
      </div>
    </div>`;
  }

  /** The `shape` attribute, anything unknown read as the default bars. */
  private get shapeOf(): 'bars' | 'funnel' {
    return this.shape === 'funnel' ? 'funnel' : 'bars';
  }

  private renderTable(view: Ready, title: string) {
    const t = this.localize.strings(funnelChartStrings);
    const { currency, stages, lost, mode } = view.result;
    const c = t.columns;
    const n = (value: number) => this.localize.number(value);
    const extra = (list: FunnelStageRow['unconverted'], pick: 'amount' | 'weighted') =>
      list.map((u) => html`<div>${t.notConverted(this.money(u[pick], u.currency), n(u.count))}</div>`);
    const moneyCell = (
      amount: number,
      list: FunnelStageRow['unconverted'],
      pick: 'amount' | 'weighted',
    ): TemplateResult => html`<td data-label=${c[pick]}>${this.money(amount, currency)}${extra(list, pick)}</td>`;
    // First paint: counts only; every other figure is still loading.
    const later = (labels: string[]) => labels.map((label) => html`<td data-label=${label}>…</td>`);
    // Each cell names its column: a narrow funnel (or a narrow printed page) stacks the rows (see styles).
    const rest = [c.weighted, c.probability, c.reached, c.toNext, c.fromFirst, c.dropOff, c.medianDays];
    return html`<table part="table" id="table">
      <caption>${t.caption(title, t.modes[mode])}</caption>
      <thead>
        <tr>
          ${[
            c.stage,
            c.count,
            c.amount,
            c.weighted,
            c.probability,
            c.reached,
            c.toNext,
            c.fromFirst,
            c.dropOff,
            c.medianDays,
          ].map((h) => html`<th scope="col">${h}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${stages.map((row, i) =>
          view.partial
            ? html`<tr data-stage=${row.stage}>
                <th scope="row">${this.stageName(view, row)}</th>
                <td data-label=${c.count}>${n(row.count)}</td>
                ${later([c.amount, ...rest])}
              </tr>`
            : html`<tr data-stage=${row.stage}>
            <th scope="row">${this.stageName(view, row)}</th>
            <td data-label=${c.count}>${n(row.count)}</td>
            ${moneyCell(row.amount, row.unconverted, 'amount')} ${moneyCell(row.weighted, row.unconverted, 'weighted')}
            <td data-label=${c.probability}>${this.percent(row.probability / 100)}</td>
            <td data-label=${c.reached}>${n(row.reached)}</td>
            <td data-label=${c.toNext}>${this.percent(row.conversionToNext)}</td>
            <td data-label=${c.fromFirst}>${this.percent(row.conversionFromFirst)}</td>
            <td data-label=${c.dropOff}>${i === stages.length - 1 ? '—' : n(row.dropOff)}</td>
            <td data-label=${c.medianDays}>${this.days(row.time.medianDays)}</td>
          </tr>`,
        )}
      </tbody>
      <tbody>
        <tr data-stage="lost">
          <th scope="row">${t.lostRow}</th>
          <td data-label=${c.count}>${n(lost.count)}</td>
          ${view.partial ? later([c.amount]) : moneyCell(lost.amount, lost.unconverted, 'amount')}
          ${rest.map((label) => html`<td data-label=${label}>—</td>`)}
        </tr>
      </tbody>
    </table>`;
  }
}

CrmFunnelChart.define('crm-funnel-chart');
