/**
 * Volume bands for quote pricing: inclusive whole-unit ranges `{ min, max? }` that the `slab` and
 * `range` methods read the same way, the deprecated `{ from }` form and its conversion, and the
 * volume step itself. Pure and exact, like the rest of core (README "Volume bands").
 */
import { CrmCoreError } from './errors.js';
import { checkMinor } from './money.js';
import {
  divRound,
  mulDivRound,
  OVERFLOW_MESSAGE,
  PPM,
  percentToPpm,
  ppmToPercent,
  type RoundingMode,
  toSafeNumber,
  toScaled,
} from './numeric.js';

/**
 * A volume band: the units numbered `min` through `max` (both inclusive, whole numbers), as
 * people write bands ("1-50, 51-100, 101+"). Units are items for `basis: 'quantity'` and minor
 * units (fen) of the line's list amount for `basis: 'amount'`. Bands follow each other without
 * gap or overlap (each `min` is the previous `max` + 1); only the last may leave `max` out (open).
 * Both methods read a band the same way: `slab` gives unit k the rate of the band holding k;
 * `range` gives every unit of the line the rate of the band holding its last unit (a fractional
 * quantity's last unit is the partly filled one, so 100.5 falls in "101+").
 */
export interface VolumeBand {
  readonly min: number;
  readonly max?: number;
  /** Percent off (0..100). */
  readonly percent: number;
}

/**
 * @deprecated The old form: `from` was a continuous lower bound that `range` and `slab` read
 * differently. Still accepted, with a one-time console warning, and read as its method always
 * did: for `range`, `{ from: f }` is `{ min: f }`; for `slab`, `{ from: f }` is `{ min: f + 1 }`;
 * each band's `max` is the next band's `min` - 1. Write `{ min, max }` bands instead.
 */
export interface LegacyVolumeTier {
  readonly from: number;
  readonly percent: number;
}

export type VolumeTier = VolumeBand | LegacyVolumeTier;

/** A slab band as used on one line: it covers what lies above `from` up to and including `to`. */
export interface SlabBand {
  /** The band's `min` - 1 (0 at the least). */
  readonly from: number;
  /** The band's `max`; null for the last, open band. */
  readonly to: number | null;
  readonly percent: number;
  /** How much of the line falls in the band (a quantity, or minor units for amount tiers). */
  readonly base: number;
}

/** What the band reader needs of a volume rule. */
interface BandedRule {
  readonly basis: 'quantity' | 'amount';
  readonly method: 'range' | 'slab';
  readonly tiers: readonly VolumeTier[];
}

/** A band on the basis line (scaled: milli-units of quantity, or minor units): it covers (lo, hi]. */
export interface CompiledTier {
  readonly lo: number;
  /** Null for the open top band. */
  readonly hi: number | null;
  readonly ppm: number;
  /** As written, for the explanation: first and last unit. */
  readonly min: number;
  readonly max: number | null;
}

let legacyTierWarned = false;

/** Reads a rule's bands into (lo, hi] intervals on the scaled basis line; see `VolumeBand`. */
export function compileBands(v: BandedRule, path: string): CompiledTier[] {
  const scale = v.basis === 'quantity' ? 1000 : 1;
  const legacy = v.tiers.map((t) => typeof t === 'object' && t !== null && 'from' in t && !('min' in t));
  if (legacy.some((x) => x !== legacy[0])) {
    throw new CrmCoreError('invalid-input', 'write every band as { min, max } (do not mix with the old { from })', {
      path: `${path}.tiers`,
    });
  }
  if (legacy[0]) {
    if (!legacyTierWarned) {
      legacyTierWarned = true;
      console.warn(
        `crm-widgets: ${path}.tiers uses the deprecated { from } form; write inclusive bands { min, max } instead (README "Volume bands").`,
      );
    }
    let previous = -1;
    const froms = (v.tiers as readonly LegacyVolumeTier[]).map((t, j) => {
      const p = `${path}.tiers[${j}].from`;
      const from = v.basis === 'quantity' ? toScaled(t.from, 3, p) : checkMinor(t.from, p);
      if (from < 0) throw new CrmCoreError('negative-quantity', 'must not be negative', { path: p, value: t.from });
      if (from <= previous) {
        throw new CrmCoreError('invalid-input', 'tiers must be in strictly ascending order of from', { path: p });
      }
      previous = from;
      return from;
    });
    // Each method keeps its old reading: range took "from <= basis" (basis > from - 1 step; quantities
    // have 3 decimals, amounts whole fen), slab took the band above `from`.
    const shift = v.method === 'range' ? 1 : 0;
    return froms.map((from, j) => {
      const next = froms[j + 1];
      const lo = from - shift;
      const hi = next === undefined ? null : next - shift;
      return {
        lo,
        hi,
        ppm: percentToPpm(v.tiers[j]!.percent, `${path}.tiers[${j}].percent`),
        min: Math.ceil((lo + 1) / scale),
        max: hi === null ? null : Math.floor(hi / scale),
      };
    });
  }
  let previousMax: number | null = -1;
  return (v.tiers as readonly VolumeBand[]).map((t, j) => {
    const tp = `${path}.tiers[${j}]`;
    if (typeof t !== 'object' || t === null)
      throw new CrmCoreError('invalid-input', 'must be { min, max?, percent }', { path: tp });
    const min = wholeUnits(t.min, `${tp}.min`);
    if (previousMax === null) {
      throw new CrmCoreError('invalid-input', 'only the last band may leave max out', {
        path: `${path}.tiers[${j - 1}].max`,
      });
    }
    if (j > 0 && min !== previousMax + 1) {
      throw new CrmCoreError(
        'invalid-input',
        `bands must follow each other without gap or overlap: min must be ${previousMax + 1} (the previous max + 1)`,
        { path: `${tp}.min`, value: t.min },
      );
    }
    const max = t.max === undefined ? null : wholeUnits(t.max, `${tp}.max`);
    if (max !== null && max < min) {
      throw new CrmCoreError('invalid-input', 'max must not be below min', { path: `${tp}.max`, value: t.max });
    }
    previousMax = max;
    const lo = (min - 1) * scale;
    const hi = max === null ? null : max * scale;
    if (!Number.isSafeInteger(lo) || (hi !== null && !Number.isSafeInteger(hi))) {
      throw new CrmCoreError('overflow', OVERFLOW_MESSAGE, { path: tp });
    }
    return { lo, hi, ppm: percentToPpm(t.percent, `${tp}.percent`), min, max };
  });
}

/** A band edge: a whole number of units, not negative. */
function wholeUnits(value: unknown, path: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
    throw new CrmCoreError('not-integer', 'must be a whole number (bands are inclusive ranges of whole units)', {
      path,
      value,
    });
  }
  if (value < 0) throw new CrmCoreError('negative-quantity', 'must not be negative', { path, value });
  return value;
}

/** The outcome of a volume step: its rate (for slabs the blend), the discount and the explanation. */
export interface VolumeStep {
  readonly ppm: number;
  readonly discount: number;
  readonly detail: string;
  readonly bands?: SlabBand[];
}

/**
 * The volume discount on `running` for a line whose basis is `basis` (milli-units of quantity, or the
 * list amount in minor units); null when no band gives a discount.
 */
export function volumeStep(
  rule: {
    readonly basis: 'quantity' | 'amount';
    readonly method: 'range' | 'slab';
    readonly tiers: readonly CompiledTier[];
  },
  basis: number,
  running: number,
  mode: RoundingMode,
): VolumeStep | null {
  const scale = rule.basis === 'quantity' ? 1000 : 1;
  if (rule.method === 'range') {
    const tier = rule.tiers.find((t) => t.lo < basis && (t.hi === null || basis <= t.hi));
    if (!tier || tier.ppm === 0) return null;
    const band = `${tier.min}${tier.max === null ? '+' : `–${tier.max}`}`;
    return {
      ppm: tier.ppm,
      discount: mulDivRound(running, tier.ppm, PPM, mode),
      detail: `volume range: ${rule.basis} band ${band} at ${ppmToPercent(tier.ppm)}%`,
    };
  }
  // Slab: each band of the basis at its own rate. sum(band x ppm) / (basis x PPM) is the blended rate.
  let weighted = 0n;
  const bands: SlabBand[] = [];
  for (const t of rule.tiers) {
    const lower = Math.max(0, t.lo);
    const upper = t.hi === null ? basis : Math.min(basis, t.hi);
    const base = Math.max(0, upper - lower);
    if (base > 0) {
      weighted += BigInt(base) * BigInt(t.ppm);
      bands.push({
        from: lower / scale,
        to: t.hi === null ? null : t.hi / scale,
        percent: ppmToPercent(t.ppm),
        base: base / scale,
      });
    }
  }
  if (weighted === 0n || basis === 0) return null;
  const discount = toSafeNumber(divRound(BigInt(running) * weighted, BigInt(basis) * BigInt(PPM), mode));
  const ppm = Number(divRound(weighted, BigInt(basis), 'half-up'));
  return { ppm, discount, detail: `volume slab by ${rule.basis}`, bands };
}
