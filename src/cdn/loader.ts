/**
 * `dist/cdn/crm-widgets.loader.js`: the script-tag way to pay only for the tags a page uses. The first time a
 * `crm-*` tag appears in the document (or an open shadow root it can see), it fetches that tag's module from its
 * own folder (src/cdn/autoload.ts). It works under `Content-Security-Policy: default-src 'self'`, and from another
 * origin when that origin sends CORS headers.
 *
 *   <script type="module" src="https://intranet-cdn/crm-widgets/cdn/crm-widgets.loader.js"></script>
 */
import { autoload } from './autoload.js';

export type { LoadErrorDetail } from './autoload.js';

/** Tag name to module file (relative to this script), derived at build time from the package's element entries. */
declare const __CRM_ELEMENTS__: Record<string, string>;
const ELEMENTS: Record<string, string> = __CRM_ELEMENTS__;

const base = new URL('./', import.meta.url);
const urlOf = (tag: string) => (ELEMENTS[tag] ? new URL(ELEMENTS[tag], base).href : undefined);

export const { load, discover } = autoload(
  Object.fromEntries(Object.keys(ELEMENTS).map((tag) => [tag, () => import(/* @vite-ignore */ urlOf(tag)!)] as const)),
  urlOf,
);
