/**
 * The page scripts/screenshots.mjs photographs: one widget on the demo's sample data, in the language,
 * scheme and width given in the query (`?widget=funnel&lang=zh-CN&theme=dark&width=390`).
 */
import '../../src/index.js';

const params = new URLSearchParams(location.search);
const widget = params.get('widget') ?? 'funnel';
const provider = document.createElement('crm-provider');
provider.database = `shots-${widget}-${params.get('lang')}-${params.get('theme')}-${params.get('width')}`;
provider.seed = '/demo/data/sample.json';
provider.setAttribute('theme', params.get('theme') ?? 'light');
provider.lang = params.get('lang') ?? 'en';
document.documentElement.lang = provider.lang;
document.body.className = params.get('theme') === 'dark' ? 'dark' : '';
const frame = document.createElement('div');
frame.id = 'frame';
frame.className = `w${params.get('width') ?? '1280'}`;
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

async function ready(): Promise<void> {
  const deadline = performance.now() + 20000;
  const done = () => {
    const el = provider.firstElementChild;
    const root = el?.shadowRoot;
    if (!root) return false;
    if (widget === 'board') return !!root.querySelector('[part~="card"]');
    if (widget === 'accounts') return !!root.querySelector('[part~="row"]');
    return !!root.querySelector('[part="summary"]') && !root.querySelector('[part="status"]');
  };
  while (!done()) {
    if (performance.now() > deadline) throw new Error('not ready');
    await new Promise((r) => setTimeout(r, 50));
  }
  if (widget === 'board') {
    // Select a deal so the panel with its stage path shows.
    const card = provider.firstElementChild!.shadowRoot!.querySelector<HTMLElement>('[part~="card"]');
    card?.click();
  }
  await new Promise((r) => setTimeout(r, 400));
  (window as unknown as { shotReady: boolean }).shotReady = true;
}
ready().catch((e) => {
  document.title = `error: ${e}`;
});
