import { html, nothing } from 'lit';
import type { BoardMoves, BoardState } from './board-controller.js';
import type { pipelineBoardStrings } from './pipeline-board.strings.js';

type Strings = (typeof pipelineBoardStrings)['en'];

/** The won / lost form: the reason (from the configured list for lost, else free text), its refusal message. */
export function closingForm(
  t: Strings,
  state: Extract<BoardState, { kind: 'closing' }>,
  moves: BoardMoves,
  options: { lost: boolean; reasons: readonly string[]; stage: string },
) {
  const label = options.lost ? t.reasonLost : t.reasonWon;
  const onInput = (e: Event) => moves.setReason((e.target as HTMLInputElement | HTMLSelectElement).value);
  const error = state.refusal ? t.refusal[state.refusal] : undefined;
  const invalid = error ? 'true' : 'false';
  const describedBy = error ? 'reason-error' : nothing;
  return html`<form
    part="panel"
    aria-labelledby="closing-title"
    @submit=${(e: Event) => {
      e.preventDefault();
      moves.confirm();
    }}
    @keydown=${(e: KeyboardEvent) => {
      if (e.key === 'Escape') moves.cancel();
    }}
  >
    <strong id="closing-title">${t.closingTitle(state.base.name, options.stage)}</strong>
    <label
      >${label}
      ${
        options.reasons.length
          ? html`<select data-field="reason" aria-invalid=${invalid} aria-describedby=${describedBy} @change=${onInput}>
              <option value="" ?selected=${state.reason === ''}>${t.noneOption}</option>
              ${options.reasons.map((r) => html`<option value=${r} ?selected=${state.reason === r}>${r}</option>`)}
            </select>`
          : html`<input data-field="reason" .value=${state.reason} aria-invalid=${invalid} aria-describedby=${describedBy} @input=${onInput} />`
      }</label
    >
    <button type="submit" class="primary" data-action="confirm">${t.confirm}</button>
    <button type="button" data-action="cancel" @click=${() => moves.cancel()}>${t.cancel}</button>
    ${error ? html`<p id="reason-error" class="error-text" role="alert">${error}</p>` : nothing}
  </form>`;
}
