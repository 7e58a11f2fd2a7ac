import { css } from 'lit';

export const importStyles = css`
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
  [part='options'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: end;
  }
  label {
    display: inline-flex;
    flex-direction: column;
    gap: 0.2rem;
  }
  fieldset {
    border: 1px solid var(--crm-c-border);
    border-radius: var(--crm-radius, 6px);
    margin: 0.75rem 0 0;
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
    margin-top: 0.25rem;
  }
  th,
  td {
    border-bottom: 1px solid var(--crm-c-border);
    padding: 0.25rem 0.5rem;
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
  progress {
    width: min(24rem, 100%);
  }
  button {
    font: inherit;
    padding: 0.3rem 0.8rem;
    border-radius: var(--crm-radius, 6px);
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
    gap: 0.5rem;
    margin-top: 0.75rem;
    align-items: center;
  }
  /* An import form has nothing to say on paper. */
  @media print {
    :host {
      display: none !important;
    }
  }
`;
