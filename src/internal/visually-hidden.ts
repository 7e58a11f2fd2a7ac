import { css } from 'lit';

/**
 * The declarations that hide text from the eye but not from screen readers, interpolated into each widget's
 * own selectors (`.sr-only { ${visuallyHidden} }`, also inside container queries), so there is one definition.
 */
export const visuallyHidden = css`
  position: absolute;
  width: 1px;
  height: 1px;
  margin: -1px;
  padding: 0;
  border: 0;
  overflow: hidden;
  clip-path: inset(50%);
  white-space: nowrap;
`;
