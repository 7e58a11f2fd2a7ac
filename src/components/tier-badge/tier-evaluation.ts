/**
 * How the badge turns an account into a tier with the core tiering engines, and how it reads its
 * configuration. Pure functions: no DOM, no store, so the card and tests can use them too.
 */
import { CrmCoreError } from '../../core/errors.js';
import {
  bankStarLevel,
  DEFAULT_LOYALTY_CONFIG,
  DEFAULT_SERVICE_STANDARDS,
  DEFAULT_STAR_CONFIG,
  DEFAULT_VALUE_MODEL,
  type LoyaltyConfig,
  type LoyaltyInput,
  type LoyaltyResult,
  loyaltyPoints,
  type ParetoEntry,
  paretoClasses,
  type ServiceStandard,
  type ServiceStandardTable,
  type StarConfig,
  type StarResult,
  scoreValueTier,
  serviceStandardFor,
  type Transaction,
  type ValueModel,
  type ValueScoreResult,
} from '../../core/tiering.js';
import type { TierInfo, TierScheme } from '../../core/tiers.js';

/** The tiering model per scheme; every part is optional and falls back to the core default. */
export interface TierModel {
  value?: ValueModel;
  /** Pareto cut points in percent of cumulative value, default `[80, 95]`. */
  pareto?: { cuts?: readonly [number, number] };
  stars?: StarConfig;
  points?: LoyaltyConfig;
}

/** What a `<script type="application/json">` child may hold. */
export interface TierConfig {
  model?: TierModel;
  standards?: ServiceStandardTable;
}

/**
 * An account as the badge reads it: a stored customer fits. `transactions` (bank star volumes in minor
 * units) and `loyalty` (carrier points input) are optional extra fields a record may carry.
 */
export interface TierAccount {
  readonly id?: string;
  readonly tier?: string;
  readonly tierScheme?: TierScheme;
  readonly currency?: string;
  readonly annualRevenue?: number;
  readonly indicators?: Readonly<Record<string, number>>;
  readonly transactions?: readonly Transaction[];
  readonly loyalty?: LoyaltyInput;
  readonly [field: string]: unknown;
}

export type Computation =
  | { scheme: 'value'; result: ValueScoreResult; model: ValueModel }
  | { scheme: 'pareto'; entry: ParetoEntry; peers: number; cuts: readonly [number, number] }
  | { scheme: 'stars'; result: StarResult; config: StarConfig }
  | { scheme: 'points'; result: LoyaltyResult };

/** The code a computation gives (points give no tier code, only points and a discount). */
export function computedCode(c: Computation): string | null {
  switch (c.scheme) {
    case 'value':
      return c.result.tier;
    case 'pareto':
      return c.entry.class;
    case 'stars':
      return c.result.level;
    case 'points':
      return null;
  }
}

/**
 * Runs the scheme's engine on the account. Pareto ranks the account by `annualRevenue` among `peers`
 * (the caller decides the peer set; the account itself is always in it). Throws CrmCoreError when the
 * account lacks what the scheme needs.
 */
export function computeTier(
  account: TierAccount,
  scheme: TierScheme,
  model: TierModel = {},
  peers: readonly TierAccount[] = [],
): Computation {
  switch (scheme) {
    case 'value': {
      const valueModel = model.value ?? DEFAULT_VALUE_MODEL;
      return { scheme, result: scoreValueTier(account, valueModel), model: valueModel };
    }
    case 'pareto': {
      const id = account.id ?? '';
      const currency = account.currency ?? 'CNY';
      const others = peers.filter((p) => p.id !== id);
      for (const peer of others) {
        if ((peer.currency ?? 'CNY') !== currency) {
          throw new CrmCoreError('currency-mismatch', `peer ${peer.id} is in ${peer.currency}, not ${currency}`, {
            path: 'peers',
            value: peer.currency,
          });
        }
      }
      const items = [account, ...others].map((a) => ({ id: a.id ?? '', value: a.annualRevenue ?? 0 }));
      const cuts = model.pareto?.cuts ?? [80, 95];
      const result = paretoClasses(items, { cuts });
      return { scheme, entry: result.entries.find((e) => e.id === id)!, peers: items.length, cuts };
    }
    case 'stars': {
      if (!Array.isArray(account.transactions)) {
        throw new CrmCoreError('invalid-input', 'the account has no transactions to earn star points', {
          path: 'transactions',
        });
      }
      const config = model.stars ?? DEFAULT_STAR_CONFIG;
      return { scheme, result: bankStarLevel(account.transactions, config), config };
    }
    case 'points': {
      if (!account.loyalty || typeof account.loyalty !== 'object') {
        throw new CrmCoreError('invalid-input', 'the account has no loyalty data (tenure, monthly spend)', {
          path: 'loyalty',
        });
      }
      return { scheme, result: loyaltyPoints(account.loyalty, model.points ?? DEFAULT_LOYALTY_CONFIG) };
    }
  }
}

/** The service standard a tier entitles to (null when the table has none for it). */
export function standardOf(
  info: TierInfo,
  table: ServiceStandardTable = DEFAULT_SERVICE_STANDARDS,
): ServiceStandard | null {
  return serviceStandardFor(info.code, info.scheme, table);
}

/**
 * Reads the JSON of a `<script type="application/json">` child. JSON.parse only: the text is never
 * evaluated. Returns an error message instead of throwing so the badge can fall back to the defaults.
 */
export function parseTierConfig(text: string): { config: TierConfig } | { error: string } {
  try {
    const value: unknown = JSON.parse(text);
    if (!value || typeof value !== 'object' || Array.isArray(value)) {
      return { error: 'must be a JSON object like { "model": {…}, "standards": {…} }' };
    }
    const { model, standards } = value as Record<string, unknown>;
    for (const [name, part] of [
      ['model', model],
      ['standards', standards],
    ] as const) {
      if (part !== undefined && (!part || typeof part !== 'object' || Array.isArray(part))) {
        return { error: `"${name}" must be an object` };
      }
    }
    return { config: { model: model as TierModel | undefined, standards: standards as ServiceStandardTable } };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}
