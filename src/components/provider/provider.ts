import { ContextProvider } from '@lit/context';
import { css, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { type CrmStore, DEFAULT_DATABASE, getStore, type ImportProgress, type ImportResult } from '../../data/store.js';
import { CrmElement } from '../../internal/crm-element.js';
import { storeContext } from '../../internal/store-context.js';
import { syncContext } from '../../internal/sync-context.js';
import type { Dialect, SyncEngine, SyncOptions, SyncRemapDetail } from '../../sync/engine.js';
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
 * @fires crm-sync-state - With a backend: sync state changed: `{ state, lastSyncAt?, lastError?, retryAt? }`.
 * @fires crm-sync-progress - With a backend: a page was pulled: `{ table, done, total? }`.
 * @fires crm-sync-conflict - With a backend: both sides changed the same field; both versions are kept: `{ table, key, local, remote }`.
 * @fires crm-sync-remap - With a backend: the server gave a record created here its own id: `{ table, from, to }`.
 *   Widgets inside the provider that show that record by id (`customer-id`, …) switch to the new id themselves.
 * @fires crm-sync-quarantine - With a backend: a server row failed validation and was kept aside:
 *   `{ table, key, name, raw, field, reason }`.
 */
export class CrmProvider extends CrmElement {
  static override translations = [providerStrings];
  static override styles = [
    CrmElement.styles,
    css`
      :host {
        display: block;
      }
      [part='banner'] {
        margin: 0 0 var(--crm-t-space-2);
        padding: var(--crm-t-space-2) var(--crm-t-space-3);
        border-radius: var(--crm-t-radius-sm);
        background: var(--crm-c-warning-bg);
        color: var(--crm-c-warning-text);
        font-size: var(--crm-t-text-md);
      }
    `,
  ];

  /** IndexedDB database name. Providers (and lone widgets) using the same name share the data. */
  @property() database = DEFAULT_DATABASE;

  /** URL of a JSON dataset (`{ customers: [...], contacts: [...], ... }`) loaded once into an empty database. */
  @property() seed?: string;

  /** What the seed is, for the loading banner ("Loading {label}… 40%"); default the seed file's name. */
  @property({ attribute: 'seed-label' }) seedLabel?: string;

  /** A store to provide instead of the one for `database` (e.g. one created with custom options). */
  @property({ attribute: false }) store?: CrmStore;

  /**
   * Base URL of a REST backend to sync with. Without it (and without a `connector` or a profile with a
   * `baseUrl` in `syncOptions`) the store is purely local (the default).
   */
  @property() endpoint?: string;

  /**
   * The backend's built-in profile: `json-server` (0.17), `simple-rest`, `postgrest`, `json-api`, `drf`
   * (Django REST Framework) or `directus`. `profile` is the same attribute under its newer name.
   */
  @property() dialect: Dialect = 'json-server';

  /** Alias of `dialect`. */
  @property()
  get profile(): Dialect {
    return this.dialect;
  }
  set profile(name: Dialect) {
    this.dialect = name;
  }

  /**
   * The rest of the sync configuration, in JavaScript: `resources` (table mappings), `token` and `headers()`
   * (evaluated per request; never stored), `pageSize`, `pushWindow`, `pullIntervalMs`, `retry`, `timeoutMs`,
   * a `profile` object of your own, or a `connector`.
   */
  @property({ attribute: false }) syncOptions?: Omit<SyncOptions, 'endpoint' | 'dialect'>;

  @state() private seedProgress: ImportProgress | undefined;
  @state() private seedError: string | undefined;
  /** Seeding progress over all phases, 0..1; it never goes back (each phase counts its own records). */
  private seedPercent = 0;
  @state() private syncError: string | undefined;
  @state() private memoryOnly = false;

  private readonly provider = new ContextProvider(this, {
    context: storeContext,
    initialValue: getStore(this.database),
  });
  private readonly syncProvider = new ContextProvider(this, { context: syncContext, initialValue: undefined });
  /** Seeds already loaded (or loading) per database and URL: each is loaded once. */
  private seedsLoaded = new Set<string>();
  /** The outcome of the current seed, for `seeded`. */
  private seedOutcome = settleLater<ImportResult | undefined>();

  /**
   * Settles once the seed is in the store: `{ status: 'imported' | 'skipped', counts }` (the data is there either
   * way), or undefined without `seed`; rejects with the seed's error. A script that reads or writes records the
   * seed brings awaits it first (`crm-seed-complete` may have fired before the script listened).
   */
  get seeded(): Promise<ImportResult | undefined> {
    return this.seedOutcome.promise;
  }
  private syncGeneration = 0;

  /** The running sync engine, when a backend is configured. */
  get sync(): SyncEngine | undefined {
    return this.syncProvider.value;
  }

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
    if (changed.has('seed') || storeChanged) {
      if (this.seed) this.loadSeed(this.providedStore, this.seed);
      else if (!this.seedsLoaded.size) this.seedOutcome.resolve(undefined);
    }
    if (storeChanged || changed.has('endpoint') || changed.has('dialect') || changed.has('syncOptions'))
      this.restartSync();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) this.restartSync();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopSync();
  }

  private stopSync(): void {
    this.syncGeneration++;
    const engine = this.syncProvider.value;
    if (!engine) return;
    this.syncProvider.setValue(undefined);
    for (const type of FORWARDED_SYNC_EVENTS) engine.removeEventListener(type, this.forwardSyncEvent);
    engine.stop();
  }

  /** The engine is loaded on demand, so pages without a backend do not download it. */
  private async restartSync(): Promise<void> {
    this.stopSync();
    this.syncError = undefined;
    const options = this.syncOptions;
    if (!this.isConnected || !(this.endpoint || options?.connector || options?.profile?.baseUrl)) return;
    const generation = this.syncGeneration;
    const { SyncEngine } = await import('../../sync/engine.js');
    if (generation !== this.syncGeneration) return;
    let engine: SyncEngine;
    try {
      engine = new SyncEngine(this.providedStore, {
        ...options,
        ...(this.endpoint ? { endpoint: this.endpoint } : {}),
        dialect: this.dialect,
      });
    } catch (error) {
      // A configuration mistake (an unknown dialect): shown, and announced, never swallowed.
      this.syncError = error instanceof Error ? error.message : String(error);
      this.emit('crm-sync-state', { state: 'error', lastError: this.syncError, lastErrorCode: 'protocol' });
      return;
    }
    for (const type of FORWARDED_SYNC_EVENTS) engine.addEventListener(type, this.forwardSyncEvent);
    this.syncProvider.setValue(engine);
    engine.start();
  }

  private forwardSyncEvent = (event: Event) => {
    const { type, detail } = event as CustomEvent;
    if (type === 'crm-sync-remap') this.followRemap(detail as SyncRemapDetail);
    this.emit(type as (typeof FORWARDED_SYNC_EVENTS)[number], detail);
  };

  /**
   * A record got its server id: the widgets inside that show it by id (`customer-id`, …) switch to the new
   * id, so they keep showing the same record. The event still reaches the page for anything else.
   */
  private followRemap({ table, from, to }: SyncRemapDetail): void {
    const property = ID_PROPERTIES[table];
    if (!property) return;
    for (const element of this.querySelectorAll('*')) {
      const holder = element as unknown as Record<string, unknown>;
      if (element.localName.startsWith('crm-') && holder[property] === from) holder[property] = to;
    }
  }

  protected override render() {
    const t = this.localize.strings(providerStrings);
    const banner = this.syncError
      ? t.syncSetupFailed(this.syncError)
      : this.seedError
        ? t.seedFailed(this.seedName(), this.seedError)
        : this.memoryOnly
          ? t.storageFallback
          : this.seedProgress
            ? t.seedLoading(this.seedName(), this.localize.number(this.seedPercent, { style: 'percent' }))
            : undefined;
    return html`${banner ? html`<p part="banner" role="status">${banner}</p>` : nothing}<slot></slot>`;
  }

  /** The seed's name for people: the page's label, else the file name of its URL. */
  private seedName(): string {
    if (this.seedLabel) return this.seedLabel;
    const path = (this.seed ?? '').split(/[?#]/)[0] ?? '';
    return decodeURIComponent(path.slice(path.lastIndexOf('/') + 1)) || (this.seed ?? '');
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
    if (this.seedsLoaded.has(key)) return;
    this.seedsLoaded.add(key);
    if (this.seedOutcome.settled) this.seedOutcome = settleLater();
    const outcome = this.seedOutcome;
    this.seedError = undefined;
    this.seedPercent = 0;
    try {
      const result = await store.seed(new URL(url, document.baseURI), {
        onProgress: (progress) => {
          this.seedProgress = progress;
          this.seedPercent = Math.max(this.seedPercent, overallProgress(progress));
          this.emit('crm-seed-progress', progress);
        },
      });
      outcome.resolve(result);
      this.emit('crm-seed-complete', result);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.seedError = message;
      this.seedsLoaded.delete(key);
      outcome.reject(error);
      this.emit('crm-seed-error', { error, message });
    } finally {
      this.seedProgress = undefined;
    }
  }
}

/** A promise settled from outside, once; a rejection nobody awaits is not reported as unhandled (an event says it). */
function settleLater<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  promise.catch(() => undefined);
  const outcome = {
    promise,
    settled: false,
    resolve: (value: T) => {
      outcome.settled = true;
      resolve(value);
    },
    reject: (error: unknown) => {
      outcome.settled = true;
      reject(error);
    },
  };
  return outcome;
}

/** The property a widget names a record of each table by. */
const ID_PROPERTIES: Partial<Record<SyncRemapDetail['table'], string>> = {
  customers: 'customerId',
  opportunities: 'opportunityId',
  quotes: 'quoteId',
};

const FORWARDED_SYNC_EVENTS = [
  'crm-sync-state',
  'crm-sync-progress',
  'crm-sync-conflict',
  'crm-sync-remap',
  'crm-sync-quarantine',
] as const;

/**
 * One fraction for the whole seed: fetching is the first tenth, checking the next fifth, writing the rest
 * (writing takes most of the time). Each phase's own `done / total` restarts at 0.
 */
function overallProgress({ phase, done, total }: ImportProgress): number {
  const [start, span] = phase === 'fetch' ? [0, 0.1] : phase === 'validate' ? [0.1, 0.2] : [0.3, 0.7];
  return start + span * (total > 0 ? Math.min(1, done / total) : 0);
}

CrmProvider.define('crm-provider');
