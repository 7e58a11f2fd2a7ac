import { css } from 'lit';

export const funnelChartStyles = css`
  :host {
    display: block;
    font-size: var(--crm-funnel-font-size, 0.875rem);
    line-height: 1.4;
    --row-height: var(--crm-funnel-row-height, 3.25rem);
    --muted: var(--crm-c-muted);
    --line: var(--crm-c-border);
    --accent: var(--crm-c-accent);
  }
  [part='base'] {
    display: grid;
    gap: 0.75rem;
    min-width: 0;
    /* Lays out by its own width (a funnel in a third of a page, on a phone, on paper), not the viewport's. */
    container-type: inline-size;
  }
  [part='header'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem;
  }
  [part='title'] {
    font-weight: 600;
    font-size: 1.0625em;
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .segmented {
    display: inline-flex;
  }
  button {
    font: inherit;
    color: inherit;
    background: var(--crm-c-surface);
    border: 1px solid var(--line);
    border-radius: 4px;
    padding: 0.2rem 0.6rem;
    cursor: pointer;
  }
  .segmented button {
    border-radius: 0;
    margin-inline-start: -1px;
  }
  .segmented button:first-child {
    border-start-start-radius: 4px;
    border-end-start-radius: 4px;
  }
  .segmented button:last-child {
    border-start-end-radius: 4px;
    border-end-end-radius: 4px;
  }
  button[aria-pressed='true'] {
    background: var(--accent);
    border-color: var(--accent);
    color: var(--crm-c-on-accent);
  }
  button:focus-visible {
    outline: 2px solid var(--crm-c-focus);
    outline-offset: 2px;
    position: relative;
  }
  [part='summary'] {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(9.5rem, 1fr));
    gap: 0.5rem 1rem;
    margin: 0;
  }
  [part='summary'] div {
    min-width: 0;
  }
  [part='summary'] dt {
    color: var(--muted);
    font-size: 0.8125em;
  }
  [part='summary'] dd {
    margin: 0;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  [part='summary'] dd small {
    display: block;
    font-weight: 400;
    color: var(--muted);
  }
  [part='note'] {
    margin: 0;
    padding: 0.4rem 0.6rem;
    border-inline-start: 3px solid var(--crm-c-warning);
    background: var(--crm-c-warning-bg);
    color: var(--crm-c-warning-text);
  }
  [part='lost'],
  .info {
    margin: 0;
    color: var(--muted);
  }
  [part='chart'] {
    display: grid;
    grid-template-columns: minmax(11rem, 2fr) minmax(4rem, 3fr);
    column-gap: 0.75rem;
  }
  [part='stages'] {
    display: grid;
    grid-auto-rows: var(--row-height);
  }
  [part~='stage'] {
    display: grid;
    align-content: center;
    text-align: start;
    min-width: 0;
    border-color: transparent;
    border-block-end-color: var(--line);
    border-radius: 0;
    background: transparent;
  }
  [part~='stage'] span {
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  [part~='stage'] .figures {
    color: var(--muted);
    font-size: 0.8125em;
  }
  [part~='stage'] .name {
    font-weight: 600;
  }
  [part~='won'] .name::after {
    content: ' ✓';
  }
  /* Stretched by the grid to the stage list's height, so no per-render inline height is needed (CSP). */
  .canvas-box {
    position: relative;
    min-width: 0;
  }
  /* Resolve the bar tokens for the canvas; the 1 ms transition reports a scheme change as transitionrun. */
  .swatch {
    position: absolute;
    visibility: hidden;
    transition: color 1ms;
  }
  .swatch.bar {
    color: var(--crm-c-funnel-bar);
  }
  .swatch.won {
    color: var(--crm-c-funnel-won);
  }
  .swatch.active {
    color: var(--crm-c-funnel-active);
  }
  canvas {
    position: absolute;
    inset: 0;
  }
  [part='status'],
  [part='empty'] {
    margin: 0;
    color: var(--muted);
  }
  [part='error'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
    color: var(--crm-c-critical);
  }
  [part='error'] p {
    margin: 0;
  }
  [part='table'] {
    border-collapse: collapse;
    width: 100%;
    font-variant-numeric: tabular-nums;
  }
  [part='table'] caption {
    text-align: start;
    font-weight: 600;
    padding-block-end: 0.25rem;
  }
  [part='table'] th,
  [part='table'] td {
    padding: 0.25rem 0.5rem;
    border-block-end: 1px solid var(--line);
    text-align: end;
    vertical-align: top;
  }
  [part='table'] th[scope='row'],
  [part='table'] thead th:first-child {
    text-align: start;
  }
  [part='table'] td div {
    color: var(--muted);
    font-size: 0.8125em;
  }
  .table-box {
    overflow-x: auto;
  }
  /* Narrow (a phone, a third of a page): the labels get most of the width and two lines each. */
  @container (max-width: 30rem) {
    [part='chart'] {
      grid-template-columns: minmax(0, 5fr) minmax(3rem, 2fr);
      column-gap: 0.5rem;
      --row-height: calc(var(--crm-funnel-row-height, 3.25rem) * 1.75);
    }
    [part~='stage'] > span {
      display: -webkit-box;
      -webkit-box-orient: vertical;
      -webkit-line-clamp: 2;
      white-space: normal;
    }
  }
  /* Too narrow for ten columns: each stage becomes a block of labelled figures (labels from data-label). */
  @container (max-width: 44rem) {
    [part='table'],
    [part='table'] caption,
    [part='table'] tbody {
      display: block;
    }
    [part='table'] thead {
      display: none;
    }
    [part='table'] tr {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(8.5rem, 1fr));
      column-gap: 0.5rem;
      padding-block: 0.35rem;
      border-block-end: 1px solid var(--line);
      break-inside: avoid;
    }
    [part='table'] th[scope='row'] {
      grid-column: 1 / -1;
    }
    [part='table'] th,
    [part='table'] td {
      display: block;
      border: 0;
      padding: 0.1rem 0;
      text-align: start;
    }
    [part='table'] td::before {
      content: attr(data-label);
      display: block;
      color: var(--muted);
      font-size: 0.75rem;
    }
  }
  /* Out of sight but read by screen readers: the table is always there for them. */
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  @media print {
    :host {
      break-inside: avoid;
    }
    .controls,
    [part='chart'] {
      display: none;
    }
    .table-box.visually-hidden {
      position: static;
      width: auto;
      height: auto;
      margin: 0;
      overflow: visible;
      clip-path: none;
      white-space: normal;
    }
  }
`;
