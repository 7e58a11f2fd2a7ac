import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { FunnelStageRow } from '../../core/funnel.js';
import type { Money, RateTable } from '../../core/money.js';
import type { CrmStore } from '../../data/store.js';
import { CrmElement } from '../../internal/crm-element.js';
import { joinClauses, joinItems } from '../../internal/format.js';
import { labelOf } from '../../internal/labels.js';
import { LiveDataController } from '../../internal/store-context.js';
import type { FunnelBars } from './funnel-canvas.js';
import { funnelChartStrings } from './funnel-chart.strings.js';
import { funnelChartStyles } from './funnel-chart.styles.js';
import { FunnelDrawingController, type Palette } from './funnel-drawing.js';
import { FunnelFormat } from './funnel-format.js';
import { FunnelFeedController } from './funnel-live.js';
import {
  type FunnelCustomerRecord,
  type FunnelData,
  type FunnelStageConfig,
  jsonAttribute,
  MEASURES,
  type Measure,
  measureValue,
  parseList,
  parseMeasure,
} from './funnel-model.js';
import { funnelNotes } from './funnel-notes.js';
import { funnelShape } from './funnel-shape.js';
import { kpiStrip } from './funnel-summary.js';
import { funnelTable } from './funnel-table.js';
import { FunnelViewModel, type Ready, type StoreSnapshot, stageAfterKey, type View } from './funnel-view.js';

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
  /**
   * Set one task after the first update: a funnel without `.data` binds to the store only then. A page script
   * right after the tag (`f.data = …`) runs after the element's first update but before the next task, and a
   * funnel given its data that way must not fetch the data layer nor create a database.
   */
  private dataSettled: boolean | 'waiting' = false;
  /** The whole-table funnel, kept incrementally from the store's snapshot. */
  private readonly feed = new FunnelFeedController(this);
  private readonly viewModel = new FunnelViewModel(this.feed);
  // Its `chart` and `palette` are what the gallery, the demo-page and theme tests and the screenshot script wait on.
  private readonly drawing = new FunnelDrawingController(
    this,
    (palette) => (this.view.kind === 'ready' ? this.bars(this.view, palette) : undefined),
    (index) => this.select(index),
  );
  private view: View = { kind: 'loading' };
  private busy = false;
  private inputs: unknown[] = [];

  protected override willUpdate(): void {
    if (this.data === undefined && !this.live) {
      if (this.dataSettled !== true) {
        if (!this.dataSettled) {
          this.dataSettled = 'waiting';
          setTimeout(() => {
            this.dataSettled = true;
            this.requestUpdate();
          });
        }
        return;
      }
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
      if (!pending) {
        this.view = this.viewModel.compute({
          measure: this.measure,
          settings: this.settings,
          data: this.data,
          customers: this.customers,
          live: this.live,
        });
      }
      this.busy = pending || (this.data === undefined && this.feed.building && this.view.kind === 'ready');
    }
    super.update(changed);
  }

  private get needsCustomers(): boolean {
    return !!(parseList(this.tier) || parseList(this.industry) || parseList(this.group) || parseList(this.channel));
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

  // ---- chart --------------------------------------------------------------------------------------------

  private bars(view: Ready, palette: Palette): FunnelBars {
    const rows = view.result.stages;
    const measure = parseMeasure(this.measure);
    const f = new FunnelFormat(this.localize, view, this.localize.strings(funnelChartStrings));
    return {
      labels: rows.map((row) => f.stageName(row)),
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
    const next = stageAfterKey(event.key, this.activeIndex(count), count);
    if (next === undefined) return;
    event.preventDefault();
    this.activeStage = next;
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
        const f = new FunnelFormat(this.localize, view, this.localize.strings(funnelChartStrings));
        const head = view.partial
          ? html`<p part="status" role="status">${t.loadingDetails}</p>`
          : html`${this.renderSummary(view, f)} ${funnelNotes(view, f, this.localize.locale)}`;
        return html`${head} ${this.renderChart(view, title, f)}
          <div
            class="table-box ${this.showTable ? '' : 'visually-hidden'}"
            role="region"
            aria-label=${t.table}
            tabindex=${this.showTable ? '0' : nothing}
          >
            ${funnelTable(view, title, f)}
          </div>`;
      }
    }
  }

  private renderSummary(view: Ready, f: FunnelFormat) {
    return kpiStrip(view.result, f.t, {
      money: (amount) => f.money(amount, view.result.currency, true),
      percent: (ratio) => f.percent(ratio),
      number: (value) => f.number(value),
      comma: f.comma,
    });
  }

  private renderChart(view: Ready, title: string, f: FunnelFormat) {
    const t = f.t;
    const rows = view.result.stages;
    const active = this.activeIndex(rows.length);
    const currency = view.result.currency;
    const measure = parseMeasure(this.measure);
    const description = t.chartLabel(
      title,
      t.byMeasure[measure],
      rows.map((row) => `${f.stageName(row)} ${f.measureText(row, measure)}`).join(', '),
      view.result.lost.count ? t.chartLost(f.number(view.result.lost.count)) : '',
    );
    const flowOf = (row: FunnelStageRow, last: boolean) =>
      view.partial
        ? ''
        : [
            ...(last ? [] : [t.toNext(f.percent(row.conversionToNext))]),
            t.fromFirst(f.percent(row.conversionFromFirst)),
            ...(last ? [] : [t.dropped(f.number(row.dropOff))]),
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
          const name = f.stageName(row);
          const figure = f.measureText(row, measure);
          // The other measure beside the one that sizes the shape: amount for deal counts, deals for amounts.
          const other = measure === 'count' ? f.money(row.amount, currency, true) : t.deals(f.number(row.count));
          const fromFirst = view.partial ? '' : t.fromFirst(f.percent(row.conversionFromFirst));
          return {
            name,
            figure,
            detail: [other, fromFirst].filter(Boolean).join(' · '),
            value: measureValue(row, measure),
            won: row.kind === 'won',
            flow: last || view.partial ? undefined : t.flow(f.percent(row.conversionToNext), f.number(row.dropOff)),
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
          const name = f.stageName(row);
          const figure = f.measureText(row, measure);
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
      <div class="canvas-box" @transitionrun=${this.drawing.onSwatchChange}>
        <canvas part="canvas" role="img" aria-label=${description}></canvas>
        <span class="swatch bar"></span><span class="swatch won"></span><span class="swatch active"></span>
      </div>
    </div>`;
  }

  /** The `shape` attribute, anything unknown read as the default bars. */
  private get shapeOf(): 'bars' | 'funnel' {
    return this.shape === 'funnel' ? 'funnel' : 'bars';
  }
}

CrmFunnelChart.define('crm-funnel-chart');
