/**
 * `crm-widgets/core/internal`: the exact-arithmetic building blocks of the engines (rounding
 * division, scaled decimals, exact fraction comparison, the checked add) and the `why` step
 * builder. Not a stable API: use it to write an engine of your own that rounds and sums the same
 * way, and expect changes between minor versions.
 */

// The funnel engine's building blocks, shared by computeFunnel, the incremental funnel and the widgets' filters.
export { checkStages, currencyConverter, days2, opportunityFilter } from './funnel.js';
export { SortedNumbers } from './funnel-incremental.js';
export * from './numeric.js';
export { parseTimestamp } from './time.js';
export { why } from './why.js';
