/**
 * Where the account list gets its data. Customers and opportunities come from the store's shared live
 * snapshots (store.snapshot: one in-memory copy per table for every widget of the page, patched by the keys
 * each write changed, here or in another tab), so an edit elsewhere costs reading that record, not the
 * whole table. Stages and activities are small and read through a live query. A small first page read at
 * once lets a cold list paint before the whole table is in.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Subscription } from '../../data/backend.js';
import type { Activity, Customer, Opportunity, Stage } from '../../data/model.js';
import type { SnapshotState } from '../../data/snapshot.js';
import type { CrmStore } from '../../data/store.js';
import { LiveDataController, type QueryStatus } from '../../internal/store-context.js';
import type { AccountSource } from './account-model.js';

const FIRST_PAGE = 100;

interface SmallTables {
  stages: Stage[];
  activities: Activity[];
}

const readSmall = async (store: CrmStore): Promise<SmallTables> => {
  const [stages, activities] = await Promise.all([store.stages.list(), store.activities.list()]);
  return { stages, activities };
};

export class AccountData implements ReactiveController {
  private readonly live: LiveDataController<SmallTables, []>;
  /** The first customers, shown while the whole table loads (cold start only). */
  firstPage: AccountSource | undefined;
  private firstPageFor: CrmStore | undefined;
  private subscribedStore: CrmStore | undefined;
  private subscriptions: Subscription[] = [];
  private customers: SnapshotState<Customer> | undefined;
  private opportunities: SnapshotState<Opportunity> | undefined;
  private snapshotError: unknown;
  private built: { from: [SmallTables, number, number]; source: AccountSource } | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    store: () => CrmStore | undefined,
  ) {
    this.live = new LiveDataController(host, { args: (): [] => [], query: readSmall, store });
    host.addController(this);
  }

  get status(): QueryStatus {
    if (this.error !== undefined) return 'error';
    if (this.live.status === 'complete' && this.customers && this.opportunities) return 'complete';
    return this.live.status === 'initial' ? 'initial' : 'pending';
  }

  get error(): unknown {
    return this.live.error ?? this.snapshotError;
  }

  get store(): CrmStore | undefined {
    return this.live.store;
  }

  /** Everything once loaded; until then the first page (complete: false). */
  get source(): { data: AccountSource; complete: boolean } | undefined {
    const small = this.live.value;
    if (small && this.customers && this.opportunities && this.error === undefined) {
      const from: [SmallTables, number, number] = [small, this.customers.version, this.opportunities.version];
      if (!this.built || this.built.from.some((part, i) => part !== from[i])) {
        this.built = {
          from,
          source: {
            customers: [...this.customers.records.values()],
            opportunities: [...this.opportunities.records.values()],
            ...small,
          },
        };
      }
      return { data: this.built.source, complete: true };
    }
    return this.firstPage ? { data: this.firstPage, complete: false } : undefined;
  }

  retry(): void {
    this.unsubscribe();
    this.live.retry();
  }

  hostConnected(): void {
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.unsubscribe();
  }

  hostUpdate(): void {
    const store = this.live.store;
    if (store !== this.subscribedStore) this.subscribe(store);
    if (!store || store === this.firstPageFor || this.status === 'complete') return;
    this.firstPageFor = store;
    store.customers.list({ limit: FIRST_PAGE }).then(
      (customers) => {
        if (this.firstPageFor !== store || this.status === 'complete') return;
        this.firstPage = { customers, opportunities: [], stages: [], activities: [] };
        this.host.requestUpdate();
      },
      () => undefined, // The snapshot reports the error.
    );
  }

  private subscribe(store: CrmStore | undefined): void {
    this.unsubscribe();
    this.subscribedStore = store;
    if (!store) return;
    const error = (e: unknown) => {
      this.snapshotError = e;
      this.host.requestUpdate();
    };
    this.subscriptions = [
      store.snapshot('customers').subscribe({
        next: (state) => {
          this.customers = state;
          this.host.requestUpdate();
        },
        error,
      }),
      store.snapshot('opportunities').subscribe({
        next: (state) => {
          this.opportunities = state;
          this.host.requestUpdate();
        },
        error,
      }),
    ];
  }

  private unsubscribe(): void {
    for (const subscription of this.subscriptions.splice(0)) subscription.unsubscribe();
    this.subscribedStore = undefined;
    this.customers = undefined;
    this.opportunities = undefined;
    this.snapshotError = undefined;
    this.built = undefined;
  }
}
