/**
 * What writing needs and reading does not: record validation (the valibot schemas) and the outbox. The store and
 * its repositories load this with their first write, so a page that only reads (a bound card, badge or funnel)
 * never downloads it.
 */
export { CHUNK_SIZE, enqueueChange, enqueueChanges, queuedFor } from './outbox.js';
export { validateDirectory, validateRecord } from './schemas.js';
