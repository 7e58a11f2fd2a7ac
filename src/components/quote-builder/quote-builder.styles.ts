import { css } from 'lit';
import { visuallyHidden } from '../../internal/visually-hidden.js';

/**
 * A quote reads as a document: title row with the moves possible now, the progress stepper, the header facts,
 * the lines, and beside them (from 90rem of the widget's own width) a totals panel that stays in view while
 * long quotes scroll; narrower, the panel follows the lines and a summary of the grand total sticks to the
 * bottom. Sizes and colours come only from the theme tokens (--crm-t-*, --crm-c-*).
 */
export const quoteBuilderStyles = css`
  :host {
    display: block;
    container: crm-quote / inline-size;
    font-family: var(--crm-t-font);
    font-size: var(--crm-quote-font-size, var(--crm-t-text-md));
    line-height: var(--crm-t-line-height);
    color: var(--crm-c-text);
    /* A quote is a document: it brings its own paper, so its text keeps contrast on any page. */
    background: var(--crm-c-surface);
    padding: var(--crm-t-space-3);
    --_accent: var(--crm-quote-accent, var(--crm-c-accent));
    --_border: var(--crm-quote-border, var(--crm-c-border));
    --_muted: var(--crm-quote-muted, var(--crm-c-muted));
    --_danger: var(--crm-c-critical);
  }
  h2 {
    font-size: var(--crm-t-text-xl);
    font-weight: var(--crm-t-weight-strong);
    margin: 0;
    overflow-wrap: anywhere;
  }
  h3 {
    font-size: var(--crm-t-text-lg);
    font-weight: var(--crm-t-weight-strong);
    margin: var(--crm-t-space-4) 0 var(--crm-t-space-2);
  }
  .visually-hidden {
    ${visuallyHidden}
  }
  .hidden,
  [hidden] {
    display: none !important;
  }
  .hint,
  .reason {
    color: var(--_muted);
    font-size: var(--crm-t-text-sm);
  }
  .warn {
    color: var(--crm-c-warning-text);
  }
  .error {
    display: block;
    color: var(--_danger);
    font-size: var(--crm-t-text-sm);
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
    box-sizing: border-box;
    min-height: var(--crm-t-control-height);
    border: 1px solid var(--_border);
    border-radius: var(--crm-t-radius-sm);
    padding: var(--crm-t-space-1) var(--crm-t-space-2);
    background: var(--crm-c-surface);
    max-width: 100%;
  }
  input[type='checkbox'] {
    min-height: 0;
    accent-color: var(--_accent);
  }
  input[readonly] {
    background: var(--crm-c-surface-muted);
  }
  /* One focus ring on every control, from the one focus token (fields show it on any focus). */
  :focus-visible,
  input:focus,
  select:focus,
  textarea:focus {
    outline: 2px solid var(--crm-c-focus);
    outline-offset: 1px;
  }
  button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--crm-t-space-1);
    box-sizing: border-box;
    min-height: var(--crm-t-control-height);
    border: 1px solid var(--_border);
    border-radius: var(--crm-t-radius-sm);
    background: var(--crm-c-surface);
    color: var(--crm-c-text);
    padding: 0 var(--crm-t-space-3);
    cursor: pointer;
  }
  button:hover:not(:disabled) {
    border-color: var(--_accent);
    color: var(--_accent);
  }
  button.primary {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--crm-c-on-accent);
    font-weight: var(--crm-t-weight-strong);
  }
  button.primary:hover:not(:disabled) {
    color: var(--crm-c-on-accent);
  }
  button:disabled {
    border-color: var(--crm-c-border-muted);
    color: var(--_muted);
    cursor: not-allowed;
  }
  .icon {
    flex: none;
  }

  /* Title row, action bar and stepper. */
  .doc-head {
    display: flex;
    flex-direction: column;
    gap: var(--crm-t-space-3);
    padding-bottom: var(--crm-t-space-3);
    border-bottom: 1px solid var(--_border);
  }
  .title-row {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    justify-content: space-between;
    gap: var(--crm-t-space-3);
  }
  .doc-title {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: var(--crm-t-space-1) var(--crm-t-space-3);
    min-width: 0;
  }
  .status-chip {
    display: inline-block;
    padding: 0 var(--crm-t-space-2);
    border-radius: var(--crm-t-radius-full);
    border: 1px solid currentColor;
    font-size: var(--crm-t-text-sm);
    font-weight: var(--crm-t-weight-strong);
    color: var(--_accent);
  }
  .status-approved .status-chip,
  .status-accepted .status-chip,
  .status-ordered .status-chip {
    color: var(--crm-c-positive);
  }
  .status-pending-approval .status-chip {
    color: var(--crm-c-warning-text);
    background: var(--crm-c-warning-bg);
  }
  .status-rejected .status-chip,
  .status-expired .status-chip {
    color: var(--_danger);
  }
  .save-state,
  .live {
    color: var(--_muted);
    font-size: var(--crm-t-text-sm);
  }
  .live:empty {
    display: none;
  }
  .workflow {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    gap: var(--crm-t-space-2);
    min-width: 0;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--crm-t-space-2);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .actions li {
    display: flex;
    flex-direction: column;
    gap: var(--crm-t-space-1);
    max-width: 22em;
  }
  @container crm-quote (min-width: 40rem) {
    .actions button {
      white-space: nowrap;
    }
  }
  .no-actions {
    margin: 0;
    align-self: center;
  }
  .more-button {
    anchor-name: --crm-quote-more;
  }
  .more-menu {
    position-anchor: --crm-quote-more;
    position-area: block-end span-inline-start;
    position-try-fallbacks: flip-block, flip-inline;
    inset: auto;
    margin: var(--crm-t-space-1) 0;
    padding: var(--crm-t-space-1);
    min-width: 12em;
    border: 1px solid var(--_border);
    border-radius: var(--crm-t-radius-md);
    background: var(--crm-c-surface);
    color: var(--crm-c-text);
    box-shadow: var(--crm-t-elevation-2);
  }
  .more-menu:popover-open {
    display: flex;
    flex-direction: column;
  }
  .menu-item {
    justify-content: flex-start;
    border-color: transparent;
    text-align: start;
  }
  .menu-item:focus-visible {
    background: var(--crm-c-selected);
  }
  .stepper {
    display: flex;
    margin: 0;
    padding: 0;
    list-style: none;
    counter-reset: none;
  }
  .step {
    flex: 1 1 0;
    min-width: 0;
    display: flex;
    align-items: flex-start;
    gap: var(--crm-t-space-2);
    position: relative;
    padding-inline-end: var(--crm-t-space-2);
    color: var(--_muted);
    font-size: var(--crm-t-text-sm);
  }
  /* The connector from one step to the next. */
  .step:not(:last-child)::after {
    content: '';
    flex: 1 1 var(--crm-t-space-4);
    align-self: center;
    min-width: var(--crm-t-space-2);
    border-top: 2px solid var(--crm-c-border-muted);
    margin-top: calc(var(--crm-t-space-1) * -1);
  }
  .step.done:not(:last-child)::after {
    border-top-color: var(--crm-c-positive);
  }
  .marker {
    flex: none;
    display: inline-grid;
    place-items: center;
    width: 1.5rem;
    height: 1.5rem;
    border-radius: var(--crm-t-radius-full);
    border: 2px solid var(--crm-c-border);
    background: var(--crm-c-surface);
    font-size: var(--crm-t-text-xs);
    font-weight: var(--crm-t-weight-strong);
  }
  .step-text {
    display: flex;
    flex-direction: column;
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .step-detail {
    font-size: var(--crm-t-text-xs);
  }
  .step.done {
    color: var(--crm-c-text);
  }
  .step.done .marker {
    border-color: var(--crm-c-positive);
    color: var(--crm-c-positive);
  }
  .step.current {
    color: var(--crm-c-text);
    font-weight: var(--crm-t-weight-strong);
  }
  .step.current .marker {
    border-color: var(--_accent);
    background: var(--_accent);
    color: var(--crm-c-on-accent);
  }
  .step.ended {
    color: var(--_danger);
    font-weight: var(--crm-t-weight-strong);
  }
  .step.ended .marker {
    border-color: var(--_danger);
    color: var(--_danger);
  }
  .step.skipped .marker {
    border-style: dashed;
  }
  /* Narrow: markers only, the current step's label beside them; every label stays a tooltip and is read. */
  @container crm-quote (max-width: 40rem) {
    .step {
      flex: 0 1 auto;
      padding: 0;
    }
    .step:not(:last-child)::after {
      flex-basis: var(--crm-t-space-3);
    }
    .step:not(.current):not(.ended) .step-text {
      ${visuallyHidden}
    }
    .step.current,
    .step.ended {
      flex: 1 1 auto;
    }
  }

  .notice {
    margin: var(--crm-t-space-2) 0;
    padding: var(--crm-t-space-2) var(--crm-t-space-3);
    border-radius: var(--crm-t-radius-sm);
    background: var(--crm-c-warning-bg);
    color: var(--crm-c-warning-text);
  }
  .notice.error {
    color: var(--_danger);
  }
  .notice p {
    margin: 0 0 var(--crm-t-space-1);
  }

  /* The document body: main column and, when wide enough, the totals beside it. */
  .doc-body {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--crm-t-space-4) var(--crm-t-space-5);
    margin-top: var(--crm-t-space-3);
  }
  .doc-main {
    min-width: 0;
  }
  .doc-side {
    display: flex;
    flex-direction: column;
    gap: var(--crm-t-space-4);
    min-width: 0;
  }
  /* Medium: approval and totals side by side under the lines, totals on the right as on paper. */
  @container crm-quote (min-width: 48rem) {
    .doc-side {
      display: grid;
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
      align-items: start;
    }
    .doc-side > :only-child {
      grid-column: 2;
    }
  }
  /* Wide: the totals beside the lines, in view while a long quote scrolls. */
  @container crm-quote (min-width: 90rem) {
    .doc-body {
      grid-template-columns: minmax(0, 1fr) minmax(18rem, 22rem);
    }
    .doc-side {
      display: flex;
      align-items: stretch;
    }
    .totals-panel {
      position: sticky;
      top: var(--crm-t-space-3);
    }
    .bottom-summary {
      display: none !important;
    }
  }
  .totals-panel {
    padding: var(--crm-t-space-3) var(--crm-t-space-4);
    border: 1px solid var(--_border);
    border-radius: var(--crm-t-radius-md);
    background: var(--crm-c-surface);
    box-shadow: var(--crm-t-elevation-1);
  }
  /* Focus scrolls a control into view above the bottom summary, not under it. */
  .editor :is(input, select, textarea, button) {
    scroll-margin-block-end: 5rem;
  }
  .bottom-summary {
    position: sticky;
    bottom: 0;
    z-index: 1;
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: var(--crm-t-space-2);
    margin-top: var(--crm-t-space-3);
    padding: var(--crm-t-space-2) var(--crm-t-space-3);
    border-top: 2px solid var(--_accent);
    background: var(--crm-c-surface);
    box-shadow: var(--crm-t-elevation-2);
    font-variant-numeric: tabular-nums;
  }
  .bottom-summary .sub,
  .bottom-summary strong {
    white-space: nowrap;
  }
  .bottom-summary .sub {
    color: var(--_muted);
    font-size: var(--crm-t-text-sm);
  }
  .bottom-summary .grand {
    margin-inline-start: auto;
  }
  .bottom-summary strong {
    color: var(--_accent);
    font-size: var(--crm-t-text-lg);
  }
  @container crm-quote (max-width: 30rem) {
    .bottom-summary .sub {
      display: none;
    }
  }

  /* Header: the customer, the quote's facts, its editable terms. */
  .header {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 10rem), 1fr));
    gap: var(--crm-t-space-3) var(--crm-t-space-4);
    padding: var(--crm-t-space-2) 0 var(--crm-t-space-3);
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: var(--crm-t-space-1);
    min-width: 0;
  }
  .field .label,
  .field label,
  .facts dt {
    color: var(--_muted);
    font-size: var(--crm-t-text-sm);
  }
  .field.customer {
    grid-column: 1 / -1;
  }
  .customer-name {
    font-size: var(--crm-t-text-lg);
    overflow-wrap: anywhere;
  }
  .facts {
    display: contents;
  }
  .fact {
    display: flex;
    flex-direction: column;
    gap: var(--crm-t-space-1);
    min-width: 0;
  }
  .facts dd {
    margin: 0;
    min-height: var(--crm-t-control-height);
    display: flex;
    align-items: center;
    overflow-wrap: anywhere;
  }
  .field.notes {
    grid-column: 1 / -1;
  }
  .field textarea {
    min-height: 3.5em;
  }
  .alias {
    color: var(--_muted);
    font-size: var(--crm-t-text-md);
  }

  /* Lines. */
  table {
    border-collapse: collapse;
  }
  /* The one declared scroll container of the editor: lines wider than the widget scroll here, not the page. */
  .lines-box {
    overflow-x: auto;
    border: 1px solid var(--crm-c-border-muted);
    border-radius: var(--crm-t-radius-md);
  }
  .lines {
    width: 100%;
  }
  .lines caption {
    text-align: start;
    color: var(--_muted);
    font-size: var(--crm-t-text-sm);
    padding: var(--crm-t-space-1) var(--crm-t-space-2);
  }
  .lines th,
  .lines td {
    border-bottom: 1px solid var(--crm-c-border-muted);
    padding: var(--crm-t-space-1) var(--crm-t-space-2);
    text-align: start;
    vertical-align: top;
  }
  .lines thead th {
    background: var(--crm-c-surface-muted);
    color: var(--_muted);
    font-size: var(--crm-t-text-sm);
    font-weight: var(--crm-t-weight-strong);
    white-space: nowrap;
  }
  /* Narrow: the lines scroll sideways, with the line number and item kept in view at the start. */
  @container crm-quote (max-width: 48rem) {
    .line > td:nth-child(-n + 2),
    .lines thead th:nth-child(-n + 2) {
      position: sticky;
      z-index: 1;
      background: var(--crm-c-surface);
    }
    .lines thead th:nth-child(-n + 2) {
      background: var(--crm-c-surface-muted);
    }
    .line > td:first-child,
    .lines thead th:first-child {
      inset-inline-start: 0;
      box-sizing: border-box;
      width: 2.5rem;
      min-width: 2.5rem;
    }
    .line > td:nth-child(2),
    .lines thead th:nth-child(2) {
      inset-inline-start: 2.5rem;
      box-shadow: 1px 0 0 var(--crm-c-border-muted);
    }
    /*
     * The item column has a known width (its input's 10em and padding fit), so the lines' scroller can keep
     * what it scrolls to (focus, scrollIntoView) clear of the two sticky columns instead of under them.
     */
    .line > td.item {
      box-sizing: border-box;
      width: 12em;
      min-width: 12em;
    }
    .line > td.item .code {
      overflow-wrap: anywhere;
    }
    .lines-box {
      scroll-padding-inline-start: calc(2.5rem + 12em);
    }
    /* Group headings and subtotals span the row: their text stays at the start while the row scrolls. */
    .pin {
      position: sticky;
      inset-inline-start: var(--crm-t-space-2);
    }
  }
  .num {
    text-align: end !important;
    font-variant-numeric: tabular-nums;
  }
  .amount {
    font-weight: var(--crm-t-weight-strong);
  }
  .lines td input[type='text'] {
    width: 100%;
    min-width: 4em;
  }
  .lines td.item input {
    min-width: 10em;
  }
  .lines td.num input {
    text-align: end;
    width: 5.5em;
    min-width: 0;
  }
  .code {
    display: block;
    color: var(--_muted);
    font-size: var(--crm-t-text-xs);
  }
  .suggested {
    display: block;
    color: var(--_muted);
    font-size: var(--crm-t-text-xs);
  }
  .excluded td {
    color: var(--_muted);
  }
  .include {
    display: flex;
    gap: var(--crm-t-space-1);
    justify-content: flex-end;
    font-size: var(--crm-t-text-xs);
  }
  .row-actions {
    white-space: nowrap;
  }
  .row-actions button {
    min-width: var(--crm-t-control-height);
    padding: 0 var(--crm-t-space-1);
    border-color: transparent;
  }
  .group-head th {
    background: var(--crm-c-surface-muted);
    font-weight: var(--crm-t-weight-strong);
  }
  .group-subtotal th,
  .group-subtotal td {
    font-weight: var(--crm-t-weight-strong);
  }
  .working {
    width: 100%;
    font-size: var(--crm-t-text-sm);
  }
  .working th,
  .working td {
    border-bottom: 1px dotted var(--_border);
    padding: var(--crm-t-space-1) var(--crm-t-space-2);
    font-weight: normal;
  }
  .bands {
    display: block;
    color: var(--_muted);
  }
  .line-options {
    display: flex;
    flex-wrap: wrap;
    gap: var(--crm-t-space-2) var(--crm-t-space-5);
    margin: var(--crm-t-space-2) 0;
  }
  .add {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--crm-t-space-3);
    margin-top: var(--crm-t-space-3);
  }
  .picker {
    position: relative;
    display: flex;
    flex-direction: column;
    gap: var(--crm-t-space-1);
    min-width: 0;
  }
  .picker input {
    width: 100%;
  }
  .picker ul {
    position: absolute;
    top: calc(var(--crm-t-control-height) + 1.6em);
    inset-inline: 0;
    z-index: 2;
    max-height: 16em;
    overflow: auto;
    margin: 0;
    padding: 0;
    list-style: none;
    background: var(--crm-c-surface);
    border: 1px solid var(--_border);
    border-radius: var(--crm-t-radius-sm);
    box-shadow: var(--crm-t-elevation-2);
  }
  .picker li {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--crm-t-space-2);
    padding: var(--crm-t-space-1) var(--crm-t-space-2);
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
    margin-inline-start: auto;
    font-variant-numeric: tabular-nums;
  }
  .draft-line {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 7.5rem), 1fr));
    align-items: end;
    gap: var(--crm-t-space-2);
    margin: 0;
    padding: var(--crm-t-space-2) var(--crm-t-space-3) var(--crm-t-space-3);
    border: 1px solid var(--crm-c-border-muted);
    border-radius: var(--crm-t-radius-md);
  }
  .draft-line legend {
    padding: 0 var(--crm-t-space-1);
    font-weight: var(--crm-t-weight-strong);
  }
  .draft-field {
    display: flex;
    flex-direction: column;
    gap: var(--crm-t-space-1);
    min-width: 0;
  }
  .draft-field label {
    color: var(--_muted);
    font-size: var(--crm-t-text-sm);
  }
  .draft-field input,
  .draft-field select {
    width: 100%;
  }
  .draft-description {
    grid-column: 1 / -1;
  }
  @container crm-quote (min-width: 36rem) {
    .draft-description {
      grid-column: span 2;
    }
  }

  /* Totals and approval. */
  .totals {
    width: 100%;
  }
  .totals th,
  .totals td {
    padding: var(--crm-t-space-1) 0;
    text-align: end;
    font-variant-numeric: tabular-nums;
    vertical-align: baseline;
  }
  /* Amounts never break inside a number; their labels wrap. */
  .totals td {
    padding-inline-start: var(--crm-t-space-3);
    white-space: nowrap;
  }
  .totals .capitals td,
  .totals .margin td {
    white-space: normal;
  }
  .totals th {
    font-weight: normal;
    text-align: start;
    color: var(--_muted);
  }
  .totals .net th,
  .totals .net td {
    border-top: 1px solid var(--crm-c-border-muted);
  }
  .totals .grand th,
  .totals .grand td {
    padding-top: var(--crm-t-space-2);
    font-weight: var(--crm-t-weight-strong);
    font-size: var(--crm-t-text-lg);
    color: var(--_accent);
    border-top: 2px solid var(--_border);
  }
  .totals .capitals td,
  .totals .margin td {
    font-size: var(--crm-t-text-sm);
  }
  .approval {
    min-width: 0;
    padding: var(--crm-t-space-3) var(--crm-t-space-4);
    border: 1px solid var(--crm-c-border-muted);
    border-radius: var(--crm-t-radius-md);
  }
  .approval h3 {
    margin-top: 0;
  }
  .approval .invalidated {
    padding: var(--crm-t-space-2) var(--crm-t-space-3);
    border-radius: var(--crm-t-radius-sm);
    background: var(--crm-c-warning-bg);
    color: var(--_danger);
  }
  .levels,
  .reasons,
  .stale {
    margin: var(--crm-t-space-1) 0;
    padding-inline-start: var(--crm-t-space-4);
  }
  .levels .granted {
    color: var(--crm-c-positive);
  }
  .signers {
    display: block;
    color: var(--_muted);
    font-size: var(--crm-t-text-sm);
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
    flex-wrap: wrap;
    gap: var(--crm-t-space-2);
    margin-top: var(--crm-t-space-2);
    align-items: baseline;
  }
  .history ol {
    margin: 0;
    padding-inline-start: var(--crm-t-space-4);
    color: var(--_muted);
    font-size: var(--crm-t-text-sm);
  }

  /* The printed document: paper sizes in points, colours from the light scheme (theme.ts forces it in print). */
  .print {
    display: none;
    /* Collapsed table borders lie half outside their table: keep the right one on the page. */
    padding-inline: 1pt;
    color: var(--crm-c-text);
    font-size: 10.5pt;
    line-height: 1.35;
  }
  /* The preview on screen is as wide as a sheet of paper. */
  :host([view='print']) .print {
    display: block;
    max-width: 50rem;
    margin-inline: auto;
  }
  .print h2 {
    text-align: center;
    font-size: 16pt;
    letter-spacing: 0.05em;
    margin: 0.5em 0 0.75em;
  }
  .print dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.15em 1em;
    margin: 0 0 1em;
  }
  .print dt {
    color: var(--crm-c-muted);
  }
  .print dd {
    margin: 0;
  }
  .print table {
    width: 100%;
    margin-bottom: 1em;
  }
  /* Nine columns on a portrait page: amounts stay on one line, the description takes what is left. */
  .print-lines {
    font-size: 9pt;
  }
  .print-lines td.num {
    white-space: nowrap;
  }
  .print caption {
    text-align: start;
    font-weight: var(--crm-t-weight-strong);
    padding-bottom: 0.25em;
  }
  .print th,
  .print td {
    border: 1px solid var(--crm-c-border);
    padding: 0.2em 0.4em;
    text-align: start;
    vertical-align: top;
  }
  .print thead th {
    background: var(--crm-c-surface-muted);
    font-weight: var(--crm-t-weight-strong);
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
    min-width: 50%;
    margin-inline-start: auto;
  }
  .print-totals .grand {
    font-weight: 700;
    font-size: 12pt;
  }
  .print-terms h3 {
    font-size: 11pt;
  }
  @media print {
    :host {
      padding: 0;
      background: none;
    }
    .editor {
      display: none !important;
    }
    .print {
      display: block !important;
    }
  }
`;
