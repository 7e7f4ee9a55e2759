// Amendments generated from a seed: a real text in force, one list of it, and an operation a
// delegate performs on that list. For each case the simulator computes, with its own label
// arithmetic (oracle.ts) and its own reading of lists (reader.ts), the texts a delegate writes and
// what the checker must say about them.
import { follows, before, core, readLabel, same, write, type Kind, type Lab } from './oracle';
import { readLists, type SItem, type SList } from './reader';
import type { Source } from './sources';

// ---------------------------------------------------------------- seeded choices

/** mulberry32: small, fast, and the same on every machine. */
export class Rng {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  pick<T>(xs: readonly T[]): T {
    if (xs.length === 0) throw new Error('pick from nothing');
    return xs[this.int(xs.length)];
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
}

// ---------------------------------------------------------------- a case

export type Column = 'first' | 'reletter' | 'bis';

/** One paragraph of the amendment: kept from the base (perhaps relabelled or reworded), deleted, or inserted. */
export interface Row {
  type: 'keep' | 'del' | 'ins';
  /** The base paragraph (keep, del) or the inserted paragraph as its first draft writes it (ins). */
  text: string;
  /** Index of the base paragraph (keep, del). */
  base?: number;
  /** Label rows: the list they belong to, and the label each column gives them. */
  list?: number;
  /** The label as written in the base (keep, del): a relabelling replaces its core only. */
  written?: string;
  labels?: Partial<Record<Column, Lab>>;
  /** The label in force (keep, del). */
  inForce?: Lab;
  /** The row's item stands under this row (for decimal prefixes). */
  parentRow?: Row;
  /** Reword inside the paragraph: `old` at `at` becomes `neu`. */
  reword?: { at: number; old: string; neu: string };
}

export interface ListInfo {
  id: number;
  kind: Kind;
  /** Decimal lists without a parent item (clauses under SECTION 1): their prefix, `1`. */
  prefix: string;
}

export interface Case {
  seed: number;
  source: string;
  /** What the delegate did, in words. */
  op: string;
  /** Resolution paragraphs in force (head and body). */
  base: string[];
  footnotes: string[];
  rows: Row[];
  lists: Map<number, ListInfo>;
  /** Whether a bis policy result is defined (an insertion after an item in force). */
  bisApplies: boolean;
  /** Mark style of whole paragraphs: at line start with the break inside, or after the previous paragraph. */
  style: 'line' | 'attached' | 'bare';
}

// ---------------------------------------------------------------- building bases

/** A base that is the source, or one part of it, with one lettered or roman list perhaps lengthened. */
function baseFor(rng: Rng, source: Source, pool: string[]): { lines: string[]; extended?: number } {
  const [from, to] = rng.pick(source.parts);
  const lines = [...source.head, ...source.body.slice(from, to)];
  if (!rng.chance(0.35)) return { lines };
  // Lengthen a lettered (or roman) list so that h)/i), u)/v), w)/x) (or viii)/ix)) come into reach.
  const lists = readLists(lines, source.head.length).filter((l) => l.kind !== 'decimal' && !l.irregular && l.items.every((i) => i.lab.suffix === 0));
  if (lists.length === 0) return { lines };
  const list = rng.pick(lists);
  const last = list.items[list.items.length - 1];
  const target = list.kind === 'letter' ? rng.pick([9, 10, 11, 22, 23, 24, 25, 26, 27, 28]) : rng.pick([9, 10, 11, 12]);
  if (target <= last.lab.n) return { lines };
  const extra: string[] = [];
  const unused = unusedBodies(pool, lines);
  for (let n = last.lab.n + 1; n <= target; n++) {
    const body = unused.splice(rng.int(unused.length), 1)[0];
    extra.push(`${write({ kind: list.kind, n, suffix: 0, prefix: '' })}\t${body}`);
  }
  lines.splice(last.end, 0, ...extra);
  return { lines, extended: list.items[0].line };
}

/**
 * Bodies the text does not hold already: an inserted item that repeats an item in force could be
 * read as either of the two, and the oracle would name one reading where the code may take the other.
 */
function unusedBodies(pool: string[], lines: string[]): string[] {
  const text = lines.join('\n');
  return [...new Set(pool)].filter((b) => !text.includes(b));
}

/** Bodies of items of every source, to write inserted items with real sentences. */
export function bodyPool(sources: Source[]): string[] {
  const out: string[] = [];
  for (const s of sources) {
    for (const line of s.body) {
      const w = readLabel(line);
      if (!w) continue;
      const body = line.slice(w.text.length).replace(/^[ \t]+/, '');
      if (body.length > 10 && !/[{}~]/.test(body) && !/\[\^/.test(body)) out.push(body);
    }
  }
  return out;
}

// ---------------------------------------------------------------- operations

type Op = 'delete' | 'delete-several' | 'delete-clause' | 'insert-start' | 'insert-middle' | 'insert-end' | 'move' | 'reword' | 'insert-sub-item';
const OPS: Op[] = ['delete', 'delete', 'delete-several', 'delete-clause', 'insert-start', 'insert-middle', 'insert-middle', 'insert-end', 'move', 'reword', 'insert-sub-item'];

interface Plan {
  /** Base lines deleted. */
  deleted: Set<number>;
  /** Lines inserted before base line k (k = base.length: at the end), with their list and parent. */
  inserted: Map<number, { body: string; list: number; parentLine?: number; kind: Kind }[]>;
  reword?: { line: number; at: number; old: string; neu: string };
  description: string;
  newLists: ListInfo[];
}

/** The item before a letter that is also a roman numeral: deleting it is the hard case of issue 9. */
function beforeAmbiguous(item: SItem): boolean {
  return item.list.kind === 'letter' && [8, 21, 23].includes(item.lab.n) && item.list.items.some((i) => i.lab.n === item.lab.n + 1);
}

function singleLine(item: SItem): boolean {
  return item.end === item.line + 1;
}

function plan(rng: Rng, lines: string[], lists: SList[], pool: string[], extended: number | undefined): Plan | undefined {
  const usable = lists.filter((l) => !l.irregular);
  if (usable.length === 0) return undefined;
  const op = rng.pick(OPS);
  // Prefer the lengthened list, and in it the item before i), v) or x).
  const lengthened = usable.find((l) => l.items[0].line === extended);
  const list = lengthened && rng.chance(0.7) ? lengthened : rng.pick(usable);
  const items = list.items;
  const deleted = new Set<number>();
  const inserted: Plan['inserted'] = new Map();
  const insertAt = (line: number, entry: { body: string; list: number; parentLine?: number; kind: Kind }) => {
    const at = inserted.get(line) ?? [];
    at.push(entry);
    inserted.set(line, at);
  };
  const deleteItem = (item: SItem) => {
    for (let i = item.line; i < item.end; i++) deleted.add(i);
  };
  // A bis item stays the insertion after the item before it: the simulator does not separate them.
  const hasBisAfter = (k: number) => items[k + 1] !== undefined && items[k + 1].lab.suffix > 0;
  const deletable = items.map((_, k) => k).filter((k) => !hasBisAfter(k) && !(k === 0 && items.length > 1 && items[1].lab.suffix > 0));
  const gaps = (from: number) => items.map((_, k) => k).filter((k) => k >= from && items[k].lab.suffix === 0); // insert before items[k]
  const parentLine = list.parent?.line;
  const fresh = () => ({ body: rng.pick(pool), list: list.id, parentLine, kind: list.kind });
  switch (op) {
    case 'delete': {
      if (deletable.length === 0) return undefined;
      const hard = deletable.filter((k) => beforeAmbiguous(items[k]));
      const k = hard.length && rng.chance(0.6) ? rng.pick(hard) : rng.pick(deletable);
      deleteItem(items[k]);
      return { deleted, inserted, description: `delete ${items[k].written} of list ${describe(list, lines)}`, newLists: [] };
    }
    case 'delete-several': {
      if (deletable.length < 2) return undefined;
      const adjacent = rng.chance(0.5);
      const k = rng.pick(deletable);
      const others = deletable.filter((j) => j !== k && (!adjacent || Math.abs(j - k) === 1));
      if (others.length === 0) return undefined;
      const j = rng.pick(others);
      deleteItem(items[k]);
      deleteItem(items[j]);
      return { deleted, inserted, description: `delete ${items[Math.min(j, k)].written} and ${items[Math.max(j, k)].written} of list ${describe(list, lines)}`, newLists: [] };
    }
    case 'delete-clause': {
      const withSubs = lists.filter((l) => !l.irregular).flatMap((l) => l.items.map((item, k) => ({ l, item, k })))
        .filter((x) => x.item.lists.length > 0 && !hasBisAfterIn(x.l, x.k));
      if (withSubs.length === 0) return undefined;
      const { l, item } = rng.pick(withSubs);
      deleteItem(item);
      return { deleted, inserted, description: `delete ${item.written} with its sub-items, of list ${describe(l, lines)}`, newLists: [] };
    }
    case 'insert-start':
    case 'insert-middle':
    case 'insert-end': {
      if (items[0].lab.n === 0) return undefined; // 7.1.0 introduces its clauses: nothing goes before it
      const count = rng.chance(0.25) ? 2 : 1;
      let k: number;
      if (op === 'insert-start') k = 0;
      else if (op === 'insert-end') k = items.length;
      else {
        const middle = gaps(1);
        if (middle.length === 0) return undefined;
        k = rng.pick(middle);
      }
      const line = k === items.length ? items[k - 1].end : items[k].line;
      for (let c = 0; c < count; c++) insertAt(line, fresh());
      const where = k === 0 ? 'at the start' : k === items.length ? 'at the end' : `before ${items[k].written}`;
      return { deleted, inserted, description: `insert ${count} item${count > 1 ? 's' : ''} ${where} of list ${describe(list, lines)}`, newLists: [] };
    }
    case 'move': {
      const movable = deletable.filter((k) => singleLine(items[k]));
      if (movable.length === 0 || items.length < 3) return undefined;
      const k = rng.pick(movable);
      const targets = gaps(0).concat([items.length]).filter((q) => q !== k && q !== k + 1 && !(q === 0 && items[0].lab.n === 0));
      if (targets.length === 0) return undefined;
      const q = rng.pick(targets);
      deleteItem(items[k]);
      const body = lines[items[k].line].slice(items[k].written.length).replace(/^[ \t]+/, '');
      insertAt(q === items.length ? items[q - 1].end : items[q].line, { body, list: list.id, parentLine, kind: list.kind });
      return { deleted, inserted, description: `move ${items[k].written} ${q === items.length ? 'to the end' : `before ${items[q].written}`} of list ${describe(list, lines)}`, newLists: [] };
    }
    case 'reword': {
      const candidates: { line: number; at: number; old: string }[] = [];
      for (const item of items) {
        const text = lines[item.line];
        const re = /(?<=[ \t])[A-Za-z]{4,}(?=[ ,;.])/g;
        for (let m = re.exec(text); m; m = re.exec(text)) if (m.index > item.written.length) candidates.push({ line: item.line, at: m.index, old: m[0] });
      }
      if (candidates.length === 0) return undefined;
      const c = rng.pick(candidates);
      const words = ['relevant', 'appropriate', 'international', 'regional', 'effective', 'further', 'all'];
      const kind = rng.int(3);
      const neu = kind === 0 ? rng.pick(words.filter((w) => w !== c.old)) : kind === 1 ? `${rng.pick(words)} ${c.old}` : '';
      const reword = kind === 2 ? { line: c.line, at: c.at, old: `${c.old} `, neu: '' } : { line: c.line, at: c.at, old: c.old, neu };
      if (kind === 2 && lines[c.line][c.at + c.old.length] !== ' ') return undefined;
      // A paragraph keeps some text: deleting the only word of a heading leaves a label alone, not an amendment.
      if (kind === 2 && lines[c.line].split(/[\s\u00a0]+/).filter((w) => w !== '').length < 4) return undefined;
      return { deleted, inserted, reword, description: `reword "${reword.old.trim()}" → "${reword.neu.trim()}" in ${lines[c.line].slice(0, 12)}…`, newLists: [] };
    }
    case 'insert-sub-item': {
      // A first sub-item under an item that has none: i) under a letter, n.1 under clause n.
      const parents = lists.filter((l) => !l.irregular && l.kind !== 'roman').flatMap((l) => l.items)
        .filter((item) => item.lists.length === 0 && !(item.list.kind === 'letter' && [8, 21, 23].includes(item.lab.n)) && item.lab.suffix === 0);
      if (parents.length === 0) return undefined;
      const parent = rng.pick(parents);
      const kind: Kind = parent.list.kind === 'letter' ? 'roman' : 'decimal';
      const id = 1000 + lists.length;
      insertAt(parent.end, { body: rng.pick(pool), list: id, parentLine: parent.line, kind });
      return {
        deleted, inserted, description: `insert a first sub-item under ${parent.written} of list ${describe(parent.list, lines)}`,
        newLists: [{ id, kind, prefix: kind === 'decimal' ? parent.written : '' }],
      };
    }
  }
}

function hasBisAfterIn(list: SList, k: number): boolean {
  return list.items[k + 1] !== undefined && list.items[k + 1].lab.suffix > 0;
}

function describe(list: SList, lines: string[]): string {
  const first = list.items[0];
  const under = list.parent ? ` under ${list.parent.written}` : '';
  return `${first.written}…${list.items[list.items.length - 1].written}${under} (line ${first.line + 1}: ${lines[first.line].slice(0, 30)}…)`;
}

// ---------------------------------------------------------------- rows and columns

/** Builds a case from a seed; undefined when the seed draws an operation the chosen list cannot take. */
export function makeCase(seed: number, sources: Source[], pool: string[]): Case | undefined {
  const rng = new Rng(seed);
  // Resolution 1 has the most kinds of list (decimal clauses three deep, bis clauses, roman items): weighted 3.
  const source = rng.pick([sources[0], sources[0], ...sources]);
  const { lines, extended } = baseFor(rng, source, pool);
  const lists = readLists(lines, source.head.length);
  const p = plan(rng, lines, lists, unusedBodies(pool, lines), extended);
  if (!p) return undefined;
  const itemAt = new Map<number, SItem>();
  for (const l of lists) for (const item of l.items) itemAt.set(item.line, item);
  const infos = new Map<number, ListInfo>();
  for (const l of lists) infos.set(l.id, { id: l.id, kind: l.kind, prefix: l.items[0].lab.prefix });
  for (const l of p.newLists) infos.set(l.id, l);

  const rows: Row[] = [];
  const rowOfLine = new Map<number, Row>();
  const pushInserted = (line: number) => {
    for (const e of p.inserted.get(line) ?? []) {
      const parentRow = e.parentLine === undefined ? undefined : rowOfLine.get(e.parentLine);
      rows.push({ type: 'ins', text: e.body, list: e.list, parentRow });
    }
  };
  for (let i = 0; i < lines.length; i++) {
    pushInserted(i);
    const item = itemAt.get(i);
    const row: Row = { type: p.deleted.has(i) ? 'del' : 'keep', text: lines[i], base: i };
    if (item) {
      row.list = item.list.id;
      row.written = item.written;
      row.inForce = item.lab;
      if (item.list.parent) row.parentRow = rowOfLine.get(item.list.parent.line);
    }
    if (p.reword?.line === i) row.reword = { at: p.reword.at, old: p.reword.old, neu: p.reword.neu };
    rowOfLine.set(i, row);
    rows.push(row);
  }
  pushInserted(lines.length);
  const c: Case = {
    seed, source: source.name, op: p.description, base: lines, footnotes: source.footnotes, rows, lists: infos,
    bisApplies: false, style: rng.pick(['line', 'line', 'attached', 'bare'] as const),
  };
  assignColumns(c);
  return c;
}

/** The decimal prefix a row's item takes in a column: its parent row's label there, or the list's own. */
function prefixIn(row: Row, column: Column, info: ListInfo): string {
  if (info.kind !== 'decimal') return '';
  const parent = row.parentRow?.labels?.[column];
  return parent && parent.kind === 'decimal' ? core(parent) : info.prefix;
}

/**
 * Labels of every row in three columns: `first` (the delegate's first draft: items in force keep
 * their labels, an inserted item takes the label after the one above it), `reletter` (every item
 * relettered in order, bis items staying the insertion after the item before them) and `bis`
 * (ITU-T A.1: items in force keep their labels, inserted items take bis, ter … after the item in
 * force before them).
 */
function assignColumns(c: Case): void {
  const states = new Map<number, { first?: Lab; reletter?: Lab; bis?: Lab; lastInForce?: Lab; insertedSince: number }>();
  // After the last item in force of a list, an inserted item simply takes the next label (no bis needed).
  const lastKept = new Map<number, Row>();
  for (const row of c.rows) if (row.list !== undefined && row.type === 'keep') lastKept.set(row.list, row);
  const afterLastKept = new Set<number>();
  // Lists the delegate did not touch keep their labels (their prefix follows a relabelled parent): a
  // careful delegate does not reletter a list of the text in force that the amendment leaves alone.
  const touched = new Set(c.rows.filter((r) => r.type !== 'keep' && r.list !== undefined).map((r) => r.list!));
  let bis = false;
  let bisUndefined = false;
  for (const row of c.rows) {
    if (row.list === undefined || row.type === 'del') continue;
    const info = c.lists.get(row.list)!;
    const s = states.get(row.list) ?? { insertedSince: 0 };
    states.set(row.list, s);
    const labels = (row.labels ??= {});
    const mine = row.inForce;
    const kind = info.kind;
    let n: number;
    let suffix = 0;
    if (!s.reletter) n = mine && mine.n === 0 ? 0 : 1;
    else if (mine && mine.suffix > 0) {
      n = s.reletter.n;
      suffix = s.reletter.suffix + 1;
    } else n = s.reletter.n + 1;
    labels.reletter = mine && !touched.has(row.list) ? { ...mine, prefix: prefixIn(row, 'reletter', info) } : { kind, n, suffix, prefix: prefixIn(row, 'reletter', info) };
    if (mine) {
      // Items in force keep their labels in the first draft and under bis.
      labels.first = mine;
      labels.bis = mine;
      s.lastInForce = mine;
      s.insertedSince = 0;
    } else {
      labels.first = { kind, n: s.first ? s.first.n + 1 : 1, suffix: 0, prefix: prefixIn(row, 'first', info) };
      s.insertedSince++;
      if (info.id >= 1000 || afterLastKept.has(row.list) || !lastKept.has(row.list)) {
        // A first sub-item, or items added after the last item in force: the next label, as written first.
        labels.bis = { kind, n: s.bis ? s.bis.n + 1 : 1, suffix: 0, prefix: prefixIn(row, 'bis', info) };
      } else if (s.lastInForce) {
        labels.bis = { ...s.lastInForce, suffix: s.lastInForce.suffix + s.insertedSince };
        bis = true;
      } else bisUndefined = true; // nothing in force before it: bis cannot say where it goes
    }
    if (row === lastKept.get(row.list)) afterLastKept.add(row.list);
    s.first = labels.first;
    s.reletter = labels.reletter;
    s.bis = labels.bis;
  }
  // The bis policy has something to do only where an inserted item stands before an item in force.
  c.bisApplies = bis && !bisUndefined;
}

// ---------------------------------------------------------------- what the checker must say

export interface Expected {
  row: Row;
  code: 'numbering.gap' | 'numbering.gap-after-deletion' | 'numbering.duplicate' | 'numbering.order';
}

/**
 * The numbering findings a column's new text must raise, checked under `policy`:
 * - one at every label that does not follow the label before it in its list (a break), none elsewhere;
 * - a label the next one shows to be a mistyped expected label (`f) g) g) i)`: the second g) stands
 *   for h)) is one fault: the list carries on from the expected label (issue 17 E14);
 * - code: `duplicate` (seen before in the list), `order` (goes back), else a gap, which is
 *   `gap-after-deletion` when an item of the list was deleted since the last item in force; under
 *   the bis policy (ITU-T A.1 keeps the numbers) that gap is intended and raises nothing.
 */
export function expectedFindings(c: Case, column: Column, policy: 'reletter' | 'bis' = 'reletter'): Expected[] {
  const out: Expected[] = [];
  const byList = new Map<number, Row[]>();
  for (const row of c.rows) if (row.list !== undefined) byList.set(row.list, [...(byList.get(row.list) ?? []), row]);
  for (const rows of byList.values()) {
    let prev: Lab | undefined;
    const seen: Lab[] = [];
    let deletedSince = false;
    rows.forEach((row, k) => {
      if (row.type === 'del') {
        deletedSince = true;
        return;
      }
      const lab = row.labels![column]!;
      const next = rows.slice(k + 1).find((r) => r.type !== 'del')?.labels![column];
      const expected: Lab = prev ? { ...prev, n: prev.n + 1, suffix: 0 } : { ...lab, n: 1, suffix: 0 };
      const gap = () => {
        if (deletedSince && policy === 'bis') return;
        out.push({ row, code: deletedSince ? 'numbering.gap-after-deletion' : 'numbering.gap' });
      };
      let broken = true;
      if (!prev) {
        if (lab.suffix === 0 && (lab.n === 1 || (lab.kind === 'decimal' && lab.n === 0))) broken = false;
        else gap();
      } else if (seen.some((x) => same(x, lab))) out.push({ row, code: 'numbering.duplicate' });
      else if (!follows(prev, lab)) {
        if (before(lab, prev)) out.push({ row, code: 'numbering.order' });
        else gap();
      } else broken = false;
      seen.push(lab);
      const mistyped = broken && next !== undefined && follows(expected, next) && !follows(lab, next);
      prev = mistyped ? expected : lab;
      if (row.type === 'keep') deletedSince = false;
    });
  }
  return out;
}

// ---------------------------------------------------------------- writing the texts

/** A paragraph's label rewritten: the core changes, the form stays (`b)bis` → `c)bis`). */
function relabel(row: Row, lab: Lab): string {
  const written = row.written!;
  if (lab.kind === 'decimal') return core(lab);
  const m = /^([a-z]+)\)(\w*)$/.exec(written);
  if (m && m[2]) return `${core({ ...lab, suffix: 0 })})${m[2]}`;
  return write(lab);
}

function oldCore(row: Row): string {
  const written = row.written!;
  return written.includes(')') ? written.slice(0, written.indexOf(')')) : written;
}

function newCore(row: Row, lab: Lab): string {
  const l = relabel(row, lab);
  return l.includes(')') ? l.slice(0, l.indexOf(')')) : l;
}

/** The new text of a paragraph in a column, without marks. */
export function newLine(row: Row, column: Column): string {
  let text = row.text;
  if (row.reword) text = text.slice(0, row.reword.at) + row.reword.neu + text.slice(row.reword.at + row.reword.old.length);
  if (row.type === 'ins') return `${write(row.labels![column]!)}\t${text}`;
  const lab = row.labels?.[column];
  if (!lab || !row.inForce || same(lab, row.inForce)) return text;
  return relabel(row, lab) + text.slice(row.written!.length);
}

/** The paragraph written with marks: reword as a mark; a relabelled item in force as `{~~c~>d~~})`. */
function markedLine(row: Row, column: Column): string {
  let text = row.text;
  if (row.reword) {
    const { at, old, neu } = row.reword;
    const mark = neu === '' ? `{--${old}--}` : old === '' ? `{++${neu}++}` : neu.endsWith(` ${old}`) ? `{++${neu.slice(0, -old.length)}++}${old}` : `{~~${old}~>${neu}~~}`;
    text = text.slice(0, at) + mark + text.slice(at + old.length);
  }
  if (row.type === 'ins') return `${write(row.labels![column]!)}\t${text}`;
  const lab = row.labels?.[column];
  if (!lab || !row.inForce || same(lab, row.inForce)) return text;
  const o = oldCore(row);
  return `{~~${o}~>${newCore(row, lab)}~~}${text.slice(o.length)}`;
}

export const COVER = ['Proposals:\tXX', 'Document:\t7', 'Addendum:\t1', '', 'MOD\tXX/7A1/1'];

export interface Draft {
  text: string;
}

/** The MOD as the delegate writes it: `marked` false gives the plain new text (no marks at all). */
export function draft(c: Case, column: Column, marked: boolean): Draft {
  let out = COVER.join('\n') + '\n';
  const rows = c.rows;
  for (let i = 0; i < rows.length; ) {
    const row = rows[i];
    if (!marked || row.type === 'keep') {
      if (row.type !== 'del') out += (marked ? markedLine(row, column) : newLine(row, column)) + '\n';
      i++;
      continue;
    }
    // A run of whole paragraphs deleted or inserted: one mark.
    let j = i;
    while (j < rows.length && rows[j].type === row.type) j++;
    const texts = rows.slice(i, j).map((r) => (r.type === 'del' ? r.text : markedLine(r, column)));
    const open = row.type === 'del' ? '{--' : '{++';
    const close = row.type === 'del' ? '--}' : '++}';
    if (c.style === 'attached' && out.endsWith('\n') && i > 0) {
      // After the previous paragraph, each line break inside the mark: `…;{++\nc)\t…++}`.
      out = out.slice(0, -1) + open + texts.map((t) => '\n' + t).join('') + close + '\n';
    } else if (c.style === 'bare') {
      // On lines of their own, the last line break outside: `{--c)\t…--}` (a blank line in the other text).
      out += open + texts.join('\n') + close + '\n';
    } else {
      // At the start of the line, every line break inside: `{--c)\t…\n--}d)\t…`.
      out += open + texts.map((t) => t + '\n').join('') + close;
    }
    i = j;
  }
  if (c.footnotes.length) out += '\n' + c.footnotes.join('\n') + '\n';
  return { text: out + '\nReasons:\tBecause.\n' };
}

/** The base text as a workspace file holds it. */
export function baseFile(c: Case): string {
  return `Title:\tThe text in force\n\n${c.base.join('\n')}\n${c.footnotes.length ? '\n' + c.footnotes.join('\n') + '\n' : ''}`;
}

/** Resolution paragraphs of the new text in a column (what every fix must arrive at). */
export function newParagraphs(c: Case, column: Column): string[] {
  return c.rows.filter((r) => r.type !== 'del').map((r) => newLine(r, column));
}
