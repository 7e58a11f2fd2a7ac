import { css } from 'lit';

export const customerCardStyles = css`
  :host {
    display: block;
    font-size: 0.875rem;
    line-height: 1.5;
  }
  :host([variant='compact']) {
    display: block;
  }
  .card,
  .message,
  .compact {
    background: var(--crm-card-bg, var(--crm-c-surface));
    border: 1px solid var(--crm-card-border, var(--crm-c-border));
    border-radius: var(--crm-card-radius, 8px);
  }
  .card {
    padding: var(--crm-card-padding, 1rem);
    display: grid;
    gap: 0.75rem;
  }
  .message {
    padding: var(--crm-card-padding, 1rem);
  }
  .message.error {
    color: var(--crm-c-critical);
  }
  .message p {
    margin: 0 0 0.5rem;
  }
  .compact {
    display: flex;
    align-items: center;
    gap: 0.6rem;
    padding: 0.35rem 0.75rem;
    white-space: nowrap;
  }
  /* No overflow clipping on the line itself: the badge's explanation pops out of it. */
  .compact .name {
    min-width: 0;
    font-weight: 600;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .compact .owner,
  .muted {
    color: var(--crm-c-muted);
  }
  .warning-count {
    margin-inline-start: auto;
    color: var(--crm-c-muted);
  }
  .warning-count.warn,
  .warn {
    color: var(--crm-c-warning-text);
  }
  .title-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }
  .title {
    font-size: 1.25rem;
    font-weight: 600;
    margin: 0;
  }
  .heading {
    font-size: 1rem;
    font-weight: 600;
    margin: 0 0 0.25rem;
  }
  .subheading {
    font-weight: 600;
    margin: 0.5rem 0 0.15rem;
  }
  .section {
    border-top: 1px solid var(--crm-card-border, var(--crm-c-border));
    padding-top: 0.6rem;
  }
  .fields {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr));
    gap: 0.25rem 1rem;
    margin: 0.25rem 0;
  }
  .field {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.4rem;
    align-items: baseline;
  }
  dt {
    color: var(--crm-c-muted);
  }
  dt::after {
    content: ':';
  }
  dd {
    margin: 0;
  }
  ul {
    margin: 0.25rem 0;
    padding-inline-start: 1.2rem;
  }
  .warnings {
    list-style: none;
    padding: 0.35rem 0.6rem;
    border-radius: 4px;
    background: var(--crm-c-warning-bg);
    color: var(--crm-c-warning-text);
  }
  .accounts {
    list-style: none;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.75rem;
  }
  .contact-name {
    font-weight: 600;
  }
  .notes {
    white-space: pre-wrap;
    margin: 0.25rem 0;
  }
  .flag,
  .risk-high,
  .risk-critical,
  .error {
    color: var(--crm-c-critical);
  }
  .risk {
    font-weight: 600;
  }
  button {
    font: inherit;
    cursor: pointer;
  }
  button:focus-visible,
  input:focus-visible,
  select:focus-visible,
  textarea:focus-visible {
    outline: 2px solid var(--crm-c-focus);
    outline-offset: 2px;
  }
  .edit,
  .link {
    border: none;
    background: none;
    padding: 0 0.2rem;
    color: var(--crm-c-accent);
    text-decoration: underline;
  }
  .action {
    padding: 0.15rem 0.6rem;
    border: 1px solid var(--crm-c-accent);
    border-radius: 4px;
    background: var(--crm-c-accent);
    color: var(--crm-c-on-accent);
  }
  .action.secondary {
    background: transparent;
    color: var(--crm-c-accent);
  }
  .editor {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.35rem;
  }
  .editor textarea {
    width: min(36rem, 100%);
  }
  input,
  select,
  textarea {
    font: inherit;
  }
  [aria-invalid='true'] {
    border: 1px solid var(--crm-c-critical);
  }
  .error {
    flex-basis: 100%;
  }
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  /* Paper: the record, not the controls. */
  @media print {
    button,
    [part~='edit-button'],
    [part~='input'] {
      display: none !important;
    }
    :host {
      break-inside: avoid;
    }
  }
`;
