import { css } from 'lit';

/** The boxed look the panel widgets share (import, sync status): border, padding, surface and headings. */
export const panelStyles = css`
  :host {
    display: block;
    font-size: var(--crm-t-text-md);
    border: 1px solid var(--crm-c-border);
    border-radius: var(--crm-t-radius-md);
    padding: var(--crm-t-space-3) var(--crm-t-space-4);
    background: var(--crm-c-surface);
  }
  h2,
  h3 {
    font-size: 1em;
    margin: 0 0 var(--crm-t-space-2);
  }
  h3 {
    margin-top: var(--crm-t-space-3);
  }
`;
