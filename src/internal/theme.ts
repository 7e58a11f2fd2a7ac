import { css } from 'lit';

/**
 * The one token set every widget draws with: colour roles with light and dark defaults (`light-dark()`,
 * resolved by the element's `color-scheme`), overridable by the page through the public `--crm-color-*`
 * properties, and mapped to system colours under `forced-colors`. Components use only the private
 * `--crm-c-*` names defined here; no colour literal appears anywhere else in src (test/internal/theme.test.ts
 * scans for them).
 *
 * The scheme: `theme="light|dark"` on any widget or the provider sets `--crm-color-scheme`, which custom
 * property inheritance carries to every descendant widget (light DOM and shadow DOM alike); without it a
 * widget follows `prefers-color-scheme` (`light dark`). A page may set `--crm-color-scheme` itself.
 *
 * Notes on the rules (kept out of the CSS, which ships as written):
 * - Badge fills carry text-on-accent; both schemes keep 4.5:1 with white.
 * - Chart bars: drawn on the canvas, so the funnel reads them as computed colours.
 * - Type, space, shape, elevation and density: public --crm-* tokens with their defaults; the private --crm-t-* names are what component styles use (no widget-local sizes). Presets replace the public ones.
 * - `theme` is a list of words: at most one scheme (light|dark|auto) and one preset (default|antd|element), e.g. `theme="antd dark"`. Both act through inherited custom properties, so descendant widgets follow.
 * - The presets (antd, element, default) load with the first element that names one: theme-presets.ts.
 * - Paper is white whatever the screen's scheme.
 * - Pressed toggles and selected options keep their state visible in the user's palette.
 */
export const themeStyles = css`
  :host {
    color-scheme: var(--crm-color-scheme, light dark);
    --crm-c-surface: var(--crm-color-surface, light-dark(#ffffff, #0d1117));
    --crm-c-surface-muted: var(--crm-color-surface-muted, light-dark(#f6f8fa, #161b22));
    --crm-c-selected: var(--crm-color-selected, light-dark(#ddf4ff, #12263f));
    --crm-c-text: var(--crm-color-text, light-dark(#1f2328, #e6edf3));
    --crm-c-muted: var(--crm-color-muted, var(--crm-color-text-muted, light-dark(#57606a, #9ba4ae)));
    --crm-c-border: var(--crm-color-border, light-dark(#d0d7de, #3d444d));
    --crm-c-border-muted: var(--crm-color-border-muted, light-dark(#eaeef2, #262c36));
    --crm-c-accent: var(--crm-color-accent, light-dark(#1d4f91, #6cb6ff));
    --crm-c-on-accent: var(--crm-color-on-accent, light-dark(#ffffff, #0d1117));
    --crm-c-positive: var(--crm-color-positive, var(--crm-color-success, light-dark(#1a7f37, #56d364)));
    --crm-c-warning: var(--crm-color-warning, light-dark(#9a6700, #d29922));
    --crm-c-warning-bg: var(--crm-color-warning-bg, light-dark(#fff4ce, #2e2406));
    --crm-c-warning-text: var(--crm-color-warning-text, light-dark(#4d3800, #f2cc60));
    --crm-c-critical: var(--crm-color-critical, var(--crm-color-danger, light-dark(#b42318, #ff8e86)));
    --crm-c-focus: var(--crm-focus-ring, var(--crm-color-focus, light-dark(#0b5cad, #79c0ff)));
    --crm-c-shadow: var(--crm-color-shadow, light-dark(#00000026, #00000099));
    --crm-c-tier-text: var(--crm-tier-text, #ffffff);
    --crm-c-tier-a1: var(--crm-tier-a1, #a4262c);
    --crm-c-tier-a2: var(--crm-tier-a2, #8a4b00);
    --crm-c-tier-b1: var(--crm-tier-b1, #1d4f91);
    --crm-c-tier-b2: var(--crm-tier-b2, #2b6a4b);
    --crm-c-tier-c: var(--crm-tier-c, #57606a);
    --crm-c-tier-stars: var(--crm-tier-stars, #6b4f00);
    --crm-c-tier-points: var(--crm-tier-points, #5a3e8c);
    --crm-c-funnel-bar: var(--crm-funnel-bar, var(--crm-c-accent));
    --crm-c-funnel-won: var(--crm-funnel-won, var(--crm-c-positive));
    --crm-c-funnel-active: var(--crm-funnel-active, light-dark(#0b2545, #cae8ff));

    --crm-t-font: var(
      --crm-font-family,
      system-ui,
      -apple-system,
      'Segoe UI',
      'PingFang SC',
      'Hiragino Sans GB',
      'Microsoft YaHei',
      'Noto Sans CJK SC',
      sans-serif
    );
    --crm-t-text-xs: var(--crm-font-size-xs, 0.75rem);
    --crm-t-text-sm: var(--crm-font-size-sm, 0.8125rem);
    --crm-t-text-md: var(--crm-font-size-md, 0.875rem);
    --crm-t-text-lg: var(--crm-font-size-lg, 1rem);
    --crm-t-text-xl: var(--crm-font-size-xl, 1.25rem);
    --crm-t-text-2xl: var(--crm-font-size-2xl, 1.625rem);
    --crm-t-line-height: var(--crm-line-height, 1.45);
    --crm-t-weight-strong: var(--crm-font-weight-strong, 600);
    --crm-t-space-1: var(--crm-space-1, 0.25rem);
    --crm-t-space-2: var(--crm-space-2, 0.5rem);
    --crm-t-space-3: var(--crm-space-3, 0.75rem);
    --crm-t-space-4: var(--crm-space-4, 1rem);
    --crm-t-space-5: var(--crm-space-5, 1.5rem);
    --crm-t-space-6: var(--crm-space-6, 2rem);
    --crm-t-radius-sm: var(--crm-radius-sm, 4px);
    --crm-t-radius-md: var(--crm-radius-md, var(--crm-radius, 6px));
    --crm-t-radius-lg: var(--crm-radius-lg, 10px);
    --crm-t-radius-full: var(--crm-radius-full, 999px);
    --crm-t-elevation-1: var(--crm-elevation-1, 0 1px 2px var(--crm-c-shadow));
    --crm-t-elevation-2: var(--crm-elevation-2, 0 4px 14px var(--crm-c-shadow));
    --crm-t-control-height: var(--crm-control-height, 2rem);
    --crm-t-row-height: var(--crm-row-height, 2.25rem);
  }
  :host([theme~='light']) {
    --crm-color-scheme: light;
  }
  :host([theme~='dark']) {
    --crm-color-scheme: dark;
  }
  :host([theme~='auto']) {
    --crm-color-scheme: light dark;
  }
  @media print {
    :host,
    :host([theme]) {
      color-scheme: light;
    }
  }
  @media (forced-colors: active) {
    :host {
      --crm-c-surface: Canvas;
      --crm-c-surface-muted: Canvas;
      --crm-c-selected: Highlight;
      --crm-c-text: CanvasText;
      --crm-c-muted: CanvasText;
      --crm-c-border: CanvasText;
      --crm-c-border-muted: GrayText;
      --crm-c-accent: LinkText;
      --crm-c-on-accent: Canvas;
      --crm-c-positive: CanvasText;
      --crm-c-warning: CanvasText;
      --crm-c-warning-bg: Canvas;
      --crm-c-warning-text: CanvasText;
      --crm-c-critical: CanvasText;
      --crm-c-focus: Highlight;
      --crm-c-tier-text: CanvasText;
      --crm-c-funnel-bar: CanvasText;
      --crm-c-funnel-won: CanvasText;
      --crm-c-funnel-active: Highlight;
    }
    [aria-pressed='true'],
    [aria-selected='true'] {
      forced-color-adjust: none;
      background: Highlight;
      border-color: Highlight;
      color: HighlightText;
    }
  }
`;

/** A colour scheme; anything else behaves as `auto`. */
export type ThemeScheme = 'light' | 'dark' | 'auto';
/** A design preset: the suite's own look, Ant Design's or Element Plus's. */
export type ThemePreset = 'default' | 'antd' | 'element';
/** The values `theme` takes: a scheme, a preset, or both separated by a space (`antd dark`). */
export type ThemeName = ThemeScheme | ThemePreset | `${ThemePreset} ${ThemeScheme}` | `${ThemeScheme} ${ThemePreset}`;
