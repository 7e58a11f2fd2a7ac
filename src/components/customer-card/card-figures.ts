/**
 * The card's at-a-glance parts: the warning banner, the key figures row (revenue, open pipeline, credit
 * used as bars against the limits, group risk with its reasons one click away) and the trend sparklines.
 * Figures are compact (万/亿, K/M); the exact amount is in the accessible text and the tooltip.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { dateText, joinClauses, joinItems } from '../../internal/format.js';
import { iconWarning } from '../../internal/icons.js';
import { labelOf } from '../../internal/labels.js';
import type { LocalizeController } from '../../internal/localize.js';
import { sparkline } from '../../internal/sparkline.js';
import type { Derived } from './card-summaries.js';
import { orderTrend, pipelineTrend } from './card-trends.js';
import type { customerCardStrings } from './customer-card.strings.js';

type Strings = (typeof customerCardStrings)['en'];

export interface FigureContext {
  t: Strings;
  l: LocalizeController;
  derived: Derived;
  /** Heading level of the card's sections. */
  level: number;
  now: number;
}

/** A compact amount shown, the exact one read aloud and in the tooltip. */
function amount(l: LocalizeController, value: number, currency: string): TemplateResult {
  const exact = l.money(value, currency);
  return html`<span class="figure-value" title=${exact}
    ><span aria-hidden="true">${l.money(value, currency, 'summary')}</span><span class="sr-only">${exact}</span></span
  >`;
}

const percent = (l: LocalizeController, ratio: number) =>
  l.number(ratio, { style: 'percent', maximumFractionDigits: 1 });

/** One tile of the key figures row: label, big value, supporting line. */
function figure(id: string, label: string, value: unknown, sub?: unknown, extra = '') {
  return html`<div part="figure" class=${`figure ${id} ${extra}`}>
    <dt part="figure-label" id=${`fig-${id}`}>${label}</dt>
    <dd part="figure-value">${value}${sub ? html`<span class="figure-sub">${sub}</span>` : nothing}</dd>
  </div>`;
}

/**
 * Exposure against a limit as a bar: a `meter` with the figures as its value text; the bar itself is SVG
 * geometry (no inline style), capped at the limit, and the over-limit part shown in the critical colour.
 */
function creditBar(
  ctx: FigureContext,
  scope: string,
  exposure: number,
  limit: number | null,
  currency: string,
  overLimit: boolean,
) {
  const { t, l } = ctx;
  const summary = (x: number) => l.money(x, currency, 'summary');
  const ratio = limit ? exposure / limit : null;
  const valueText =
    limit === null
      ? t.usedNoLimit(l.money(exposure, currency))
      : `${t.used(l.money(exposure, currency), l.money(limit, currency), ratio === null ? '' : percent(l, ratio))}${overLimit ? ` ${t.overLimit}` : ''}`;
  const shown =
    limit === null
      ? t.usedNoLimit(summary(exposure))
      : t.used(summary(exposure), summary(limit), ratio === null ? '' : percent(l, ratio));
  const width = ratio === null ? 0 : Math.min(100, Math.round(ratio * 1000) / 10);
  return html`<div
    class="credit-row"
    role="meter"
    aria-label=${t.creditBar(scope)}
    aria-valuemin="0"
    aria-valuemax=${Math.max(100, Math.round((ratio ?? 0) * 100))}
    aria-valuenow=${Math.round((ratio ?? 0) * 100)}
    aria-valuetext=${valueText}
    title=${valueText}
  >
    <span class="credit-scope" aria-hidden="true">${scope}</span>
    <svg class="bar" viewBox="0 0 100 6" preserveAspectRatio="none" aria-hidden="true" focusable="false">
      <rect class="bar-track" x="0" y="0" width="100" height="6" rx="3"></rect>
      ${width > 0 ? svg`<rect class=${overLimit ? 'bar-fill over' : ratio !== null && ratio >= 0.8 ? 'bar-fill high' : 'bar-fill'} x="0" y="0" width=${width} height="6" rx="3"></rect>` : nothing}
    </svg>
    <span class=${overLimit ? 'credit-text over' : 'credit-text'} aria-hidden="true"
      >${shown}${overLimit ? html` <strong class="flag">${t.overLimit}</strong>` : nothing}</span
    >
  </div>`;
}

export function keyFigures(ctx: FigureContext) {
  const { t, l, derived } = ctx;
  const { customer } = derived.data;
  const currency = customer.currency ?? 'CNY';
  const group = derived.group;
  const summary = group && !(group instanceof Error) ? group : undefined;
  const inGroup = !!summary && summary.rollUp.totals.memberCount > 1;
  const na = html`<span class="figure-value muted">${t.notAvailable}</span>`;

  const revenue = figure(
    'revenue',
    t.annualRevenue,
    customer.annualRevenue === undefined ? na : amount(l, customer.annualRevenue, currency),
    inGroup ? html`${t.groupLabel} ${amount(l, summary.rollUp.totals.revenue, summary.rollUp.currency)}` : undefined,
  );

  const p = derived.pipeline;
  const pipeline =
    p instanceof Error
      ? figure('pipeline', t.openPipeline, html`<span class="warn">${t.pipelineError(p.message)}</span>`)
      : figure(
          'pipeline',
          t.openPipeline,
          amount(l, p.openAmount, currency),
          t.weightedCount(l.money(p.weighted, currency, 'summary'), p.openCount),
        );

  let credit: TemplateResult;
  let risk: TemplateResult;
  if (!summary) {
    const message = group instanceof Error ? t.groupError(group.message) : t.notAvailable;
    credit = figure('credit', t.creditUsed, html`<span class="warn">${message}</span>`);
    risk = figure('risk', t.risk, html`<span class="warn">${message}</span>`);
  } else {
    const { rollUp, member } = summary;
    const cur = rollUp.currency;
    const share =
      inGroup && member && rollUp.totals.exposure > 0
        ? t.shareOfGroup(percent(l, member.exposure / rollUp.totals.exposure))
        : undefined;
    credit = figure(
      'credit',
      t.creditUsed,
      html`${member ? creditBar(ctx, t.accountScope, member.exposure, member.creditLimit, cur, member.overLimit) : nothing}
      ${inGroup ? creditBar(ctx, t.groupScope, rollUp.totals.exposure, rollUp.limit.group, cur, rollUp.limit.exceeded) : nothing}`,
      share,
    );
    const flags = rollUp.risk.flags;
    const memberName = (id: string) => rollUp.members.find((m) => m.id === id)?.name ?? id;
    risk = figure(
      'risk',
      t.risk,
      html`<span class=${`level risk-${rollUp.risk.rating}`}
        ><span class="level-dot" aria-hidden="true"></span>${t.rating[rollUp.risk.rating]}</span
      >`,
      flags.length
        ? html`<details part="risk-reasons" class="reasons">
            <summary>${t.reasons(flags.length)}</summary>
            <ul>
              ${flags.map((f) => html`<li>${t.riskFlag(labelOf('riskFlag', f.flag, l.lang), memberName(f.memberId))}</li>`)}
            </ul>
          </details>`
        : html`<span class="muted">${t.noRiskFlags}</span>`,
    );
  }
  return html`<dl part="figures" class="figures" aria-label=${t.keyFigures}>${revenue}${pipeline}${credit}${risk}</dl>`;
}

/** The warning signs as a banner; nothing at all when there are none. */
export function warningBanner(ctx: FigureContext) {
  const { t, l, derived, level } = ctx;
  const warnings = derived.activity.warnings;
  if (warnings.length === 0) return nothing;
  const locale = l.locale;
  return html`<div part="banner" class="banner">
    <span class="banner-icon">${iconWarning()}</span>
    <div>
      <div role="heading" aria-level=${Math.min(6, level)} id="warnings-heading" class="banner-title">
        ${t.warnings(warnings.length)}
      </div>
      <ul part="warnings" class="warnings" aria-labelledby="warnings-heading">
        ${warnings.map((w) => {
          const text =
            w.kind === 'no-contact'
              ? t.noContact(w.days, w.limit)
              : w.kind === 'falling-orders'
                ? t.fallingOrders(l.money(w.recent, w.currency), l.money(w.previous, w.currency), w.windowDays)
                : t.openComplaints(
                    w.count,
                    joinClauses(
                      w.subjects.map((s) => withoutKindPrefix(s, locale)),
                      locale,
                    ),
                  );
          return html`<li class=${w.kind}>${text}</li>`;
        })}
      </ul>
    </div>
  </div>`;
}

/** Order volume by week (the 90-vs-90 comparison shaded) and open pipeline by expected-close month. */
export function trends(ctx: FigureContext) {
  const { t, l, derived, now } = ctx;
  const { customer, activities, opportunities, stages } = derived.data;
  const currency = customer.currency ?? 'CNY';
  const orders = orderTrend(activities, currency, now);
  const exact = (x: number) => l.money(x, currency);
  const change =
    orders.previous > 0
      ? t.orderChange(
          percent(l, Math.abs(orders.recent - orders.previous) / orders.previous),
          orders.recent >= orders.previous,
        )
      : t.noOrderChange;
  const orderLabel = t.orderTrendLabel(
    exact(orders.recent),
    exact(orders.previous),
    change,
    orders.windowDays,
    l.money(Math.max(0, ...orders.weeks), currency, 'summary'),
  );
  const pipe = pipelineTrend(opportunities, stages, currency, now);
  const monthName = (key: string) =>
    dateText(`${key}-01T00:00:00Z`, l.locale, { month: 'short', year: 'numeric', timeZone: 'UTC' });
  const pipeLabel = t.pipelineTrendLabel(
    joinItems(
      pipe.months.map((m, i) => `${monthName(m)} ${l.money(pipe.amounts[i]!, currency, 'summary')}`),
      l.locale,
    ),
    t.leftOut(pipe.later, pipe.undated, pipe.otherCurrency),
  );
  const down = orders.previous > 0 && orders.recent < orders.previous;
  return html`<div part="trends" class="trends">
    <figure class="trend">
      <figcaption class="trend-title">${t.orderTrend}</figcaption>
      ${sparkline({ values: orders.weeks, label: orderLabel, highlightFrom: orders.split })}
      <p class=${down ? 'trend-note warn' : 'trend-note'} aria-hidden="true">
        ${t.recentOrders(l.money(orders.recent, currency, 'summary'), orders.windowDays, change)}
      </p>
    </figure>
    <figure class="trend">
      <figcaption class="trend-title">${t.pipelineTrend}</figcaption>
      ${sparkline({ values: pipe.amounts, label: pipeLabel, kind: 'bars' })}
      <p class="trend-note" aria-hidden="true">
        ${monthName(pipe.months[0]!)} – ${monthName(pipe.months.at(-1)!)}
      </p>
    </figure>
  </div>`;
}

/**
 * A complaint's subject without a leading "投诉：" / "Complaint:": the sentence around it already says
 * complaint ("1 条未结投诉：发票开具延迟", not "…投诉：投诉：…").
 */
function withoutKindPrefix(subject: string, locale: string): string {
  const text = subject.trimStart();
  for (const prefix of new Set(['zh-CN', 'en', locale].map((l) => labelOf('activityKind', 'complaint', l)))) {
    if (!text.toLowerCase().startsWith(prefix.toLowerCase())) continue;
    const rest = text.slice(prefix.length);
    const separator = /^\s*[:：]\s*/.exec(rest);
    if (separator && rest.length > separator[0].length) return rest.slice(separator[0].length);
  }
  return subject;
}
