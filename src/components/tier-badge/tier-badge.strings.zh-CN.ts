// The zh-CN table of tier-badge.strings.ts: fetched only when an element renders in Chinese (src/internal/localize.ts).
// Edit the Simplified texts here (new keys go to the en table first); npm run l10n:hant regenerates zh-TW / zh-HK.
import type { tierBadgeStrings } from './tier-badge.strings.js';

const strings: (typeof tierBadgeStrings)['en'] = {
  label: (code, name) => `客户等级 ${code}：${name}`,
  starLabel: (name) => `客户等级：${name}`,
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
};

export default strings;
