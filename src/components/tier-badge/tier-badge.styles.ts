import { css } from 'lit';

/**
 * The pill (the explanation card's styles load with it: tier-explanation.ts); sizes from the theme's --crm-t-* tokens, colours from --crm-c-*.
 *
 * Notes on the rules (kept out of the CSS, which ships as written):
 * - Every fill pairs with the tier text token at 4.5:1 or better.
 * - The explanation's own styles arrive with it (tier-explanation.ts); closed, it is hidden.
 */
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

  [part='explanation'][hidden] {
    display: none;
  }
`;
