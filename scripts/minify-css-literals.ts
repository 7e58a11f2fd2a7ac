import type { Plugin } from 'vite';

/** Characters around which CSS needs no whitespace. */
const SEPARATOR = /^[{};]$/;

/**
 * Minifies the static text of Lit's css`…` templates in every build (the npm modules, whose users' bundlers
 * leave template text alone, the CDN chunks and the IIFE): comments out, whitespace collapsed. Conservative on
 * purpose: runs of spaces become one, removed only beside `{`, `}` and `;` (so custom property values keep
 * their text), never inside quotes; line breaks stay, and `${…}` interpolations are copied unchanged.
 */
export function minifyCssText(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      const stop = end < 0 ? text.length : end + 2;
      out += '\n'.repeat(text.slice(i, stop).split('\n').length - 1);
      i = stop;
      continue;
    }
    if (ch === '"' || ch === "'") {
      let j = i + 1;
      while (j < text.length && text[j] !== ch) j += text[j] === '\\' ? 2 : 1;
      out += text.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (/\s/.test(ch)) {
      let newlines = 0;
      for (; i < text.length && /\s/.test(text[i]!); i++) if (text[i] === '\n') newlines++;
      const prev = out.at(-1) ?? '';
      const next = text[i] ?? '';
      // Line breaks stay (as the separator) so the source map keeps every later line in place.
      if (newlines) out += '\n'.repeat(newlines);
      else if (!SEPARATOR.test(prev) && !SEPARATOR.test(next)) out += ' ';
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}

/** Finds each css`…` template in a module's source and minifies its static parts (the `${…}` parts stay). */
export function minifyCssLiterals(code: string): string {
  let result = '';
  let from = 0;
  const tag = /\bcss`/g;
  for (let match = tag.exec(code); match; match = tag.exec(code)) {
    const start = match.index + match[0].length;
    let i = start;
    let text = '';
    const parts: string[] = [];
    while (i < code.length && code[i] !== '`') {
      if (code[i] === '\\') {
        text += code.slice(i, i + 2);
        i += 2;
      } else if (code[i] === '$' && code[i + 1] === '{') {
        let depth = 1;
        let j = i + 2;
        while (j < code.length && depth) {
          if (code[j] === '{') depth++;
          else if (code[j] === '}') depth--;
          j++;
        }
        parts.push(minifyCssText(text), code.slice(i, j));
        text = '';
        i = j;
      } else {
        text += code[i];
        i++;
      }
    }
    parts.push(minifyCssText(text));
    result += code.slice(from, start) + parts.join('');
    from = i;
    tag.lastIndex = i + 1;
  }
  return result + code.slice(from);
}

/** The Vite plugin: only the package's own sources (`src/**.ts`), only when building (not in the dev server). */
export const cssLiteralsMinified: Plugin = {
  name: 'crm-minify-css-literals',
  apply: 'build',
  enforce: 'pre',
  transform(code, id) {
    if (!/\/src\/.+\.ts$/.test(id) || !code.includes('css`')) return undefined;
    const minified = minifyCssLiterals(code);
    return minified === code ? undefined : { code: minified, map: null };
  },
};
