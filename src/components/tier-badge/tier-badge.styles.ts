import { css } from 'lit';

/** The pill and its explanation card; sizes from the theme's --crm-t-* tokens, colours from --crm-c-*. */
export const tierBadgeStyles = css`
  :host {
    display: inline-block;
    position: relative;
    vertical-align: middle;
    font-family: var(--crm-t-font);
    font-size: var(--crm-tier-badge-font-size, var(--crm-t-text-sm));
    line-height: var(--crm-t-line-height);
  }
  [part='base'],
  .chip {
    display: inline-flex;
    align-items: baseline;
    gap: 0.35em;
    margin: 0;
    padding: 0.1em 0.6em;
    border-radius: var(--crm-t-radius-full);
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
  [part='code'],
  .chip {
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

  /* The explanation: a small card (head with the tier, then score, threshold, service standard). */
  [part='explanation'] {
    position: fixed;
    position-anchor: --crm-tier-badge;
    inset: auto;
    top: anchor(bottom);
    left: anchor(left);
    position-try-fallbacks: flip-inline, --crm-tier-viewport, flip-block, flip-block flip-inline;
    margin: var(--crm-t-space-1) 0 0;
    width: max-content;
    max-width: min(24rem, calc(100vw - 2 * var(--crm-t-space-2)));
    padding: var(--crm-t-space-3) var(--crm-t-space-4);
    border: 1px solid var(--crm-c-border);
    border-radius: var(--crm-t-radius-lg);
    background: var(--crm-popup-bg, var(--crm-c-surface));
    color: var(--crm-c-text);
    box-shadow: var(--crm-t-elevation-2);
    white-space: normal;
    font-size: var(--crm-t-text-sm);
    line-height: var(--crm-t-line-height);
  }
  /* Wider than either side of the badge (a phone): under it, held inside the viewport's width. */
  @position-try --crm-tier-viewport {
    top: anchor(bottom);
    left: var(--crm-t-space-2);
    right: auto;
  }
  [part='explanation'][hidden] {
    display: none;
  }
  [part='explanation'] p,
  [part='explanation'] ul {
    margin: var(--crm-t-space-1) 0;
  }
  [part='explanation'] ul {
    padding-inline-start: var(--crm-t-space-4);
  }
  .head {
    display: flex;
    align-items: center;
    gap: var(--crm-t-space-2);
    padding-bottom: var(--crm-t-space-2);
    margin-bottom: var(--crm-t-space-1);
    border-bottom: 1px solid var(--crm-c-border-muted);
  }
  .head .title {
    margin: 0;
    font-size: var(--crm-t-text-md);
  }
  .title,
  .subtitle {
    font-weight: var(--crm-t-weight-strong);
  }
  .standard {
    margin-top: var(--crm-t-space-2);
    padding-top: var(--crm-t-space-2);
    border-top: 1px solid var(--crm-c-border-muted);
  }
  .note {
    color: var(--crm-c-muted);
  }
  .warn {
    color: var(--crm-c-warning-text);
  }
  table {
    width: 100%;
    border-collapse: collapse;
    margin: var(--crm-t-space-1) 0;
  }
  caption {
    text-align: start;
    font-weight: var(--crm-t-weight-strong);
    padding-bottom: var(--crm-t-space-1);
  }
  th,
  td {
    padding: 0.15em var(--crm-t-space-2) 0.15em 0;
    text-align: start;
    font-weight: normal;
    border-bottom: 1px solid var(--crm-c-border-muted);
  }
  thead th {
    color: var(--crm-c-muted);
    font-size: var(--crm-t-text-xs);
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
