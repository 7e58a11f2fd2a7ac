/**
 * Rules of the activity log: who may edit or delete an entry, what an edit records, the complaint life
 * cycle (open -> in progress -> resolved with a note and date, reopened if it comes back), next steps that
 * are overdue, the timeline's month groups and an owner's upcoming next steps. Plain records, no storage.
 */
import { CrmCoreError } from './errors.js';

/** Who may edit and delete an entry: its author only (default), anyone, or nobody. */
export type EditPolicy = 'author' | 'anyone' | 'none';
export const EDIT_POLICIES: readonly EditPolicy[] = ['author', 'anyone', 'none'];

export type ComplaintStatus = 'open' | 'in-progress' | 'resolved' | 'closed';

export interface NextStep {
  readonly text: string;
  /** `YYYY-MM-DD`. */
  readonly due?: string;
  readonly owner?: string;
  readonly done?: boolean;
}

export interface Revision {
  readonly action: string;
  readonly by: string;
  readonly at: string;
  readonly fields?: readonly string[];
}

/** The fields the rules read (a stored activity fits). */
export interface ActivityLike {
  readonly id: string;
  readonly customerId: string;
  readonly kind: string;
  readonly at: string;
  readonly author?: string;
  readonly contactId?: string;
  readonly contactIds?: readonly string[];
  readonly status?: ComplaintStatus;
  readonly nextStep?: NextStep;
  readonly revisions?: readonly Revision[];
  readonly deletedAt?: string;
}

/** Whether `user` may edit or delete `activity` under `policy` (an entry without author: anyone, unless `none`). */
export function mayModify(
  activity: Pick<ActivityLike, 'author'>,
  user: string | undefined,
  policy: EditPolicy,
): boolean {
  if (policy === 'none') return false;
  if (policy === 'anyone' || !activity.author) return true;
  return !!user && user === activity.author;
}

const stable = (value: unknown) => JSON.stringify(value ?? null);

/** The names of the fields whose values differ between two versions (bookkeeping fields left out). */
export function changedFields(before: object, after: object): string[] {
  const a = before as Record<string, unknown>;
  const b = after as Record<string, unknown>;
  const skip = new Set(['updatedAt', 'createdAt', 'revisions', 'version']);
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].filter((k) => !skip.has(k) && stable(a[k]) !== stable(b[k])).sort();
}

/**
 * The next version of an entry after an edit by `by` at `at`: the patch applied, and one revision recording
 * which fields changed. Throws `illegal-transition` when `by` may not edit it.
 */
export function reviseActivity<A extends ActivityLike>(
  current: A,
  patch: Partial<A>,
  by: string | undefined,
  at: string,
  policy: EditPolicy,
  action = 'edit',
): A {
  if (!mayModify(current, by, policy)) {
    throw new CrmCoreError('illegal-transition', `only ${current.author ?? 'the author'} may change this entry`, {
      path: 'author',
      value: by,
    });
  }
  const next = { ...current, ...patch } as A;
  const fields = changedFields(current, next);
  return {
    ...next,
    revisions: [...(current.revisions ?? []), { action, by: by ?? '', at, ...(fields.length ? { fields } : {}) }],
  };
}

/** A deletion: the entry stays as a record (hidden everywhere, synced like any change) with the deletion recorded. */
export function deleteActivity<A extends ActivityLike>(
  current: A,
  by: string | undefined,
  at: string,
  policy: EditPolicy,
): A {
  return reviseActivity(current, { deletedAt: at } as Partial<A>, by, at, policy, 'delete');
}

export interface ComplaintChange {
  readonly to: ComplaintStatus;
  readonly at: string;
  readonly by?: string;
  /** Required to resolve. */
  readonly note?: string;
}

/** Whether a complaint still counts as a warning sign. */
export function isOpenComplaint(activity: Pick<ActivityLike, 'kind' | 'status' | 'deletedAt'>): boolean {
  return (
    activity.kind === 'complaint' &&
    !activity.deletedAt &&
    (activity.status === 'open' || activity.status === 'in-progress')
  );
}

/**
 * The fields a complaint status change writes. Resolving needs a note (kept with its date); reopening clears
 * the resolution. Any author may move a complaint along (it is the team's work, not an edit of the entry).
 */
export function complaintPatch(
  activity: Pick<ActivityLike, 'kind' | 'status'>,
  change: ComplaintChange,
): { status: ComplaintStatus; resolution: { note: string; at: string; by?: string } | undefined } {
  if (activity.kind !== 'complaint') {
    throw new CrmCoreError('illegal-transition', 'only complaints have a status', {
      path: 'kind',
      value: activity.kind,
    });
  }
  const from = activity.status ?? 'open';
  if (from === change.to) {
    throw new CrmCoreError('illegal-transition', `the complaint is already ${from}`, {
      path: 'status',
      value: change.to,
    });
  }
  if (change.to === 'resolved' || change.to === 'closed') {
    const note = change.note?.trim() ?? '';
    if (!note) throw new CrmCoreError('invalid-input', 'a resolution note is required', { path: 'resolution.note' });
    return { status: change.to, resolution: { note, at: change.at, ...(change.by ? { by: change.by } : {}) } };
  }
  return { status: change.to, resolution: undefined };
}

/** A next step that is not done and whose due date is before `today` (`YYYY-MM-DD`). */
export function isOverdue(step: NextStep | undefined, today: string): boolean {
  return !!step && !step.done && step.due !== undefined && step.due < today;
}

export interface TimelineFilter {
  /** Kinds to show; empty or undefined: all. */
  readonly kinds?: readonly string[];
  /** Only entries involving this contact. */
  readonly contactId?: string;
}

/** Contacts an entry involves: `contactIds`, and `contactId` for older entries. */
export function involvedContacts(activity: Pick<ActivityLike, 'contactId' | 'contactIds'>): string[] {
  const ids = [...(activity.contactIds ?? [])];
  if (activity.contactId && !ids.includes(activity.contactId)) ids.unshift(activity.contactId);
  return ids;
}

export interface MonthGroup<A> {
  /** `YYYY-MM` (UTC). */
  readonly month: string;
  readonly entries: A[];
}

/** Visible entries, newest first, grouped by month (deleted ones left out). */
export function timeline<A extends ActivityLike>(
  activities: readonly A[],
  filter: TimelineFilter = {},
): MonthGroup<A>[] {
  const kinds = filter.kinds?.length ? new Set(filter.kinds) : null;
  const shown = activities
    .filter(
      (a) =>
        !a.deletedAt &&
        (!kinds || kinds.has(a.kind)) &&
        (!filter.contactId || involvedContacts(a).includes(filter.contactId)),
    )
    .sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : a.id < b.id ? -1 : 1));
  const groups: MonthGroup<A>[] = [];
  for (const a of shown) {
    const month = a.at.slice(0, 7);
    const last = groups.at(-1);
    if (last?.month === month) last.entries.push(a);
    else groups.push({ month, entries: [a] });
  }
  return groups;
}

/** An owner's open next steps across accounts: due soonest first, undated last. */
export function upcomingSteps<A extends ActivityLike>(activities: readonly A[], owner: string): A[] {
  return activities
    .filter((a) => !a.deletedAt && a.nextStep && !a.nextStep.done && a.nextStep.owner === owner)
    .sort((a, b) => {
      const x = a.nextStep!.due ?? '9999-99-99';
      const y = b.nextStep!.due ?? '9999-99-99';
      return x < y ? -1 : x > y ? 1 : a.at < b.at ? -1 : 1;
    });
}
