import { ContextConsumer } from '@lit/context';
import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { StoredRecord } from '../../data/backend.js';
import { ValidationError } from '../../data/model.js';
import { changedFields, type OutboxEntry } from '../../data/outbox.js';
import type { CrmStore } from '../../data/store.js';
import { CrmElement } from '../../internal/crm-element.js';
import { colon, dateText } from '../../internal/format.js';
import { labelOf } from '../../internal/labels.js';
import { panelStyles } from '../../internal/panel-styles.js';
import { LiveDataController } from '../../internal/store-context.js';
import { syncContext } from '../../internal/sync-context.js';
import { validationReason } from '../../internal/validation-reason.js';
import { displayName, type QuarantinedRow } from '../../sync/quarantine.js';
import { discardDeadLetter, outboxSummary, resolveConflict, retryDeadLetter } from '../../sync/queue.js';
import type { ResourceStatus, SyncErrorCode, SyncState, SyncStatus } from '../../sync/types.js';
import { syncStatusStrings } from './sync-status.strings.js';
import { syncStatusStyles } from './sync-status.styles.js';

declare global {
  interface HTMLElementTagNameMap {
    'crm-sync-status': CrmSyncStatus;
  }
}

/**
 * @tag crm-sync-status
 * @summary Where sync stands: online or not, changes waiting, last sync, errors in plain words (details on
 * demand), each table's state, refused changes (retry or discard), conflicts (keep mine or take theirs) and
 * server records that could not be used (quarantine), with a "sync now" button.
 *
 * Reads the outbox live from the store, so every tab shows the same; actions work from any tab (the tab
 * that holds the sync lock carries them out).
 *
 * @csspart summary - The status line.
 * @csspart error - The last error message.
 * @csspart dead-letters - The list of changes the server refused.
 * @csspart conflicts - The list of records changed on both sides.
 * @csspart quarantine - The list of server records the model refused (kept aside with the reason).
 * @csspart resources - Each table's sync state, shown once one of them failed.
 * @cssprop --crm-color-border - Borders.
 * @cssprop --crm-color-surface - Background.
 * @cssprop --crm-color-success - Online dot.
 * @cssprop --crm-color-danger - Offline dot and errors.
 */
export class CrmSyncStatus extends CrmElement {
  static override translations = [syncStatusStrings];
  static override styles = [CrmElement.styles, panelStyles, syncStatusStyles];

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
    const open = !!(summary?.conflicts.length || summary?.quarantined.length || summary?.deadLetters.length);
    // Never "up to date" while something waits for a person.
    const stateText = stateKey === 'idle' && open ? t.needsAttention : t.states[stateKey];
    const time = (iso: string) => dateText(iso, this.localize.locale, { dateStyle: 'medium', timeStyle: 'medium' });
    return html`
      <section aria-labelledby="heading">
        <h2 id="heading">${t.heading}</h2>
        <div part="summary" role="status">
          <span><span class="dot ${this.online ? '' : 'offline'}" aria-hidden="true"></span>${this.online ? t.online : t.offline}</span>
          <span>${stateText}</span>
          <span>${t.pending(summary?.pending ?? 0)}</span>
          <span class="muted">${status?.lastSyncAt ? t.lastSync(time(status.lastSyncAt)) : t.never}</span>
          ${status?.retryAt && stateKey !== 'idle' ? html`<span class="muted">${t.retryAt(time(status.retryAt))}</span>` : nothing}
        </div>
        ${status?.lastError && stateKey !== 'idle' ? this.renderError(status.lastErrorCode, status.lastError) : nothing}
        <p>
          <button type="button" ?disabled=${!engine} @click=${() => engine?.syncNow()}>${t.syncNow}</button>
          ${stateKey === 'paused' ? html`<button type="button" @click=${() => engine?.resume()}>${t.resume}</button>` : nothing}
        </p>
        ${this.renderResources(status?.resources)} ${this.renderDeadLetters(summary?.deadLetters ?? [])}
        ${this.renderConflicts(summary?.conflicts ?? [])} ${this.renderQuarantine(summary?.quarantined ?? [])}
      </section>
    `;
  }

  /** A localised sentence, with the server's own words on demand. */
  private renderError(code: SyncErrorCode | undefined, detail: string) {
    const t = this.localize.strings(syncStatusStrings);
    return html`<div part="error">
      <span>${t.errors[code ?? 'protocol']}</span>
      <details><summary>${t.details}</summary><span class="detail">${detail}</span></details>
    </div>`;
  }

  /** Each table's state, once any of them failed (one failing table never hides behind the others). */
  private renderResources(resources: SyncStatus['resources']) {
    const entries = Object.entries(resources ?? {}) as [string, ResourceStatus][];
    if (!entries.some(([, r]) => r.state === 'error')) return nothing;
    const t = this.localize.strings(syncStatusStrings);
    return html`<h3 id="resources">${t.resources}</h3>
      <ul part="resources" aria-labelledby="resources">
        ${entries.map(
          ([table, r]) =>
            html`<li><strong>${t.tables[table] ?? labelOf('table', table, this.localize.lang)}</strong>:
              ${r.state === 'ok' ? t.resourceOk : this.renderError(r.code, r.error ?? '')}</li>`,
        )}
      </ul>`;
  }

  private label(table: string, record: StoredRecord | undefined, key: string): [string, string] {
    const t = this.localize.strings(syncStatusStrings);
    return [t.tables[table] ?? labelOf('table', table, this.localize.lang), displayName(record ?? {}, key)];
  }

  private renderDeadLetters(entries: OutboxEntry[]) {
    if (!entries.length) return nothing;
    const t = this.localize.strings(syncStatusStrings);
    return html`<h3 id="dead">${t.deadLetters}</h3>
      <ul part="dead-letters" aria-labelledby="dead">
        ${entries.map((entry) => {
          const name = this.label(entry.table, { ...entry.base, ...entry.patch }, entry.key);
          return html`<li>
            <strong>${t.deadLetterLabel(...name)}</strong>
            ${this.renderError('refused', entry.error ?? '')}
            <button type="button" aria-label="${t.retry}${colon(this.localize.locale)}${name[1]}" @click=${() => this.act(retryDeadLetter, entry)}>${t.retry}</button>
            <button type="button" aria-label="${t.discard}${colon(this.localize.locale)}${name[1]}" @click=${() => this.act(discardDeadLetter, entry)}>${t.discard}</button>
          </li>`;
        })}
      </ul>`;
  }

  private renderConflicts(entries: OutboxEntry[]) {
    if (!entries.length) return nothing;
    const t = this.localize.strings(syncStatusStrings);
    return html`<h3 id="conflicts">${t.conflicts}</h3>
      <ul part="conflicts" aria-labelledby="conflicts">
        ${entries.map((entry) => {
          const mine: StoredRecord = { ...entry.base, ...entry.patch };
          const name = this.label(entry.table, mine, entry.key);
          const fields = entry.remote
            ? Object.keys({ ...changedFields(entry.base ?? {}, entry.remote), ...entry.patch })
            : [];
          return html`<li>
            <strong>${t.conflictLabel(...name)}</strong>
            ${
              entry.remote
                ? html`<table>
                  <thead><tr><th scope="col">${t.fields}</th><th scope="col">${t.mine}</th><th scope="col">${t.theirs}</th></tr></thead>
                  <tbody>
                    ${fields.map(
                      (field) =>
                        html`<tr><th scope="row">${t.fieldLabels[field] ?? field}</th><td>${show(mine[field])}</td><td>${show(entry.remote?.[field])}</td></tr>`,
                    )}
                  </tbody>
                </table>`
                : html`<div>${t.deletedOnServer}</div>`
            }
            <button type="button" aria-label="${t.keepMine}${colon(this.localize.locale)}${name[1]}" @click=${() => this.resolve(entry, 'mine')}>${t.keepMine}</button>
            <button type="button" aria-label="${t.takeTheirs}${colon(this.localize.locale)}${name[1]}" @click=${() => this.resolve(entry, 'theirs')}>${t.takeTheirs}</button>
          </li>`;
        })}
      </ul>`;
  }

  private renderQuarantine(rows: QuarantinedRow[]) {
    if (!rows.length) return nothing;
    const t = this.localize.strings(syncStatusStrings);
    const engine = this.sync.value;
    return html`<h3 id="quarantine">${t.quarantine}</h3>
      <ul part="quarantine" aria-labelledby="quarantine">
        ${rows.map((row) => {
          const reason = row.guardRule
            ? t.guardRefused(row.guardRule)
            : validationReason(
                new ValidationError(row.table, row.field, row.reason, row.key, undefined, row.rule),
                this.localize.locale,
              );
          return html`<li>
            <strong>${t.quarantineLabel(t.tables[row.table] ?? labelOf('table', row.table, this.localize.lang), row.name)}</strong>
            <div>${t.quarantineReason(t.fieldLabels[row.field] ?? row.field, reason)}</div>
            <details><summary>${t.details}</summary><span class="detail">${JSON.stringify(row.raw)}</span></details>
          </li>`;
        })}
      </ul>
      <button type="button" ?disabled=${!engine} @click=${() => engine?.retryQuarantine()}>${t.retryQuarantine}</button>`;
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
