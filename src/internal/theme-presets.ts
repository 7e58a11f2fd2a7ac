import { css } from 'lit';

/**
 * Presets: the default design tokens of the two libraries most Chinese intranets are built with, so a widget
 * on such a page looks native. They set the PUBLIC tokens on the themed element, so every descendant widget
 * inherits them (like the scheme), a page rule on the element itself still wins, and `theme="default"`
 * returns a subtree to the suite's own defaults. Colours are `light-dark()` pairs: the library's light theme
 * and its dark theme. test/visual/presets.test.ts compares the result with the real components.
 *
 * Ant Design 6.6.8: `theme.getDesignToken()` with `defaultAlgorithm` / `darkAlgorithm` (seed tokens in
 * antd/lib/theme/themes/seed.js, derived map tokens from antd/lib/theme/themes/{default,dark}). Names in the
 * comments are antd token names.
 */
const antdPreset = css`
  :host([theme~='antd']) {
    --crm-color-surface: light-dark(#ffffff, #141414); /* colorBgContainer */
    --crm-color-surface-muted: light-dark(#f5f5f5, #000000); /* colorBgLayout */
    --crm-color-selected: light-dark(#e6f4ff, #15325b); /* controlItemBgActive */
    --crm-color-text: light-dark(rgba(0, 0, 0, 0.88), rgba(255, 255, 255, 0.85)); /* colorText */
    --crm-color-muted: light-dark(rgba(0, 0, 0, 0.65), rgba(255, 255, 255, 0.65)); /* colorTextSecondary */
    --crm-color-border: light-dark(#d9d9d9, #424242); /* colorBorder */
    --crm-color-border-muted: light-dark(#f0f0f0, #303030); /* colorBorderSecondary */
    --crm-color-accent: light-dark(#1677ff, #1668dc); /* colorPrimary */
    --crm-color-on-accent: #ffffff; /* colorTextLightSolid */
    --crm-color-positive: light-dark(#52c41a, #49aa19); /* colorSuccess */
    --crm-color-warning: light-dark(#faad14, #d89614); /* colorWarning */
    --crm-color-warning-bg: light-dark(#fffbe6, #2b2111); /* colorWarningBg */
    --crm-color-warning-text: light-dark(rgba(0, 0, 0, 0.88), rgba(255, 255, 255, 0.85)); /* Alert text: colorText */
    --crm-color-critical: light-dark(#ff4d4f, #dc4446); /* colorError */
    --crm-focus-ring: light-dark(#91caff, #15325b); /* colorPrimaryBorder (antd's focus outline) */
    --crm-font-family:
      -apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', sans-serif,
      'Apple Color Emoji', 'Segoe UI Emoji', 'Segoe UI Symbol', 'Noto Color Emoji'; /* fontFamily */
    --crm-font-size-xs: 12px; /* fontSizeSM */
    --crm-font-size-sm: 12px; /* fontSizeSM */
    --crm-font-size-md: 14px; /* fontSize */
    --crm-font-size-lg: 16px; /* fontSizeLG */
    --crm-font-size-xl: 20px; /* fontSizeXL */
    --crm-font-size-2xl: 24px; /* fontSizeHeading3 */
    --crm-line-height: 1.5714; /* lineHeight (22/14) */
    --crm-radius-sm: 4px; /* borderRadiusSM */
    --crm-radius-md: 6px; /* borderRadius */
    --crm-radius-lg: 8px; /* borderRadiusLG */
    --crm-elevation-1:
      0 1px 2px 0 rgba(0, 0, 0, 0.05), 0 1px 6px -1px rgba(0, 0, 0, 0.03), 0 2px 4px 0 rgba(0, 0, 0, 0.03); /* boxShadowTertiary */
    --crm-elevation-2:
      0 6px 16px 0 rgba(0, 0, 0, 0.08), 0 3px 6px -4px rgba(0, 0, 0, 0.12), 0 9px 28px 8px rgba(0, 0, 0, 0.05); /* boxShadowSecondary */
    --crm-control-height: 32px; /* controlHeight */
    --crm-row-height: 55px; /* Table, default size: cellPaddingBlock 16px x 2 + 22px line + 1px border */
  }
`;

/**
 * Element Plus 2.14.8: the `--el-*` variables of element-plus/dist/index.css (light) and
 * element-plus/theme-chalk/dark/css-vars.css (`html.dark`). Names in the comments are those variables.
 */
const elementPreset = css`
  :host([theme~='element']) {
    --crm-color-surface: light-dark(#ffffff, #141414); /* --el-bg-color */
    --crm-color-surface-muted: light-dark(#f5f7fa, #262727); /* --el-fill-color-light */
    --crm-color-selected: light-dark(#ecf5ff, #18222b); /* --el-color-primary-light-9 */
    --crm-color-text: light-dark(#303133, #e5eaf3); /* --el-text-color-primary */
    --crm-color-muted: light-dark(#606266, #cfd3dc); /* --el-text-color-regular */
    --crm-color-border: light-dark(#dcdfe6, #4c4d4f); /* --el-border-color */
    --crm-color-border-muted: light-dark(#ebeef5, #363637); /* --el-border-color-lighter */
    --crm-color-accent: #409eff; /* --el-color-primary (same in dark) */
    --crm-color-on-accent: #ffffff; /* --el-color-white */
    --crm-color-positive: #67c23a; /* --el-color-success */
    --crm-color-warning: #e6a23c; /* --el-color-warning */
    --crm-color-warning-bg: light-dark(#fdf6ec, #292218); /* --el-color-warning-light-9 */
    --crm-color-warning-text: light-dark(#303133, #e5eaf3); /* --el-text-color-primary */
    --crm-color-critical: #f56c6c; /* --el-color-danger */
    --crm-focus-ring: light-dark(#a0cfff, #2a598a); /* --el-button-outline-color: --el-color-primary-light-5 */
    --crm-font-family:
      'Helvetica Neue', Helvetica, 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', '微软雅黑', Arial,
      sans-serif; /* --el-font-family */
    --crm-font-size-xs: 12px; /* --el-font-size-extra-small */
    --crm-font-size-sm: 13px; /* --el-font-size-small */
    --crm-font-size-md: 14px; /* --el-font-size-base */
    --crm-font-size-lg: 16px; /* --el-font-size-medium */
    --crm-font-size-xl: 18px; /* --el-font-size-large */
    --crm-font-size-2xl: 20px; /* --el-font-size-extra-large */
    --crm-line-height: 1.7143; /* --el-font-line-height-primary: 24px at 14px */
    --crm-font-weight-strong: 500; /* --el-font-weight-primary */
    --crm-radius-sm: 2px; /* --el-border-radius-small */
    --crm-radius-md: 4px; /* --el-border-radius-base */
    --crm-radius-lg: 4px; /* --el-card-border-radius */
    --crm-elevation-1: 0 0 6px light-dark(#0000001f, #000000b8); /* --el-box-shadow-lighter */
    --crm-elevation-2: 0 0 12px light-dark(#0000001f, #000000b8); /* --el-box-shadow-light */
    --crm-control-height: 32px; /* --el-component-size */
    --crm-row-height: 40px; /* .el-table__cell: padding 8px 0, .cell line-height 23px, 1px border */
  }
`;

/** The suite's own look inside a preset subtree: the public tokens back to unset, so the defaults apply. */
const defaultPreset = css`
  :host([theme~='default']) {
    --crm-color-surface: initial;
    --crm-color-surface-muted: initial;
    --crm-color-selected: initial;
    --crm-color-text: initial;
    --crm-color-muted: initial;
    --crm-color-border: initial;
    --crm-color-border-muted: initial;
    --crm-color-accent: initial;
    --crm-color-on-accent: initial;
    --crm-color-positive: initial;
    --crm-color-warning: initial;
    --crm-color-warning-bg: initial;
    --crm-color-warning-text: initial;
    --crm-color-critical: initial;
    --crm-focus-ring: initial;
    --crm-font-family: initial;
    --crm-font-size-xs: initial;
    --crm-font-size-sm: initial;
    --crm-font-size-md: initial;
    --crm-font-size-lg: initial;
    --crm-font-size-xl: initial;
    --crm-font-size-2xl: initial;
    --crm-line-height: initial;
    --crm-font-weight-strong: initial;
    --crm-radius-sm: initial;
    --crm-radius-md: initial;
    --crm-radius-lg: initial;
    --crm-elevation-1: initial;
    --crm-elevation-2: initial;
    --crm-control-height: initial;
    --crm-row-height: initial;
  }
`;

/**
 * Every preset, adopted by an element whose `theme` names one (crm-element.ts loads this module then, before the
 * element first renders in it, so a page without presets never downloads them).
 */
export const presetStyles = css`
  :host([theme~='antd']),
  :host([theme~='element']) {
    font-size: var(--crm-t-text-md);
    line-height: var(--crm-t-line-height);
  }
  ${antdPreset}${elementPreset}${defaultPreset}
`;
