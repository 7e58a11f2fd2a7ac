/**
 * Where the account list gets its data: the one place to switch when a shared live snapshot of whole
 * tables lands in the store. Today it reads through the store's repositories inside a live query (so
 * edits in a card, another tab or sync show up), customers in pages so no single read holds the main
 * thread, plus a small first page read at once so a cold list paints before the full table is in.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Customer } from '../../data/model.js';
import type { CrmStore } from '../../data/store.js';
import { LiveDataController, type QueryStatus } from '../../internal/store-context.js';
import type { AccountSource } from './account-model.js';

/** Pages of customers: smaller pages mean shorter tasks, larger ones less cursor skipping (offset paging). */
const PAGE = 10_000;
const FIRST_PAGE = 100;

async function readCustomers(store: CrmStore): Promise<Customer[]> {
  const all: Customer[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = await store.customers.list({ offset, limit: PAGE });
    for (const customer of page) all.push(customer);
    if (page.length < PAGE) return all;
  }
}

async function readSource(store: CrmStore): Promise<AccountSource> {
  const [customers, opportunities, stages, activities] = await Promise.all([
    readCustomers(store),
    store.opportunities.list(),
    store.stages.list(),
    store.activities.list(),
  ]);
  return { customers, opportunities, stages, activities };
}

export class AccountData implements ReactiveController {
  private readonly live: LiveDataController<AccountSource, []>;
  /** The first customers, shown while the whole table loads (cold start only). */
  firstPage: AccountSource | undefined;
  private firstPageFor: CrmStore | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    store: () => CrmStore | undefined,
  ) {
    this.live = new LiveDataController(host, { args: (): [] => [], query: readSource, store });
    host.addController(this);
  }

  get status(): QueryStatus {
    return this.live.status;
  }

  get error(): unknown {
    return this.live.error;
  }

  get store(): CrmStore | undefined {
    return this.live.store;
  }

  /** Everything once loaded; until then the first page (complete: false). */
  get source(): { data: AccountSource; complete: boolean } | undefined {
    if (this.live.value) return { data: this.live.value, complete: true };
    return this.firstPage ? { data: this.firstPage, complete: false } : undefined;
  }

  retry(): void {
    this.live.retry();
  }

  hostUpdate(): void {
    const store = this.live.store;
    if (!store || store === this.firstPageFor || this.live.value) return;
    this.firstPageFor = store;
    store.customers.list({ limit: FIRST_PAGE }).then(
      (customers) => {
        if (this.firstPageFor !== store || this.live.value) return;
        this.firstPage = { customers, opportunities: [], stages: [], activities: [] };
        this.host.requestUpdate();
      },
      () => undefined, // The live query reports the error.
    );
  }
}
