// Revision marks written from the text in force into the MODs that have none: what `itu-draft
// track` prints and what the editor's "Insert revision marks from the base text" command applies.

import { markEdits, type AmendedResolution } from './base';
import { isMod } from './document';
import type { ItuDocument, TextEdit } from './types';
import { editsWithLineEnds, lineEndOf } from './text';

/** Why a MOD got no marks. */
export type TrackSkip =
  | { kind: 'no-base'; proposalIndex: number; resolution: string }
  | { kind: 'marked'; proposalIndex: number }
  | { kind: 'unplaced'; proposalIndex: number };

export interface Tracked {
  /** Edits on the document's text, breaking lines with the document's own line end. */
  edits: TextEdit[];
  skipped: TrackSkip[];
}

/**
 * The revision marks, from the comparison with its base, of every amended text written without any.
 * An ADD, SUP or NOC has nothing to mark; a text already marked is left as it is.
 */
export function trackRevisions(doc: ItuDocument, amended: readonly AmendedResolution[]): Tracked {
  const edits: TextEdit[] = [];
  const skipped: TrackSkip[] = [];
  for (const a of amended) {
    // Only a MOD is tracked: an ADD is all new text, and a SUP or NOC restates the text in force (a
    // difference there is base.untracked-change's, fixed by restating it, never marked).
    if (!isMod(doc.proposals[a.proposalIndex])) continue;
    const proposalIndex = a.proposalIndex;
    if (!a.base) skipped.push({ kind: 'no-base', proposalIndex, resolution: a.resolution.numberLine.text.trim() });
    else if (!a.unmarked) skipped.push({ kind: 'marked', proposalIndex });
    else if (a.comparison && !a.comparison.identical) {
      const e = markEdits(doc, a, a.comparison.changes);
      if (e) for (const x of e) edits.push(x);
      else skipped.push({ kind: 'unplaced', proposalIndex });
    }
  }
  // The marks break lines with '\n'; the file keeps its own line ends.
  return { edits: editsWithLineEnds(edits, lineEndOf(doc.text), doc.text), skipped };
}
