/**
 * The tier codes every tier system in DOMAIN.md can produce, with their localised names.
 * Codes are grouped by scheme because one code (`C`) means different things in two schemes:
 * the value tier C ("the rest") and the Pareto class C (the last 5% of value).
 */

export type TierScheme = 'value' | 'pareto' | 'stars' | 'points';

export type ValueTier = 'A1' | 'A2' | 'B1' | 'B2' | 'C';
export type ParetoClass = 'A' | 'B' | 'C';
export type StarLevel = '3star' | '4star' | '5star' | '6star' | '7star';
export type TierCode = ValueTier | ParetoClass | StarLevel;

export interface LocalisedText {
  en: string;
  'zh-CN': string;
}

export interface TierInfo {
  code: TierCode;
  scheme: Exclude<TierScheme, 'points'>;
  /** 1 = best within its scheme; lets the UI sort and colour tiers without knowing codes. */
  rank: number;
  name: LocalisedText;
}

export const TIERS: readonly TierInfo[] = [
  { code: 'A1', scheme: 'value', rank: 1, name: { en: 'High-value', 'zh-CN': '高值客户' } },
  { code: 'A2', scheme: 'value', rank: 2, name: { en: 'Strategic', 'zh-CN': '战略客户' } },
  { code: 'B1', scheme: 'value', rank: 3, name: { en: 'Key, upper', 'zh-CN': '重点客户（一类）' } },
  { code: 'B2', scheme: 'value', rank: 4, name: { en: 'Key, lower', 'zh-CN': '重点客户（二类）' } },
  { code: 'C', scheme: 'value', rank: 5, name: { en: 'Standard', 'zh-CN': '一般客户' } },
  { code: 'A', scheme: 'pareto', rank: 1, name: { en: 'Top 80% of value', 'zh-CN': '贡献前 80%' } },
  { code: 'B', scheme: 'pareto', rank: 2, name: { en: 'Next 15% of value', 'zh-CN': '贡献其后 15%' } },
  { code: 'C', scheme: 'pareto', rank: 3, name: { en: 'Last 5% of value', 'zh-CN': '贡献末尾 5%' } },
  { code: '7star', scheme: 'stars', rank: 1, name: { en: 'Seven-star', 'zh-CN': '七星级客户' } },
  { code: '6star', scheme: 'stars', rank: 2, name: { en: 'Six-star', 'zh-CN': '六星级客户' } },
  { code: '5star', scheme: 'stars', rank: 3, name: { en: 'Five-star', 'zh-CN': '五星级客户' } },
  { code: '4star', scheme: 'stars', rank: 4, name: { en: 'Four-star', 'zh-CN': '四星级客户' } },
  { code: '3star', scheme: 'stars', rank: 5, name: { en: 'Three-star', 'zh-CN': '三星级客户' } },
];

export const TIER_CODES: readonly TierCode[] = [...new Set(TIERS.map((t) => t.code))];

/**
 * Looks a tier code up. Without a scheme, a code is read in the first scheme that has it
 * (so `C` is the value tier C); pass `pareto` to read `C` as the Pareto class.
 */
export function findTier(code: string, scheme?: TierScheme): TierInfo | undefined {
  return TIERS.find((t) => t.code === code && (!scheme || t.scheme === scheme));
}

export function isTierCode(code: unknown): code is TierCode {
  return typeof code === 'string' && (TIER_CODES as readonly string[]).includes(code);
}
