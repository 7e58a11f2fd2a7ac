import type { LocalisedText, TierCode, TierScheme } from './tiers.js';

// =============================================================================================
// Service standards (data, configurable)

export interface ServiceStandard {
  readonly accountManager: 'dedicated' | 'shared' | 'pool';
  /** Outside sales own the top accounts; inside sales cover the rest (DOMAIN.md 3). */
  readonly salesChannel: 'outside' | 'inside';
  /** Hours to first response. */
  readonly responseHours: number;
  /** Hours to be on site, or null when no on-site commitment. */
  readonly onSiteHours: number | null;
  readonly visitsPerYear: number;
  readonly prioritySupply: boolean;
  readonly summary: LocalisedText;
}

export type ServiceStandardTable = Readonly<
  Partial<Record<Exclude<TierScheme, 'points'>, Readonly<Partial<Record<TierCode, ServiceStandard>>>>>
>;

const std = (
  accountManager: ServiceStandard['accountManager'],
  salesChannel: ServiceStandard['salesChannel'],
  responseHours: number,
  onSiteHours: number | null,
  visitsPerYear: number,
  prioritySupply: boolean,
  en: string,
  zh: string,
): ServiceStandard => ({
  accountManager,
  salesChannel,
  responseHours,
  onSiteHours,
  visitsPerYear,
  prioritySupply,
  summary: { en, 'zh-CN': zh },
});

/** A sensible minimum service standard per tier (an internal commitment; override per deployment). */
export const DEFAULT_SERVICE_STANDARDS: ServiceStandardTable = {
  value: {
    A1: std(
      'dedicated',
      'outside',
      1,
      4,
      12,
      true,
      'Dedicated account manager, 1 h response, on site within 4 h, monthly visit, priority supply',
      '专属客户经理，1小时响应，4小时到场，每月走访，优先保障供应',
    ),
    A2: std(
      'dedicated',
      'outside',
      2,
      8,
      6,
      true,
      'Dedicated account manager, 2 h response, on site within 8 h, visit every two months, priority supply',
      '专属客户经理，2小时响应，8小时到场，每两月走访，优先保障供应',
    ),
    B1: std(
      'shared',
      'inside',
      4,
      24,
      4,
      false,
      'Shared account manager, 4 h response, on site within 24 h, quarterly visit',
      '共享客户经理，4小时响应，24小时到场，每季度走访',
    ),
    B2: std(
      'shared',
      'inside',
      8,
      48,
      2,
      false,
      'Shared account manager, 8 h response, on site within 48 h, half-yearly visit',
      '共享客户经理，8小时响应，48小时到场，每半年走访',
    ),
    C: std(
      'pool',
      'inside',
      24,
      null,
      0,
      false,
      'Service pool and hotline, 24 h response',
      '服务团队及热线支撑，24小时响应',
    ),
  },
  pareto: {
    A: std('dedicated', 'outside', 2, 8, 6, true, 'Outside sales, dedicated account manager', '外勤销售，专属客户经理'),
    B: std('shared', 'inside', 8, 48, 2, false, 'Inside sales, shared account manager', '内勤销售，共享客户经理'),
    C: std('pool', 'inside', 24, null, 0, false, 'Inside sales, service pool', '内勤销售，服务团队支撑'),
  },
  stars: {
    '7star': std(
      'dedicated',
      'outside',
      1,
      4,
      12,
      true,
      'Private banker, VIP lounge, priority everywhere',
      '私人银行家，贵宾室，全程优先',
    ),
    '6star': std(
      'dedicated',
      'outside',
      2,
      8,
      6,
      true,
      'Dedicated relationship manager, VIP lounge',
      '专属理财经理，贵宾室',
    ),
    '5star': std(
      'shared',
      'inside',
      4,
      null,
      4,
      true,
      'Relationship manager team, priority counter',
      '理财经理团队，优先窗口',
    ),
    '4star': std('shared', 'inside', 8, null, 2, false, 'Priority counter', '优先窗口'),
    '3star': std('pool', 'inside', 24, null, 0, false, 'Standard service with star benefits', '标准服务及星级权益'),
  },
};

/** The service standard of a tier in a scheme (C is read in the scheme you name), or null when the table has none. */
export function serviceStandardFor(
  code: TierCode,
  scheme: Exclude<TierScheme, 'points'>,
  table: ServiceStandardTable = DEFAULT_SERVICE_STANDARDS,
): ServiceStandard | null {
  return table[scheme]?.[code] ?? null;
}
