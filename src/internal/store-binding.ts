import { ContextConsumer, ContextProvider } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { CrmStore } from '../data/store.js';
import { storeContext } from './store-context.js';

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

/** Subscribes `host` to the nearest store provider (the document one when there is no `<crm-provider>` above). */
export function consumeStore(
  host: ReactiveControllerHost & HTMLElement,
  callback: (store: CrmStore | undefined) => void,
) {
  ensureDocumentProvider();
  return new ContextConsumer(host, { context: storeContext, subscribe: true, callback });
}

/**
 * For elements that always work on data (the account form, the import): the nearest provider's store, or the
 * default store when no provider above has one. An explicit `store` property on the host wins.
 */
export class ContextStoreController implements ReactiveController {
  value: CrmStore | undefined;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement & { store?: CrmStore }) {
    consumeStore(host, (store) => {
      this.value = store;
      host.requestUpdate();
    });
    host.addController(this);
  }

  /** The store to use: the host's own `store` property, else the context's. */
  get store(): CrmStore | undefined {
    return this.host.store ?? this.value;
  }

  hostConnected(): void {
    // Runs after the context consumer's request, which any provider above answered synchronously.
    if (!this.host.store && !this.value) void loadDefaultStore();
  }
}
