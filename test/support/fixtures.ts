/** Test helpers: a store on a database of its own (deleted after the test), waiting for conditions, sample records. */
import { expect } from '@open-wc/testing';
import Dexie from 'dexie';
import type { LitElement } from 'lit';
import { CrmStore } from '../../src/data/store.js';

const opened: CrmStore[] = [];

/**
 * Connects and disconnects `element` `times` times: while connected it must hold exactly one live query of
 * `store`, and none once it is gone.
 */
export async function cycleConnection(element: LitElement, store: CountingStore, times: number): Promise<void> {
  for (let i = 0; i < times; i++) {
    document.body.append(element);
    await element.updateComplete;
    expect(store.open).to.equal(1);
    element.remove();
  }
  expect(store.open).to.equal(0);
}

/**
 * A store that counts its open live-query subscriptions, for leak tests (instrumentation, not a fake:
 * queries still run for real against IndexedDB).
 */
export class CountingStore extends CrmStore {
  open = 0;

  override live<R>(query: (store: this) => Promise<R>) {
    const inner = super.live(query);
    return {
      subscribe: (observer: Parameters<typeof inner.subscribe>[0]) => {
        this.open++;
        const subscription = inner.subscribe(observer);
        return {
          unsubscribe: () => {
            this.open--;
            subscription.unsubscribe();
          },
        };
      },
    };
  }
}

export function uniqueName(prefix = 'test'): string {
  return `${prefix}-${crypto.randomUUID()}`;
}

/** A store on a fresh IndexedDB database; `deleteStores()` removes them all. */
export function freshStore(): CrmStore {
  const store = new CrmStore({ database: uniqueName() });
  opened.push(store);
  return store;
}

export async function deleteStores(): Promise<void> {
  for (const store of opened.splice(0)) {
    store.close();
    await Dexie.delete(store.database);
  }
}

/** Polls a condition each animation frame until it holds; fails with `message` after `timeout` ms. */
export async function until(
  condition: () => boolean | Promise<boolean>,
  message: string,
  timeout = 10_000,
): Promise<void> {
  const start = performance.now();
  while (!(await condition())) {
    if (performance.now() - start > timeout) throw new Error(`Timed out waiting for: ${message}`);
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

/** Opens `src` in a new iframe on the test page and resolves once it has loaded. */
export async function openFrame(src: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = src;
  document.body.append(frame);
  await loaded;
  return frame;
}

/** The visible text of an element's shadow root, whitespace collapsed. */
export function shadowText(element: Element): string {
  return (element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export const customer = (id: string, fields: Record<string, unknown> = {}) => ({
  id,
  name: '华东能源集团',
  alias: 'East China Energy Group',
  kind: 'enterprise' as const,
  industry: 'energy',
  currency: 'CNY',
  ...fields,
});

/** The error a promise rejects with; fails the test if it resolves. */
export async function rejection<E = Error>(promise: Promise<unknown>): Promise<E> {
  try {
    await promise;
  } catch (error) {
    return error as E;
  }
  throw new Error('expected the promise to reject');
}
