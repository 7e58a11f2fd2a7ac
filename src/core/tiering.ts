/**
 * Tiering engines (DOMAIN.md sections 1 and 3): weighted value score -> A1/A2/B1/B2/C,
 * Pareto ABC classes, bank star levels and carrier loyalty points. Every result carries a
 * `why`; the service standard of each tier is data (`DEFAULT_SERVICE_STANDARDS`).
 */
import { CrmCoreError, checkFinite } from './errors.js';
import { checkedAdd, compareFraction, PPM, percentToPpm, shareOf } from './numeric.js';
import type { LocalisedText, ParetoClass, ValueTier } from './tiers.js';
import { type WhyStep, why } from './why.js';

const round2 = (x: number) => Math.round(x * 100) / 100;
const round4 = (x: number) => Math.round(x * 10_000) / 10_000;

// =============================================================================================
// (a) Weighted value score

export type Normalisation =
  /** Linear between min (0) and max (1), clamped outside. */
  | { readonly kind: 'min-max'; readonly min: number; readonly max: number }
  /** Step function: the `points` (0..100) of the highest step whose `from` the value reaches; 0 below the first. */
  | { readonly kind: 'thresholds'; readonly steps: readonly { readonly from: number; readonly points: number }[] };

export interface IndicatorSpec {
  /** Read from `account.indicators[key]` (or from the top-level numeric field `field` when given). */
  readonly key: string;
  /** Read a top-level numeric field of the account instead, e.g. `annualRevenue` in minor units. */
  readonly field?: string;
  readonly label?: LocalisedText;
  /** Relative weight; negative for indicators that lower value (cost to serve). */
  readonly weight: number;
  readonly normalise: Normalisation;
}

export interface StrategicRule {
  /** Indicator that measures strategic / social influence. */
  readonly indicator: string;
  /** Normalised influence (0..1) from which the rule applies. */
  readonly minNormalised: number;
  /** The account still needs at least this score (keeps the rule from lifting empty shells). */
  readonly minScore: number;
  /** If given, the account's industry must be one of these too (government, courts, media...). */
  readonly industries?: readonly string[];
}

export interface ValueModel {
  readonly indicators: readonly IndicatorSpec[];
  /** Minimum score (0..100) per tier; below B2 is C. Must be non-increasing A1 >= A2 >= B1 >= B2. */
  readonly thresholds: Readonly<Record<Exclude<ValueTier, 'C'>, number>>;
  /** Lets strategic influence place an account in A2 when its score alone would not; null disables. */
  readonly strategic?: StrategicRule | null;
  /** A missing indicator is an error (default) or counts as the indicator's lowest value. */
  readonly missing?: 'error' | 'zero';
}

/**
 * Default model, in the units of the stored `customer.indicators` (see the sample data):
 * annualRevenue in yuan (major units), revenueStability and margin as fractions 0..1,
 * productBreadth as a count of product lines, strategicInfluence and costToServe on 0..10.
 * Positive weights add up to 100, so an indicator's points are its share of the score.
 */
export const DEFAULT_VALUE_MODEL: ValueModel = {
  indicators: [
    {
      key: 'annualRevenue',
      label: { en: 'Annual revenue', 'zh-CN': '年收入' },
      weight: 30,
      // Revenue bands in yuan, as in the carrier rule: 1.5M, 5M, 15M, 30M.
      normalise: {
        kind: 'thresholds',
        steps: [
          { from: 0, points: 0 },
          { from: 1_500_000, points: 25 },
          { from: 5_000_000, points: 50 },
          { from: 15_000_000, points: 75 },
          { from: 30_000_000, points: 100 },
        ],
      },
    },
    {
      key: 'revenueStability',
      label: { en: 'Revenue stability', 'zh-CN': '收入稳定性' },
      weight: 15,
      normalise: { kind: 'min-max', min: 0, max: 1 },
    },
    {
      key: 'margin',
      label: { en: 'Gross margin', 'zh-CN': '毛利率' },
      weight: 20,
      normalise: {
        kind: 'thresholds',
        steps: [
          { from: 0, points: 0 },
          { from: 0.1, points: 40 },
          { from: 0.2, points: 70 },
          { from: 0.3, points: 100 },
        ],
      },
    },
    {
      key: 'productBreadth',
      label: { en: 'Product lines bought', 'zh-CN': '产品覆盖' },
      weight: 10,
      normalise: { kind: 'min-max', min: 1, max: 12 },
    },
    {
      key: 'strategicInfluence',
      label: { en: 'Strategic / social influence', 'zh-CN': '战略与社会影响力' },
      weight: 25,
      normalise: { kind: 'min-max', min: 0, max: 10 },
    },
    {
      key: 'costToServe',
      label: { en: 'Cost to serve', 'zh-CN': '服务成本' },
      weight: -10,
      normalise: { kind: 'min-max', min: 0, max: 10 },
    },
  ],
  thresholds: { A1: 70, A2: 65, B1: 43, B2: 27 },
  strategic: { indicator: 'strategicInfluence', minNormalised: 0.85, minScore: 40 },
  missing: 'error',
};

/** The account as the value score reads it (a stored customer fits). */
export interface ScoredAccount {
  readonly id?: string;
  readonly industry?: string;
  readonly indicators?: Readonly<Record<string, number>>;
  readonly [field: string]: unknown;
}

export interface IndicatorScore {
  readonly key: string;
  readonly label: LocalisedText | null;
  /** Null when missing and the model counts missing as zero. */
  readonly raw: number | null;
  /** 0..1, 4 decimals. */
  readonly normalised: number;
  readonly weight: number;
  /** Contribution to the 0..100 score, 2 decimals (negative for negative weights). */
  readonly points: number;
}

export interface ValueScoreResult {
  readonly scheme: 'value';
  readonly id: string | null;
  /** 0..100, the clamped sum of the indicators' points. */
  readonly score: number;
  /** The tier the score alone gives. */
  readonly scoreTier: ValueTier;
  /** The final tier (differs from scoreTier when the strategic rule applied). */
  readonly tier: ValueTier;
  readonly strategic: boolean;
  readonly breakdown: readonly IndicatorScore[];
  readonly why: readonly WhyStep[];
}

const VALUE_TIERS: readonly Exclude<ValueTier, 'C'>[] = ['A1', 'A2', 'B1', 'B2'];

function checkModel(model: ValueModel): number {
  if (!model || !Array.isArray(model.indicators) || model.indicators.length === 0) {
    throw new CrmCoreError('invalid-model', 'needs at least one indicator', { path: 'model.indicators' });
  }
  const keys = new Set<string>();
  let positive = 0;
  model.indicators.forEach((spec, i) => {
    const path = `model.indicators[${i}]`;
    if (typeof spec.key !== 'string' || spec.key === '' || keys.has(spec.key)) {
      throw new CrmCoreError('invalid-model', 'indicator keys must be distinct non-empty strings', {
        path: `${path}.key`,
        value: spec.key,
      });
    }
    keys.add(spec.key);
    const w = checkFinite(spec.weight, `${path}.weight`);
    if (w > 0) positive += w;
    const n = spec.normalise;
    if (n?.kind === 'min-max') {
      if (checkFinite(n.max, `${path}.normalise.max`) <= checkFinite(n.min, `${path}.normalise.min`)) {
        throw new CrmCoreError('invalid-model', 'max must be above min', { path: `${path}.normalise` });
      }
    } else if (n?.kind === 'thresholds') {
      const steps: readonly { from: number; points: number }[] = n.steps;
      if (!Array.isArray(steps) || steps.length === 0) {
        throw new CrmCoreError('invalid-model', 'needs at least one step', { path: `${path}.normalise.steps` });
      }
      steps.forEach((s, j) => {
        const p = `${path}.normalise.steps[${j}]`;
        checkFinite(s.from, `${p}.from`);
        const pts = checkFinite(s.points, `${p}.points`);
        if (pts < 0 || pts > 100)
          throw new CrmCoreError('out-of-range', 'points must be 0..100', { path: `${p}.points`, value: pts });
        const prev = steps[j - 1];
        if (prev && s.from <= prev.from)
          throw new CrmCoreError('invalid-model', 'steps must ascend by from', { path: `${p}.from` });
      });
    } else {
      throw new CrmCoreError('invalid-model', 'normalise must be min-max or thresholds', { path: `${path}.normalise` });
    }
  });
  if (positive <= 0)
    throw new CrmCoreError('invalid-model', 'needs at least one positive weight', { path: 'model.indicators' });
  let previous = 100;
  for (const tier of VALUE_TIERS) {
    const t = checkFinite(model.thresholds?.[tier], `model.thresholds.${tier}`);
    if (t < 0 || t > previous) {
      throw new CrmCoreError('invalid-model', 'thresholds must be 0..100 and non-increasing from A1 to B2', {
        path: `model.thresholds.${tier}`,
        value: t,
      });
    }
    previous = t;
  }
  const s = model.strategic;
  if (s) {
    if (!keys.has(s.indicator)) {
      throw new CrmCoreError('invalid-model', 'strategic indicator is not in the model', {
        path: 'model.strategic.indicator',
        value: s.indicator,
      });
    }
    const m = checkFinite(s.minNormalised, 'model.strategic.minNormalised');
    if (m < 0 || m > 1)
      throw new CrmCoreError('out-of-range', 'must be 0..1', { path: 'model.strategic.minNormalised', value: m });
    checkFinite(s.minScore, 'model.strategic.minScore');
  }
  return positive;
}

function normalise(n: Normalisation, raw: number): number {
  if (n.kind === 'min-max') return Math.min(1, Math.max(0, (raw - n.min) / (n.max - n.min)));
  const step = n.steps.findLast((s) => s.from <= raw);
  return step ? step.points / 100 : 0;
}

function readIndicator(account: ScoredAccount, spec: IndicatorSpec): unknown {
  return spec.field !== undefined ? account[spec.field] : account.indicators?.[spec.key];
}

/** The value tier a score reaches under the model's thresholds. */
export function tierForScore(
  score: number,
  thresholds: ValueModel['thresholds'] = DEFAULT_VALUE_MODEL.thresholds,
): ValueTier {
  return VALUE_TIERS.find((t) => score >= thresholds[t]) ?? 'C';
}

/**
 * Weighted value score. Each indicator is normalised to 0..1 (min-max or thresholds), then
 * `points = 100 x weight x normalised / (sum of positive weights)`; the score is the sum of the
 * points clamped to 0..100. Thresholds map it to A1..C; the strategic rule can lift it to A2.
 */
export function scoreValueTier(account: ScoredAccount, model: ValueModel = DEFAULT_VALUE_MODEL): ValueScoreResult {
  if (typeof account !== 'object' || account === null)
    throw new CrmCoreError('invalid-input', 'account must be an object');
  const positive = checkModel(model);
  const breakdown: IndicatorScore[] = model.indicators.map((spec) => {
    const value = readIndicator(account, spec);
    const path = spec.field !== undefined ? spec.field : `indicators.${spec.key}`;
    let raw: number | null;
    if (value === undefined || value === null) {
      if ((model.missing ?? 'error') === 'error') {
        throw new CrmCoreError('missing-indicator', `the model needs indicator "${spec.key}"`, { path });
      }
      raw = null;
    } else {
      raw = checkFinite(value, path);
    }
    // A missing value counts as the indicator's lowest (0 normalised), visible as raw = null.
    const n = raw === null ? 0 : normalise(spec.normalise, raw);
    return {
      key: spec.key,
      label: spec.label ?? null,
      raw,
      normalised: round4(n),
      weight: spec.weight,
      points: round2((100 * spec.weight * n) / positive),
    };
  });
  const sum = round2(breakdown.reduce((s, b) => s + b.points, 0));
  const score = Math.min(100, Math.max(0, sum));
  const scoreTier = tierForScore(score, model.thresholds);
  const steps: WhyStep[] = breakdown.map((b) =>
    why('indicator', `${b.key}: ${b.raw ?? 'missing'} -> ${b.normalised} x weight ${b.weight} = ${b.points} points`, {
      key: b.key,
      raw: b.raw,
      normalised: b.normalised,
      weight: b.weight,
      points: b.points,
    }),
  );
  steps.push(why('score', `score ${score}${sum !== score ? ` (sum ${sum} clamped to 0..100)` : ''}`, { score, sum }));
  steps.push(why('score-tier', `score ${score} -> ${scoreTier}`, { score, tier: scoreTier, ...model.thresholds }));

  let tier = scoreTier;
  let strategic = false;
  const rule = model.strategic;
  if (rule && (scoreTier === 'B1' || scoreTier === 'B2' || scoreTier === 'C')) {
    const influence = breakdown.find((b) => b.key === rule.indicator)?.normalised ?? 0;
    const industryOk =
      !rule.industries || (typeof account.industry === 'string' && rule.industries.includes(account.industry));
    if (influence >= rule.minNormalised && score >= rule.minScore && industryOk) {
      tier = 'A2';
      strategic = true;
      steps.push(
        why(
          'strategic',
          `strategic influence ${influence} >= ${rule.minNormalised} and score ${score} >= ${rule.minScore}: placed in A2 (strategic)`,
          { influence, minNormalised: rule.minNormalised, score, minScore: rule.minScore },
        ),
      );
    }
  }
  return {
    scheme: 'value',
    id: typeof account.id === 'string' ? account.id : null,
    score,
    scoreTier,
    tier,
    strategic,
    breakdown,
    why: steps,
  };
}

// =============================================================================================
// (b) Pareto ABC

export interface ParetoItem {
  readonly id: string;
  /** Contribution (revenue, profit...), not negative; minor units or any consistent unit. */
  readonly value: number;
}

export interface ParetoOptions {
  /** Cumulative-share cut points in percent: A up to the first, B up to the second. Default [80, 95]. */
  readonly cuts?: readonly [number, number];
}

export interface ParetoEntry {
  readonly id: string;
  readonly value: number;
  /** 1-based rank by value (desc), ties broken by id (ascending code-unit order). */
  readonly rank: number;
  /** Share of the total, a fraction with 4 decimals (0.4512 = 45.12 %). */
  readonly share: number;
  /** Cumulative share including this item, a fraction with 4 decimals. */
  readonly cumulativeShare: number;
  readonly class: ParetoClass;
  readonly why: readonly WhyStep[];
}

export interface ParetoResult {
  readonly scheme: 'pareto';
  readonly total: number;
  readonly cuts: readonly [number, number];
  /** Ranked (best first). */
  readonly entries: readonly ParetoEntry[];
  readonly counts: Readonly<Record<ParetoClass, number>>;
}

/**
 * Pareto / ABC analysis: rank by value (desc; equal values by id), then A = the smallest prefix
 * whose cumulative value reaches the first cut (80%), B = the further items needed to reach
 * the second cut (95%), C = the rest. Every item gets exactly one class.
 */
export function paretoClasses(items: readonly ParetoItem[], options: ParetoOptions = {}): ParetoResult {
  if (!Array.isArray(items)) throw new CrmCoreError('invalid-input', 'items must be a list', { path: 'items' });
  const cuts = options.cuts ?? [80, 95];
  const cutA = percentToPpm(cuts[0], 'cuts[0]');
  const cutB = percentToPpm(cuts[1], 'cuts[1]');
  if (cutB < cutA)
    throw new CrmCoreError('out-of-range', 'the B cut must not be below the A cut', {
      path: 'cuts[1]',
      value: cuts[1],
    });
  const ids = new Set<string>();
  let total = 0;
  let integers = true;
  items.forEach((item, i) => {
    if (typeof item?.id !== 'string')
      throw new CrmCoreError('invalid-input', 'needs a string id', { path: `items[${i}].id` });
    if (ids.has(item.id))
      throw new CrmCoreError('duplicate-id', 'id appears twice', { path: `items[${i}].id`, value: item.id });
    ids.add(item.id);
    const v = checkFinite(item.value, `items[${i}].value`);
    if (v < 0)
      throw new CrmCoreError('negative-amount', 'must not be negative', { path: `items[${i}].value`, value: v });
    if (!Number.isSafeInteger(v)) integers = false;
    // Whole values (minor units, counts) are summed exactly or refused; fractional ones are a score.
    total = integers ? checkedAdd(total, v, 'total') : total + v;
  });
  const ranked = [...items].sort((a, b) => b.value - a.value || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  // "before < cut x total": exact in integers, in doubles for fractional values.
  const below = (before: number, cut: number) =>
    total > 0 && (integers ? compareFraction(before, total, cut, PPM) < 0 : before / total < cut / PPM);
  // Shares are fractions (4 decimals); the why text shows them as percents.
  const fraction = (x: number) => (total > 0 ? (integers ? shareOf(x, total)! : round4(x / total)) : 0);
  const pct = (f: number) => `${round2(f * 100)}%`;
  let cumulative = 0;
  const counts = { A: 0, B: 0, C: 0 };
  const entries = ranked.map((item, i): ParetoEntry => {
    const before = cumulative;
    cumulative = integers ? checkedAdd(cumulative, item.value, `items.${item.id}`) : cumulative + item.value;
    const cls: ParetoClass = below(before, cutA) ? 'A' : below(before, cutB) ? 'B' : 'C';
    counts[cls] += 1;
    const share = fraction(item.value);
    const cumulativeShare = fraction(cumulative);
    const beforeShare = fraction(before);
    return {
      id: item.id,
      value: item.value,
      rank: i + 1,
      share,
      cumulativeShare,
      class: cls,
      why: [
        why('rank', `rank ${i + 1} of ${ranked.length} by value ${item.value}`, { rank: i + 1, value: item.value }),
        why(
          'cumulative',
          `accounts ranked above hold ${pct(beforeShare)} of ${total}; with this one ${pct(cumulativeShare)}`,
          {
            before: beforeShare,
            after: cumulativeShare,
            total,
          },
        ),
        why(
          'class',
          cls === 'A'
            ? `the ${cuts[0]}% cut is not yet reached before it: class A`
            : cls === 'B'
              ? `the ${cuts[0]}% cut is reached, the ${cuts[1]}% cut not yet: class B`
              : `the ${cuts[1]}% cut is reached before it: class C`,
          { class: cls, cutA: cuts[0], cutB: cuts[1] },
        ),
      ],
    };
  });
  return { scheme: 'pareto', total, cuts: [cuts[0], cuts[1]], entries, counts };
}

export * from './service-standards.js';
export * from './stars-points.js';
