// The zh-CN table of tier-explanation.strings.ts: fetched only when an element renders in Chinese (src/internal/localize.ts).
// Edit the Simplified texts here (new keys go to the en table first); npm run l10n:hant regenerates zh-TW / zh-HK.
import type { tierExplanationStrings } from './tier-explanation.strings.js';

const strings: (typeof tierExplanationStrings)['en'] = {
  productLines: (count) => `${count} 条产品线`,
  outOfTen: (score) => `${score}/10 分`,
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
};

export default strings;
