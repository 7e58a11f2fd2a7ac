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
    color: var(--crm-c-tier-text);
    font: inherit;
    white-space: nowrap;
  }
  button[part='base'] {
    cursor: help;
    anchor-name: --crm-tier-badge;
  }
  button[part='base']:focus-visible {
    outline: 2px solid var(--crm-c-focus);
    outline-offset: 2px;
  }
  [part='code'] {
    font-weight: 700;
    letter-spacing: 0.02em;
  }
  /* Every fill pairs with the tier text token at 4.5:1 or better. */
  .tier-A1, .pareto-A { --tier-color: var(--crm-c-tier-a1); }
  .tier-A2 { --tier-color: var(--crm-c-tier-a2); }
  .tier-B1, .pareto-B { --tier-color: var(--crm-c-tier-b1); }
  .tier-B2 { --tier-color: var(--crm-c-tier-b2); }
  .tier-C, .pareto-C { --tier-color: var(--crm-c-tier-c); }
  .stars { --tier-color: var(--crm-c-tier-stars); }
  .points { --tier-color: var(--crm-c-tier-points); }
  .unknown, .none, .loading, .error {
    --tier-color: transparent;
    color: var(--crm-c-muted);
    border: 1px dashed currentColor;
  }
  .error {
    color: var(--crm-c-critical);
  }
  [part='explanation'] {
    position: fixed;
    position-anchor: --crm-tier-badge;
    inset: auto;
    top: anchor(bottom);
    left: anchor(left);
    position-try-fallbacks: flip-inline, flip-block, flip-block flip-inline;
    margin: 0.35em 0 0;
    width: max-content;
    max-width: min(26rem, 90vw);
    padding: 0.6em 0.8em;
    border: 1px solid var(--crm-c-border);
    border-radius: var(--crm-radius, 6px);
    background: var(--crm-popup-bg, var(--crm-c-surface));
    color: var(--crm-c-text);
    box-shadow: 0 4px 16px var(--crm-c-shadow);
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
    color: var(--crm-c-muted);
  }
  .warn {
    color: var(--crm-c-warning-text);
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
    color: var(--crm-c-muted);
  }
  td {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  /* Paper: the badge, never an open explanation over other content. */
  @media print {
    [part='explanation'] {
      display: none;
    }
  }
`;
