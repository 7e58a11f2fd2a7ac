import type { ServiceStandard } from '../../core/tiering.js';
import type { Translations } from '../../internal/localize.js';

type Scheme = 'value' | 'pareto' | 'stars' | 'points';

export const tierBadgeStrings: Translations<{
  label: (code: string, name: string) => string;
  starLabel: (name: string) => string;
  productLines: (count: string) => string;
  outOfTen: (score: string) => string;
  unknown: string;
  unknownLabel: (code: string) => string;
  unknownScheme: (scheme: string) => string;
  none: string;
  noneLabel: string;
  loading: string;
  notFound: (id: string) => string;
  error: string;
  pointsCode: (points: string) => string;
  pointsName: (percent: string) => string;
  pointsLabel: (points: string, percent: string) => string;
  explain: string;
  scheme: Record<Scheme, string>;
  computed: string;
  stored: string;
  storedDiffers: (stored: string, computed: string) => string;
  notComputed: (reason: string) => string;
  indicator: string;
  value: string;
  weight: string;
  points: string;
  missing: string;
  score: (score: string) => string;
  thresholdCrossed: (tier: string, threshold: string) => string;
  belowAll: (threshold: string) => string;
  strategic: (scoreTier: string) => string;
  paretoRank: (rank: number, peers: number, share: string, cumulative: string) => string;
  paretoPeers: string;
  paretoCut: (cls: string, cutA: string, cutB: string) => string;
  starKind: (kind: string) => string;
  starTotal: (points: string, level: string | null, threshold: string | null) => string;
  loyaltyTenure: (months: number, points: string) => string;
  loyaltySpend: (points: string) => string;
  loyaltyReset: string;
  loyaltyDiscount: (points: string, percent: string) => string;
  standard: string;
  noStandard: string;
  manager: Record<ServiceStandard['accountManager'], string>;
  channel: Record<ServiceStandard['salesChannel'], string>;
  response: (hours: number) => string;
  onSite: (hours: number | null) => string;
  visits: (perYear: number) => string;
  prioritySupply: string;
}> = {
  en: {
    label: (code, name) => `Customer tier ${code}: ${name}`,
    starLabel: (name) => `Customer tier: ${name}`,
    productLines: (count) => `${count} product lines`,
    outOfTen: (score) => `${score} / 10`,
    unknown: 'Unknown tier',
    unknownLabel: (code) => `Unknown customer tier "${code}"`,
    unknownScheme: (scheme) => `scheme="${scheme}" is not a tier scheme; use value, pareto, stars or points`,
    none: 'No tier',
    noneLabel: 'Customer tier not set',
    loading: 'Loading customer tier',
    notFound: (id) => `Customer "${id}" not found`,
    error: 'Customer tier could not be loaded',
    pointsCode: (points) => `${points} pts`,
    pointsName: (percent) => `${percent} off next month`,
    pointsLabel: (points, percent) => `Loyalty points: ${points} pts, ${percent} off next month`,
    explain: 'Why this tier',
    scheme: { value: 'Value score', pareto: 'Pareto (ABC) class', stars: 'Bank star level', points: 'Loyalty points' },
    computed: 'Computed from the account data',
    stored: 'Stored tier',
    storedDiffers: (stored, computed) => `Stored tier ${stored}; the data now gives ${computed}.`,
    notComputed: (reason) => `Not computed from the data (${reason}); showing the stored tier.`,
    indicator: 'Indicator',
    value: 'Value',
    weight: 'Weight',
    points: 'Points',
    missing: 'missing',
    score: (score) => `Score ${score} of 100`,
    thresholdCrossed: (tier, threshold) => `Threshold crossed: ${tier} from ${threshold} points`,
    belowAll: (threshold) => `Below the lowest threshold (${threshold} points)`,
    strategic: (scoreTier) => `Strategic rule: high influence lifts the account from ${scoreTier} to A2`,
    paretoRank: (rank, peers, share, cumulative) =>
      `Rank ${rank} of ${peers} by annual revenue: ${share} of the total, ${cumulative} together with the accounts above`,
    paretoPeers: 'Ranked within the account’s group (head and all subsidiaries).',
    paretoCut: (cls, cutA, cutB) =>
      cls === 'A'
        ? `Class A: the accounts above hold less than ${cutA}`
        : cls === 'B'
          ? `Class B: the accounts above reach ${cutA} but not ${cutB}`
          : `Class C: the accounts above already reach ${cutB}`,
    starKind: (kind) =>
      ({ wealth: 'Wealth and investment', card: 'Card spending', settlement: 'Settlement' })[kind] ?? kind,
    starTotal: (points, level, threshold) =>
      level ? `${points} points reach ${level} (from ${threshold})` : `${points} points: below the lowest star level`,
    loyaltyTenure: (months, points) => `${months} months of tenure: ${points} points`,
    loyaltySpend: (points) => `Monthly spend: ${points} points`,
    loyaltyReset: 'An unpaid bill reset the points to 0',
    loyaltyDiscount: (points, percent) => `${points} points give ${percent} off next month`,
    standard: 'Service standard',
    noStandard: 'No service standard is defined for this tier.',
    manager: { dedicated: 'Dedicated account manager', shared: 'Shared account manager', pool: 'Service pool' },
    channel: { outside: 'Outside sales', inside: 'Inside sales' },
    response: (hours) => `Response within ${hours} h`,
    onSite: (hours) => (hours === null ? 'No on-site commitment' : `On site within ${hours} h`),
    visits: (perYear) => (perYear === 0 ? 'No scheduled visits' : `${perYear} visits a year`),
    prioritySupply: 'Priority supply',
  },
  'zh-CN': {
    label: (code, name) => `客户等级 ${code}：${name}`,
    starLabel: (name) => `客户等级：${name}`,
    productLines: (count) => `${count} 条产品线`,
    outOfTen: (score) => `${score}/10 分`,
    unknown: '未知等级',
    unknownLabel: (code) => `未知客户等级“${code}”`,
    unknownScheme: (scheme) => `scheme="${scheme}" 不是等级方案，请使用 value、pareto、stars 或 points`,
    none: '未分级',
    noneLabel: '尚未设置客户等级',
    loading: '正在加载客户等级',
    notFound: (id) => `未找到客户“${id}”`,
    error: '无法加载客户等级',
    pointsCode: (points) => `${points} 积分`,
    pointsName: (percent) => `下月优惠 ${percent}`,
    pointsLabel: (points, percent) => `忠诚积分：${points} 积分，下月优惠 ${percent}`,
    explain: '等级依据',
    scheme: { value: '价值评分', pareto: '帕累托（ABC）分类', stars: '银行星级', points: '忠诚积分' },
    computed: '根据客户数据计算',
    stored: '已存等级',
    storedDiffers: (stored, computed) => `已存等级为 ${stored}；按当前数据应为 ${computed}。`,
    notComputed: (reason) => `无法根据数据计算（${reason}），显示已存等级。`,
    indicator: '指标',
    value: '数值',
    weight: '权重',
    points: '得分',
    missing: '缺失',
    score: (score) => `总分 ${score}（满分 100）`,
    thresholdCrossed: (tier, threshold) => `达到门槛：${tier} 需 ${threshold} 分`,
    belowAll: (threshold) => `低于最低门槛（${threshold} 分）`,
    strategic: (scoreTier) => `战略规则：影响力高，由 ${scoreTier} 提升为 A2`,
    paretoRank: (rank, peers, share, cumulative) =>
      `按年收入排名第 ${rank}（共 ${peers} 家）：占总额 ${share}，连同排名在前者累计 ${cumulative}`,
    paretoPeers: '在该客户所属集团（总部及全部成员企业）内排名。',
    paretoCut: (cls, cutA, cutB) =>
      cls === 'A'
        ? `A 类：排名在前者合计不足 ${cutA}`
        : cls === 'B'
          ? `B 类：排名在前者已达 ${cutA}，未达 ${cutB}`
          : `C 类：排名在前者已达 ${cutB}`,
    starKind: (kind) => ({ wealth: '理财及投资', card: '银行卡消费', settlement: '结算' })[kind] ?? kind,
    starTotal: (points, level, threshold) =>
      level ? `${points} 积分，达到 ${level}（门槛 ${threshold}）` : `${points} 积分，未达最低星级`,
    loyaltyTenure: (months, points) => `在网 ${months} 个月：${points} 分`,
    loyaltySpend: (points) => `月消费：${points} 分`,
    loyaltyReset: '存在欠费，积分清零',
    loyaltyDiscount: (points, percent) => `${points} 分，下月优惠 ${percent}`,
    standard: '服务标准',
    noStandard: '该等级未定义服务标准。',
    manager: { dedicated: '专属客户经理', shared: '共享客户经理', pool: '服务团队' },
    channel: { outside: '外勤销售', inside: '内勤销售' },
    response: (hours) => `${hours} 小时内响应`,
    onSite: (hours) => (hours === null ? '无到场承诺' : `${hours} 小时内到场`),
    visits: (perYear) => (perYear === 0 ? '无定期走访' : `每年走访 ${perYear} 次`),
    prioritySupply: '优先保障供应',
  },
  // generated by scripts/zh-hant.mjs from zh-CN: do not edit (npm run l10n:hant)
  'zh-TW': {
    label: (code, name) => `客戶等級 ${code}：${name}`,
    starLabel: (name) => `客戶等級：${name}`,
    productLines: (count) => `${count} 條產品線`,
    outOfTen: (score) => `${score}/10 分`,
    unknown: '未知等級',
    unknownLabel: (code) => `未知客戶等級“${code}”`,
    unknownScheme: (scheme) => `scheme="${scheme}" 不是等級方案，請使用 value、pareto、stars 或 points`,
    none: '未分級',
    noneLabel: '尚未設定客戶等級',
    loading: '正在載入客戶等級',
    notFound: (id) => `未找到客戶“${id}”`,
    error: '無法載入客戶等級',
    pointsCode: (points) => `${points} 積分`,
    pointsName: (percent) => `下月優惠 ${percent}`,
    pointsLabel: (points, percent) => `忠誠積分：${points} 積分，下月優惠 ${percent}`,
    explain: '等級依據',
    scheme: { value: '價值評分', pareto: '帕累托（ABC）分類', stars: '銀行星級', points: '忠誠積分' },
    computed: '根據客戶資料計算',
    stored: '已存等級',
    storedDiffers: (stored, computed) => `已存等級為 ${stored}；按當前資料應為 ${computed}。`,
    notComputed: (reason) => `無法根據資料計算（${reason}），顯示已存等級。`,
    indicator: '指標',
    value: '數值',
    weight: '權重',
    points: '得分',
    missing: '缺失',
    score: (score) => `總分 ${score}（滿分 100）`,
    thresholdCrossed: (tier, threshold) => `達到門檻：${tier} 需 ${threshold} 分`,
    belowAll: (threshold) => `低於最低門檻（${threshold} 分）`,
    strategic: (scoreTier) => `戰略規則：影響力高，由 ${scoreTier} 提升為 A2`,
    paretoRank: (rank, peers, share, cumulative) =>
      `按年收入排名第 ${rank}（共 ${peers} 家）：佔總額 ${share}，連同排名在前者累計 ${cumulative}`,
    paretoPeers: '在該客戶所屬集團（總部及全部成員企業）內排名。',
    paretoCut: (cls, cutA, cutB) =>
      cls === 'A'
        ? `A 類：排名在前者合計不足 ${cutA}`
        : cls === 'B'
          ? `B 類：排名在前者已達 ${cutA}，未達 ${cutB}`
          : `C 類：排名在前者已達 ${cutB}`,
    starKind: (kind) => ({ wealth: '理財及投資', card: '銀行卡消費', settlement: '結算' })[kind] ?? kind,
    starTotal: (points, level, threshold) =>
      level ? `${points} 積分，達到 ${level}（門檻 ${threshold}）` : `${points} 積分，未達最低星級`,
    loyaltyTenure: (months, points) => `在網 ${months} 個月：${points} 分`,
    loyaltySpend: (points) => `月消費：${points} 分`,
    loyaltyReset: '存在欠費，積分清零',
    loyaltyDiscount: (points, percent) => `${points} 分，下月優惠 ${percent}`,
    standard: '服務標準',
    noStandard: '該等級未定義服務標準。',
    manager: { dedicated: '專屬客戶經理', shared: '共享客戶經理', pool: '服務團隊' },
    channel: { outside: '外勤銷售', inside: '內勤銷售' },
    response: (hours) => `${hours} 小時內響應`,
    onSite: (hours) => (hours === null ? '無到場承諾' : `${hours} 小時內到場`),
    visits: (perYear) => (perYear === 0 ? '無定期走訪' : `每年走訪 ${perYear} 次`),
    prioritySupply: '優先保障供應',
  },
  'zh-HK': {
    label: (code, name) => `客户等級 ${code}：${name}`,
    starLabel: (name) => `客户等級：${name}`,
    productLines: (count) => `${count} 條產品線`,
    outOfTen: (score) => `${score}/10 分`,
    unknown: '未知等級',
    unknownLabel: (code) => `未知客户等級“${code}”`,
    unknownScheme: (scheme) => `scheme="${scheme}" 不是等級方案，請使用 value、pareto、stars 或 points`,
    none: '未分級',
    noneLabel: '尚未設置客户等級',
    loading: '正在加載客户等級',
    notFound: (id) => `未找到客户“${id}”`,
    error: '無法加載客户等級',
    pointsCode: (points) => `${points} 積分`,
    pointsName: (percent) => `下月優惠 ${percent}`,
    pointsLabel: (points, percent) => `忠誠積分：${points} 積分，下月優惠 ${percent}`,
    explain: '等級依據',
    scheme: { value: '價值評分', pareto: '帕累托（ABC）分類', stars: '銀行星級', points: '忠誠積分' },
    computed: '根據客户數據計算',
    stored: '已存等級',
    storedDiffers: (stored, computed) => `已存等級為 ${stored}；按當前數據應為 ${computed}。`,
    notComputed: (reason) => `無法根據數據計算（${reason}），顯示已存等級。`,
    indicator: '指標',
    value: '數值',
    weight: '權重',
    points: '得分',
    missing: '缺失',
    score: (score) => `總分 ${score}（滿分 100）`,
    thresholdCrossed: (tier, threshold) => `達到門檻：${tier} 需 ${threshold} 分`,
    belowAll: (threshold) => `低於最低門檻（${threshold} 分）`,
    strategic: (scoreTier) => `戰略規則：影響力高，由 ${scoreTier} 提升為 A2`,
    paretoRank: (rank, peers, share, cumulative) =>
      `按年收入排名第 ${rank}（共 ${peers} 家）：佔總額 ${share}，連同排名在前者累計 ${cumulative}`,
    paretoPeers: '在該客户所屬集團（總部及全部成員企業）內排名。',
    paretoCut: (cls, cutA, cutB) =>
      cls === 'A'
        ? `A 類：排名在前者合計不足 ${cutA}`
        : cls === 'B'
          ? `B 類：排名在前者已達 ${cutA}，未達 ${cutB}`
          : `C 類：排名在前者已達 ${cutB}`,
    starKind: (kind) => ({ wealth: '理財及投資', card: '銀行卡消費', settlement: '結算' })[kind] ?? kind,
    starTotal: (points, level, threshold) =>
      level ? `${points} 積分，達到 ${level}（門檻 ${threshold}）` : `${points} 積分，未達最低星級`,
    loyaltyTenure: (months, points) => `在網 ${months} 個月：${points} 分`,
    loyaltySpend: (points) => `月消費：${points} 分`,
    loyaltyReset: '存在欠費，積分清零',
    loyaltyDiscount: (points, percent) => `${points} 分，下月優惠 ${percent}`,
    standard: '服務標準',
    noStandard: '該等級未定義服務標準。',
    manager: { dedicated: '專屬客户經理', shared: '共享客户經理', pool: '服務團隊' },
    channel: { outside: '外勤銷售', inside: '內勤銷售' },
    response: (hours) => `${hours} 小時內響應`,
    onSite: (hours) => (hours === null ? '無到場承諾' : `${hours} 小時內到場`),
    visits: (perYear) => (perYear === 0 ? '無定期走訪' : `每年走訪 ${perYear} 次`),
    prioritySupply: '優先保障供應',
  },
  // end of generated tables
};
