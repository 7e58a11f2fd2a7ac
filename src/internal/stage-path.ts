import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { CrmElement } from './crm-element.js';
import { formStyles } from './form-styles.js';
import { paren } from './format.js';
import { iconCheck, iconClose } from './icons.js';
import type { Translations } from './localize.js';
import { stagePathStyles } from './stage-path.styles.js';

/** One step of the path: a stage id, its label in the page's language, and whether it is open, won or lost. */
export interface PathStage {
  readonly id: string;
  readonly label: string;
  readonly kind: 'open' | 'won' | 'lost';
}

type StepState = 'complete' | 'current' | 'upcoming' | 'won' | 'lost';

// Few terms, so they live here; zh-TW/zh-HK were converted with the same OpenCC settings as scripts/zh-hant.mjs.
const strings: Translations<{
  label: string;
  complete: string;
  stepOf: (step: string, total: string) => string;
}> = {
  en: {
    label: 'Opportunity stage',
    complete: 'completed',
    stepOf: (step, total) => `Step ${step} of ${total}`,
  },
  'zh-CN': {
    label: '商机阶段',
    complete: '已完成',
    stepOf: (step, total) => `第 ${step} 步，共 ${total} 步`,
  },
  'zh-TW': {
    label: '商機階段',
    complete: '已完成',
    stepOf: (step, total) => `第 ${step} 步，共 ${total} 步`,
  },
  'zh-HK': {
    label: '商機階段',
    complete: '已完成',
    stepOf: (step, total) => `第 ${step} 步，共 ${total} 步`,
  },
};

/**
 * The steps as drawn: the open stages in order, then one closing step (the won stage, or the lost stage when
 * the deal is lost). Stages before the current one are complete; for a lost deal, the open stages it reached.
 * Pure, so the board and the card can reason about the same steps.
 */
export function pathSteps(
  stages: readonly PathStage[],
  current: string | undefined,
  reached: readonly string[] = [],
): { stage: PathStage; state: StepState }[] {
  const open = stages.filter((s) => s.kind === 'open');
  const at = stages.find((s) => s.id === current);
  const closing = at?.kind === 'lost' ? at : stages.find((s) => s.kind === 'won');
  const steps = closing ? [...open, closing] : open;
  const index = steps.findIndex((s) => s.id === current);
  return steps.map((stage, i) => {
    let state: StepState;
    if (at?.kind === 'lost') state = stage === at ? 'lost' : reached.includes(stage.id) ? 'complete' : 'upcoming';
    else if (i === index) state = stage.kind === 'won' ? 'won' : 'current';
    else state = index >= 0 && i < index ? 'complete' : 'upcoming';
    return { stage, state };
  });
}

declare global {
  interface HTMLElementTagNameMap {
    'crm-stage-path': CrmStagePath;
  }
}

/**
 * @tag crm-stage-path
 * @summary Where an opportunity stands: its stages as a row of chevrons (open stages, then won or lost), the
 * current one highlighted, earlier ones ticked off; a lost deal ends on a lost step. Read-only: a list of
 * steps (`<ol>`) with `aria-current="step"` on the current one. Below about 28rem of its own width the
 * chevrons become a segmented bar with the current stage named in full underneath (no label is cut).
 *
 * @csspart base - The ordered list of steps.
 * @csspart step - One step; also `complete`, `current`, `upcoming`, `won` or `lost`.
 * @csspart caption - The line naming the current stage and step (shown when narrow).
 *
 * @cssprop --crm-color-accent - The current step (default: the accent token).
 * @cssprop --crm-color-positive - Completed steps and won (default: the positive token).
 * @cssprop --crm-color-critical - The lost step (default: the critical token).
 * @cssprop --crm-color-border-muted - Upcoming steps.
 */
export class CrmStagePath extends CrmElement {
  // formStyles for its visually hidden text (.sr-only), shared with the other widgets.
  static override styles = [CrmElement.styles, formStyles, stagePathStyles];

  /** The stages in order, each `{ id, label, kind }` with its label already in the page's language. */
  @property({ attribute: false }) stages: readonly PathStage[] = [];

  /** The id of the stage the opportunity is in. */
  @property() current?: string;

  /** For a lost deal: ids of the open stages it passed (from its stage history), shown as completed. */
  @property({ attribute: false }) reached: readonly string[] = [];

  /** Accessible name of the list (default "Opportunity stage" / "商机阶段"). */
  @property() label?: string;

  protected override render() {
    const t = this.localize.strings(strings);
    const steps = pathSteps(this.stages, this.current, this.reached);
    if (!steps.length) return nothing;
    const at = steps.findIndex((s) => s.state === 'current' || s.state === 'won' || s.state === 'lost');
    const n = (value: number) => this.localize.number(value);
    return html`<div class="box">
      <ol part="base" aria-label=${this.label || t.label}>
        ${steps.map(({ stage, state }, i) => {
          const icon = state === 'complete' || state === 'won' ? iconCheck() : state === 'lost' ? iconClose() : nothing;
          return html`<li part="step ${state}" aria-current=${i === at ? 'step' : nothing} title=${stage.label}>
            ${icon}<span class="label">${stage.label}</span>${
              state === 'complete'
                ? html`<span class="sr-only">${paren(t.complete, this.localize.locale)}</span>`
                : nothing
            }
          </li>`;
        })}
      </ol>
      ${
        at >= 0
          ? html`<p part="caption" aria-hidden="true">
              <strong>${steps[at]!.stage.label}</strong> · ${t.stepOf(n(at + 1), n(steps.length))}
            </p>`
          : nothing
      }
    </div>`;
  }
}

CrmStagePath.define('crm-stage-path');
