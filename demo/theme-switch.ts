// The demo's theme and language switches: `theme` on the provider (every widget inside follows: a scheme and a
// preset, e.g. "antd dark"), the page's own scheme, and `lang` on the document. The choice is kept in the URL
// (`?theme=antd+dark&lang=en`), so a reload, a shared link or the screenshot script (scripts/screenshots.mjs presets)
// opens the page in it.
import type { CrmProvider } from '../src/index.js';

interface Switches {
  scheme: HTMLSelectElement;
  preset: HTMLSelectElement;
  lang: HTMLSelectElement;
  provider: CrmProvider;
}

export function bindThemeSwitch({ scheme, preset, lang, provider }: Switches): void {
  const params = new URL(location.href).searchParams;
  const words = (params.get('theme') ?? '').split(/\s+/);
  for (const select of [scheme, preset]) {
    const chosen = words.find((w) => [...select.options].some((o) => o.value === w));
    if (chosen) select.value = chosen;
  }
  lang.value = params.get('lang') ?? document.documentElement.lang;
  const apply = () => {
    provider.setAttribute('theme', `${preset.value} ${scheme.value}`);
    document.documentElement.dataset.theme = scheme.value;
    document.documentElement.dataset.preset = preset.value;
    document.documentElement.lang = lang.value;
    const url = new URL(location.href);
    url.searchParams.set('theme', `${preset.value} ${scheme.value}`);
    url.searchParams.set('lang', lang.value);
    history.replaceState(history.state, '', url);
  };
  for (const select of [scheme, preset, lang]) select.addEventListener('change', apply);
  apply();
}
