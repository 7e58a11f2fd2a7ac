import { DEFAULT_STAGES } from '../core/funnel.js';
import { labelOf } from './labels.js';

// Its own module, not labels.ts: labels go into every widget's shared chunk, and DEFAULT_STAGES would bring the
// funnel engine's module along (measured: +3 KiB gzip on the loader page with one badge).
/**
 * A sales stage's name in the language: the built-in stages (core `DEFAULT_STAGES`, when a widget falls back to
 * them) by their shared label; a page's own stages by `nameZh` in Chinese, else `name`, else the id.
 */
export function stageLabel(stage: { id: string; name?: string; nameZh?: string }, lang: string): string {
  if ((DEFAULT_STAGES as readonly object[]).includes(stage)) return labelOf('stage', stage.id, lang);
  return lang.toLowerCase().startsWith('zh') && stage.nameZh ? stage.nameZh : (stage.name ?? stage.id);
}
