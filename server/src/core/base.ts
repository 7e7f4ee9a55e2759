// Base texts: the Resolutions in force that MOD proposals amend (FORMAT.md §7), the
// comparison of each MOD with its base (checks/base.ts reports it), and the marks that write a
// comparison into the text.
import { BaseComparer, criticMarkupInsertions, type Comparison, type ParagraphChange, type TextPosition, type TextRange } from './compare';
import { isMod, parseDocument } from './document';
import { markAround } from './marks';
import { toSource } from './projection';
import { LineIndex } from './text';
import { chooseBase, preferredBases, type ChosenBase } from './baseChoice';
import type { ItuDocument, Paragraph, Resolution, Span, TextEdit, View } from './types';

/** A number line compared without case or extra spaces. */
export function baseKey(numberLine: string): string {
  return numberLine.replace(/[\s\u00A0]+/g, ' ').trim().toLowerCase();
}

export interface BaseText {
  key: string;
  /** Where it was found (a file path or URI). */
  location: string;
  numberLine: string;
  /** Paragraphs of the Resolution, number line first (blank lines and footnote definitions left out). */
  paragraphs: string[];
  /** 0-based line of the number line in its file. */
  line: number;
}

/**
 * Finds the base text a number line names (see BaseIndex.lookup); `prefer` names files to choose
 * among several (the document's `Base:` cover field).
 */
export type BaseLookup = (numberLine: string, prefer?: readonly string[]) => ChosenBase | undefined;

/** `resolution 52`: the number alone, for a MOD whose old text already names the new meeting. */
export function numberKey(numberLine: string): string | undefined {
  const m = /^(?:draft\s+new\s+)?(resolution\s+\S+?)\s*\(/i.exec(numberLine.replace(/[\s\u00A0]+/g, ' ').trim());
  return m ? m[1].toLowerCase() : undefined;
}

/** The base texts one file offers: Resolutions standing outside any proposal. */
export function baseTextsOf(location: string, doc: ItuDocument): BaseText[] {
  let lines: LineIndex | undefined;
  return doc.views.new.resolutions.map((r) => ({
    key: baseKey(r.numberLine.text),
    location,
    numberLine: r.numberLine.text.trim(),
    paragraphs: r.paragraphs.map((p) => p.text),
    line: (lines ??= new LineIndex(doc.text)).position(r.numberLine.source.start).line,
  }));
}

/** Base texts of a workspace, kept current file by file. The first location (in sort order) wins a key. */
export class BaseIndex {
  private readonly byLocation = new Map<string, BaseText[]>();
  private readonly byKey = new Map<string, BaseText[]>();
  private readonly byNumber = new Map<string, BaseText[]>();

  /** Number of updates that changed what the index holds: a cache key for findings that used it. */
  generation = 0;

  update(location: string, text: string, parsed?: ItuDocument): void {
    const before = this.signature(location);
    this.remove(location);
    // Only files that hold a text with a number line (Resolution, Decision, Recommendation, Opinion)
    // outside proposals are worth keeping; the words are those of structure.ts's NUMBER_LINE.
    const bases = /RESOLUTION|DECISION|RECOMMENDATION|OPINION/i.test(text) ? baseTextsOf(location, parsed ?? parseDocument(text)) : [];
    if (bases.length > 0) this.store(location, bases);
    if (this.signature(location) !== before) this.generation++;
  }

  private signature(location: string): string {
    return JSON.stringify(this.byLocation.get(location)?.map((b) => b.paragraphs) ?? null);
  }

  private store(location: string, bases: BaseText[]): void {
    this.byLocation.set(location, bases);
    for (const b of bases) {
      add(this.byKey, b.key, b);
      const n = numberKey(b.numberLine);
      if (n) add(this.byNumber, n, b);
    }
  }

  delete(location: string): void {
    if (!this.byLocation.has(location)) return;
    this.remove(location);
    this.generation++;
  }

  private remove(location: string): void {
    const old = this.byLocation.get(location);
    if (!old) return;
    this.byLocation.delete(location);
    for (const b of old) {
      drop(this.byKey, b.key, location);
      const n = numberKey(b.numberLine);
      if (n) drop(this.byNumber, n, location);
    }
  }

  get size(): number {
    return this.byKey.size;
  }

  /** Every base text indexed, by location (the New contribution command lists them). */
  all(): BaseText[] {
    return [...this.byLocation.values()].flat();
  }

  /**
   * The base a number line names, compared without case or extra spaces. A MOD written
   * without marks names the new meeting in its old text too: then the base texts with the
   * same Resolution number are the candidates. Among several, `chooseBase` decides.
   */
  lookup: BaseLookup = (numberLine, prefer) => {
    const exact = this.byKey.get(baseKey(numberLine));
    if (exact) return chooseBase(exact, prefer);
    const n = numberKey(numberLine);
    const candidates = n ? this.byNumber.get(n) : undefined;
    return candidates ? chooseBase(candidates, prefer) : undefined;
  };
}

function add(map: Map<string, BaseText[]>, key: string, b: BaseText): void {
  const list = map.get(key) ?? [];
  list.push(b);
  list.sort((x, y) => (x.location < y.location ? -1 : x.location > y.location ? 1 : 0));
  map.set(key, list);
}

function drop(map: Map<string, BaseText[]>, key: string, location: string): void {
  const list = (map.get(key) ?? []).filter((x) => x.location !== location);
  if (list.length) map.set(key, list);
  else map.delete(key);
}

export interface AmendedResolution {
  proposalIndex: number;
  /** The Resolution as the old text of the MOD has it. */
  resolution: Resolution;
  base?: ChosenBase;
  /** The old text's paragraphs compared with the base. */
  comparison?: Comparison;
  /** The proposal has no revision mark at all. */
  unmarked: boolean;
}

/** Comparers keep their gap caches between calls: one per amended Resolution. */
export type ComparerPool = (key: string) => BaseComparer;

export function simplePool(): ComparerPool {
  const pool = new Map<string, BaseComparer>();
  return (key) => {
    let c = pool.get(key);
    if (!c) pool.set(key, (c = new BaseComparer()));
    return c;
  };
}

export function amendedResolutions(doc: ItuDocument, lookup: BaseLookup, pool: ComparerPool = simplePool()): AmendedResolution[] {
  const out: AmendedResolution[] = [];
  const old = doc.views.old;
  const prefer = preferredBases(doc);
  doc.proposals.forEach((p, i) => {
    if (!isMod(p)) return;
    const pv = old.proposals[i];
    if (!pv) return;
    const unmarked = !doc.marks.some((m) => m.start >= p.span.start && m.start < p.span.end && m.kind !== 'comment');
    for (const resolution of pv.resolutions) {
      const base = lookup(resolution.numberLine.text, prefer);
      const entry: AmendedResolution = { proposalIndex: i, resolution, base, unmarked };
      if (base) {
        const draft = resolution.paragraphs.map((x) => x.text);
        const masked = pool(`${i}:${base.key}`).compare(draft.map(maskFootnotes), base.paragraphs.map(maskFootnotes));
        entry.comparison = unmask(masked, draft, base.paragraphs);
      }
      out.push(entry);
    }
  });
  return out;
}

/**
 * Footnote references are numbered anew in each document (FORMAT.md §6), so `[^2]` where the base
 * has `[^1]` is no change: references are blanked (same length, so offsets hold) before comparing.
 */
export function maskFootnotes(text: string): string {
  return text.includes('[^') ? text.replace(/\[\^[^\]\s]+\](?!:)/g, (m) => ' '.repeat(m.length)) : text;
}

function sliceRange(paragraphs: readonly string[], r: TextRange): string {
  if (r.start.paragraph === r.end.paragraph) return (paragraphs[r.start.paragraph] ?? '').slice(r.start.offset, r.end.offset);
  const parts = [paragraphs[r.start.paragraph].slice(r.start.offset)];
  for (let p = r.start.paragraph + 1; p < r.end.paragraph; p++) parts.push(paragraphs[p]);
  parts.push(paragraphs[r.end.paragraph].slice(0, r.end.offset));
  return parts.join('\n');
}

/** The comparison of masked texts, with each op's text as written restored from the real texts. */
function unmask(c: Comparison, draft: readonly string[], base: readonly string[]): Comparison {
  if (!draft.some((t) => t.includes('[^')) && !base.some((t) => t.includes('[^'))) return c;
  return {
    ...c,
    changes: c.changes.map((change) => ({
      ...change,
      ops: change.ops.map((op) => ({ ...op, original: op.kind === 'delete' ? sliceRange(base, op.base) : sliceRange(draft, op.draft) })),
    })),
  };
}

// ---------------------------------------------------------------- positions

/** A draft position (paragraph of the old text, offset) as a source offset, if it maps cleanly. */
function sourceOffset(view: View, paragraphs: Paragraph[], at: TextPosition): number {
  const p = paragraphs[at.paragraph];
  return toSource(view.segments, p.viewStart + at.offset, at.offset === 0 ? 'start' : 'end');
}

export function sourceSpan(view: View, paragraphs: Paragraph[], start: TextPosition, end: TextPosition): Span {
  const s = sourceOffset(view, paragraphs, start);
  const e = comparePositions(start, end) === 0 ? s : sourceOffset(view, paragraphs, end);
  return { start: s, end: Math.max(s, e) };
}

function comparePositions(a: TextPosition, b: TextPosition): number {
  return a.paragraph - b.paragraph || a.offset - b.offset;
}

/** Inserting at this source offset does not land inside a mark. */
function freeAt(doc: ItuDocument, offset: number): boolean {
  const m = markAround(doc.marks, offset, offset);
  return !m || offset <= m.start || offset >= m.end;
}

/** Edits writing some of a comparison's differences as marks, or undefined where a mark would nest. */
export function markEdits(doc: ItuDocument, amended: AmendedResolution, changes: ParagraphChange[]): TextEdit[] | undefined {
  const paragraphs = amended.resolution.paragraphs;
  const draft = paragraphs.map((p) => p.text);
  const view = doc.views.old;
  const edits: TextEdit[] = [];
  for (const ins of criticMarkupInsertions(draft, { changes, identical: false, segments: [] })) {
    const at = sourceOffset(view, paragraphs, ins.at);
    if (!freeAt(doc, at)) return undefined;
    edits.push({ start: at, end: at, newText: ins.text });
  }
  // The old text's words must stand as plain source text between the insertions.
  for (const change of changes) {
    for (const op of change.ops) {
      if (op.kind === 'delete') continue;
      const span = sourceSpan(view, paragraphs, op.draft.start, op.draft.end);
      if (op.kind === 'insert' && doc.text.slice(span.start, span.end).replace(/\s+/g, ' ') !== op.original.replace(/\s+/g, ' ')) return undefined;
    }
  }
  return edits;
}
