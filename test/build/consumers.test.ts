/**
 * Consumer apps built in production mode from the packed tarball (test/build/consumers.mjs, run by `npm test`
 * before the browser tests): a plain Vite app, React 19 + TypeScript, Vue 3, an esbuild bundle and Angular 21. Each is
 * loaded as a user's browser would load it, and every element the package declares must be defined, render,
 * hold the object its framework passed as a property, and reach the framework's listener with a crm-* event.
 */
import { expect } from '@open-wc/testing';
import { until } from '../support/fixtures.js';

interface Sample {
  tag: string;
  prop?: string;
  value?: unknown;
  event?: string;
  /** For `swap-value`: a second value whose arrival makes the element fire its event. */
  alternate?: unknown;
  trigger?: 'swap-value' | 'click-stage' | 'click-account-link' | 'dispatch';
}
interface ConsumerWindow extends Window {
  __crm?: { events: { tag: string; type: string }[]; samples: Sample[]; framework: string; ready: boolean };
}
interface Apps {
  elements: string[];
  files: string[];
  apps: { name: string; url: string }[];
}

const FRAMEWORK_APPS = ['vite', 'react', 'vue', 'esbuild', 'angular'];

async function loadApps(): Promise<Apps> {
  const response = await fetch('/.tmp/consumers/apps.json');
  if (!response.ok) throw new Error('No consumer builds: run `node test/build/consumers.mjs` first (npm test does).');
  return response.json();
}

async function openApp(url: string, { harness = true } = {}): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.width = '900px';
  frame.style.height = '700px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = url;
  document.body.append(frame);
  await loaded;
  if (harness) await until(() => !!(frame.contentWindow as ConsumerWindow).__crm?.ready, `${url} started`);
  return frame;
}

/** Makes the element fire its event the way a user (or the data) would; `dispatch` only checks the wiring. */
async function trigger(el: HTMLElement & Record<string, unknown>, sample: Sample, win: Window): Promise<void> {
  // Elements that render into their own light DOM (the contacts editor) have no shadow root.
  const root = el.shadowRoot ?? el;
  switch (sample.trigger) {
    case 'swap-value': {
      // The first value must have been shown (computed) before the second can change it.
      await until(
        () => !!root.querySelector('[part="code"]') && !root.querySelector('[aria-busy]'),
        `${sample.tag} shown`,
      );
      el[sample.prop!] = sample.alternate;
      return;
    }
    case 'click-stage': {
      await until(() => !!root.querySelector('[part="stages"] button'), `${sample.tag} stage buttons`);
      root.querySelector<HTMLButtonElement>('[part="stages"] button')!.click();
      return;
    }
    case 'click-account-link': {
      await until(() => !!root.querySelector('[part="account-link"]'), `${sample.tag} account link`);
      root.querySelector<HTMLButtonElement>('[part="account-link"]')!.click();
      return;
    }
    default: {
      // An element without a scripted interaction: its event, fired from inside its shadow root, must still
      // reach the listener the framework attached to the element.
      const inner = root.firstElementChild ?? el;
      const Event = (win as unknown as { CustomEvent: typeof CustomEvent }).CustomEvent;
      inner.dispatchEvent(new Event(sample.event!, { detail: {}, bubbles: true, composed: true }));
    }
  }
}

/** The file names a page fetched. */
const fetchedFiles = (win: Window) =>
  (win.performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map(
    (r) => new URL(r.name).pathname.split('/').pop()!,
  );

/** Opens a card's Edit mode and one field's editor and types `value` into it (Save is the caller's). */
async function editCardField(card: Element, win: Window, field: string, value: string): Promise<HTMLInputElement> {
  const root = card.shadowRoot!;
  if (!root.querySelector('#edit-panel')) root.querySelector<HTMLButtonElement>('[data-action="edit"]')!.click();
  await until(() => !!root.querySelector(`#edit-panel [data-edit="${field}"]`), 'Edit mode open');
  root.querySelector<HTMLButtonElement>(`[data-edit="${field}"]`)!.click();
  await until(() => !!root.querySelector('[data-editor]'), `${field} editor`);
  const input = root.querySelector<HTMLInputElement>('[data-editor]')!;
  input.value = value;
  input.dispatchEvent(new (win as unknown as { Event: typeof Event }).Event('input'));
  return input;
}

const saveCardEdit = (card: Element) =>
  card.shadowRoot!.querySelector<HTMLButtonElement>('.editor .action:not(.secondary)')!.click();

describe('consumer apps built in production mode from the packed tarball', () => {
  let apps: Apps;
  before(async () => {
    apps = await loadApps();
  });
  // The bound-card apps import into the default database (`getStore()`), which is this page's too.
  after(() => indexedDB.deleteDatabase('crm-widgets'));

  it('the tarball ships what the package promises', () => {
    for (const file of ['LICENSE', 'CHANGELOG.md', 'custom-elements.json', 'web-types.json', 'package.json']) {
      expect(apps.files, file).to.include(file);
    }
    expect(apps.files.some((f) => f.startsWith('dist/chunks/'))).to.equal(true);
    expect(apps.files).to.include('dist/cdn/crm-widgets.loader.js');
    expect(apps.files).to.include('dist/react/index.js');
    expect(apps.files.filter((f) => f.startsWith('src/'))).to.deep.equal([]);
  });

  it('custom-elements.json names only files the tarball ships: every module path and every reference', async () => {
    const manifest = await (
      await fetch('/.tmp/consumers/project/node_modules/crm-widgets/custom-elements.json')
    ).json();
    const paths = new Set<string>();
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(walk);
      else if (node && typeof node === 'object') {
        for (const [key, value] of Object.entries(node)) {
          if ((key === 'path' || key === 'module') && typeof value === 'string') paths.add(value);
          else walk(value);
        }
      }
    };
    walk(manifest.modules);
    expect(paths.size).to.be.greaterThan(10);
    expect([...paths].filter((path) => !apps.files.includes(path))).to.deep.equal([]);
    // The base class's events reach every element (and so the React wrappers' event props).
    const card = manifest.modules
      .flatMap((m: { declarations?: { tagName?: string; events?: { name: string }[] }[] }) => m.declarations ?? [])
      .find((d: { tagName?: string }) => d.tagName === 'crm-customer-card');
    expect(card.events.map((e: { name: string }) => e.name)).to.include.members(['crm-load-error', 'crm-locale-error']);
  });

  for (const name of FRAMEWORK_APPS) {
    it(`${name}: every element is defined, renders, takes an object property and fires to the framework`, async () => {
      const app = apps.apps.find((a) => a.name === name)!;
      expect(app, `${name} app built`).to.not.equal(undefined);
      const frame = await openApp(app.url);
      const win = frame.contentWindow as ConsumerWindow;
      const doc = frame.contentDocument!;
      const state = win.__crm!;
      expect(state.framework).to.equal(name);
      expect(state.samples.map((s) => s.tag)).to.have.members(apps.elements);
      for (const sample of state.samples) {
        const el = doc.querySelector(sample.tag) as (HTMLElement & Record<string, unknown>) | null;
        expect(el, `<${sample.tag}> in the page`).to.not.equal(null);
        expect(win.customElements.get(sample.tag), `<${sample.tag}> defined`).to.be.a('function');
        await until(() => (el!.shadowRoot ?? el!).childNodes.length > 0, `<${sample.tag}> rendered`);
        if (sample.prop) {
          expect(el![sample.prop], `${sample.tag}.${sample.prop} is the object`).to.deep.equal(sample.value);
          expect(typeof el![sample.prop]).to.equal('object');
          expect(el!.getAttribute(sample.prop), `${sample.prop} not stringified into an attribute`).to.equal(null);
        }
        if (sample.event) {
          await trigger(el!, sample, win);
          await until(
            () => state.events.some((e) => e.tag === sample.tag && e.type === sample.event),
            `${name} heard ${sample.event} from <${sample.tag}>`,
          );
        }
      }
      frame.remove();
    });
  }

  it('react: the @lit/react wrapper renders its element with its attribute', async () => {
    const frame = await openApp(apps.apps.find((a) => a.name === 'react')!.url);
    const wrapped = frame.contentDocument!.querySelector('crm-tier-badge#wrapper')!;
    await until(() => !!wrapped.shadowRoot?.querySelector('[part="code"]'), 'wrapped badge rendered');
    expect(wrapped.shadowRoot!.querySelector('[part="code"]')!.textContent).to.equal('A2');
    // A Boolean attribute written bare in JSX (typed `boolean`) reaches the element.
    const bare = frame.contentDocument!.querySelector('crm-tier-badge#typed-attributes')!;
    await until(() => !!bare.shadowRoot?.querySelector('[part="code"]'), 'badge with attributes rendered');
    expect(bare.hasAttribute('hide-name')).to.equal(true);
    expect(bare.shadowRoot!.querySelector('[part="name"]')).to.equal(null);
    frame.remove();
  });

  it("angular: the usage guide's example runs as written: [customer] binds, (crm-customer-select) reaches the handler with $event.detail", async () => {
    const frame = await openApp(apps.apps.find((a) => a.name === 'angular')!.url);
    const doc = frame.contentDocument!;
    const card = doc.querySelector('crm-customer-card#usage-guide') as HTMLElement & { customer?: { id: string } };
    const sample = (frame.contentWindow as ConsumerWindow).__crm!.samples.find((s) => s.tag === 'crm-customer-card')!;
    expect(card.customer, 'the bound account').to.deep.equal(sample.value);
    expect(doc.getElementById('opened')!.textContent).to.equal('');
    await until(() => !!card.shadowRoot?.querySelector('[part="account-link"]'), 'account link rendered');
    const link = card.shadowRoot!.querySelector<HTMLElement>('[part="account-link"]')!;
    link.click();
    // Zoneless change detection renders what the handler received: the clicked account's id from the detail.
    await until(() => doc.getElementById('opened')!.textContent !== '', 'the handler ran and Angular re-rendered');
    expect(doc.getElementById('opened')!.textContent).to.equal(link.dataset.id);
    frame.remove();
  });

  it('a production page with only `import "crm-widgets/tier-badge"` shows the badge and never loads the data layer', async () => {
    const frame = await openApp(apps.apps.find((a) => a.name === 'size-badge')!.url, { harness: false });
    const badge = frame.contentDocument!.querySelector('crm-tier-badge')!;
    await until(() => badge.shadowRoot?.querySelector('[part="code"]')?.textContent === 'A1', 'badge shows A1');
    const loaded = (frame.contentWindow!.performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map(
      (r) => r.name,
    );
    expect(loaded.filter((url) => /dexie|store|valibot|tier-evaluation|tiering/i.test(url))).to.deep.equal([]);
    frame.remove();
  });

  it('a production page whose bound card only reads never loads the store’s validation or outbox; its first edit does', async () => {
    // The data comes from another page of the same origin: the app that imports it.
    const seeding = await openApp(apps.apps.find((a) => a.name === 'size-bound-card')!.url, { harness: false });
    const seeded = seeding.contentDocument!.querySelector('crm-customer-card')!;
    await until(() => !!seeded.shadowRoot?.querySelector('[part="name"]'), 'the importing page shows its card');
    seeding.remove();

    const frame = await openApp(apps.apps.find((a) => a.name === 'size-bound-card-read')!.url, { harness: false });
    const card = frame.contentDocument!.querySelector('crm-customer-card')!;
    const root = () => card.shadowRoot!;
    const writeCode = () =>
      fetchedFiles(frame.contentWindow!).filter((file) =>
        /schemas|record-writes|outbox|valibot|card-editing/.test(file),
      );
    await until(
      () => root()?.querySelector('[part="name"]')?.textContent === '华东能源江苏分公司',
      'card shows its account',
    );
    await until(() => !!root().querySelector('[part~="figure"]'), 'key figures shown');
    expect(writeCode()).to.deep.equal([]);

    // Saving a field loads them, and the save goes through the store's validation: an empty name is refused.
    await editCardField(card, frame.contentWindow!, 'name', '');
    saveCardEdit(card);
    await until(() => !!root().querySelector('[part="error"]'), 'the refusal shows');
    expect(root().querySelector('[part="error"]')!.textContent).to.match(/name/i);
    expect(writeCode().some((file) => file.startsWith('schemas'))).to.equal(true);
    frame.remove();
  });

  it("a production page with one bound card fetches Edit mode's code only when Edit is opened, and then saves an edit", async () => {
    const frame = await openApp(apps.apps.find((a) => a.name === 'size-bound-card')!.url, { harness: false });
    const win = frame.contentWindow!;
    const card = frame.contentDocument!.querySelector('crm-customer-card')!;
    const root = () => card.shadowRoot!;
    const fetched = () => fetchedFiles(win).filter((file) => /card-editing/.test(file));
    await until(
      () => root()?.querySelector('[part="name"]')?.textContent === '华东能源江苏分公司',
      'card shows its account',
    );
    expect(fetched(), 'nothing of Edit mode before it is opened').to.deep.equal([]);

    root().querySelector<HTMLButtonElement>('[data-action="edit"]')!.click();
    await until(() => !!root().querySelector('#edit-panel [data-edit="alias"]'), 'Edit mode open');
    expect(fetched()).to.have.length(1);
    const toggle = root().querySelector('[data-action="edit"]')!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    const changed = new Promise<CustomEvent>((resolve) =>
      card.addEventListener('crm-customer-change', (e) => resolve(e as CustomEvent), { once: true }),
    );
    // A value of this run's own: the page's IndexedDB may keep an earlier run's edit.
    const alias = `Jiangsu ${Math.random().toString(36).slice(2, 8)}`;
    const input = await editCardField(card, win, 'alias', alias);
    // Its styles came with it: the editor's input is styled (a 1 px border from the editing styles).
    expect(win.getComputedStyle(input).borderTopStyle).to.equal('solid');
    saveCardEdit(card);
    expect((await changed).detail).to.include({ customerId: 'grp-1-1', field: 'alias', value: alias });
    await until(
      () => root().querySelector('#edit-panel [data-edit="alias"]')?.previousElementSibling?.textContent === alias,
      'the saved alias shows',
    );
    frame.remove();
  });
});
