/** Opens fresh pages for cold-start rows: an iframe with its own copy of the modules (see cold-page.ts). */
import type * as ColdPage from './cold-page.js';

/** A fresh page: its own modules, its own database connections, nothing cached. */
export async function freshPage(): Promise<{ page: typeof ColdPage; close: () => void }> {
  const iframe = document.createElement('iframe');
  iframe.srcdoc = `<!doctype html><body><script type="module">
    window.page = await import('/test/bench/cold-page.ts');
  </script></body>`;
  document.body.append(iframe);
  const win = iframe.contentWindow as Window & { page?: typeof ColdPage };
  const start = performance.now();
  while (!win.page) {
    if (performance.now() - start > 60_000) throw new Error('the fresh page did not load');
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return { page: win.page, close: () => iframe.remove() };
}

/** Runs `work` in a fresh page, then closes it. */
export async function inFreshPage<R>(work: (page: typeof ColdPage) => Promise<R>): Promise<R> {
  const { page, close } = await freshPage();
  try {
    return await work(page);
  } finally {
    close();
  }
}
