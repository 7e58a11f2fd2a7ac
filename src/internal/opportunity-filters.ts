/**
 * The opportunity filters the funnel and the pipeline board share: owner, team, tier, industry, channel,
 * group (a head and every subsidiary) and period, read from attributes, and one predicate that applies them
 * to a single opportunity exactly as the funnel engine (`computeFunnel`) does. Attribute errors name the
 * attribute at fault.
 */
import { isCrmCoreError } from '../core/errors.js';
import { type FunnelCustomer, type FunnelFilters, type FunnelOpportunity, opportunityFilter } from '../core/funnel.js';
import { flattenGroup, type GroupAccount, groupTree } from '../core/group.js';
import { checkIsoDate } from '../core/money.js';

/** A configuration problem, named by the attribute or property at fault. */
export class FunnelConfigError extends Error {
  override name = 'FunnelConfigError';
  constructor(
    readonly source: string,
    message: string,
  ) {
    super(`${source}: ${message}`);
  }
}

/** An attribute that should hold JSON and does not; kept as a value so the error can name it later. */
export class InvalidJson {
  constructor(
    readonly text: string,
    readonly reason: string,
  ) {}
}

/** Lit converter for object attributes given as JSON (`stages='[…]'`); bad JSON never throws in attribute handling. */
export const jsonAttribute = {
  fromAttribute(value: string | null): unknown {
    if (value === null || value.trim() === '') return undefined;
    try {
      return JSON.parse(value);
    } catch (error) {
      return new InvalidJson(value, error instanceof Error ? error.message : String(error));
    }
  },
};

/** A comma-separated attribute as a list; empty means "no filter". */
export function parseList(text: string | undefined): string[] | undefined {
  const list = (text ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  return list.length ? list : undefined;
}

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const PERIOD_HELP =
  'expected 2026-Q4, 2026-11, 2026, 2026-11-15 or a range 2026-10-01/2026-12-31 (either end may be left open)';

/**
 * A period attribute as inclusive dates: a quarter (`2026-Q4`), a month (`2026-11`), a year (`2026`), a day,
 * or a range `from/to` with either end open. `field` chooses the date it applies to.
 */
export function parsePeriod(text: string | undefined, field: string | undefined): FunnelFilters['period'] | undefined {
  const value = text?.trim();
  if (!value) return undefined;
  if (field !== undefined && field !== 'created' && field !== 'expected-close') {
    throw new FunnelConfigError('period-field', `expected created or expected-close, got "${field}"`);
  }
  const on = field === 'expected-close' ? ('expectedClose' as const) : ('createdAt' as const);
  let match = /^(\d{4})-Q([1-4])$/i.exec(value);
  if (match) {
    const year = Number(match[1]);
    const last = Number(match[2]) * 3;
    return { from: `${year}-${pad(last - 2)}-01`, to: `${year}-${pad(last)}-${lastDay(year, last)}`, field: on };
  }
  match = /^(\d{4})-(\d{2})$/.exec(value);
  if (match) {
    const year = Number(match[1]);
    const month = Number(match[2]);
    if (month < 1 || month > 12) throw new FunnelConfigError('period', `no month ${match[2]}; ${PERIOD_HELP}`);
    return { from: `${value}-01`, to: `${value}-${lastDay(year, month)}`, field: on };
  }
  if (/^\d{4}$/.test(value)) return { from: `${value}-01-01`, to: `${value}-12-31`, field: on };
  const [fromText, toText, ...rest] = value.split('/').map((part) => part.trim());
  if (rest.length || (!fromText && !toText)) throw new FunnelConfigError('period', `"${value}": ${PERIOD_HELP}`);
  const date = (part: string | undefined) => {
    if (!part) return undefined;
    try {
      return checkIsoDate(part, 'period');
    } catch {
      throw new FunnelConfigError('period', `"${part}" is not a date; ${PERIOD_HELP}`);
    }
  };
  const from = date(fromText);
  const to = toText === undefined ? from : date(toText);
  if (from && to && from > to) throw new FunnelConfigError('period', `starts (${from}) after it ends (${to})`);
  return { ...(from ? { from } : {}), ...(to ? { to } : {}), field: on };
}

/** Every customer id of the named groups: each head and all its descendants through `parentId`. */
export function groupMembers(customers: readonly GroupAccount[], groupIds: readonly string[]): Set<string> {
  const members = new Set<string>();
  for (const id of groupIds) {
    try {
      for (const node of flattenGroup(groupTree(customers, id).root)) members.add(node.id);
    } catch (error) {
      if (isCrmCoreError(error, 'unknown-account')) throw new FunnelConfigError('group', `no customer "${id}"`);
      throw error;
    }
  }
  return members;
}

/** The filter attributes both elements take. */
export interface OpportunityFilterSettings {
  readonly owner?: string;
  readonly team?: string;
  readonly tier?: string;
  readonly industry?: string;
  readonly channel?: string;
  readonly group?: string;
  readonly period?: string;
  readonly periodField?: string;
}

/** A filter in effect, for telling the reader which filters left a view empty. */
export interface AppliedFilter {
  readonly key: 'owner' | 'team' | 'tier' | 'industry' | 'channel' | 'group' | 'period';
  readonly value: string;
}

export interface ParsedFilters {
  /** The engine's filters (everything but the group). */
  readonly filters: FunnelFilters;
  readonly group: string[] | undefined;
  readonly applied: AppliedFilter[];
}

/** The settings as engine filters plus the group list; throws FunnelConfigError naming a bad attribute. */
export function parseFilters(settings: OpportunityFilterSettings): ParsedFilters {
  const owner = parseList(settings.owner);
  const team = parseList(settings.team);
  const tier = parseList(settings.tier);
  const industry = parseList(settings.industry);
  const channel = parseList(settings.channel);
  const group = parseList(settings.group);
  const period = parsePeriod(settings.period, settings.periodField);
  const applied: AppliedFilter[] = [];
  const note = (key: AppliedFilter['key'], list: string[] | undefined) => {
    if (list) applied.push({ key, value: list.join(', ') });
  };
  note('owner', owner);
  note('team', team);
  note('tier', tier);
  note('industry', industry);
  note('channel', channel);
  note('group', group);
  if (period) applied.push({ key: 'period', value: settings.period!.trim() });
  return {
    filters: {
      ...(owner ? { owner } : {}),
      ...(team ? { team } : {}),
      ...(tier ? { tier } : {}),
      ...(industry ? { industry } : {}),
      ...(channel ? { channel } : {}),
      ...(period ? { period } : {}),
    },
    group,
    applied,
  };
}

/**
 * One opportunity against the filters, with the same meaning as in `computeFunnel` (owner, team, channel
 * with the customer's as fallback, tier, industry, period on the created or expected-close date), plus
 * group membership.
 */
export function opportunityMatcher(
  parsed: ParsedFilters,
  customers: readonly (GroupAccount & FunnelCustomer)[] | undefined,
): (opportunity: FunnelOpportunity) => boolean {
  const f = parsed.filters;
  if ((f.tier || f.industry || parsed.group) && !customers) {
    throw new FunnelConfigError('customers', 'the tier, industry and group filters need the customers');
  }
  const byId = new Map((customers ?? []).map((c) => [c.id, c] as const));
  const members = parsed.group && customers ? groupMembers(customers, parsed.group) : null;
  // The engine's own predicate, so the board and the funnel can never disagree on what a filter keeps.
  const accepts = opportunityFilter({ filters: f, customers: byId });
  return (o) => (!members || (o.customerId !== undefined && members.has(o.customerId))) && accepts(o);
}
