import { ContextConsumer, ContextProvider, createContext } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { LiveQuery, Subscription } from '../data/backend.js';
import type { CrmStore } from '../data/store.js';

/**
 * The store context. `Symbol.for` with a version makes two bundles of crm-widgets on one page agree on
 * the key, so a widget from one bundle finds a provider from the other.
 */
export const storeContext = createContext<CrmStore>(Symbol.for('crm-widgets:store@1'));

const DOCUMENT_PROVIDER = Symbol.for('crm-widgets:document-provider@1');

type DocumentRoot = HTMLElement & {
  [DOCUMENT_PROVIDER]?: { provider: ContextProvider<typeof storeContext>; loading?: Promise<void> };
};

/**
 * Lone widgets (no `<crm-provider>` above them) get the default store from a provider on the document
 * element. The provider starts empty and costs only @lit/context: the data layer (Dexie, valibot, the
 * repositories) is fetched with a dynamic import the first time a widget is bound to data
 * (`loadDefaultStore`), so a presentational widget never downloads it. A `<crm-provider>` upgraded later
 * takes its descendants over (Lit context re-parents subscriptions when a nearer provider appears).
 */
export function ensureDocumentProvider(): void {
  const root = document.documentElement as DocumentRoot;
  root[DOCUMENT_PROVIDER] ??= { provider: new ContextProvider(root, { context: storeContext }) };
}

/** Loads the data layer once and hands the default store to every widget subscribed to the document provider. */
export function loadDefaultStore(): Promise<void> {
  ensureDocumentProvider();
  const entry = (document.documentElement as DocumentRoot)[DOCUMENT_PROVIDER]!;
  entry.loading ??= import('../data/store.js').then(({ getStore }) => {
    const store = getStore();
    entry.provider.setValue(store);
    store.ready.then(() => {
      if (store.storage !== 'memory') return;
      document.documentElement.dispatchEvent(
        new CustomEvent('crm-storage-fallback', {
          detail: { database: store.database, reason: store.fallbackReason ?? '' },
          bubbles: true,
          composed: true,
        }),
      );
    });
  });
  return entry.loading;
}

export type QueryStatus = 'initial' | 'pending' | 'complete' | 'error';

export interface LiveDataOptions<T, A extends readonly unknown[]> {
  /** The query's arguments, read on every host update; a change re-subscribes. */
  args: () => A;
  /** Reads through the store only; it re-runs when what it read changes. */
  query: (store: CrmStore, ...args: [...A]) => Promise<T>;
  /** Arguments that mean "nothing to load" (e.g. no customer-id): the controller stays `initial`. */
  skip?: (...args: [...A]) => boolean;
  /** An explicitly passed store wins over the context one. */
  store?: () => CrmStore | undefined;
}

/**
 * Live data for an element: statuses initial / pending / complete / error (like @lit/task), re-subscribes
 * when its arguments or the store change, unsubscribes when the element disconnects.
 */
export class LiveDataController<T, A extends readonly unknown[]> implements ReactiveController {
  status: QueryStatus = 'initial';
  value: T | undefined;
  error: unknown;
  private contextStore: CrmStore | undefined;
  private subscription: Subscription | undefined;
  private subscribedTo: { store: CrmStore; args: A } | undefined;
  private connected = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: LiveDataOptions<T, A>,
  ) {
    ensureDocumentProvider();
    new ContextConsumer(host, {
      context: storeContext,
      subscribe: true,
      callback: (store) => {
        this.contextStore = store;
        this.host.requestUpdate();
      },
    });
    host.addController(this);
  }

  /** The store in use: the explicit one, else the one from context. */
  get store(): CrmStore | undefined {
    return this.options.store?.() ?? this.contextStore;
  }

  hostConnected(): void {
    this.connected = true;
    this.sync();
  }

  hostUpdate(): void {
    this.sync();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.unsubscribe();
    this.subscribedTo = undefined;
  }

  /** Re-runs the query now (e.g. a retry after an error). */
  retry(): void {
    this.subscribedTo = undefined;
    this.sync();
  }

  private sync(): void {
    if (!this.connected) return;
    const store = this.store;
    const args = this.options.args();
    const previous = this.subscribedTo;
    if (previous && previous.store === store && sameArgs(previous.args, args)) return;
    this.unsubscribe();
    this.subscribedTo = store ? { store, args } : undefined;
    if (this.options.skip?.(...args)) {
      this.setState('initial', undefined, undefined);
      return;
    }
    if (!store) {
      // Bound, but no store yet: fetch the data layer; the context callback brings the store and re-syncs.
      this.setState('pending', undefined, undefined);
      loadDefaultStore().catch((error) => this.setState('error', undefined, error));
      return;
    }
    this.setState('pending', undefined, undefined);
    const live: LiveQuery<T> = store.live((s) => this.options.query(s, ...args));
    const subscription = live.subscribe({
      next: (value) => this.subscription === subscription && this.setState('complete', value, undefined),
      error: (error) => this.subscription === subscription && this.setState('error', undefined, error),
    });
    this.subscription = subscription;
  }

  private setState(status: QueryStatus, value: T | undefined, error: unknown): void {
    const changed = status !== this.status || value !== this.value || error !== this.error;
    this.status = status;
    this.value = value;
    this.error = error;
    if (changed) this.host.requestUpdate();
  }

  private unsubscribe(): void {
    this.subscription?.unsubscribe();
    this.subscription = undefined;
  }
}

function sameArgs(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((value, i) => Object.is(value, b[i]));
}
