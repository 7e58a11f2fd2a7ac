/**
 * The funnel engine in incremental form: the same figures as `computeFunnel` over a set of opportunities,
 * kept up to date as opportunities are added and removed, so one changed deal among 100,000 costs
 * microseconds instead of a pass over all of them. Per-stage counts, amounts, weighted sums, reached
 * counts and unconverted amounts are running sums; time-in-stage medians come from a sorted multiset per
 * stage (binary-search insert and delete, no re-sort).
 *
 * `result()` equals `computeFunnel(current set, options)` exactly (a property test checks it), except for
 * where an invalid opportunity is reported: the engine names it by id instead of by index.
 */
import { CrmCoreError } from './errors.js';
import {
  checkOpportunity,
  checkStages,
  computeFunnel,
  currencyConverter,
  DEFAULT_STAGES,
  days2,
  type FunnelOpportunity,
  type FunnelOptions,
  type FunnelResult,
  type FunnelStageRow,
  funnelTotals,
  historyStage,
  historyTime,
  opportunityFilter,
  type StageDef,
  type UnconvertedAmount,
} from './funnel.js';
import { checkRateTable } from './money.js';
import { checkedAdd, mulDivRound, PPM, percentToPpm, type RoundingMode, shareOf } from './numeric.js';
import { parseTimestamp } from './time.js';

/**
 * Numbers kept in order with insert and delete by binary search (a memmove each, fast at 100,000 entries).
 * Values added in bulk before the first read are sorted once, on that read.
 */
export class SortedNumbers {
  private values = new Float64Array(16);
  private length = 0;
  private sorted = true;
  private total = 0;

  get size(): number {
    return this.length;
  }

  /** Inserts in order (binary search, one memmove). */
  insert(value: number): void {
    if (!this.sorted || this.length === 0 || value >= this.values[this.length - 1]!) {
      this.push(value);
      return;
    }
    this.grow();
    const at = this.lowerBound(value);
    this.values.copyWithin(at + 1, at, this.length);
    this.values[at] = value;
    this.length++;
    this.total += value;
  }

  /** Appends without keeping the order; the next read sorts once. For filling in bulk. */
  push(value: number): void {
    this.grow();
    if (this.length > 0 && value < this.values[this.length - 1]!) this.sorted = false;
    this.values[this.length++] = value;
    this.total += value;
  }

  /** Removes one occurrence; false when the value is not there. */
  delete(value: number): boolean {
    this.sort();
    const at = this.lowerBound(value);
    if (at >= this.length || this.values[at] !== value) return false;
    this.values.copyWithin(at, at + 1, this.length);
    this.length--;
    this.total -= value;
    return true;
  }

  median(): number | null {
    this.sort();
    const n = this.length;
    if (n === 0) return null;
    const mid = n >> 1;
    return n % 2 ? this.values[mid]! : (this.values[mid - 1]! + this.values[mid]!) / 2;
  }

  /** The mean, summed in ascending order as computeFunnel does (the running sum is exact for whole numbers). */
  mean(): number | null {
    if (this.length === 0) return null;
    if (Number.isSafeInteger(this.total)) return this.total / this.length;
    this.sort();
    let sum = 0;
    for (let i = 0; i < this.length; i++) sum += this.values[i]!;
    return sum / this.length;
  }

  private grow(): void {
    if (this.length < this.values.length) return;
    const grown = new Float64Array(this.values.length * 2);
    grown.set(this.values);
    this.values = grown;
  }

  /** Sorts values appended in bulk now (otherwise the next read does); false when already in order. */
  sort(): boolean {
    if (this.sorted) return false;
    this.values.subarray(0, this.length).sort();
    this.sorted = true;
    return true;
  }

  private lowerBound(value: number): number {
    let lo = 0;
    let hi = this.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.values[mid]! < value) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

interface CurrencySums {
  count: number;
  amount: number;
  weighted: number;
}

/** What one opportunity adds to the funnel. */
interface Contribution {
  /** Index in the funnel stages, or -1 - index in the lost stages. */
  readonly at: number;
  readonly currency: string;
  readonly value: number;
  /** Converted amount, or null without a rate. */
  readonly converted: number | null;
  readonly weighted: number;
  /** Funnel stages counted as reached (per the mode). */
  readonly reached: readonly number[];
  /** For a lost deal: the furthest funnel stage reached, or `(none)`. */
  readonly lostKey: string | null;
  /** Stays measured: stage index, milliseconds. */
  readonly stays: readonly (readonly [number, number])[];
}

/** Why an opportunity could not be counted, with the id it was added under. */
export class InvalidOpportunityError extends CrmCoreError {
  constructor(
    readonly opportunityId: string,
    cause: CrmCoreError,
  ) {
    super(cause.code, cause.message.slice(cause.path ? cause.path.length + 2 : 0), {
      path: cause.path.replace(/^opportunity/, `opportunities[id=${opportunityId}]`),
      value: cause.value,
    });
  }
}

/** A running funnel: `add` and `remove` opportunities, `result()` any time. */
export class IncrementalFunnel {
  private readonly flow: readonly StageDef[];
  private readonly template: FunnelResult;
  private readonly stageIndex = new Map<string, number>();
  private readonly stagePpm: number[];
  private readonly rounding: RoundingMode;
  private readonly now: number | null;
  private readonly includes: (o: FunnelOpportunity) => boolean;
  private readonly convert: (value: number, from: string, path: string) => number | null;

  private readonly count: number[];
  private readonly amount: number[];
  private readonly weighted: number[];
  private readonly reached: number[];
  private readonly stays: SortedNumbers[];
  private readonly unconverted: Map<string, CurrencySums>[];
  private readonly lostUnconverted = new Map<string, CurrencySums>();
  private readonly byLastStage = new Map<string, number>();
  private lostCount = 0;
  private lostAmount = 0;
  private included = 0;
  private total = 0;
  private unconvertedCount = 0;
  private filling = false;
  private readonly historyStages: number[] = [];
  private readonly historyTimes: number[] = [];
  private readonly visited: Uint8Array;
  /** Opportunities that failed validation, by id: the result is an error while any is present. */
  private readonly invalid = new Map<string, InvalidOpportunityError>();

  /** Validates the options exactly as computeFunnel does (same errors). */
  constructor(options: FunnelOptions = {}) {
    this.template = computeFunnel([], options);
    const { flow, lost } = checkStages(options.stages ?? DEFAULT_STAGES);
    this.flow = flow;
    for (const [i, s] of flow.entries()) this.stageIndex.set(s.id, i);
    for (const [i, s] of lost.entries()) this.stageIndex.set(s.id, -1 - i);
    this.stagePpm = flow.map((s) => percentToPpm(s.probability, `stages.${s.id}.probability`));
    this.rounding = options.rounding ?? 'half-up';
    this.now = options.now === undefined ? null : parseTimestamp(String(options.now));
    const n = flow.length;
    this.count = new Array<number>(n).fill(0);
    this.amount = new Array<number>(n).fill(0);
    this.weighted = new Array<number>(n).fill(0);
    this.reached = new Array<number>(n).fill(0);
    this.stays = flow.map(() => new SortedNumbers());
    this.visited = new Uint8Array(n);
    this.unconverted = flow.map(() => new Map());
    this.includes = opportunityFilter(options);
    const rates = options.rates ? checkRateTable(options.rates, 'rates') : null;
    this.convert = currencyConverter(this.template.currency, rates, this.rounding);
  }

  /** Opportunities counted (including those the filters leave out). */
  get size(): number {
    return this.total;
  }

  add(o: FunnelOpportunity): void {
    this.apply(o, 1);
  }

  remove(o: FunnelOpportunity): void {
    this.apply(o, -1);
  }

  /** Adds many at once (a fill): time-in-stage values are appended and sorted once, on the next result. */
  addAll(opportunities: Iterable<FunnelOpportunity>): void {
    this.filling = true;
    try {
      for (const o of opportunities) this.apply(o, 1);
    } finally {
      this.filling = false;
    }
  }

  /**
   * After a fill: sorts one stage's time-in-stage values and returns true, or false when all are sorted.
   * Lets a caller spread that work over several tasks instead of the first `result()`.
   */
  sortStep(): boolean {
    return this.stays.some((stays) => stays.sort());
  }

  /** One opportunity changed: `before` (undefined if new) is taken out, `after` (undefined if deleted) put in. */
  replace(before: FunnelOpportunity | undefined, after: FunnelOpportunity | undefined): void {
    if (before) this.remove(before);
    if (after) this.add(after);
  }

  /** The funnel now; throws the first invalid opportunity's error while one is present. */
  result(): FunnelResult {
    const problem = this.invalid.values().next();
    if (!problem.done) throw problem.value;
    const n = this.flow.length;
    // Running sums may pass the safe range and come back; what is reported must be exact (as computeFunnel's).
    this.flow.forEach((stage, i) => {
      checkedAdd(this.amount[i]!, 0, `stages.${stage.id}.amount`);
      checkedAdd(this.weighted[i]!, 0, `stages.${stage.id}.weighted`);
    });
    checkedAdd(this.lostAmount, 0, 'lost.amount');
    const first = this.reached[0] ?? 0;
    const rows: FunnelStageRow[] = this.template.stages.map((row, i) => {
      const reached = this.reached[i]!;
      const next = i + 1 < n ? this.reached[i + 1]! : null;
      const stays = this.stays[i]!;
      const med = stays.median();
      const mean = stays.mean();
      return {
        ...row,
        count: this.count[i]!,
        amount: this.amount[i]!,
        weighted: this.weighted[i]!,
        unconverted: listOf(this.unconverted[i]!),
        reached,
        conversionToNext: next === null ? null : shareOf(next, reached),
        conversionFromFirst: shareOf(reached, first),
        dropOff: next === null ? 0 : reached - next,
        time: {
          samples: stays.size,
          medianDays: med === null ? null : days2(med),
          meanDays: mean === null ? null : days2(mean),
        },
      };
    });
    const target = this.template.totals.target;
    return {
      ...this.template,
      stages: rows,
      lost: {
        count: this.lostCount,
        amount: this.lostAmount,
        unconverted: listOf(this.lostUnconverted),
        byLastStage: Object.fromEntries(this.byLastStage),
        stages: this.template.lost.stages,
      },
      totals: funnelTotals(rows, target, this.included, this.total - this.included, this.unconvertedCount),
    };
  }

  private apply(o: FunnelOpportunity, sign: 1 | -1): void {
    this.total += sign;
    const id = typeof o?.id === 'string' ? o.id : String(o?.id);
    let c: Contribution | null;
    try {
      c = this.contribution(o);
    } catch (error) {
      if (!(error instanceof CrmCoreError)) throw error;
      if (sign > 0) this.invalid.set(id, new InvalidOpportunityError(id, error));
      else this.invalid.delete(id);
      return;
    }
    if (c === null) return;
    this.included += sign;
    if (c.converted === null) this.unconvertedCount += sign;
    if (c.at >= 0) {
      this.count[c.at]! += sign;
      if (c.converted === null) addSums(this.unconverted[c.at]!, c.currency, c.value, c.weighted, sign);
      else {
        this.amount[c.at]! += sign * c.converted;
        this.weighted[c.at]! += sign * c.weighted;
      }
    } else {
      this.lostCount += sign;
      if (c.converted === null) addSums(this.lostUnconverted, c.currency, c.value, 0, sign);
      else this.lostAmount += sign * c.converted;
    }
    for (const s of c.reached) this.reached[s]! += sign;
    if (c.lostKey !== null) {
      const left = (this.byLastStage.get(c.lostKey) ?? 0) + sign;
      if (left === 0) this.byLastStage.delete(c.lostKey);
      else this.byLastStage.set(c.lostKey, left);
    }
    for (const [s, ms] of c.stays) {
      if (sign < 0) this.stays[s]!.delete(ms);
      else if (this.filling) this.stays[s]!.push(ms);
      else this.stays[s]!.insert(ms);
    }
  }

  /** What computeFunnel's loop does for one opportunity (same checks, same order); null = filtered out. */
  private contribution(o: FunnelOpportunity): Contribution | null {
    const path = 'opportunity';
    const { at, value, ppm, history } = checkOpportunity(o, path, this.stageIndex, this.stagePpm);
    // Buffers reused across opportunities (this runs 100,000 times in a fill).
    const stages = this.historyStages;
    const times = this.historyTimes;
    stages.length = 0;
    times.length = 0;
    let sorted = true;
    history.forEach((e, h) => {
      const s = historyStage(this.stageIndex, e, path, h);
      const t = historyTime(e, path, h);
      if (h > 0 && t < times[h - 1]!) sorted = false;
      stages.push(s);
      times.push(t);
    });
    if (!this.includes(o)) return null;

    const converted = this.convert(value, o.currency, `${path}.currency`);
    const weighted = at >= 0 ? mulDivRound(converted ?? value, ppm, PPM, this.rounding) : 0;
    const n = this.flow.length;
    const visited = this.visited;
    visited.fill(0);
    if (at >= 0) visited[at] = 1;
    // As computeFunnel: a won deal with no stage history passed every earlier stage.
    if (stages.length === 0 && at >= 0 && this.flow[at]!.kind === 'won') visited.fill(1, 0, at + 1);
    for (const s of stages) if (s >= 0) visited[s] = 1;
    const reached: number[] = [];
    if (this.template.mode === 'strict') for (let s = 0; s < n && visited[s]; s++) reached.push(s);
    else for (let s = 0; s < n; s++) if (visited[s]) reached.push(s);
    let lostKey: string | null = null;
    if (at < 0) {
      let furthest = -1;
      for (let s = 0; s < n; s++) if (visited[s]) furthest = s;
      lostKey = furthest >= 0 ? this.flow[furthest]!.id : '(none)';
    }
    const stays: [number, number][] = [];
    const len = stages.length;
    const order = sorted
      ? null
      : Array.from({ length: len }, (_, h) => h).sort((a, b) => times[a]! - times[b]! || a - b);
    for (let k = 0; k < len; k++) {
      const h = order ? order[k]! : k;
      const s = stages[h]!;
      if (s < 0) continue;
      if (k + 1 < len) stays.push([s, times[order ? order[k + 1]! : k + 1]! - times[h]!]);
      else if (this.now !== null && s === at && this.flow[s]!.kind === 'open') {
        const d = this.now - times[h]!;
        if (d < 0)
          throw new CrmCoreError('invalid-date', 'now is before the last stage change', {
            path: `${path}.stageHistory[${h}].at`,
          });
        stays.push([s, d]);
      }
    }
    return { at, currency: o.currency, value, converted, weighted, reached, lostKey, stays };
  }
}

function addSums(map: Map<string, CurrencySums>, currency: string, value: number, weighted: number, sign: 1 | -1) {
  const sums = map.get(currency) ?? { count: 0, amount: 0, weighted: 0 };
  sums.count += sign;
  sums.amount += sign * value;
  sums.weighted += sign * weighted;
  if (sums.count === 0) map.delete(currency);
  else map.set(currency, sums);
}

function listOf(map: Map<string, CurrencySums>): UnconvertedAmount[] {
  return [...map.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([currency, u]) => ({ currency, ...u }));
}
