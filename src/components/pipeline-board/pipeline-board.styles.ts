import { css } from 'lit';

export const pipelineBoardStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    font-size: var(--crm-board-font-size, 0.875rem);
    line-height: 1.4;
    --muted: var(--crm-c-muted);
    --line: var(--crm-c-border);
    --accent: var(--crm-c-accent);
    --danger: var(--crm-c-critical);
  }
  [part~='base'] {
    display: grid;
    gap: 0.75rem;
    min-width: 0;
  }
  [part='header'] {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: center;
    gap: 0.5rem;
  }
  .title {
    font-weight: 600;
    font-size: 1.0625em;
  }
  [part='columns'] {
    display: grid;
    grid-auto-flow: column;
    grid-auto-columns: minmax(var(--crm-board-column-width, 15rem), 1fr);
    gap: 0.5rem;
    overflow-x: auto;
    align-items: start;
  }
  [part~='column'] {
    border: 1px solid var(--line);
    border-radius: 6px;
    background: var(--crm-board-column-bg, var(--crm-c-surface-muted));
    padding: 0.5rem;
    min-width: 0;
  }
  [part~='column'].target {
    outline: 3px dashed var(--accent);
    outline-offset: -3px;
  }
  .column-title {
    font-weight: 600;
  }
  [part='totals'] {
    color: var(--muted);
    margin: 0.125rem 0 0.5rem;
    font-size: 0.9em;
    overflow-wrap: anywhere;
  }
  [part='cards'] {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.375rem;
  }
  [part~='card'] {
    background: var(--crm-board-card-bg, var(--crm-c-surface));
    border: 1px solid var(--line);
    border-radius: 4px;
    padding: 0.375rem 0.5rem;
    cursor: grab;
    overflow-wrap: anywhere;
  }
  [part~='card'].selected {
    border-color: var(--accent);
    box-shadow: 0 0 0 1px var(--accent);
  }
  [part~='card'].picked {
    box-shadow: 0 0 0 3px var(--accent);
  }
  .deal-name {
    font-weight: 600;
  }
  .facts {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.75rem;
    margin: 0.25rem 0 0;
    color: var(--muted);
  }
  .facts div {
    display: flex;
    gap: 0.25rem;
  }
  .facts dd {
    margin: 0;
    color: var(--crm-c-text);
  }
  .overdue {
    color: var(--danger);
    font-weight: 600;
  }
  [part~='panel'] {
    border: 1px solid var(--line);
    border-radius: 6px;
    padding: 0.5rem;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }
  .error-text {
    flex-basis: 100%;
  }
  [part~='conflict'],
  [part~='error'] {
    border-color: var(--danger);
    color: var(--danger);
  }
  label {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem;
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
