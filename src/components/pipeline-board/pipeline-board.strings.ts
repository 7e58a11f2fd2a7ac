import type { MoveRefusal } from '../../core/pipeline.js';
import type { Translations } from '../../internal/localize.js';
import type { DraftField, DraftProblem } from './opportunity-draft.js';

export const pipelineBoardStrings: Translations<{
  title: string;
  loading: string;
  error: (message: string) => string;
  retry: string;
  empty: string;
  emptyFiltered: (filters: string) => string;
  /** The `account` filter's name (the others are the funnel's). */
  accountFilter: string;
  deals: (count: string) => string;
  totals: (count: string, amount: string, weighted: string) => string;
  notConverted: (count: string, amount: string) => string;
  amount: string;
  probability: string;
  expectedClose: string;
  owner: string;
  age: string;
  days: (n: string) => string;
  overdue: string;
  noDate: string;
  showMore: (shown: string, total: string) => string;
  columnLabel: (stage: string, count: string) => string;
  cardLabel: (name: string, account: string, amount: string) => string;
  instructions: string;
  picked: (deal: string, stage: string) => string;
  target: (stage: string) => string;
  moved: (deal: string, from: string, to: string) => string;
  won: (deal: string) => string;
  lost: (deal: string) => string;
  reopened: (deal: string, stage: string) => string;
  cancelled: (deal: string) => string;
  refusal: Record<MoveRefusal, string>;
  conflict: (deal: string, now: string, mine: string) => string;
  conflictGone: (deal: string) => string;
  applyAnyway: string;
  keepTheirs: string;
  failed: (deal: string, message: string) => string;
  selected: (deal: string) => string;
  moveTo: string;
  move: string;
  markWon: string;
  markLost: string;
  reopen: string;
  edit: string;
  newDeal: string;
  close: string;
  reasonWon: string;
  reasonLost: string;
  reasonOther: string;
  confirm: string;
  cancel: string;
  closingTitle: (deal: string, stage: string) => string;
  form: {
    create: string;
    edit: (name: string) => string;
    save: string;
    saving: string;
    saved: (name: string) => string;
  };
  fields: Record<DraftField, string>;
  probabilityDefault: (percent: string) => string;
  noneOption: string;
  problems: Record<DraftProblem, string>;
  notSaved: (reason: string) => string;
}> = {
  en: {
    title: 'Pipeline',
    loading: 'Loading the pipeline…',
    error: (m) => `The pipeline could not be shown: ${m}`,
    retry: 'Try again',
    empty: 'No opportunities yet.',
    emptyFiltered: (f) => `No opportunity matches these filters: ${f}.`,
    accountFilter: 'account',
    deals: (n) => `${n} ${n === '1' ? 'deal' : 'deals'}`,
    totals: (n, a, w) => `${n} · ${a} · weighted ${w}`,
    notConverted: (n, a) => `+ ${a} not converted (${n})`,
    amount: 'Amount',
    probability: 'Probability',
    expectedClose: 'Expected close',
    owner: 'Owner',
    age: 'In stage',
    days: (n) => `${n} d`,
    overdue: 'overdue',
    noDate: 'no date',
    showMore: (shown, total) => `Show more (${shown} of ${total} shown)`,
    columnLabel: (s, n) => `${s}, ${n}`,
    cardLabel: (name, account, amount) => `${name}, ${account}, ${amount}`,
    instructions:
      'To move a deal with the keyboard: focus it, press Space to pick it up, Left or Right arrow to choose a column, Enter to drop it there, Escape to cancel. Up and Down arrows go through the deals of a column.',
    picked: (d, s) => `${d} picked up in ${s}. Left and Right arrows choose a column, Enter drops, Escape cancels.`,
    target: (s) => `Over ${s}.`,
    moved: (d, f, t) => `${d} moved from ${f} to ${t}.`,
    won: (d) => `${d} marked won.`,
    lost: (d) => `${d} marked lost.`,
    reopened: (d, s) => `${d} reopened in ${s}.`,
    cancelled: (d) => `Move of ${d} cancelled.`,
    refusal: {
      'same-stage': 'The deal is already in that stage.',
      'unknown-stage': 'There is no such stage.',
      'reason-required': 'A reason is required: say why the deal was won or lost.',
      'reason-not-allowed': 'Choose one of the listed lost reasons.',
      closed: 'The deal is closed: reopen it before closing it the other way.',
    },
    conflict: (d, now, mine) =>
      `${d} was changed elsewhere meanwhile (now in ${now}); your move to ${mine} was not applied.`,
    conflictGone: (d) => `${d} was deleted elsewhere; your move was not applied.`,
    applyAnyway: 'Apply my move anyway',
    keepTheirs: 'Keep theirs',
    failed: (d, m) => `${d} could not be moved: ${m}`,
    selected: (d) => `Selected: ${d}`,
    moveTo: 'Move to',
    move: 'Move',
    markWon: 'Won…',
    markLost: 'Lost…',
    reopen: 'Reopen',
    edit: 'Edit',
    newDeal: 'New opportunity',
    close: 'Close',
    reasonWon: 'Why was it won?',
    reasonLost: 'Why was it lost?',
    reasonOther: 'Other reason',
    confirm: 'Confirm',
    cancel: 'Cancel',
    closingTitle: (d, s) => `Mark ${d} as ${s}`,
    form: {
      create: 'New opportunity',
      edit: (n) => `Edit ${n}`,
      save: 'Save',
      saving: 'Saving…',
      saved: (n) => `${n} saved.`,
    },
    fields: {
      name: 'Name',
      customerId: 'Account',
      amount: 'Amount',
      currency: 'Currency',
      probability: 'Probability (%)',
      stage: 'Stage',
      expectedClose: 'Expected close',
      owner: 'Owner',
      products: 'Products',
      quoteId: 'Quote',
    },
    probabilityDefault: (p) => `Empty: the stage's ${p}`,
    noneOption: '—',
    problems: {
      required: 'is required.',
      'too-long': 'is too long.',
      'unknown-account': 'is not a known account.',
      'amount-format': 'must be an amount such as 1250000 or 1,250,000.50.',
      'amount-decimals': 'has more decimals than the currency allows.',
      'amount-too-large': 'is too large.',
      'currency-format': 'must be a 3-letter code such as CNY.',
      'probability-range': 'must be between 0 and 100.',
      'probability-format': 'must be a number with at most 2 decimals.',
      'date-format': 'must be a date.',
      'unknown-stage': 'is not a stage of this pipeline.',
      'unknown-quote': 'is not a known quote.',
      'quote-other-account': "belongs to another account's quote.",
    },
    notSaved: (r) => `Not saved: ${r}`,
  },
  // Other languages load when an element renders in one (npm run l10n:hant writes these lines).
  'zh-CN': () => import('./pipeline-board.strings.zh-CN.js'),
  'zh-TW': () => import('./pipeline-board.strings.zh-TW.js'),
  'zh-HK': () => import('./pipeline-board.strings.zh-HK.js'),
};
