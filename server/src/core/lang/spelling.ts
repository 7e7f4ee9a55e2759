// Label spellings the comparison with the text in force does not count as changes. The six languages
// write one label in several ways that read the same: a Cyrillic look-alike for the Latin letter (`а)`
// for a), which no one can tell apart on screen), full-width forms in Chinese (`ａ）` for a)), a space
// before the parenthesis in Arabic as Word's right-to-left layout adds or drops it (`أ )` for `أ)`), the
// forms of alef and hā' (`ا)`, `ه)`) and Arabic-Indic digits (`١` for 1). Each is read as the same label
// (labels.ts, references.ts labelKey), so a MOD restating `а)` as `a)` changes nothing the meeting could
// see or vote on: the comparer folds these spellings on both sides, as it folds white space.
import { matchLocalLabel, READ_ALONE } from './labels';
import { labelKey, referenceMatches } from './references';
import type { Respelling } from '../compare/fold';

const NONE: readonly Respelling[] = [];

/**
 * The labels of a white-space folded paragraph written in a spelling other than their key (references.ts
 * labelKey): the item's own label, with its separator as one space, and the labels its cross-references
 * name. Sorted, not overlapping.
 */
export function labelRespellings(folded: string, original: string): readonly Respelling[] {
  // Every spelling folded here holds a character outside ASCII; an ASCII label is its own key.
  if (isAscii(folded)) return NONE;
  const out: Respelling[] = [];
  const add = (start: number, written: string, key: string): void => {
    if (key === written) return;
    const end = start + written.length;
    const last = out[out.length - 1];
    if (last && start < last.end) return;
    out.push({ start, end, key });
  };
  // The item's label with its separator: a Chinese body set right after the parenthesis (`ａ）IP地址`)
  // and one after a TAB (`a)<TAB>IP地址`) are one text.
  // It is read as written (a TAB makes `١<TAB>` a label, where the folded `١ ` would be text); the
  // label's characters are no white space but a no-break space, which folds to one space, in place.
  const lead = original.length - original.trimStart().length;
  const own = matchLocalLabel(original.slice(lead), READ_ALONE);
  if (own) {
    const n = own.length;
    add(0, folded.slice(0, folded.charCodeAt(n) === 0x20 ? n + 1 : n), `${labelKey(own.label.text)} `);
  }
  for (const ref of referenceMatches(folded)) for (const t of ref.targets) add(t.index, t.label, labelKey(t.label));
  return out.length ? out : NONE;
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7e) return false;
  return true;
}
