import { css } from 'lit';

/** Scoped to the element: it renders into the card's shadow root (no shadow root of its own). */
export const contactsEditorStyles = css`
  crm-contacts-editor {
    display: block;
  }
  crm-contacts-editor button,
  crm-contacts-editor input,
  crm-contacts-editor select,
  crm-contacts-editor textarea {
    font: inherit;
    color: inherit;
    max-width: 100%;
  }
  crm-contacts-editor button {
    background: var(--crm-c-surface);
    border: 1px solid var(--crm-c-border);
    border-radius: var(--crm-t-radius-sm);
    padding: 0.1rem var(--crm-t-space-2);
    cursor: pointer;
  }
  crm-contacts-editor button.primary {
    background: var(--crm-c-accent);
    border-color: var(--crm-c-accent);
    color: var(--crm-c-on-accent);
  }
  crm-contacts-editor :focus-visible {
    outline: 2px solid var(--crm-c-focus);
    outline-offset: 2px;
  }
  crm-contacts-editor ul {
    margin: 0.25rem 0;
    padding-inline-start: 1.25rem;
  }
  crm-contacts-editor [part~='warnings'] {
    list-style: none;
    padding: 0.375rem var(--crm-t-space-2);
    background: var(--crm-c-warning-bg);
    color: var(--crm-c-warning-text);
    border-radius: var(--crm-t-radius-sm);
  }
  crm-contacts-editor [part~='warnings'] li {
    display: flex;
    flex-wrap: wrap;
    gap: var(--crm-t-space-2);
    align-items: center;
  }
  crm-contacts-editor .subheading {
    font-weight: 600;
    margin-top: 0.5rem;
  }
  crm-contacts-editor .contact {
    overflow-wrap: anywhere;
    margin: 0.25rem 0;
  }
  crm-contacts-editor .muted {
    color: var(--crm-c-muted);
  }
  crm-contacts-editor .badge {
    display: inline-block;
    border: 1px solid var(--crm-c-accent);
    color: var(--crm-c-accent);
    border-radius: var(--crm-t-radius-full);
    padding: 0 0.4rem;
    font-size: var(--crm-t-text-xs);
    font-weight: 600;
  }
  crm-contacts-editor [part~='contact-form'] {
    display: flex;
    flex-wrap: wrap;
    gap: var(--crm-t-space-2);
    border: 1px solid var(--crm-c-border);
    border-radius: var(--crm-t-radius-md);
    padding: var(--crm-t-space-2);
    margin: 0.5rem 0;
  }
  crm-contacts-editor label {
    display: inline-flex;
    flex-direction: column;
    gap: 0.125rem;
    min-width: 0;
    flex: 1 1 10rem;
  }
  crm-contacts-editor .error-text {
    color: var(--crm-c-critical);
    font-weight: 600;
  }
  crm-contacts-editor .hint {
    color: var(--crm-c-muted);
    font-size: var(--crm-t-text-sm);
  }
  crm-contacts-editor .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375rem;
    align-items: center;
  }
  crm-contacts-editor [part~='chain'] ul {
    list-style: none;
    border-inline-start: 1px solid var(--crm-c-border);
    padding-inline-start: 0.75rem;
  }
  crm-contacts-editor [part~='chain'] > ul {
    border: 0;
    padding: 0;
  }
`;
