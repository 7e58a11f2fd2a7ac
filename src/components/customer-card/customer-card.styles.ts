import { css } from 'lit';
import { visuallyHidden } from '../../internal/visually-hidden.js';

/**
 * The card reads like a record page's highlights panel: a header with identity and actions, then a row of
 * key figures, then detail. Sizes come only from the theme's --crm-t-* tokens; the layout follows the card's
 * own width through container queries (the `card` container), never the viewport.
 *
 * Notes on the rules (kept out of the CSS, which ships as written):
 * - No overflow clipping on the line itself: the badge's explanation pops out of it.
 * - Header: identity (avatar, name, tier, alias), actions, facts as chips.
 * - Owner: avatar, with the label above the name beside it.
 * - Warning signs: a banner, only when there are any.
 * - Key figures: two across on a narrow card, four across from 44rem.
 * - Group tree: rows indented by level; the current account marked.
 * - Wider cards: figures four across, contacts beside the group.
 * - A narrow card: actions under the name, full width.
 * - The account's own tree row is drawn in the selection pair, its muted parts included.
 * - Avatars keep their circle as an outline; their text stays on the user's canvas colour.
 * - Paper: the record, not the controls; figures four across, no shadows.
 * - The risk reasons print even when their disclosure is closed.
 */
export const customerCardStyles = css`
  :host {
    display: block;
    font-family: var(--crm-t-font);
    font-size: var(--crm-t-text-md);
    line-height: var(--crm-t-line-height);
    color: var(--crm-c-text);
  }
  .card,
  .message,
  .compact {
    background: var(--crm-card-bg, var(--crm-c-surface));
    border: 1px solid var(--crm-card-border, var(--crm-c-border));
    border-radius: var(--crm-card-radius, var(--crm-t-radius-lg));
    box-shadow: var(--crm-t-elevation-1);
  }
  .card {
    container: card / inline-size;
    padding: var(--crm-card-padding, var(--crm-t-space-4));
    display: grid;
    gap: var(--crm-t-space-4);
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .message {
    padding: var(--crm-card-padding, var(--crm-t-space-4));
  }
  .message.error {
    color: var(--crm-c-critical);
  }
  .message p {
    margin: 0 0 var(--crm-t-space-2);
  }
  .compact {
    display: flex;
    align-items: center;
    gap: var(--crm-t-space-2);
    padding: var(--crm-t-space-1) var(--crm-t-space-3);
    white-space: nowrap;
  }
  .compact .name {
    min-width: 0;
    font-weight: var(--crm-t-weight-strong);
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
  .icon {
    flex: none;
    vertical-align: -0.125em;
  }
  .inline-icon {
    margin-inline-end: var(--crm-t-space-1);
  }

  .header {
    display: grid;
    gap: var(--crm-t-space-3);
  }
  .identity {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    gap: var(--crm-t-space-3);
  }
  .titles {
    flex: 1 1 12rem;
    min-width: 0;
  }
  .title-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--crm-t-space-2);
  }
  .title {
    font-size: var(--crm-t-text-xl);
    font-weight: var(--crm-t-weight-strong);
    line-height: 1.25;
    margin: 0;
  }
  .alias {
    font-size: var(--crm-t-text-sm);
  }
  .avatar {
    flex: none;
    display: inline-grid;
    place-items: center;
    width: var(--crm-t-control-height);
    height: var(--crm-t-control-height);
    border-radius: var(--crm-t-radius-full);
    background: var(--crm-c-selected);
    color: var(--crm-c-text);
    font-size: var(--crm-t-text-xs);
    font-weight: var(--crm-t-weight-strong);
    line-height: 1;
    white-space: nowrap;
  }
  .avatar.account {
    width: calc(var(--crm-t-control-height) * 1.4);
    height: calc(var(--crm-t-control-height) * 1.4);
    border-radius: var(--crm-t-radius-md);
    background: var(--crm-c-accent);
    color: var(--crm-c-on-accent);
    font-size: var(--crm-t-text-md);
  }
  .avatar.account .icon {
    font-size: var(--crm-t-text-xl);
  }
  .owner-field {
    display: inline-grid;
    grid-template-areas: 'avatar label' 'avatar name';
    align-items: center;
    gap: 0 var(--crm-t-space-2);
    margin-inline-end: var(--crm-t-space-2);
  }
  .owner-field dt {
    grid-area: label;
    font-size: var(--crm-t-text-xs);
    line-height: 1.2;
  }
  .owner-field dd {
    display: contents;
  }
  .owner-field .avatar {
    grid-area: avatar;
  }
  .owner-name {
    grid-area: name;
    font-weight: var(--crm-t-weight-strong);
    line-height: 1.2;
  }
  .owner-field dt::after {
    content: none;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--crm-t-space-2);
  }
  .action-link {
    display: inline-flex;
    align-items: center;
    gap: var(--crm-t-space-1);
    min-height: var(--crm-t-control-height);
    padding: 0 var(--crm-t-space-3);
    border: 1px solid var(--crm-c-border);
    border-radius: var(--crm-t-radius-md);
    background: var(--crm-c-surface);
    color: var(--crm-c-accent);
    font: inherit;
    text-decoration: none;
    cursor: pointer;
  }
  .action-link:hover {
    background: var(--crm-c-surface-muted);
  }
  .action-link[aria-expanded='true'] {
    background: var(--crm-c-selected);
    border-color: var(--crm-c-accent);
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--crm-t-space-2);
    margin: 0;
  }
  .chip-field {
    display: contents;
  }
  .chip {
    display: inline-flex;
    align-items: center;
    max-width: 100%;
    margin: 0;
    padding: 0 var(--crm-t-space-2);
    border: 1px solid var(--crm-c-border-muted);
    border-radius: var(--crm-t-radius-full);
    background: var(--crm-c-surface-muted);
    font-size: var(--crm-t-text-sm);
  }

  .banner {
    display: flex;
    gap: var(--crm-t-space-3);
    padding: var(--crm-t-space-3) var(--crm-t-space-4);
    border: 1px solid var(--crm-c-warning);
    border-inline-start-width: 4px;
    border-radius: var(--crm-t-radius-md);
    background: var(--crm-c-warning-bg);
    color: var(--crm-c-warning-text);
  }
  .banner-icon {
    font-size: var(--crm-t-text-lg);
    line-height: 1.2;
  }
  .banner-title {
    font-weight: var(--crm-t-weight-strong);
  }
  .banner .warnings {
    margin: var(--crm-t-space-1) 0 0;
    padding-inline-start: var(--crm-t-space-4);
  }

  .figures {
    display: grid;
    grid-template-columns: repeat(2, minmax(0, 1fr));
    gap: var(--crm-t-space-2);
    margin: 0;
  }
  .figure {
    min-width: 0;
    padding: var(--crm-t-space-3);
    border: 1px solid var(--crm-c-border-muted);
    border-radius: var(--crm-t-radius-md);
    background: var(--crm-c-surface-muted);
  }
  .figure.credit,
  .figure.risk {
    grid-column: 1 / -1;
  }
  .figure dt {
    color: var(--crm-c-muted);
    font-size: var(--crm-t-text-sm);
  }
  .figure dd {
    margin: 0;
    display: grid;
    gap: var(--crm-t-space-1);
  }
  .figure-value {
    font-size: var(--crm-t-text-xl);
    font-weight: var(--crm-t-weight-strong);
    line-height: 1.3;
    font-variant-numeric: tabular-nums;
  }
  .figure-value.muted {
    font-size: var(--crm-t-text-md);
    font-weight: normal;
  }
  .figure-sub {
    color: var(--crm-c-muted);
    font-size: var(--crm-t-text-sm);
  }
  .figure-sub .figure-value {
    font-size: inherit;
    font-weight: var(--crm-t-weight-strong);
  }
  .credit-row {
    display: grid;
    grid-template-columns: auto minmax(3rem, 1fr);
    align-items: center;
    gap: 0 var(--crm-t-space-2);
  }
  .credit-scope {
    color: var(--crm-c-muted);
    font-size: var(--crm-t-text-xs);
  }
  .credit-text {
    grid-column: 1 / -1;
    font-size: var(--crm-t-text-sm);
    font-variant-numeric: tabular-nums;
  }
  .credit-text.over {
    color: var(--crm-c-critical);
  }
  .bar {
    display: block;
    width: 100%;
    height: 0.5rem;
  }
  .bar-track {
    fill: var(--crm-c-border-muted);
  }
  .bar-fill {
    fill: var(--crm-c-positive);
  }
  .bar-fill.high {
    fill: var(--crm-c-warning);
  }
  .bar-fill.over {
    fill: var(--crm-c-critical);
  }
  .level {
    display: inline-flex;
    align-items: center;
    gap: var(--crm-t-space-2);
    font-size: var(--crm-t-text-lg);
    font-weight: var(--crm-t-weight-strong);
  }
  .level-dot {
    width: 0.75em;
    height: 0.75em;
    border-radius: var(--crm-t-radius-full);
    background: currentColor;
  }
  .risk-low {
    color: var(--crm-c-positive);
  }
  .risk-medium {
    color: var(--crm-c-warning);
  }
  .flag,
  .risk-high,
  .risk-critical,
  .error {
    color: var(--crm-c-critical);
  }
  .reasons summary {
    cursor: pointer;
    color: var(--crm-c-accent);
    font-size: var(--crm-t-text-sm);
  }
  .reasons ul {
    margin: var(--crm-t-space-1) 0 0;
    padding-inline-start: var(--crm-t-space-4);
    color: var(--crm-c-text);
    font-size: var(--crm-t-text-sm);
  }

  .trends {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 13rem), 1fr));
    gap: var(--crm-t-space-3);
  }
  .trend {
    margin: 0;
    min-width: 0;
  }
  .trend-title {
    color: var(--crm-c-muted);
    font-size: var(--crm-t-text-sm);
  }
  .trend-note {
    margin: 0;
    font-size: var(--crm-t-text-xs);
    color: var(--crm-c-muted);
  }
  .trend-note.warn {
    color: var(--crm-c-warning-text);
  }

  .columns {
    display: grid;
    gap: var(--crm-t-space-4);
  }
  .heading {
    font-size: var(--crm-t-text-lg);
    font-weight: var(--crm-t-weight-strong);
    margin: 0 0 var(--crm-t-space-1);
  }
  .section-head {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: var(--crm-t-space-2);
  }
  .subheading {
    color: var(--crm-c-muted);
    font-size: var(--crm-t-text-sm);
    font-weight: var(--crm-t-weight-strong);
    margin: var(--crm-t-space-2) 0 var(--crm-t-space-1);
  }
  [part~='path'] {
    display: block;
    margin-top: var(--crm-t-space-2);
  }
  .section {
    min-width: 0;
    border-top: 1px solid var(--crm-card-border, var(--crm-c-border-muted));
    padding-top: var(--crm-t-space-3);
  }
  .fields {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 14rem), 1fr));
    gap: var(--crm-t-space-1) var(--crm-t-space-4);
    margin: var(--crm-t-space-1) 0;
  }
  .field {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--crm-t-space-2);
    align-items: baseline;
    min-width: 0;
  }
  .details .field {
    display: grid;
    gap: 0;
  }
  .details dt {
    font-size: var(--crm-t-text-sm);
  }
  dt {
    color: var(--crm-c-muted);
  }
  .field dt::after {
    content: ':';
  }
  .details dt::after,
  .figure dt::after {
    content: none;
  }
  dd {
    margin: 0;
  }
  ul {
    margin: var(--crm-t-space-1) 0;
    padding-inline-start: var(--crm-t-space-5);
  }
  .warnings.inline {
    list-style: none;
    padding: var(--crm-t-space-1) var(--crm-t-space-2);
    border-radius: var(--crm-t-radius-sm);
    background: var(--crm-c-warning-bg);
    color: var(--crm-c-warning-text);
  }

  .people {
    list-style: none;
    padding: 0;
    display: grid;
    gap: var(--crm-t-space-2);
  }
  .person {
    display: flex;
    gap: var(--crm-t-space-2);
    min-width: 0;
  }
  .person-body {
    min-width: 0;
  }
  .person-line {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0 var(--crm-t-space-1);
  }
  .contact-name {
    font-weight: var(--crm-t-weight-strong);
  }
  .person-title,
  .contact-notes {
    font-size: var(--crm-t-text-sm);
  }
  .chip.style {
    font-size: var(--crm-t-text-xs);
  }
  .person-links {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--crm-t-space-3);
    font-size: var(--crm-t-text-sm);
  }
  .contact-link {
    display: inline-flex;
    align-items: center;
    gap: var(--crm-t-space-1);
    min-width: 0;
  }
  a {
    color: var(--crm-c-accent);
  }

  .tree {
    list-style: none;
    padding: 0;
    margin: var(--crm-t-space-1) 0 var(--crm-t-space-2);
  }
  .tree-item {
    display: flex;
    align-items: center;
    gap: var(--crm-t-space-1);
    min-height: calc(var(--crm-t-row-height) * 0.8);
    padding-inline: var(--crm-t-space-1);
    border-radius: var(--crm-t-radius-sm);
    cursor: pointer;
    color: var(--crm-c-accent);
  }
  .tree-item.current {
    cursor: default;
    color: var(--crm-c-text);
    font-weight: var(--crm-t-weight-strong);
    background: var(--crm-c-selected);
  }
  .tree-item:hover:not(.current) {
    background: var(--crm-c-surface-muted);
  }
  .tree-name {
    min-width: 0;
  }
  .tree-figure {
    margin-inline-start: auto;
    padding-inline-start: var(--crm-t-space-2);
    font-size: var(--crm-t-text-xs);
    font-weight: normal;
    white-space: nowrap;
  }
  .tree-icon {
    color: var(--crm-c-muted);
  }
  .level-2 {
    padding-inline-start: calc(var(--crm-t-space-1) + var(--crm-t-space-4));
  }
  .level-3 {
    padding-inline-start: calc(var(--crm-t-space-1) + 2 * var(--crm-t-space-4));
  }
  .level-4,
  .level-5,
  .level-6 {
    padding-inline-start: calc(var(--crm-t-space-1) + 3 * var(--crm-t-space-4));
  }

  .notes {
    white-space: pre-wrap;
    margin: var(--crm-t-space-1) 0;
  }
  button {
    font: inherit;
    cursor: pointer;
  }
  a:focus-visible,
  button:focus-visible,
  summary:focus-visible,
  [role='treeitem']:focus-visible {
    outline: 2px solid var(--crm-c-focus);
    outline-offset: 2px;
  }
  .link {
    border: none;
    background: none;
    padding: 0 var(--crm-t-space-1);
    color: var(--crm-c-accent);
    text-decoration: underline;
  }
  .action {
    min-height: var(--crm-t-control-height);
    padding: 0 var(--crm-t-space-3);
    border: 1px solid var(--crm-c-accent);
    border-radius: var(--crm-t-radius-sm);
    background: var(--crm-c-accent);
    color: var(--crm-c-on-accent);
  }
  .error {
    flex-basis: 100%;
  }
  .sr-only {
    ${visuallyHidden}
  }

  @container card (min-width: 44rem) {
    .figures {
      grid-template-columns: repeat(4, minmax(0, 1fr));
    }
    .figure.credit,
    .figure.risk {
      grid-column: auto;
    }
    .columns {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
  }
  @container card (min-width: 72rem) {
    .card > * {
      max-width: 100%;
    }
    .figure-value {
      font-size: var(--crm-t-text-2xl);
    }
  }
  @container card (max-width: 26rem) {
    .actions {
      flex-basis: 100%;
    }
    .figure {
      padding: var(--crm-t-space-2);
    }
  }

  @media (forced-colors: active) {
    .bar-track {
      fill: Canvas;
      stroke: CanvasText;
    }
    .bar-fill,
    .bar-fill.high,
    .bar-fill.over {
      fill: CanvasText;
    }
    .level-dot {
      forced-color-adjust: none;
      background: CanvasText;
    }
    .tree-item.current {
      color: HighlightText;
    }
    .tree-item.current .muted,
    .tree-item.current .tree-icon {
      color: inherit;
    }
    .avatar {
      background: Canvas;
      color: CanvasText;
      border: 1px solid CanvasText;
    }
  }

  @media print {
    button,
    .actions {
      display: none !important;
    }
    :host {
      break-inside: avoid;
    }
    .card {
      box-shadow: none;
    }
    .figures {
      grid-template-columns: repeat(4, minmax(0, 1fr));
    }
    .figure.credit,
    .figure.risk {
      grid-column: auto;
    }
    .reasons::details-content {
      content-visibility: visible;
      display: block;
    }
  }
`;
