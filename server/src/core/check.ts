// Every check of FORMAT.md §8 over one parsed document: the families of the registry (checks/index.ts)
// in order, then what holds for all of them (one finding per fault, the file's line ends in fixes).
import { CHECK_FAMILIES, runFamily, type CheckContext } from './checks';
import { isBinary } from './checks/input';
import type { NumberingPolicy } from './checks/numbering';
import { addedTexts, amendedResolutions, type AddedText, type AmendedResolution, type BaseLookup, type ComparerPool } from './base';
import { escapeUnseen, hasUnseen } from './lang/spelling';
import { editsKeepingSeams, editsRemovingEmptiedLines, editsWithLineEnds, lineEndOf, sourceOf, type LineEnd } from './text';
import type { Finding, Fix, ItuDocument, TextEdit } from './types';

export interface CheckOptions {
  /** How numbering fixes in a MOD are offered first: reletter with marks, or keep numbers and use bis. */
  numberingPolicy?: NumberingPolicy;
  /** Where base texts are looked up; without it the base.* checks do not run. */
  bases?: BaseLookup;
  /** Comparers (with their caches) reused between checks of successive versions. */
  comparers?: ComparerPool;
  /** The MODs' Resolutions already compared with their bases (the server shares them with the preview). */
  amended?: AmendedResolution[];
}

export function checkDocument(doc: ItuDocument, options: CheckOptions = {}): Finding[] {
  if (isBinary(doc)) return doc.parseFindings.slice();
  const ctx: CheckContext = {
    doc,
    policy: options.numberingPolicy ?? 'reletter',
    amended: options.amended ?? (options.bases ? amendedResolutions(doc, options.bases, options.comparers) : undefined),
    added: options.bases ? addedOnce(doc, options.bases) : undefined,
    // When one parse serves both projections (no revision marks), the old text is not checked again.
    distinctOld: doc.views.old !== doc.views.new,
  };
  return finishFindings(doc, CHECK_FAMILIES.flatMap((family) => runFamily(family, ctx)), options.bases);
}

/** addedTexts of a document, worked out on the first call (only a reference in an ADD asks). */
export function addedOnce(doc: ItuDocument, bases: BaseLookup): () => readonly AddedText[] {
  let added: AddedText[] | undefined;
  return () => (added ??= addedTexts(doc, bases));
}

/** What a document's findings are finished against: its text, its parse findings and its proposals. */
/** `holdsCR`: whether the text holds a CR, where the caller knows it without reading the text (incremental.ts). */
export type FinishingDoc = Pick<ItuDocument, 'text' | 'pieces' | 'parseFindings' | 'proposals'> & { readonly holdsCR?: boolean };

/**
 * The families' findings (in registry order) made into the document's findings: one per fault, in
 * source order (a tie keeps the registry's order), fixes written with the file's line ends. `bases`: the
 * base texts the findings were made with (what they could not read decides what is redundant).
 */
export function finishFindings(doc: FinishingDoc, findings: Finding[], bases?: BaseLookup): Finding[] {
  return inFileLineEnds(doc, dedupe(slipsRestored(withoutRedundant(doc, findings, bases))).sort((a, b) => a.start - b.start || a.end - b.end)).map(unseenEscaped);
}

/**
 * A finding whose message or fix title quotes a character that shows nothing or turns text around (a zero-width
 * space, an RLO) writes it as its code point (lang/spelling.ts escapeUnseen): an RLO quoted raw would show the
 * rest of the message reversed in the Problems panel and a terminal, and a quoted zero-width space looks like an empty quote (review5 F2).
 */
function unseenEscaped(f: Finding): Finding {
  const title = f.fix && hasUnseen(f.fix.title);
  const alternatives = f.fix?.alternatives?.some((a) => hasUnseen(a.title));
  if (!hasUnseen(f.message) && !title && !alternatives) return f;
  const fix = f.fix && (title || alternatives)
    ? { ...f.fix, title: escapeUnseen(f.fix.title), ...(f.fix.alternatives ? { alternatives: f.fix.alternatives.map((a) => ({ ...a, title: escapeUnseen(a.title) })) } : {}) }
    : f.fix;
  return { ...f, message: escapeUnseen(f.message), ...(fix ? { fix } : {}) };
}

/**
 * A label of the text in force typed wrong without marks (`d)` for the `c)` in force, review D22) is a slip
 * when the new text's numbering says so: a numbering finding's fix writes on that label exactly what the
 * comparison's "Restore the text in force" writes (`b) d) d)`: the label in force mends the list). Restoring
 * is then base.untracked-change's preferred fix, and wrapping the slip in marks its alternative, so the two
 * findings on the label prefer the same edit. A label changed by hand in step with its list (`{++c)…++}`,
 * then `d)` for the c) in force) is a change meant: no numbering finding, and wrapping stays first.
 */
function slipsRestored(findings: Finding[]): Finding[] {
  // The restore edits offered first (checks/base.ts), by where they start: few, and none in most texts.
  let restores: Map<number, TextEdit> | undefined;
  for (const f of findings) {
    const restore = f.code === 'base.untracked-change' ? f.fix?.alternatives?.[0] : undefined;
    if (restore?.edits.length === 1) (restores ??= new Map()).set(restore.edits[0].start, restore.edits[0]);
  }
  if (!restores) return findings;
  // Those a numbering fix writes too (compared field by field: numbering fixes may hold many edits each).
  const same = new Set<TextEdit>();
  for (const f of findings) {
    if (!f.fix || !f.code.startsWith('numbering.')) continue;
    for (const e of f.fix.edits) {
      const r = restores.get(e.start);
      if (r && r.end === e.end && r.newText === e.newText) same.add(r);
    }
  }
  if (same.size === 0) return findings;
  return findings.map((f) => {
    const alternatives = f.code === 'base.untracked-change' ? f.fix?.alternatives : undefined;
    const restore = alternatives?.[0];
    if (!restore || restore.edits.length !== 1 || !same.has(restore.edits[0])) return f;
    const wrap = { title: f.fix!.title, edits: f.fix!.edits };
    return { ...f, fix: { ...f.fix!, title: restore.title, edits: restore.edits, alternatives: [wrap, ...alternatives!.slice(1)] } };
  });
}

/**
 * The checks write '\n' where a fix breaks a line; a file with CRLF or CR line ends gets its own
 * (a fix never leaves a file with mixed line ends), and a fix that empties a line removes the line
 * (editsRemovingEmptiedLines). One place, after every check, so no check needs to know.
 */
function inFileLineEnds(doc: FinishingDoc, findings: Finding[]): Finding[] {
  // The file's line end, found when a fix first breaks a line (most checks have none: no scan per keystroke).
  let eol: LineEnd | undefined;
  // Whether the text holds a CR at all (a removal between a CR and an LF would join them), asked once.
  let hasCR: boolean | undefined;
  const source = sourceOf(doc);
  const breaksLines = (edits: TextEdit[]) => edits.some((e) => /[\r\n]/.test(e.newText));
  // An LF file may still hold a CR alone, which a fix could copy: every file goes through.
  // Findings share fixes and edit lists (one renumbering for a whole list): each is converted once,
  // and they keep sharing.
  const done = new Map<Fix, Fix>();
  const doneEdits = new Map<TextEdit[], TextEdit[]>();
  const convertEdits = (edits: TextEdit[]): TextEdit[] => {
    let out = doneEdits.get(edits);
    if (!out) {
      const written = breaksLines(edits) ? editsWithLineEnds(edits, (eol ??= lineEndOf(source))) : edits;
      out = editsRemovingEmptiedLines(source, written);
      // Last: whatever the edits leave next to a CR or an LF of the text keeps its own line break.
      if ((hasCR ??= doc.holdsCR ?? source.includes('\r'))) out = editsKeepingSeams(source, out);
      doneEdits.set(edits, out);
    }
    return out;
  };
  const convert = (fix: Fix): Fix => {
    let out = done.get(fix);
    if (!out) {
      const edits = convertEdits(fix.edits);
      const alternatives = fix.alternatives?.map(convert);
      const same = edits === fix.edits && (alternatives ?? []).every((a, i) => a === fix.alternatives![i]);
      out = same ? fix : { ...fix, edits, ...(alternatives ? { alternatives } : {}) };
      done.set(fix, out);
    }
    return out;
  };
  return findings.map((f) => (f.fix && convert(f.fix) !== f.fix ? { ...f, fix: convert(f.fix) } : f));
}

/**
 * A MOD with untracked changes does change something: "changes nothing" would mislead. An unclosed
 * mark's opener, read as plain text, differs from the base: that is the unclosed mark, said once.
 */
function withoutRedundant(doc: FinishingDoc, findings: Finding[], bases: BaseLookup | undefined): Finding[] {
  const untracked = findings.filter((f) => f.code === 'base.untracked-change');
  // A line an invisible character keeps from being read (a number line, a call): what the comparison says
  // of it, and "changes nothing, make it NOC" of its MOD, follow from that one fault (review5 F1).
  const invisible = findings.filter((f) => f.code === 'characters.invisible');
  // A MOD without marks whose text in force was not found while files of the workspace were not read for their
  // size (base.not-found names them): whether it changes anything is not known, and "make it NOC" would turn a
  // real amendment into a NOC (review 5, F5). In the editor and on the command line alike. Likewise a MOD
  // compared with nothing, its provision not identified (review 6, G9).
  const notFound = bases?.unread?.().length ? findings.filter((f) => f.code === 'base.not-found') : [];
  const unidentified = findings.filter((f) => f.code === 'base.provision-unidentified');
  // A provision the text in force lacks, restated in a MOD beside those it amends (`170A` inserted without marks between
  // 170 and 171): the MOD does change something; "make it NOC" would drop it (the twenty-fifth session's review).
  const missingProvision = findings.filter((f) => f.code === 'base.provision-not-found');
  if (untracked.length === 0 && invisible.length === 0 && notFound.length === 0 && unidentified.length === 0 && missingProvision.length === 0) return findings;
  // An untracked change that is an unclosed mark's opener (starting within 3 characters before it) or that
  // starts on an invisible character's line: found by binary search over their starts, not each against each.
  const unclosed = doc.parseFindings.filter((f) => f.code === 'marks.unclosed').map((f) => f.start).sort((a, b) => a - b);
  const hidden = invisible.slice().sort((a, b) => a.start - b.start);
  const hiddenEnd = new Float64Array(hidden.length); // the furthest end among the first k+1 (spans may overlap)
  hidden.forEach((v, k) => (hiddenEnd[k] = Math.max(v.end, k ? hiddenEnd[k - 1] : -1)));
  const echo = (f: Finding) => {
    if (f.code !== 'base.untracked-change') return false;
    const u = firstAtLeast(unclosed, f.start - 3, (x) => x);
    if (u < unclosed.length && unclosed[u] < f.end) return true;
    const v = firstAtLeast(hidden, f.start + 1, (x) => x.start) - 1;
    return v >= 0 && hiddenEnd[v] > f.start;
  };
  // The proposals holding one of the findings that say a MOD does change something, or that whether it does is
  // not known (their headers' starts): each finding's proposal found by binary search over the proposals.
  const held = new Set<number>();
  // Only where a MOD is said to change nothing (the proposals are then read: a summary of a version analysed from
  // its edits places them when first asked, incremental.ts).
  const proposals = findings.some((f) => f.code === 'proposal.mod-without-changes') ? doc.proposals : [];
  if (proposals.length) for (const u of [untracked, invisible, notFound, unidentified, missingProvision]) {
    for (const f of u) {
      for (let k = firstAtLeast(proposals, f.start + 1, (p) => p.span.start) - 1; k >= 0 && f.start <= proposals[k].span.end; k--) held.add(proposals[k].header.start);
    }
  }
  return findings.filter((f) => !echo(f) && (f.code !== 'proposal.mod-without-changes' || !held.has(f.start)));
}

/** The index of the first of `sorted` (ascending by `key`) whose key is at least `value` (its length when none is). */
function firstAtLeast<T>(sorted: readonly T[], value: number, key: (x: T) => number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(sorted[mid]) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A finding on text both projections share is reported once. */
function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.code}:${f.start}:${f.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
