/**
 * The card's trend series (pure, no DOM): order volume by week over the last 180 days, split where the
 * 90-vs-90 comparison of the warning signs splits, and open pipeline by expected-close month.
 */
import type { StageDef } from '../../core/funnel.js';
import { parseTimestamp } from '../../core/time.js';
import type { Activity, Opportunity } from '../../data/model.js';
import { DAY_MS } from './card-model.js';

export interface OrderTrend {
  /** Order amounts per 7-day bucket, oldest first; the last bucket ends at `now`. */
  weeks: number[];
  /** First bucket of the recent window (the band drawn behind the line). */
  split: number;
  /** The exact 90-day sums the falling-orders warning compares (same rule). */
  recent: number;
  previous: number;
  windowDays: number;
}

/** Order activities in `currency` by week over `2 × windowDays`, with the exact sums of both windows. */
export function orderTrend(
  activities: readonly Activity[],
  currency: string,
  now: number,
  windowDays = 90,
): OrderTrend {
  const count = Math.ceil((2 * windowDays) / 7);
  const weeks = new Array<number>(count).fill(0);
  const window = windowDays * DAY_MS;
  let recent = 0;
  let previous = 0;
  for (const a of activities) {
    if (a.deletedAt || a.kind !== 'order' || a.amount === undefined || (a.currency ?? currency) !== currency) continue;
    const at = parseTimestamp(a.at);
    if (Number.isNaN(at) || at > now || at <= now - 2 * window) continue;
    if (at > now - window) recent += a.amount;
    else previous += a.amount;
    const back = Math.floor((now - at) / (7 * DAY_MS));
    if (back < count) weeks[count - 1 - back]! += a.amount;
  }
  return { weeks, split: count - Math.ceil(windowDays / 7), recent, previous, windowDays };
}

export interface PipelineTrend {
  /** `YYYY-MM` of each bar, from the current month on. */
  months: string[];
  /** Open amount in the account's currency expected to close in each month (earlier dates count in the first). */
  amounts: number[];
  /** Open opportunities left out: closing after the last month, without a date, or in another currency. */
  later: number;
  undated: number;
  otherCurrency: number;
}

/** Open pipeline by expected-close month over `months` months from `now`'s month (overdue ones in the first). */
export function pipelineTrend(
  opportunities: readonly Opportunity[],
  stages: readonly StageDef[],
  currency: string,
  now: number,
  months = 6,
): PipelineTrend {
  const open = new Set(stages.filter((s) => s.kind === 'open').map((s) => s.id));
  const start = new Date(now);
  const keys = Array.from({ length: months }, (_, i) => {
    const d = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + i, 1));
    return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
  });
  const amounts = new Array<number>(months).fill(0);
  const result = { months: keys, amounts, later: 0, undated: 0, otherCurrency: 0 };
  for (const o of opportunities) {
    if (o.deletedAt || !open.has(o.stage)) continue;
    if (o.currency !== currency) result.otherCurrency++;
    else if (!o.expectedClose) result.undated++;
    else {
      const month = o.expectedClose.slice(0, 7);
      const index = month < keys[0]! ? 0 : keys.indexOf(month);
      if (index < 0) result.later++;
      else amounts[index]! += o.amount;
    }
  }
  return result;
}
