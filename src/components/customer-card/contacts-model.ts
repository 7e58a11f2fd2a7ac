/**
 * Contacts on the card as plain data: the edit form's draft and its checks (Chinese mobile and landline
 * numbers, e-mail, a reports-to that stays inside the account and draws no loop), and the decision chain
 * (who reports to whom). No DOM, no store.
 */
import { checkChinesePhone, type PhoneProblem } from '../../core/phone.js';
import { BUYING_ROLES, type COMMUNICATION_STYLES, type Contact } from '../../data/model.js';
import type { NewRecord } from '../../data/repository.js';
import type { BuyingRole } from './card-model.js';

export type CommunicationStyle = (typeof COMMUNICATION_STYLES)[number];

export interface ContactDraft {
  name: string;
  title: string;
  department: string;
  phone: string;
  email: string;
  role: BuyingRole | '';
  style: CommunicationStyle | '';
  reportsTo: string;
  notes: string;
}

export type ContactField = keyof ContactDraft;
export type ContactProblem = 'required' | 'too-long' | 'email' | 'reports-to-self' | 'reports-to-loop' | PhoneProblem;

export function emptyContact(role: BuyingRole | '' = ''): ContactDraft {
  return { name: '', title: '', department: '', phone: '', email: '', role, style: '', reportsTo: '', notes: '' };
}

export function contactDraft(c: Contact): ContactDraft {
  return {
    name: c.name,
    title: c.title ?? '',
    department: c.department ?? '',
    phone: c.phone ?? '',
    email: c.email ?? '',
    role: c.role,
    style: c.style ?? '',
    reportsTo: c.reportsTo ?? '',
    notes: c.notes ?? '',
  };
}

/** True when `id` reporting to `manager` would close a loop in the reporting lines. */
export function makesLoop(contacts: readonly Contact[], id: string | undefined, manager: string): boolean {
  if (!id) return false;
  const byId = new Map(contacts.map((c) => [c.id, c] as const));
  const seen = new Set<string>();
  for (let at: string | undefined | null = manager; at; at = byId.get(at)?.reportsTo) {
    if (at === id) return true;
    if (seen.has(at)) return false;
    seen.add(at);
  }
  return false;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** What is wrong with one field of the draft for contact `id` (undefined: a new contact), or null. */
export function checkContactField(
  field: ContactField,
  draft: ContactDraft,
  contacts: readonly Contact[],
  id: string | undefined,
): ContactProblem | null {
  const value = draft[field].trim();
  switch (field) {
    case 'name':
      return !value ? 'required' : value.length > 100 ? 'too-long' : null;
    case 'role':
      return (BUYING_ROLES as readonly string[]).includes(value) ? null : 'required';
    case 'phone': {
      if (!value) return null;
      const check = checkChinesePhone(value);
      return check.ok ? null : check.problem;
    }
    case 'email':
      return !value || EMAIL.test(value) ? null : 'email';
    case 'reportsTo':
      if (!value) return null;
      if (value === id) return 'reports-to-self';
      return makesLoop(contacts, id, value) ? 'reports-to-loop' : null;
    case 'title':
    case 'department':
      return value.length > 100 ? 'too-long' : null;
    default:
      return null;
  }
}

export function checkContact(
  draft: ContactDraft,
  contacts: readonly Contact[],
  id: string | undefined,
): Partial<Record<ContactField, ContactProblem>> {
  const problems: Partial<Record<ContactField, ContactProblem>> = {};
  for (const field of Object.keys(draft) as ContactField[]) {
    const problem = checkContactField(field, draft, contacts, id);
    if (problem) problems[field] = problem;
  }
  return problems;
}

/** The record to save; the phone in its canonical form (`+86 138 0013 8000`). Call after `checkContact`. */
export function contactRecord(draft: ContactDraft, customerId: string, base?: Contact): NewRecord<'contacts'> {
  const text = (v: string) => v.trim() || undefined;
  const phone = draft.phone.trim();
  const checked = phone ? checkChinesePhone(phone) : undefined;
  return {
    ...(base ?? {}),
    customerId,
    name: draft.name.trim(),
    title: text(draft.title),
    department: text(draft.department),
    phone: checked?.ok ? checked.normalized : text(phone),
    email: text(draft.email),
    role: draft.role as BuyingRole,
    style: draft.style || undefined,
    reportsTo: draft.reportsTo || undefined,
    notes: text(draft.notes),
  };
}

export interface ChainNode {
  readonly contact: Contact;
  readonly reports: ChainNode[];
}

/** The reporting lines as trees: people who report to no known contact at the top; a loop is cut where it closes. */
export function decisionChain(contacts: readonly Contact[]): ChainNode[] {
  const byId = new Map(contacts.map((c) => [c.id, c] as const));
  const children = new Map<string, Contact[]>();
  const roots: Contact[] = [];
  for (const c of contacts) {
    if (c.reportsTo && byId.has(c.reportsTo) && c.reportsTo !== c.id) {
      const list = children.get(c.reportsTo) ?? [];
      list.push(c);
      children.set(c.reportsTo, list);
    } else roots.push(c);
  }
  const placed = new Set<string>();
  const build = (c: Contact): ChainNode => {
    placed.add(c.id);
    const reports = (children.get(c.id) ?? []).filter((r) => !placed.has(r.id)).map(build);
    return { contact: c, reports };
  };
  const trees = roots.map(build);
  // People inside a loop have no root: start from the first of them so nobody disappears.
  for (const c of contacts) if (!placed.has(c.id)) trees.push(build(c));
  return trees;
}
