/// <reference types="vite/client" />
/**
 * The documentation site. Element pages are generated from custom-elements.json (so a new element gets its
 * page after `npm run build:manifest`), with a live example from docs/examples/<tag>.html when there is one.
 * Guides are Markdown in docs/pages/<name>.<lang>.md. English and Chinese: the page chrome and the guides
 * switch, and the live widgets follow the document's `lang`.
 */
import { marked } from 'marked';
import manifest from '../custom-elements.json';
import pkg from '../package.json';
import '../src/index.js';
// The elements that also work on their own, with entries of their own (the root entry does not register them).
import '../src/components/customer-card/contacts-editor.js';
import '../src/components/pipeline-board/opportunity-form.js';
import '../src/internal/stage-path.js';
import './design-reference.js';

type Lang = 'en' | 'zh-CN';
interface Item {
  name: string;
  description?: string;
  summary?: string;
  type?: { text: string };
  default?: string;
  fieldName?: string;
  attribute?: string;
  kind?: string;
  privacy?: string;
  static?: boolean;
}
interface Declaration extends Item {
  tagName?: string;
  customElement?: boolean;
  attributes?: Item[];
  members?: Item[];
  events?: Item[];
  cssParts?: Item[];
  cssProperties?: Item[];
  slots?: Item[];
}

/** The package entry (`crm-widgets/<name>`) of each shipped module, from package.json `exports`. */
const entryOf = new Map(
  Object.entries(pkg.exports as Record<string, string | { import?: string }>).flatMap(([key, target]) =>
    typeof target === 'object' && target.import
      ? [[target.import.replace(/^\.\//, ''), key === '.' ? 'crm-widgets' : `crm-widgets/${key.slice(2)}`] as const]
      : [],
  ),
);

const elements = (manifest as { modules: { path: string; declarations?: Declaration[] }[] }).modules.flatMap((m) =>
  (m.declarations ?? []).filter((d) => d.customElement && d.tagName).map((d) => ({ ...d, module: m.path })),
);

// Trusted files of this repository (examples and guides), bundled at build time.
const examples = import.meta.glob<string>('./examples/*.html', { query: '?raw', import: 'default', eager: true });
const pages = import.meta.glob<string>('./pages/*.md', { query: '?raw', import: 'default', eager: true });

const UI = {
  en: {
    language: 'Language',
    elements: 'Elements',
    guides: 'Guides',
    usage: 'Use it with React, Vue, Angular or a plain page',
    domain: 'Domain rules',
    design: 'Design language and theme presets',
    compare: 'Presets beside Ant Design and Element Plus',
    example: 'Live example',
    noExample: 'No example yet: the element with no attributes.',
    import: 'Import',
    attributes: 'Attributes',
    properties: 'Properties',
    events: 'Events',
    parts: 'CSS parts',
    slots: 'Slots',
    tokens: 'CSS custom properties (tokens)',
    name: 'Name',
    type: 'Type',
    default: 'Default',
    description: 'Description',
    detail: 'Detail type',
    none: 'None.',
    intro:
      'Drop-in CRM web components for key-account teams. Every page here runs the real widgets on one IndexedDB database seeded from sample data.',
  },
  'zh-CN': {
    language: '语言',
    elements: '组件',
    guides: '指南',
    usage: '在 React、Vue、Angular 或普通页面中使用',
    domain: '业务规则',
    design: '设计语言与主题预设',
    compare: '预设与 Ant Design、Element Plus 对照',
    example: '实时示例',
    noExample: '暂无示例：以下为不带属性的组件。',
    import: '引入',
    attributes: 'HTML 属性',
    properties: 'JS 属性',
    events: '事件',
    parts: 'CSS 部件（part）',
    slots: '插槽',
    tokens: 'CSS 自定义属性（设计令牌）',
    name: '名称',
    type: '类型',
    default: '默认值',
    description: '说明',
    detail: '事件 detail 类型',
    none: '无。',
    intro:
      '面向大客户团队的即插即用 CRM Web 组件。本站每个页面都运行真实组件，数据来自示例数据初始化的同一个 IndexedDB 数据库。',
  },
} satisfies Record<Lang, Record<string, string>>;

let lang: Lang =
  (localStorage.getItem('crm-docs-lang') as Lang | null) ?? (navigator.language.startsWith('zh') ? 'zh-CN' : 'en');

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, attrs: Record<string, string> = {}) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  return node;
}

function table(title: string, rows: Item[], columns: [string, (item: Item) => string][]): HTMLElement[] {
  const t = UI[lang];
  const heading = el('h2', title);
  if (!rows.length) return [heading, el('p', t.none)];
  const tableEl = el('table');
  const head = tableEl.createTHead().insertRow();
  for (const [label] of columns) head.append(el('th', label, { scope: 'col' }));
  const body = tableEl.createTBody();
  for (const row of rows) {
    const tr = body.insertRow();
    for (const [label, value] of columns) {
      const cell = tr.insertCell();
      if (label === t.description) cell.textContent = value(row);
      else if (value(row)) cell.append(el('code', value(row)));
    }
  }
  return [heading, tableEl];
}

function elementPage(decl: (typeof elements)[number]): Node[] {
  const t = UI[lang];
  const tag = decl.tagName!;
  const entry = entryOf.get(decl.module) ?? decl.module;
  const example = examples[`./examples/${tag}.html`];
  const exampleBox = el('div', undefined, { class: 'example' });
  // Our own example files, never user input.
  exampleBox.innerHTML = example ?? `<${tag}></${tag}>`;
  // Properties an example gives as JSON (objects and arrays are properties, not attributes), e.g. the stage path's.
  for (const node of exampleBox.querySelectorAll<HTMLElement>('[data-docs-props]')) {
    Object.assign(node, JSON.parse(node.dataset.docsProps!));
  }
  const source = el('pre');
  source.append(el('code', (example ?? `<${tag}></${tag}>`).trim()));
  const properties = (decl.members ?? []).filter((m) => m.kind === 'field' && !m.privacy && !m.static);
  const text = (item: Item) => (item.description ?? '').replace(/\s+/g, ' ').trim();
  return [
    el('h1', `<${tag}>`),
    el('p', (decl.summary ?? decl.description ?? '').replace(/\s+/g, ' ').trim()),
    el('h2', t.import),
    Object.assign(el('pre'), { textContent: `import '${entry}';` }),
    el('h2', t.example),
    ...(example ? [] : [el('p', t.noExample)]),
    exampleBox,
    source,
    ...table(t.attributes, decl.attributes ?? [], [
      [t.name, (a) => a.name],
      [t.type, (a) => a.type?.text ?? ''],
      [t.default, (a) => a.default ?? ''],
      [t.description, text],
    ]),
    ...table(t.properties, properties, [
      [t.name, (p) => p.name],
      [t.type, (p) => p.type?.text ?? ''],
      [t.default, (p) => p.default ?? ''],
      [t.description, text],
    ]),
    ...table(t.events, decl.events ?? [], [
      [t.name, (e) => e.name],
      [t.detail, (e) => e.type?.text ?? ''],
      [t.description, text],
    ]),
    ...table(t.parts, decl.cssParts ?? [], [
      [t.name, (p) => p.name],
      [t.description, text],
    ]),
    ...table(t.slots, decl.slots ?? [], [
      [t.name, (s) => s.name || '(default)'],
      [t.description, text],
    ]),
    ...table(t.tokens, decl.cssProperties ?? [], [
      [t.name, (c) => c.name],
      [t.default, (c) => c.default ?? ''],
      [t.description, text],
    ]),
  ];
}

function guidePage(name: string): Node[] {
  const markdown = pages[`./pages/${name}.${lang}.md`] ?? pages[`./pages/${name}.en.md`] ?? '';
  const container = el('div');
  // Markdown from this repository (docs/pages), rendered at runtime: trusted content.
  container.innerHTML = marked.parse(markdown, { async: false });
  return [container];
}

function homePage(): Node[] {
  const t = UI[lang];
  const list = el('ul');
  for (const decl of elements) {
    const item = el('li');
    item.append(el('a', `<${decl.tagName}>`, { href: `#/elements/${decl.tagName}` }));
    item.append(` — ${(decl.summary ?? '').split('\n')[0]}`);
    list.append(item);
  }
  return [el('h1', 'crm-widgets'), el('p', t.intro), el('h2', t.elements), list];
}

function renderNav(route: string): void {
  const t = UI[lang];
  const nav = document.getElementById('nav')!;
  const link = (href: string, label: string) => {
    const li = el('li');
    li.append(el('a', label, { href, ...(href === `#${route}` ? { 'aria-current': 'page' } : {}) }));
    return li;
  };
  const guides = el('ul');
  guides.append(link('#/usage', t.usage), link('#/domain', t.domain), link('#/design', t.design));
  guides.append(link('./compare.html', t.compare));
  const list = el('ul');
  for (const decl of elements) list.append(link(`#/elements/${decl.tagName}`, `<${decl.tagName}>`));
  nav.replaceChildren(el('h2', t.guides), guides, el('h2', t.elements), list);
}

function render(): void {
  document.documentElement.lang = lang;
  (document.getElementById('lang') as HTMLSelectElement).value = lang;
  document.getElementById('lang-label')!.textContent = UI[lang].language;
  const route = location.hash.replace(/^#/, '') || '/';
  const tag = /^\/elements\/(.+)$/.exec(route)?.[1];
  const decl = tag ? elements.find((d) => d.tagName === tag) : undefined;
  const page = document.getElementById('page')!;
  page.replaceChildren(
    ...(decl
      ? elementPage(decl)
      : route === '/usage'
        ? guidePage('usage')
        : route === '/domain' || route === '/design'
          ? guidePage(route.slice(1))
          : homePage()),
  );
  renderNav(route);
}

document.getElementById('lang')!.addEventListener('change', (event) => {
  lang = (event.target as HTMLSelectElement).value as Lang;
  localStorage.setItem('crm-docs-lang', lang);
  render();
});
window.addEventListener('hashchange', render);
render();
