/**
 * The funnel's figures as text in the element's language: money, percentages, days, stage names. One per
 * render of a ready view, shared by the element and its parts (notes, table).
 */
import type { FunnelStageRow } from '../../core/funnel.js';
import { labelOf } from '../../internal/labels.js';
import type { LocalizeController } from '../../internal/localize.js';
import type { funnelChartStrings } from './funnel-chart.strings.js';
import { type Measure, measureValue } from './funnel-model.js';
import type { Ready } from './funnel-view.js';

export class FunnelFormat {
  /**
   * @param t The element's strings in its language (the element reads them: it waits for their table).
   */
  constructor(
    private readonly localize: LocalizeController,
    private readonly view: Ready,
    readonly t: (typeof funnelChartStrings)['en'],
  ) {}

  /** Between two clauses: `，` in Chinese, `, ` in English. */
  get comma(): string {
    return this.localize.locale === 'zh-CN' ? '，' : ', ';
  }

  number(value: number): string {
    return this.localize.number(value);
  }

  money(amount: number, currency: string, compact = false): string {
    return this.localize.money(amount, currency, compact ? 'summary' : 'exact');
  }

  percent(ratio: number | null): string {
    return ratio === null ? '—' : this.localize.number(ratio, { style: 'percent', maximumFractionDigits: 2 });
  }

  days(value: number | null): string {
    return value === null
      ? '—'
      : this.localize.number(value, { style: 'unit', unit: 'day', unitDisplay: 'long', maximumFractionDigits: 1 });
  }

  stageName(row: { stage: string; name: string }): string {
    const config = this.view.stages.get(row.stage);
    if (this.localize.locale === 'zh-CN' && config?.nameZh) return config.nameZh;
    if (this.view.defaultStages) return labelOf('stage', row.stage, this.localize.lang);
    return config?.name ?? row.name;
  }

  /** A stage's figure in the measure that sizes the bars: deals, or compact money. */
  measureText(row: FunnelStageRow, measure: Measure): string {
    return measure === 'count'
      ? this.t.deals(this.number(row.count))
      : this.money(measureValue(row, measure), this.view.result.currency, true);
  }
}
