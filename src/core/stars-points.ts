/** Bank star levels and carrier loyalty points (domain rules, tiering): points from volumes or tenure and spend. */
import { CrmCoreError, checkFinite } from './errors.js';
import { checkCurrency, checkMinor } from './money.js';
import { checkedAdd, percentToPpm } from './numeric.js';
import type { StarLevel } from './tiers.js';
import { type WhyStep, why } from './why.js';

// =============================================================================================
// (c) Bank star levels

export interface StarConfig {
  readonly currency: string;
  /** Size of one volume unit in minor units (default 10,000 yuan = 1,000,000 fen). */
  readonly unit: number;
  /** Points per unit by transaction kind. */
  readonly pointsPerUnit: Readonly<Record<string, number>>;
  /** `complete` (default): only complete units earn points; `pro-rata`: points in proportion, floored. */
  readonly partialUnits?: 'complete' | 'pro-rata';
  /** Minimum points per level, any order; below the lowest = no star level. */
  readonly thresholds: readonly { readonly level: StarLevel; readonly minPoints: number }[];
}

export const DEFAULT_STAR_CONFIG: StarConfig = {
  currency: 'CNY',
  unit: 1_000_000,
  pointsPerUnit: { wealth: 200, card: 400, settlement: 200 },
  partialUnits: 'complete',
  thresholds: [
    { level: '3star', minPoints: 1_000 },
    { level: '4star', minPoints: 3_000 },
    { level: '5star', minPoints: 10_000 },
    { level: '6star', minPoints: 30_000 },
    { level: '7star', minPoints: 100_000 },
  ],
};

export interface Transaction {
  readonly kind: string;
  /** Minor units, not negative. */
  readonly amount: number;
  readonly currency: string;
}

export interface StarResult {
  readonly scheme: 'stars';
  readonly points: number;
  readonly level: StarLevel | null;
  readonly byKind: readonly { kind: string; volume: number; units: number; points: number }[];
  readonly why: readonly WhyStep[];
}

/**
 * Bank star level: volume per kind -> points per 10,000 (wealth 200, card 400, settlement 200 by
 * default) -> the highest level whose threshold the points reach.
 */
export function bankStarLevel(
  transactions: readonly Transaction[],
  config: StarConfig = DEFAULT_STAR_CONFIG,
): StarResult {
  const currency = checkCurrency(config.currency, 'config.currency');
  const unit = checkMinor(config.unit, 'config.unit');
  if (unit === 0) throw new CrmCoreError('out-of-range', 'unit must be positive', { path: 'config.unit' });
  for (const [kind, pts] of Object.entries(config.pointsPerUnit)) {
    if (checkFinite(pts, `config.pointsPerUnit.${kind}`) < 0 || !Number.isInteger(pts)) {
      throw new CrmCoreError('out-of-range', 'must be a non-negative integer', {
        path: `config.pointsPerUnit.${kind}`,
        value: pts,
      });
    }
  }
  const thresholds = [...config.thresholds].sort((a, b) => a.minPoints - b.minPoints);
  const levels: readonly string[] = ['3star', '4star', '5star', '6star', '7star'];
  for (const [i, t] of config.thresholds.entries()) {
    checkFinite(t.minPoints, `config.thresholds[${i}].minPoints`);
    if (!levels.includes(t.level)) {
      throw new CrmCoreError('invalid-input', `level must be one of ${levels.join(', ')}`, {
        path: `config.thresholds[${i}].level`,
        value: t.level,
      });
    }
  }
  const volumes = new Map<string, number>();
  transactions.forEach((t, i) => {
    const path = `transactions[${i}]`;
    if (!Object.hasOwn(config.pointsPerUnit, t.kind)) {
      throw new CrmCoreError(
        'invalid-input',
        `unknown transaction kind (known: ${Object.keys(config.pointsPerUnit).join(', ')})`,
        {
          path: `${path}.kind`,
          value: t.kind,
        },
      );
    }
    if (t.currency !== currency) {
      throw new CrmCoreError('currency-mismatch', `star points are earned on ${currency} volume, not ${t.currency}`, {
        path: `${path}.currency`,
        value: t.currency,
      });
    }
    const total = (volumes.get(t.kind) ?? 0) + checkMinor(t.amount, `${path}.amount`);
    if (!Number.isSafeInteger(total)) throw new CrmCoreError('overflow', 'volume too large', { path });
    volumes.set(t.kind, total);
  });
  const steps: WhyStep[] = [];
  let points = 0;
  const byKind = [...volumes.entries()].map(([kind, volume]) => {
    const rate = config.pointsPerUnit[kind] ?? 0;
    const units = Math.floor(volume / unit);
    const earned =
      config.partialUnits === 'pro-rata' ? Number((BigInt(volume) * BigInt(rate)) / BigInt(unit)) : units * rate;
    points = checkedAdd(points, earned, `points.${kind}`);
    steps.push(
      why('kind', `${kind}: ${volume} / ${unit} = ${units} units x ${rate} = ${earned} points`, {
        kind,
        volume,
        units,
        rate,
        points: earned,
      }),
    );
    return { kind, volume, units, points: earned };
  });
  const reached = thresholds.findLast((t) => points >= t.minPoints);
  const level = reached?.level ?? null;
  steps.push(
    why(
      'level',
      reached ? `${points} points >= ${reached.minPoints}: ${level}` : `${points} points: below the lowest star level`,
      {
        points,
        level,
      },
    ),
  );
  return { scheme: 'stars', points, level, byKind, why: steps };
}

// =============================================================================================
// (d) Carrier loyalty points

export interface LoyaltyConfig {
  readonly currency: string;
  readonly pointsPerMonth: number;
  /** Spend per point in minor units (default 10 yuan = 1,000 fen). */
  readonly spendPerPoint: number;
  /** Points -> next month's discount; the highest `minPoints` reached applies. */
  readonly discounts: readonly { readonly minPoints: number; readonly percent: number }[];
}

export const DEFAULT_LOYALTY_CONFIG: LoyaltyConfig = {
  currency: 'CNY',
  pointsPerMonth: 1,
  spendPerPoint: 1_000,
  discounts: [
    { minPoints: 0, percent: 0 },
    { minPoints: 30, percent: 2 },
    { minPoints: 60, percent: 5 },
    { minPoints: 120, percent: 8 },
    { minPoints: 240, percent: 10 },
  ],
};

export interface LoyaltyInput {
  /** Whole months of tenure. */
  readonly tenureMonths: number;
  readonly monthlySpend: { readonly amount: number; readonly currency: string };
  /** An unpaid bill resets the points to zero. */
  readonly unpaidBill?: boolean;
}

export interface LoyaltyResult {
  readonly scheme: 'points';
  readonly points: number;
  readonly tenurePoints: number;
  readonly spendPoints: number;
  readonly reset: boolean;
  /** Next month's discount in percent. */
  readonly discountPercent: number;
  readonly why: readonly WhyStep[];
}

/** Carrier loyalty points: 1 per month of tenure + 1 per 10 yuan of monthly spend, no cap; zero after an unpaid bill. */
export function loyaltyPoints(input: LoyaltyInput, config: LoyaltyConfig = DEFAULT_LOYALTY_CONFIG): LoyaltyResult {
  const months = checkFinite(input.tenureMonths, 'tenureMonths');
  if (!Number.isInteger(months))
    throw new CrmCoreError('not-integer', 'must be whole months', { path: 'tenureMonths', value: months });
  if (months < 0)
    throw new CrmCoreError('negative-quantity', 'must not be negative', { path: 'tenureMonths', value: months });
  const spend = checkMinor(input.monthlySpend?.amount, 'monthlySpend.amount');
  if (input.monthlySpend.currency !== checkCurrency(config.currency, 'config.currency')) {
    throw new CrmCoreError('currency-mismatch', `spend must be in ${config.currency}`, {
      path: 'monthlySpend.currency',
      value: input.monthlySpend.currency,
    });
  }
  const per = checkMinor(config.spendPerPoint, 'config.spendPerPoint');
  if (per === 0) throw new CrmCoreError('out-of-range', 'must be positive', { path: 'config.spendPerPoint' });
  const perMonth = checkFinite(config.pointsPerMonth, 'config.pointsPerMonth');
  const discounts = [...config.discounts].sort((a, b) => a.minPoints - b.minPoints);
  for (const [i, d] of config.discounts.entries()) percentToPpm(d.percent, `config.discounts[${i}].percent`);
  const tenurePoints = months * perMonth;
  const spendPoints = Math.floor(spend / per);
  const reset = input.unpaidBill === true;
  const points = reset
    ? 0
    : Number.isInteger(tenurePoints)
      ? checkedAdd(tenurePoints, spendPoints, 'points')
      : tenurePoints + spendPoints;
  const discountPercent = discounts.findLast((d) => points >= d.minPoints)?.percent ?? 0;
  const steps = [
    why('tenure', `${months} months x ${perMonth} = ${tenurePoints} points`, { months, points: tenurePoints }),
    why('spend', `monthly spend ${spend} / ${per} = ${spendPoints} points`, { spend, per, points: spendPoints }),
    reset
      ? why('reset', 'unpaid bill: points reset to 0', { points: 0 })
      : why('total', `${tenurePoints} + ${spendPoints} = ${points} points`, { points }),
    why('discount', `${points} points -> ${discountPercent}% discount next month`, { points, discountPercent }),
  ];
  return { scheme: 'points', points, tenurePoints, spendPoints, reset, discountPercent, why: steps };
}
