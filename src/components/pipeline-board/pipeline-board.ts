import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { RateTable } from '../../core/money.js';
import { type MoveKind, reopenStage } from '../../core/pipeline.js';
import type { Customer, Opportunity } from '../../data/model.js';
import type { CrmStore } from '../../data/store.js';
import { CrmElement } from '../../internal/crm-element.js';
import { formStyles } from '../../internal/form-styles.js';
import { paren } from '../../internal/format.js';
import { groupMembers, jsonAttribute, parseFilters, parseList } from '../../internal/opportunity-filters.js';
import { stageLabel } from '../../internal/stage-label.js';
import '../../internal/stage-path.js';
import { LiveDataController } from '../../internal/store-context.js';
import { funnelChartStrings } from '../funnel-chart/funnel-chart.strings.js';
import { BoardMoves, type BoardNotice } from './board-controller.js';
import {
  type BoardCard,
  type BoardColumn,
  type BoardStage,
  boardStages,
  buildColumns,
  filterDeals,
} from './board-model.js';
import { closingForm } from './closing-form.js';
import { pipelineBoardStrings } from './pipeline-board.strings.js';
import { pipelineBoardStyles } from './pipeline-board.styles.js';

export interface DealMoveDetail {
  opportunityId: string;
  from: string;
  to: string;
  kind: MoveKind;
  opportunity: Opportunity;
}

export interface DealConflictDetail {
  opportunityId: string;
  /** The stage the user asked for (not applied). */
  attempted: string;
  /** The record as it is now, changed elsewhere (undefined: deleted). */
  current: Opportunity | undefined;
}

declare global {
  interface HTMLElementTagNameMap {
    'crm-pipeline-board': CrmPipelineBoard;
  }
  interface GlobalEventHandlersEventMap {
    'crm-deal-move': CustomEvent<DealMoveDetail>;
    'crm-deal-conflict': CustomEvent<DealConflictDetail>;
  }
}

type Strings = (typeof pipelineBoardStrings)['en'];

interface Snapshot {
  stages: BoardStage[];
  customers: Customer[];
  opportunities: Opportunity[];
}

type View =
  | { kind: 'loading' }
  | { kind: 'error'; message: string; retry: boolean }
  | { kind: 'ready'; stages: BoardStage[]; columns: BoardColumn[]; customers: Customer[]; total: number };

/**
 * `<crm-opportunity-form>` (new and edit deal) is defined when a board first opens it: boards that are only
 * looked at never download it. The panel appears once it is defined (nothing shows in its place before).
 */
let formDefined = false;
let formLoad: Promise<void> | undefined;
const loadForm = () =>
  (formLoad ??= import('./opportunity-form.js').then(
    () => {
      formDefined = true;
    },
    (error: unknown) => {
      formLoad = undefined;
      throw error;
    },
  ));

/**
 * @tag crm-pipeline-board
 * @summary Opportunities as cards in stage columns (the funnel's stages), with totals per column; move deals by
 * drag and drop or keyboard, close them won or lost with a reason, reopen, create and edit. Live across
 * widgets and tabs; every move appends to the stage history.
 *
 * Keyboard: focus a card, Space picks it up, Left/Right choose the column, Enter drops, Escape cancels; Up/Down
 * go through a column. Moves are announced to screen readers. Two tabs moving the same deal: the second move
 * is not written and a conflict is shown with "apply my move anyway".
 *
 * @fires crm-deal-move - A deal was moved, won, lost or reopened: `{ opportunityId, from, to, kind, opportunity }`.
 * @fires crm-deal-conflict - A move met a newer version of the deal: `{ opportunityId, attempted, current }`.
 * @fires crm-deal-save - From the opportunity form: `{ opportunity, created }`.
 *
 * @csspart base - The whole board.
 * @csspart header - Title and the "new opportunity" button.
 * @csspart columns - The columns (a list on narrow screens).
 * @csspart column - One stage column (also `target` while it is the keyboard or drag target).
 * @csspart target - The column a deal is being moved to (keyboard or drag), beside `column`.
 * @csspart totals - A column's count, amount and weighted amount.
 * @csspart cards - A column's list of cards.
 * @csspart card - One opportunity card.
 * @csspart panel - The action bar, the won/lost reason form and the conflict message (also `conflict`, `error`).
 * @csspart conflict - The message that the deal was changed elsewhere, beside `panel`.
 * @csspart error - A move that could not be saved, or a reason that is required, beside `panel`.
 * @csspart path - The selected deal's stage path (`<crm-stage-path>`: its stages as chevrons, current highlighted).
 * @csspart announcer - The live region announcing moves (visually hidden).
 *
 * @cssprop --crm-board-column-width - Minimum column width (default 13rem: six stages fit 1280 px).
 * @cssprop --crm-board-column-bg - Column background.
 * @cssprop --crm-board-card-bg - Card background.
 * @cssprop --crm-board-font-size - Font size (default 0.875rem).
 * @cssprop --crm-color-accent - Selection and buttons.
 * @cssprop --crm-color-danger - Overdue dates and errors.
 */
export class CrmPipelineBoard extends CrmElement {
  static override translations = [funnelChartStrings, pipelineBoardStrings];
  static override styles = [CrmElement.styles, formStyles, pipelineBoardStyles];

  /** Owner filter (comma-separated). */
  @property() owner?: string;
  /** Account filter: customer id(s), comma-separated. */
  @property() account?: string;
  /** Group filter: a head customer id (or several); includes every subsidiary. */
  @property() group?: string;
  /** Tier filter (A1, B2, …; comma-separated). */
  @property() tier?: string;
  @property() team?: string;
  @property() industry?: string;
  @property() channel?: string;
  /** Period: `2026-Q4`, `2026-11`, `2026`, a day or a range, as in the funnel. */
  @property() period?: string;
  @property({ attribute: 'period-field' }) periodField?: 'created' | 'expected-close';
  /** Reporting currency of the column totals (default CNY). */
  @property() currency = 'CNY';
  /** Dated exchange rates for the totals (property, or JSON attribute). */
  @property({ converter: jsonAttribute }) rates?: RateTable;
  /** Stages (default: the store's stage table, else the default pipeline), like the funnel. */
  @property({ converter: jsonAttribute }) stages?: readonly BoardStage[];
  /** Lost reasons to choose from (comma-separated attribute or array); empty: free text. */
  @property({ attribute: 'lost-reasons', converter: { fromAttribute: (v: string | null) => parseList(v ?? '') } })
  lostReasons?: readonly string[];
  /** Who is using the board: recorded in the stage history and the default owner of new deals. */
  @property() user?: string;
  /** Cards shown per column before "show more" (keeps 5,000 deals fast). */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 30;
  /** Reference time for age in stage (ISO); default now. */
  @property() now?: string;
  @property({ type: Boolean }) readonly = false;
  /** A store instead of the context one. */
  @property({ attribute: false }) store?: CrmStore;

  @state() private selectedId: string | undefined;
  @state() private focusId: string | undefined;
  @state() private announcement = '';
  @state() private shown: Record<string, number> = {};
  @state() private form: { opportunity?: Opportunity } | undefined;
  @state() private dragTarget: string | undefined;
  @state() private failure: string | undefined;

  private readonly live = new LiveDataController<Snapshot, readonly [string | undefined, string | undefined]>(this, {
    args: () => [this.owner, this.account] as const,
    query: async (store, owner, account) => {
      const stages = (await store.stages.list({ orderBy: 'order' })) as BoardStage[];
      const customers = await store.customers.list();
      const owners = parseList(owner);
      const accounts = parseList(account);
      // An index narrows the read; the shared filters are applied to every deal anyway.
      const opportunities = await store.opportunities.list(
        owners ? { where: { owner: owners } } : accounts ? { where: { customerId: accounts } } : {},
      );
      return { stages, customers, opportunities };
    },
    store: () => this.store,
  });

  readonly moves = new BoardMoves({
    store: () => this.live.store,
    stages: () => (this.view.kind === 'ready' ? this.view.stages : []),
    user: () => this.user,
    lostReasons: () => this.lostReasons ?? [],
    now: () => new Date().toISOString(),
    changed: (notice) => this.onMoves(notice),
  });

  private view: View = { kind: 'loading' };
  private inputs: unknown[] = [];

  protected override update(changed: PropertyValues): void {
    const inputs: unknown[] = [this.live.status, this.live.value, this.group, this.tier, this.team, this.industry];
    inputs.push(this.channel, this.period, this.periodField, this.currency, this.rates, this.stages, this.now);
    inputs.push(this.owner, this.account);
    if (inputs.some((v, i) => !Object.is(v, this.inputs[i]))) {
      this.inputs = inputs;
      this.view = this.computeView();
    }
    super.update(changed);
  }

  private get nowMs(): number {
    const t = this.now ? Date.parse(this.now) : Number.NaN;
    return Number.isNaN(t) ? Date.now() : t;
  }

  private computeView(): View {
    const live = this.live;
    if (live.status === 'error') {
      return {
        kind: 'error',
        message: live.error instanceof Error ? live.error.message : String(live.error),
        retry: true,
      };
    }
    if (live.status !== 'complete' || !live.value) return { kind: 'loading' };
    let deals: Opportunity[] = [];
    try {
      const { customers, opportunities } = live.value;
      const stages = boardStages(live.value.stages, this.stages);
      deals = filterDeals(opportunities, customers, this);
      const columns = buildColumns(deals, stages, customers, {
        currency: this.currency,
        rates: this.rates,
        now: this.nowMs,
      });
      return { kind: 'ready', stages, columns, customers, total: deals.length };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      // The engine names a deal by its index: add its id so the reader can find it.
      const at = /^opportunities\[(\d+)\]/.exec(message);
      const id = at && deals[Number(at[1])]?.id;
      return { kind: 'error', message: id ? `${message} (opportunity "${id}")` : message, retry: false };
    }
  }

  private stageName(id: string): string {
    const stage = this.view.kind === 'ready' ? this.view.stages.find((s) => s.id === id) : undefined;
    if (!stage) return id;
    return stageLabel(stage, this.localize.lang);
  }

  /** Exact on cards (a deal's own figure), compact in column totals (read at a glance; exact in the tooltip). */
  private money(amount: number, currency: string, style: 'summary' | 'exact' = 'exact'): string {
    return this.localize.money(amount, currency, style);
  }

  private deal(id: string | undefined): Opportunity | undefined {
    if (!id || this.view.kind !== 'ready') return undefined;
    for (const column of this.view.columns) {
      const card = column.cards.find((c) => c.opportunity.id === id);
      if (card) return card.opportunity;
    }
    return undefined;
  }

  /** Set when won/lost starts asking for a reason: focus goes to the reason field once it is drawn. */
  private focusReason = false;
  private lastState: BoardMoves['state']['kind'] = 'idle';

  private onMoves(notice: BoardNotice | undefined): void {
    this.requestUpdate();
    const kind = this.moves.state.kind;
    if (kind === 'closing' && this.lastState !== 'closing') this.focusReason = true;
    this.lastState = kind;
    if (!notice) return;
    const t = this.localize.strings(pipelineBoardStrings);
    const name = notice.deal.name;
    switch (notice.type) {
      case 'picked':
        this.announce(t.picked(name, this.stageName(notice.stage)));
        break;
      case 'target':
        this.announce(t.target(this.stageName(notice.stage)));
        break;
      case 'cancelled':
        this.announce(t.cancelled(name));
        this.focusCard(notice.deal.id);
        break;
      case 'refused':
        this.announce(t.refusal[notice.refusal]);
        break;
      case 'failed':
        this.failure = t.failed(name, notice.message);
        this.announce(this.failure);
        break;
      case 'conflict':
        this.emit('crm-deal-conflict', {
          opportunityId: notice.deal.id,
          attempted: notice.to,
          current: notice.current,
        });
        break;
      case 'moved': {
        const to = this.stageName(notice.to);
        const text =
          notice.kind === 'won'
            ? t.won(name)
            : notice.kind === 'lost'
              ? t.lost(name)
              : notice.kind === 'reopen'
                ? t.reopened(name, to)
                : t.moved(name, this.stageName(notice.from), to);
        this.announce(text);
        this.focusId = notice.deal.id;
        // Focus follows the card once the live query has put it in its new column.
        this.pendingFocus = { id: notice.deal.id, stage: notice.to };
        this.emit('crm-deal-move', {
          opportunityId: notice.deal.id,
          from: notice.from,
          to: notice.to,
          kind: notice.kind,
          opportunity: notice.deal,
        });
        break;
      }
    }
  }

  private announce(text: string): void {
    // Same text twice in a row is still announced: clear, then set on the next frame.
    this.announcement = '';
    requestAnimationFrame(() => {
      this.announcement = text;
    });
  }

  protected override render() {
    const t = this.localize.strings(pipelineBoardStrings);
    const view = this.view;
    if (view.kind === 'loading') return html`<p part="base" role="status">${t.loading}</p>`;
    if (view.kind === 'error') {
      return html`<div part="base panel error" role="alert">
        <p>${t.error(view.message)}</p>
        ${view.retry ? html`<button type="button" @click=${() => this.live.retry()}>${t.retry}</button>` : nothing}
      </div>`;
    }
    const canEdit = !this.readonly && !!this.live.store;
    return html`<section part="base" aria-labelledby="title">
      <div part="header">
        <div class="title" id="title" role="heading" aria-level="2">${t.title}</div>
        ${canEdit ? html`<button type="button" class="primary" data-action="new" @click=${() => this.openForm()}>${t.newDeal}</button>` : nothing}
      </div>
      <p id="instructions" class="sr-only">${t.instructions}</p>
      <div part="announcer" class="sr-only" role="status" aria-live="polite">${this.announcement}</div>
      ${this.renderPanels(t, canEdit)}
      ${view.total === 0 ? html`<p role="status">${this.emptyText(t)}</p>` : nothing}
      <div part="columns">${view.columns.map((column) => this.renderColumn(t, column, canEdit))}</div>
    </section>`;
  }

  private emptyText(t: Strings): string {
    const names = this.localize.strings(funnelChartStrings).filterNames;
    const applied = parseFilters(this).applied.map((f) => `${names[f.key]} ${f.value}`);
    if (this.account) applied.push(`${t.accountFilter} ${this.account}`);
    return applied.length ? t.emptyFiltered(applied.join(', ')) : t.empty;
  }

  private renderColumn(t: Strings, column: BoardColumn, canEdit: boolean) {
    const { stage, cards, totals } = column;
    const name = this.stageName(stage.id);
    const n = (v: number) => this.localize.number(v);
    const state = this.moves.state;
    const target = (state.kind === 'picked' && state.target === stage.id) || this.dragTarget === stage.id;
    const limit = this.shown[stage.id] ?? this.pageSize;
    const visible = cards.slice(0, limit);
    return html`<section
      part=${target ? 'column target' : 'column'}
      class="kind-${stage.kind} ${target ? 'target' : ''}"
      data-stage=${stage.id}
      aria-labelledby=${`col-${stage.id}`}
      @dragover=${(e: DragEvent) => this.onDragOver(e, stage.id)}
      @dragleave=${() => this.onDragLeave(stage.id)}
      @drop=${(e: DragEvent) => this.onDrop(e, stage.id)}
    >
      <div class="column-head">
        <div class="column-title" role="heading" aria-level="3" id=${`col-${stage.id}`}>${name}</div>
        <span class="count" aria-hidden="true">${n(totals.count)}</span>
      </div>
      <p
        part="totals"
        title=${t.totals(t.deals(n(totals.count)), this.money(totals.amount, this.currency), this.money(totals.weighted, this.currency))}
      >
        ${t.totals(
          t.deals(n(totals.count)),
          this.money(totals.amount, this.currency, 'summary'),
          this.money(totals.weighted, this.currency, 'summary'),
        )}
        ${totals.unconverted.map((u) => html`<br />${t.notConverted(n(u.count), this.money(u.amount, u.currency, 'summary'))}`)}
      </p>
      <ul part="cards" role="list" aria-label=${t.columnLabel(name, t.deals(n(cards.length)))}>
        ${visible.map((card) => this.renderCard(t, card, canEdit))}
      </ul>
      ${
        cards.length > visible.length
          ? html`<button type="button" data-more=${stage.id} @click=${() => this.showMore(stage.id, limit)}>
              ${t.showMore(n(visible.length), n(cards.length))}
            </button>`
          : nothing
      }
    </section>`;
  }

  private renderCard(t: Strings, card: BoardCard, canEdit: boolean) {
    const o = card.opportunity;
    const state = this.moves.state;
    const picked = state.kind === 'picked' && state.base.id === o.id;
    const selected = this.selectedId === o.id;
    const amount = this.money(o.amount, o.currency);
    const date = o.expectedClose ?? t.noDate;
    const focusable = o.id === (this.focusId ?? this.firstDealId());
    const classes = ['card', selected ? 'selected' : '', picked ? 'picked' : ''].join(' ');
    return html`<li
      part="card"
      class=${classes}
      data-id=${o.id}
      tabindex=${focusable ? '0' : '-1'}
      draggable=${canEdit ? 'true' : 'false'}
      aria-label=${t.cardLabel(o.name, card.customerName, amount)}
      aria-describedby=${canEdit ? 'instructions' : nothing}
      @click=${() => this.select(o.id)}
      @focus=${() => {
        this.focusId = o.id;
      }}
      @keydown=${(e: KeyboardEvent) => this.onCardKey(e, o, canEdit)}
      @dragstart=${(e: DragEvent) => this.onDragStart(e, o)}
      @dragend=${() => {
        this.dragTarget = undefined;
      }}
    >
      <div class="deal-name">${o.name}</div>
      <div class="customer">${card.customerName}</div>
      <div class="amount">${amount}</div>
      <dl class="facts">
        <div><dt>${t.probability}</dt><dd>${this.localize.number(card.probability / 100, { style: 'percent', maximumFractionDigits: 2 })}</dd></div>
        <div><dt>${t.expectedClose}</dt><dd class=${card.overdue ? 'overdue' : ''}>${date}${card.overdue ? paren(t.overdue, this.localize.locale) : ''}</dd></div>
        <div><dt>${t.owner}</dt><dd>${o.owner ?? '—'}</dd></div>
        <div><dt>${t.age}</dt><dd>${card.ageDays === null ? '—' : t.days(this.localize.number(card.ageDays))}</dd></div>
      </dl>
    </li>`;
  }

  private firstDealId(): string | undefined {
    if (this.view.kind !== 'ready') return undefined;
    return this.view.columns.find((c) => c.cards.length)?.cards[0]?.opportunity.id;
  }

  private renderPanels(t: Strings, canEdit: boolean) {
    const state = this.moves.state;
    const parts = [];
    if (this.failure) {
      parts.push(html`<div part="panel error" role="alert">${this.failure}
        <button type="button" @click=${() => {
          this.failure = undefined;
        }}>${t.close}</button></div>`);
    }
    if (state.kind === 'conflict') {
      const text = state.current
        ? t.conflict(state.base.name, this.stageName(state.current.stage), this.stageName(state.to))
        : t.conflictGone(state.base.name);
      parts.push(html`<div part="panel conflict" role="alert">
        <span>${text}</span>
        ${state.current ? html`<button type="button" data-action="apply-anyway" @click=${() => this.moves.applyAnyway()}>${t.applyAnyway}</button>` : nothing}
        <button type="button" data-action="keep-theirs" @click=${() => this.moves.cancel()}>${t.keepTheirs}</button>
      </div>`);
    }
    if (state.kind === 'closing') {
      const kind = this.view.kind === 'ready' ? this.view.stages.find((s) => s.id === state.to)?.kind : undefined;
      const reasons = kind === 'lost' ? (this.lostReasons ?? []) : [];
      parts.push(
        closingForm(t, state, this.moves, { lost: kind === 'lost', reasons, stage: this.stageName(state.to) }),
      );
    }
    const selected = this.deal(this.selectedId);
    if (selected && canEdit && state.kind !== 'closing') parts.push(this.renderActions(t, selected));
    if (this.form && this.view.kind === 'ready' && formDefined) {
      parts.push(html`<crm-opportunity-form
        part="panel"
        .store=${this.live.store}
        .opportunity=${this.form.opportunity}
        .stages=${this.view.stages}
        .customers=${this.accountsInScope()}
        .user=${this.user}
        @crm-deal-save=${(e: CustomEvent<{ opportunity: Opportunity }>) => {
          this.form = undefined;
          this.announce(t.form.saved(e.detail.opportunity.name));
        }}
        @crm-form-cancel=${() => {
          this.form = undefined;
        }}
      ></crm-opportunity-form>`);
    }
    return parts;
  }

  private accountsInScope(): Customer[] {
    if (this.view.kind !== 'ready') return [];
    const customers = this.view.customers;
    const accounts = parseList(this.account);
    if (accounts) return customers.filter((c) => accounts.includes(c.id));
    const group = parseList(this.group);
    if (!group) return customers;
    try {
      const members = groupMembers(customers, group);
      return customers.filter((c) => members.has(c.id));
    } catch {
      return customers;
    }
  }

  private renderActions(t: Strings, deal: Opportunity) {
    const stages = this.view.kind === 'ready' ? this.view.stages : [];
    const current = stages.find((s) => s.id === deal.stage);
    const open = current?.kind === 'open';
    const won = stages.find((s) => s.kind === 'won');
    const lost = stages.find((s) => s.kind === 'lost');
    const targets = stages.filter((s) => s.kind === 'open' && s.id !== deal.stage);
    return html`<div part="panel" role="group" aria-label=${t.selected(deal.name)}>
      <strong>${t.selected(deal.name)}</strong>
      <crm-stage-path
        part="path"
        .stages=${stages.map((s) => ({ id: s.id, label: this.stageName(s.id), kind: s.kind }))}
        current=${deal.stage}
        .reached=${(deal.stageHistory ?? []).map((h) => h.stage)}
      ></crm-stage-path>
      ${
        open
          ? html`<label>${t.moveTo}
              <select data-field="move-to">
                ${targets.map((s) => html`<option value=${s.id}>${this.stageName(s.id)}</option>`)}
              </select></label>
              <button type="button" data-action="move" @click=${() => this.moveSelected(deal)}>${t.move}</button>
              ${won ? html`<button type="button" data-action="won" @click=${() => this.moves.request(deal, won.id)}>${t.markWon}</button>` : nothing}
              ${lost ? html`<button type="button" data-action="lost" @click=${() => this.moves.request(deal, lost.id)}>${t.markLost}</button>` : nothing}`
          : html`<button type="button" data-action="reopen" @click=${() => this.moves.reopen(deal, reopenStage(deal, stages).id)}>
              ${t.reopen}
            </button>`
      }
      <button type="button" data-action="edit" @click=${() => this.openForm(deal)}>${t.edit}</button>
      <button type="button" @click=${() => {
        this.selectedId = undefined;
      }}>${t.close}</button>
    </div>`;
  }

  private pendingFocus: { id: string; stage: string } | undefined;

  protected override updated(): void {
    const pending = this.pendingFocus;
    if (pending) {
      const moved = this.renderRoot.querySelector<HTMLElement>(
        `[data-stage="${CSS.escape(pending.stage)}"] [data-id="${CSS.escape(pending.id)}"]`,
      );
      if (moved) {
        this.pendingFocus = undefined;
        moved.focus();
      }
    }
    if (this.focusReason) {
      const input = this.renderRoot.querySelector<HTMLElement>('[data-field="reason"]');
      if (input) {
        this.focusReason = false;
        input.focus();
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Interaction

  private select(id: string): void {
    this.selectedId = id;
    this.focusId = id;
  }

  private moveSelected(deal: Opportunity): void {
    const select = this.renderRoot.querySelector<HTMLSelectElement>('[data-field="move-to"]');
    if (select?.value) this.moves.request(deal, select.value);
  }

  private openForm(opportunity?: Opportunity): void {
    this.form = { opportunity };
    if (!formDefined) {
      loadForm().then(
        () => this.requestUpdate(),
        (error: unknown) => this.reportLoadFailure('the opportunity form', error),
      );
    }
  }

  private showMore(stage: string, limit: number): void {
    this.shown = { ...this.shown, [stage]: limit + this.pageSize };
  }

  private onCardKey(event: KeyboardEvent, deal: Opportunity, canEdit: boolean): void {
    const state = this.moves.state;
    const picked = state.kind === 'picked' && state.base.id === deal.id;
    const key = event.key;
    let handled = true;
    if (picked) {
      if (key === 'ArrowLeft') this.moves.retarget(-1);
      else if (key === 'ArrowRight') this.moves.retarget(1);
      else if (key === 'Enter' || key === ' ') this.moves.confirm();
      else if (key === 'Escape') this.moves.cancel();
      else handled = false;
    } else if ((key === ' ' || key === 'Enter') && canEdit) {
      this.select(deal.id);
      this.moves.pick(deal);
    } else if (key === 'ArrowDown' || key === 'ArrowUp') this.focusNeighbour(deal.id, 0, key === 'ArrowDown' ? 1 : -1);
    else if (key === 'ArrowLeft' || key === 'ArrowRight')
      this.focusNeighbour(deal.id, key === 'ArrowRight' ? 1 : -1, 0);
    else handled = false;
    if (handled) event.preventDefault();
  }

  private focusNeighbour(id: string, dx: number, dy: number): void {
    if (this.view.kind !== 'ready') return;
    const columns = this.view.columns;
    const ci = columns.findIndex((c) => c.cards.some((card) => card.opportunity.id === id));
    if (ci < 0) return;
    let next: string | undefined;
    if (dy) {
      const cards = columns[ci]!.cards;
      const i = cards.findIndex((c) => c.opportunity.id === id);
      const to = Math.min(cards.length - 1, Math.max(0, i + dy));
      // Arrowing past the shown cards shows the next page instead of stopping.
      const stage = columns[ci]!.stage.id;
      const limit = this.shown[stage] ?? this.pageSize;
      if (to >= limit) this.showMore(stage, limit);
      next = cards[to]?.opportunity.id;
    } else {
      for (let c = ci + dx; c >= 0 && c < columns.length && !next; c += dx) next = columns[c]!.cards[0]?.opportunity.id;
    }
    if (next) this.focusCard(next);
  }

  private focusCard(id: string): void {
    this.focusId = id;
    this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>(`[data-id="${CSS.escape(id)}"]`)?.focus(),
    );
  }

  private onDragStart(event: DragEvent, deal: Opportunity): void {
    if (this.readonly) return;
    event.dataTransfer?.setData('application/x-crm-opportunity', deal.id);
    event.dataTransfer?.setData('text/plain', deal.name);
    if (event.dataTransfer) event.dataTransfer.effectAllowed = 'move';
    this.dragging = deal;
  }

  private dragging: Opportunity | undefined;

  private onDragOver(event: DragEvent, stage: string): void {
    if (!this.dragging) return;
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'move';
    this.dragTarget = stage;
  }

  private onDragLeave(stage: string): void {
    if (this.dragTarget === stage) this.dragTarget = undefined;
  }

  private onDrop(event: DragEvent, stage: string): void {
    event.preventDefault();
    const id = event.dataTransfer?.getData('application/x-crm-opportunity') || this.dragging?.id;
    this.dragTarget = undefined;
    // The version the user started dragging is the one the conditional write checks against.
    const deal = this.dragging?.id === id ? this.dragging : this.deal(id);
    this.dragging = undefined;
    if (deal && deal.stage !== stage) {
      this.select(deal.id);
      this.moves.request(deal, stage);
    }
  }
}

CrmPipelineBoard.define('crm-pipeline-board');
