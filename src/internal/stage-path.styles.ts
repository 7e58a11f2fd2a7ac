import { css } from 'lit';
import { visuallyHidden } from './visually-hidden.js';

/**
 * Chevrons drawn with clip-path (no images, no inline styles); each step overlaps the previous one by the
 * arrow's depth so the points nest. Colours are theme tokens only (dark and forced colours included).
 */
export const stagePathStyles = css`
  :host {
    display: block;
    font-size: var(--crm-t-text-sm);
    line-height: var(--crm-t-line-height);
    --arrow: 0.6rem;
  }
  .box {
    container-type: inline-size;
  }
  [part='base'] {
    display: flex;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  [part~='step'] {
    flex: 1 1 0;
    min-width: 0;
    display: flex;
    align-items: center;
    justify-content: center;
    gap: var(--crm-t-space-1);
    min-height: var(--crm-t-control-height);
    padding-block: var(--crm-t-space-1);
    padding-inline: calc(var(--arrow) + var(--crm-t-space-2)) var(--crm-t-space-2);
    margin-inline-start: calc(var(--arrow) * -1 + 3px);
    text-align: center;
    overflow-wrap: anywhere;
    background: var(--crm-c-border-muted);
    color: var(--crm-c-text);
    clip-path: polygon(0 0, calc(100% - var(--arrow)) 0, 100% 50%, calc(100% - var(--arrow)) 100%, 0 100%, var(--arrow) 50%);
  }
  [part~='step']:first-child {
    margin-inline-start: 0;
    padding-inline-start: var(--crm-t-space-3);
    border-start-start-radius: var(--crm-t-radius-full);
    border-end-start-radius: var(--crm-t-radius-full);
    clip-path: polygon(0 0, calc(100% - var(--arrow)) 0, 100% 50%, calc(100% - var(--arrow)) 100%, 0 100%);
  }
  [part~='step']:last-child {
    padding-inline-end: var(--crm-t-space-3);
    border-start-end-radius: var(--crm-t-radius-full);
    border-end-end-radius: var(--crm-t-radius-full);
    clip-path: polygon(0 0, 100% 0, 100% 100%, 0 100%, var(--arrow) 50%);
  }
  [part~='step']:only-child {
    clip-path: none;
  }
  :host(:dir(rtl)) [part~='step'] {
    transform: scaleX(-1);
  }
  :host(:dir(rtl)) [part~='step'] > * {
    transform: scaleX(-1);
  }
  [part~='complete'] {
    background: var(--crm-c-positive);
    color: var(--crm-c-on-accent);
  }
  [part~='current'] {
    background: var(--crm-c-accent);
    color: var(--crm-c-on-accent);
    font-weight: var(--crm-t-weight-strong);
  }
  [part~='won'] {
    background: var(--crm-c-positive);
    color: var(--crm-c-on-accent);
    font-weight: var(--crm-t-weight-strong);
  }
  [part~='lost'] {
    background: var(--crm-c-critical);
    color: var(--crm-c-on-accent);
    font-weight: var(--crm-t-weight-strong);
  }
  .icon {
    flex: none;
  }
  [part='caption'] {
    display: none;
    margin: var(--crm-t-space-1) 0 0;
    color: var(--crm-c-muted);
  }
  [part='caption'] strong {
    color: var(--crm-c-text);
  }
  /* Too narrow for every label: a segmented bar, and the current stage named in full underneath. */
  @container (max-width: 28rem) {
    [part~='step'] {
      min-height: var(--crm-t-space-2);
      padding: 0;
      --arrow: 0.3rem;
    }
    [part~='step'] .label,
    [part~='step'] .icon {
      ${visuallyHidden}
    }
    [part~='upcoming'] {
      background: var(--crm-c-border);
    }
    [part='caption'] {
      display: block;
    }
  }
  /* Forced colours flatten backgrounds: outline the steps and mark the current one. */
  @media (forced-colors: active) {
    [part~='step'] {
      clip-path: none;
      background: Canvas;
      color: CanvasText;
      border: 1px solid CanvasText;
      border-radius: 0;
      margin-inline-start: 0;
    }
    [part~='current'],
    [part~='won'],
    [part~='lost'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
  }
`;
