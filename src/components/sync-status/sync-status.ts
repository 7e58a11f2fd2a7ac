import { ContextConsumer } from '@lit/context';
import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { StoredRecord } from '../../data/backend.js';
import { changedFields, type OutboxEntry } from '../../data/outbox.js';
import type { CrmStore } from '../../data/store.js';
import { CrmElement } from '../../internal/crm-element.js';
import { LiveDataController } from '../../internal/store-context.js';
import { syncContext } from '../../internal/sync-context.js';
import { discardDeadLetter, outboxSummary, resolveConflict, retryDeadLetter } from '../../sync/queue.js';
import type { SyncState, SyncStatus } from '../../sync/types.js';
import { syncStatusStrings } from './sync-status.strings.js';
import { syncStatusStyles } from './sync-status.styles.js';

declare global {
  interface HTMLElementTagNameMap {
    'crm-sync-status': CrmSyncStatus;
  }
}

/**
 * @tag crm-sync-status
 * @summary Where sync stands: online or not, changes waiting, last sync, errors, refused changes (retry or
 * discard) and conflicts (keep mine or take theirs), with a "sync now" button.
 *
 * Reads the outbox live from the store, so every tab shows the same; actions work from any tab (the tab
 * that holds the sync lock carries them out).
 *
 * @csspart summary - The status line.
 * @csspart error - The last error message.
 * @csspart dead-letters - The list of changes the server refused.
 * @csspart conflicts - The list of records changed on both sides.
 * @cssprop --crm-color-border - Borders.
 * @cssprop --crm-color-surface - Background.
 * @cssprop --crm-color-success - Online dot.
 * @cssprop --crm-color-danger - Offline dot and errors.
 */
export class CrmSyncStatus extends CrmElement {
  static override styles = [CrmElement.styles, syncStatusStyles];

  /** A store to read from instead of the one provided by context. */
  @property({ attribute: false }) store?: CrmStore;

  @state() private online = navigator.onLine;

  private readonly summary = new LiveDataController(this, {
    args: (): [] => [],
    query: (store) => outboxSummary(store),
    store: () => this.store,
  });

  private readonly sync = new ContextConsumer(this, { context: syncContext, subscribe: true });

  private readonly onEngineState = () => this.requestUpdate();
  private readonly onOnline = () => (this.online = navigator.onLine);
  private watchedEngine: EventTarget | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('online', this.onOnline);
    addEventListener('offline', this.onOnline);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('online', this.onOnline);
    removeEventListener('offline', this.onOnline);
    this.watchEngine(undefined);
  }

  protected override willUpdate(): void {
    this.watchEngine(this.sync.value);
  }

  private watchEngine(engine: EventTarget | undefined): void {
    if (engine === this.watchedEngine) return;
    this.watchedEngine?.removeEventListener('crm-sync-state', this.onEngineState);
    engine?.addEventListener('crm-sync-state', this.onEngineState);
    this.watchedEngine = engine;
  }

  protected override render() {
    const t = this.localize.strings(syncStatusStrings);
    const engine = this.sync.value;
    const summary = this.summary.value;
    // The tab that syncs knows its state first-hand; the others read what it recorded.
    const status: Partial<SyncStatus> | undefined = engine?.isOwner
      ? { ...summary?.status, state: engine.state }
      : summary?.status;
    const stateKey: SyncState | 'local' = engine ? (status?.state ?? engine.state) : 'local';
    const time = (iso: string) =>
      new Intl.DateTimeFormat(this.localize.locale, { dateStyle: 'medium', timeStyle: 'medium' }).format(new Date(iso));
    return html`
      <section aria-labelledby="heading">
        <h2 id="heading">${t.heading}</h2>
        <div part="summary" role="status">
          <span><span class="dot ${this.online ? '' : 'offline'}" aria-hidden="true"></span>${this.online ? t.online : t.offline}</span>
          <span>${t.states[stateKey]}</span>
          <span>${t.pending(summary?.pending ?? 0)}</span>
          <span class="muted">${status?.lastSyncAt ? t.lastSync(time(status.lastSyncAt)) : t.never}</span>
          ${status?.retryAt && stateKey !== 'idle' ? html`<span class="muted">${t.retryAt(time(status.retryAt))}</span>` : nothing}
        </div>
        ${status?.lastError && stateKey !== 'idle' ? html`<p part="error">${status.lastError}</p>` : nothing}
        <p>
          <button type="button" ?disabled=${!engine} @click=${() => engine?.syncNow()}>${t.syncNow}</button>
          ${stateKey === 'paused' ? html`<button type="button" @click=${() => engine?.resume()}>${t.resume}</button>` : nothing}
        </p>
        ${this.renderDeadLetters(summary?.deadLetters ?? [])} ${this.renderConflicts(summary?.conflicts ?? [])}
      </section>
    `;
  }

  private renderDeadLetters(entries: OutboxEntry[]) {
    if (!entries.length) return nothing;
    const t = this.localize.strings(syncStatusStrings);
    return html`<h3 id="dead">${t.deadLetters}</h3>
      <ul part="dead-letters" aria-labelledby="dead">
        ${entries.map(
          (entry) => html`<li>
            <strong>${t.deadLetterLabel(entry.table, entry.key)}</strong>
            <div part="error">${entry.error}</div>
            <button type="button" aria-label="${t.retry}: ${entry.key}" @click=${() => this.act(retryDeadLetter, entry)}>${t.retry}</button>
            <button type="button" aria-label="${t.discard}: ${entry.key}" @click=${() => this.act(discardDeadLetter, entry)}>${t.discard}</button>
          </li>`,
        )}
      </ul>`;
  }

  private renderConflicts(entries: OutboxEntry[]) {
    if (!entries.length) return nothing;
    const t = this.localize.strings(syncStatusStrings);
    return html`<h3 id="conflicts">${t.conflicts}</h3>
      <ul part="conflicts" aria-labelledby="conflicts">
        ${entries.map((entry) => {
          const mine: StoredRecord = { ...entry.base, ...entry.patch };
          const fields = entry.remote
            ? Object.keys({ ...changedFields(entry.base ?? {}, entry.remote), ...entry.patch })
            : [];
          return html`<li>
            <strong>${t.conflictLabel(entry.table, entry.key)}</strong>
            ${
              entry.remote
                ? html`<table>
                  <thead><tr><th scope="col">${t.fields}</th><th scope="col">${t.mine}</th><th scope="col">${t.theirs}</th></tr></thead>
                  <tbody>
                    ${fields.map(
                      (field) =>
                        html`<tr><th scope="row">${field}</th><td>${show(mine[field])}</td><td>${show(entry.remote?.[field])}</td></tr>`,
                    )}
                  </tbody>
                </table>`
                : html`<div>${t.deletedOnServer}</div>`
            }
            <button type="button" aria-label="${t.keepMine}: ${entry.key}" @click=${() => this.resolve(entry, 'mine')}>${t.keepMine}</button>
            <button type="button" aria-label="${t.takeTheirs}: ${entry.key}" @click=${() => this.resolve(entry, 'theirs')}>${t.takeTheirs}</button>
          </li>`;
        })}
      </ul>`;
  }

  private async act(action: (store: CrmStore, seq: number) => Promise<void>, entry: OutboxEntry): Promise<void> {
    const store = this.summary.store;
    if (!store || entry.seq === undefined) return;
    await action(store, entry.seq);
    this.sync.value?.syncNow();
  }

  private resolve(entry: OutboxEntry, choice: 'mine' | 'theirs'): Promise<void> {
    return this.act((store, seq) => resolveConflict(store, seq, choice), entry);
  }
}

/** Field values as plain text (never parsed as HTML). */
function show(value: unknown): string {
  if (value === undefined || value === null) return '—';
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

CrmSyncStatus.define('crm-sync-status');
