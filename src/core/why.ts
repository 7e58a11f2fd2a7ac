/**
 * The "why" attached to engine results: an ordered list of steps the UI can show as the
 * working behind a tier, a rating or a figure. `code` is stable (for localisation), `text`
 * is an English rendering, `values` carries the numbers the text talks about.
 */
export interface WhyStep {
  readonly code: string;
  readonly text: string;
  readonly values?: Readonly<Record<string, number | string | boolean | null>>;
}

export function why(code: string, text: string, values?: Record<string, number | string | boolean | null>): WhyStep {
  return values ? { code, text, values } : { code, text };
}
