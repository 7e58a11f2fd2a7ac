/**
 * Logging and editing activities as plain data: the form's draft (type, time defaulting to now, contacts,
 * summary, outcome, next step, complaint severity), its checks, and the writes through the store. Edits,
 * status changes and deletes go through the core rules (author policy, recorded revisions), then the store
 * (validated, queued for sync, live in every widget and tab). No DOM.
 */
import {
  type ComplaintStatus,
  complaintPatch,
  deleteActivity,
  type EditPolicy,
  reviseActivity,
} from '../../core/activities.js';
import { ACTIVITY_KINDS, type Activity, type COMPLAINT_SEVERITIES } from '../../data/model.js';
import type { CrmStore } from '../../data/store.js';

export type ActivityKind = (typeof ACTIVITY_KINDS)[number];
export type Severity = (typeof COMPLAINT_SEVERITIES)[number];
/** Kinds a person logs here (orders come from order records). */
export const LOGGED_KINDS: readonly ActivityKind[] = ACTIVITY_KINDS.filter((k) => k !== 'order');

export interface ActivityDraft {
  kind: ActivityKind;
  customerId: string;
  /** `YYYY-MM-DDTHH:mm` in local time, as a datetime-local input holds it. */
  at: string;
  contactIds: string[];
  subject: string;
  outcome: string;
  nextStep: string;
  nextDue: string;
  nextOwner: string;
  severity: Severity;
}

export type ActivityField = 'subject' | 'at' | 'customerId' | 'nextDue' | 'nextStep';
export type ActivityProblem = 'required' | 'too-long' | 'date-format' | 'due-without-step';

const pad = (n: number) => String(n).padStart(2, '0');

/** A Date as a datetime-local value (local time, minutes). */
export function localDateTime(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

export function newDraft(customerId: string, now: Date, owner = ''): ActivityDraft {
  return {
    kind: 'call',
    customerId,
    at: localDateTime(now),
    contactIds: [],
    subject: '',
    outcome: '',
    nextStep: '',
    nextDue: '',
    nextOwner: owner,
    severity: 'medium',
  };
}

export function draftFrom(activity: Activity): ActivityDraft {
  return {
    kind: activity.kind,
    customerId: activity.customerId,
    at: localDateTime(new Date(activity.at)),
    contactIds: activity.contactIds ? [...activity.contactIds] : activity.contactId ? [activity.contactId] : [],
    subject: activity.subject,
    outcome: activity.outcome ?? '',
    nextStep: activity.nextStep?.text ?? '',
    nextDue: activity.nextStep?.due ?? '',
    nextOwner: activity.nextStep?.owner ?? '',
    severity: activity.severity ?? 'medium',
  };
}

export function checkActivityDraft(draft: ActivityDraft): Partial<Record<ActivityField, ActivityProblem>> {
  const problems: Partial<Record<ActivityField, ActivityProblem>> = {};
  if (!draft.customerId) problems.customerId = 'required';
  if (!draft.subject.trim()) problems.subject = 'required';
  else if (draft.subject.length > 200) problems.subject = 'too-long';
  if (!draft.at || Number.isNaN(new Date(draft.at).getTime())) problems.at = 'date-format';
  if (draft.nextDue && !/^\d{4}-\d{2}-\d{2}$/.test(draft.nextDue)) problems.nextDue = 'date-format';
  else if (draft.nextDue && !draft.nextStep.trim()) problems.nextStep = 'due-without-step';
  return problems;
}

/** The fields the draft sets on a record. */
function fieldsOf(draft: ActivityDraft): Partial<Activity> {
  const step = draft.nextStep.trim();
  const contactIds = [...draft.contactIds];
  return {
    kind: draft.kind,
    customerId: draft.customerId,
    at: new Date(draft.at).toISOString(),
    subject: draft.subject.trim(),
    contactIds: contactIds.length ? contactIds : undefined,
    contactId: contactIds[0],
    outcome: draft.outcome.trim() || undefined,
    nextStep: step
      ? {
          text: step,
          ...(draft.nextDue ? { due: draft.nextDue } : {}),
          ...(draft.nextOwner.trim() ? { owner: draft.nextOwner.trim() } : {}),
        }
      : undefined,
    severity: draft.kind === 'complaint' ? draft.severity : undefined,
  };
}

/** Logs a new activity (a complaint starts open). */
export function logActivity(store: CrmStore, draft: ActivityDraft, author: string | undefined): Promise<Activity> {
  return store.activities.put({
    ...(fieldsOf(draft) as Activity),
    ...(draft.kind === 'complaint' ? { status: 'open' as const } : {}),
    ...(author ? { author } : {}),
  });
}

/**
 * Saves an edit of `current` as `by` under `policy`, recorded in its revisions; conditional on the version
 * the editor started from, so an edit made meanwhile elsewhere is not overwritten (StaleRecordError).
 */
export function saveEdit(
  store: CrmStore,
  current: Activity,
  draft: ActivityDraft,
  by: string | undefined,
  policy: EditPolicy,
): Promise<Activity> {
  const fields = fieldsOf(draft);
  // The input holds minutes only: an untouched time keeps its seconds (and is not recorded as changed).
  if (draft.at === localDateTime(new Date(current.at))) fields.at = current.at;
  const status = draft.kind === 'complaint' ? (current.status ?? 'open') : undefined;
  const next = reviseActivity(current, { ...fields, status }, by, new Date().toISOString(), policy);
  return store.activities.put(next, { ifUpdatedAt: current.updatedAt });
}

export function removeActivity(
  store: CrmStore,
  current: Activity,
  by: string | undefined,
  policy: EditPolicy,
): Promise<Activity> {
  return store.activities.put(deleteActivity(current, by, new Date().toISOString(), policy), {
    ifUpdatedAt: current.updatedAt,
  });
}

/** Moves a complaint along (anyone on the team may); the change is recorded as a revision. */
export function changeComplaint(
  store: CrmStore,
  current: Activity,
  to: ComplaintStatus,
  by: string | undefined,
  note?: string,
): Promise<Activity> {
  const at = new Date().toISOString();
  const patch = complaintPatch(current, { to, at, by, note });
  return store.activities.put(reviseActivity(current, patch, by, at, 'anyone', `status:${to}`), {
    ifUpdatedAt: current.updatedAt,
  });
}

/** Marks a next step done (or not). */
export function setStepDone(
  store: CrmStore,
  current: Activity,
  done: boolean,
  by: string | undefined,
): Promise<Activity> {
  if (!current.nextStep) return Promise.resolve(current);
  const at = new Date().toISOString();
  const next = reviseActivity(
    current,
    { nextStep: { ...current.nextStep, done } },
    by,
    at,
    'anyone',
    done ? 'step-done' : 'step-open',
  );
  return store.activities.put(next, { ifUpdatedAt: current.updatedAt });
}
