import { css } from 'lit';
import { visuallyHidden } from './visually-hidden.js';

/** Controls, focus ring, visually hidden text and error text shared by the editing widgets' shadow roots. */
export const formStyles = css`
  button,
  select,
  input,
  textarea {
    font: inherit;
    color: inherit;
    max-width: 100%;
  }
  button {
    background: var(--crm-c-surface);
    border: 1px solid var(--crm-c-border);
    border-radius: var(--crm-t-radius-md);
    min-height: var(--crm-t-control-height);
    padding: 0 var(--crm-t-space-3);
    cursor: pointer;
  }
  input:not([type='checkbox'], [type='radio'], [type='file']),
  select {
    min-height: var(--crm-t-control-height);
    border: 1px solid var(--crm-c-border);
    border-radius: var(--crm-t-radius-md);
    background: var(--crm-c-surface);
    padding: 0 var(--crm-t-space-2);
  }
  button.primary {
    background: var(--crm-c-accent);
    border-color: var(--crm-c-accent);
    color: var(--crm-c-on-accent);
  }
  :focus-visible {
    outline: 2px solid var(--crm-c-focus);
    outline-offset: 2px;
  }
  .sr-only {
    ${visuallyHidden}
  }
  .error-text {
    color: var(--crm-c-critical);
    font-weight: var(--crm-t-weight-strong);
  }
`;
