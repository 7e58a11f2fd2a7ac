import { ContextProvider } from '@lit/context';
import { css, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { type CrmStore, DEFAULT_DATABASE, getStore, type ImportProgress, type ImportResult } from '../../data/store.js';
import { CrmElement } from '../../internal/crm-element.js';
import { storeContext } from '../../internal/store-context.js';
import { providerStrings } from './provider.strings.js';

export interface StorageFallbackDetail {
  database: string;
  reason: string;
}

declare global {
  interface HTMLElementTagNameMap {
    'crm-provider': CrmProvider;
  }
  interface GlobalEventHandlersEventMap {
    'crm-seed-progress': CustomEvent<ImportProgress>;
    'crm-seed-complete': CustomEvent<ImportResult>;
    'crm-seed-error': CustomEvent<{ error: unknown; message: string }>;
    'crm-storage-fallback': CustomEvent<StorageFallbackDetail>;
  }
}

/**
 * @tag crm-provider
 * @summary Gives every crm-widgets element inside it one data store (an IndexedDB database), and can fill
 * an empty database with a JSON dataset once.
 *
 * @slot - The widgets (and any other content) that use this store.
 * @csspart banner - The status line shown while seeding, on a seed error, and when storage fell back to memory.
 * @cssprop --crm-color-warning-bg - Background of the warning banner.
 * @cssprop --crm-color-warning-text - Text colour of the warning banner.
 *
 * @fires crm-seed-progress - While seeding: `{ phase: 'fetch' | 'validate' | 'write', done, total }`.
 * @fires crm-seed-complete - Seeding finished: `{ status: 'imported' | 'skipped', counts, reason? }`.
 * @fires crm-seed-error - The seed could not be fetched or was invalid (nothing was written): `{ error, message }`.
 * @fires crm-storage-fallback - IndexedDB was unavailable; data lives in memory only: `{ database, reason }`.
 */
export class CrmProvider extends CrmElement {
  static override styles = [
    CrmElement.styles,
    css`
      :host {
        display: block;
      }
      [part='banner'] {
        margin: 0 0 0.5rem;
        padding: 0.5rem 0.75rem;
        border-radius: 4px;
        background: var(--crm-color-warning-bg, #fff4ce);
        color: var(--crm-color-warning-text, #4d3800);
        font-size: 0.875rem;
      }
    `,
  ];

  /** IndexedDB database name. Providers (and lone widgets) using the same name share the data. */
  @property() database = DEFAULT_DATABASE;

  /** URL of a JSON dataset (`{ customers: [...], contacts: [...], ... }`) loaded once into an empty database. */
  @property() seed?: string;

  /** A store to provide instead of the one for `database` (e.g. one created with custom options). */
  @property({ attribute: false }) store?: CrmStore;

  @state() private seedProgress: ImportProgress | undefined;
  @state() private seedError: string | undefined;
  @state() private memoryOnly = false;

  private readonly provider = new ContextProvider(this, {
    context: storeContext,
    initialValue: getStore(this.database),
  });
  private seeded = new Set<string>();

  /** The store this provider gives its descendants. */
  get providedStore(): CrmStore {
    return this.provider.value;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('database') || changed.has('store')) {
      const store = this.store ?? getStore(this.database || DEFAULT_DATABASE);
      if (store !== this.provider.value) this.provider.setValue(store);
      this.watchStorage(store);
    }
    const storeChanged = changed.has('database') || changed.has('store');
    if ((changed.has('seed') || storeChanged) && this.seed) this.loadSeed(this.providedStore, this.seed);
  }

  protected override render() {
    const t = this.localize.strings(providerStrings);
    const banner = this.seedError
      ? t.seedFailed(this.seedError)
      : this.memoryOnly
        ? t.storageFallback
        : this.seedProgress
          ? t.seedLoading(this.seedProgress.done, this.seedProgress.total)
          : undefined;
    return html`${banner ? html`<p part="banner" role="status">${banner}</p>` : nothing}<slot></slot>`;
  }

  private async watchStorage(store: CrmStore): Promise<void> {
    await store.ready;
    if (store !== this.providedStore) return;
    this.memoryOnly = store.storage === 'memory';
    if (this.memoryOnly)
      this.emit('crm-storage-fallback', { database: store.database, reason: store.fallbackReason ?? '' });
  }

  private async loadSeed(store: CrmStore, url: string): Promise<void> {
    const key = `${store.database}\n${url}`;
    if (this.seeded.has(key)) return;
    this.seeded.add(key);
    this.seedError = undefined;
    try {
      const result = await store.seed(new URL(url, document.baseURI), {
        onProgress: (progress) => {
          this.seedProgress = progress;
          this.emit('crm-seed-progress', progress);
        },
      });
      this.emit('crm-seed-complete', result);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.seedError = message;
      this.seeded.delete(key);
      this.emit('crm-seed-error', { error, message });
    } finally {
      this.seedProgress = undefined;
    }
  }
}

CrmProvider.define('crm-provider');
