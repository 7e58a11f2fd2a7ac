/**
 * Typed errors for the domain engines. Every engine validates its input and throws a
 * `CrmCoreError` whose `code` says what kind of problem it is and whose `path` says where
 * (e.g. `lines[3].quantity`), so a form can put the message next to the offending field.
 */

export type CrmCoreErrorCode =
  /** Not a finite number (NaN, Infinity, a string where a number is needed). */
  | 'invalid-number'
  /** A minor-unit amount or count that must be an integer (or a safe integer) is not. */
  | 'not-integer'
  | 'negative-amount'
  | 'negative-quantity'
  /** More decimals than the field allows (quantity 3, percentages 4, money the currency's minor digits). */
  | 'too-many-decimals'
  /** A percentage or ratio outside its range (discount above 100%, probability above 100, ...). */
  | 'out-of-range'
  /** Two amounts in different currencies met without a rate table. */
  | 'currency-mismatch'
  | 'unknown-currency'
  /** A rate table was given but has no rate for the pair. */
  | 'missing-rate'
  | 'invalid-rate-table'
  | 'unknown-stage'
  | 'invalid-stages'
  | 'unknown-account'
  | 'duplicate-id'
  | 'cycle'
  | 'illegal-transition'
  /** A transition needs approvals that are missing or bound to another version of the quote. */
  | 'approval-required'
  /** An approval or acceptance was given for a different fingerprint than the current priced quote. */
  | 'stale-approval'
  | 'invalid-model'
  | 'missing-indicator'
  | 'invalid-date'
  /** A result would leave the safe-integer range where arithmetic on numbers stays exact. */
  | 'overflow'
  /** Any other malformed input (missing field, wrong type, empty list where one is needed). */
  | 'invalid-input';

export interface CrmCoreErrorOptions {
  /** Where the offending value sits in the input, e.g. `lines[2].lineDiscount`. */
  path?: string;
  /** The offending value, when it helps (kept out of the message for long values). */
  value?: unknown;
}

export class CrmCoreError extends Error {
  readonly code: CrmCoreErrorCode;
  readonly path: string;
  readonly value: unknown;

  constructor(code: CrmCoreErrorCode, message: string, options: CrmCoreErrorOptions = {}) {
    super(options.path ? `${options.path}: ${message}` : message);
    this.name = 'CrmCoreError';
    this.code = code;
    this.path = options.path ?? '';
    this.value = options.value;
  }
}

/** True when `error` is a `CrmCoreError` (optionally with the given code). */
export function isCrmCoreError(error: unknown, code?: CrmCoreErrorCode): error is CrmCoreError {
  return error instanceof CrmCoreError && (code === undefined || error.code === code);
}

/** A finite number, or `invalid-number` naming the path. */
export function checkFinite(value: unknown, path: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new CrmCoreError('invalid-number', 'must be a finite number', { path, value });
  }
  return value;
}
