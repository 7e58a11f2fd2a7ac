import { css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { TIERS } from '../../core/tiers.js';
import { CUSTOMER_KINDS, type Customer, ValidationError } from '../../data/model.js';
import { validateRecord } from '../../data/schemas.js';
import type { CrmStore } from '../../data/store.js';
import { CrmElement } from '../../internal/crm-element.js';
import { labelOf } from '../../internal/labels.js';
import { ContextStoreController } from '../../internal/store-binding.js';
import { validationReason } from '../../internal/validation-reason.js';
import { parseMoney } from '../import/csv-values.js';
import { accountFormStrings } from './account-form.strings.js';

declare global {
  interface HTMLElementTagNameMap {
    'crm-account-form': CrmAccountForm;
  }
  interface GlobalEventHandlersEventMap {
    'crm-customer-create': CustomEvent<{ customer: Customer }>;
    'crm-form-cancel': CustomEvent<Record<string, never>>;
  }
}

type FieldName = 'name' | 'alias' | 'parentId' | 'kind' | 'industry' | 'tier' | 'owner' | 'currency' | 'creditLimit';
const TEXT_FIELDS = ['name', 'alias', 'industry', 'owner', 'currency'] as const;
const MAX_SUGGESTIONS = 8;

/**
 * @tag crm-account-form
 * @summary Creates an account: name, alias, parent group (searchable), kind, industry, tier (manual or left to
 * the tiering rules), account manager, currency and credit limit, each checked by the data model's rules
 * as it is typed. Saved through the store, so it is queued for sync like any other change.
 *
 * @fires crm-customer-create - The account was saved: `{ customer }`.
 * @fires crm-form-cancel - The user cancelled.
 * @csspart form - The form.
 * @csspart error - A field's or the form's error message.
 * @cssprop --crm-color-danger - Errors.
 * @cssprop --crm-color-accent - The save button.
 */
export class CrmAccountForm extends CrmElement {
  static override translations = [accountFormStrings];
  static override styles = [
    CrmElement.styles,
    css`
      :host {
        display: block;
        font-size: var(--crm-t-text-md);
        padding: var(--crm-t-space-4);
        background: var(--crm-c-surface);
      }
      h2 {
        font-size: 1.1em;
        margin: 0 0 var(--crm-t-space-3);
      }
      form {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr));
        gap: var(--crm-t-space-3) var(--crm-t-space-4);
      }
      .field {
        display: flex;
        flex-direction: column;
        gap: var(--crm-t-space-1);
        position: relative;
      }
      input,
      select,
      button {
        font: inherit;
      }
      [part='error'],
      [aria-invalid='true'] + [part='error'] {
        color: var(--crm-c-critical);
        font-size: 0.85em;
      }
      [aria-invalid='true'] {
        border-color: var(--crm-c-critical);
      }
      [role='listbox'] {
        position: absolute;
        top: 100%;
        inset-inline: 0;
        z-index: 3;
        margin: 0;
        padding: 0;
        list-style: none;
        background: var(--crm-c-surface);
        border: 1px solid var(--crm-c-border);
      }
      [role='option'] {
        padding: var(--crm-t-space-1) var(--crm-t-space-2);
        cursor: pointer;
      }
      [role='option'][aria-selected='true'] {
        background: var(--crm-c-selected);
      }
      .actions {
        grid-column: 1 / -1;
        display: flex;
        gap: var(--crm-t-space-2);
        align-items: center;
      }
      button {
        padding: 0.3rem 0.8rem;
        border-radius: var(--crm-t-radius-md);
        border: 1px solid var(--crm-c-border);
        background: var(--crm-c-surface);
        color: inherit;
      }
      button.primary {
        background: var(--crm-c-accent);
        border-color: var(--crm-c-accent);
        color: var(--crm-c-on-accent);
      }
      .hint {
        color: var(--crm-c-muted);
        font-size: 0.85em;
      }
    `,
  ];

  /** A store to write to instead of the one provided by context. */
  @property({ attribute: false }) store?: CrmStore;

  /** Accounts offered as parent groups; when unset, the form reads them from the store on first search. */
  @property({ attribute: false }) accounts?: readonly Customer[];

  @state() private values: Partial<Record<FieldName, string>> = { currency: 'CNY', kind: 'enterprise' };
  @state() private errors: Partial<Record<FieldName, string>> = {};
  @state() private touched = new Set<FieldName>();
  @state() private parentQuery = '';
  @state() private parentActive = -1;
  @state() private parentOpen = false;
  @state() private loaded: readonly Customer[] | undefined;
  @state() private message: { text: string; error: boolean } | undefined;
  @state() private saving = false;

  private readonly contextStore = new ContextStoreController(this);

  /** The record the form would save, or the errors per field (model rules, in the reader's language). */
  private check(): { record?: Customer; errors: Partial<Record<FieldName, string>> } {
    const t = this.localize.strings(accountFormStrings);
    const v = this.values;
    const errors: Partial<Record<FieldName, string>> = {};
    const record: Record<string, unknown> = { id: 'new', name: v.name ?? '' };
    for (const field of TEXT_FIELDS) if (v[field]?.trim() && field !== 'name') record[field] = v[field]!.trim();
    if (v.currency) record.currency = v.currency.trim().toUpperCase();
    if (v.kind) record.kind = v.kind;
    if (v.tier) record.tier = v.tier;
    if (v.parentId) record.parentId = v.parentId;
    if (v.creditLimit?.trim()) {
      const money = parseMoney(
        v.creditLimit,
        /^[A-Z]{3}$/.test(String(record.currency)) ? String(record.currency) : 'CNY',
      );
      if (money.ok) record.creditLimit = money.value;
      else errors.creditLimit = t.moneyProblem;
    }
    // The model reports the first broken rule; check field by field so every field shows its own.
    let candidate = { ...record };
    for (let guard = 0; guard < 10; guard++) {
      try {
        const record = validateRecord('customers', candidate) as Customer;
        return { record: Object.keys(errors).length ? undefined : record, errors };
      } catch (error) {
        if (!(error instanceof ValidationError)) throw error;
        const field = error.field.split('.')[0] as FieldName;
        errors[field] = validationReason(error, this.localize.locale);
        const { [field]: _dropped, ...rest } = candidate;
        candidate = field === 'name' ? { ...rest, name: 'x' } : rest;
      }
    }
    return { errors };
  }

  private set(field: FieldName, value: string): void {
    this.values = { ...this.values, [field]: value };
    this.errors = this.visibleErrors(this.check().errors);
  }

  private touch(field: FieldName): void {
    this.touched = new Set(this.touched).add(field);
    this.errors = this.visibleErrors(this.check().errors);
  }

  private visibleErrors(errors: Partial<Record<FieldName, string>>): Partial<Record<FieldName, string>> {
    return Object.fromEntries(Object.entries(errors).filter(([f]) => this.touched.has(f as FieldName)));
  }

  /** Validates every field, then saves through the store (which queues the change for sync). */
  async save(): Promise<Customer | undefined> {
    const t = this.localize.strings(accountFormStrings);
    this.touched = new Set([
      'name',
      'alias',
      'parentId',
      'kind',
      'industry',
      'tier',
      'owner',
      'currency',
      'creditLimit',
    ]);
    const { record, errors } = this.check();
    this.errors = errors;
    const store = this.contextStore.store;
    if (!record || !store) {
      this.message = { text: t.fixErrors, error: true };
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return undefined;
    }
    this.saving = true;
    this.message = { text: t.saving, error: false };
    try {
      const { id: _placeholder, ...input } = record;
      const customer = await store.customers.put(input);
      this.message = { text: t.saved(customer.name), error: false };
      this.emit('crm-customer-create', { customer });
      return customer;
    } catch (error) {
      this.message = { text: t.failed(error instanceof Error ? error.message : String(error)), error: true };
      return undefined;
    } finally {
      this.saving = false;
    }
  }

  private async candidates(): Promise<readonly Customer[]> {
    if (this.accounts) return this.accounts;
    this.loaded ??= (await this.contextStore.store?.customers.list()) ?? [];
    return this.loaded;
  }

  private suggestions(): Customer[] {
    const q = this.parentQuery.trim().toLowerCase();
    const all = this.accounts ?? this.loaded ?? [];
    if (!q) return [];
    const found: Customer[] = [];
    for (const c of all) {
      if (c.name.toLowerCase().includes(q) || c.alias?.toLowerCase().includes(q) || c.id === q) found.push(c);
      if (found.length === MAX_SUGGESTIONS) break;
    }
    return found;
  }

  private pickParent(customer: Customer | undefined): void {
    this.set('parentId', customer?.id ?? '');
    this.parentQuery = customer?.name ?? '';
    this.parentOpen = false;
    this.parentActive = -1;
  }

  private onParentKey(event: KeyboardEvent, options: Customer[]): void {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      this.parentOpen = true;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      this.parentActive = Math.max(0, Math.min(options.length - 1, this.parentActive + step));
    } else if (event.key === 'Enter' && this.parentOpen && options[this.parentActive]) {
      event.preventDefault();
      this.pickParent(options[this.parentActive]);
    } else if (event.key === 'Escape') {
      this.parentOpen = false;
    }
  }

  private field(name: FieldName, label: string, control: unknown, hint?: string) {
    const error = this.errors[name];
    return html`<div class="field">
      <label for=${name}>${label}</label>${control} ${hint ? html`<span class="hint" id=${`${name}-hint`}>${hint}</span>` : nothing}
      ${error ? html`<span part="error" id=${`${name}-error`}>${error}</span>` : nothing}
    </div>`;
  }

  private input(name: FieldName, options: { required?: boolean; hint?: boolean } = {}) {
    const error = this.errors[name];
    const described = [error ? `${name}-error` : '', options.hint ? `${name}-hint` : ''].filter(Boolean).join(' ');
    return html`<input
      id=${name}
      name=${name}
      .value=${this.values[name] ?? ''}
      ?required=${options.required}
      aria-invalid=${error ? 'true' : 'false'}
      aria-describedby=${described || nothing}
      @input=${(e: Event) => this.set(name, (e.target as HTMLInputElement).value)}
      @blur=${() => this.touch(name)}
    />`;
  }

  protected override render() {
    const t = this.localize.strings(accountFormStrings);
    const options = this.suggestions();
    const parent = this.values.parentId
      ? (this.accounts ?? this.loaded ?? []).find((c) => c.id === this.values.parentId)
      : undefined;
    const listOpen = this.parentOpen && options.length > 0;
    return html`<h2 id="heading">${t.heading}</h2>
      <form
        part="form"
        aria-labelledby="heading"
        novalidate
        @submit=${(e: Event) => {
          e.preventDefault();
          void this.save();
        }}
      >
        ${this.field('name', t.name, this.input('name', { required: true }))} ${this.field('alias', t.alias, this.input('alias'))}
        ${this.field(
          'parentId',
          t.parent,
          html`<input
              id="parentId"
              type="search"
              role="combobox"
              autocomplete="off"
              aria-autocomplete="list"
              aria-expanded=${listOpen ? 'true' : 'false'}
              aria-controls="parent-options"
              aria-activedescendant=${listOpen && this.parentActive >= 0 ? `parent-${this.parentActive}` : nothing}
              placeholder=${t.parentPlaceholder}
              .value=${this.parentQuery}
              @focus=${() => void this.candidates().then(() => this.requestUpdate())}
              @input=${(e: Event) => {
                this.parentQuery = (e.target as HTMLInputElement).value;
                this.parentOpen = true;
                this.parentActive = -1;
                if (!this.parentQuery) this.set('parentId', '');
              }}
              @keydown=${(e: KeyboardEvent) => this.onParentKey(e, options)}
            />
            <ul id="parent-options" role="listbox" aria-label=${t.parent} ?hidden=${!listOpen}>
              ${
                listOpen
                  ? options.map(
                      (c, i) => html`<li
                      id=${`parent-${i}`}
                      role="option"
                      aria-selected=${i === this.parentActive ? 'true' : 'false'}
                      @mousedown=${(e: Event) => e.preventDefault()}
                      @click=${() => this.pickParent(c)}
                    >
                      ${c.name}${c.alias ? ` (${c.alias})` : ''}
                    </li>`,
                    )
                  : nothing
              }
            </ul>
            <span class="hint">${parent ? html`${parent.name} <button type="button" @click=${() => this.pickParent(undefined)}>${t.clearParent}</button>` : t.noParent}</span>`,
        )}
        ${this.field(
          'kind',
          t.kind,
          html`<select id="kind" @change=${(e: Event) => this.set('kind', (e.target as HTMLSelectElement).value)}>
            ${CUSTOMER_KINDS.map((k) => html`<option value=${k} ?selected=${this.values.kind === k}>${labelOf('customerKind', k, this.localize.lang)}</option>`)}
          </select>`,
        )}
        ${this.field('industry', t.industry, this.input('industry'))}
        ${this.field(
          'tier',
          t.tier,
          html`<select id="tier" @change=${(e: Event) => this.set('tier', (e.target as HTMLSelectElement).value)}>
            <option value="" ?selected=${!this.values.tier}>${t.tierComputed}</option>
            ${TIERS.filter((tier) => tier.scheme === 'value').map(
              (tier) =>
                html`<option value=${tier.code} ?selected=${this.values.tier === tier.code}>${tier.code} · ${this.localize.text(tier.name)}</option>`,
            )}
          </select>`,
        )}
        ${this.field('owner', t.owner, this.input('owner'))} ${this.field('currency', t.currency, this.input('currency'))}
        ${this.field('creditLimit', t.creditLimit, this.input('creditLimit', { hint: true }), t.creditHint)}
        <div class="actions">
          <button type="submit" class="primary" ?disabled=${this.saving}>${t.save}</button>
          <button type="button" @click=${() => this.emit('crm-form-cancel', {})}>${t.cancel}</button>
          <span role="status" part=${this.message?.error ? 'error' : nothing}>${this.message?.text ?? ''}</span>
        </div>
      </form>`;
  }
}

CrmAccountForm.define('crm-account-form');
