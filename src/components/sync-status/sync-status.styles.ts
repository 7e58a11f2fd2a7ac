import { css } from 'lit';

export const syncStatusStyles = css`
  [part='summary'] {
    display: flex;
    flex-wrap: wrap;
    gap: var(--crm-t-space-1) var(--crm-t-space-4);
    align-items: center;
  }
  .dot {
    display: inline-block;
    width: 0.6em;
    height: 0.6em;
    border-radius: var(--crm-t-radius-full);
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
    padding: var(--crm-t-space-2) 0;
    border-top: 1px solid var(--crm-c-border);
  }
  table {
    border-collapse: collapse;
    margin: var(--crm-t-space-1) 0;
  }
  th,
  td {
    text-align: start;
    padding: 0.15rem 0.75rem 0.15rem 0;
    vertical-align: top;
  }
  button {
    font: inherit;
    margin-inline-end: var(--crm-t-space-2);
  }
  .muted {
    color: var(--crm-c-muted);
  }
  .detail {
    font-family: var(--crm-font-mono, ui-monospace, monospace);
    font-size: var(--crm-t-text-xs);
    overflow-wrap: anywhere;
  }
  /* Connection state is screen-only. */
  @media print {
    :host {
      display: none !important;
    }
  }
`;
