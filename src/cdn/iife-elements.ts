/**
 * The elements the single-file IIFE does not carry (its file keeps the first wave: card, funnel, quote builder,
 * badge, provider, sync status). Each is defined the first time its tag appears in the document, from
 * `cdn/iife/components/<name>/<name>.js` beside the file (a part: scripts/iife-parts.ts), as the loader does.
 */
import { autoload } from './autoload.js';

const { load } = autoload({
  'crm-account-form': () => import('../components/account-form/account-form.js'),
  'crm-account-list': () => import('../components/account-list/account-list.js'),
  'crm-activity-log': () => import('../components/activity-log/activity-log.js'),
  'crm-import': () => import('../components/import/import.js'),
  'crm-pipeline-board': () => import('../components/pipeline-board/pipeline-board.js'),
  // Parts of the card and the board that pages may also use on their own.
  'crm-opportunity-form': () => import('../components/pipeline-board/opportunity-form.js'),
  'crm-stage-path': () => import('../internal/stage-path.js'),
});

/**
 * `await CrmWidgets.loadElement('crm-account-list')`: the element's class, fetched first if the file does not carry
 * it, for a script that calls its methods before the tag has appeared. (The tag upgrades on its own otherwise.)
 */
export async function loadElement(tag: string): Promise<CustomElementConstructor> {
  if (!customElements.get(tag)) await load(tag);
  return customElements.get(tag)!;
}
