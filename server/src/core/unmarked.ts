// The changes a MOD written without revision marks makes to its text in force, found by comparing the two: what the
// tracked-change preview shows as marks (service custom.ts), and what rejecting them undoes (the old projection).
import { comparedParagraphs, type AmendedResolution } from './base';
import { hunks, type TextPosition } from './compare';
import type { TextSource } from './text';

/** A change between a MOD written without marks and its text in force, in source offsets. */
export interface UnmarkedChange {
  start: number;
  end: number;
  inserted: string;
  deletedOriginal: string;
  /** What rejecting the change puts back at `start`: a whole deleted paragraph comes back on a line of its own. */
  restored: string;
}

/** The changes of the MODs of `amended` written without marks that differ from their texts in force, in document order. */
export function unmarkedChanges(amended: readonly AmendedResolution[], text: TextSource): UnmarkedChange[] {
  const out: UnmarkedChange[] = [];
  for (const a of amended) {
    if (!a.unmarked || !a.comparison || a.comparison.identical) continue;
    const paragraphs = comparedParagraphs(a);
    // Without marks the old text is the source: paragraph offsets map directly.
    const offset = (p: TextPosition) => paragraphs[p.paragraph].source.start + p.offset;
    for (const h of hunks(a.comparison)) {
      const deletedOriginal = h.deleted ? h.deletedOriginal : '';
      const whole = deletedOriginal !== '' && h.change.draftStart === h.change.draftEnd;
      const restored = !whole ? deletedOriginal : h.change.draftStart < paragraphs.length ? deletedOriginal + '\n' : '\n' + deletedOriginal;
      const start = offset(h.draft.start);
      const end = offset(h.draft.end);
      // The inserted text as the document has it: the comparison's may be folded (a number line is compared
      // without case: `hammamet, 2016` for `Hammamet, 2016`, review 8, I15).
      out.push({ start, end, inserted: h.inserted ? text.slice(start, end) : '', deletedOriginal, restored });
    }
  }
  return out.sort((x, y) => x.start - y.start);
}
