/**
 * `crm-widgets/core/internal`: the exact-arithmetic building blocks of the engines (rounding
 * division, scaled decimals, exact fraction comparison, the checked add) and the `why` step
 * builder. Not a stable API: use it to write an engine of your own that rounds and sums the same
 * way, and expect changes between minor versions.
 */

export * from './numeric.js';
export { parseTimestamp } from './time.js';
export { why } from './why.js';
