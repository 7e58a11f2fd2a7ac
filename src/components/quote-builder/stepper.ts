/**
 * The quote's progress as a stepper (draft → pending approval → approved → sent → accepted → ordered, with
 * rejected and expired as branches off the step they left): the states are the core's (quote-statuses.ts),
 * the approval step shows how many of the required levels signed (the approval engine's status).
 */
import { html, nothing } from 'lit';
import type { ApprovalStatus, QuoteStatus, QuoteTransition } from '../../core/approvals.js';
import { QUOTE_STATUSES } from '../../core/quote-statuses.js';
import { iconCheck, iconClose } from '../../internal/icons.js';
import type { QuoteBuilderStrings } from './quote-builder.strings.js';

/** The happy path (the core's statuses in order); `rejected` and `expired` end it early. */
const ENDINGS: readonly QuoteStatus[] = ['rejected', 'expired'];
export const MAIN_PATH: readonly QuoteStatus[] = QUOTE_STATUSES.filter((s) => !ENDINGS.includes(s));

export type StepState = 'done' | 'current' | 'upcoming' | 'skipped' | 'ended';

export interface Step {
  readonly status: QuoteStatus;
  readonly state: StepState;
}

/** The steps to show for a quote in `status` with this history; `approvalNeeded` false skips the approval step. */
export function progressSteps(
  status: QuoteStatus,
  history: readonly QuoteTransition[],
  approvalNeeded: boolean,
): Step[] {
  const at = MAIN_PATH.indexOf(status);
  const approvalIndex = MAIN_PATH.indexOf('pending-approval');
  const stateOf = (i: number, current: number): StepState => {
    if (i === approvalIndex && !approvalNeeded && i !== current) return 'skipped';
    return i < current ? 'done' : i === current ? 'current' : 'upcoming';
  };
  if (at >= 0) return MAIN_PATH.map((s, i) => ({ status: s, state: stateOf(i, at) }));
  // Rejected or expired: the path up to the step it left, then the end.
  const from = history.findLast((h) => h.to === status)?.from;
  const left = Math.max(0, from ? MAIN_PATH.indexOf(from) : 0);
  return [
    ...MAIN_PATH.slice(0, left + 1).map((s, i) => ({ status: s, state: stateOf(i, left + 1) })),
    { status, state: 'ended' as const },
  ];
}

export function renderStepper(
  t: QuoteBuilderStrings,
  status: QuoteStatus,
  history: readonly QuoteTransition[],
  approval: ApprovalStatus | null,
) {
  const required = approval?.required.length ?? 0;
  const steps = progressSteps(status, history, !approval || required > 0);
  return html`<ol class="stepper" part="stepper" aria-label=${t.progress}>
    ${steps.map((step, i) => {
      const label = t.statuses[step.status];
      const detail =
        step.status === 'pending-approval' && approval && required > 0 && step.state !== 'upcoming'
          ? t.approvalsSigned(approval.granted.length, required)
          : step.state === 'skipped'
            ? t.stepSkipped
            : '';
      const current = step.state === 'current' || step.state === 'ended';
      const marker = step.state === 'done' ? iconCheck() : step.state === 'ended' ? iconClose() : html`${i + 1}`;
      return html`<li class="step ${step.state}" data-status=${step.status} aria-current=${current ? 'step' : nothing}
        title=${detail ? `${label} · ${detail}` : label}>
        <span class="marker" aria-hidden="true">${marker}</span>
        <span class="step-text"><span class="step-label">${label}</span>${
          detail ? html`<span class="step-detail">${detail}</span>` : nothing
        }${step.state === 'done' ? html`<span class="visually-hidden">${t.stepDone}</span>` : nothing}</span>
      </li>`;
    })}
  </ol>`;
}
