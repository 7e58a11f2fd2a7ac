import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { findTier, type TierInfo, type TierScheme } from '../../core/tiers.js';
import type { Customer } from '../../data/model.js';
import type { CrmStore } from '../../data/store.js';
import { CrmElement } from '../../internal/crm-element.js';
import { LiveDataController } from '../../internal/store-context.js';
import { tierBadgeStrings } from './tier-badge.strings.js';
import { tierBadgeStyles } from './tier-badge.styles.js';

declare global {
  interface HTMLElementTagNameMap {
    'crm-tier-badge': CrmTierBadge;
  }
}

type BadgeState =
  | { kind: 'tier'; info: TierInfo }
  | { kind: 'unknown'; code: string }
  | { kind: 'none' | 'loading' | 'error' }
  | { kind: 'not-found'; id: string };

/**
 * @tag crm-tier-badge
 * @summary An account's tier (A1/A2/B1/B2/C, 3–7 stars, Pareto A/B/C) with its localised name, coloured by tier.
 *
 * Presentational with `tier="A1"`, or bound with `customer-id="…"`: then it reads the account's stored tier
 * live from the store and follows every change. An unknown code shows a visible "unknown" state.
 *
 * @csspart base - The pill.
 * @csspart code - The tier code (A1, 5star, …).
 * @csspart name - The localised tier name.
 *
 * @cssprop --crm-tier-a1 - Colour of A1 (and Pareto A).
 * @cssprop --crm-tier-a2 - Colour of A2.
 * @cssprop --crm-tier-b1 - Colour of B1 (and Pareto B).
 * @cssprop --crm-tier-b2 - Colour of B2.
 * @cssprop --crm-tier-c - Colour of C (and Pareto C).
 * @cssprop --crm-tier-stars - Colour of star levels.
 * @cssprop --crm-tier-text - Text colour on the tier colours.
 * @cssprop --crm-tier-badge-font-size - Font size.
 */
export class CrmTierBadge extends CrmElement {
  static override styles = [CrmElement.styles, tierBadgeStyles];

  /** Tier code to show (presentational mode). Ignored when `customer-id` is set. */
  @property({ reflect: true }) tier?: string;

  /** Reads an ambiguous code in this scheme (`C` is the value tier C unless `scheme="pareto"`). */
  @property() scheme?: TierScheme;

  /** Bound mode: the account whose stored tier is shown, live. */
  @property({ attribute: 'customer-id' }) customerId?: string;

  /** Shows only the code; the name stays in the accessible label. */
  @property({ type: Boolean, attribute: 'hide-name' }) hideName = false;

  /** A store to read from instead of the one provided by context. */
  @property({ attribute: false }) store?: CrmStore;

  private readonly customer = new LiveDataController(this, {
    args: () => [this.customerId] as const,
    skip: (id) => !id,
    query: (store, id) => store.customers.get(id!),
    store: () => this.store,
  });

  private warnedCode: string | undefined;

  private get state(): BadgeState {
    let code = this.tier;
    let scheme = this.scheme;
    if (this.customerId) {
      const { status, value } = this.customer;
      if (status === 'error') return { kind: 'error' };
      if (status !== 'complete') return { kind: 'loading' };
      if (!value) return { kind: 'not-found', id: this.customerId };
      code = (value as Customer).tier;
      scheme = this.scheme ?? (value as Customer).tierScheme;
    }
    if (!code) return { kind: 'none' };
    const info = findTier(code, scheme);
    return info ? { kind: 'tier', info } : { kind: 'unknown', code };
  }

  protected override updated(): void {
    const state = this.state;
    if (state.kind === 'unknown' && state.code !== this.warnedCode) {
      this.warnedCode = state.code;
      console.warn(
        `<crm-tier-badge>: unknown tier "${state.code}"; expected one of A1, A2, B1, B2, C, A, B, 3star…7star.`,
      );
    }
  }

  protected override render() {
    const t = this.localize.strings(tierBadgeStrings);
    const state = this.state;
    switch (state.kind) {
      case 'tier': {
        const { code, scheme, name } = state.info;
        const localName = name[this.localize.locale];
        const colour = scheme === 'stars' ? 'stars' : scheme === 'pareto' ? `pareto-${code}` : `tier-${code}`;
        return this.pill(colour, t.label(code, localName), code, this.hideName ? undefined : localName);
      }
      case 'unknown':
        return this.pill('unknown', t.unknownLabel(state.code), '?', this.hideName ? undefined : t.unknown);
      case 'none':
        return this.pill('none', t.noneLabel, '–', this.hideName ? undefined : t.none);
      case 'loading':
        return this.pill('loading', t.loading, '…', undefined, true);
      case 'not-found':
        return this.pill('error', t.notFound(state.id), '!', this.hideName ? undefined : t.notFound(state.id));
      case 'error':
        return this.pill('error', t.error, '!', this.hideName ? undefined : t.error);
    }
  }

  private pill(className: string, label: string, code: string, name?: string, busy = false) {
    return html`<span part="base" class=${className} role="img" aria-label=${label} aria-busy=${busy ? 'true' : nothing}
      ><span part="code" aria-hidden="true">${code}</span>${name ? html`<span part="name" aria-hidden="true">${name}</span>` : nothing}</span
    >`;
  }
}

CrmTierBadge.define('crm-tier-badge');
