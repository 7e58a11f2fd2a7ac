import { html, nothing, type PropertyDeclarations } from 'lit';
import type { ServiceStandardTable } from '../../core/tiering.js';
import { findTier, type TierInfo, type TierScheme } from '../../core/tiers.js';
import type { CrmStore } from '../../data/store.js';
import { CrmElement } from '../../internal/crm-element.js';
import { loadMoneyPrinting } from '../../internal/localize.js';
import { colon } from '../../internal/punctuation.js';
import type { LiveDataController } from '../../internal/store-context.js';
import { tierBadgeStrings } from './tier-badge.strings.js';
import { tierBadgeStyles } from './tier-badge.styles.js';
import type { Computation, TierAccount, TierConfig, TierModel } from './tier-evaluation.js';

/**
 * The tiering engine, its default tables and the explanation card load the first time a badge computes, reads a
 * configuration or explains itself; a badge showing `tier="A1"` never downloads them.
 */
let engine: typeof import('./tier-evaluation.js') | undefined;
let explainer: typeof import('./tier-explanation.js') | undefined;
let engineLoad: Promise<void> | undefined;
/** Why the engine could not be fetched (network, a deploy without its chunk): the badges say so, once per page. */
let engineError: unknown;
const loadEngine = () =>
  (engineLoad ??= Promise.all([
    import('./tier-evaluation.js'),
    import('./tier-explanation.js'),
    loadMoneyPrinting(),
  ]).then(
    ([evaluation, explanation]) => {
      engine = evaluation;
      explainer = explanation;
    },
    (error: unknown) => {
      engineError = error;
      console.error('<crm-tier-badge>: could not load the tiering engine', error);
    },
  ));

export interface TierChangeDetail {
  /** The account's id (bound mode or the `.customer` object's id), null when it has none. */
  customerId: string | null;
  scheme: TierScheme;
  tier: string | null;
  previous: string | null;
}

declare global {
  interface HTMLElementTagNameMap {
    'crm-tier-badge': CrmTierBadge;
  }
  interface GlobalEventHandlersEventMap {
    'crm-tier-change': CustomEvent<TierChangeDetail>;
  }
}

/** What the data says beyond the code: the engine's result, or why there is none. */
interface Evaluation {
  mode: 'computed' | 'stored';
  computation?: Computation;
  /** Why the engine could not compute (computed mode falls back to the stored tier). */
  computeError?: string;
  stored?: string;
}

type BadgeState =
  | { kind: 'tier'; info: TierInfo; evaluation?: Evaluation }
  | { kind: 'points'; computation: Extract<Computation, { scheme: 'points' }>; evaluation: Evaluation }
  | { kind: 'none'; evaluation?: Evaluation }
  | { kind: 'unknown'; code: string }
  /** The `scheme` attribute names no tier scheme. */
  | { kind: 'bad-scheme'; scheme: string }
  | { kind: 'loading' | 'error' }
  | { kind: 'not-found'; id: string };

const SCHEMES: readonly string[] = ['value', 'pareto', 'stars', 'points'] satisfies TierScheme[];

interface BoundData {
  account: TierAccount | undefined;
  peers: TierAccount[];
}

/**
 * @tag crm-tier-badge
 * @summary An account's tier (A1/A2/B1/B2/C, 3–7 stars, Pareto A/B/C, loyalty points) with its localised name,
 * coloured by tier, and an explanation: score breakdown, threshold crossed and the service standard it entitles to.
 *
 * Presentational with `tier="A1"` (or a plain `.customer` object), or bound with `customer-id="…"`: then it reads
 * the account live from the store. With `scheme` and account data it computes the tier with the tiering engine;
 * without `scheme` it shows the stored tier. Hover or focus opens the explanation; Escape closes it.
 *
 * The model and the service-standard table come from the `.model` / `.standards` properties, else from a
 * `<script type="application/json">{ "model": {…}, "standards": {…} }</script>` child, else the core defaults.
 *
 * @slot - Only a `<script type="application/json">` configuration child; nothing is rendered from it.
 * @csspart base - The pill (a button when there is an explanation).
 * @csspart code - The tier code (A1, 5star, …).
 * @csspart name - The localised tier name.
 * @csspart explanation - The explanation card (a native popover in the top layer, so no container clips it).
 *
 * Star levels show as ★ glyphs (the accessible name says the level in words); loyalty points as a number with
 * its unit. Keyboard: a badge with an explanation is one tab stop; `plain` badges and badges with nothing to
 * explain are not focusable.
 *
 * @cssprop [--crm-tier-a1=#a4262c] - Colour of A1 (and Pareto A).
 * @cssprop [--crm-tier-a2=#8a4b00] - Colour of A2.
 * @cssprop [--crm-tier-b1=#1d4f91] - Colour of B1 (and Pareto B).
 * @cssprop [--crm-tier-b2=#2b6a4b] - Colour of B2.
 * @cssprop [--crm-tier-c=#57606a] - Colour of C (and Pareto C).
 * @cssprop [--crm-tier-stars=#6b4f00] - Colour of star levels.
 * @cssprop [--crm-tier-points=#5a3e8c] - Colour of loyalty points.
 * @cssprop [--crm-tier-text=#ffffff] - Text colour on the tier colours.
 * @cssprop [--crm-tier-badge-font-size=var(--crm-font-size-sm)] - Font size.
 * @cssprop [--crm-popup-bg=var(--crm-color-surface)] - Background of the explanation.
 * @cssprop [--crm-focus-ring=light-dark(#0b5cad, #79c0ff)] - Focus outline colour.
 *
 * @fires crm-tier-change - A recomputation gave another tier: `{ customerId, scheme, tier, previous }`.
 */
export class CrmTierBadge extends CrmElement {
  static override translations = [tierBadgeStrings];
  // Declared here rather than by decorators, so the badge's page loads no decorator code (the fields below say what each is).
  static override properties: PropertyDeclarations = {
    tier: { reflect: true },
    scheme: {},
    customerId: { attribute: 'customer-id' },
    hideName: { type: Boolean, attribute: 'hide-name' },
    plain: { type: Boolean, reflect: true },
    customer: { attribute: false },
    peers: { attribute: false },
    model: { attribute: false },
    standards: { attribute: false },
    store: { attribute: false },
    open: { state: true, attribute: false },
    childConfig: { state: true, attribute: false },
  };
  static override styles = [CrmElement.styles, tierBadgeStyles];
  /** Only the explanation prints money (a point's value); it loads money printing with the engine. */
  static override printsMoney = false;

  /** Tier code to show (presentational mode). Ignored when `customer-id` or `.customer` is set. */
  tier?: string;

  /**
   * With account data: compute the tier in this scheme (`value`, `pareto`, `stars`, `points`). With `tier` only:
   * how to read an ambiguous code (`C` is the value tier C unless `scheme="pareto"`).
   */
  scheme?: TierScheme;

  /** Bound mode: the account whose tier is shown, live. */
  customerId?: string;

  /** Shows only the code; the name stays in the accessible label. */
  hideName = false;

  /**
   * A plain label: no explanation to open, so not a tab stop (for badges repeated in lists and tables, where
   * one stop per row would make reaching the next row take many Tabs). Without it, a badge with an
   * explanation is one tab stop, and a badge with nothing to explain is never focusable.
   */
  plain = false;

  /** A plain account object (a stored customer fits) to show or compute from without any store. */
  customer?: TierAccount;

  /** Pareto peers for a `.customer` object (bound mode ranks within the account's group). */
  peers?: readonly TierAccount[];

  /** The tiering model per scheme (`{ value, pareto, stars, points }`); default the core models. */
  model?: TierModel;

  /** Service standard per scheme and tier; default `DEFAULT_SERVICE_STANDARDS`. */
  standards?: ServiceStandardTable;

  /** A store to read from instead of the one provided by context. */
  store?: CrmStore;

  private open = false;
  private childConfig: TierConfig | undefined;

  /**
   * Bound mode's live data. Its controller's module loads with the first badge given a `customer-id`, so a page of
   * presentational badges never downloads it. The update that first needs it waits for it, so the badge is
   * subscribed when that update completes.
   */
  private data: LiveDataController<BoundData, readonly [string | undefined, TierScheme | undefined]> | undefined;
  private dataLoad: Promise<void> | undefined;
  private dataFailed = false;

  private bindData(): Promise<void> {
    this.dataLoad ??= import('../../internal/store-context.js').then(
      ({ LiveDataController }) => {
        // A connected host connects the controller at once; it subscribes and requests the update.
        this.data = new LiveDataController(this, {
          args: () => [this.customerId, this.scheme] as const,
          skip: (id) => !id,
          query: async (store, id, scheme): Promise<BoundData> => {
            const account = await store.customers.get(id!);
            // Pareto peers: the account's group (bounded parentId lookups), never the whole table.
            const peers =
              account && (scheme ?? account.tierScheme) === 'pareto'
                ? (await (await import('./group-query.js')).loadGroup(store, account)).members
                : [];
            return { account, peers };
          },
          store: () => this.store,
        });
      },
      (error: unknown) => {
        this.dataFailed = true;
        this.reportLoadFailure('the data binding', error);
      },
    );
    return this.dataLoad;
  }

  // biome-ignore lint/suspicious/noConfusingVoidType: Lit's own signature.
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (this.customerId && !this.data && !this.dataFailed) return this.bindData().then(() => super.scheduleUpdate());
    return super.scheduleUpdate();
  }

  private view: BadgeState = { kind: 'none' };
  private warnedCode: string | undefined;
  private warnedConfig: string | undefined;
  private lastComputed: { key: string; code: string | null } | undefined;
  private pinned = false;
  private hovered = false;
  private pointerFocus = false;
  private childObserver: MutationObserver | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    this.readChildConfig();
    // The parser may add the configuration child after the element upgraded.
    this.childObserver = new MutationObserver(() => this.readChildConfig());
    this.childObserver.observe(this, { childList: true, subtree: true, characterData: true });
    this.addEventListener('mouseenter', this.onEnter);
    this.addEventListener('mouseleave', this.onLeave);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.childObserver?.disconnect();
    this.removeEventListener('mouseenter', this.onEnter);
    this.removeEventListener('mouseleave', this.onLeave);
  }

  private get tierModel(): TierModel {
    return this.model ?? this.childConfig?.model ?? {};
  }

  private get standardTable(): ServiceStandardTable | undefined {
    return this.standards ?? this.childConfig?.standards;
  }

  private readChildConfig(): void {
    const script = this.querySelector(':scope > script[type="application/json"]');
    if (!script) {
      this.childConfig = undefined;
      return;
    }
    if (!engine) {
      loadEngine().then(() => engine && this.readChildConfig());
      return;
    }
    const text = script.textContent ?? '';
    const parsed = engine.parseTierConfig(text);
    if ('config' in parsed) {
      this.childConfig = parsed.config;
    } else if (text !== this.warnedConfig) {
      this.warnedConfig = text;
      this.childConfig = undefined;
      console.warn(`<crm-tier-badge>: configuration script ignored, ${parsed.error}; using the default model.`);
    }
  }

  protected override willUpdate(): void {
    this.view = this.computeState();
  }

  private computeState(): BadgeState {
    if (this.scheme !== undefined && !SCHEMES.includes(this.scheme)) return { kind: 'bad-scheme', scheme: this.scheme };
    let account = this.customer;
    let peers = this.peers ?? [];
    if (this.customerId) {
      // No controller only when its module could not be fetched (updates wait for it).
      if (!this.data) return { kind: 'error' };
      const { status, value } = this.data;
      if (status === 'error') return { kind: 'error' };
      if (status !== 'complete') return { kind: 'loading' };
      if (!value?.account) return { kind: 'not-found', id: this.customerId };
      account = value.account;
      peers = value.peers;
    }
    if (!account) return this.codeState(this.tier, this.scheme);
    if (!engine) {
      // A stored tier shows at once; what the engine adds to it (the explanation) loads when the explanation
      // opens. A computed tier, or an account with none stored, needs the engine now.
      if (!this.scheme && account.tier) {
        return this.codeState(account.tier, account.tierScheme, { mode: 'stored', stored: account.tier });
      }
      if (engineError) return { kind: 'error' };
      loadEngine().then(() => engine && this.requestUpdate());
      return { kind: 'loading' };
    }
    return this.scheme ? this.computedState(account, this.scheme, peers) : this.storedState(account, peers);
  }

  private codeState(code: string | undefined, scheme: TierScheme | undefined, evaluation?: Evaluation): BadgeState {
    if (!code) return { kind: 'none', evaluation };
    const info = findTier(code, scheme);
    return info ? { kind: 'tier', info, evaluation } : { kind: 'unknown', code };
  }

  private computedState(account: TierAccount, scheme: TierScheme, peers: readonly TierAccount[]): BadgeState {
    try {
      const computation = engine!.computeTier(account, scheme, this.tierModel, peers);
      const evaluation: Evaluation = { mode: 'computed', computation, stored: account.tier };
      if (computation.scheme === 'points') return { kind: 'points', computation, evaluation };
      return this.codeState(engine!.computedCode(computation) ?? undefined, scheme, evaluation);
    } catch (error) {
      const evaluation: Evaluation = { mode: 'computed', computeError: messageOf(error), stored: account.tier };
      return this.codeState(account.tier, account.tierScheme, evaluation);
    }
  }

  private storedState(account: TierAccount, peers: readonly TierAccount[]): BadgeState {
    const scheme = account.tierScheme ?? 'value';
    let computation: Computation | undefined;
    // A Pareto class means nothing without the peers it was ranked among.
    if (scheme !== 'pareto' || peers.length > 0) {
      try {
        computation = engine!.computeTier(account, scheme, this.tierModel, peers);
      } catch {
        // The stored tier stands on its own; the explanation then shows only the service standard.
      }
    }
    return this.codeState(account.tier, account.tierScheme, { mode: 'stored', computation, stored: account.tier });
  }

  protected override updated(): void {
    // The explanation lives in the top layer (a popover), so no overflow or stacking context around the
    // badge clips it; CSS anchor positioning places it under the badge and flips it at the viewport's edges.
    const popup = this.renderRoot.querySelector<HTMLElement>('[part="explanation"]');
    if (popup?.isConnected) popup.togglePopover(this.showsExplanation());
    const view = this.view;
    if (view.kind === 'unknown' && view.code !== this.warnedCode) {
      this.warnedCode = view.code;
      console.warn(
        `<crm-tier-badge>: unknown tier "${view.code}"; expected one of A1, A2, B1, B2, C, A, B, 3star…7star.`,
      );
    }
    if (view.kind === 'bad-scheme' && view.scheme !== this.warnedCode) {
      this.warnedCode = view.scheme;
      console.warn(`<crm-tier-badge>: scheme="${view.scheme}" is not a tier scheme; use ${SCHEMES.join(', ')}.`);
    }
    this.checkTierChange(view);
  }

  /** Fires crm-tier-change when a recomputation for the same account and scheme gives another tier. */
  private checkTierChange(view: BadgeState): void {
    const evaluation = 'evaluation' in view ? view.evaluation : undefined;
    const computation = evaluation?.mode === 'computed' ? evaluation.computation : undefined;
    if (!computation || computation.scheme === 'points' || !this.scheme) return;
    const customerId = this.customerId ?? (typeof this.customer?.id === 'string' ? this.customer.id : null);
    const key = `${customerId}\u0000${this.scheme}`;
    const code = engine!.computedCode(computation);
    const last = this.lastComputed;
    this.lastComputed = { key, code };
    if (last && last.key === key && last.code !== code) {
      this.emit('crm-tier-change', { customerId, scheme: this.scheme, tier: code, previous: last.code });
    }
  }

  protected override render() {
    const t = this.localize.strings(tierBadgeStrings);
    const view = this.view;
    const named = (name: string) => (this.hideName ? undefined : name);
    switch (view.kind) {
      case 'tier': {
        const { code, scheme, name } = view.info;
        const localName = this.localize.text(name);
        const colour = this.colourOf(view.info);
        // Star levels show as ★ glyphs; their accessible name is the level in words, never "7star".
        const label = scheme === 'stars' ? t.starLabel(localName) : t.label(code, localName);
        return this.pill(colour, label, shownCode(code), named(localName), true);
      }
      case 'points': {
        const { points, discountPercent } = view.computation.result;
        const p = this.localize.number(points);
        const pct = this.percent(discountPercent);
        return this.pill('points', t.pointsLabel(p, pct), t.pointsCode(p), named(t.pointsName(pct)), true);
      }
      case 'none': {
        // Explainable when the data says something (what it would give, or why it cannot be computed).
        const explains = !!(view.evaluation?.computation || view.evaluation?.computeError);
        return this.pill(
          'none',
          explains ? `${t.noneLabel}${colon(this.localize.locale)}${t.none}` : t.noneLabel,
          '–',
          named(t.none),
          explains,
        );
      }
      case 'unknown':
        return this.pill('unknown', t.unknownLabel(view.code), '?', named(t.unknown));
      case 'bad-scheme': {
        // A page-author mistake: the message shows even with hide-name, naming the attribute.
        const message = t.unknownScheme(view.scheme);
        return this.pill('error', message, '!', message);
      }
      case 'loading':
        return html`<span part="base" class="loading" role="img" aria-label=${t.loading} aria-busy="true"
          ><span part="code" aria-hidden="true">…</span></span
        >`;
      case 'not-found':
        return this.pill('error', t.notFound(view.id), '!', named(t.notFound(view.id)));
      case 'error':
        return this.pill('error', t.error, '!', named(t.error));
    }
  }

  private pill(className: string, label: string, code: string, name: string | undefined, explainable = false) {
    const explains = explainable && !this.plain;
    // The space keeps the visible text "A1 High-value" a readable part of the accessible name.
    const content = html`<span part="code" aria-hidden="true">${code}</span>${
      name ? html` <span part="name" aria-hidden="true">${name}</span>` : nothing
    }`;
    if (!explains) {
      return html`<span part="base" class=${className} role="img" aria-label=${label}>${content}</span>`;
    }
    return html`<button
        part="base"
        type="button"
        class=${className}
        aria-label=${label}
        aria-expanded=${this.open ? 'true' : 'false'}
        aria-controls="explanation"
        @pointerdown=${this.onPointerDown}
        @focus=${this.onFocus}
        @blur=${this.onBlur}
        @click=${this.onClick}
        @keydown=${this.onKeyDown}
      >
        ${content}</button
      ><div id="explanation" part="explanation" popover="manual" role="group" aria-label=${this.localize.strings(tierBadgeStrings).explain} ?hidden=${!this.showsExplanation()}>
        ${this.showsExplanation() ? this.explanation() : nothing}
      </div>`;
  }

  private colourOf({ code, scheme }: TierInfo): string {
    return scheme === 'stars' ? 'stars' : scheme === 'pareto' ? `pareto-${code}` : `tier-${code}`;
  }

  // Disclosure behaviour: hover and keyboard focus open it, a click (or Enter, Space) toggles and pins it,
  // Escape and leaving close it. A pointer press focuses the button too; that focus must not re-open what the click closes.
  /** Open, and the engine (service standards, computations) and the card's texts are here; opening starts loading them. */
  private showsExplanation(): boolean {
    if (!this.open) return false;
    if (!explainer) {
      if (!engine) loadEngine().then(() => engine && this.requestUpdate());
      return false;
    }
    // Its texts in the badge's language first (never English, then Chinese).
    this.addTranslations(explainer.tierExplanationStrings);
    const loading = this.localize.load([explainer.tierExplanationStrings]);
    loading?.then(() => this.requestUpdate());
    return !loading;
  }

  private readonly onEnter = () => {
    this.hovered = true;
    if (this.shadowRoot?.querySelector('button')) this.open = true;
  };

  private readonly onLeave = () => {
    this.hovered = false;
    if (!this.pinned && this.shadowRoot?.activeElement === null) this.open = false;
  };

  private onPointerDown() {
    this.pointerFocus = true;
  }

  private onFocus() {
    if (!this.pointerFocus) this.open = true;
    this.pointerFocus = false;
  }

  private onBlur() {
    this.pinned = false;
    this.open = this.hovered;
  }

  private onClick() {
    this.open = !this.open;
    this.pinned = this.open;
  }

  private onKeyDown(event: KeyboardEvent) {
    if (event.key === 'Escape' && this.open) {
      // Handled here: an Escape that closes the explanation must not also cancel an edit around it.
      event.stopPropagation();
      this.pinned = false;
      this.open = false;
    }
  }

  private percent(value: number): string {
    return this.localize.number(value / 100, { style: 'percent', maximumFractionDigits: 2 });
  }

  /** The explanation card's content (its module is here whenever the explanation shows). */
  private explanation() {
    const view = this.view;
    const info = view.kind === 'tier' ? view.info : undefined;
    const evaluation = 'evaluation' in view ? view.evaluation : undefined;
    this.addStyles(explainer!.explanationStyles);
    return explainer!.explanation({
      localize: this.localize,
      info,
      colour: info && this.colourOf(info),
      shownCode: info && shownCode(info.code),
      ...evaluation,
      account: this.customerId ? this.data?.value?.account : this.customer,
      standards: this.standardTable,
      percent: (value) => this.percent(value),
    });
  }
}

/** What the code part shows: ★ glyphs for star levels (`7star` → ★★★★★★★), else the code. */
function shownCode(code: string): string {
  const stars = /^([3-7])star$/.exec(code);
  return stars ? '★'.repeat(Number(stars[1])) : code;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

CrmTierBadge.define('crm-tier-badge');
