import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { RateTable } from '../../core/money.js';
import type { ServiceStandardTable } from '../../core/tiering.js';
import type { TierScheme } from '../../core/tiers.js';
import type { Contact, Customer } from '../../data/model.js';
import type { CrmStore } from '../../data/store.js';
import { CrmElement } from '../../internal/crm-element.js';
import { colon } from '../../internal/format.js';
import { iconBuilding, iconMail, iconPencil, iconPhone, iconWarning } from '../../internal/icons.js';
import { labelOf } from '../../internal/labels.js';
import { moneyText } from '../../internal/money-text.js';
import { LiveDataController } from '../../internal/store-context.js';
import '../tier-badge/tier-badge.js';
import type { TierModel } from '../tier-badge/tier-evaluation.js';
import { type BodyContext, bodyStyles, cardBody } from './card-body.js';
import { loadCardData } from './card-data.js';
import type { CardEditing } from './card-editing.js';
import {
  activitySummary,
  type BuyingRole,
  type CardData,
  type CustomerCardData,
  contactsByRole,
  DEFAULT_WARNING_OPTIONS,
  type DerivedBase,
  fromPlainObject,
} from './card-model.js';
import { avatar, mailtoHref, telHref } from './contact-links.js';
import type { CrmContactsEditor } from './contacts-editor.js';
import { customerCardStrings, type FieldKey } from './customer-card.strings.js';
import { customerCardStyles } from './customer-card.styles.js';

export type { CustomerCardData } from './card-model.js';
export type { FieldKey } from './customer-card.strings.js';

export interface CustomerSelectDetail {
  customerId: string;
}

export interface CustomerChangeDetail {
  customerId: string;
  field: FieldKey;
  /** The stored value (credit limit in minor units); undefined when the field was cleared. */
  value: unknown;
  previous: unknown;
  /** The customer record as saved. */
  customer: Customer;
}

declare global {
  interface HTMLElementTagNameMap {
    'crm-customer-card': CrmCustomerCard;
  }
  interface GlobalEventHandlersEventMap {
    'crm-customer-select': CustomEvent<CustomerSelectDetail>;
    'crm-customer-change': CustomEvent<CustomerChangeDetail>;
  }
}

type Strings = (typeof customerCardStrings)['en'];

/**
 * @tag crm-customer-card
 * @summary One key account at a glance: a highlights header (name, alias, tier, owner, chips, actions), warning
 * signs as a banner, key figures (revenue, open pipeline, credit used against the limits, group risk), trend
 * sparklines, contacts as people by buying role, the group as a compact tree; editable, live across widgets and tabs.
 *
 * Bound with `customer-id="…"` (reads through the store, live), or presentational with a plain `.customer` object
 * (no store needed, not editable). `variant="compact"` renders one line: name, tier, owner, warning count.
 *
 * Editing: the header's Edit button opens Edit mode (its code is fetched then, card-editing.ts), which lists the
 * account's fields with a pencil each; a pencil opens that field's editor. Enter saves (Shift+Enter adds a line in
 * notes), Escape cancels. Input is validated by the store; an invalid value is never saved and the reason shows
 * next to the field.
 *
 * Layout follows the card's own width (container queries), from 320 px (one column, figures two across) to
 * 1600 px (figures four across, contacts beside the group). Summary figures are compact (万/亿, K/M) with the
 * exact amount in their accessible text and tooltip; detail lists are exact.
 *
 * @csspart base - The card (a region labelled by the customer's name in the full variant).
 * @csspart header - The highlights header: name, alias, tier, chips, actions (and the Edit-mode field list).
 * @csspart name - The customer's name.
 * @csspart avatar - An initials avatar (the account manager, each contact).
 * @csspart chip - A fact shown as a chip (owner, industry, relationship, loyalty stage, communication style).
 * @csspart actions - The header's actions (Call, Email, Edit).
 * @csspart action - One header action.
 * @csspart edit-toggle - The Edit button that opens Edit mode.
 * @csspart banner - The warning signs banner (only when there are warning signs).
 * @csspart figures - The key figures row.
 * @csspart figure - One key figure tile (also `figure-label`, `figure-value`).
 * @csspart figure-label - A key figure's label.
 * @csspart figure-value - A key figure's value.
 * @csspart risk-reasons - The disclosure with the group risk's reasons.
 * @csspart trends - The trend sparklines.
 * @csspart section - Each section (also `group`, `contacts`, `pipeline`, `notes`).
 * @csspart group - The group section.
 * @csspart tree - The group members as a tree.
 * @csspart tree-item - The account's own row in the tree (the other rows are `account-link`).
 * @csspart contacts - The contacts section.
 * @csspart person - One contact.
 * @csspart contact-link - A click-to-call or click-to-mail link.
 * @csspart pipeline - The pipeline and activity section.
 * @csspart notes - The notes section.
 * @csspart field - One label/value pair.
 * @csspart field-label - A field's label.
 * @csspart field-value - A field's value.
 * @csspart edit-button - The pencil of a field in Edit mode.
 * @csspart edit-contacts - The button that opens the contacts editor (loaded when first used).
 * @csspart path - The stage path of the deal expected to close first (`<crm-stage-path>`, loaded when first shown).
 * @csspart input - The input of a field being edited.
 * @csspart error - A field's validation message.
 * @csspart warnings - The list of warning signs (and missing buying roles).
 * @csspart warning-count - The compact variant's warning count.
 * @csspart account-link - Another member's row in the group tree: selects that account (click, or Enter).
 * @csspart message - The loading, empty, not-found and error messages.
 * @csspart contact - One contact in the contacts editor (editable card; also `contact-form`, `chain`, `badge`).
 *
 * @cssprop [--crm-card-bg=var(--crm-color-surface)] - Card background.
 * @cssprop [--crm-card-border=var(--crm-color-border)] - Card border colour.
 * @cssprop [--crm-card-radius=var(--crm-radius-lg)] - Card corner radius.
 * @cssprop [--crm-card-padding=var(--crm-space-4)] - Card padding.
 * @cssprop [--crm-color-muted] - Secondary text.
 * @cssprop [--crm-color-accent] - Buttons, links, the recent part of trends.
 * @cssprop [--crm-color-critical] - Errors, over-limit credit, critical risk.
 * @cssprop [--crm-color-warning-bg] - Background of the warning banner.
 * @cssprop [--crm-color-warning-text] - Text of warnings.
 * @cssprop [--crm-focus-ring] - Focus outline colour.
 *
 * @fires crm-customer-select - A related account was chosen: `{ customerId }`; the page decides what to do.
 * @fires crm-customer-change - A field was saved: `{ customerId, field, value, previous, customer }`.
 * @fires crm-tier-change - From the tier badge, when a recomputation changes the tier (see `<crm-tier-badge>`).
 */
export class CrmCustomerCard extends CrmElement {
  static override translations = [customerCardStrings];
  // The contacts editor (loaded when first opened) brings its own styles.
  static override styles = [CrmElement.styles, bodyStyles, customerCardStyles];
  // Declared here rather than by decorators (no decorator code on the page); the fields below say what each is.
  static override properties: PropertyDeclarations = {
    customerId: { attribute: 'customer-id' },
    customer: { attribute: false },
    variant: { reflect: true },
    noContactDays: { type: Number, attribute: 'no-contact-days' },
    tierScheme: { attribute: 'tier-scheme' },
    headingLevel: { type: Number, attribute: 'heading-level' },
    readonly: { type: Boolean },
    now: {},
    rates: { attribute: false },
    tierModel: { attribute: false },
    serviceStandards: { attribute: false },
    store: { attribute: false },
    editMode: { state: true, attribute: false },
    treeFocus: { state: true, attribute: false },
    contactsEditorOpen: { state: true, attribute: false },
  };

  /** Bound mode: the account to show, read live from the store. */
  customerId?: string;

  /** Presentational mode: a customer record with optional contacts, opportunities, activities, group. */
  customer?: CustomerCardData;

  /** `full` (default) or `compact` (one line: name, tier, owner, warning count). */
  variant: 'full' | 'compact' = 'full';

  /** No contact for more than this many days is a warning sign. */
  noContactDays = DEFAULT_WARNING_OPTIONS.noContactDays;

  /** Compute the tier in this scheme (passed to the badge); unset shows the stored tier. */
  tierScheme?: TierScheme;

  /** Level of the card's heading (sections use the next level). */
  headingLevel = 2;

  /** Turns inline editing off. */
  readonly = false;

  /** The reference time for "days since" and warning signs (ISO date or timestamp); default now. */
  now?: string;

  /** A dated rate table (`{ asOf, rates: { 'USD/CNY': '7.1586' } }`) to convert foreign amounts into the account's currency. */
  rates?: RateTable;

  /** The tiering model handed to the badge. */
  tierModel?: TierModel;

  /** The service-standard table handed to the badge. */
  serviceStandards?: ServiceStandardTable;

  /** A store to read from and write to instead of the one provided by context. */
  store?: CrmStore;

  /** The header's Edit mode: the account's fields listed with a pencil each (one field edited at a time). */
  private editMode = false;
  /** Edit mode's state and templates, once its module is loaded. */
  private fieldEditing: CardEditing | undefined;
  /** The group tree's row holding the tab stop. */
  private treeFocus: string | undefined;
  /** The contacts editor is loaded (on the first request to edit contacts) and shown. */
  private contactsEditorOpen = false;

  private readonly data = new LiveDataController(this, {
    args: () => [this.customerId, this.variant === 'compact', this.tierScheme === 'pareto'] as const,
    skip: (id) => !id,
    query: (store, id, compact, pareto) => loadCardData(store, id!, { full: !compact, groupForPareto: pareto }),
    store: () => this.store,
  });

  private derived: DerivedBase | undefined;
  /** The presentational object converted once per object, so an unchanged object is not re-derived. */
  private plain: { source: CustomerCardData; data: CardData } | undefined;

  private get cardData(): CardData | undefined {
    if (this.customerId) return (this.data.status === 'complete' && this.data.value) || undefined;
    if (!this.customer) return undefined;
    if (this.plain?.source !== this.customer)
      this.plain = { source: this.customer, data: fromPlainObject(this.customer) };
    return this.plain.data;
  }

  private get nowMs(): number {
    const parsed = this.now ? Date.parse(this.now) : Number.NaN;
    return Number.isNaN(parsed) ? Date.now() : parsed;
  }

  /** The first attribute whose value cannot be used, worded for the page author (like the funnel's). */
  private attributeProblem(t: Strings): string | undefined {
    if (this.now && Number.isNaN(Date.parse(this.now))) return t.badAttribute('now', this.now, t.notADate);
    const days = this.noContactDays;
    if (!Number.isSafeInteger(days) || days < 0) {
      return t.badAttribute('no-contact-days', this.getAttribute('no-contact-days') ?? String(days), t.notDays);
    }
    return undefined;
  }

  private get canEdit(): boolean {
    return !!this.customerId && !this.readonly && this.variant !== 'compact' && !!this.data.store;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('customerId')) {
      this.fieldEditing?.reset();
      this.editMode = false;
    }
    const data = this.cardData;
    if (data !== this.derived?.data || changed.has('now') || changed.has('noContactDays') || changed.has('rates')) {
      this.derived = data && this.derive(data);
    }
  }

  private derive(data: CardData): DerivedBase {
    const currency = data.customer.currency ?? 'CNY';
    return {
      data,
      activity: activitySummary(data.activities, currency, this.nowMs, {
        ...DEFAULT_WARNING_OPTIONS,
        noContactDays: this.noContactDays,
      }),
    };
  }

  protected override render() {
    const t = this.localize.strings(customerCardStrings);
    const problem = this.attributeProblem(t);
    if (problem) return html`<div part="base message" class="message error" role="alert"><p>${problem}</p></div>`;
    if (!this.customerId && !this.customer) return this.message(t.empty);
    if (this.customerId) {
      const { status, error } = this.data;
      if (status === 'error') {
        return html`<div part="base message" class="message error" role="alert">
          <p>${t.error(error instanceof Error ? error.message : String(error))}</p>
          <button type="button" class="action" @click=${() => this.data.retry()}>${t.retry}</button>
        </div>`;
      }
      if (status !== 'complete') return this.message(t.loading(this.customerId), true);
      if (!this.data.value) return this.message(t.notFound(this.customerId));
    }
    const derived = this.derived!;
    return this.variant === 'compact' ? this.compact(t, derived) : this.full(t, derived);
  }

  private message(text: string, busy = false) {
    return html`<div part="base message" class="message" role="status" aria-busy=${busy ? 'true' : nothing}>
      ${text}
    </div>`;
  }

  /** The tier badge; the compact line's badge is a plain label (no tab stop per row in a list of cards). */
  private badge(data: CardData, hideName: boolean) {
    return html`<crm-tier-badge
      .customer=${data.customer}
      .peers=${data.group?.members}
      .model=${this.tierModel}
      .standards=${this.serviceStandards}
      scheme=${ifDefined(this.tierScheme)}
      ?hide-name=${hideName}
      ?plain=${hideName}
    ></crm-tier-badge>`;
  }

  private compact(t: Strings, derived: DerivedBase) {
    const { customer } = derived.data;
    const count = derived.activity.warnings.length;
    return html`<div part="base" class="compact">
      <span part="name" class="name" title=${customer.name}>${customer.name}</span>
      ${this.badge(derived.data, true)}
      <span class="owner"><span class="sr-only">${t.field.owner}${colon(this.localize.locale)}</span>${customer.owner ?? t.none}</span>
      <span part="warning-count" class=${count ? 'warning-count warn' : 'warning-count'}
        >${count ? html`<span class="inline-icon">${iconWarning()}</span>` : nothing}${t.warningCount(count)}</span
      >
    </div>`;
  }

  private full(t: Strings, derived: DerivedBase) {
    const level = Math.min(6, Math.max(1, Math.trunc(this.headingLevel) || 2));
    return html`<section part="base" class="card" aria-labelledby="title">
      ${this.header(t, derived, level)} ${cardBody(this.bodyContext(t, derived, level + 1), derived, this.rates)}
    </section>`;
  }

  private bodyContext(t: Strings, derived: DerivedBase, level: number): BodyContext {
    const { customer } = derived.data;
    return {
      t,
      l: this.localize,
      level,
      now: this.nowMs,
      canEdit: this.canEdit,
      contactsEditorOpen: this.contactsEditorOpen,
      store: this.data.store,
      treeFocus: this.treeFocus,
      creditLimitText: this.moneyText(customer.creditLimit, customer),
      openContactsEditor: (role) => this.openContactsEditor(role),
      focusRow: (id) => {
        this.treeFocus = id;
      },
      select: (id) => this.select(id),
      notes: (full) => this.notesSection(t, full, level),
    };
  }

  private heading(level: number, text: string, id?: string) {
    return html`<div role="heading" aria-level=${Math.min(6, level)} id=${ifDefined(id)} class="heading">${text}</div>`;
  }

  // ---------------------------------------------------------------------------------------------
  // Sections

  /** The contact the header's Call and Email actions reach: a decision maker first, then anyone reachable. */
  private primaryContact(contacts: readonly Contact[]): Contact | undefined {
    const reachable = contactsByRole(contacts)
      .flatMap((g) => g.contacts)
      .filter((c) => telHref(c.phone) || mailtoHref(c.email));
    return reachable[0];
  }

  private header(t: Strings, derived: DerivedBase, level: number) {
    const { customer, contacts } = derived.data;
    const lang = this.localize.lang;
    const primary = this.primaryContact(contacts);
    const tel = telHref(primary?.phone);
    const mail = mailtoHref(primary?.email);
    // Read mode: the facts as chips (label read aloud, hidden on screen); empty ones are left out.
    const chip = (key: FieldKey, value: string | undefined, extra: unknown = nothing) =>
      value
        ? html`<div part="field chip" class="chip-field">
            <dt part="field-label" class="sr-only">${t.field[key]}</dt>
            <dd part="field-value" class="chip">${extra}${value}</dd>
          </div>`
        : nothing;
    const label = (field: 'industry' | 'relationship' | 'loyaltyStage') =>
      customer[field] && labelOf(field, customer[field], lang);
    return html`<header part="header" class="header">
      <div class="identity">
        <span class="avatar account" aria-hidden="true">${iconBuilding()}</span>
        <div class="titles">
          <div class="title-row">
            <div role="heading" aria-level=${level} id="title" part="name" class="title">${customer.name}</div>
            ${this.badge(derived.data, false)}
          </div>
          ${customer.alias ? html`<div class="alias muted">${customer.alias}</div>` : nothing}
        </div>
        <div part="actions" class="actions" role="group" aria-label=${t.actions}>
          ${
            tel
              ? html`<a part="action" class="action-link" href=${tel}
                  >${iconPhone()}<span>${t.call}</span> <span class="sr-only">${t.callContact(primary!.name, primary!.phone!)}</span></a
                >`
              : nothing
          }
          ${
            mail
              ? html`<a part="action" class="action-link" href=${mail}
                  >${iconMail()}<span>${t.email}</span> <span class="sr-only">${t.emailContact(primary!.name, primary!.email!)}</span></a
                >`
              : nothing
          }
          ${
            this.canEdit
              ? html`<button
                  type="button"
                  part="action edit-toggle"
                  class="action-link"
                  data-action="edit"
                  aria-expanded=${this.editMode ? 'true' : 'false'}
                  aria-controls="edit-panel"
                  @click=${() => this.toggleEditMode()}
                >
                  ${iconPencil()}<span>${t.editDetails}</span>
                </button>`
              : nothing
          }
        </div>
      </div>
      ${
        this.editor
          ? this.editor.panel(label, this.moneyText(customer.creditLimit, customer))
          : html`<dl class="chips">
              ${
                customer.owner
                  ? html`<div part="field" class="owner-field">
                      <dt part="field-label">${t.field.owner}</dt>
                      <dd part="field-value">${avatar(customer.owner)}<span class="owner-name">${customer.owner}</span></dd>
                    </div>`
                  : nothing
              } ${chip('industry', label('industry'))}
              ${chip('relationship', label('relationship'))} ${chip('loyaltyStage', label('loyaltyStage'))}
            </dl>`
      }
    </header>`;
  }

  /** Edit mode's editing, when Edit mode is open (and editing allowed). */
  private get editor(): CardEditing | undefined {
    return this.editMode && this.canEdit ? this.fieldEditing : undefined;
  }

  private async toggleEditMode(): Promise<void> {
    if (this.editMode) {
      this.editMode = false;
      await this.fieldEditing?.cancel();
      return;
    }
    if (!this.fieldEditing) {
      try {
        const { CardEditing, editingStyles } = await import('./card-editing.js');
        this.fieldEditing ??= new CardEditing({
          host: this,
          localize: this.localize,
          strings: () => this.localize.strings(customerCardStrings),
          label: (domain, code) => labelOf(domain, code, this.localize.lang),
          customer: () => this.cardData?.customer,
          store: () => this.data.store,
          changed: (detail) => this.emit('crm-customer-change', detail),
        });
        this.addStyles(editingStyles);
      } catch (error) {
        this.reportLoadFailure('Edit mode', error);
        return;
      }
    }
    this.editMode = true;
  }

  /** Loads and shows the contacts editor; with a role, opens its form for a new contact of that role. */
  private async openContactsEditor(role?: BuyingRole): Promise<void> {
    await import('./contacts-editor.js');
    this.contactsEditorOpen = true;
    await this.updateComplete;
    const editor = this.renderRoot.querySelector<CrmContactsEditor>('crm-contacts-editor');
    if (!editor) return;
    await editor.updateComplete;
    if (role) await editor.add(role);
    else editor.querySelector<HTMLElement>('button')?.focus();
  }

  private notesSection(t: Strings, derived: DerivedBase, level: number) {
    const notes = derived.data.customer.notes;
    const editor = this.editor;
    return html`<section part="section notes" class="section">
      ${this.heading(level, t.notes)}
      ${
        editor?.editing === 'notes'
          ? editor.editor('notes')
          : html`<p class=${notes ? 'notes' : 'notes muted'}>${notes || t.noNotes}</p>
              ${editor ? editor.editButton('notes') : nothing}`
      }
    </section>`;
  }
  private moneyText(amount: number | undefined, customer: Customer): string | undefined {
    if (amount === undefined) return undefined;
    // Through money-text.ts, which the card imports statically: bundlers then keep money printing in the card's
    // chunk instead of a file of its own fetched before the first update.
    return moneyText(amount, customer.currency ?? 'CNY', this.localize.locale);
  }

  private select(customerId: string): void {
    this.emit('crm-customer-select', { customerId });
  }
}

CrmCustomerCard.define('crm-customer-card');
