import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  type ComplaintStatus,
  EDIT_POLICIES,
  type EditPolicy,
  involvedContacts,
  isOverdue,
  mayModify,
  timeline,
  upcomingSteps,
} from '../../core/activities.js';
import { type Activity, type Contact, type Customer, ValidationError } from '../../data/model.js';
import { StaleRecordError } from '../../data/repository.js';
import type { CrmStore } from '../../data/store.js';
import { CrmElement } from '../../internal/crm-element.js';
import { formStyles } from '../../internal/form-styles.js';
import { colon, dateText } from '../../internal/format.js';
import { labelOf } from '../../internal/labels.js';
import { LiveDataController } from '../../internal/store-context.js';
import { validationReason } from '../../internal/validation-reason.js';
import { loadGroup } from '../tier-badge/group-query.js';
import {
  type ActivityDraft,
  type ActivityField,
  type ActivityProblem,
  changeComplaint,
  checkActivityDraft,
  draftFrom,
  LOGGED_KINDS,
  logActivity,
  newDraft,
  removeActivity,
  saveEdit,
  setStepDone,
} from './activity-editing.js';
import { activityLogStrings } from './activity-log.strings.js';
import { activityLogStyles } from './activity-log.styles.js';

export interface ActivitySaveDetail {
  activity: Activity;
  created: boolean;
}

declare global {
  interface HTMLElementTagNameMap {
    'crm-activity-log': CrmActivityLog;
  }
  interface GlobalEventHandlersEventMap {
    'crm-activity-save': CustomEvent<ActivitySaveDetail>;
    'crm-activity-delete': CustomEvent<{ activity: Activity }>;
  }
}

type Strings = (typeof activityLogStrings)['en'];

interface LogData {
  customer: Customer | undefined;
  members: Customer[];
  activities: Activity[];
  contacts: Contact[];
}

/**
 * @tag crm-activity-log
 * @summary An account's timeline of visits, calls, e-mails, meetings, complaints and notes (newest first, by
 * month, filterable), with a quick form to log one, complaint handling, next steps; or, with
 * `mode="upcoming"`, one owner's next steps across accounts.
 *
 * Complaints are open, in progress, or resolved with a note and date; open ones are the card's warning signs,
 * so resolving one clears it there at once. Edits and deletes are allowed to the author (`edit-policy`),
 * recorded in the entry's revisions and synced like any change (a deleted entry is kept, hidden).
 *
 * @fires crm-activity-save - An activity was logged or edited: `{ activity, created }`.
 * @fires crm-activity-delete - An activity was deleted: `{ activity }`.
 *
 * @csspart base - The whole log.
 * @csspart form - The log / edit form.
 * @csspart filters - The type and contact filters.
 * @csspart month - A month heading.
 * @csspart month-total - The month's order amounts beside its heading (compact; each order shows its exact amount).
 * @csspart entry - One activity (also `complaint`).
 * @csspart complaint - A complaint entry, beside `entry` (its status and resolution).
 * @csspart overdue - An overdue next step.
 * @csspart status - The live message after a save.
 *
 * @cssprop --crm-activity-font-size - Font size (default 0.875rem).
 * @cssprop --crm-color-accent - Buttons.
 * @cssprop --crm-color-danger - Complaints, overdue steps, errors.
 */
export class CrmActivityLog extends CrmElement {
  static override translations = [activityLogStrings];
  static override styles = [CrmElement.styles, formStyles, activityLogStyles];

  /** The account whose timeline to show. */
  @property({ attribute: 'customer-id' }) customerId?: string;
  /** Include the subsidiaries of the account's group. */
  @property({ type: Boolean }) group = false;
  /** `timeline` (default) or `upcoming` (the `owner`'s open next steps across accounts). */
  @property() mode: 'timeline' | 'upcoming' = 'timeline';
  /** Whose next steps `upcoming` lists. */
  @property() owner?: string;
  /** Who is using the log: the author of new entries, and who may edit them. */
  @property() user?: string;
  /** Who may edit and delete: `author` (default), `anyone`, `none`. */
  @property({ attribute: 'edit-policy' }) editPolicy: EditPolicy = 'author';
  /** Reference date for overdue steps (ISO); default today. */
  @property() now?: string;
  @property({ type: Boolean }) readonly = false;
  @property({ attribute: false }) store?: CrmStore;

  @state() private draft: ActivityDraft = newDraft('', new Date());
  @state() private problems: Partial<Record<ActivityField, ActivityProblem>> = {};
  @state() private editing: Activity | undefined;
  @state() private confirmDelete: string | undefined;
  @state() private resolving: { id: string; note: string; error: boolean } | undefined;
  @state() private kindFilter = '';
  @state() private contactFilter = '';
  @state() private message = '';
  @state() private failure = '';
  @state() private saving = false;

  /**
   * The account and its group members in one query, the entries in another: Dexie stops tracking reads
   * after the group walk's chain of awaits, so the entries are read in a query of their own.
   */
  private readonly accounts = new LiveDataController(this, {
    args: () => [this.mode === 'upcoming' ? undefined : this.customerId, this.group] as const,
    skip: (id) => !id,
    query: (store, id, group) => loadAccounts(store, id!, group),
    store: () => this.store,
  });

  private readonly data = new LiveDataController(this, {
    args: () => [this.mode, this.owner, this.memberKey] as const,
    skip: (mode, owner, members) => (mode === 'upcoming' ? !owner : !members),
    query: (store, mode, owner, members) =>
      mode === 'upcoming' ? loadUpcoming(store, owner!) : loadEntries(store, members!.split('\n')),
    store: () => this.store,
  });

  /** The member ids the entries query reads, as one string so an unchanged group does not re-subscribe. */
  private get memberKey(): string | undefined {
    const members = this.accounts.status === 'complete' ? this.accounts.value?.members : undefined;
    return members?.length ? members.map((m) => m.id).join('\n') : undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('customerId') || changed.has('user')) this.resetDraft();
  }

  private resetDraft(): void {
    this.draft = newDraft(this.customerId ?? '', new Date(), this.user ?? '');
    this.problems = {};
    this.editing = undefined;
  }

  private get today(): string {
    const t = this.now ? Date.parse(this.now) : Number.NaN;
    return new Date(Number.isNaN(t) ? Date.now() : t).toISOString().slice(0, 10);
  }

  /** An unknown `edit-policy` value grants nothing beyond the default (the author only). */
  private get policy(): EditPolicy {
    return EDIT_POLICIES.includes(this.editPolicy) ? this.editPolicy : 'author';
  }

  private get canWrite(): boolean {
    return !this.readonly && !!this.data.store;
  }

  protected override render() {
    const t = this.localize.strings(activityLogStrings);
    const upcoming = this.mode === 'upcoming';
    if (upcoming && !this.owner) return html`<p part="base" role="status">${t.needOwner}</p>`;
    if (!upcoming && !this.customerId) return html`<p part="base" role="status">${t.noCustomer}</p>`;
    const accounts = this.accounts;
    if (!upcoming && accounts.status === 'complete' && !accounts.value?.customer) {
      return html`<p part="base" role="status">${t.notFound(this.customerId!)}</p>`;
    }
    const { status, error } = accounts.status === 'error' ? accounts : this.data;
    const value: LogData | undefined =
      this.data.value && (upcoming ? this.data.value : accounts.value && { ...this.data.value, ...accounts.value });
    if (status === 'error') {
      return html`<div part="base" role="alert">
        <p>${t.error(error instanceof Error ? error.message : String(error))}</p>
        <button type="button" @click=${() => {
          this.accounts.retry();
          this.data.retry();
        }}>${t.retry}</button>
      </div>`;
    }
    if (status !== 'complete' || !value) return html`<p part="base" role="status">${t.loading}</p>`;
    return html`<section part="base" aria-labelledby="log-title">
      <div class="title" id="log-title" role="heading" aria-level="2">
        ${upcoming ? t.upcomingTitle(this.owner!) : `${t.title} · ${value.customer!.name}`}
      </div>
      <div part="status" role="status" class=${this.message ? '' : 'sr-only'}>${this.message}</div>
      ${this.failure ? html`<p class="error-text" role="alert">${this.failure}</p>` : nothing}
      ${upcoming ? this.renderUpcoming(t, value) : this.renderTimeline(t, value)}
    </section>`;
  }

  private renderTimeline(t: Strings, data: LogData) {
    const groups = timeline(data.activities, {
      kinds: this.kindFilter ? [this.kindFilter] : undefined,
      contactId: this.contactFilter || undefined,
    });
    const month = (key: string) =>
      dateText(`${key}-01T00:00:00Z`, this.localize.locale, { year: 'numeric', month: 'long', timeZone: 'UTC' });
    const filtered = !!(this.kindFilter || this.contactFilter);
    return html`${this.canWrite ? this.renderForm(t, data) : nothing}
      <div part="filters">
        <label>${t.filterKind}
          <select data-filter="kind" @change=${(e: Event) => {
            this.kindFilter = (e.target as HTMLSelectElement).value;
          }}>
            <option value="">${t.allKinds}</option>
            ${LOGGED_KINDS.concat('order').map((k) => html`<option value=${k} ?selected=${this.kindFilter === k}>${labelOf('activityKind', k, this.localize.lang)}</option>`)}
          </select></label>
        <label>${t.filterContact}
          <select data-filter="contact" @change=${(e: Event) => {
            this.contactFilter = (e.target as HTMLSelectElement).value;
          }}>
            <option value="">${t.allContacts}</option>
            ${data.contacts.map((c) => html`<option value=${c.id} ?selected=${this.contactFilter === c.id}>${c.name}</option>`)}
          </select></label>
      </div>
      ${
        groups.length === 0
          ? html`<p role="status">${filtered ? t.emptyFiltered : t.empty}</p>`
          : groups.map(
              (g) => html`<div class="month-row">
                  <div part="month" class="month" role="heading" aria-level="3" id=${`m-${g.month}`}>${month(g.month)}</div>
                  ${this.renderMonthOrders(t, g.entries)}
                </div>
                <ol aria-labelledby=${`m-${g.month}`}>
                  ${g.entries.map((a) => this.renderEntry(t, a, data))}
                </ol>`,
            )
      }`;
  }

  /** The month's order volume at a glance: compact, per currency (never added across currencies). */
  private renderMonthOrders(t: Strings, entries: readonly Activity[]) {
    const sums = new Map<string, number>();
    for (const a of entries) {
      if (a.kind !== 'order' || a.amount === undefined || !a.currency) continue;
      const sum = (sums.get(a.currency) ?? 0) + a.amount;
      // Beyond 2^53 minor units a sum is not exact: show none rather than a wrong one.
      if (!Number.isSafeInteger(sum)) return nothing;
      sums.set(a.currency, sum);
    }
    if (!sums.size) return nothing;
    const amounts = [...sums].map(([currency, amount]) => this.localize.money(amount, currency, 'summary'));
    return html`<span part="month-total">${t.monthOrders(amounts.join(' + '))}</span>`;
  }

  private renderUpcoming(t: Strings, data: LogData) {
    const steps = upcomingSteps(data.activities, this.owner!);
    if (steps.length === 0) return html`<p role="status">${t.noUpcoming}</p>`;
    return html`<ol aria-labelledby="log-title">${steps.map((a) => this.renderEntry(t, a, data, true))}</ol>`;
  }

  private renderEntry(t: Strings, a: Activity, data: LogData, showAccount = false): TemplateResult {
    const locale = this.localize.locale;
    const when = dateText(a.at, locale, { dateStyle: 'medium', timeStyle: 'short' });
    const names = involvedContacts(a).map((id) => data.contacts.find((c) => c.id === id)?.name ?? id);
    const step = a.nextStep;
    const overdue = isOverdue(step, this.today);
    // Order entries mirror order records: they are not edited here.
    const editable = this.canWrite && a.kind !== 'order' && mayModify(a, this.user, this.policy);
    const account = data.members.find((m) => m.id === a.customerId);
    const complaint = a.kind === 'complaint';
    const status: ComplaintStatus = a.status ?? 'open';
    return html`<li part=${complaint ? 'entry complaint' : 'entry'} class=${complaint ? 'complaint' : ''} data-id=${a.id}>
      <div>
        <span class="kind">${labelOf('activityKind', a.kind, this.localize.lang)}</span>
        ${complaint ? html`<span> · ${labelOf('complaintSeverity', a.severity ?? 'medium', this.localize.lang)} · <strong data-status>${labelOf('complaintStatus', status, this.localize.lang)}</strong></span>` : nothing}
        ${a.amount !== undefined && a.currency ? html`<span class="amount"> · ${this.localize.money(a.amount, a.currency)}</span>` : nothing}
        <span class="meta"> · <time datetime=${a.at}>${when}</time></span>
        ${showAccount || (account && account.id !== this.customerId) ? html`<span class="meta"> · ${account?.name ?? a.customerId}</span>` : nothing}
      </div>
      <div class="subject">${a.subject}</div>
      ${names.length ? html`<div class="meta">${t.with(names.join(locale === 'zh-CN' ? '、' : ', '))}</div>` : nothing}
      ${a.outcome ? html`<div>${t.outcome(a.outcome)}</div>` : nothing}
      ${a.notes ? html`<div class="muted">${a.notes}</div>` : nothing}
      ${
        step
          ? html`<div part=${overdue ? 'overdue' : 'next-step'}>
              ${t.next(step.text)}${step.due ? ` · ${t.due(step.due)}` : ''}${step.owner ? ` · ${t.owner(step.owner)}` : ''}
              ${overdue ? html` · <strong>${t.overdue}</strong>` : nothing}${step.done ? ` · ${t.done}` : ''}
            </div>`
          : nothing
      }
      ${a.resolution ? html`<div class="muted">${t.resolved(a.resolution.note, a.resolution.at.slice(0, 10))}</div>` : nothing}
      <div class="meta">${a.author ? t.by(a.author) : ''}${a.revisions?.some((r) => r.action === 'edit') ? ` · ${t.edited}` : ''}</div>
      ${this.canWrite ? this.renderEntryActions(t, a, editable, complaint, status) : nothing}
    </li>`;
  }

  private renderEntryActions(t: Strings, a: Activity, editable: boolean, complaint: boolean, status: ComplaintStatus) {
    if (this.confirmDelete === a.id) {
      return html`<div class="actions" role="group" aria-label=${t.confirmDelete(a.subject)}>
        <span>${t.confirmDelete(a.subject)}</span>
        <button type="button" data-action="confirm-delete" @click=${() => this.deleteEntry(a)}>${t.yesDelete}</button>
        <button type="button" @click=${() => {
          this.confirmDelete = undefined;
        }}>${t.keep}</button>
      </div>`;
    }
    if (this.resolving?.id === a.id) {
      const r = this.resolving;
      return html`<form class="actions" @submit=${(e: Event) => {
        e.preventDefault();
        this.resolve(a);
      }}>
        <label class="wide">${t.resolutionNote}
          <input data-field="resolution" .value=${r.note} aria-invalid=${r.error ? 'true' : 'false'}
            aria-describedby=${r.error ? 'resolution-error' : nothing}
            @input=${(e: Event) => {
              this.resolving = { id: a.id, note: (e.target as HTMLInputElement).value, error: false };
            }} /></label>
        <button type="submit" class="primary" data-action="confirm-resolve">${t.resolve.replace('…', '')}</button>
        <button type="button" @click=${() => {
          this.resolving = undefined;
        }}>${t.cancel}</button>
        ${r.error ? html`<span id="resolution-error" class="error-text" role="alert">${t.resolutionNote} ${t.problems.required}</span>` : nothing}
      </form>`;
    }
    const open = status === 'open' || status === 'in-progress';
    return html`<div class="actions">
      ${complaint && status === 'open' ? html`<button type="button" data-action="start" @click=${() => this.complaint(a, 'in-progress')}>${t.startWork}</button>` : nothing}
      ${complaint && open ? html`<button type="button" data-action="resolve" @click=${() => this.startResolve(a)}>${t.resolve}</button>` : nothing}
      ${complaint && !open ? html`<button type="button" data-action="reopen" @click=${() => this.complaint(a, 'open')}>${t.reopen}</button>` : nothing}
      ${a.nextStep && !a.nextStep.done ? html`<button type="button" data-action="done" @click=${() => this.markDone(a)}>${t.markDone}</button>` : nothing}
      ${editable ? html`<button type="button" data-action="edit" @click=${() => this.startEdit(a)}>${t.edit}</button>` : nothing}
      ${
        editable
          ? html`<button type="button" data-action="delete" @click=${() => {
              this.confirmDelete = a.id;
            }}>${t.delete}</button>`
          : nothing
      }
    </div>`;
  }

  private renderForm(t: Strings, data: LogData) {
    const d = this.draft;
    const f = t.fields;
    const set = (field: keyof ActivityDraft) => (e: Event) => {
      this.draft = { ...this.draft, [field]: (e.target as HTMLInputElement).value };
      if (field in this.problems) this.problems = checkActivityDraft(this.draft);
    };
    const err = (field: ActivityField) => {
      const p = this.problems[field];
      return p
        ? html`<span id=${`err-${field}`} class="error-text" role="alert">${t.fieldNames[field]} ${t.problems[p]}</span>`
        : nothing;
    };
    const aria = (field: ActivityField) => ({
      invalid: this.problems[field] ? 'true' : 'false',
      by: this.problems[field] ? `err-${field}` : nothing,
    });
    const contacts = data.contacts.filter((c) => c.customerId === d.customerId);
    return html`<form part="form" aria-labelledby="form-title" novalidate @submit=${(e: Event) => {
      e.preventDefault();
      this.save();
    }} @keydown=${(e: KeyboardEvent) => {
      if (e.key === 'Escape' && this.editing) this.resetDraft();
    }}>
      <strong id="form-title" class="wide">${this.editing ? t.editTitle(this.editing.subject) : t.logTitle}</strong>
      <label>${f.kind}
        <select data-field="kind" @change=${set('kind')}>
          ${LOGGED_KINDS.map((k) => html`<option value=${k} ?selected=${d.kind === k}>${labelOf('activityKind', k, this.localize.lang)}</option>`)}
        </select></label>
      ${
        d.kind === 'complaint'
          ? html`<label>${f.severity}
              <select data-field="severity" @change=${set('severity')}>
                ${(['low', 'medium', 'high', 'critical'] as const).map((s) => html`<option value=${s} ?selected=${d.severity === s}>${labelOf('complaintSeverity', s, this.localize.lang)}</option>`)}
              </select></label>`
          : nothing
      }
      <label>${f.at}<input data-field="at" type="datetime-local" .value=${d.at} aria-invalid=${aria('at').invalid} aria-describedby=${aria('at').by} @input=${set('at')} />${err('at')}</label>
      ${
        data.members.length > 1
          ? html`<label>${f.customerId}
              <select data-field="customerId" @change=${set('customerId')}>
                ${data.members.map((m) => html`<option value=${m.id} ?selected=${d.customerId === m.id}>${m.name}</option>`)}
              </select></label>`
          : nothing
      }
      <label class="wide">${f.subject}<input data-field="subject" .value=${d.subject} aria-invalid=${aria('subject').invalid} aria-describedby=${aria('subject').by} @input=${set('subject')} />${err('subject')}</label>
      ${
        contacts.length
          ? html`<fieldset class="wide"><legend>${f.contacts}</legend>
              ${contacts.map(
                (c) =>
                  html`<label><input type="checkbox" data-contact=${c.id} .checked=${d.contactIds.includes(c.id)} @change=${(
                    e: Event,
                  ) => {
                    const on = (e.target as HTMLInputElement).checked;
                    const ids = d.contactIds.filter((id) => id !== c.id);
                    this.draft = { ...this.draft, contactIds: on ? [...ids, c.id] : ids };
                  }} />${c.name}</label>`,
              )}</fieldset>`
          : nothing
      }
      <label class="wide">${f.outcome}<input data-field="outcome" .value=${d.outcome} @input=${set('outcome')} /></label>
      <label class="wide">${f.nextStep}<input data-field="nextStep" .value=${d.nextStep} aria-invalid=${aria('nextStep').invalid} aria-describedby=${aria('nextStep').by} @input=${set('nextStep')} />${err('nextStep')}</label>
      <label>${f.nextDue}<input data-field="nextDue" type="date" .value=${d.nextDue} aria-invalid=${aria('nextDue').invalid} aria-describedby=${aria('nextDue').by} @input=${set('nextDue')} />${err('nextDue')}</label>
      <label>${f.nextOwner}<input data-field="nextOwner" .value=${d.nextOwner} @input=${set('nextOwner')} /></label>
      <button type="submit" class="primary" data-action="log" ?disabled=${this.saving}>${this.saving ? t.saving : this.editing ? t.save : t.log}</button>
      ${this.editing ? html`<button type="button" data-action="cancel-edit" @click=${() => this.resetDraft()}>${t.cancel}</button>` : nothing}
    </form>`;
  }

  // ---------------------------------------------------------------------------------------------
  // Writes

  private async save(): Promise<void> {
    const t = this.localize.strings(activityLogStrings);
    this.problems = checkActivityDraft(this.draft);
    const first = Object.keys(this.problems)[0];
    if (first) {
      this.renderRoot.querySelector<HTMLElement>(`[data-field="${first}"]`)?.focus();
      return;
    }
    const store = this.data.store;
    if (!store || this.saving) return;
    const editing = this.editing;
    const saved = await this.write(
      () =>
        editing
          ? saveEdit(store, editing, this.draft, this.user, this.policy)
          : logActivity(store, this.draft, this.user),
      this.draft.subject,
    );
    if (!saved) return;
    this.message = editing ? t.saved(saved.subject) : t.logged(saved.subject);
    this.emit('crm-activity-save', { activity: saved, created: !editing });
    this.resetDraft();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[data-field="kind"]')?.focus();
  }

  private async startEdit(a: Activity): Promise<void> {
    this.editing = a;
    this.draft = draftFrom(a);
    this.problems = {};
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[data-field="subject"]')?.focus();
  }

  private async deleteEntry(a: Activity): Promise<void> {
    const t = this.localize.strings(activityLogStrings);
    this.confirmDelete = undefined;
    const saved = await this.write(() => removeActivity(this.data.store!, a, this.user, this.policy), a.subject);
    if (saved) {
      this.message = t.deleted(a.subject);
      this.emit('crm-activity-delete', { activity: saved });
    }
  }

  private startResolve(a: Activity): void {
    this.resolving = { id: a.id, note: '', error: false };
    this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[data-field="resolution"]')?.focus());
  }

  private async resolve(a: Activity): Promise<void> {
    const r = this.resolving;
    if (!r) return;
    if (!r.note.trim()) {
      this.resolving = { ...r, error: true };
      return;
    }
    this.resolving = undefined;
    await this.complaint(a, 'resolved', r.note);
  }

  /** The next step is done: written like any edit (a revision), and announced like one. */
  private async markDone(a: Activity): Promise<void> {
    const saved = await this.write(() => setStepDone(this.data.store!, a, true, this.user), a.subject);
    if (saved) this.emit('crm-activity-save', { activity: saved, created: false });
  }

  private async complaint(a: Activity, to: ComplaintStatus, note?: string): Promise<void> {
    const saved = await this.write(() => changeComplaint(this.data.store!, a, to, this.user, note), a.subject);
    if (saved) this.emit('crm-activity-save', { activity: saved, created: false });
  }

  /** Runs one write; a failure is shown (localised) and announced, never dropped. */
  private async write(work: () => Promise<Activity>, subject: string): Promise<Activity | undefined> {
    const t = this.localize.strings(activityLogStrings);
    this.saving = true;
    this.failure = '';
    try {
      return await work();
    } catch (error) {
      const reason =
        error instanceof StaleRecordError
          ? t.changedElsewhere
          : error instanceof ValidationError
            ? `${error.field} ${validationReason(error, this.localize.locale)}`
            : error instanceof Error
              ? error.message
              : String(error);
      this.failure = `${subject}${colon(this.localize.locale)}${t.notSaved(reason)}`;
      if (error instanceof StaleRecordError) this.resetDraft();
      return undefined;
    } finally {
      this.saving = false;
    }
  }
}

async function loadAccounts(store: CrmStore, id: string, group: boolean) {
  const customer = await store.customers.get(id);
  if (!customer) return { customer: undefined, members: [] as Customer[] };
  return { customer, members: group ? (await loadGroup(store, customer)).members : [customer] };
}

async function loadEntries(store: CrmStore, ids: string[]) {
  const activities = await store.activities.list({ where: { customerId: ids } });
  const contacts = await store.contacts.list({ where: { customerId: ids } });
  return { customer: undefined, members: [] as Customer[], activities, contacts };
}

async function loadUpcoming(store: CrmStore, owner: string): Promise<LogData> {
  const activities = await store.activities.list({
    filter: (a) => !a.deletedAt && !!a.nextStep && !a.nextStep.done && a.nextStep.owner === owner,
  });
  const ids = [...new Set(activities.map((a) => a.customerId))];
  const members = ids.length ? await store.customers.list({ where: { id: ids } }) : [];
  const contactIds = [...new Set(activities.flatMap((a) => involvedContacts(a)))];
  const contacts = contactIds.length ? await store.contacts.list({ where: { id: contactIds } }) : [];
  return { customer: undefined, members, activities, contacts };
}

CrmActivityLog.define('crm-activity-log');
