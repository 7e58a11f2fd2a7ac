/**
 * The page scripts/screenshots.mjs photographs (served by Vite, so it loads src/ directly). `?shot=` picks what
 * it shows, in the language, scheme and width given in the query:
 * - `widget` (default): one widget on the demo's sample data through a provider
 *   (`?widget=funnel&lang=zh-CN&theme=dark&width=390`);
 * - `card`: the customer card on the card tests' showcase group (see card-page.ts);
 * - `quote`: the quote builder on the sample quote q-001 (see quote-page.ts).
 * It sets `window.shotReady` when there is something to photograph, `window.shotStep(name)` moves it to the
 * next state the script photographs, and an error ends up in the title.
 */
import '../../src/index.js';
import { until } from './wait.js';

export { until };

export const params = new URLSearchParams(location.search);
export const lang = params.get('lang') ?? 'en';
export const theme = params.get('theme') ?? 'light';
export const width = Number(params.get('width') ?? '1280');

export type Steps = Record<string, () => Promise<void>>;
const win = window as unknown as { shotReady: boolean; shotStep: (name: string) => Promise<void> };

async function widgetShot(): Promise<Steps> {
  const widget = params.get('widget') ?? 'funnel';
  const provider = document.createElement('crm-provider');
  provider.database = `shots-${widget}-${lang}-${theme}-${width}`;
  provider.seed = '/demo/data/sample.json';
  provider.setAttribute('theme', theme);
  provider.lang = lang;
  document.documentElement.lang = lang;
  document.body.className = theme === 'dark' ? 'dark' : '';
  const frame = document.createElement('div');
  frame.id = 'frame';
  frame.className = `w${width}`;
  const markup: Record<string, string> = {
    funnel: '<crm-funnel-chart shape="funnel" measure="count" target="120000000"></crm-funnel-chart>',
    bars: '<crm-funnel-chart measure="amount" target="120000000"></crm-funnel-chart>',
    board: '<crm-pipeline-board group="cust-001" user="王磊"></crm-pipeline-board>',
    path: '',
    accounts: '<crm-account-list variant="full"></crm-account-list>',
  };
  // Markup from the constant table above: no untrusted text reaches innerHTML.
  provider.innerHTML = markup[widget] ?? '';
  frame.append(provider);
  document.body.append(frame);
  await until(() => {
    const root = provider.firstElementChild?.shadowRoot;
    if (!root) return false;
    if (widget === 'board') return !!root.querySelector('[part~="card"]');
    if (widget === 'accounts') return !!root.querySelector('[part~="row"]');
    return !!root.querySelector('[part="summary"]') && !root.querySelector('[part="status"]');
  }, widget);
  if (widget === 'board') {
    // Select a deal so the panel with its stage path shows.
    provider.firstElementChild!.shadowRoot!.querySelector<HTMLElement>('[part~="card"]')?.click();
  }
  await new Promise((r) => setTimeout(r, 400));
  return {};
}

async function main(): Promise<void> {
  const shot = params.get('shot') ?? 'widget';
  const steps =
    shot === 'card'
      ? await (await import('./card-page.js')).cardShot()
      : shot === 'quote'
        ? await (await import('./quote-page.js')).quoteShot()
        : await widgetShot();
  await document.fonts.ready;
  win.shotStep = async (name) => {
    const step = steps[name];
    if (!step) throw new Error(`no step ${name}`);
    await step();
    await new Promise((r) => requestAnimationFrame(r));
  };
  win.shotReady = true;
}
main().catch((e) => {
  document.title = `error: ${e}`;
});
