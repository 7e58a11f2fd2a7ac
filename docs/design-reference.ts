/**
 * `<docs-design-reference>`: the design language drawn with the suite's own tokens (src/internal/theme.ts), for
 * the docs' "Design language" page: type scale, spacing, radii, elevation, colour roles and the icons. It carries
 * `theme` like a widget (`light`, `dark`, a preset), so the page shows one per scheme and preset.
 */
import { css, html, LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import * as icons from '../src/internal/icons.js';
import { themeStyles } from '../src/internal/theme.js';
import { presetStyles } from '../src/internal/theme-presets.js';

type Lang = 'en' | 'zh-CN';
const TEXT = {
  en: {
    type: 'Type scale',
    space: 'Spacing',
    radius: 'Radii',
    elevation: 'Elevation',
    colour: 'Colour roles',
    icons: 'Icons',
    sample: 'Annual revenue ¥52.5M',
  },
  'zh-CN': {
    type: '字号',
    space: '间距',
    radius: '圆角',
    elevation: '层级（阴影）',
    colour: '颜色角色',
    icons: '图标',
    sample: '年营业额 ¥5,250万',
  },
} satisfies Record<Lang, Record<string, string>>;

export const TYPE_STEPS = ['xs', 'sm', 'md', 'lg', 'xl', '2xl'];
export const SPACE_STEPS = [1, 2, 3, 4, 5, 6];
export const RADII = ['sm', 'md', 'lg', 'full'];
export const ROLES = [
  'surface',
  'surface-muted',
  'selected',
  'text',
  'muted',
  'border',
  'border-muted',
  'accent',
  'on-accent',
  'positive',
  'warning',
  'warning-bg',
  'warning-text',
  'critical',
  'focus',
];

export class DocsDesignReference extends LitElement {
  static override styles = [
    themeStyles,
    presetStyles,
    css`
      :host {
        display: block;
        font-family: var(--crm-t-font);
        font-size: var(--crm-t-text-md);
        line-height: var(--crm-t-line-height);
        color: var(--crm-c-text);
        background: var(--crm-c-surface);
        border: 1px solid var(--crm-c-border);
        border-radius: var(--crm-t-radius-lg);
        padding: var(--crm-t-space-4);
      }
      h3 {
        font-size: var(--crm-t-text-lg);
        font-weight: var(--crm-t-weight-strong);
        margin: var(--crm-t-space-4) 0 var(--crm-t-space-2);
      }
      h3:first-child {
        margin-top: 0;
      }
      .row {
        display: flex;
        flex-wrap: wrap;
        gap: var(--crm-t-space-3);
        align-items: end;
      }
      code {
        font-size: var(--crm-t-text-xs);
        color: var(--crm-c-muted);
        display: block;
      }
      .t-xs { font-size: var(--crm-t-text-xs); }
      .t-sm { font-size: var(--crm-t-text-sm); }
      .t-md { font-size: var(--crm-t-text-md); }
      .t-lg { font-size: var(--crm-t-text-lg); }
      .t-xl { font-size: var(--crm-t-text-xl); }
      .t-2xl { font-size: var(--crm-t-text-2xl); font-weight: var(--crm-t-weight-strong); }
      .bar {
        display: block;
        height: var(--crm-t-space-3);
        background: var(--crm-c-accent);
      }
      .s-1 { width: var(--crm-t-space-1); }
      .s-2 { width: var(--crm-t-space-2); }
      .s-3 { width: var(--crm-t-space-3); }
      .s-4 { width: var(--crm-t-space-4); }
      .s-5 { width: var(--crm-t-space-5); }
      .s-6 { width: var(--crm-t-space-6); }
      .box {
        width: 4rem;
        height: var(--crm-t-control-height);
        border: 1px solid var(--crm-c-border);
        background: var(--crm-c-surface-muted);
      }
      .r-sm { border-radius: var(--crm-t-radius-sm); }
      .r-md { border-radius: var(--crm-t-radius-md); }
      .r-lg { border-radius: var(--crm-t-radius-lg); }
      .r-full { border-radius: var(--crm-t-radius-full); }
      .e-1 { box-shadow: var(--crm-t-elevation-1); border-color: var(--crm-c-border-muted); }
      .e-2 { box-shadow: var(--crm-t-elevation-2); border-color: var(--crm-c-border-muted); }
      .swatch {
        width: 2rem;
        height: 2rem;
        border: 1px solid var(--crm-c-border);
        border-radius: var(--crm-t-radius-sm);
      }
      .c-surface { background: var(--crm-c-surface); }
      .c-surface-muted { background: var(--crm-c-surface-muted); }
      .c-selected { background: var(--crm-c-selected); }
      .c-text { background: var(--crm-c-text); }
      .c-muted { background: var(--crm-c-muted); }
      .c-border { background: var(--crm-c-border); }
      .c-border-muted { background: var(--crm-c-border-muted); }
      .c-accent { background: var(--crm-c-accent); }
      .c-on-accent { background: var(--crm-c-on-accent); }
      .c-positive { background: var(--crm-c-positive); }
      .c-warning { background: var(--crm-c-warning); }
      .c-warning-bg { background: var(--crm-c-warning-bg); }
      .c-warning-text { background: var(--crm-c-warning-text); }
      .c-critical { background: var(--crm-c-critical); }
      .c-focus { background: var(--crm-c-focus); }
      figure {
        margin: 0;
        width: 6.5rem;
      }
      figcaption {
        font-size: var(--crm-t-text-xs);
        overflow-wrap: anywhere;
      }
      .icons {
        font-size: var(--crm-t-text-xl);
        color: var(--crm-c-text);
      }
      .icons figure {
        width: 7.5rem;
      }
    `,
  ];

  @property({ reflect: true }) override lang: string = 'en';
  @property({ reflect: true }) theme?: string;

  protected override render() {
    const t = TEXT[this.lang === 'zh-CN' ? 'zh-CN' : 'en'];
    const named = Object.entries(icons).filter(([name]) => name.startsWith('icon'));
    return html`
      <h3>${t.type}</h3>
      <div class="row">
        ${TYPE_STEPS.map((s) => html`<div><span class="t-${s}">${t.sample}</span><code>--crm-font-size-${s}</code></div>`)}
      </div>
      <h3>${t.space}</h3>
      <div class="row">
        ${SPACE_STEPS.map((s) => html`<div><span class="bar s-${s}"></span><code>--crm-space-${s}</code></div>`)}
      </div>
      <h3>${t.radius} · ${t.elevation}</h3>
      <div class="row">
        ${RADII.map((r) => html`<div><div class="box r-${r}"></div><code>--crm-radius-${r}</code></div>`)}
        ${[1, 2].map((e) => html`<div><div class="box r-md e-${e}"></div><code>--crm-elevation-${e}</code></div>`)}
      </div>
      <h3>${t.colour}</h3>
      <div class="row">
        ${ROLES.map((r) => html`<figure><div class="swatch c-${r}"></div><figcaption>${r}</figcaption></figure>`)}
      </div>
      <h3>${t.icons}</h3>
      <div class="row icons">
        ${named.map(([name, draw]) => html`<figure>${(draw as () => unknown)()}<figcaption>${name}</figcaption></figure>`)}
      </div>
    `;
  }
}
if (!customElements.get('docs-design-reference')) customElements.define('docs-design-reference', DocsDesignReference);
