import { expect, fixture, html } from '@open-wc/testing';
import { CrmElement } from '../../src/internal/crm-element.js';
import { VERSION } from '../../src/internal/version.js';
import { until } from '../support/fixtures.js';

/** console.warn replaced for one test to count warnings (a console is not a fault we can observe otherwise). */
async function countWarnings(work: () => void | Promise<void>): Promise<string[]> {
  const original = console.warn;
  const messages: string[] = [];
  console.warn = (...args: unknown[]) => messages.push(args.join(' '));
  try {
    await work();
  } finally {
    console.warn = original;
  }
  return messages;
}

class LangProbe extends CrmElement {
  override render() {
    return html`${this.localize.locale}`;
  }
}
LangProbe.define('crm-test-lang-probe');

describe('CrmElement', () => {
  it('VERSION matches package.json', async () => {
    const pkg = await (await fetch('/package.json')).json();
    expect(VERSION).to.equal(pkg.version);
  });

  it('registers a tag once; the same class or the same version again is a silent no-op', async () => {
    class First extends CrmElement {}
    class SameVersion extends CrmElement {}
    const warnings = await countWarnings(() => {
      First.define('crm-test-once');
      First.define('crm-test-once');
      SameVersion.define('crm-test-once');
    });
    expect(customElements.get('crm-test-once')).to.equal(First);
    expect(warnings).to.deep.equal([]);
  });

  it('warns once, and never throws, when another version holds the tag', async () => {
    class Old extends CrmElement {
      static override readonly version = '0.0.1';
    }
    class Newer extends CrmElement {}
    Old.define('crm-test-versions');
    const warnings = await countWarnings(() => {
      Newer.define('crm-test-versions');
      Newer.define('crm-test-versions');
    });
    expect(customElements.get('crm-test-versions')).to.equal(Old);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<crm-test-versions>').and.contain('0.0.1').and.contain(VERSION);
  });

  it('takes its language from itself, else the nearest ancestor, else the document', async () => {
    const previous = document.documentElement.lang;
    document.documentElement.lang = 'zh-Hans-CN';
    try {
      const tree = await fixture(html`<div>
        <crm-test-lang-probe id="doc"></crm-test-lang-probe>
        <section lang="en-GB"><crm-test-lang-probe id="ancestor"></crm-test-lang-probe></section>
        <section lang="en"><crm-test-lang-probe id="own" lang="zh-TW"></crm-test-lang-probe></section>
      </div>`);
      // Each element updates on its own schedule (the first update waits for what it loads): wait for all three.
      await Promise.all(
        [...tree.querySelectorAll<LangProbe>('crm-test-lang-probe')].map((probe) => probe.updateComplete),
      );
      const text = (id: string) => tree.querySelector(`#${id}`)!.shadowRoot!.textContent!.trim();
      expect([text('doc'), text('ancestor'), text('own')]).to.deep.equal(['zh-CN', 'en', 'zh-CN']);
    } finally {
      document.documentElement.lang = previous;
    }
  });

  it('fires crm-* events that bubble out of shadow roots with a typed detail', async () => {
    class Emitter extends CrmElement {
      fire() {
        return this.emit('crm-seed-error', { error: new Error('x'), message: 'x' }, { cancelable: true });
      }
    }
    Emitter.define('crm-test-emitter');
    const host = await fixture(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    const emitter = document.createElement('crm-test-emitter') as Emitter;
    root.append(emitter);
    let received: Event | undefined;
    document.body.addEventListener('crm-seed-error', (e) => (received = e), { once: true });
    expect(emitter.fire()).to.equal(true);
    expect(received).to.be.instanceOf(CustomEvent);
    expect((received as CustomEvent).detail.message).to.equal('x');
    expect(received!.composed && received!.bubbles).to.equal(true);
  });
});

/** An element with a part it loads later from an address that does not exist (a real 404 from the test server). */
class MissingPart extends CrmElement {
  override connectedCallback() {
    super.connectedCallback();
    import(/* @vite-ignore */ `/missing-part-${Math.random().toString(36).slice(2)}.js`).catch((error: unknown) =>
      this.reportLoadFailure('a missing part', error),
    );
  }
  override render() {
    return html`<p class="content">content</p>`;
  }
}
MissingPart.define('crm-test-missing-part');

describe('CrmElement parts loaded later', () => {
  it('a part that cannot be fetched: a localised notice in the element and one crm-load-error event', async () => {
    const events: CustomEvent[] = [];
    const listener = (event: Event) => events.push(event as CustomEvent);
    document.addEventListener('crm-load-error', listener);
    const original = console.error;
    console.error = () => {}; // the failure is also logged; keep the test output clean
    try {
      const el = await fixture<MissingPart>(html`<crm-test-missing-part lang="zh-CN"></crm-test-missing-part>`);
      const notice = () => el.shadowRoot!.querySelector('[part="load-error"]');
      await until(() => !!notice(), 'notice shown');
      expect(notice()!.textContent).to.equal('无法加载 <crm-test-missing-part> 的部分内容，请检查网络后刷新页面。');
      expect(notice()!.getAttribute('role')).to.equal('status');
      // What does load still shows.
      expect(el.shadowRoot!.querySelector('.content')?.textContent).to.equal('content');
      expect(events).to.have.length(1);
      expect(events[0]!.detail.tag).to.equal('crm-test-missing-part');
      expect(events[0]!.detail.message).to.equal(notice()!.textContent);
      expect(events[0]!.detail.url).to.contain('/missing-part-');
    } finally {
      console.error = original;
      document.removeEventListener('crm-load-error', listener);
    }
  });
});

class MoneyProbe extends CrmElement {
  override render() {
    return html`${this.localize.money(12_345, 'CNY')}`;
  }
}
MoneyProbe.define('crm-test-money-probe');

describe('CrmElement money printing', () => {
  it('is here by the first update of an element that prints money (it loads apart from the element base)', async () => {
    const el = await fixture<MoneyProbe>(html`<crm-test-money-probe lang="zh-CN"></crm-test-money-probe>`);
    expect(el.shadowRoot!.textContent!.trim()).to.equal('¥123.45');
  });
});
