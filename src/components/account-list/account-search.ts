/**
 * Search as you type over name, alias, owner and id: substring always, and for Chinese names their pinyin
 * in full (`huadongnengyuan`) and by initials (`hdny`) once the pinyin library has loaded. pinyin-pro is
 * imported on the first search only (about 145 kB gzip), and the pinyin of 100,000 names is built in
 * slices with a yield between them, so typing never waits on it; results widen when it is ready.
 */
import type { AccountRow } from './account-model.js';
import { importPinyin } from './pinyin-loader.js';

interface Spelling {
  full: string;
  initials: string;
}

type PinyinFn = (text: string, options: Record<string, unknown>) => string[];

let pinyinModule: Promise<PinyinFn> | undefined;

/** Loads pinyin-pro once per page. */
export function loadPinyin(): Promise<PinyinFn> {
  pinyinModule ??= importPinyin().then(
    (m) => m.pinyin as unknown as PinyinFn,
    (error: unknown) => {
      // Offline before the chunk was cached, or a blocked request: search stays by substring; retry next time.
      pinyinModule = undefined;
      throw error;
    },
  );
  return pinyinModule;
}

const HAS_HAN = /\p{Script=Han}/u;
const LATIN_QUERY = /^[a-z\s']+$/;
/** Names spelled per page, whatever list asks (live updates rebuild rows, not spellings). */
const spellings = new Map<string, Spelling | null>();

function spell(pinyin: PinyinFn, name: string): Spelling | null {
  if (!HAS_HAN.test(name)) return null;
  const syllables = pinyin(name, { toneType: 'none', type: 'array', v: true, nonZh: 'consecutive' });
  const full = syllables.join('').toLowerCase().replace(/\s+/g, '');
  const initials = syllables
    .map((s) => s.trim()[0] ?? '')
    .join('')
    .toLowerCase();
  return { full, initials };
}

export class AccountSearch {
  /** Pinyin per row index (null: no Chinese in the name), filled once the library is in. */
  private full: (string | undefined)[] = [];
  private initials: (string | undefined)[] = [];
  private pinyinReady = false;
  private building: Promise<void> | undefined;
  private failed = false;

  constructor(private rows: readonly AccountRow[]) {}

  /** New rows (a live update): spellings already known are reused, the per-row arrays rebuilt. */
  setRows(rows: readonly AccountRow[]): void {
    this.rows = rows;
    this.pinyinReady = false;
    this.building = undefined;
  }

  get hasPinyin(): boolean {
    return this.pinyinReady;
  }

  /** Loads the library and spells every name, `slice` names per task, with a yield between slices. */
  preparePinyin(yieldNow: () => Promise<void>, slice = 2000): Promise<void> {
    this.building ??= (async () => {
      const pinyin = await loadPinyin();
      const rows = this.rows;
      const full: (string | undefined)[] = new Array(rows.length);
      const initials: (string | undefined)[] = new Array(rows.length);
      for (let start = 0; start < rows.length; start += slice) {
        for (let i = start; i < Math.min(rows.length, start + slice); i++) {
          const name = rows[i]!.name;
          let spelling = spellings.get(name);
          if (spelling === undefined) {
            spelling = spell(pinyin, name);
            spellings.set(name, spelling);
          }
          full[i] = spelling?.full;
          initials[i] = spelling?.initials;
        }
        if (start + slice < rows.length) await yieldNow();
        if (rows !== this.rows) return;
      }
      this.full = full;
      this.initials = initials;
      this.pinyinReady = true;
    })().catch((error: unknown) => {
      this.building = undefined;
      if (!this.failed)
        console.warn('crm-widgets: pinyin search is unavailable (substring search still works):', error);
      this.failed = true;
    });
    return this.building;
  }

  /** Whether row `index` matches `query` (already trimmed and lower-cased). */
  matcher(query: string): (index: number) => boolean {
    if (!query) return () => true;
    const rows = this.rows;
    const compact = query.replace(/[\s']+/g, '');
    if (!(this.pinyinReady && LATIN_QUERY.test(query) && compact.length > 0)) {
      return (index) => rows[index]!.haystack.includes(query);
    }
    const { full, initials } = this;
    return (index) =>
      rows[index]!.haystack.includes(query) || !!full[index]?.includes(compact) || !!initials[index]?.includes(compact);
  }
}
