import { css } from 'lit';

export const pipelineBoardStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    font-size: var(--crm-board-font-size, var(--crm-t-text-md));
    line-height: var(--crm-t-line-height);
  }
  [part~='base'] {
    display: grid;
    gap: var(--crm-t-space-3);
    min-width: 0;
  }
  [part='header'] {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: center;
    gap: var(--crm-t-space-2);
  }
  .title {
    font-weight: var(--crm-t-weight-strong);
    font-size: var(--crm-t-text-lg);
  }
  [part='columns'] {
    display: grid;
    grid-auto-flow: column;
    grid-auto-columns: minmax(var(--crm-board-column-width, 13rem), 1fr);
    gap: var(--crm-t-space-2);
    overflow-x: auto;
    align-items: start;
  }
  /* Each column is topped by a bar in its stage's colour: open stages accent, won positive, lost critical. */
  [part~='column'] {
    border: 1px solid var(--crm-c-border-muted);
    border-block-start: 3px solid var(--crm-c-accent);
    border-radius: var(--crm-t-radius-md);
    background: var(--crm-board-column-bg, var(--crm-c-surface-muted));
    padding: var(--crm-t-space-2);
    min-width: 0;
  }
  [part~='column'].kind-won {
    border-block-start-color: var(--crm-c-positive);
  }
  [part~='column'].kind-lost {
    border-block-start-color: var(--crm-c-critical);
  }
  [part~='column'].target {
    outline: 3px dashed var(--crm-c-accent);
    outline-offset: -3px;
  }
  .column-head {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: var(--crm-t-space-2);
  }
  .column-title {
    font-weight: var(--crm-t-weight-strong);
  }
  .count {
    padding-inline: var(--crm-t-space-2);
    border-radius: var(--crm-t-radius-full);
    background: var(--crm-c-surface);
    border: 1px solid var(--crm-c-border-muted);
    color: var(--crm-c-muted);
    font-size: var(--crm-t-text-xs);
    font-weight: normal;
  }
  [part='totals'] {
    color: var(--crm-c-muted);
    margin: var(--crm-t-space-1) 0 var(--crm-t-space-2);
    font-size: var(--crm-t-text-sm);
    font-variant-numeric: tabular-nums;
    overflow-wrap: anywhere;
  }
  [part='cards'] {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--crm-t-space-2);
  }
  [part~='card'] {
    background: var(--crm-board-card-bg, var(--crm-c-surface));
    border: 1px solid var(--crm-c-border-muted);
    border-radius: var(--crm-t-radius-md);
    box-shadow: var(--crm-t-elevation-1);
    padding: var(--crm-t-space-2) var(--crm-t-space-3);
    cursor: grab;
    overflow-wrap: anywhere;
  }
  [part~='card']:focus-visible {
    outline: 2px solid var(--crm-c-focus);
    outline-offset: 2px;
  }
  [part~='card'].selected {
    border-color: var(--crm-c-accent);
    box-shadow: 0 0 0 1px var(--crm-c-accent);
  }
  [part~='card'].picked {
    box-shadow: 0 0 0 3px var(--crm-c-accent);
  }
  .deal-name {
    font-weight: var(--crm-t-weight-strong);
  }
  .customer {
    color: var(--crm-c-muted);
    font-size: var(--crm-t-text-sm);
  }
  .amount {
    margin-block-start: var(--crm-t-space-1);
    font-size: var(--crm-t-text-lg);
    font-weight: var(--crm-t-weight-strong);
    font-variant-numeric: tabular-nums;
  }
  /* Facts as a two-column description list: terms aligned, values never split from their term. */
  .facts {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr);
    gap: 0 var(--crm-t-space-2);
    margin: var(--crm-t-space-1) 0 0;
    color: var(--crm-c-muted);
    font-size: var(--crm-t-text-sm);
  }
  .facts div {
    display: contents;
  }
  .facts dd {
    margin: 0;
    color: var(--crm-c-text);
  }
  .overdue {
    color: var(--crm-c-critical);
    font-weight: var(--crm-t-weight-strong);
  }
  [part~='panel'] {
    border: 1px solid var(--crm-c-border);
    border-radius: var(--crm-t-radius-md);
    padding: var(--crm-t-space-2) var(--crm-t-space-3);
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--crm-t-space-2);
  }
  [part~='path'] {
    flex-basis: 100%;
  }
  .error-text {
    flex-basis: 100%;
  }
  [part~='conflict'],
  [part~='error'] {
    border-color: var(--crm-c-critical);
    color: var(--crm-c-critical);
  }
  label {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--crm-t-space-1);
  }
  @container (max-width: 600px) {
    [part='columns'] {
      grid-auto-flow: row;
      grid-auto-columns: auto;
      overflow-x: visible;
    }
  }
  /* Paper: columns wrap onto the page width instead of scrolling; no buttons. */
  @media print {
    button,
    [part='announcer'] {
      display: none !important;
    }
    [part='columns'] {
      grid-auto-flow: row;
      grid-template-columns: repeat(auto-fill, minmax(12rem, 1fr));
      overflow: visible;
    }
    [part~='card'] {
      break-inside: avoid;
    }
  }
`;
