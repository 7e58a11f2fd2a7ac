// The demo's theme switch: `theme` on the provider (every widget inside follows) and the page's own scheme.
import type { CrmProvider } from '../src/index.js';

export function bindThemeSwitch(select: HTMLSelectElement, provider: CrmProvider): void {
  select.addEventListener('change', () => {
    provider.setAttribute('theme', select.value);
    document.documentElement.dataset.theme = select.value;
  });
}
