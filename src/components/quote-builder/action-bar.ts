/**
 * The action bar: the life-cycle moves the current status allows (the controller's state machine decides, this
 * only shows them), then the "more" menu with the outputs (print, CSV, JSON, new version) and the rarer moves.
 */
import { html, nothing } from 'lit';
import { iconDownload, iconFileText, iconPrinter } from '../../internal/icons.js';
import type { ActionState } from './actions.js';
import type { MenuItem, MoreMenu } from './more-menu.js';
import type { ActionReason, QuoteBuilderStrings } from './quote-builder.strings.js';

export interface ActionsView {
  readonly t: QuoteBuilderStrings;
  /** Every life-cycle action with the reason it is blocked, if it is (from the controller's state machine). */
  readonly actions: readonly ActionState[];
  /** The quote's status, in words (for the line shown when no step is left). */
  readonly status: string;
  reason(reason: ActionReason): string;
  label(action: ActionState): string;
  onAction(action: ActionState): void;
}

/** The moves the state machine allows from the current status; the others are not offered at all. */
export function offeredActions(actions: readonly ActionState[]): ActionState[] {
  return actions.filter((a) => a.reason?.code !== 'status');
}

/** Allowed but rare: offered in the "more" menu rather than the bar. */
export const MENU_ACTIONS: readonly ActionState['id'][] = ['expire'];

/**
 * The action bar: only the life-cycle moves the current status allows (the first possible one is the
 * primary button); one still blocked by something the person can fix (a field, a missing approval) stays
 * visible, disabled, with the reason beside it and in its description.
 */
export function renderActions(v: ActionsView) {
  const shown = offeredActions(v.actions).filter((a) => !MENU_ACTIONS.includes(a.id));
  // The primary button moves the quote forward; stepping back (reopen, decline) is never the highlighted one.
  const primary = shown.find((a) => a.reason === null && a.id !== 'reopen' && a.id !== 'decline');
  if (shown.length === 0) return html`<p class="no-actions hint" part="actions">${v.t.noActionsNow(v.status)}</p>`;
  return html`<ul class="actions" part="actions" aria-label=${v.t.actions}>
    ${shown.map(
      (a) => html`<li>
        <button type="button" part="button" class=${a === primary ? 'primary' : ''} data-action=${a.id}
          ?disabled=${a.reason !== null} aria-describedby=${a.reason ? `why-${a.id}` : nothing}
          @click=${() => v.onAction(a)}>${v.label(a)}</button>
        ${a.reason ? html`<span class="reason" id="why-${a.id}">${v.reason(a.reason)}</span>` : nothing}
      </li>`,
    )}
  </ul>`;
}

export interface ActionBarView extends ActionsView {
  /** The quote can be priced (print and CSV need it). */
  readonly priced: boolean;
  /** A new version may be made (not superseded, no unresolved conflict). */
  readonly canVersion: boolean;
  readonly menu: MoreMenu;
  onPrint(): void;
  onCsv(): void;
  onJson(): void;
  onNewVersion(): void;
}

export function renderActionBar(v: ActionBarView) {
  const { t } = v;
  const items: MenuItem[] = [
    { id: 'print-button', label: t.print, icon: iconPrinter(), disabled: !v.priced, run: v.onPrint },
    { id: 'export-csv', label: t.exportCsv, icon: iconDownload(), disabled: !v.priced, run: v.onCsv },
    { id: 'export-json', label: t.exportJson, icon: iconDownload(), run: v.onJson },
    { id: 'new-version', label: t.newVersion, icon: iconFileText(), disabled: !v.canVersion, run: v.onNewVersion },
    ...offeredActions(v.actions)
      .filter((a) => MENU_ACTIONS.includes(a.id))
      .map((a) => ({ id: `action-${a.id}`, label: v.label(a), disabled: a.reason !== null, run: () => v.onAction(a) })),
  ];
  return html`<section class="workflow" aria-labelledby="actions-heading">
    <h3 id="actions-heading" class="visually-hidden">${t.actions}</h3>
    ${renderActions(v)}
    ${v.menu.render(t.moreActions, items)}
  </section>`;
}
