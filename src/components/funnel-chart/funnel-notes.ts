/**
 * The lines under the KPI strip: amounts that could not be converted, the rates used, the slowest stage and
 * the lost deals. A template function, so the element file keeps to rendering its own parts.
 */
import { html, nothing } from 'lit';
import { colon, joinItems } from '../../internal/format.js';
import type { FunnelFormat } from './funnel-format.js';
import { slowestStage, unconvertedTotals } from './funnel-model.js';
import type { Ready } from './funnel-view.js';

export function funnelNotes(view: Ready, f: FunnelFormat, locale: string) {
  const t = f.t;
  const { currency, totals, lost, ratesAsOf } = view.result;
  const unconverted = unconvertedTotals(view.result);
  const slowest = slowestStage(view.result);
  const lostBy = Object.entries(lost.byLastStage).map(
    ([id, n]) => `${id === '(none)' ? t.noStage : f.stageName({ stage: id, name: id })} ${n}`,
  );
  const lostExtra = lost.unconverted.map(
    (u) => ` ${t.notConverted(f.money(u.amount, u.currency, true), String(u.count))}`,
  );
  return html`${
    totals.unconvertedCount
      ? html`<p part="note" role="note">
          ${t.unconverted(
            f.number(totals.unconvertedCount),
            currency,
            unconverted
              .map((u) => t.unconvertedItem(f.money(u.amount, u.currency, true), f.number(u.count)))
              .join(f.comma),
          )}
        </p>`
      : nothing
  }
  ${ratesAsOf ? html`<p class="info">${t.converted(currency, ratesAsOf)}</p>` : nothing}
  ${slowest ? html`<p class="info slowest">${t.summary.slowest}${colon(locale)}${t.slowestValue(f.stageName(slowest), f.days(slowest.time.medianDays))}</p>` : nothing}
  ${
    lost.count
      ? html`<p part="lost">
          ${t.lost(f.number(lost.count), f.money(lost.amount, currency, true))}${lostExtra.join('')}${
            locale === 'zh-CN' ? '；' : '; '
          }${t.lostBy(joinItems(lostBy, locale))}
        </p>`
      : nothing
  }`;
}
