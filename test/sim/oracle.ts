// The simulator's own reading of labels and revision marks, written apart from the core so that
// the expected results it computes do not share the code under test (issue 9, "An amendment
// simulator"). Deliberately small: only what the generated amendments need.

export type Kind = 'letter' | 'roman' | 'decimal';

/** A label as a value: `c)` = letter 3; `b)bis` = letter 2 suffix 1; `1.11.2` = decimal 2 under prefix `1.11`. */
export interface Lab {
  kind: Kind;
  n: number;
  /** 0 plain, 1 bis, 2 ter … */
  suffix: number;
  /** Decimal only: the parent's number as written (`1bis.1`), '' at the top. */
  prefix: string;
}

export const SUFFIX_WORDS = ['', 'bis', 'ter', 'quater', 'quinquies', 'sexies', 'septies', 'octies', 'novies', 'decies'];

// ---------------------------------------------------------------- writing labels

/** a … z, then aa, bb … zz, then aaa … (Word's lettering, docs/format-decisions.md). */
export function letters(n: number): string {
  if (n < 1) throw new Error(`no letter for ${n}`);
  const times = Math.ceil(n / 26);
  const letter = 'abcdefghijklmnopqrstuvwxyz'[(n - 1) % 26];
  return letter.repeat(times);
}

const ONES = ['', 'i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix'];
const TENS = ['', 'x', 'xx', 'xxx', 'xl', 'l', 'lx', 'lxx', 'lxxx', 'xc'];

export function roman(n: number): string {
  if (n < 1 || n > 99) throw new Error(`no roman numeral for ${n} here`);
  return TENS[Math.floor(n / 10)] + ONES[n % 10];
}

/** The part a relabelling substitutes: `c` of `c)`, `1.12` of `1.12`. */
export function core(l: Lab): string {
  const suffix = SUFFIX_WORDS[l.suffix];
  if (l.kind === 'decimal') return `${l.prefix ? l.prefix + '.' : ''}${l.n}${suffix}`;
  const base = l.kind === 'letter' ? letters(l.n) : roman(l.n);
  // The ITU form of an inserted lettered item: `cbis)` (issue 17 E15).
  return base + suffix;
}

/** The label as written before the separator: `c)`, `cbis)`, `iv)`, `1.12`. */
export function write(l: Lab): string {
  return l.kind === 'decimal' ? core(l) : `${core(l)})`;
}

export function same(a: Lab, b: Lab): boolean {
  return a.kind === b.kind && a.n === b.n && a.suffix === b.suffix && a.prefix === b.prefix;
}

/** a before b in one list. */
export function before(a: Lab, b: Lab): boolean {
  return a.n < b.n || (a.n === b.n && a.suffix < b.suffix);
}

/** The label that may follow `prev` in the same list: the next number, or prev's next suffix. */
export function follows(prev: Lab, l: Lab): boolean {
  return (l.n === prev.n + 1 && l.suffix === 0) || (l.n === prev.n && l.suffix === prev.suffix + 1);
}

// ---------------------------------------------------------------- reading labels

const SUFFIX = SUFFIX_WORDS.slice(1).join('|');
// `c)`, `cc)`, `b)bis` (as Resolution 1 writes it) and `cbis)` (the ITU form).
const LETTER_FORMS = new RegExp(`^(([a-z])\\2{0,2})(?:\\)(${SUFFIX})?|(${SUFFIX})\\))(?=[\\t ])`);
const ROMANISH = /^([ivxl]+)\)(?=[\t ])/;
const DECIMAL = new RegExp(`^(\\d+(?:${SUFFIX})?(?:\\.\\d+(?:${SUFFIX})?)*)(?=[\\t ]| [\\t ])`);

export interface Written {
  /** The text of the label as written (`b)bis`, `1.11`). */
  text: string;
  /** Readings: a single letter that is also a roman numeral has two. */
  letter?: Lab;
  roman?: Lab;
  decimal?: Lab;
}

function romanValue(s: string): number | undefined {
  for (let n = 1; n < 100; n++) if (roman(n) === s) return n;
  return undefined;
}

function suffixOf(word: string | undefined): number {
  return word ? SUFFIX_WORDS.indexOf(word) : 0;
}

/** The label at the start of a paragraph, with each reading it allows; undefined for text. */
export function readLabel(line: string): Written | undefined {
  let m = LETTER_FORMS.exec(line);
  if (m) {
    const run = m[1];
    const suffix = suffixOf(m[3] ?? m[4]);
    const out: Written = { text: m[0], letter: { kind: 'letter', n: 26 * (run.length - 1) + run.charCodeAt(0) - 96, suffix, prefix: '' } };
    const r = romanValue(run);
    if (r !== undefined) out.roman = { kind: 'roman', n: r, suffix, prefix: '' };
    return out;
  }
  m = ROMANISH.exec(line);
  if (m) {
    const r = romanValue(m[1]);
    return r === undefined ? undefined : { text: m[0], roman: { kind: 'roman', n: r, suffix: 0, prefix: '' } };
  }
  m = DECIMAL.exec(line);
  if (m) {
    const rest = line.slice(m[0].length);
    // A bare number needs a TAB (`2016 was …` is text); `1.2 text` is a label.
    if (!/^ ?\t/.test(rest) && !(m[1].includes('.') && rest.startsWith(' '))) return undefined;
    const parts = m[1].split('.');
    const last = /^(\d+)(\D*)$/.exec(parts[parts.length - 1])!;
    return { text: m[1], decimal: { kind: 'decimal', n: Number(last[1]), suffix: suffixOf(last[2] || undefined), prefix: parts.slice(0, -1).join('.') } };
  }
  return undefined;
}

// ---------------------------------------------------------------- revision marks, read independently

export type MarkType = 'ins' | 'del' | 'sub' | 'comment' | 'highlight';

export interface Mark {
  type: MarkType;
  start: number;
  end: number;
  /** What the old text keeps, what the new text keeps. */
  old: string;
  neu: string;
}

const OPEN: Record<string, [MarkType, string]> = {
  '{++': ['ins', '++}'], '{--': ['del', '--}'], '{~~': ['sub', '~~}'], '{>>': ['comment', '<<}'], '{==': ['highlight', '==}'],
};

export interface MarkReading {
  marks: Mark[];
  /** Openers without a closer, closers without an opener, an opener inside a mark. */
  faults: string[];
}

const TOKEN = /\{(?:\+\+|--|~~|>>|==)|\+\+\}|--\}|~~\}|<<\}|==\}/g;

/** CriticMarkup read left to right; a fault is anything a careful reader would call unbalanced. */
export function readMarks(text: string): MarkReading {
  const marks: Mark[] = [];
  const faults: string[] = [];
  TOKEN.lastIndex = 0;
  for (let t = TOKEN.exec(text); t; t = TOKEN.exec(text)) {
    const i = t.index;
    const open = OPEN[t[0]];
    if (!open) {
      faults.push(`${t[0]} without an opener at ${i}`);
      continue;
    }
    const [type, close] = open;
    const end = text.indexOf(close, i + 3);
    if (end < 0) {
      faults.push(`unclosed ${t[0]} at ${i}`);
      continue;
    }
    const inner = text.slice(i + 3, end);
    const nested = Object.keys(OPEN).find((o) => inner.includes(o));
    if (nested) faults.push(`${nested} inside ${t[0]} at ${i}`);
    let old = '';
    let neu = '';
    if (type === 'ins') neu = inner;
    else if (type === 'del') old = inner;
    else if (type === 'sub') {
      const arrow = inner.indexOf('~>');
      if (arrow < 0) faults.push(`substitution without ~> at ${i}`);
      old = arrow < 0 ? inner : inner.slice(0, arrow);
      neu = arrow < 0 ? '' : inner.slice(arrow + 2);
    } else if (type === 'highlight') old = neu = inner;
    marks.push({ type, start: i, end: end + 3, old, neu });
    TOKEN.lastIndex = end + 3;
  }
  return { marks, faults };
}

/** The new text (every mark accepted) or the old text (every mark rejected). */
export function projectText(text: string, marks: Mark[], which: 'old' | 'new'): string {
  let out = '';
  let at = 0;
  for (const m of marks) {
    out += text.slice(at, m.start) + (which === 'old' ? m.old : m.neu);
    at = m.end;
  }
  return out + text.slice(at);
}

const LABEL_TOKEN = new RegExp(`^\\(?([a-z]{1,4}|[ivxlc]+)(${SUFFIX})?\\)(${SUFFIX})?[,.;:]?$|^\\d+(${SUFFIX})?(\\.\\d+(${SUFFIX})?)*[,.;:]?$`);

/** `c)`, `cbis)`, `1.12`, `iv),`: a label or a cross-reference to one. */
export function isLabelToken(word: string): boolean {
  return LABEL_TOKEN.test(word);
}

/** Words of a text with every label-like token (`c)`, `cbis)`, `1.12`, `iv)`) blanked: for "no word lost". */
export function wordsBesidesLabels(text: string): string[] {
  return text
    .split(/[\s\u00a0]+/)
    .filter((w) => w !== '')
    .map((w) => (isLabelToken(w) ? '#' : w));
}

/** Every marked character of the line stands in a label-like token (a cross-reference that followed a renumbering). */
export function marksOnLabelsOnly(text: string, marked: boolean[], from = 0): boolean {
  for (let i = from; i < text.length; i++) {
    if (!marked[i]) continue;
    let s = i;
    while (s > 0 && !/[\s\u00a0]/.test(text[s - 1])) s--;
    let e = i;
    while (e < text.length && !/[\s\u00a0]/.test(text[e])) e++;
    if (!isLabelToken(text.slice(s, e))) return false;
    i = e;
  }
  return true;
}

export interface ProjectedLine {
  text: string;
  /** 0-based source line where the projected line starts. */
  sourceLine: number;
  /** For each character: whether it comes from inside a revision mark. */
  marked: boolean[];
}

/** A projection split into lines, each with its source line and which characters a mark gave. */
export function projectLines(text: string, marks: Mark[], which: 'old' | 'new'): ProjectedLine[] {
  const out: ProjectedLine[] = [];
  let line = 0;
  let current: ProjectedLine | undefined;
  const copy = (from: number, to: number, fromMark: boolean) => {
    let at = from;
    while (at < to) {
      const nl = text.indexOf('\n', at);
      const stop = nl < 0 || nl >= to ? to : nl;
      if (!current) current = { text: '', sourceLine: line, marked: [] };
      current.text += text.slice(at, stop);
      for (let k = at; k < stop; k++) current.marked.push(fromMark);
      if (stop === nl) {
        out.push(current);
        current = undefined;
        line++;
        at = nl + 1;
      } else at = stop;
    }
  };
  const skip = (from: number, to: number) => {
    for (let i = text.indexOf('\n', from); i !== -1 && i < to; i = text.indexOf('\n', i + 1)) line++;
  };
  let at = 0;
  for (const m of marks) {
    copy(at, m.start, false);
    const keep = which === 'old' ? m.old : m.neu;
    // Where the kept part starts inside the mark's source.
    const offset = m.type === 'sub' && which === 'new' ? m.old.length + 2 : 0;
    const from = m.start + 3 + offset;
    skip(m.start, from);
    if (keep) copy(from, from + keep.length, true);
    skip(from + keep.length, m.end);
    at = m.end;
  }
  copy(at, text.length, false);
  if (current) out.push(current);
  return out;
}
