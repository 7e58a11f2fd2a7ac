import type { Translations } from '../../internal/localize.js';
import type { ActivityField, ActivityProblem } from './activity-editing.js';

export const activityLogStrings: Translations<{
  title: string;
  upcomingTitle: (owner: string) => string;
  loading: string;
  error: (message: string) => string;
  retry: string;
  noCustomer: string;
  notFound: (id: string) => string;
  empty: string;
  emptyFiltered: string;
  noUpcoming: string;
  needOwner: string;
  allKinds: string;
  allContacts: string;
  filterKind: string;
  filterContact: string;
  logTitle: string;
  editTitle: (subject: string) => string;
  fields: {
    kind: string;
    at: string;
    customerId: string;
    contacts: string;
    subject: string;
    outcome: string;
    nextStep: string;
    nextDue: string;
    nextOwner: string;
    severity: string;
  };
  problems: Record<ActivityProblem, string>;
  fieldNames: Record<ActivityField, string>;
  log: string;
  save: string;
  saving: string;
  cancel: string;
  logged: (subject: string) => string;
  saved: (subject: string) => string;
  deleted: (subject: string) => string;
  notSaved: (reason: string) => string;
  changedElsewhere: string;
  edit: string;
  delete: string;
  confirmDelete: (subject: string) => string;
  yesDelete: string;
  keep: string;
  edited: string;
  by: (author: string) => string;
  with: (names: string) => string;
  outcome: (text: string) => string;
  /** A month's order amounts (compact, one per currency); each order entry shows its exact amount. */
  monthOrders: (amounts: string) => string;
  next: (text: string) => string;
  due: (date: string) => string;
  owner: (name: string) => string;
  overdue: string;
  markDone: string;
  done: string;
  startWork: string;
  resolve: string;
  reopen: string;
  resolutionNote: string;
  resolved: (note: string, date: string) => string;
  account: (name: string) => string;
  entries: (count: string) => string;
}> = {
  en: {
    title: 'Activities',
    upcomingTitle: (o) => `Next steps for ${o}`,
    loading: 'Loading activities…',
    error: (m) => `Activities could not be shown: ${m}`,
    retry: 'Try again',
    noCustomer: 'No account chosen.',
    notFound: (id) => `No account "${id}".`,
    empty: 'Nothing logged yet.',
    emptyFiltered: 'No activity matches these filters.',
    noUpcoming: 'No open next steps.',
    needOwner: 'Set the owner attribute to list next steps.',
    allKinds: 'All types',
    allContacts: 'All contacts',
    filterKind: 'Type',
    filterContact: 'Contact',
    logTitle: 'Log an activity',
    editTitle: (s) => `Edit “${s}”`,
    fields: {
      kind: 'Type',
      at: 'When',
      customerId: 'Account',
      contacts: 'Contacts involved',
      subject: 'Summary',
      outcome: 'Outcome',
      nextStep: 'Next step',
      nextDue: 'Due',
      nextOwner: 'Owner of the next step',
      severity: 'Severity',
    },
    problems: {
      required: 'is required.',
      'too-long': 'is too long.',
      'date-format': 'must be a date.',
      'due-without-step': 'is needed when a due date is given.',
    },
    fieldNames: { subject: 'Summary', at: 'When', customerId: 'Account', nextDue: 'Due', nextStep: 'Next step' },
    log: 'Log',
    save: 'Save',
    saving: 'Saving…',
    cancel: 'Cancel',
    logged: (s) => `Logged: ${s}`,
    saved: (s) => `Saved: ${s}`,
    deleted: (s) => `Deleted: ${s}`,
    notSaved: (r) => `Not saved: ${r}`,
    changedElsewhere: 'this entry was changed elsewhere meanwhile; it now shows the newer version.',
    edit: 'Edit',
    delete: 'Delete',
    confirmDelete: (s) => `Delete “${s}”? The deletion is recorded.`,
    yesDelete: 'Delete',
    keep: 'Keep',
    edited: 'edited',
    by: (a) => `by ${a}`,
    with: (n) => `with ${n}`,
    outcome: (t) => `Outcome: ${t}`,
    monthOrders: (amounts) => `Orders ${amounts}`,
    next: (t) => `Next: ${t}`,
    due: (d) => `due ${d}`,
    owner: (n) => `owner ${n}`,
    overdue: 'overdue',
    markDone: 'Mark done',
    done: 'done',
    startWork: 'Start work',
    resolve: 'Resolve…',
    reopen: 'Reopen',
    resolutionNote: 'Resolution note',
    resolved: (n, d) => `Resolved ${d}: ${n}`,
    account: (n) => n,
    entries: (n) => `${n} ${n === '1' ? 'entry' : 'entries'}`,
  },
  // Other languages load when an element renders in one (npm run l10n:hant writes these lines).
  'zh-CN': () => import('./activity-log.strings.zh-CN.js'),
  'zh-TW': () => import('./activity-log.strings.zh-TW.js'),
  'zh-HK': () => import('./activity-log.strings.zh-HK.js'),
};
