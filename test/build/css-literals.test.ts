/**
 * The script-tag builds minify the text of css`…` templates (scripts/minify-css-literals.ts): what a browser
 * downloads gets smaller, and what the browser parses must mean the same.
 */
import { expect } from '@open-wc/testing';
import { minifyCssLiterals, minifyCssText } from '../../scripts/minify-css-literals.js';

/** The rules a browser reads from a style sheet, as text (its own normalised serialisation). */
function parsed(text: string): string[] {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(text);
  return [...sheet.cssRules].map((rule) => rule.cssText);
}

describe('css literal minification', () => {
  const source = `
    /* A comment with 'quotes' and a \\\`backtick\\\` */
    :host([theme~='antd']) .a > .b,
    .c   .d {
      --crm-x: light-dark(#fff, #000); /* token */
      font-family: 'Segoe UI',   Roboto;
      width: calc(100% - 2 * var(--crm-t-space-2));
      content: ' keep  these  spaces ';
    }
    @media (forced-colors: active) {
      .a { color: CanvasText; }
    }
  `;

  it('keeps the meaning: the browser parses the same rules', () => {
    const out = minifyCssText(source);
    expect(parsed(out)).to.deep.equal(parsed(source));
    expect(out).not.to.include('token');
    expect(out).to.include("' keep  these  spaces '");
    expect(out).to.include('calc(100% - 2 * var(--crm-t-space-2))');
    expect(out.length).to.be.lessThan(source.length * 0.75);
  });

  it('keeps every line break, so source maps of the code below stay right', () => {
    expect(minifyCssText(source).split('\n').length).to.equal(source.split('\n').length);
  });

  it('minifies only css templates and leaves interpolations as they are', () => {
    const code =
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the source text of a module, as the plugin sees it
      'const a = css`\n  .x  {  color: ${unsafeCSS( "a  b" )};  }\n`;\nconst b = html`<p>  two  spaces</p>`;';
    const out = minifyCssLiterals(code);
    // biome-ignore lint/suspicious/noTemplateCurlyInString: an interpolation in that source text
    expect(out).to.include('${unsafeCSS( "a  b" )}');
    expect(out).to.include('html`<p>  two  spaces</p>`');
    expect(out).to.include('.x{color: ${');
    expect(out.split('\n').length).to.equal(code.split('\n').length);
  });
});
