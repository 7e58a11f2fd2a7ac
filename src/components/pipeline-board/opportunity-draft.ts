/**
 * The create / edit form of an opportunity as plain data: the draft the inputs hold, a check per field
 * (so each field says what is wrong as soon as it is left), and the record it becomes. No DOM.
 */
import { minorDigits, parseMoney, toDecimalString } from '../../core/money.js';
import type { Opportunity } from '../../data/model.js';
import type { NewRecord } from '../../data/repository.js';
import type { BoardStage } from './board-model.js';

export interface OpportunityDraft {
  name: string;
  customerId: string;
  /** Major units as typed (`1,250,000.50`). */
  amount: string;
  currency: string;
  /** Percent as typed; empty: the stage's default. */
  probability: string;
  stage: string;
  expectedClose: string;
  owner: string;
  products: string[];
  quoteId: string;
}

export type DraftField = keyof OpportunityDraft;

export type DraftProblem =
  | 'required'
  | 'too-long'
  | 'unknown-account'
  | 'amount-format'
  | 'amount-decimals'
  | 'amount-too-large'
  | 'currency-format'
  | 'probability-range'
  | 'probability-format'
  | 'date-format'
  | 'unknown-stage'
  | 'unknown-quote'
  | 'quote-other-account';

export interface DraftContext {
  readonly stages: readonly BoardStage[];
  readonly accounts: ReadonlySet<string>;
  /** Quote id -> its account. */
  readonly quotes: ReadonlyMap<string, string>;
}

export const DRAFT_FIELDS: readonly DraftField[] = [
  'name',
  'customerId',
  'amount',
  'currency',
  'probability',
  'stage',
  'expectedClose',
  'owner',
  'quoteId',
];

export function emptyDraft(stage: string, customerId = '', owner = '', currency = 'CNY'): OpportunityDraft {
  return {
    name: '',
    customerId,
    amount: '',
    currency,
    probability: '',
    stage,
    expectedClose: '',
    owner,
    products: [],
    quoteId: '',
  };
}

/**
 * The form's text fields for an opportunity. Page code may hand the form a partial object (`{}` to start a new
 * deal): missing fields start empty instead of throwing, and the form's checks then name what is missing.
 */
export function draftOf(o: Partial<Opportunity>): OpportunityDraft {
  const amountKnown = Number.isSafeInteger(o.amount) && typeof o.currency === 'string';
  return {
    name: o.name ?? '',
    customerId: o.customerId ?? '',
    amount: amountKnown ? toDecimalString({ amount: o.amount!, currency: o.currency! }) : '',
    currency: o.currency ?? '',
    probability: o.probability === undefined ? '' : String(o.probability),
    stage: o.stage ?? '',
    expectedClose: o.expectedClose ?? '',
    owner: o.owner ?? '',
    products: [...(o.products ?? [])],
    quoteId: o.quoteId ?? '',
  };
}

/** The fields of a draft that hold something (to lay a partial deal over an empty draft). */
export function filledIn(draft: OpportunityDraft): Partial<OpportunityDraft> {
  return Object.fromEntries(
    Object.entries(draft).filter(([, value]) => (Array.isArray(value) ? value.length > 0 : value !== '')),
  );
}

const cleanAmount = (text: string) => text.replace(/[\s,，]/g, '').replace(/^[¥￥$]/, '');

function validDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}

/** What is wrong with one field, or null. */
export function checkField(field: DraftField, draft: OpportunityDraft, context: DraftContext): DraftProblem | null {
  switch (field) {
    case 'name':
      if (!draft.name.trim()) return 'required';
      return draft.name.length > 200 ? 'too-long' : null;
    case 'customerId':
      if (!draft.customerId) return 'required';
      return context.accounts.has(draft.customerId) ? null : 'unknown-account';
    case 'currency':
      return /^[A-Z]{3}$/.test(draft.currency) ? null : 'currency-format';
    case 'amount': {
      const text = cleanAmount(draft.amount);
      if (!text) return 'required';
      if (!/^\d+(\.\d+)?$/.test(text)) return 'amount-format';
      if (!/^[A-Z]{3}$/.test(draft.currency)) return null;
      const digits = minorDigits(draft.currency);
      if ((text.split('.')[1]?.length ?? 0) > digits) return 'amount-decimals';
      const minor = parseMoney(text, draft.currency).amount;
      return Number.isSafeInteger(minor) ? null : 'amount-too-large';
    }
    case 'probability': {
      const text = draft.probability.trim();
      if (!text) return null;
      if (!/^\d+(\.\d{1,2})?$/.test(text)) return 'probability-format';
      const n = Number(text);
      return n >= 0 && n <= 100 ? null : 'probability-range';
    }
    case 'stage':
      return context.stages.some((s) => s.id === draft.stage) ? null : 'unknown-stage';
    case 'expectedClose':
      return !draft.expectedClose || validDate(draft.expectedClose) ? null : 'date-format';
    case 'owner':
      return draft.owner.length > 100 ? 'too-long' : null;
    case 'quoteId': {
      if (!draft.quoteId) return null;
      const account = context.quotes.get(draft.quoteId);
      if (account === undefined) return 'unknown-quote';
      return account === draft.customerId ? null : 'quote-other-account';
    }
    default:
      return null;
  }
}

export function checkDraft(draft: OpportunityDraft, context: DraftContext): Partial<Record<DraftField, DraftProblem>> {
  const problems: Partial<Record<DraftField, DraftProblem>> = {};
  for (const field of DRAFT_FIELDS) {
    const problem = checkField(field, draft, context);
    if (problem) problems[field] = problem;
  }
  return problems;
}

/** The probability the stage gives when the field is left empty. */
export function stageProbability(draft: OpportunityDraft, stages: readonly BoardStage[]): number | undefined {
  return stages.find((s) => s.id === draft.stage)?.probability;
}

/**
 * The record to save (call only when `checkDraft` found nothing). A new deal starts its stage history now;
 * an edit keeps the history (stage changes go through moves, not the form).
 */
export function draftToRecord(
  draft: OpportunityDraft,
  base: Opportunity | undefined,
  at: string,
  by?: string,
): NewRecord<'opportunities'> {
  const probability = draft.probability.trim();
  const optional = <T>(value: T | '' | undefined) => (value === '' ? undefined : value);
  return {
    ...(base ?? {}),
    name: draft.name.trim(),
    customerId: draft.customerId,
    amount: parseMoney(cleanAmount(draft.amount), draft.currency).amount,
    currency: draft.currency,
    probability: probability ? Number(probability) : undefined,
    stage: base ? base.stage : draft.stage,
    expectedClose: optional(draft.expectedClose),
    owner: optional(draft.owner.trim()),
    products: draft.products.length ? [...draft.products] : undefined,
    quoteId: optional(draft.quoteId),
    stageHistory: base ? base.stageHistory : [{ stage: draft.stage, at, ...(by ? { by } : {}) }],
  };
}
