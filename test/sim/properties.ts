// The properties every generated amendment must have (issue 9 "An amendment simulator", issue 17
// E16), checked through the core's public functions the way the CLI and the server call them.
// Each violation is reported with a class (what went wrong, on which kind of operation) so that a
// run over thousands of cases groups into a few faults, each with a seed to replay.
import {
  amendedResolutions, applyEdits, BaseIndex, checkDocument, markEdits, parseDocument, simplePool,
  type BaseLookup, type Finding, type ItuDocument, type NumberingPolicy, type TextEdit,
} from '../../server/src/core';
import { combine, fixAllEdits } from '../../server/src/service/codeActions';
import { DocumentRecord } from '../../server/src/service/record';
import { DEFAULT_SETTINGS } from '../../server/src/protocol';
import { baseFile, draft, expectedFindings, newParagraphs, Rng, type Case, type Column, type Row } from './cases';
import { core, marksOnLabelsOnly, readLabel, readMarks, same, wordsBesidesLabels, projectLines, type Mark, type ProjectedLine } from './oracle';

export interface Failure {
  /** `property.what:operation`, e.g. `p1.findings:delete/roman-letter`. */
  cls: string;
  detail: string;
}

// ---------------------------------------------------------------- reading a MOD back

interface Reading {
  marks: Mark[];
  faults: string[];
  /** Resolution paragraphs of each projection (blank lines left out), with their source lines. */
  neu: ProjectedLine[];
  old: ProjectedLine[];
}

/** The Resolution of the MOD: between the MOD header and the footnotes or `Reasons:`. */
function resolutionLines(lines: ProjectedLine[]): ProjectedLine[] {
  const start = lines.findIndex((l) => l.text.startsWith('MOD\t')) + 1;
  const out: ProjectedLine[] = [];
  for (let i = start; i < lines.length; i++) {
    const t = lines[i].text;
    if (t.startsWith('Reasons:') || /^\[\^[^\]]+\]:/.test(t)) break;
    if (t.trim() !== '') out.push(lines[i]);
  }
  return out;
}

function read(text: string): Reading {
  const { marks, faults } = readMarks(text);
  return { marks, faults, neu: resolutionLines(projectLines(text, marks, 'new')), old: resolutionLines(projectLines(text, marks, 'old')) };
}

/** A mark whose content holds a line break must insert or delete whole paragraphs. */
function crossings(text: string, marks: Mark[]): string[] {
  const out: string[] = [];
  for (const m of marks) {
    const content = m.type === 'del' ? m.old : m.type === 'ins' ? m.neu : m.old + m.neu;
    if (!content.includes('\n')) continue;
    const atLineStart = m.start === 0 || text[m.start - 1] === '\n';
    const atLineEnd = m.end === text.length || text[m.end] === '\n';
    const whole = (m.type === 'ins' || m.type === 'del') &&
      ((atLineStart && content.endsWith('\n')) || (atLineEnd && content.startsWith('\n')) || (atLineStart && atLineEnd));
    if (!whole) out.push(`${show(text.slice(m.start, m.end))} at line ${lineAt(text, m.start) + 1}`);
  }
  return out;
}

export function lineAt(text: string, offset: number): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

export function show(s: string, max = 90): string {
  const j = JSON.stringify(s);
  return j.length > max ? j.slice(0, max - 4) + '…"' : j;
}

// ---------------------------------------------------------------- context of one case

export class Context {
  readonly lookup: BaseLookup;
  readonly failures: Failure[] = [];
  /** Kind of operation, for failure classes: `delete/letter`, `insert-middle/decimal+roman-letter` … */
  readonly tag: string;
  private readonly rng: Rng;

  constructor(readonly c: Case) {
    const index = new BaseIndex();
    index.update('file:///workspace/base.itu', baseFile(c));
    this.lookup = index.lookup;
    const op = c.op.split(' ')[0] + (/^insert a first sub-item/.test(c.op) ? '-sub-item' : /^insert/.test(c.op) ? (/at the start/.test(c.op) ? '-start' : /at the end/.test(c.op) ? '-end' : '-middle') : /with its sub-items/.test(c.op) ? '-clause' : / and /.test(c.op) && /^delete/.test(c.op) ? '-several' : '');
    const kinds = new Set(c.rows.filter((r) => r.type !== 'keep' || r.reword || (r.labels && r.inForce && r.labels.reletter && !same(r.labels.reletter, r.inForce))).map((r) => (r.list !== undefined ? c.lists.get(r.list)!.kind : 'text')));
    const ambiguous = c.rows.some((r) => r.list !== undefined && c.lists.get(r.list)!.kind === 'letter' && r.inForce && [9, 22, 24].includes(r.inForce.n) && r.labels?.reletter && !same(r.labels.reletter, r.inForce));
    this.tag = `${op}/${[...kinds].sort().join('+') || 'none'}${ambiguous ? '+roman-letter' : ''}`;
    this.rng = new Rng(c.seed ^ 0x5eed);
  }

  fail(what: string, detail: string): void {
    this.failures.push({ cls: `${what}:${this.tag}`, detail });
  }

  /** Comparers shared by every check of the case, as the server shares them between versions. */
  readonly pool = simplePool();
  private readonly parsed = new Map<string, ItuDocument>();
  private readonly readings = new Map<string, Reading>();

  check(text: string, policy: NumberingPolicy): Finding[] {
    let doc = this.parsed.get(text);
    if (!doc) this.parsed.set(text, (doc = parseDocument(text)));
    const findings = checkDocument(doc, { numberingPolicy: policy, bases: this.lookup, comparers: this.pool });
    // A check that threw is a finding for the user (check.ts runFamily) and a failure here.
    const failed = findings.find((f) => f.code === 'input.check-failed');
    if (failed) throw new Error(failed.message);
    return findings;
  }

  read(text: string): Reading {
    let r = this.readings.get(text);
    if (!r) this.readings.set(text, (r = read(text)));
    return r;
  }

  pick<T>(xs: T[], n: number): T[] {
    const copy = xs.slice();
    const out: T[] = [];
    while (copy.length && out.length < n) out.push(copy.splice(this.rng.int(copy.length), 1)[0]);
    return out;
  }
}

// ---------------------------------------------------------------- comparing with the oracle

/** Source line of each non-deleted row in a text whose new projection has one paragraph per row. */
function rowLines(c: Case, r: Reading): Map<Row, number> | undefined {
  const rows = c.rows.filter((x) => x.type !== 'del');
  if (rows.length !== r.neu.length) return undefined;
  return new Map(rows.map((row, k) => [row, r.neu[k].sourceLine]));
}

function numberingFindings(text: string, findings: Finding[]): string[] {
  return findings.filter((f) => f.code.startsWith('numbering.')).map((f) => `${f.code}@${lineAt(text, f.start) + 1}`).sort();
}

/**
 * The findings a MOD must get: those of its new text in the column, and the faults the text in force
 * itself has in paragraphs the MOD deletes (the old text is checked too, and it is the text in force).
 */
function expectedAt(c: Case, column: Column, lines: Map<Row, number>, policy: NumberingPolicy = 'reletter', r?: Reading): string[] {
  const out = expectedFindings(c, column, policy).map((e) => `${e.code}@${lines.get(e.row)! + 1}`);
  if (r) {
    const oldLine = new Map(c.rows.filter((x) => x.base !== undefined).map((x, k) => [x, r.old[k]?.sourceLine]));
    for (const e of expectedFindings(inForceCase(c), 'first')) {
      const row = c.rows.find((x) => x.base === e.row.base)!;
      if (row.type === 'del' && oldLine.get(row) !== undefined) out.push(`${e.code}@${oldLine.get(row)! + 1}`);
    }
  }
  return out.sort();
}

/** The text in force as a case of its own: every row kept, every label as in force. */
function inForceCase(c: Case): Case {
  return {
    ...c,
    rows: c.rows.filter((r) => r.base !== undefined).map((r) => ({ ...r, type: 'keep' as const, labels: r.inForce ? { first: r.inForce } : undefined })),
  };
}

/** New paragraphs equal the column's; a paragraph that is not an item may differ only in labels (cross-references). */
function compareNew(ctx: Context, what: string, actual: ProjectedLine[], column: Column): boolean {
  const want = newParagraphs(ctx.c, column);
  const rows = ctx.c.rows.filter((r) => r.type !== 'del');
  if (actual.length !== want.length) {
    ctx.fail(`${what}.new-text`, `${actual.length} paragraphs, expected ${want.length}; first difference: ${firstDifference(actual.map((l) => l.text), want)}`);
    return false;
  }
  for (let k = 0; k < want.length; k++) {
    const a = actual[k].text;
    const w = want[k];
    if (a === w) continue;
    const row = rows[k];
    const lab = row.labels?.[column];
    if (lab) {
      const got = readLabel(a);
      const reading = got && (lab.kind === 'letter' ? got.letter : lab.kind === 'roman' ? got.roman : got.decimal);
      // The rest of the paragraph may differ in cross-references only (`1.2 to 1.7 above` follows a renumbering).
      const restSame = got !== undefined && sameBesidesLabels(a.slice(got.text.length), w.slice(readLabel(w)!.text.length));
      if (reading && same(reading, lab) && restSame) {
        if (got!.text !== readLabel(w)!.text) ctx.fail(`${what}.label-form`, `${show(a.slice(0, 12))}: expected the label written ${show(readLabel(w)!.text)}`);
        referencesFollow(ctx, what, a.slice(got!.text.length), w.slice(readLabel(w)!.text.length), column, row);
        continue;
      }
      ctx.fail(`${what}.labels`, `paragraph ${k + 1}: ${show(a, 60)}; expected ${show(w, 60)}`);
      return false;
    }
    if (!sameBesidesLabels(a, w)) {
      ctx.fail(`${what}.new-text`, `paragraph ${k + 1}: ${show(a, 60)}; expected ${show(w, 60)}`);
      return false;
    }
    referencesFollow(ctx, what, a, w, column, rows[k]);
  }
  return true;
}

/** The letters or number a label-like token names: `c` of `c),`, `1.7` of `1.7`. */
function tokenCore(token: string): string {
  return token.replace(/^\(/, '').replace(/[,.;:]$/, '').replace(/\).*$/, '');
}

/**
 * A cross-reference that changed must have followed an item: its old label is the label in force of
 * an item the column relabels, and its new label is that item's new label. In a paragraph the draft
 * inserts (written in the new text's terms, as the first draft letters it), its old label may also be an
 * item's first-draft label (seed 90267: an inserted item citing another inserted one as `d)`, which the
 * bis policy letters `cbis)`).
 */
function referencesFollow(ctx: Context, what: string, actual: string, expected: string, column: Column, row: Row): void {
  const a = actual.split(/[\s\u00a0]+/);
  const w = expected.split(/[\s\u00a0]+/);
  for (let i = 0; i < Math.min(a.length, w.length); i++) {
    if (a[i] === w[i]) continue;
    const from = tokenCore(w[i]);
    const to = tokenCore(a[i]);
    const followed = ctx.c.rows.some((r) => {
      const lab = r.labels?.[column];
      if (!lab || tokenCore(core(lab)) !== to) return false;
      if (r.type === 'keep' && r.written !== undefined && tokenCore(r.written) === from) return true;
      return row.type === 'ins' && r.type !== 'del' && r.labels?.first !== undefined && tokenCore(core(r.labels.first)) === from;
    });
    if (!followed) {
      ctx.fail(`${what}.reference`, `cross-reference ${show(w[i])} became ${show(a[i])}, which no relabelled item explains: ${show(actual, 80)}`);
      return;
    }
  }
}

function sameBesidesLabels(a: string, b: string): boolean {
  return wordsBesidesLabels(a).join(' ') === wordsBesidesLabels(b).join(' ');
}

/** `spacesFolded`: white space is compared folded, as FORMAT.md §7 compares a MOD with its base. */
function compareOld(ctx: Context, what: string, actual: ProjectedLine[], spacesFolded = false): boolean {
  const got = actual.map((l) => l.text);
  if (got.join('\n') === ctx.c.base.join('\n')) return true;
  const fold = (s: string) => s.replace(/[\s\u00a0]+/g, ' ').trim();
  if (got.length === ctx.c.base.length && got.every((g, k) => fold(g) === fold(ctx.c.base[k]))) {
    if (spacesFolded) return true;
    ctx.fail(`${what}.old-text-spaces`, `old text differs from the base in white space only: ${firstDifference(got, ctx.c.base)}`);
    return false;
  }
  ctx.fail(`${what}.old-text`, `old text differs from the base: ${firstDifference(got, ctx.c.base)}`);
  return false;
}

function firstDifference(a: string[], b: string[]): string {
  for (let k = 0; k < Math.max(a.length, b.length); k++) {
    if (a[k] !== b[k]) return `paragraph ${k + 1}: ${show(a[k] ?? '(none)', 60)} vs ${show(b[k] ?? '(none)', 60)}`;
  }
  return 'none';
}

function marksClean(ctx: Context, what: string, text: string, r: Reading): boolean {
  if (r.faults.length) {
    ctx.fail(`${what}.marks-unbalanced`, r.faults.slice(0, 3).join('; '));
    return false;
  }
  const cross = crossings(text, r.marks);
  if (cross.length) {
    ctx.fail(`${what}.mark-crosses-paragraph`, cross.slice(0, 2).join('; '));
    return false;
  }
  return true;
}

// ---------------------------------------------------------------- property 0: the text in force reads as the oracle reads it

const baseVerdicts = new Map<string, string>();

/**
 * The base alone gets exactly the numbering findings the oracle finds in it (none in a clean text;
 * a real text may hold a real fault, such as a list copied as `1 to hold …` that starts at 2).
 */
export function property0(ctx: Context): void {
  const file = baseFile(ctx.c);
  let verdict = baseVerdicts.get(file);
  if (verdict === undefined) {
    const got = numberingFindings(file, checkDocument(parseDocument(file)));
    const inForce = inForceCase(ctx.c);
    const offset = file.split('\n').indexOf(ctx.c.base[0]);
    const want = expectedFindings(inForce, 'first').map((e) => `${e.code}@${e.row.base! + offset + 1}`).sort();
    verdict = got.join() === want.join() ? '' : `got [${got.join(', ')}], expected [${want.join(', ')}]`;
    baseVerdicts.set(file, verdict);
  }
  if (verdict) ctx.fail('p0.base-numbering', `the text in force (${ctx.c.source}, as generated): ${verdict}`);
}

// ---------------------------------------------------------------- property 1: the first draft and its fix

export function property1(ctx: Context): void {
  const c = ctx.c;
  const text = draft(c, 'first', true).text;
  const reading = ctx.read(text);
  const lines = rowLines(c, reading);
  if (!lines) return ctx.fail('oracle.draft', 'the first draft does not project to one paragraph per row');
  const want = expectedAt(c, 'first', lines, 'reletter', reading);
  for (const policy of ['reletter', 'bis'] as const) {
    const findings = ctx.check(text, policy);
    const got = numberingFindings(text, findings);
    if (policy === 'reletter' && got.join() !== want.join()) {
      ctx.fail('p1.findings', `first draft: got [${got.join(', ')}], expected [${want.join(', ')}]`);
    }
    // The fix of the first finding in the amended list, as the editor offers it first under the policy
    // (a list the amendment leaves alone may hold a fault of the text in force; it is not the one fixed).
    const touched = new Set(c.rows.filter((r) => r.type !== 'keep' && r.list !== undefined).map((r) => r.list));
    const first = expectedFindings(c, 'first', policy).filter((e) => touched.has(e.row.list)).sort((x, y) => lines.get(x.row)! - lines.get(y.row)!)[0];
    if (!first) continue;
    if (policy === 'bis' && !c.bisApplies) continue;
    const line = lines.get(first.row)! + 1;
    const target = findings.find((f) => f.code === first.code && lineAt(text, f.start) + 1 === line) ??
      findings.find((f) => f.code.startsWith('numbering.') && f.fix && lineAt(text, f.start) + 1 === line);
    if (!target?.fix) {
      ctx.fail(`p1.${policy}.no-fix`, `no fix offered for ${first.code}@${line} under policy ${policy}`);
      continue;
    }
    const column: Column = policy;
    const fixed = applyEdits(text, target.fix.edits);
    const r = ctx.read(fixed);
    const what = `p1.${policy}`;
    if (!marksClean(ctx, what, fixed, r)) continue;
    compareOld(ctx, what, r.old);
    if (!compareNew(ctx, what, r.neu, column)) continue;
    paragraphShapes(ctx, what, fixed, r, column);
    const fixedLines = rowLines(c, r)!;
    const again = numberingFindings(fixed, ctx.check(fixed, policy));
    const left = expectedAt(c, column, fixedLines, policy, r);
    if (again.join() !== left.join()) ctx.fail(`${what}.recheck`, `after "${target.fix.title}": got [${again.join(', ')}], expected [${left.join(', ')}]`);
  }
}

// ---------------------------------------------------------------- property 2: track

/** What `itu-draft track` does: marks from the base written into each MOD without marks. */
export function track(text: string, lookup: BaseLookup): string | undefined {
  const doc = parseDocument(text);
  const edits: TextEdit[] = [];
  for (const amended of amendedResolutions(doc, lookup, simplePool())) {
    if (!amended.base || !amended.unmarked || !amended.comparison || amended.comparison.identical) continue;
    const e = markEdits(doc, amended, amended.comparison.changes);
    if (!e) return undefined;
    edits.push(...e);
  }
  return applyEdits(text, edits);
}

export function property2(ctx: Context): void {
  const c = ctx.c;
  const plain = draft(c, 'reletter', false).text;
  const tracked = track(plain, ctx.lookup);
  if (tracked === undefined) return ctx.fail('p2.no-marks', 'track wrote no marks (a mark would nest)');
  const r = read(tracked);
  if (!marksClean(ctx, 'p2', tracked, r)) return;
  const newOk = compareNew(ctx, 'p2', r.neu, 'reletter');
  // A moved item is written anew at its new place, with a TAB after its label; where the text in force
  // had a space there, that is a difference of white space only, which the comparison with the base
  // folds (FORMAT.md §7): track cannot see it and need not mark it.
  const oldOk = compareOld(ctx, 'p2', r.old, c.op.startsWith('move'));
  if (!newOk || !oldOk) return;
  // A moved item leaves two similar paragraphs (deleted here, inserted there): a word diff between
  // them is a fair reading too, so moves are held to the rules above only.
  if (!c.op.startsWith('move')) paragraphShapes(ctx, 'p2', tracked, r, 'reletter');
  // What track writes, the checker accepts: the numbering is right and nothing is left untracked.
  relettered(ctx, tracked, r, 'p2.recheck-numbering', 'p2.recheck-untracked', 'tracked draft');
}

/** A draft whose new text is the relettered column gets exactly its findings, and none untracked (its old text is the base). */
function relettered(ctx: Context, text: string, r: Reading, numberingClass: string, untrackedClass: string, name: string): void {
  const findings = ctx.check(text, 'reletter');
  const numbering = numberingFindings(text, findings);
  const lines = rowLines(ctx.c, r);
  const want = lines ? expectedAt(ctx.c, 'reletter', lines, 'reletter', r) : [];
  if (numbering.join() !== want.join()) ctx.fail(numberingClass, `${name}: got [${numbering.join(', ')}], expected [${want.join(', ')}]`);
  const untracked = findings.filter((f) => f.code === 'base.untracked-change');
  if (untracked.length) ctx.fail(untrackedClass, `${name}: ${untracked.slice(0, 2).map((f) => `${f.message} at line ${lineAt(text, f.start) + 1}`).join('; ')}`);
}

/**
 * Each paragraph reads like a careful delegate's: items in force relabelled by their label only,
 * items inserted or deleted as whole paragraphs, unchanged paragraphs without marks.
 */
function paragraphShapes(ctx: Context, what: string, text: string, r: Reading, column: Column): void {
  const c = ctx.c;
  const relabelled = (row: Row) => row.type === 'keep' && row.inForce !== undefined && row.labels?.[column] !== undefined && !same(row.labels[column]!, row.inForce);
  // Beyond the label, only cross-references that followed the renumbering may change.
  const labelOnly = (line: ProjectedLine) => marksOnLabelsOnly(line.text, line.marked, readLabel(line.text)?.text.length ?? 0);
  const kept = c.rows.filter((row) => row.type !== 'del');
  for (const [k, row] of kept.entries()) {
    const line = r.neu[k];
    if (row.type === 'ins') {
      if (line.marked.some((m) => !m)) return ctx.fail(`${what}.inserted-not-whole`, `inserted item ${show(line.text, 50)} is not one inserted paragraph: ${show(sourceLine(text, line.sourceLine))}`);
    } else if (row.reword) {
      continue;
    } else if (relabelled(row)) {
      if (!labelOnly(line)) return ctx.fail(`${what}.relabel-not-label-only`, `relettered item marked beyond its label: ${show(sourceLine(text, line.sourceLine))}`);
    } else if (!marksOnLabelsOnly(line.text, line.marked)) {
      return ctx.fail(`${what}.unchanged-marked`, `unchanged paragraph carries marks: ${show(sourceLine(text, line.sourceLine))}`);
    }
  }
  const inForce = c.rows.filter((row) => row.base !== undefined);
  for (const [k, row] of inForce.entries()) {
    const line = r.old[k];
    if (row.type === 'del' && line.marked.some((m) => !m)) return ctx.fail(`${what}.deleted-not-whole`, `deleted paragraph ${show(line.text, 50)} is not one deleted paragraph: ${show(sourceLine(text, line.sourceLine))}`);
    if (relabelled(row) && !row.reword && !labelOnly(line)) return ctx.fail(`${what}.relabel-not-label-only`, `relettered item (old text) marked beyond its label: ${show(sourceLine(text, line.sourceLine))}`);
  }
}

function sourceLine(text: string, line: number): string {
  return text.split('\n')[line] ?? '';
}

// ---------------------------------------------------------------- property 3: the correct marked draft

export function property3(ctx: Context): void {
  const c = ctx.c;
  if (c.bisApplies) {
    // The draft an A.1 delegate writes: items in force keep their numbers, inserted items are bis, ter …
    const text = draft(c, 'bis', true).text;
    const r = ctx.read(text);
    const lines = rowLines(c, r);
    if (lines) {
      const got = numberingFindings(text, ctx.check(text, 'bis'));
      const want = expectedAt(c, 'bis', lines, 'bis', r);
      if (got.join() !== want.join()) ctx.fail('p3.bis-numbering', `bis draft: got [${got.join(', ')}], expected [${want.join(', ')}]`);
    }
  }
  const text = draft(c, 'reletter', true).text;
  const r = read(text);
  if (!compareNew(ctx, 'oracle.marked', r.neu, 'reletter') || !compareOld(ctx, 'oracle.marked', r.old)) return;
  relettered(ctx, text, r, 'p3.numbering', 'p3.base-untracked', 'relettered draft');
}

// ---------------------------------------------------------------- E16: fixes never make a draft worse

const wordCache = new WeakMap<ProjectedLine[], string[]>();

function wordsOf(lines: ProjectedLine[]): string[] {
  let w = wordCache.get(lines);
  if (!w) wordCache.set(lines, (w = wordsBesidesLabels(lines.map((l) => l.text).join('\n'))));
  return w;
}

/** A fix keeps marks balanced and paragraph-clean, the new text's words, and the old text's (or moves them to the base's). */
function fixKeepsWords(ctx: Context, what: string, before: string, after: string, toBase: boolean): boolean {
  const r0 = ctx.read(before);
  const r1 = ctx.read(after);
  if (!marksClean(ctx, what, after, r1)) return false;
  const n0 = wordsOf(r0.neu).join(' ');
  const n1 = wordsOf(r1.neu).join(' ');
  if (n0 !== n1) {
    ctx.fail(`${what}.new-words`, `new text changed: ${wordDiff(n0, n1)}`);
    return false;
  }
  const o0 = wordsOf(r0.old);
  const o1 = wordsOf(r1.old);
  if (o0.join(' ') === o1.join(' ')) return true;
  if (toBase) {
    const available = new Map<string, number>();
    for (const w of [...o0, ...wordsBesidesLabels(ctx.c.base.join('\n'))]) available.set(w, (available.get(w) ?? 0) + 1);
    const foreign = o1.filter((w) => {
      const n = available.get(w) ?? 0;
      available.set(w, n - 1);
      return n <= 0;
    });
    if (foreign.length === 0) return true;
  }
  ctx.fail(`${what}.old-words`, `old text changed: ${wordDiff(o0.join(' '), o1.join(' '))}`);
  return false;
}

function wordDiff(a: string, b: string): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `${show(a.slice(Math.max(0, i - 20), i + 40), 70)} → ${show(b.slice(Math.max(0, i - 20), i + 40), 70)}`;
}

export function propertyFixes(ctx: Context): void {
  const c = ctx.c;
  const drafts: [string, string][] = [
    ['first', draft(c, 'first', true).text],
    ['plain', draft(c, 'reletter', false).text],
    ['marked', draft(c, 'reletter', true).text],
  ];
  for (const [name, text] of drafts) {
    const findings = ctx.check(text, 'reletter');
    // Quick fixes: each fix and each alternative (a few per draft, chosen by the seed).
    const fixes = [...new Set(findings.filter((f) => f.fix).map((f) => f.fix!))];
    for (const fix of ctx.pick(fixes, 3)) {
      const owner = findings.find((f) => f.fix === fix)!;
      for (const choice of [{ title: fix.title, edits: fix.edits }, ...(fix.alternatives ?? [])]) {
        const after = applyEdits(text, choice.edits);
        if (!fixKeepsWords(ctx, `e16.quick-fix.${owner.code}`, text, after, owner.code.startsWith('base.'))) break;
      }
    }
    // "Fix all <code> problems in this file", as the server combines them.
    for (const code of new Set(findings.filter((f) => f.fix).map((f) => f.code))) {
      const same = findings.filter((f) => f.code === code && f.fix);
      if (new Set(same.map((f) => f.fix)).size < 2) continue;
      const after = applyEdits(text, combine(same, () => true));
      fixKeepsWords(ctx, `e16.fix-all-of-kind.${code}`, text, after, code.startsWith('base.'));
    }
    // Fix all (source.fixAll.itu), under each policy: words kept, and a second run changes nothing.
    for (const policy of name === 'first' ? (['reletter', 'bis'] as const) : (['reletter'] as const)) {
      const once = fixAll(ctx, text, policy);
      if (!fixKeepsWords(ctx, `e16.fix-all.${name}`, text, once, true)) continue;
      const twice = fixAll(ctx, once, policy);
      if (twice !== once) ctx.fail(`e16.fix-all-not-fixed-point.${name}`, `policy ${policy}: a second Fix all changed ${wordDiff(once, twice)}`);
      if (name === 'first' && (policy === 'reletter' || c.bisApplies)) {
        // What the text in force itself gets (a real text may hold a real fault) cannot be fixed in a MOD.
        const inForce = new Set(checkDocument(parseDocument(baseFile(c))).map((f) => f.message));
        const left = ctx.check(once, policy).filter((f) => f.code.startsWith('numbering.') && f.severity !== 'information' &&
          !inForce.has(f.message.replace(/^Old text: /, '')));
        if (left.length) ctx.fail(`e16.fix-all-leaves-numbering`, `policy ${policy}: after Fix all: ${left.slice(0, 2).map((f) => f.message).join(' | ')}`);
      }
    }
  }
}

/**
 * A draft with one mark broken, as a delegate leaves it: a closer lost, or a closer typed twice.
 * Every fix of a `marks.*` finding must leave the marks balanced and keep every word of the draft
 * (the text with the delimiters taken out), whatever it chooses to keep.
 */
export function propertyBrokenMarks(ctx: Context): void {
  const text = draft(ctx.c, 'first', true).text;
  const { marks } = readMarks(text);
  const changing = marks.filter((m) => m.type === 'ins' || m.type === 'del' || m.type === 'sub');
  if (changing.length === 0) return;
  const m = ctx.pick(changing, 1)[0];
  const closer = text.slice(m.end - 3, m.end);
  const broken = ctx.pick([0, 1], 1)[0] === 0
    ? text.slice(0, m.end - 3) + text.slice(m.end) // the closer lost
    : text.slice(0, m.end) + closer + text.slice(m.end); // the closer typed twice
  const before = wordsWithoutDelimiters(broken);
  const findings = ctx.check(broken, 'reletter').filter((f) => f.code.startsWith('marks.') && f.fix);
  if (!ctx.check(broken, 'reletter').some((f) => f.code.startsWith('marks.'))) {
    ctx.fail('e16.broken-mark-unreported', `no marks.* finding for ${show(broken.slice(Math.max(0, m.start - 10), m.end + 10))}`);
    return;
  }
  for (const f of findings) {
    for (const choice of [{ title: f.fix!.title, edits: f.fix!.edits }, ...(f.fix!.alternatives ?? [])]) {
      const after = applyEdits(broken, choice.edits);
      const r = readMarks(after);
      if (r.faults.length) {
        ctx.fail(`e16.broken-mark.${f.code}.unbalanced`, `on ${show(broken.slice(Math.max(0, m.end - 40), m.end + 30), 100)}, "${choice.title}" leaves ${r.faults[0]}: ${show(after.slice(Math.max(0, m.end - 40), m.end + 33), 100)}`);
        continue;
      }
      const cross = crossings(after, r.marks);
      if (cross.length) ctx.fail(`e16.broken-mark.${f.code}.mark-crosses-paragraph`, `"${choice.title}": ${cross[0]}`);
      const words = wordsWithoutDelimiters(after);
      if (words !== before) ctx.fail(`e16.broken-mark.${f.code}.words`, `"${choice.title}" changed the words: ${wordDiff(before, words)}`);
    }
  }
}

/** The words of a text with every revision-mark delimiter taken out. */
function wordsWithoutDelimiters(text: string): string {
  return text.replace(/\{\+\+|\+\+\}|\{--|--\}|\{~~|~~\}|~>|\{>>|<<\}|\{==|==\}/g, ' ').split(/[\s\u00a0]+/).filter((w) => w !== '').join(' ');
}

function fixAll(ctx: Context, text: string, policy: NumberingPolicy): string {
  const state = new DocumentRecord('file:///workspace/draft.itu', 1, text, { lookup: ctx.lookup, generation: () => 1, pool: ctx.pool });
  return applyEdits(text, fixAllEdits(state, { ...DEFAULT_SETTINGS, numberingPolicy: policy }));
}

// ---------------------------------------------------------------- one case

export type PropertyName = 'p0' | 'p1' | 'p2' | 'p3' | 'e16';

export function runCase(c: Case, which: PropertyName[] = ['p0', 'p1', 'p2', 'p3', 'e16']): Failure[] {
  const ctx = new Context(c);
  const guard = (name: string, f: () => void) => {
    try {
      f();
    } catch (e) {
      ctx.fail(`${name}.exception`, e instanceof Error ? (e.stack ?? e.message).split('\n').slice(0, 3).join(' / ') : String(e));
    }
  };
  if (which.includes('p0')) {
    guard('p0', () => property0(ctx));
    // A base the checker already misreads fails every other property for that one reason.
    if (ctx.failures.length) return ctx.failures;
  }
  if (which.includes('p1')) guard('p1', () => property1(ctx));
  if (which.includes('p2')) guard('p2', () => property2(ctx));
  if (which.includes('p3')) guard('p3', () => property3(ctx));
  if (which.includes('e16')) guard('e16', () => propertyFixes(ctx));
  if (which.includes('e16')) guard('e16', () => propertyBrokenMarks(ctx));
  return ctx.failures;
}

