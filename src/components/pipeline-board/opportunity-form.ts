import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { type Customer, type Opportunity, type Product, type Quote, ValidationError } from '../../data/model.js';
import type { CrmStore } from '../../data/store.js';
import { CrmElement } from '../../internal/crm-element.js';
import { formStyles } from '../../internal/form-styles.js';
import { stageLabel } from '../../internal/stage-label.js';
import { LiveDataController } from '../../internal/store-context.js';
import { validationReason } from '../../internal/validation-reason.js';
import { type BoardStage, boardStages } from './board-model.js';
import {
  checkDraft,
  checkField,
  type DraftContext,
  type DraftField,
  type DraftProblem,
  draftOf,
  draftToRecord,
  emptyDraft,
  filledIn,
  type OpportunityDraft,
  stageProbability,
} from './opportunity-draft.js';
import { pipelineBoardStrings } from './pipeline-board.strings.js';
import { pipelineBoardStyles } from './pipeline-board.styles.js';

export interface DealSaveDetail {
  opportunity: Opportunity;
  created: boolean;
}

declare global {
  interface HTMLElementTagNameMap {
    'crm-opportunity-form': CrmOpportunityForm;
  }
  interface GlobalEventHandlersEventMap {
    'crm-deal-save': CustomEvent<DealSaveDetail>;
    'crm-form-cancel': CustomEvent<Record<string, never>>;
  }
}

const CURRENCIES = ['CNY', 'USD', 'HKD', 'EUR', 'JPY'];

/**
 * @tag crm-opportunity-form
 * @summary Create or edit one opportunity (used by the pipeline board): each field is checked when it is left,
 * the whole draft again on save, and the store validates last.
 *
 * @fires crm-deal-save - Saved: `{ opportunity, created }`.
 * @fires crm-form-cancel - Cancelled.
 * @csspart form - The form.
 * @csspart error - A field's message.
 */
export class CrmOpportunityForm extends CrmElement {
  static override translations = [pipelineBoardStrings];
  static override styles = [CrmElement.styles, formStyles, pipelineBoardStyles];

  /** The deal to edit; an object without an `id` (even `{}`) starts a new deal with its fields filled in. */
  @property({ attribute: false }) opportunity?: Partial<Opportunity>;
  /** The stages to choose from (the board passes its own); none given: the store's, else the defaults. */
  @property({ attribute: false }) stages: readonly BoardStage[] = [];
  /** Accounts to choose from (the board passes its own); none given: every account in the store. */
  @property({ attribute: false }) customers: readonly Customer[] = [];
  @property({ attribute: false }) store?: CrmStore;
  @property() user?: string;

  @state() private draft: OpportunityDraft = emptyDraft('');
  @state() private problems: Partial<Record<DraftField, DraftProblem>> = {};
  @state() private saveError: string | undefined;
  @state() private saving = false;

  /**
   * Quotes and products for the links (read live; small tables), and, when the page gives none (the form on its
   * own, not in a board), the stages and accounts to choose from.
   */
  private readonly refs = new LiveDataController<
    { quotes: Quote[]; products: Product[]; stages?: BoardStage[]; customers?: Customer[] },
    readonly [boolean, boolean]
  >(this, {
    args: () => [this.stages.length === 0, this.customers.length === 0] as const,
    query: async (store, readStages, readCustomers) => ({
      quotes: await store.quotes.list(),
      products: await store.products.list(),
      stages: readStages ? ((await store.stages.list({ orderBy: 'order' })) as BoardStage[]) : undefined,
      customers: readCustomers ? await store.customers.list({ orderBy: 'name' }) : undefined,
    }),
    store: () => this.store,
  });

  /** The stages offered: the page's, else the store's (else the default stages), in board order. */
  private get stageChoices(): readonly BoardStage[] {
    return this.stages.length ? this.stages : boardStages(this.refs.value?.stages);
  }

  /** The accounts offered: the page's, else the store's. */
  private get customerChoices(): readonly Customer[] {
    return this.customers.length ? this.customers : (this.refs.value?.customers ?? []);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const stages = this.stageChoices;
    const customers = this.customerChoices;
    if (changed.has('opportunity') || (changed.has('stages') && !this.draft.stage)) {
      const first = stages.find((s) => s.kind === 'open')?.id ?? '';
      const empty = emptyDraft(first, customers.length === 1 ? customers[0]!.id : '', this.user ?? '');
      const existing = this.existing;
      this.draft = existing ? draftOf(existing) : { ...empty, ...filledIn(draftOf(this.opportunity ?? {})) };
      this.problems = {};
    } else if (!this.draft.stage && !this.existing) {
      // The store's stages arrived after the draft was made (the form on its own): start at the first open one.
      const first = stages.find((s) => s.kind === 'open')?.id;
      if (first) this.draft = { ...this.draft, stage: first };
    }
  }

  /** The stored deal being edited, if any (page code may pass a partial object to prefill a new one). */
  private get existing(): Opportunity | undefined {
    return this.opportunity?.id ? (this.opportunity as Opportunity) : undefined;
  }

  override firstUpdated(): void {
    this.renderRoot.querySelector<HTMLElement>('[data-field="name"]')?.focus();
  }

  private get context(): DraftContext {
    const quotes = new Map((this.refs.value?.quotes ?? []).map((q) => [q.id, q.customerId] as const));
    return { stages: this.stageChoices, accounts: new Set(this.customerChoices.map((c) => c.id)), quotes };
  }

  private set(field: DraftField, value: string | string[]): void {
    this.draft = { ...this.draft, [field]: value };
    // A field already flagged is re-checked as the user types, so the message goes away once fixed.
    if (this.problems[field]) this.check(field);
  }

  private check(field: DraftField): void {
    const problem = checkField(field, this.draft, this.context);
    const { [field]: _, ...rest } = this.problems;
    this.problems = problem ? { ...rest, [field]: problem } : rest;
  }

  private async save(): Promise<void> {
    const t = this.localize.strings(pipelineBoardStrings);
    this.problems = checkDraft(this.draft, this.context);
    const first = Object.keys(this.problems)[0];
    if (first) {
      this.renderRoot.querySelector<HTMLElement>(`[data-field="${first}"]`)?.focus();
      return;
    }
    if (!this.store || this.saving) return;
    this.saving = true;
    try {
      const existing = this.existing;
      const record = draftToRecord(this.draft, existing, new Date().toISOString(), this.user);
      const saved = await this.store.opportunities.put(
        record,
        existing ? { ifUpdatedAt: existing.updatedAt } : undefined,
      );
      this.saveError = undefined;
      this.emit('crm-deal-save', { opportunity: saved, created: !existing });
    } catch (error) {
      this.saveError = t.notSaved(
        error instanceof ValidationError
          ? `${error.field} ${validationReason(error, this.localize.locale)}`
          : error instanceof Error
            ? error.message
            : String(error),
      );
    } finally {
      this.saving = false;
    }
  }

  protected override render() {
    const t = this.localize.strings(pipelineBoardStrings);
    const d = this.draft;
    const existing = this.existing;
    const stageName = (s: BoardStage) => stageLabel(s, this.localize.lang);
    const probability = stageProbability(d, this.stageChoices);
    const quotes = (this.refs.value?.quotes ?? []).filter((q) => q.customerId === d.customerId);
    const products = this.refs.value?.products ?? [];
    const field = (key: DraftField, control: unknown) => {
      const problem = this.problems[key];
      return html`<label>
        <span>${t.fields[key]}</span>
        ${control}
        ${problem ? html`<span id=${`err-${key}`} part="error" class="error-text" role="alert">${t.fields[key]} ${t.problems[problem]}</span>` : nothing}
      </label>`;
    };
    const common = (key: DraftField) => ({
      invalid: this.problems[key] ? 'true' : 'false',
      described: this.problems[key] ? `err-${key}` : undefined,
    });
    const input = (
      key: 'name' | 'amount' | 'probability' | 'expectedClose' | 'owner',
      type = 'text',
      extra: { mode?: string; placeholder?: string } = {},
    ) => {
      const c = common(key);
      return field(
        key,
        html`<input
          data-field=${key}
          type=${type}
          inputmode=${extra.mode ?? nothing}
          placeholder=${extra.placeholder ?? nothing}
          .value=${d[key]}
          aria-invalid=${c.invalid}
          aria-describedby=${c.described ?? nothing}
          @input=${(e: Event) => this.set(key, (e.target as HTMLInputElement).value)}
          @blur=${() => this.check(key)}
        />`,
      );
    };
    const select = (
      key: 'customerId' | 'currency' | 'stage' | 'quoteId',
      options: { value: string; label: string }[],
      disabled = false,
    ) => {
      const c = common(key);
      return field(
        key,
        html`<select
          data-field=${key}
          ?disabled=${disabled}
          aria-invalid=${c.invalid}
          aria-describedby=${c.described ?? nothing}
          @change=${(e: Event) => {
            this.set(key, (e.target as HTMLSelectElement).value);
            this.check(key);
          }}
        >
          ${options.map((o) => html`<option value=${o.value} ?selected=${o.value === d[key]}>${o.label}</option>`)}
        </select>`,
      );
    };
    return html`<form
      part="form panel"
      aria-labelledby="form-title"
      novalidate
      @submit=${(e: Event) => {
        e.preventDefault();
        this.save();
      }}
      @keydown=${(e: KeyboardEvent) => {
        if (e.key === 'Escape') this.emit('crm-form-cancel', {});
      }}
    >
      <strong id="form-title">${existing ? t.form.edit(existing.name) : t.form.create}</strong>
      ${input('name')}
      ${select('customerId', [{ value: '', label: t.noneOption }, ...this.customerChoices.map((c) => ({ value: c.id, label: c.name }))])}
      ${input('amount', 'text', { mode: 'decimal' })}
      ${select(
        'currency',
        [...new Set([d.currency, ...CURRENCIES])].map((c) => ({ value: c, label: c })),
      )}
      ${select(
        'stage',
        this.stageChoices
          .filter((s) => s.kind === 'open' || !!existing)
          .map((s) => ({ value: s.id, label: stageName(s) })),
        !!existing,
      )}
      ${input('probability', 'text', { mode: 'decimal', placeholder: probability === undefined ? undefined : t.probabilityDefault(`${probability}%`) })}
      ${input('expectedClose', 'date')} ${input('owner')}
      ${select('quoteId', [{ value: '', label: t.noneOption }, ...quotes.map((q) => ({ value: q.id, label: q.number ?? q.id }))])}
      ${
        products.length
          ? field(
              'products',
              html`<select
                multiple
                data-field="products"
                @change=${(e: Event) =>
                  this.set(
                    'products',
                    [...(e.target as HTMLSelectElement).selectedOptions].map((o) => o.value),
                  )}
              >
                ${products.map((p) => html`<option value=${p.id} ?selected=${d.products.includes(p.id)}>${p.name}</option>`)}
              </select>`,
            )
          : nothing
      }
      <button type="submit" class="primary" data-action="save" ?disabled=${this.saving}>${this.saving ? t.form.saving : t.form.save}</button>
      <button type="button" data-action="cancel" @click=${() => this.emit('crm-form-cancel', {})}>${t.cancel}</button>
      ${this.saveError ? html`<p class="error-text" role="alert">${this.saveError}</p>` : nothing}
    </form>`;
  }
}

CrmOpportunityForm.define('crm-opportunity-form');
