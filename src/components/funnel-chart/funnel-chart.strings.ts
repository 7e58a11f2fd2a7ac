import type { Translations } from '../../internal/localize.js';
import type { AppliedFilter, Measure } from './funnel-model.js';

/** English plural of "deal" for an already formatted count. */
const deals = (count: string) => (count === '1' ? 'deal' : 'deals');

export const funnelChartStrings: Translations<{
  title: string;
  measureGroup: string;
  measures: Record<Measure, string>;
  /** The measure as it reads inside a sentence ("by deal count"). */
  byMeasure: Record<Measure, string>;
  table: string;
  loading: string;
  /** First paint: only the stage counts are shown yet. */
  loadingDetails: string;
  error: (message: string) => string;
  retry: string;
  emptyAll: string;
  emptyFiltered: (filters: string) => string;
  filterNames: Record<AppliedFilter['key'], string>;
  summary: {
    pipeline: string;
    forecast: string;
    slowest: string;
  };
  notSet: string;
  slowestValue: (stage: string, days: string) => string;
  stagesLabel: string;
  deals: (count: string) => string;
  toNext: (percent: string) => string;
  fromFirst: (percent: string) => string;
  dropped: (count: string) => string;
  chartLabel: (title: string, measure: string, stages: string, lost: string) => string;
  chartLost: (count: string) => string;
  lost: (count: string, amount: string) => string;
  lostBy: (list: string) => string;
  unconverted: (count: string, currency: string, list: string) => string;
  unconvertedItem: (amount: string, count: string) => string;
  converted: (currency: string, date: string) => string;
  notConverted: (amount: string, count: string) => string;
  caption: (title: string, mode: string) => string;
  modes: Record<'strict' | 'any-stage', string>;
  columns: {
    stage: string;
    count: string;
    amount: string;
    weighted: string;
    probability: string;
    reached: string;
    toNext: string;
    fromFirst: string;
    dropOff: string;
    medianDays: string;
  };
  lostRow: string;
  noStage: string;
  /** The chart's form: bars (Chart.js) or the tapered funnel (SVG). */
  shapeGroup: string;
  shapes: Record<'bars' | 'funnel', string>;
  kpi: {
    winRate: string;
    vsTarget: string;
    openDeals: (count: string) => string;
    wonAmount: (amount: string) => string;
    winSplit: (won: string, lost: string) => string;
    targetOf: (amount: string) => string;
    toGo: (amount: string) => string;
    ahead: (amount: string) => string;
  };
  /** The conversion between two stages of the funnel shape. */
  flow: (percent: string, dropped: string) => string;
}> = {
  en: {
    title: 'Sales funnel',
    measureGroup: 'Bar size',
    measures: { count: 'Deals', amount: 'Amount', weighted: 'Weighted' },
    byMeasure: { count: 'deal count', amount: 'amount', weighted: 'weighted amount' },
    table: 'Data table',
    loading: 'Loading the funnel…',
    loadingDetails: 'Deals per stage counted; loading amounts, conversion and time in stage…',
    error: (message) => `The funnel could not be shown: ${message}`,
    retry: 'Try again',
    emptyAll: 'No opportunities yet.',
    emptyFiltered: (filters) => `No opportunities match these filters: ${filters}.`,
    filterNames: {
      owner: 'owner',
      team: 'team',
      tier: 'tier',
      industry: 'industry',
      channel: 'channel',
      group: 'group',
      period: 'period',
    },
    summary: {
      pipeline: 'Open pipeline',
      forecast: 'Forecast (won + weighted)',
      slowest: 'Slowest stage (median time)',
    },
    notSet: 'Not set',
    slowestValue: (stage, days) => `${stage}: ${days}`,
    stagesLabel: 'Stages (Enter lists the opportunities in a stage)',
    deals: (count) => `${count} ${deals(count)}`,
    toNext: (percent) => `${percent} to next`,
    fromFirst: (percent) => `${percent} of first`,
    dropped: (count) => `${count} dropped`,
    chartLabel: (title, measure, stages, lost) => `${title}, by ${measure}: ${stages}.${lost}`,
    chartLost: (count) => ` Lost, not drawn: ${count}.`,
    lost: (count, amount) => `Lost (not in the funnel): ${count} ${deals(count)}, ${amount}`,
    lostBy: (list) => `by furthest stage reached: ${list}`,
    unconverted: (count, currency, list) =>
      `${count} ${deals(count)} could not be converted to ${currency} (no exchange rate): ${list}. They are listed per currency and left out of every total.`,
    unconvertedItem: (amount, count) => `${amount} in ${count} ${deals(count)}`,
    converted: (currency, date) => `Other currencies converted to ${currency} at the rates of ${date}.`,
    notConverted: (amount, count) => `+ ${amount} (${count} not converted)`,
    caption: (title, mode) => `${title}: figures by stage (${mode})`,
    modes: { strict: 'strict: reached every earlier stage', 'any-stage': 'any stage ever reached' },
    columns: {
      stage: 'Stage',
      count: 'Deals',
      amount: 'Amount',
      weighted: 'Weighted',
      probability: 'Probability',
      reached: 'Reached',
      toNext: 'Conversion to next',
      fromFirst: 'Conversion from first',
      dropOff: 'Drop-off',
      medianDays: 'Median time in stage',
    },
    lostRow: 'Lost (not in the funnel)',
    noStage: 'no stage',
    shapeGroup: 'Chart form',
    shapes: { bars: 'Bars', funnel: 'Funnel' },
    kpi: {
      winRate: 'Win rate',
      vsTarget: 'Forecast vs target',
      openDeals: (count) => `${count} open ${deals(count)}`,
      wonAmount: (amount) => `Won ${amount}`,
      winSplit: (won, lost) => `${won} won, ${lost} lost`,
      targetOf: (amount) => `Target ${amount}`,
      toGo: (amount) => `${amount} to go`,
      ahead: (amount) => `ahead by ${amount}`,
    },
    flow: (percent, dropped) => `${percent} to next stage, ${dropped} dropped`,
  },
  // Other languages load when an element renders in one (npm run l10n:hant writes these lines).
  'zh-CN': () => import('./funnel-chart.strings.zh-CN.js'),
  'zh-TW': () => import('./funnel-chart.strings.zh-TW.js'),
  'zh-HK': () => import('./funnel-chart.strings.zh-HK.js'),
};
