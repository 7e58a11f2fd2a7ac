/**
 * Autosave: a debounced save after every change, an immediate one when the page is hidden or the element
 * leaves the page, one save at a time. Saving never overwrites another tab's newer save silently.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { StaleRecordError } from '../../data/repository.js';
import type { CrmStore } from '../../data/store.js';
import type { QuoteRecord } from './quote-model.js';

export type SaveResult = { status: 'saved'; record: QuoteRecord } | { status: 'conflict'; theirs: QuoteRecord };

/**
 * Writes the quote unless the stored copy changed since `baseUpdatedAt` (the version this page loaded or
 * last saved): then it reports a conflict and writes nothing. `force` overwrites (the user chose "keep mine").
 */
export async function saveQuote(
  store: CrmStore,
  record: QuoteRecord,
  baseUpdatedAt: string | undefined,
  force = false,
): Promise<SaveResult> {
  try {
    // The check runs in the write's own transaction: two tabs saving at the same instant cannot both pass.
    const saved = (await store.quotes.put(record, force ? undefined : { ifUpdatedAt: baseUpdatedAt })) as QuoteRecord;
    return { status: 'saved', record: saved };
  } catch (error) {
    if (error instanceof StaleRecordError) return { status: 'conflict', theirs: error.current as QuoteRecord };
    throw error;
  }
}

export class AutosaveController implements ReactiveController {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running: Promise<void> | undefined;
  private again = false;

  constructor(
    host: ReactiveControllerHost,
    private readonly options: { delay: () => number; save: () => Promise<void> },
  ) {
    host.addController(this);
  }

  private readonly onHide = () => {
    if (document.visibilityState === 'hidden') void this.flush();
  };
  private readonly onPageHide = () => void this.flush();

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.onHide);
    window.addEventListener('pagehide', this.onPageHide);
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.onHide);
    window.removeEventListener('pagehide', this.onPageHide);
    if (this.timer !== undefined) void this.flush();
  }

  /** A change happened: save after the delay (each change restarts it). */
  schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), this.options.delay());
  }

  /** Saves now; if a save is already running, one more follows it. Resolves when both are done. */
  flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      try {
        do {
          this.again = false;
          await this.options.save();
        } while (this.again);
      } finally {
        this.running = undefined;
      }
    })();
    return this.running;
  }

  /** True while a save is scheduled or running. */
  get busy(): boolean {
    return this.timer !== undefined || this.running !== undefined;
  }
}
