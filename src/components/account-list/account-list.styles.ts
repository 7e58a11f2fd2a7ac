import { css } from 'lit';
import { visuallyHidden } from '../../internal/visually-hidden.js';

export const accountListStyles = css`
  :host {
    display: flex;
    flex-direction: column;
    font-size: var(--crm-t-text-md);
    border: 1px solid var(--crm-c-border);
    border-radius: var(--crm-t-radius-md);
    background: var(--crm-c-surface);
    height: var(--crm-account-list-height, 32rem);
    min-height: 12rem;
  }
  h2 {
    font-size: 1em;
    margin: 0;
  }
  [part='toolbar'] {
    display: flex;
    flex-wrap: wrap;
    gap: var(--crm-t-space-2) var(--crm-t-space-3);
    align-items: end;
    padding: var(--crm-t-space-2) var(--crm-t-space-3);
    border-bottom: 1px solid var(--crm-c-border);
  }
  label {
    display: inline-flex;
    flex-direction: column;
    gap: 0.15rem;
  }
  label.inline {
    flex-direction: row;
    align-items: center;
    gap: 0.3rem;
  }
  input[type='search'] {
    min-width: 16rem;
  }
  input,
  select,
  button {
    font: inherit;
  }
  button {
    padding: var(--crm-t-space-1) 0.7rem;
    border-radius: var(--crm-t-radius-md);
    border: 1px solid var(--crm-c-border);
    background: var(--crm-c-surface);
    color: inherit;
    cursor: pointer;
  }
  button.primary {
    background: var(--crm-c-accent);
    border-color: var(--crm-c-accent);
    color: var(--crm-c-on-accent);
  }
  details {
    position: relative;
  }
  /* The column chooser opens as a full-width row of the toolbar, not a floating panel: at any width and
     wherever the toolbar wrapped it, it stays inside the widget. */
  details[open] {
    flex-basis: 100%;
    min-width: 0;
  }
  details > div {
    margin-top: var(--crm-t-space-2);
    padding: var(--crm-t-space-2);
    border: 1px solid var(--crm-c-border);
    border-radius: var(--crm-t-radius-md);
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(8rem, 100%), 1fr));
    gap: var(--crm-t-space-1) var(--crm-t-space-3);
  }
  summary {
    cursor: pointer;
  }
  [part='status'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--crm-t-space-4);
    padding: var(--crm-t-space-1) var(--crm-t-space-3);
    color: var(--crm-c-muted);
  }
  /* Totals being summed for the rows just shown: a placeholder, never the previous figures. */
  [part='totals'].pending {
    font-style: italic;
  }
  /* The grid is the scroller (and the focus target), so keyboard users can scroll it; the header sticks. */
  [part='grid'] {
    flex: 1;
    min-height: 0;
    overflow: auto;
  }
  .head {
    position: sticky;
    top: 0;
    z-index: 1;
    background: var(--crm-c-surface);
  }
  [part='grid']:focus-visible,
  button:focus-visible,
  input:focus-visible,
  select:focus-visible,
  summary:focus-visible {
    outline: 2px solid var(--crm-c-focus);
    outline-offset: -2px;
  }
  /* Equal columns, the name twice as wide: no per-instance inline widths (strict CSP). */
  .row {
    display: grid;
    grid-auto-flow: column;
    grid-auto-columns: minmax(0, 1fr);
    align-items: center;
    width: 100%;
    min-height: var(--crm-account-list-row-height, 2.25rem);
    border-bottom: 1px solid var(--crm-c-border-muted);
    cursor: default;
  }
  .row > .name {
    grid-column: span 2;
  }
  .row > * {
    padding: 0 var(--crm-t-space-2);
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  [part~='header-row'] {
    font-weight: var(--crm-t-weight-strong);
    border-bottom: 1px solid var(--crm-c-border);
  }
  [part~='row'][aria-selected='true'] {
    background: var(--crm-c-selected);
  }
  [part~='row'].active {
    box-shadow: inset 3px 0 0 var(--crm-c-accent);
  }
  .level-2 .name { padding-inline-start: 1.75rem; }
  .level-3 .name { padding-inline-start: 3rem; }
  .level-4 .name { padding-inline-start: 4.25rem; }
  .level-5 .name { padding-inline-start: 5.5rem; }
  .toggle {
    border: none;
    background: none;
    padding: 0 var(--crm-t-space-1);
  }
  .spacer {
    display: inline-block;
    width: 1.5rem;
  }
  .risk-high,
  .risk-critical,
  .warn {
    color: var(--crm-c-critical);
  }
  [part='message'] {
    padding: var(--crm-t-space-4) var(--crm-t-space-3);
  }
  [part='message'].error {
    color: var(--crm-c-critical);
  }
  .visually-hidden {
    ${visuallyHidden}
  }
  :host([variant='compact']) {
    font-size: var(--crm-t-text-sm);
    --crm-account-list-row-height: 1.75rem;
  }
  dialog {
    border: 1px solid var(--crm-c-border);
    border-radius: var(--crm-t-radius-md);
    padding: 0;
    max-width: min(40rem, 95vw);
  }
  /* Paper: every row in document flow (see printing in account-list.ts), no search bar, no fixed height. A
     scroll container cannot break across pages: Chromium moved the whole grid to page 2 and left page 1 blank. */
  @media print {
    :host {
      display: block;
      height: auto;
      min-height: 0;
      border: 0;
    }
    [part='toolbar'],
    [part='message'] button {
      display: none;
    }
    [part='grid'] {
      overflow: visible;
    }
    .head {
      position: static;
    }
    /* Whole values on paper: text cells wrap instead of ending in an ellipsis; amounts get a double column and
       stay on one line (an amount broken across lines misreads). */
    :host {
      font-size: var(--crm-t-text-xs);
    }
    .row > * {
      white-space: normal;
      overflow: visible;
      overflow-wrap: break-word;
      text-overflow: clip;
    }
    .row > .alias {
      grid-column: span 2;
    }
    .row > .revenue,
    .row > .pipeline {
      grid-column: span 2;
      white-space: nowrap;
      text-align: end;
    }
    .row {
      break-inside: avoid;
    }
  }
`;
