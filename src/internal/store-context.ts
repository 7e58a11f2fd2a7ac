import { createContext } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { LiveQuery, Subscription } from '../data/backend.js';
import type { CrmStore } from '../data/store.js';

/**
 * The store context. `Symbol.for` with a version makes two bundles of crm-widgets on one page agree on
 * the key, so a widget from one bundle finds a provider from the other.
 */
export const storeContext = createContext<CrmStore>(Symbol.for('crm-widgets:store@1'));

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
  private binding: Promise<void> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: LiveDataOptions<T, A>,
  ) {
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
      // Bound, but no store yet: ask the context for one; the callback brings it and re-syncs.
      this.setState('pending', undefined, undefined);
      this.bind();
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

  /**
   * Joins the store context the first time the element is bound. Presentational widgets never get here, so
   * they load neither the context machinery nor the data layer; with no `<crm-provider>` above, the default
   * store (and with it Dexie) is fetched now.
   */
  private bind(): void {
    this.binding ??= import('./store-binding.js')
      .then(({ consumeStore, loadDefaultStore }) => {
        consumeStore(this.host, (store) => {
          this.contextStore = store;
          this.host.requestUpdate();
        });
        if (!this.contextStore) return loadDefaultStore();
      })
      .catch((error: unknown) => this.setState('error', undefined, error));
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
