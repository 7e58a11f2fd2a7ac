import { css } from 'lit';

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
    border-radius: 4px;
    padding: 0.2rem 0.6rem;
    cursor: pointer;
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
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .error-text {
    color: var(--crm-c-critical);
    font-weight: 600;
  }
`;
