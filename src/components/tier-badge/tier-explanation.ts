/**
 * The badge's explanation card (score breakdown, threshold, service standard), loaded with the tiering engine
 * the first time a badge computes or explains itself: a badge that is only looked at never downloads it.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { minorDigits } from '../../core/money-format.js';
import type { ServiceStandardTable } from '../../core/tiering.js';
import { findTier, type TierInfo } from '../../core/tiers.js';
import type { LocalizeController } from '../../internal/localize.js';
import { colon } from '../../internal/punctuation.js';
import { tierBadgeStrings } from './tier-badge.strings.js';
import { type Computation, computedCode, standardOf, type TierAccount } from './tier-evaluation.js';
import { tierExplanationStrings } from './tier-explanation.strings.js';

type Strings = (typeof tierExplanationStrings)['en'];

/** The card's texts (the badge waits for this table in its language before showing the card). */
export { tierExplanationStrings };

/**
 * The explanation card; sizes from the theme's --crm-t-* tokens, colours from --crm-c-*.
 *
 * Notes on the rules (kept out of the CSS, which ships as written):
 * - The explanation: a small card (head with the tier, then score, threshold, service standard).
 * - Wider than either side of the badge (a phone): under it, held inside the viewport's width.
 * - Paper: the badge, never an open explanation over other content.
 */
export const explanationStyles = css`
  [part='explanation'] {
    position: fixed;
    position-anchor: --crm-tier-badge;
    inset: auto;
    top: anchor(bottom);
    left: anchor(left);
    position-try-fallbacks: flip-inline, --crm-tier-viewport, flip-block, flip-block flip-inline;
    margin: var(--crm-t-space-1) 0 0;
    width: max-content;
    max-width: min(24rem, calc(100vw - 2 * var(--crm-t-space-2)));
    padding: var(--crm-t-space-3) var(--crm-t-space-4);
    border: 1px solid var(--crm-c-border);
    border-radius: var(--crm-t-radius-lg);
    background: var(--crm-popup-bg, var(--crm-c-surface));
    color: var(--crm-c-text);
    box-shadow: var(--crm-t-elevation-2);
    white-space: normal;
    font-size: var(--crm-t-text-sm);
    line-height: var(--crm-t-line-height);
  }
  @position-try --crm-tier-viewport {
    top: anchor(bottom);
    left: var(--crm-t-space-2);
    right: auto;
  }
  [part='explanation'] p,
  [part='explanation'] ul {
    margin: var(--crm-t-space-1) 0;
  }
  [part='explanation'] ul {
    padding-inline-start: var(--crm-t-space-4);
  }
  .head {
    display: flex;
    align-items: center;
    gap: var(--crm-t-space-2);
    padding-bottom: var(--crm-t-space-2);
    margin-bottom: var(--crm-t-space-1);
    border-bottom: 1px solid var(--crm-c-border-muted);
  }
  .head .title {
    margin: 0;
    font-size: var(--crm-t-text-md);
  }
  .title,
  .subtitle {
    font-weight: var(--crm-t-weight-strong);
  }
  .standard {
    margin-top: var(--crm-t-space-2);
    padding-top: var(--crm-t-space-2);
    border-top: 1px solid var(--crm-c-border-muted);
  }
  .note {
    color: var(--crm-c-muted);
  }
  .warn {
    color: var(--crm-c-warning-text);
  }
  table {
    width: 100%;
    border-collapse: collapse;
    margin: var(--crm-t-space-1) 0;
  }
  caption {
    text-align: start;
    font-weight: var(--crm-t-weight-strong);
    padding-bottom: var(--crm-t-space-1);
  }
  th,
  td {
    padding: 0.15em var(--crm-t-space-2) 0.15em 0;
    text-align: start;
    font-weight: normal;
    border-bottom: 1px solid var(--crm-c-border-muted);
  }
  thead th {
    color: var(--crm-c-muted);
    font-size: var(--crm-t-text-xs);
  }
  td {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  @media print {
    [part='explanation'] {
      display: none;
    }
  }
`;

/** What the badge knows when its explanation opens. */
export interface ExplanationInput {
  localize: LocalizeController;
  /** The tier shown, when it is one. */
  info?: TierInfo;
  /** The class that colours the tier's chip (the pill's). */
  colour?: string;
  /** The code as the pill shows it (★ glyphs for star levels). */
  shownCode?: string;
  mode?: 'computed' | 'stored';
  computation?: Computation;
  computeError?: string;
  stored?: string;
  /** The account (its currency prints the revenue indicator). */
  account?: TierAccount;
  standards?: ServiceStandardTable;
  percent: (value: number) => string;
}

/** The explanation card's content: heading, how the tier came about, and the service standard it entitles to. */
export function explanation(input: ExplanationInput): TemplateResult {
  const { localize: l, info, computation } = input;
  const t = l.strings(tierExplanationStrings);
  const heading = info
    ? `${info.scheme === 'stars' ? '' : `${info.code} `}${l.text(info.name)} · ${t.scheme[info.scheme]}`
    : computation
      ? t.scheme[computation.scheme]
      : l.strings(tierBadgeStrings).none;
  const storedCode = input.stored;
  const computedTier = computation ? computedCode(computation) : null;
  return html`<div class="head">
      ${info ? html`<span class=${`chip ${input.colour}`} aria-hidden="true">${input.shownCode}</span>` : nothing}
      <p class="title">${heading}</p>
    </div>
    ${input.mode === 'computed' && computation ? html`<p class="note">${t.computed}</p>` : nothing}
    ${input.computeError ? html`<p class="note warn">${t.notComputed(input.computeError)}</p>` : nothing}
    ${
      input.mode === 'stored' && computation && computedTier && storedCode && computedTier !== storedCode
        ? html`<p class="note warn">${t.storedDiffers(tierWords(l, storedCode), tierWords(l, computedTier))}</p>`
        : nothing
    }
    ${computation ? breakdown(input, t, computation) : nothing} ${info ? standard(input, t, info) : nothing}`;
}

/** A tier code in words where the code is not a word (star levels), else the code. */
function tierWords(l: LocalizeController, code: string): string {
  const info = findTier(code);
  return info?.scheme === 'stars' ? l.text(info.name) : code;
}

/**
 * An indicator's value with its unit: the default model's revenue is in the account currency's major
 * units, stability and margin are fractions, influence and cost to serve are scores out of 10.
 */
function indicatorText(input: ExplanationInput, t: Strings, key: string, raw: number): string {
  const l = input.localize;
  switch (key) {
    case 'annualRevenue': {
      const currency = input.account?.currency ?? 'CNY';
      return l.money(Math.round(raw * 10 ** minorDigits(currency)), currency);
    }
    case 'revenueStability':
    case 'margin':
      return l.number(raw, { style: 'percent', maximumFractionDigits: 2 });
    case 'productBreadth':
      return t.productLines(l.number(raw));
    case 'strategicInfluence':
    case 'costToServe':
      return t.outOfTen(l.number(raw, { maximumFractionDigits: 2 }));
    default:
      return l.number(raw, { maximumFractionDigits: 2 });
  }
}

function breakdown(input: ExplanationInput, t: Strings, c: Computation): TemplateResult {
  const l = input.localize;
  const n = (x: number) => l.number(x, { maximumFractionDigits: 2 });
  switch (c.scheme) {
    case 'value': {
      const { result, model } = c;
      const threshold = result.scoreTier === 'C' ? null : model.thresholds[result.scoreTier];
      return html`<table>
          <caption>${t.score(n(result.score))}</caption>
          <thead>
            <tr><th scope="col">${t.indicator}</th><th scope="col">${t.value}</th><th scope="col">${t.weight}</th><th scope="col">${t.points}</th></tr>
          </thead>
          <tbody>
            ${result.breakdown.map(
              (b) =>
                html`<tr>
                  <th scope="row">${b.label ? l.text(b.label) : b.key}</th>
                  <td>${b.raw === null ? t.missing : indicatorText(input, t, b.key, b.raw)}</td>
                  <td>${n(b.weight)}</td>
                  <td>${n(b.points)}</td>
                </tr>`,
            )}
          </tbody>
        </table>
        <p>
          ${threshold === null ? t.belowAll(n(model.thresholds.B2)) : t.thresholdCrossed(result.scoreTier, n(threshold))}
        </p>
        ${result.strategic ? html`<p>${t.strategic(result.scoreTier)}</p>` : nothing}`;
    }
    case 'pareto': {
      const { entry, peers, cuts } = c;
      // Shares are fractions; cut points are percents.
      const share = (x: number) => input.percent(x * 100);
      return html`<p>${t.paretoRank(entry.rank, peers, share(entry.share), share(entry.cumulativeShare))}</p>
        <p>${t.paretoCut(entry.class, input.percent(cuts[0]), input.percent(cuts[1]))}</p>
        <p class="note">${t.paretoPeers}</p>`;
    }
    case 'stars': {
      const { result, config } = c;
      const threshold = config.thresholds.find((x) => x.level === result.level)?.minPoints ?? null;
      return html`<ul>
          ${result.byKind.map((k) => html`<li>${t.starKind(k.kind)}${colon(l.locale)}${n(k.points)} ${t.points}</li>`)}
        </ul>
        <p>${t.starTotal(n(result.points), result.level && tierWords(l, result.level), threshold === null ? null : n(threshold))}</p>`;
    }
    case 'points': {
      const { result } = c;
      return html`<ul>
          <li>${t.loyaltyTenure(result.tenurePoints, n(result.tenurePoints))}</li>
          <li>${t.loyaltySpend(n(result.spendPoints))}</li>
          ${result.reset ? html`<li>${t.loyaltyReset}</li>` : nothing}
        </ul>
        <p>${t.loyaltyDiscount(n(result.points), input.percent(result.discountPercent))}</p>`;
    }
  }
}

function standard(input: ExplanationInput, t: Strings, info: TierInfo): TemplateResult {
  const s = standardOf(info, input.standards);
  if (!s) return html`<p class="note">${t.noStandard}</p>`;
  return html`<div class="standard">
    <p class="subtitle">${t.standard}</p>
    <p>${input.localize.text(s.summary)}</p>
    <ul>
      <li>${t.manager[s.accountManager]} · ${t.channel[s.salesChannel]}</li>
      <li>${t.response(s.responseHours)}</li>
      <li>${t.onSite(s.onSiteHours)}</li>
      <li>${t.visits(s.visitsPerYear)}</li>
      ${s.prioritySupply ? html`<li>${t.prioritySupply}</li>` : nothing}
    </ul>
  </div>`;
}
