/**
 * The card's Edit mode: the account's fields with a pencil each, one field's editor at a time, the typed text
 * turned into a value and saved through the store. Loaded the first time the user opens Edit mode (most cards are
 * only read), so a page that shows cards does not download money parsing, editors and their styles.
 */
import { css, html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { isCrmCoreError } from '../../core/errors.js';
import { formatMoney, minorDigits, parseMoney, toDecimalString } from '../../core/money.js';
import { TIERS } from '../../core/tiers.js';
import { type Customer, LOYALTY_STAGES, RELATIONSHIP_TYPES, ValidationError } from '../../data/model.js';
import type { CrmStore } from '../../data/store.js';
import { iconPencil } from '../../internal/icons.js';
import type { LabelDomain } from '../../internal/labels.js';
import type { LocalizeController } from '../../internal/localize.js';
import { validationReason } from '../../internal/validation-reason.js';
import type { CustomerChangeDetail } from './customer-card.js';
import type { customerCardStrings, FieldKey } from './customer-card.strings.js';

type Strings = (typeof customerCardStrings)['en'];
type EditorKind = 'text' | 'textarea' | 'select' | 'money';

/** What Edit mode needs from its card. */
export interface EditingContext {
  host: ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment };
  localize: LocalizeController;
  /** The card's texts in its language (its static translations, so they are here when it renders). */
  strings(): Strings;
  /** A code's label in the card's language (passed in: the labels stay in the element base's chunk). */
  label(domain: LabelDomain, code: string): string;
  /** The account being edited (undefined while none is shown). */
  customer(): Customer | undefined;
  store(): CrmStore | undefined;
  /** A field was saved (the card fires `crm-customer-change`). */
  changed(detail: CustomerChangeDetail): void;
}

/** A value the user typed that cannot become a field value (shown next to the field, nothing saved). */
class InputError extends Error {}

/** Styles of Edit mode's panel, pencils and editors, adopted by the card when this module arrives. */
export const editingStyles = css`
  .edit-panel {
    padding: var(--crm-t-space-3);
    border: 1px dashed var(--crm-c-accent);
    border-radius: var(--crm-t-radius-md);
  }
  .edit {
    display: inline-flex;
    align-items: center;
    border: none;
    background: none;
    margin-inline-start: var(--crm-t-space-1);
    padding: var(--crm-t-space-1);
    border-radius: var(--crm-t-radius-sm);
    color: var(--crm-c-accent);
    vertical-align: middle;
  }
  .edit:hover {
    background: var(--crm-c-surface-muted);
  }
  .action.secondary {
    background: transparent;
    color: var(--crm-c-accent);
  }
  .editor {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--crm-t-space-1);
    max-width: 100%;
  }
  .editor input,
  .editor select {
    min-width: 0;
    max-width: 100%;
    min-height: var(--crm-t-control-height);
  }
  .editor textarea {
    width: min(36rem, 100%);
  }
  input,
  select,
  textarea {
    font: inherit;
    color: var(--crm-c-text);
    background: var(--crm-c-surface);
    border: 1px solid var(--crm-c-border);
    border-radius: var(--crm-t-radius-sm);
  }
  input:focus-visible,
  select:focus-visible,
  textarea:focus-visible {
    outline: 2px solid var(--crm-c-focus);
    outline-offset: 2px;
  }
  [aria-invalid='true'] {
    border: 1px solid var(--crm-c-critical);
  }
  @media print {
    [part~='edit-button'],
    [part~='input'] {
      display: none !important;
    }
  }
`;

/** Edit mode's state (which field is open, its draft, its error, a save under way) and its templates. */
export class CardEditing {
  /** The field whose editor is open. */
  editing: FieldKey | undefined;
  private draft = '';
  private error: string | undefined;
  private saving = false;

  constructor(private readonly context: EditingContext) {}

  private get host() {
    return this.context.host;
  }

  private get t(): Strings {
    return this.context.strings();
  }

  private focus(selector: string): void {
    this.host.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  /** Closes the editor without saving (another account is shown). */
  reset(): void {
    this.editing = undefined;
    this.error = undefined;
  }

  /** The fields of the header's Edit panel, each with its pencil or its open editor. */
  panel(label: (field: 'industry' | 'relationship' | 'loyaltyStage') => string | undefined, credit?: string) {
    const t = this.t;
    const customer = this.context.customer()!;
    return html`<dl id="edit-panel" class="fields edit-panel" aria-label=${t.editPanel}>
      ${this.field('name', customer.name)} ${this.field('alias', customer.alias)} ${this.field('tier', customer.tier)}
      ${this.field('industry', label('industry'))} ${this.field('owner', customer.owner)}
      ${this.field('relationship', label('relationship'))} ${this.field('loyaltyStage', label('loyaltyStage'))}
      ${this.field('creditLimit', credit)}
    </dl>`;
  }

  /** An editable label/value pair: the value and its pencil, or the editor. */
  private field(key: FieldKey, display: string | undefined) {
    const t = this.t;
    return html`<div part="field" class="field">
      <dt part="field-label">${t.field[key]}</dt>
      <dd part="field-value">
        ${
          this.editing === key
            ? this.editor(key)
            : html`<span class=${display ? '' : 'muted'}>${display || t.none}</span>${this.editButton(key)}`
        }
      </dd>
    </div>`;
  }

  /** A field's pencil: one per field, named by it ("Edit name"). */
  editButton(key: FieldKey) {
    if (key === 'tier' && this.tierOptions().length === 0) return nothing;
    const label = this.t.editField(this.t.field[key]);
    return html`<button
      type="button"
      part="edit-button"
      class="edit"
      data-edit=${key}
      title=${label}
      @click=${() => this.start(key)}
    >
      ${iconPencil()}<span class="sr-only">${label}</span>
    </button>`;
  }

  private kind(key: FieldKey): EditorKind {
    if (key === 'creditLimit') return 'money';
    if (key === 'notes') return 'textarea';
    if (key === 'relationship' || key === 'loyaltyStage' || key === 'tier') return 'select';
    return 'text';
  }

  private tierOptions(): string[] {
    const scheme = this.context.customer()?.tierScheme ?? 'value';
    return TIERS.filter((x) => x.scheme === scheme).map((x) => x.code);
  }

  private selectOptions(key: FieldKey): { value: string; label: string }[] {
    const { localize, label } = this.context;
    if (key === 'relationship') return RELATIONSHIP_TYPES.map((v) => ({ value: v, label: label(key, v) }));
    if (key === 'loyaltyStage') return LOYALTY_STAGES.map((v) => ({ value: v, label: label(key, v) }));
    const scheme = this.context.customer()?.tierScheme ?? 'value';
    return this.tierOptions().map((code) => {
      const info = TIERS.find((x) => x.code === code && x.scheme === scheme);
      // Star levels by name only ("七星级客户", not "7star 七星级客户").
      return {
        value: code,
        label: !info
          ? code
          : info.scheme === 'stars'
            ? localize.text(info.name)
            : `${code} ${localize.text(info.name)}`,
      };
    });
  }

  /** The open editor of a field: its input, Save and Cancel, and the reason a value was not saved. */
  editor(key: FieldKey) {
    const t = this.t;
    const label = t.field[key];
    const kind = this.kind(key);
    const invalid = this.error ? 'true' : 'false';
    const describedBy = this.error ? 'edit-error' : undefined;
    const onInput = (event: Event) => {
      this.draft = (event.target as HTMLInputElement).value;
    };
    let input: TemplateResult;
    if (kind === 'select') {
      input = html`<select
        part="input"
        data-editor
        aria-label=${label}
        aria-invalid=${invalid}
        aria-describedby=${ifDefined(describedBy)}
        .value=${this.draft}
        @change=${onInput}
        @keydown=${this.onKey}
      >
        <option value="" ?selected=${this.draft === ''}>${t.none}</option>
        ${this.selectOptions(key).map(
          (o) => html`<option value=${o.value} ?selected=${o.value === this.draft}>${o.label}</option>`,
        )}
      </select>`;
    } else if (kind === 'textarea') {
      input = html`<textarea
        part="input"
        data-editor
        rows="4"
        aria-label=${label}
        aria-invalid=${invalid}
        aria-describedby=${ifDefined(describedBy)}
        .value=${this.draft}
        @input=${onInput}
        @keydown=${this.onKey}
      ></textarea>`;
    } else {
      input = html`<input
        part="input"
        data-editor
        type="text"
        inputmode=${kind === 'money' ? 'decimal' : 'text'}
        aria-label=${kind === 'money' ? `${label} (${this.context.customer()?.currency ?? 'CNY'})` : label}
        aria-invalid=${invalid}
        aria-describedby=${ifDefined(describedBy)}
        .value=${this.draft}
        @input=${onInput}
        @keydown=${this.onKey}
      />`;
    }
    return html`<span class="editor">
      ${input}
      <button type="button" class="action" ?disabled=${this.saving} @click=${() => this.save()}>
        ${this.saving ? t.saving : t.save}
      </button>
      <button type="button" class="action secondary" @click=${() => this.cancel()}>${t.cancel}</button>
      ${this.error ? html`<span id="edit-error" part="error" class="error" role="alert">${this.error}</span>` : nothing}
    </span>`;
  }

  private readonly onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      this.cancel();
    } else if (event.key === 'Enter' && !event.isComposing && !(this.editing === 'notes' && event.shiftKey)) {
      // isComposing: Enter that confirms a Chinese IME candidate must not save half-typed text.
      event.preventDefault();
      this.save();
    }
  };

  private async start(key: FieldKey): Promise<void> {
    const customer = this.context.customer();
    if (!customer) return;
    const value = customer[key];
    this.draft =
      key === 'creditLimit' && typeof value === 'number'
        ? toDecimalString({ amount: value, currency: customer.currency ?? 'CNY' })
        : typeof value === 'string'
          ? value
          : '';
    this.error = undefined;
    this.editing = key;
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.focus('[data-editor]');
  }

  /** Closes the open editor without saving; focus returns to its pencil. */
  async cancel(): Promise<void> {
    const key = this.editing;
    this.reset();
    this.host.requestUpdate();
    await this.host.updateComplete;
    if (key) this.focus(`[data-edit="${key}"]`);
  }

  /** Turns the draft into the stored value; throws InputError for text that is no value at all. */
  private parse(key: FieldKey, customer: Customer): unknown {
    const kind = this.kind(key);
    if (kind === 'money') {
      const currency = customer.currency ?? 'CNY';
      const text = this.draft.replace(/[\s,，]/g, '').replace(/^[¥￥]/, '');
      if (text === '') return undefined;
      const digits = minorDigits(currency);
      const pattern = digits === 0 ? /^\d+$/ : new RegExp(`^\\d+(\\.\\d{1,${digits}})?$`);
      const t = this.t;
      if (/^[-−]/.test(text)) throw new InputError(t.moneyNegative);
      if (!pattern.test(text)) throw new InputError(t.moneyFormat(digits));
      try {
        return parseMoney(text, currency).amount;
      } catch (error) {
        if (!isCrmCoreError(error, 'overflow'))
          throw new InputError(error instanceof Error ? error.message : String(error));
        const max = formatMoney(
          { amount: Number.MAX_SAFE_INTEGER, currency },
          { locale: this.context.localize.locale },
        );
        throw new InputError(t.moneyTooLarge(max));
      }
    }
    if (kind === 'textarea') return this.draft.trim() === '' ? undefined : this.draft;
    const text = kind === 'text' ? this.draft.trim() : this.draft;
    // The name stays a string so the store's own rule ("must not be empty") rejects an empty one.
    return text === '' && key !== 'name' ? undefined : text;
  }

  private async save(): Promise<void> {
    const key = this.editing;
    const customer = this.context.customer();
    const store = this.context.store();
    if (!key || !customer || !store || this.saving) return;
    const t = this.t;
    let value: unknown;
    try {
      value = this.parse(key, customer);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      this.error = t.notSaved(error.message);
      this.host.requestUpdate();
      return;
    }
    if (value === customer[key]) {
      await this.cancel();
      return;
    }
    this.saving = true;
    this.host.requestUpdate();
    try {
      const saved = await store.customers.update(customer.id, { [key]: value });
      this.reset();
      this.host.requestUpdate();
      this.context.changed({ customerId: customer.id, field: key, value, previous: customer[key], customer: saved });
      await this.host.updateComplete;
      this.focus(`[data-edit="${key}"]`);
    } catch (error) {
      this.error =
        error instanceof ValidationError
          ? t.notSaved(`${t.field[key]} ${validationReason(error, this.context.localize.locale)}`)
          : t.notSaved(error instanceof Error ? error.message : String(error));
    } finally {
      this.saving = false;
      this.host.requestUpdate();
    }
  }
}
