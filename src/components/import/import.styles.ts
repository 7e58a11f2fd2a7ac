import { css } from 'lit';

export const importStyles = css`
  [part='options'] {
    display: flex;
    flex-wrap: wrap;
    gap: var(--crm-t-space-2) var(--crm-t-space-4);
    align-items: end;
  }
  label {
    display: inline-flex;
    flex-direction: column;
    gap: var(--crm-t-space-1);
  }
  fieldset {
    border: 1px solid var(--crm-c-border);
    border-radius: var(--crm-t-radius-md);
    margin: var(--crm-t-space-3) 0 0;
  }
  fieldset label {
    flex-direction: row;
    align-items: center;
  }
  .table-wrap {
    overflow-x: auto;
    max-height: 20rem;
  }
  table {
    border-collapse: collapse;
    margin-top: var(--crm-t-space-1);
  }
  th,
  td {
    border-bottom: 1px solid var(--crm-c-border);
    padding: var(--crm-t-space-1) var(--crm-t-space-2);
    text-align: start;
    white-space: nowrap;
  }
  .muted {
    color: var(--crm-c-muted);
  }
  .invalid,
  [part='errors'] td:last-child,
  [part='message'].error {
    color: var(--crm-c-critical);
  }
  select {
    font: inherit;
    min-height: var(--crm-t-control-height);
    border: 1px solid var(--crm-c-border);
    border-radius: var(--crm-t-radius-md);
    background: var(--crm-c-surface);
    color: inherit;
  }
  progress {
    width: min(24rem, 100%);
  }
  button {
    font: inherit;
    min-height: var(--crm-t-control-height);
    padding: 0 var(--crm-t-space-3);
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
  button:focus-visible,
  select:focus-visible,
  input:focus-visible {
    outline: 2px solid var(--crm-c-focus);
    outline-offset: 2px;
  }
  .actions {
    display: flex;
    gap: var(--crm-t-space-2);
    margin-top: var(--crm-t-space-3);
    align-items: center;
  }
  /* An import form has nothing to say on paper. */
  @media print {
    :host {
      display: none !important;
    }
  }
`;
