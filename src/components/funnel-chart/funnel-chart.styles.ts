import { css } from 'lit';
import { visuallyHidden } from '../../internal/visually-hidden.js';

export const funnelChartStyles = css`
  :host {
    display: block;
    font-size: var(--crm-funnel-font-size, var(--crm-t-text-md));
    line-height: var(--crm-t-line-height);
    --row-height: var(--crm-funnel-row-height, 3.25rem);
  }
  [part='base'] {
    display: grid;
    gap: var(--crm-t-space-3);
    min-width: 0;
    /* Lays out by its own width (a funnel in a third of a page, on a phone, on paper), not the viewport's. */
    container-type: inline-size;
  }
  [part='header'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--crm-t-space-2);
  }
  [part='title'] {
    font-weight: var(--crm-t-weight-strong);
    font-size: var(--crm-t-text-lg);
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: var(--crm-t-space-2);
  }
  .segmented {
    display: inline-flex;
  }
  button {
    font: inherit;
    color: inherit;
    background: var(--crm-c-surface);
    border: 1px solid var(--crm-c-border);
    border-radius: var(--crm-t-radius-sm);
    padding: var(--crm-t-space-1) var(--crm-t-space-2);
    cursor: pointer;
  }
  .segmented button {
    border-radius: 0;
    margin-inline-start: -1px;
  }
  .segmented button:first-child {
    border-start-start-radius: var(--crm-t-radius-sm);
    border-end-start-radius: var(--crm-t-radius-sm);
  }
  .segmented button:last-child {
    border-start-end-radius: var(--crm-t-radius-sm);
    border-end-end-radius: var(--crm-t-radius-sm);
  }
  button[aria-pressed='true'] {
    background: var(--crm-c-accent);
    border-color: var(--crm-c-accent);
    color: var(--crm-c-on-accent);
  }
  button:focus-visible {
    outline: 2px solid var(--crm-c-focus);
    outline-offset: 2px;
    position: relative;
  }
  /* KPI strip: a few large figures, two across on a phone, four across from about 40rem. */
  [part='summary'] {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 8.5rem), 1fr));
    gap: var(--crm-t-space-2);
    margin: 0;
  }
  [part='kpi'] {
    min-width: 0;
    padding: var(--crm-t-space-2) var(--crm-t-space-3);
    border: 1px solid var(--crm-c-border-muted);
    border-radius: var(--crm-t-radius-md);
    background: var(--crm-c-surface-muted);
  }
  [part='kpi'] dt {
    color: var(--crm-c-muted);
    font-size: var(--crm-t-text-xs);
  }
  [part='kpi'] dd {
    margin: 0;
    font-variant-numeric: tabular-nums;
  }
  [part='kpi'] .value {
    display: block;
    font-size: var(--crm-t-text-xl);
    font-weight: var(--crm-t-weight-strong);
    line-height: 1.25;
    overflow-wrap: anywhere;
  }
  [part='kpi'] .detail {
    display: block;
    color: var(--crm-c-muted);
    font-size: var(--crm-t-text-xs);
    overflow-wrap: anywhere;
  }
  [part='meter'] {
    display: block;
    width: 100%;
    height: var(--crm-t-space-1);
    margin-block: var(--crm-t-space-1);
    border-radius: var(--crm-t-radius-full);
  }
  [part='meter'] .track {
    fill: var(--crm-c-border);
  }
  [part='meter'] .fill {
    fill: var(--crm-c-accent);
  }
  [part='note'] {
    margin: 0;
    padding: var(--crm-t-space-2) var(--crm-t-space-3);
    border-inline-start: 3px solid var(--crm-c-warning);
    background: var(--crm-c-warning-bg);
    color: var(--crm-c-warning-text);
  }
  [part='lost'],
  .info {
    margin: 0;
    color: var(--crm-c-muted);
    font-size: var(--crm-t-text-sm);
  }
  [part='chart'] {
    display: grid;
    grid-template-columns: minmax(11rem, 2fr) minmax(4rem, 3fr);
    column-gap: var(--crm-t-space-3);
  }
  [part='stages'] {
    display: grid;
    grid-auto-rows: minmax(var(--row-height), auto);
  }
  [part~='stage'] {
    display: grid;
    align-content: center;
    text-align: start;
    min-width: 0;
    border-color: transparent;
    border-block-end-color: var(--crm-c-border);
    border-radius: 0;
    background: transparent;
  }
  /* Labels wrap, never cut; a row taller than the others is rare (the row height fits three lines when narrow). */
  [part~='stage'] span {
    overflow-wrap: anywhere;
  }
  [part~='stage'] .figures {
    color: var(--crm-c-muted);
    font-size: 0.8125em;
  }
  [part~='stage'] .name {
    font-weight: var(--crm-t-weight-strong);
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
  /* shape="funnel": segments in the first column, labels beside them; the conversion between two stages in
     its own row under the segment it leaves, centred like an arrow. Labels wrap, never cut. */
  .shape {
    display: block;
  }
  .shape [part='stages'] {
    grid-template-columns: minmax(0, 36rem) minmax(9rem, 1fr);
    grid-auto-rows: auto;
    column-gap: var(--crm-t-space-4);
  }
  .shape [part~='stage'] {
    grid-column: 1 / -1;
    display: grid;
    grid-template-columns: subgrid;
    align-items: center;
    padding: 0;
    border: 0;
    background: transparent;
    border-radius: var(--crm-t-radius-sm);
  }
  .shape [part~='stage'] .text {
    grid-column: 2;
    grid-row: 1;
    display: grid;
    min-width: 0;
    padding-block: var(--crm-t-space-1);
  }

  .shape .figure {
    font-variant-numeric: tabular-nums;
  }
  .shape .segment {
    grid-column: 1;
    grid-row: 1;
    display: block;
    width: 100%;
    height: var(--crm-funnel-row-height, 2.5rem);
  }
  .segment polygon {
    fill: var(--crm-c-funnel-bar);
  }
  [part~='won'] .segment polygon {
    fill: var(--crm-c-funnel-won);
  }
  [part~='stage']:hover .segment polygon,
  [part~='stage']:focus-visible .segment polygon {
    fill: var(--crm-c-funnel-active);
  }
  .flow {
    grid-column: 1;
    display: flex;
    justify-content: center;
    align-items: center;
    gap: var(--crm-t-space-1);
    margin: 0;
    padding-block: var(--crm-t-space-1);
    color: var(--crm-c-muted);
    font-size: var(--crm-t-text-xs);
    text-align: center;
  }
  .flow .icon {
    flex: none;
  }
  /* Narrow: each stage's label above its segment, full width. */
  @container (max-width: 32rem) {
    .shape [part='stages'] {
      grid-template-columns: minmax(0, 1fr);
    }
    .shape [part~='stage'] .text {
      grid-column: 1;
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      column-gap: var(--crm-t-space-2);
    }
    .shape .figures {
      flex-basis: 100%;
    }
    .shape .segment {
      grid-row: 2;
    }
    [part='kpi'] .value {
      font-size: var(--crm-t-text-lg);
    }
  }
  [part='status'],
  [part='empty'] {
    margin: 0;
    color: var(--crm-c-muted);
  }
  [part='error'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--crm-t-space-2);
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
    font-weight: var(--crm-t-weight-strong);
    padding-block-end: var(--crm-t-space-1);
  }
  [part='table'] th,
  [part='table'] td {
    padding: var(--crm-t-space-1) var(--crm-t-space-2);
    border-block-end: 1px solid var(--crm-c-border);
    text-align: end;
    vertical-align: top;
  }
  [part='table'] th[scope='row'],
  [part='table'] thead th:first-child {
    text-align: start;
  }
  [part='table'] td div {
    color: var(--crm-c-muted);
    font-size: 0.8125em;
  }
  .table-box {
    overflow-x: auto;
  }
  /* Narrow (a phone, a third of a page): the labels get most of the width and two lines each. */
  @container (max-width: 30rem) {
    [part='chart'] {
      grid-template-columns: minmax(0, 5fr) minmax(3rem, 2fr);
      column-gap: var(--crm-t-space-2);
      --row-height: calc(var(--crm-funnel-row-height, 3.25rem) * 1.75);
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
      column-gap: var(--crm-t-space-2);
      padding-block: 0.35rem;
      border-block-end: 1px solid var(--crm-c-border);
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
      color: var(--crm-c-muted);
      font-size: var(--crm-t-text-xs);
    }
  }
  /* Out of sight but read by screen readers: the table is always there for them. */
  .visually-hidden {
    ${visuallyHidden}
  }
  @media print {
    :host {
      break-inside: avoid;
    }
    .controls,
    [part='chart'] {
      display: none;
    }
    /* The SVG funnel prints as drawn (no canvas to rasterise), above the table; its segments keep their fill. */
    [part='chart'].shape {
      display: block;
      break-inside: avoid;
      print-color-adjust: exact;
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
