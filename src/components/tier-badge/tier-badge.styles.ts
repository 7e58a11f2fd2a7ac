import { css } from 'lit';

export const tierBadgeStyles = css`
  :host {
    display: inline-block;
    position: relative;
    vertical-align: middle;
    font-size: var(--crm-tier-badge-font-size, 0.8125rem);
    line-height: 1.4;
  }
  [part='base'] {
    display: inline-flex;
    align-items: baseline;
    gap: 0.35em;
    margin: 0;
    padding: 0.1em 0.55em;
    border-radius: var(--crm-radius-pill, 999px);
    border: 1px solid transparent;
    background: var(--tier-color);
    color: var(--crm-tier-text, #fff);
    font: inherit;
    white-space: nowrap;
  }
  button[part='base'] {
    cursor: help;
  }
  button[part='base']:focus-visible {
    outline: 2px solid var(--crm-focus-ring, #0b5cad);
    outline-offset: 2px;
  }
  [part='code'] {
    font-weight: 700;
    letter-spacing: 0.02em;
  }
  /* Every colour pairs with white text at 4.5:1 or better. */
  .tier-A1, .pareto-A { --tier-color: var(--crm-tier-a1, #a4262c); }
  .tier-A2 { --tier-color: var(--crm-tier-a2, #8a4b00); }
  .tier-B1, .pareto-B { --tier-color: var(--crm-tier-b1, #1d4f91); }
  .tier-B2 { --tier-color: var(--crm-tier-b2, #2b6a4b); }
  .tier-C, .pareto-C { --tier-color: var(--crm-tier-c, #57606a); }
  .stars { --tier-color: var(--crm-tier-stars, #6b4f00); }
  .points { --tier-color: var(--crm-tier-points, #5a3e8c); }
  .unknown, .none, .loading, .error {
    --tier-color: transparent;
    color: var(--crm-color-text-muted, #57606a);
    border: 1px dashed currentColor;
  }
  .error {
    color: var(--crm-color-danger, #b42318);
  }
  [part='explanation'] {
    position: absolute;
    z-index: 10;
    top: calc(100% + 0.35em);
    left: 0;
    width: max-content;
    max-width: min(26rem, 90vw);
    padding: 0.6em 0.8em;
    border: 1px solid var(--crm-color-border, #d0d7de);
    border-radius: var(--crm-radius, 6px);
    background: var(--crm-popup-bg, #fff);
    color: var(--crm-color-text, #1f2328);
    box-shadow: 0 4px 16px rgb(0 0 0 / 0.15);
    white-space: normal;
    font-size: 0.8125rem;
  }
  [part='explanation'][hidden] {
    display: none;
  }
  [part='explanation'] p,
  [part='explanation'] ul {
    margin: 0.3em 0;
  }
  [part='explanation'] ul {
    padding-inline-start: 1.2em;
  }
  .title,
  .subtitle {
    font-weight: 600;
  }
  .note {
    color: var(--crm-color-text-muted, #57606a);
  }
  .warn {
    color: var(--crm-color-warning-text, #7a4d00);
  }
  table {
    border-collapse: collapse;
    margin: 0.3em 0;
  }
  caption {
    text-align: start;
    font-weight: 600;
  }
  th,
  td {
    padding: 0.1em 0.5em 0.1em 0;
    text-align: start;
    font-weight: normal;
  }
  thead th {
    color: var(--crm-color-text-muted, #57606a);
  }
  td {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
`;
