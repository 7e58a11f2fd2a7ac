import { css } from 'lit';

export const quoteBuilderStyles = css`
  :host {
    display: block;
    font-size: var(--crm-quote-font-size, 0.875rem);
    line-height: 1.45;
    --_accent: var(--crm-quote-accent, var(--crm-c-accent));
    --_border: var(--crm-quote-border, var(--crm-c-border));
    --_muted: var(--crm-quote-muted, var(--crm-c-muted));
    --_danger: var(--crm-c-critical);
  }
  h2 {
    font-size: 1.15em;
    margin: 0;
  }
  h3 {
    font-size: 1em;
    margin: 1em 0 0.5em;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
  .hidden,
  [hidden] {
    display: none !important;
  }
  .hint,
  .reason {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .warn {
    color: var(--crm-c-warning-text);
  }
  .error {
    display: block;
    color: var(--_danger);
    font-size: 0.85em;
  }
  [aria-invalid='true'] {
    border-color: var(--_danger);
    outline: 1px solid var(--_danger);
  }
  input,
  select,
  textarea,
  button {
    font: inherit;
    color: inherit;
  }
  input,
  select,
  textarea {
    border: 1px solid var(--_border);
    border-radius: 3px;
    padding: 0.15em 0.35em;
    background: var(--crm-c-surface);
  }
  :focus-visible {
    outline: 2px solid var(--crm-c-focus);
    outline-offset: 1px;
  }
  button {
    border: 1px solid var(--_accent);
    border-radius: 4px;
    background: var(--crm-c-surface);
    color: var(--_accent);
    padding: 0.2em 0.7em;
    cursor: pointer;
  }
  button:disabled {
    border-color: var(--_border);
    color: var(--_muted);
    cursor: not-allowed;
  }
  .status-line {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.5em 1.25em;
    margin-bottom: 0.5em;
  }
  .save-state,
  .live {
    color: var(--_muted);
  }
  .notice {
    margin: 0.5em 0;
    padding: 0.5em 0.75em;
    border-radius: 4px;
    background: var(--crm-c-warning-bg);
    color: var(--crm-c-warning-text);
  }
  .notice.error {
    color: var(--_danger);
  }
  .notice p {
    margin: 0 0 0.4em;
  }
  .header {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(13em, 1fr));
    gap: 0.5em 1em;
    padding: 0.5em 0;
    border-bottom: 1px solid var(--_border);
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.15em;
  }
  .field .label,
  .field label {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .field.notes {
    grid-column: 1 / -1;
  }
  .alias {
    color: var(--_muted);
  }
  table {
    border-collapse: collapse;
  }
  /* The one declared scroll container of the editor: lines wider than the widget scroll here, not the page. */
  .lines-box {
    overflow-x: auto;
  }
  .lines {
    width: 100%;
  }
  .lines caption {
    text-align: start;
    color: var(--_muted);
  }
  .lines th,
  .lines td {
    border-bottom: 1px solid var(--_border);
    padding: 0.2em 0.3em;
    text-align: start;
    vertical-align: top;
  }
  .lines thead th {
    font-weight: 600;
    white-space: nowrap;
  }
  .num {
    text-align: end !important;
    font-variant-numeric: tabular-nums;
  }
  .lines td input[type='text'] {
    width: 100%;
    min-width: 4em;
  }
  .lines td.item input {
    min-width: 12em;
  }
  .lines td.num input {
    text-align: end;
    max-width: 8em;
  }
  .code {
    display: block;
    color: var(--_muted);
    font-size: 0.85em;
  }
  .suggested {
    display: block;
    color: var(--_muted);
    font-size: 0.85em;
  }
  .excluded td {
    color: var(--_muted);
  }
  .include {
    display: block;
    font-size: 0.85em;
  }
  .row-actions {
    white-space: nowrap;
  }
  .row-actions button {
    padding: 0 0.4em;
  }
  .group-head th {
    background: var(--crm-c-surface-muted);
    font-weight: 600;
  }
  .group-subtotal th,
  .group-subtotal td {
    font-weight: 600;
  }
  .working {
    width: 100%;
    font-size: 0.9em;
  }
  .working th,
  .working td {
    border-bottom: 1px dotted var(--_border);
    padding: 0.1em 0.4em;
    font-weight: normal;
  }
  .bands {
    display: block;
    color: var(--_muted);
  }
  .line-options {
    display: flex;
    gap: 1.5em;
    margin: 0.4em 0;
  }
  .add {
    display: flex;
    flex-wrap: wrap;
    gap: 1em;
    margin-top: 0.75em;
  }
  .picker {
    position: relative;
    display: flex;
    flex-direction: column;
    min-width: 18em;
  }
  .picker ul {
    position: absolute;
    top: 100%;
    z-index: 2;
    max-height: 16em;
    overflow: auto;
    margin: 0;
    padding: 0;
    list-style: none;
    background: var(--crm-c-surface);
    border: 1px solid var(--_border);
    min-width: 100%;
  }
  .picker li {
    padding: 0.25em 0.5em;
    cursor: pointer;
  }
  .picker li[aria-selected='true'] {
    background: var(--_accent);
    color: var(--crm-c-on-accent);
  }
  .picker li[aria-selected='true'] .code {
    color: var(--crm-c-on-accent);
  }
  .picker .code {
    display: inline;
  }
  .picker .price {
    float: inline-end;
    margin-inline-start: 1em;
  }
  .draft-line {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    gap: 0.4em;
    border: 1px solid var(--_border);
    border-radius: 4px;
  }
  .draft-field {
    display: flex;
    flex-direction: column;
  }
  .draft-description input {
    min-width: 14em;
  }
  .draft-quantity input,
  .draft-unit input,
  .draft-unitPrice input {
    width: 7em;
  }
  .summary {
    display: flex;
    flex-wrap: wrap;
    gap: 1.5em;
    align-items: flex-start;
    margin-top: 1em;
  }
  .totals th,
  .totals td {
    padding: 0.15em 0.6em;
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  .totals th {
    font-weight: normal;
    text-align: start;
  }
  .totals .grand th,
  .totals .grand td {
    font-weight: 700;
    color: var(--_accent);
    border-top: 1px solid var(--_border);
  }
  .totals .capitals td {
    text-align: start;
  }
  .approval {
    flex: 1;
    min-width: 16em;
  }
  .approval .invalidated {
    padding: 0.4em 0.6em;
    border-radius: 4px;
    background: var(--crm-c-warning-bg);
    color: var(--_danger);
  }
  .levels,
  .reasons,
  .stale {
    margin: 0.25em 0;
    padding-inline-start: 1.2em;
  }
  .levels .granted {
    color: var(--crm-c-positive);
  }
  .stale {
    color: var(--_danger);
  }
  .decision textarea {
    display: block;
    width: 100%;
    min-height: 3em;
  }
  .decision .buttons {
    display: flex;
    gap: 0.5em;
    margin-top: 0.4em;
    align-items: baseline;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .actions li {
    display: flex;
    flex-direction: column;
    max-width: 16em;
  }
  .outputs {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin-top: 0.75em;
  }
  .history ol {
    margin: 0;
    padding-inline-start: 1.2em;
    color: var(--_muted);
  }

  /* The printed document. */
  .print {
    display: none;
    color: var(--crm-c-text);
    font-size: 10.5pt;
  }
  :host([view='print']) .print {
    display: block;
  }
  .print h2 {
    text-align: center;
    font-size: 16pt;
    margin: 0.5em 0;
  }
  .print dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.1em 1em;
    margin: 0 0 1em;
  }
  .print dd {
    margin: 0;
  }
  .print table {
    width: 100%;
    margin-bottom: 1em;
  }
  .print th,
  .print td {
    border: 1px solid var(--crm-c-muted);
    padding: 0.15em 0.4em;
    text-align: start;
  }
  .print thead {
    display: table-header-group;
  }
  .print tr {
    break-inside: avoid;
  }
  /* A group header stays with the first rows of its group. */
  .print .group-head {
    break-after: avoid;
    page-break-after: avoid;
  }
  .print .group-head th {
    background: var(--crm-c-surface-muted);
  }
  .print-totals,
  .print-tax,
  .print-terms {
    break-inside: avoid;
  }
  .print-totals {
    width: auto !important;
    margin-inline-start: auto;
  }
  .print-totals .grand {
    font-weight: 700;
  }
  @media print {
    .editor {
      display: none !important;
    }
    .print {
      display: block !important;
    }
  }
`;
