/** The approval panel (levels, reasons, stale approvals, approver decision) and the history. */
import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Approval, ApprovalReason, ApprovalStatus, QuoteTransition, Signer } from '../../core/approvals.js';
import { joinItems } from '../../internal/format.js';
import type { approverState } from './actions.js';
import type { Formatter } from './format.js';
import type { ActionReason, QuoteBuilderStrings } from './quote-builder.strings.js';

export interface ApprovalView {
  readonly t: QuoteBuilderStrings;
  readonly f: Formatter;
  readonly approval: ApprovalStatus | null;
  readonly approvals: readonly Approval[];
  readonly approver: ReturnType<typeof approverState>;
  /** Who may sign each missing level (from the approver directory). */
  readonly signers: ReadonlyMap<string, readonly Signer[]>;
  readonly user: { name: string; role?: string } | undefined;
  readonly comment: string;
  /** Shown when the last edit invalidated an approval. */
  readonly invalidated: boolean;
  lineNumber(lineId: string): number;
  reason(reason: ActionReason): string;
  onComment(text: string): void;
  onApprove(level: string): void;
  onReject(): void;
}

export function levelName(t: QuoteBuilderStrings, level: string): string {
  return t.levels[level] ?? level;
}

function reasonText(v: ApprovalView, r: ApprovalReason): string {
  const { t, f } = v;
  const text =
    r.metric === 'discount'
      ? t.reasonDiscount(f.percent(r.actual), r.threshold)
      : r.actual === null
        ? t.reasonMarginUnknown
        : t.reasonMargin(f.percent(r.actual), r.threshold);
  const lines = joinItems(
    r.lineIds.map((id) => String(v.lineNumber(id))),
    v.f.locale,
  );
  return `${levelName(t, r.level)}${v.f.colon}${text}${lines ? t.reasonLine(lines) : ''}`;
}

/** "(may approve: 孙立, 李娜 → 陈国华)" for a missing level; a delegate points at whom they sign for. */
function signerText(v: ApprovalView, level: string): string {
  const people = v.signers.get(level) ?? [];
  if (people.length === 0) return v.f.paren(v.t.noApprover).trim();
  const names = people.map((s) => (s.onBehalfOf ? `${s.person} → ${s.onBehalfOf}` : s.person));
  return v.f.paren(v.t.mayApprove(joinItems(names, v.f.locale))).trim();
}

export function renderApproval(v: ApprovalView) {
  const { t, f, approval } = v;
  if (!approval) return nothing;
  const granted = new Map(
    v.approvals.filter((a) => a.fingerprint === approval.fingerprint).map((a) => [a.level, a] as const),
  );
  const { level, reason, canReject } = v.approver;
  return html`<section class="approval" part="approval" aria-labelledby="approval-heading">
    <h3 id="approval-heading">${t.approval}</h3>
    ${v.invalidated ? html`<p class="invalidated" part="invalidated" role="alert">${t.invalidated}</p>` : nothing}
    ${
      approval.required.length === 0
        ? html`<p class="no-approval">${t.noApprovalNeeded}</p>`
        : html`<p class="needed">${t.approvalNeeded(approval.required.map((l) => levelName(t, l)).join(' → '))}</p>
            <ol class="levels">
              ${approval.required.map((l) => {
                const a = granted.get(l);
                return html`<li class=${a ? 'granted' : 'missing'} data-level=${l}>
                  ${a ? `✓ ${t.approvedBy(levelName(t, l), a.onBehalfOf ? `${a.by}${f.paren(a.onBehalfOf)}` : a.by, f.dateTime(a.at))}${a.comment ? ` – ${a.comment}` : ''}` : `○ ${levelName(t, l)}${f.colon}${t.missing}`}
                  ${a ? nothing : html`<span class="signers">${signerText(v, l)}</span>`}
                </li>`;
              })}
            </ol>
            <ul class="reasons">${approval.reasons.map((r) => html`<li>${reasonText(v, r)}</li>`)}</ul>`
    }
    ${
      approval.stale.length
        ? html`<ul class="stale" part="stale">${approval.stale.map(
            (a) =>
              html`<li><s>${levelName(t, a.level)}, ${a.by}, ${f.dateTime(a.at)}</s> ${t.staleApproval(levelName(t, a.level), a.by)}</li>`,
          )}</ul>`
        : nothing
    }
    ${
      level || canReject
        ? html`<div class="decision">
            ${v.user && level ? html`<p>${t.actingAs(v.user.name, levelName(t, level))}</p>` : nothing}
            <label for="approver-comment">${t.approverComment}</label>
            <textarea id="approver-comment" maxlength="2000" .value=${live(v.comment)}
              @input=${(e: Event) => v.onComment((e.target as HTMLTextAreaElement).value)}></textarea>
            <div class="buttons">
              ${level ? html`<button type="button" class="approve" part="button" @click=${() => v.onApprove(level)}>${t.approve(levelName(t, level))}</button>` : nothing}
              ${
                canReject
                  ? html`<button type="button" class="reject" part="button" ?disabled=${v.comment.trim() === ''}
                      aria-describedby=${v.comment.trim() === '' ? 'reject-reason' : nothing} @click=${() => v.onReject()}>${t.reject}</button>
                      ${v.comment.trim() === '' ? html`<span id="reject-reason" class="reason">${v.reason({ code: 'comment-required' })}</span>` : nothing}`
                  : nothing
              }
            </div>
            ${reason ? html`<p class="reason">${v.reason(reason)}</p>` : nothing}
          </div>`
        : reason && reason.code !== 'status'
          ? html`<p class="reason approver-reason">${v.reason(reason)}</p>`
          : nothing
    }
  </section>`;
}

export function renderHistory(history: readonly QuoteTransition[], t: QuoteBuilderStrings, f: Formatter) {
  return html`<section class="history" part="history" aria-labelledby="history-heading">
    <h3 id="history-heading">${t.history}</h3>
    <ol>
      ${history.map(
        (h) => html`<li>
          ${t.historyEntry(h.from ? t.statuses[h.from] : undefined, t.statuses[h.to], h.by, f.dateTime(h.at))}${
            h.comment ? html` – <q>${h.comment}</q>` : nothing
          }
        </li>`,
      )}
    </ol>
  </section>`;
}
