import { css } from 'lit';

export const syncStatusStyles = css`
  :host {
    display: block;
    font-size: 0.875rem;
    border: 1px solid var(--crm-c-border);
    border-radius: var(--crm-radius, 6px);
    padding: 0.75rem 1rem;
    background: var(--crm-c-surface);
  }
  h2,
  h3 {
    font-size: 1em;
    margin: 0 0 0.5rem;
  }
  h3 {
    margin-top: 0.75rem;
  }
  [part='summary'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    align-items: center;
  }
  .dot {
    display: inline-block;
    width: 0.6em;
    height: 0.6em;
    border-radius: 50%;
    margin-inline-end: 0.35em;
    background: var(--crm-c-positive);
  }
  .dot.offline {
    background: var(--crm-c-critical);
  }
  [part='error'] {
    color: var(--crm-c-critical);
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  li {
    padding: 0.4rem 0;
    border-top: 1px solid var(--crm-c-border);
  }
  table {
    border-collapse: collapse;
    margin: 0.25rem 0;
  }
  th,
  td {
    text-align: start;
    padding: 0.15rem 0.75rem 0.15rem 0;
    vertical-align: top;
  }
  button {
    font: inherit;
    margin-inline-end: 0.5rem;
  }
  .muted {
    color: var(--crm-c-muted);
  }
  .detail {
    font-family: var(--crm-font-mono, ui-monospace, monospace);
    font-size: 0.8em;
    overflow-wrap: anywhere;
  }
  /* Connection state is screen-only. */
  @media print {
    :host {
      display: none !important;
    }
  }
`;
