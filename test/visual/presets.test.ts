/**
 * The theme presets against the real libraries (docs/compare.html, built into docs/dist by `npm test`). In light
 * and dark, our widget in `theme="antd"` / `theme="element"` computes the same primary colour, text on it, corner
 * radius, font family, font size and control height as a real Ant Design 6 button (rendered by React with antd's
 * own CSS-in-JS) and a real Element Plus button (its dist/index.css); the same border colour, radius and height as
 * their inputs; and our row-height token equals the height of a real table row in each library.
 */
import { expect } from '@open-wc/testing';
import { until } from '../support/fixtures.js';

async function openCompare(scheme: 'light' | 'dark'): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.className = 'compare';
  frame.width = '1280';
  frame.height = '900';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/docs/dist/compare.html?scheme=${scheme}`;
  document.body.append(frame);
  await loaded;
  return frame.contentDocument!;
}

// A primary button's border is drawn in its fill (antd: transparent, Element Plus: the primary colour), so border
// colours are compared on the default controls below.
const LOOKS = ['backgroundColor', 'color', 'borderTopColor', 'borderTopLeftRadius', 'fontFamily', 'fontSize'] as const;
const BUTTON_LOOKS = LOOKS.filter((name) => name !== 'borderTopColor');
function look(el: Element, names: readonly (typeof LOOKS)[number][] = BUTTON_LOOKS) {
  const style = getComputedStyle(el);
  const entries = names.map((name) => [name, style[name].replace(/\s+/g, ' ')]);
  return Object.fromEntries([...entries, ['height', `${Math.round(el.getBoundingClientRect().height)}px`]]);
}

const ourButton = (doc: Document, preset: string, primary: boolean) =>
  doc.querySelector(`crm-import[theme="${preset}"]`)?.shadowRoot?.querySelector(primary ? 'button.primary' : 'select');
const rowHeight = (doc: Document, preset: string) =>
  getComputedStyle(doc.querySelector(`crm-import[theme="${preset}"]`)!)
    .getPropertyValue('--crm-t-row-height')
    .trim();

describe('theme presets beside real Ant Design and Element Plus (docs/compare.html)', function () {
  this.timeout(60000);
  before(async () => {
    const response = await fetch('/docs/dist/compare.html', { method: 'HEAD' });
    if (!response.ok) throw new Error('docs/dist is missing: run `npm run docs:build` first (npm test does).');
  });
  afterEach(() => {
    for (const frame of document.querySelectorAll('iframe.compare')) frame.remove();
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`${scheme}: theme="antd" matches antd's primary button, input and table`, async () => {
      const doc = await openCompare(scheme);
      const antdColumn = () => doc.querySelector('#antd-real')!.textContent;
      await until(() => !!doc.querySelector('#antd-primary') && !!ourButton(doc, 'antd', true), 'both sides drawn')
        // The page writes a failed antd render into the column: say what it was.
        .catch((error) => Promise.reject(new Error(`${error.message}: ${antdColumn()}`)));
      const real = doc.querySelector('#antd-primary')!;
      const ours = ourButton(doc, 'antd', true)!;
      expect(look(ours)).to.deep.equal(look(real));
      // A default control: border colour, radius and height of antd's input against our select.
      const input = look(doc.querySelector('#antd-real .ant-input')!, LOOKS);
      const select = look(ourButton(doc, 'antd', false)!, LOOKS);
      for (const key of ['borderTopColor', 'borderTopLeftRadius', 'height', 'fontFamily'] as const) {
        expect(select[key], key).to.equal(input[key]);
      }
      const row = doc.querySelector('#antd-real .ant-table-tbody tr')!.getBoundingClientRect().height;
      expect(rowHeight(doc, 'antd')).to.equal(`${Math.round(row)}px`);
    });

    it(`${scheme}: theme="element" matches Element Plus's primary button, input and table`, async () => {
      const doc = await openCompare(scheme);
      await until(() => !!ourButton(doc, 'element', true), 'our side drawn');
      const real = look(doc.querySelector('#el-primary')!);
      const ours = look(ourButton(doc, 'element', true)!);
      // Element Plus leaves the font to the application (its buttons keep the browser's): apps set
      // --el-font-family on the page, as the comparison page does on its Element Plus column.
      real.fontFamily = getComputedStyle(doc.querySelector('#element-real')!).fontFamily;
      expect(ours).to.deep.equal(real);
      const input = doc.querySelector('#element-real .el-input__wrapper')!;
      const select = look(ourButton(doc, 'element', false)!);
      expect(select.height).to.equal(look(input).height);
      expect(select.borderTopLeftRadius).to.equal(look(input).borderTopLeftRadius);
      const row = doc.querySelector('#element-real .el-table__row')!.getBoundingClientRect().height;
      expect(rowHeight(doc, 'element')).to.equal(`${Math.round(row)}px`);
    });
  }
});
