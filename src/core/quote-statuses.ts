/** The quote life cycle's states, in a module of their own so the data model can name them without loading the approval engine. */
export const QUOTE_STATUSES = [
  'draft',
  'pending-approval',
  'approved',
  'sent',
  'accepted',
  'ordered',
  'rejected',
  'expired',
] as const;

export type QuoteStatus = (typeof QUOTE_STATUSES)[number];
