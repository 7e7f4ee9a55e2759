// The assembly stage of import: tokens become CriticMarkup lines (runs of one revision as one mark, a
// deletion next to an insertion of the same mark as a substitution, comments as highlights), and the
// lines become the .itu text, footnote definitions in place and blank lines between blocks.
import { l10n } from '../../core/l10n';
import { isPipeDelimiter } from '../../core/provisions';
import { escapeUnseen } from '../../core/lang/spelling';
import type { Importer } from '../import';
import type { BreakTok, EventTok, Rev, TextTok, Tok } from './stories';

const HEADER = /^(\(MOD\)|MOD|ADD\*?|SUP\*?|NOC)\t/;
const REASONS = /^Reasons:/;

interface OutLine {
  text: string;
  para?: number;
  fndef?: boolean;
}

// ---------------------------------------------------------------- tokens → CriticMarkup

interface Seg {
  kind: 'seg';
  key: string;
  rev?: Rev;
  hl: boolean;
  content: string;
  /** The last token added was a paragraph mark. */
  endsLine: boolean;
  refs: string[];
  para: number;
}
interface Sub {
  kind: 'sub';
  del: Seg;
  ins: Seg;
}
interface Ev {
  kind: 'event';
  tok: EventTok;
}
type Item = Seg | Sub | Ev;

export interface Serialized {
  lines: OutLine[];
  /** Footnote key → index of the line holding its first reference. */
  refLine: Map<string, number>;
  /** Footnote keys whose definition was written where the exported document had it. */
  placed: Set<string>;
}

function keyOf(tok: TextTok | BreakTok): string {
  if (tok.rev) return `${tok.rev.state}\u0000${tok.rev.author}\u0000${tok.rev.hint ?? ''}\u0000${tok.rev.explicit ? 1 : 0}`;
  return tok.hl ? 'hl' : 'plain';
}

export function serialize(toks: Tok[], imp: Importer, definitions?: Map<string, string>): Serialized {
  // A highlighted paragraph mark belongs to a highlight only where the highlight goes on into the next paragraph.
  const content = toks.filter((t): t is TextTok | BreakTok => t.t === 'text' || t.t === 'break');
  content.forEach((tok, i) => {
    if (tok.t === 'break' && tok.hl && !(content[i - 1]?.hl && !content[i - 1].rev && content[i + 1]?.hl && !content[i + 1].rev)) tok.hl = false;
  });

  // 1. Runs of one kind (one revision, a highlight, plain text) become segments; events inside a mark move after it.
  const items: Item[] = [];
  let lastSeg = -1;
  /** A comment's start or end came after the last segment. */
  let rangeSince = false;
  for (const tok of toks) {
    if (tok.t !== 'text' && tok.t !== 'break') {
      items.push({ kind: 'event', tok });
      if (tok.t === 'cstart' || tok.t === 'cend') rangeSince = true;
      continue;
    }
    const key = keyOf(tok);
    const text = tok.t === 'text' ? tok.text : '\n';
    const last = lastSeg >= 0 ? (items[lastSeg] as Seg) : undefined;
    // Plain text merges only within a line, so that each line keeps the number of its Word paragraph.
    // (`endsLine` rather than `content.endsWith`: asking a string built by `+=` flattens it, each time.)
    // Highlighted text does not merge across a comment's start or end: the comment keeps its own range in it.
    const merges = key === 'plain' ? lastSeg === items.length - 1 && !last?.endsLine : key !== 'hl' || !rangeSince;
    rangeSince = false;
    if (last && last.key === key && merges) {
      // Events that stood inside the mark (a comment anchor, say) now follow it.
      last.content += text;
      last.endsLine = tok.t === 'break';
      if (tok.t === 'text' && tok.fn) last.refs.push(tok.fn);
      continue;
    }
    items.push({ kind: 'seg', key, rev: tok.rev, hl: tok.hl && !tok.rev, content: text, endsLine: tok.t === 'break', refs: tok.t === 'text' && tok.fn ? [tok.fn] : [], para: tok.para });
    lastSeg = items.length - 1;
  }

  // 2. A deletion directly followed by an insertion of the same mark is a substitution.
  const merged: Item[] = [];
  for (let i = 0; i < items.length; i++) {
    const a = items[i];
    if (a.kind === 'seg' && a.rev?.state === 'del') {
      let j = i + 1;
      while (j < items.length && items[j].kind === 'event' && (items[j] as Ev).tok.t !== 'fndef') j++;
      const b = items[j];
      if (b && b.kind === 'seg' && b.rev?.state === 'ins' && pairs(a, b)) {
        merged.push({ kind: 'sub', del: a, ins: b });
        for (let k = i + 1; k < j; k++) merged.push(items[k]);
        i = j;
        continue;
      }
    }
    merged.push(a);
  }

  // 3. Comments anchored on plain text become {==text==}{>>comment<<}; others stand at their end.
  const position = new Map<string, { start?: number; end?: number; ref?: number }>();
  merged.forEach((item, i) => {
    if (item.kind !== 'event' || item.tok.t === 'fndef') return;
    const p = position.get(item.tok.id) ?? {};
    if (item.tok.t === 'cstart' && p.start === undefined) p.start = i;
    if (item.tok.t === 'cend' && p.end === undefined) p.end = i;
    if (item.tok.t === 'cref' && p.ref === undefined) p.ref = i;
    position.set(item.tok.id, p);
  });
  // What lies between a comment's start and end, in O(1) per comment from prefix counts over `merged`:
  // items that may not stand inside a highlight, plain text that is not all white space.
  const prefix = (counts: (x: Item) => boolean): Int32Array => {
    const sums = new Int32Array(merged.length + 1);
    merged.forEach((x, i) => (sums[i + 1] = sums[i] + (counts(x) ? 1 : 0)));
    return sums;
  };
  // Tracked changes (and a footnote definition's place) cannot stand inside a highlight; other comments' starts and
  // ends can (an overlapping or nested comment is placed at its end, below).
  const blocked = prefix((x) => (x.kind === 'seg' && x.rev !== undefined) || x.kind === 'sub' || (x.kind === 'event' && x.tok.t === 'fndef'));
  const words = prefix((x) => x.kind === 'seg' && !x.rev && /\S/.test(x.content));
  const between = (sums: Int32Array, from: number, to: number) => sums[to] - sums[from + 1];
  const ranged = new Set<string>();
  const at = new Map<number, string[]>();
  const pointAt = (where: number, id: string) => {
    const list = at.get(where);
    if (list) list.push(id);
    else at.set(where, [id]);
  };
  // Highlights cannot nest or overlap: ranges are taken in order of their start, each after the last one taken.
  const candidates = [...position].filter(([, p]) => p.start !== undefined && p.end !== undefined && p.start < p.end).sort((a, b) => a[1].start! - b[1].start!);
  let taken: { start: number; end: number } | undefined;
  /** No text between two places of `merged` (either way round). */
  const noText = (a: number, b: number) => between(words, Math.min(a, b), Math.max(a, b)) === 0;
  for (const [id, p] of candidates) {
    const start = p.start!;
    const end = p.end!;
    const plain = between(blocked, start, end) === 0;
    const para = (merged[end] as Ev).tok.para;
    if (!plain) imp.note(l10n.t('A comment anchored on tracked changes is placed after them (CriticMarkup marks do not nest).'), para);
    else if (between(words, start, end) === 0) continue;
    else if (taken && start < taken.end) {
      // Highlights cannot overlap: the comment taken first keeps its range, this one follows the end of its own.
      // A reply loses nothing: it stands right after the comment it answers, on that comment's text.
      if (noText(start, taken.start) && noText(end, taken.end)) imp.converted(l10n.t('A comment on the same text as the comment before it (a reply) is placed right after that comment: CriticMarkup anchors one comment on a text.'), para);
      else imp.note(l10n.t('A comment whose range overlaps another comment\'s is placed at the end of its range, without a highlight: CriticMarkup marks do not overlap.'), para);
    } else {
      ranged.add(id);
      taken = { start, end };
    }
  }
  for (const [id, p] of position) if (!ranged.has(id)) pointAt(p.end ?? p.ref ?? p.start!, id);
  /**
   * A comment's markup. `afterMark`: it stands right after a mark (a highlight, a tracked change); `followed`: another
   * comment comes right after it. A comment by someone other than the owner (the importing user, else the document's
   * default author) is written after its author's name, `{==text==}{>>@Germany<<}{>>Which MOD?<<}` or
   * `{>>@Germany<<}{>>Which MOD?<<}`, so that export gives it back to Germany (review 9, J12). A comment starting with
   * `@` right after a mark would read as the mark's author (`{++x++}{>>@AFCP<<}`, FORMAT.md), and right before another
   * comment as that one's author: an @mention (`@John please check`) is written after its author's name too (the
   * owner's included), or after `Comment:` when Word names none; `@` and the comment's own author alone after its
   * highlight is the export's attributed highlight, kept.
   */
  const commentMarkup = (id: string, afterMark: boolean, followed = false): string => {
    const c = imp.comments.get(id)!;
    const text = c.text.trim();
    const safe = (t: string) => `{>>${commentSafe(t, imp)}<<}`;
    const afterHighlight = afterMark && current.tail(3) === '==}';
    if (c.author && afterHighlight && !followed && text === `@${c.author}`) return safe(c.text);
    const mention = text.startsWith('@') && (afterMark || followed);
    if (!c.author || (c.author === imp.owner && !mention)) return safe(mention ? `${l10n.t('Comment')}: ${c.text}` : c.text);
    const name = authorSafe(c.author, imp);
    const named = `${safe(`@${name}`)}${safe(c.text)}`;
    if (text === '') return safe(`${name}: ${c.text}`);
    if (!afterMark || afterHighlight) return named;
    // Right after a change a name would name the change: its own author is named first (none known: `Name: text`);
    // after that name a comment is the owner's unless named.
    if (!lastRev?.author) return safe(`${name}: ${c.text}`);
    return `${safe(`@${authorSafe(lastRev.author, imp)}`)}${c.author === imp.owner && !followed ? safe(c.text) : named}`;
  };
  // The text so far ends with a mark's closer (body text's delimiters are kept text by a zero-width space).
  const endsWithMark = () => MARK_CLOSER.test(current.tail(3));

  // 4. Emit, ending a line at each paragraph mark outside any mark.
  const lines: OutLine[] = [];
  const refLine = new Map<string, number>();
  const placed = new Set<string>();
  const current = new LineText();
  let para: number | undefined;
  let open = false;
  // The comments at points inside the open highlight, written after it (marks do not nest).
  let deferred: string[] = [];
  /**
   * The last comment written: where it is on the line, and how it is written when another follows it (made when it
   * was written, from the line as it was then; undefined when the same).
   */
  let last: { followed?: string; from: number; to: number; line: number } | undefined;
  /**
   * Writes a comment; the one right before it, with nothing between, is written again as followed by it. Only where
   * the two writings differ is the line cut back (a cut copies the line: comments by the thousand at one point, each
   * cutting it, took quadratic time — 17 s for 20,000 where 1.6 s before).
   */
  const put = (id: string, afterMark: boolean) => {
    if (last?.followed !== undefined && last.line === lines.length && last.to === current.length) {
      current.cut(last.from);
      current.add(last.followed);
    }
    const from = current.length;
    const plain = commentMarkup(id, afterMark);
    const followed = commentMarkup(id, afterMark, true);
    current.add(plain);
    last = { followed: followed === plain ? undefined : followed, from, to: current.length, line: lines.length };
  };
  /** The last change written: a comment right after it names its author first (commentMarkup). */
  let lastRev: Rev | undefined;
  const endLine = () => {
    lines.push({ text: current.take(), para });
    para = undefined;
  };
  const noteRefs = (refs: string[]) => {
    for (const r of refs) if (!refLine.has(r)) refLine.set(r, lines.length);
  };
  const attribution = (rev: Rev): string => {
    // An export's hints say which marks the source named; a user other than its default author names every other's.
    const named = rev.hint !== undefined && imp.owner === imp.defaultAuthor ? rev.explicit : rev.author !== '' && rev.author !== imp.owner;
    return named && rev.author ? `{>>@${authorSafe(rev.author, imp)}<<}` : '';
  };
  merged.forEach((item, i) => {
    if (item.kind === 'seg') {
      para ??= item.para;
      noteRefs(item.refs);
      const content = markupSafe(item.content, imp);
      if (!item.rev && (!item.hl || open)) {
        const parts = content.split('\n');
        parts.forEach((part, k) => {
          if (k > 0) {
            if (open) current.add('\n');
            else endLine();
          }
          current.add(part);
        });
      } else if (!item.rev) current.add(`{==${content}==}`);
      else {
        current.add(`{${item.rev.state === 'ins' ? '++' : '--'}${content}${item.rev.state === 'ins' ? '++' : '--'}}${attribution(item.rev)}`);
        lastRev = item.rev;
      }
    } else if (item.kind === 'sub') {
      para ??= item.del.para;
      noteRefs([...item.del.refs, ...item.ins.refs]);
      current.add(`{~~${markupSafe(item.del.content, imp, true)}~>${markupSafe(item.ins.content, imp)}~~}${attribution(item.del.rev!)}`);
      lastRev = item.del.rev;
    } else {
      const tok = item.tok;
      if (tok.t === 'fndef') {
        const def = definitions?.get(tok.id);
        if (def !== undefined && current.length === 0 && !open && !placed.has(tok.id)) {
          lines.push({ text: def, fndef: true });
          placed.add(tok.id);
        }
      } else if (tok.t === 'cstart' && ranged.has(tok.id)) {
        current.add('{==');
        open = true;
      } else if (tok.t === 'cend' && ranged.has(tok.id)) {
        current.add('==}');
        put(tok.id, true);
        for (const d of deferred) put(d, false);
        deferred = [];
        open = false;
      }
      // A comment at a point inside a highlight follows it: marks do not nest.
      for (const id of at.get(i) ?? []) {
        if (open) deferred.push(id);
        else put(id, endsWithMark());
      }
    }
  });
  if (current.length > 0 || open) {
    // A highlight never closed: the first comment after it stands right after a mark.
    if (open) {
      current.add('==}');
      deferred.forEach((d, k) => put(d, k === 0));
    }
    endLine();
  }
  return { lines, refLine, placed };
}

/** A mark's closer ending the text (body text's delimiters are kept text by a zero-width space). */
const MARK_CLOSER = /(?:\+\+|--|~~|==)\}$/;

/**
 * The line being written, in pieces joined once when it is taken: a string built by `+=` and then read (a regex, a
 * slice) is copied whole each time, and a line of comments by the thousand at one point was read after each one
 * (whether it ended with a mark, and cut back to write the comment before again): quadratic, 16 s for 12,000.
 */
class LineText {
  private parts: string[] = [];
  length = 0;

  add(text: string): void {
    if (text === '') return;
    this.parts.push(text);
    this.length += text.length;
  }

  /** The last `n` characters (fewer on a shorter line). */
  tail(n: number): string {
    let out = '';
    for (let k = this.parts.length - 1; k >= 0 && out.length < n; k--) out = this.parts[k] + out;
    return out.slice(-n);
  }

  /** Cuts the line back to its first `length` characters. */
  cut(length: number): void {
    while (this.length > length) {
      const last = this.parts.pop()!;
      this.length -= last.length;
      if (this.length < length) this.add(last.slice(0, length - this.length));
    }
  }

  /** The line, and an empty one after it. */
  take(): string {
    const text = this.parts.join('');
    this.parts = [];
    this.length = 0;
    return text;
  }
}

/**
 * Revisions of one exported mark share a hint. Without hints (a document saved again by Word or LibreOffice), one
 * author's deletion and insertion side by side on one line, made at the same time (Word's typing-over): a date
 * that differs keeps them two marks, as the export writes `{--a--}{++b++}` (two marks, two dates).
 */
function pairs(del: Seg, ins: Seg): boolean {
  const a = del.rev!;
  const b = ins.rev!;
  if (a.hint !== undefined || b.hint !== undefined) return a.hint === b.hint;
  const sameTime = a.date === undefined || b.date === undefined || a.date === b.date;
  return a.author === b.author && sameTime && !del.content.includes('\n') && !ins.content.includes('\n');
}

/** Line breaks in a name (and runs of white space around them), read as one space. */
const NAME_BREAKS = /\s*[\r\n\t\v\f\u0085\u2028\u2029][\s]*/g;
/** A CriticMarkup delimiter: each gets a zero-width space inside, as body text does (stories.ts clean). */
const NAME_DELIMITERS = /\{(?=\+\+|--|~~|>>|==)|(?<=\+\+|--|~~|<<|==)\}|~(?=>)/g;
/** The names already noted, per import. */
const NOTED_NAMES = new WeakMap<Importer, Set<string>>();

/**
 * A revision or comment author's name as the text holds it (`{>>@name<<}`): on one line (a line break
 * read as a space) and with a zero-width space in each CriticMarkup delimiter, so that it stays a name
 * whatever it holds: Word lets any user set any name, and `A<<}{++INJECTED++}{>>@B` written as it is
 * would insert text into the proposal, a name with line breaks spread the comment over lines (review5 F7).
 * Each name so changed is noted once.
 */
function authorSafe(name: string, imp: Importer): string {
  const oneLine = name.replace(NAME_BREAKS, ' ').trim();
  const safe = oneLine.replace(NAME_DELIMITERS, (d) => (d === '}' ? '\u200B}' : `${d}\u200B`));
  if (safe !== name.trim()) {
    let noted = NOTED_NAMES.get(imp);
    if (!noted) NOTED_NAMES.set(imp, (noted = new Set()));
    if (!noted.has(name)) {
      noted.add(name);
      imp.converted(l10n.t('A revision author name holds line breaks or CriticMarkup delimiters: it is written on one line, with a zero-width space in each delimiter ({0}).', escapeUnseen(oneLine)));
    }
  }
  return safe;
}

/** The characters that, doubled after `{`, open a mark (`{++`, `{--`, `{~~`, `{>>`, `{==`). */
const OPENS = '+-~>=';
/** The characters that, doubled before `}`, close one (`++}`, `--}`, `~~}`, `<<}`, `==}`). */
const CLOSES = '+-~<=';

/**
 * Text from Word as the .itu text holds it: a zero-width space after each `{` and before each `}` that would
 * read as a CriticMarkup delimiter, so that whatever Word holds stays text (review 7, H17). The text is one
 * piece the import writes between delimiters of its own (a run of one kind, a comment, one side of a
 * substitution), so a brace at its edge counts as a delimiter when what the piece could meet there completes
 * one: `{` at the end, or before one opener character at the end, meets the closer `++}` (`a{` + `++}` opens
 * `{++`); `}` at the start, or after one closer character, meets the end of the piece before it. With
 * `separator`, the piece is the old side of a substitution, where the first `~>` ends it: `~>` gets one too.
 * The zero-width spaces are all the import adds: taken out, the text is Word's.
 */
export function escapeMarkup(text: string, separator = false): string {
  if (!text.includes('{') && !text.includes('}') && !(separator && text.includes('~>'))) return text;
  let out = '';
  let from = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text[i];
    let escape: 'after' | 'before' | undefined;
    if (c === '{') {
      const a = text[i + 1];
      if (a === undefined || (OPENS.includes(a) && (i + 2 >= n || text[i + 2] === a))) escape = 'after';
    } else if (c === '}') {
      const a = text[i - 1];
      if (a === undefined || (CLOSES.includes(a) && (i < 2 || text[i - 2] === a))) escape = 'before';
    } else if (c === '~' && separator && text[i + 1] === '>') escape = 'after';
    if (escape === undefined) continue;
    out += escape === 'after' ? `${text.slice(from, i + 1)}\u200B` : `${text.slice(from, i)}\u200B`;
    from = escape === 'after' ? i + 1 : i;
  }
  return out === '' ? text : out + text.slice(from);
}

/** A piece of Word's text escaped (`escapeMarkup`), counted for the import's note when it changed. */
function markupSafe(text: string, imp: Importer, separator = false): string {
  if (imp.exported) return text;
  const safe = escapeMarkup(text, separator);
  if (safe !== text) imp.delimiters++;
  return safe;
}

/** A comment's text: in an exported document (whose text is the source's own) only its closer is escaped. */
function commentSafe(text: string, imp: Importer): string {
  return imp.exported ? text.replace(/<<\}/g, '<<\u200B}') : markupSafe(text, imp);
}

/** The .itu text, and the line (1-based) where a Word paragraph is, or the first one after it. */
interface Assembled {
  text: string;
  lineOf: (paragraph: number) => number | undefined;
}

/** The body with each footnote definition in place, and blank lines between the blocks a reader sees. */
export function assemble(body: Serialized, definitions: Map<string, string>, imp: Importer): Assembled {
  const lines = body.lines;
  const headers: number[] = [];
  lines.forEach((l, i) => {
    if (HEADER.test(l.text)) headers.push(i);
  });
  // Each proposal's Reasons line (or the next header, or the end), found once for all definitions.
  const reasonsOf = headers.map((h, k) => {
    const next = headers[k + 1] ?? lines.length;
    for (let i = h + 1; i < next; i++) if (REASONS.test(lines[i].text)) return i;
    return next;
  });
  // Definitions without a bookmark go before the Reasons of the proposal that refers to them, else before the
  // first proposal after the reference, else at the end.
  const inserts = new Map<number, string[]>();
  for (const [key, def] of definitions) {
    if (body.placed.has(key)) continue;
    const ref = body.refLine.get(key) ?? lines.length;
    const k = lastAtMost(headers, ref);
    const at = k >= 0 ? reasonsOf[k] : headers[0] ?? lines.length;
    const list = inserts.get(at);
    if (list) list.push(def);
    else inserts.set(at, [def]);
  }
  const out: string[] = [];
  /** Word paragraph → index in `out` of its first line, in paragraph order. */
  const paras: number[] = [];
  const paraLines: number[] = [];
  const blank = () => {
    if (out.length > 0 && out[out.length - 1] !== '') out.push('');
  };
  const group = (defs: string[] | undefined) => {
    if (!defs) return;
    blank();
    for (const d of defs) out.push(d);
    blank();
  };
  let previousCover = false;
  lines.forEach((l, i) => {
    // A blank line before a pipe table (its first row, before the delimiter row), as Markdown has it, unless a proposal
    // header stands right before it (a MOD of the Table of Frequency Allocations).
    // (A table inserted or deleted whole is one line here, its rows inside one mark.)
    if (!l.fndef && TABLE_ROW.test(l.text) && isPipeDelimiter(secondLine(l.text) ?? lines[i + 1]?.text ?? '') && !HEADER.test(out[out.length - 1] ?? '')) blank();
    group(inserts.get(i));
    const cover = l.para !== undefined && imp.coverParagraphs.has(l.para);
    if (previousCover && !cover) blank();
    previousCover = cover;
    if (l.fndef) {
      if (!lines[i - 1]?.fndef) blank();
      out.push(l.text);
      if (!lines[i + 1]?.fndef) blank();
      return;
    }
    if (l.text.trim() === '') {
      blank();
      return;
    }
    if (HEADER.test(l.text)) blank();
    if (l.para !== undefined && (paras.length === 0 || l.para > paras[paras.length - 1])) {
      paras.push(l.para);
      paraLines.push(out.length);
    }
    out.push(l.text);
  });
  group(inserts.get(lines.length));
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  const lineOf = (paragraph: number): number | undefined => {
    const k = lastAtMost(paras, paragraph - 1) + 1;
    return k < paras.length ? Math.min(paraLines[k], Math.max(0, out.length - 1)) + 1 : out.length > 0 ? out.length : undefined;
  };
  return { text: out.length > 0 ? `${out.join('\n')}\n` : '', lineOf };
}

/** A row of a pipe table as import writes it, a row inserted or deleted whole opening its mark (`{++| a | b |`). */
const TABLE_ROW = /^(?:\{\+\+|\{--)?[ \t]*\|/;

function secondLine(text: string): string | undefined {
  const at = text.indexOf('\n');
  if (at < 0) return undefined;
  const end = text.indexOf('\n', at + 1);
  return text.slice(at + 1, end < 0 ? undefined : end);
}

/** Index of the last element of an ascending array that is ≤ value, or -1. */
function lastAtMost(sorted: number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}
