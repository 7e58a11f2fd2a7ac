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
  defaultStageNames: Record<string, string>;
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
    defaultStageNames: {
      lead: 'Lead',
      qualified: 'Qualified',
      proposal: 'Proposal',
      negotiation: 'Negotiation',
      won: 'Won',
      lost: 'Lost',
    },
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
  'zh-CN': {
    title: '销售漏斗',
    measureGroup: '条形长度',
    measures: { count: '商机数', amount: '金额', weighted: '加权金额' },
    byMeasure: { count: '商机数', amount: '金额', weighted: '加权金额' },
    table: '数据表',
    loading: '正在加载漏斗…',
    loadingDetails: '已统计各阶段商机数，正在加载金额、转化率和阶段停留时间…',
    error: (message) => `无法显示漏斗：${message}`,
    retry: '重试',
    emptyAll: '暂无商机。',
    emptyFiltered: (filters) => `没有符合以下筛选条件的商机：${filters}。`,
    filterNames: {
      owner: '负责人',
      team: '团队',
      tier: '客户等级',
      industry: '行业',
      channel: '渠道',
      group: '集团',
      period: '期间',
    },
    summary: {
      pipeline: '在途商机金额',
      forecast: '预测（赢单 + 加权）',
      slowest: '最慢阶段（停留时间中位数）',
    },
    notSet: '未设置',
    slowestValue: (stage, days) => `${stage}：${days}`,
    stagesLabel: '阶段（按回车查看该阶段的商机）',
    deals: (count) => `${count} 个商机`,
    toNext: (percent) => `下一阶段转化 ${percent}`,
    fromFirst: (percent) => `累计转化 ${percent}`,
    dropped: (count) => `流失 ${count}`,
    chartLabel: (title, measure, stages, lost) => `${title}，按${measure}：${stages}。${lost}`,
    chartLost: (count) => `输单未绘出：${count}。`,
    lost: (count, amount) => `输单（不计入漏斗）：${count} 个，${amount}`,
    lostBy: (list) => `按到达的最远阶段：${list}`,
    unconverted: (count, currency, list) =>
      `${count} 个商机无法换算为 ${currency}（缺少汇率）：${list}。这些金额按原币种单列，未计入任何合计。`,
    unconvertedItem: (amount, count) => `${amount}（${count} 个）`,
    converted: (currency, date) => `其他币种已按 ${date} 的汇率换算为 ${currency}。`,
    notConverted: (amount, count) => `+ ${amount}（${count} 个未换算）`,
    caption: (title, mode) => `${title}：各阶段数据（${mode}）`,
    modes: { strict: '严格：须经过此前每个阶段', 'any-stage': '曾到达即计入' },
    columns: {
      stage: '阶段',
      count: '商机数',
      amount: '金额',
      weighted: '加权金额',
      probability: '赢率',
      reached: '到达数',
      toNext: '下一阶段转化率',
      fromFirst: '累计转化率',
      dropOff: '流失数',
      medianDays: '停留时间中位数',
    },
    lostRow: '输单（不计入漏斗）',
    noStage: '无阶段',
    defaultStageNames: {
      lead: '线索',
      qualified: '已确认',
      proposal: '方案/报价',
      negotiation: '谈判',
      won: '赢单',
      lost: '输单',
    },
    shapeGroup: '图表形式',
    shapes: { bars: '条形图', funnel: '漏斗图' },
    kpi: {
      winRate: '赢单率',
      vsTarget: '预测与目标',
      openDeals: (count) => `在途商机 ${count} 个`,
      wonAmount: (amount) => `已赢单 ${amount}`,
      winSplit: (won, lost) => `赢单 ${won} 个，输单 ${lost} 个`,
      targetOf: (amount) => `目标 ${amount}`,
      toGo: (amount) => `尚差 ${amount}`,
      ahead: (amount) => `超出 ${amount}`,
    },
    flow: (percent, dropped) => `转化至下一阶段 ${percent}，流失 ${dropped} 个`,
  },
  // generated by scripts/zh-hant.mjs from zh-CN: do not edit (npm run l10n:hant)
  'zh-TW': {
    title: '銷售漏斗',
    measureGroup: '條形長度',
    measures: { count: '商機數', amount: '金額', weighted: '加權金額' },
    byMeasure: { count: '商機數', amount: '金額', weighted: '加權金額' },
    table: '資料表',
    loading: '正在載入漏斗…',
    loadingDetails: '已統計各階段商機數，正在載入金額、轉化率和階段停留時間…',
    error: (message) => `無法顯示漏斗：${message}`,
    retry: '重試',
    emptyAll: '暫無商機。',
    emptyFiltered: (filters) => `沒有符合以下篩選條件的商機：${filters}。`,
    filterNames: {
      owner: '負責人',
      team: '團隊',
      tier: '客戶等級',
      industry: '行業',
      channel: '渠道',
      group: '集團',
      period: '期間',
    },
    summary: {
      pipeline: '在途商機金額',
      forecast: '預測（贏單 + 加權）',
      slowest: '最慢階段（停留時間中位數）',
    },
    notSet: '未設定',
    slowestValue: (stage, days) => `${stage}：${days}`,
    stagesLabel: '階段（按回車檢視該階段的商機）',
    deals: (count) => `${count} 個商機`,
    toNext: (percent) => `下一階段轉化 ${percent}`,
    fromFirst: (percent) => `累計轉化 ${percent}`,
    dropped: (count) => `流失 ${count}`,
    chartLabel: (title, measure, stages, lost) => `${title}，按${measure}：${stages}。${lost}`,
    chartLost: (count) => `輸單未繪出：${count}。`,
    lost: (count, amount) => `輸單（不計入漏斗）：${count} 個，${amount}`,
    lostBy: (list) => `按到達的最遠階段：${list}`,
    unconverted: (count, currency, list) =>
      `${count} 個商機無法換算為 ${currency}（缺少匯率）：${list}。這些金額按原幣種單列，未計入任何合計。`,
    unconvertedItem: (amount, count) => `${amount}（${count} 個）`,
    converted: (currency, date) => `其他幣種已按 ${date} 的匯率換算為 ${currency}。`,
    notConverted: (amount, count) => `+ ${amount}（${count} 個未換算）`,
    caption: (title, mode) => `${title}：各階段資料（${mode}）`,
    modes: { strict: '嚴格：須經過此前每個階段', 'any-stage': '曾到達即計入' },
    columns: {
      stage: '階段',
      count: '商機數',
      amount: '金額',
      weighted: '加權金額',
      probability: '贏率',
      reached: '到達數',
      toNext: '下一階段轉化率',
      fromFirst: '累計轉化率',
      dropOff: '流失數',
      medianDays: '停留時間中位數',
    },
    lostRow: '輸單（不計入漏斗）',
    noStage: '無階段',
    defaultStageNames: {
      lead: '線索',
      qualified: '已確認',
      proposal: '方案/報價',
      negotiation: '談判',
      won: '贏單',
      lost: '輸單',
    },
    shapeGroup: '圖表形式',
    shapes: { bars: '條形圖', funnel: '漏斗圖' },
    kpi: {
      winRate: '贏單率',
      vsTarget: '預測與目標',
      openDeals: (count) => `在途商機 ${count} 個`,
      wonAmount: (amount) => `已贏單 ${amount}`,
      winSplit: (won, lost) => `贏單 ${won} 個，輸單 ${lost} 個`,
      targetOf: (amount) => `目標 ${amount}`,
      toGo: (amount) => `尚差 ${amount}`,
      ahead: (amount) => `超出 ${amount}`,
    },
    flow: (percent, dropped) => `轉化至下一階段 ${percent}，流失 ${dropped} 個`,
  },
  'zh-HK': {
    title: '銷售漏斗',
    measureGroup: '條形長度',
    measures: { count: '商機數', amount: '金額', weighted: '加權金額' },
    byMeasure: { count: '商機數', amount: '金額', weighted: '加權金額' },
    table: '數據表',
    loading: '正在加載漏斗…',
    loadingDetails: '已統計各階段商機數，正在加載金額、轉化率和階段停留時間…',
    error: (message) => `無法顯示漏斗：${message}`,
    retry: '重試',
    emptyAll: '暫無商機。',
    emptyFiltered: (filters) => `沒有符合以下篩選條件的商機：${filters}。`,
    filterNames: {
      owner: '負責人',
      team: '團隊',
      tier: '客户等級',
      industry: '行業',
      channel: '渠道',
      group: '集團',
      period: '期間',
    },
    summary: {
      pipeline: '在途商機金額',
      forecast: '預測（贏單 + 加權）',
      slowest: '最慢階段（停留時間中位數）',
    },
    notSet: '未設置',
    slowestValue: (stage, days) => `${stage}：${days}`,
    stagesLabel: '階段（按回車查看該階段的商機）',
    deals: (count) => `${count} 個商機`,
    toNext: (percent) => `下一階段轉化 ${percent}`,
    fromFirst: (percent) => `累計轉化 ${percent}`,
    dropped: (count) => `流失 ${count}`,
    chartLabel: (title, measure, stages, lost) => `${title}，按${measure}：${stages}。${lost}`,
    chartLost: (count) => `輸單未繪出：${count}。`,
    lost: (count, amount) => `輸單（不計入漏斗）：${count} 個，${amount}`,
    lostBy: (list) => `按到達的最遠階段：${list}`,
    unconverted: (count, currency, list) =>
      `${count} 個商機無法換算為 ${currency}（缺少匯率）：${list}。這些金額按原幣種單列，未計入任何合計。`,
    unconvertedItem: (amount, count) => `${amount}（${count} 個）`,
    converted: (currency, date) => `其他幣種已按 ${date} 的匯率換算為 ${currency}。`,
    notConverted: (amount, count) => `+ ${amount}（${count} 個未換算）`,
    caption: (title, mode) => `${title}：各階段數據（${mode}）`,
    modes: { strict: '嚴格：須經過此前每個階段', 'any-stage': '曾到達即計入' },
    columns: {
      stage: '階段',
      count: '商機數',
      amount: '金額',
      weighted: '加權金額',
      probability: '贏率',
      reached: '到達數',
      toNext: '下一階段轉化率',
      fromFirst: '累計轉化率',
      dropOff: '流失數',
      medianDays: '停留時間中位數',
    },
    lostRow: '輸單（不計入漏斗）',
    noStage: '無階段',
    defaultStageNames: {
      lead: '線索',
      qualified: '已確認',
      proposal: '方案/報價',
      negotiation: '談判',
      won: '贏單',
      lost: '輸單',
    },
    shapeGroup: '圖表形式',
    shapes: { bars: '條形圖', funnel: '漏斗圖' },
    kpi: {
      winRate: '贏單率',
      vsTarget: '預測與目標',
      openDeals: (count) => `在途商機 ${count} 個`,
      wonAmount: (amount) => `已贏單 ${amount}`,
      winSplit: (won, lost) => `贏單 ${won} 個，輸單 ${lost} 個`,
      targetOf: (amount) => `目標 ${amount}`,
      toGo: (amount) => `尚差 ${amount}`,
      ahead: (amount) => `超出 ${amount}`,
    },
    flow: (percent, dropped) => `轉化至下一階段 ${percent}，流失 ${dropped} 個`,
  },
  // end of generated tables
};
