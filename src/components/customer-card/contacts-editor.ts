import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { BUYING_ROLES, COMMUNICATION_STYLES, type Contact, ValidationError } from '../../data/model.js';
import { StaleRecordError } from '../../data/repository.js';
import type { CrmStore } from '../../data/store.js';
import { CrmElement } from '../../internal/crm-element.js';
import { validationReason } from '../../internal/validation-reason.js';
import { type BuyingRole, contactsByRole } from './card-model.js';
import { contactsEditorStrings } from './contacts-editor.strings.js';
import { contactsEditorStyles } from './contacts-editor.styles.js';
import {
  type ChainNode,
  type ContactDraft,
  type ContactField,
  type ContactProblem,
  checkContact,
  checkContactField,
  contactDraft,
  contactRecord,
  decisionChain,
  emptyContact,
} from './contacts-model.js';
import { customerCardStrings } from './customer-card.strings.js';

export interface ContactChangeDetail {
  customerId: string;
  contact: Contact;
  action: 'add' | 'edit' | 'remove';
}

declare global {
  interface HTMLElementTagNameMap {
    'crm-contacts-editor': CrmContactsEditor;
  }
  interface GlobalEventHandlersEventMap {
    'crm-contact-change': CustomEvent<ContactChangeDetail>;
  }
}

type Strings = (typeof contactsEditorStrings)['en'];
type CardStrings = (typeof customerCardStrings)['en'];

/**
 * @tag crm-contacts-editor
 * @summary The contacts of one account, by buying role, editable: add, edit and remove (phone numbers checked as
 * Chinese mobile or landline numbers), missing roles with "add a decision maker", and the decision chain
 * (who reports to whom, with role badges). The customer card shows it when it is editable.
 *
 * @fires crm-contact-change - A contact was added, edited or removed: `{ customerId, contact, action }`.
 * @csspart warnings - The missing buying roles, each with its "add" button.
 * @csspart contact - One contact.
 * @csspart contact-form - The add / edit form.
 * @csspart chain - The decision chain.
 * @csspart badge - A role badge in the decision chain.
 */
export class CrmContactsEditor extends CrmElement {
  /** Styles are `contactsEditorStyles`, adopted by the tree the editor renders in (see connectedCallback). */
  static override translations = [contactsEditorStrings, customerCardStrings];
  static override styles = [];

  /**
   * No shadow root of its own: inside the card its text, parts and warnings belong to the card (one
   * accessible tree, the card's `::part(warnings)` styling, tests reading the card's text).
   */
  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Outside the card (a page or another shadow root): bring the editor's scoped styles along, once per root.
    const root = this.getRootNode();
    const sheet = contactsEditorStyles.styleSheet;
    if (sheet && (root instanceof Document || root instanceof ShadowRoot) && !root.adoptedStyleSheets.includes(sheet)) {
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    }
  }

  @property({ attribute: 'customer-id' }) customerId = '';
  /** The account's contacts (the card passes its live list). */
  @property({ attribute: false }) contacts: readonly Contact[] = [];
  @property({ attribute: false }) store?: CrmStore;
  /** Level of the role headings. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 4;

  @state() private editing: { id?: string; base?: Contact; draft: ContactDraft } | undefined;
  @state() private problems: Partial<Record<ContactField, ContactProblem>> = {};
  @state() private removing: string | undefined;
  @state() private message = '';
  @state() private failure = '';
  @state() private saving = false;
  @state() private chainOpen = false;

  /** Opens the form for a new contact, the buying role chosen (the card's "add a decision maker"). */
  async add(role: BuyingRole | '' = ''): Promise<void> {
    this.editing = { draft: emptyContact(role) };
    this.problems = {};
    this.removing = undefined;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[data-field="name"]')?.focus();
  }

  protected override render() {
    const t = this.localize.strings(contactsEditorStrings);
    const c = this.localize.strings(customerCardStrings);
    const groups = contactsByRole(this.contacts);
    const missing = groups.filter((g) => g.contacts.length === 0);
    const level = Math.min(6, this.headingLevel);
    return html`
      ${
        missing.length
          ? html`<ul part="warnings">
              ${missing.map(
                (g) => html`<li>
                  <span><span aria-hidden="true">⚠ </span>${c.missingRole(c.role[g.role])}</span>
                  <button type="button" data-add-role=${g.role} @click=${() => this.add(g.role)}>${c.addRole[g.role]}</button>
                </li>`,
              )}
            </ul>`
          : nothing
      }
      <div role="status" class=${this.message ? 'muted' : 'muted sr-only'}>${this.message}</div>
      ${this.failure ? html`<p class="error-text" role="alert">${this.failure}</p>` : nothing}
      ${this.contacts.length === 0 ? html`<p class="muted">${c.noContacts}</p>` : nothing}
      ${groups
        .filter((g) => g.contacts.length > 0)
        .map(
          (g) => html`<div role="heading" aria-level=${level} class="subheading">${c.roles[g.role]}</div>
            <ul>
              ${g.contacts.map((contact) => this.renderContact(t, c, contact))}
            </ul>`,
        )}
      ${this.editing && !this.editing.id ? this.renderForm(t, c) : nothing}
      <div class="row">
        ${this.editing ? nothing : html`<button type="button" data-action="add" @click=${() => this.add()}>${t.add}</button>`}
        ${
          this.contacts.length
            ? html`<button type="button" data-action="chain" aria-expanded=${this.chainOpen ? 'true' : 'false'} @click=${() => {
                this.chainOpen = !this.chainOpen;
              }}>${t.showChain}</button>`
            : nothing
        }
      </div>
      ${this.chainOpen ? this.renderChain(t, level) : nothing}
    `;
  }

  private renderContact(t: Strings, c: CardStrings, contact: Contact): TemplateResult {
    if (this.editing?.id === contact.id) return html`<li>${this.renderForm(t, c)}</li>`;
    const manager = contact.reportsTo ? this.contacts.find((x) => x.id === contact.reportsTo) : undefined;
    return html`<li part="contact" class="contact" data-id=${contact.id}>
      <span class="contact-name">${contact.name}</span>${contact.alias ? html` <span class="muted">${contact.alias}</span>` : nothing}
      ${contact.title ? html`<span> · ${contact.title}</span>` : nothing}
      ${contact.department ? html`<span class="muted"> · ${contact.department}</span>` : nothing}
      ${contact.style ? html`<span> · ${c.style[contact.style]}</span>` : nothing}
      ${contact.phone ? html`<span class="muted"> · ${contact.phone}</span>` : nothing}
      ${contact.email ? html`<span class="muted"> · ${contact.email}</span>` : nothing}
      ${manager ? html`<span class="muted"> · ${t.reportsTo(manager.name)}</span>` : nothing}
      ${contact.notes ? html`<div class="muted">${contact.notes}</div>` : nothing}
      ${
        this.removing === contact.id
          ? html`<div class="row" role="group" aria-label=${t.confirmRemove(contact.name)}>
              <span>${t.confirmRemove(contact.name)}</span>
              <button type="button" data-action="confirm-remove" @click=${() => this.removeContact(contact)}>${t.yesRemove}</button>
              <button type="button" @click=${() => {
                this.removing = undefined;
              }}>${t.keep}</button>
            </div>`
          : html`<div class="row">
              <button type="button" data-action="edit" aria-label=${t.editContact(contact.name)} @click=${() => this.edit(contact)}>${t.edit}</button>
              <button type="button" data-action="remove" aria-label=${t.removeContact(contact.name)} @click=${() => {
                this.removing = contact.id;
              }}>${t.remove}</button>
            </div>`
      }
    </li>`;
  }

  private renderForm(t: Strings, c: CardStrings) {
    const editing = this.editing!;
    const d = editing.draft;
    const others = this.contacts.filter((x) => x.id !== editing.id);
    const set = (field: ContactField) => (e: Event) => {
      const value = (e.target as HTMLInputElement).value;
      this.editing = { ...editing, draft: { ...this.editing!.draft, [field]: value } };
      if (this.problems[field] || e.type === 'change') this.check(field);
    };
    const field = (key: ContactField, control: TemplateResult, hint?: string) => {
      const problem = this.problems[key];
      return html`<label>
        <span>${t.fields[key]}</span>
        ${control}
        ${hint ? html`<span class="hint" id=${`contact-hint-${key}`}>${hint}</span>` : nothing}
        ${problem ? html`<span id=${`contact-err-${key}`} class="error-text" role="alert">${t.fields[key]} ${t.problems[problem]}</span>` : nothing}
      </label>`;
    };
    const described = (key: ContactField, hint = false) =>
      [hint ? `contact-hint-${key}` : '', this.problems[key] ? `contact-err-${key}` : ''].filter(Boolean).join(' ') ||
      nothing;
    const input = (key: 'name' | 'title' | 'department' | 'phone' | 'email', type = 'text', hint?: string) =>
      field(
        key,
        html`<input
          data-field=${key}
          type=${type}
          .value=${d[key]}
          aria-invalid=${this.problems[key] ? 'true' : 'false'}
          aria-describedby=${described(key, !!hint)}
          @input=${set(key)}
          @blur=${() => this.check(key)}
        />`,
        hint,
      );
    const select = (key: 'role' | 'style' | 'reportsTo', options: { value: string; label: string }[]) =>
      field(
        key,
        html`<select data-field=${key} aria-invalid=${this.problems[key] ? 'true' : 'false'} aria-describedby=${described(key)} @change=${set(key)}>
          ${options.map((o) => html`<option value=${o.value} ?selected=${d[key] === o.value}>${o.label}</option>`)}
        </select>`,
      );
    const title = editing.base ? t.editContact(editing.base.name) : t.newContact;
    return html`<form part="contact-form" aria-label=${title} novalidate @submit=${(e: Event) => {
      e.preventDefault();
      this.save();
    }} @keydown=${(e: KeyboardEvent) => {
      if (e.key === 'Escape') this.cancel();
    }}>
      ${input('name')}
      ${select('role', [{ value: '', label: t.choose }, ...BUYING_ROLES.map((r) => ({ value: r, label: c.role[r] }))])}
      ${input('title')} ${input('department')} ${input('phone', 'tel', t.phoneHint)} ${input('email', 'email')}
      ${select('style', [{ value: '', label: t.choose }, ...COMMUNICATION_STYLES.map((s) => ({ value: s, label: c.style[s] }))])}
      ${select('reportsTo', [{ value: '', label: t.noManager }, ...others.map((x) => ({ value: x.id, label: x.name }))])}
      ${field('notes', html`<textarea data-field="notes" rows="2" .value=${d.notes} @input=${set('notes')}></textarea>`)}
      <div class="row">
        <button type="submit" class="primary" data-action="save" ?disabled=${this.saving}>${this.saving ? t.saving : t.save}</button>
        <button type="button" data-action="cancel" @click=${() => this.cancel()}>${t.cancel}</button>
      </div>
    </form>`;
  }

  private renderChain(t: Strings, level: number) {
    const c = this.localize.strings(customerCardStrings);
    const node = (n: ChainNode): TemplateResult => html`<li>
      <span>${n.contact.name}</span>
      <span part="badge" class="badge" title=${c.role[n.contact.role]}
        ><span aria-hidden="true">${t.roleBadge[n.contact.role]}</span><span class="sr-only">${c.role[n.contact.role]}</span></span
      >
      ${n.contact.title ? html`<span class="muted"> ${n.contact.title}</span>` : nothing}
      ${n.reports.length ? html`<ul>${n.reports.map(node)}</ul>` : nothing}
    </li>`;
    return html`<div part="chain" aria-labelledby="contact-chain-title">
      <div role="heading" aria-level=${level} class="subheading" id="contact-chain-title">${t.chain}</div>
      <ul>${decisionChain(this.contacts).map(node)}</ul>
    </div>`;
  }

  private check(field: ContactField): void {
    const editing = this.editing;
    if (!editing) return;
    const problem = checkContactField(field, editing.draft, this.contacts, editing.id);
    const { [field]: _, ...rest } = this.problems;
    this.problems = problem ? { ...rest, [field]: problem } : rest;
  }

  private async edit(contact: Contact): Promise<void> {
    this.editing = { id: contact.id, base: contact, draft: contactDraft(contact) };
    this.problems = {};
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[data-field="name"]')?.focus();
  }

  private async cancel(): Promise<void> {
    const id = this.editing?.id;
    this.editing = undefined;
    this.problems = {};
    await this.updateComplete;
    this.renderRoot
      .querySelector<HTMLElement>(id ? `[data-id="${CSS.escape(id)}"] [data-action="edit"]` : '[data-action="add"]')
      ?.focus();
  }

  private async save(): Promise<void> {
    const editing = this.editing;
    if (!editing || !this.store || this.saving) return;
    const t = this.localize.strings(contactsEditorStrings);
    this.problems = checkContact(editing.draft, this.contacts, editing.id);
    const first = Object.keys(this.problems)[0];
    if (first) {
      this.renderRoot.querySelector<HTMLElement>(`[data-field="${first}"]`)?.focus();
      return;
    }
    this.saving = true;
    this.failure = '';
    try {
      const record = contactRecord(editing.draft, this.customerId, editing.base);
      const saved = await this.store.contacts.put(
        record,
        editing.base ? { ifUpdatedAt: editing.base.updatedAt } : undefined,
      );
      this.message = t.saved(saved.name);
      this.emit('crm-contact-change', {
        customerId: this.customerId,
        contact: saved,
        action: editing.base ? 'edit' : 'add',
      });
      await this.cancel();
    } catch (error) {
      this.failure = t.notSaved(this.reason(error));
    } finally {
      this.saving = false;
    }
  }

  private async removeContact(contact: Contact): Promise<void> {
    const store = this.store;
    if (!store) return;
    const t = this.localize.strings(contactsEditorStrings);
    this.removing = undefined;
    this.failure = '';
    try {
      await store.contacts.delete(contact.id);
      // Their direct reports now report to nobody known; clear the link so the chain stays truthful.
      for (const report of this.contacts.filter((c) => c.reportsTo === contact.id)) {
        await store.contacts.update(report.id, { reportsTo: undefined });
      }
      this.message = t.removed(contact.name);
      this.emit('crm-contact-change', { customerId: this.customerId, contact, action: 'remove' });
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[data-action="add"]')?.focus();
    } catch (error) {
      this.failure = t.notSaved(this.reason(error));
    }
  }

  private reason(error: unknown): string {
    const t = this.localize.strings(contactsEditorStrings);
    if (error instanceof StaleRecordError) return t.changedElsewhere;
    if (error instanceof ValidationError) return `${error.field} ${validationReason(error, this.localize.locale)}`;
    return error instanceof Error ? error.message : String(error);
  }
}

CrmContactsEditor.define('crm-contacts-editor');
