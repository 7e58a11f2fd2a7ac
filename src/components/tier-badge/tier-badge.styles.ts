import { css } from 'lit';

export const tierBadgeStyles = css`
  :host {
    display: inline-block;
    vertical-align: middle;
    font-size: var(--crm-tier-badge-font-size, 0.8125rem);
    line-height: 1.4;
  }
  [part='base'] {
    display: inline-flex;
    align-items: baseline;
    gap: 0.35em;
    padding: 0.1em 0.55em;
    border-radius: var(--crm-radius-pill, 999px);
    border: 1px solid transparent;
    background: var(--tier-color);
    color: var(--crm-tier-text, #fff);
    white-space: nowrap;
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
  .unknown, .none, .loading, .error {
    --tier-color: transparent;
    color: var(--crm-color-text-muted, #57606a);
    border: 1px dashed currentColor;
  }
  .error {
    color: var(--crm-color-danger, #b42318);
  }
`;
