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
    background: var(--crm-color-surface, #fff);
    border: 1px solid var(--crm-color-border, #d0d7de);
    border-radius: 4px;
    padding: 0.2rem 0.6rem;
    cursor: pointer;
  }
  button.primary {
    background: var(--crm-color-accent, #1d4f91);
    border-color: var(--crm-color-accent, #1d4f91);
    color: #fff;
  }
  :focus-visible {
    outline: 2px solid var(--crm-focus-ring, #1d4f91);
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
    color: var(--crm-color-danger, #b42318);
    font-weight: 600;
  }
`;
