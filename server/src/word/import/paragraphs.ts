// The paragraph stage of import: what Word shows in a paragraph that its XML does not spell out. Automatic
// list labels (w:numPr through the paragraph, its style and the numbering part) become typed labels, and
// symbol-font characters (w:sym, private-use U+F0xx) become the Unicode characters they show.
import { W } from './package';
import { attr, child, elements, isEl, type XmlElement } from '../xml';

/** Longest lettered list label written as letters (Word repeats the letter: 26 × 8 = item 208 is `zzzzzzzz`). */
const MAX_LETTER_REPEAT = 8;

export interface StyleInfo {
  name: string;
  basedOn?: string;
  numId?: string;
  ilvl?: number;
}

interface Level {
  fmt: string;
  text: string;
  start: number;
  suffix: string;
}

/** Word's automatic list numbering, read from the numbering part, counted paragraph by paragraph. */
export class Numbering {
  private readonly abstractLevels = new Map<string, Map<number, Level>>();
  private readonly nums = new Map<string, { abstract: string; starts: Map<number, number> }>();
  private readonly counters = new Map<string, (number | undefined)[]>();

  constructor(
    private readonly styles: Map<string, StyleInfo>,
    private readonly noteOnce: (key: string, message: string, paragraph?: number) => void,
  ) {}

  read(root: XmlElement): void {
    for (const e of elements(root)) {
      if (isEl(e, W, 'abstractNum')) {
        const levels = new Map<number, Level>();
        for (const lvl of elements(e)) {
          if (!isEl(lvl, W, 'lvl')) continue;
          const suff = attr(child(lvl, W, 'suff'), W, 'val') ?? 'tab';
          levels.set(Number(attr(lvl, W, 'ilvl') ?? 0), {
            fmt: attr(child(lvl, W, 'numFmt'), W, 'val') ?? 'decimal',
            text: attr(child(lvl, W, 'lvlText'), W, 'val') ?? '',
            start: this.listStart(attr(child(lvl, W, 'start'), W, 'val')),
            suffix: suff === 'space' ? ' ' : suff === 'nothing' ? '' : '\t',
          });
        }
        this.abstractLevels.set(attr(e, W, 'abstractNumId') ?? '', levels);
      } else if (isEl(e, W, 'num')) {
        const starts = new Map<number, number>();
        for (const o of elements(e)) {
          if (!isEl(o, W, 'lvlOverride')) continue;
          const start = attr(child(o, W, 'startOverride'), W, 'val');
          if (start !== undefined) starts.set(Number(attr(o, W, 'ilvl') ?? 0), this.listStart(start));
        }
        this.nums.set(attr(e, W, 'numId') ?? '', { abstract: attr(child(e, W, 'abstractNumId'), W, 'val') ?? '', starts });
      }
    }
  }

  /** `w:start` is a 32-bit number in Word; anything else (2e9 is legal, 1e400 is not) is read as 1, with a note. */
  private listStart(value: string | undefined): number {
    if (value === undefined) return 1;
    const n = /^\s*-?\d{1,10}\s*$/.test(value) ? Number(value) : NaN;
    if (Number.isSafeInteger(n) && n >= 0 && n <= 0x7fffffff) return n;
    this.noteOnce('list-start', `A list starts at ${value.length > 20 ? `${value.slice(0, 20)}…` : value}, which is not a number Word allows: it is numbered from 1.`);
    return 1;
  }


  label(pPr: XmlElement | undefined, styleId: string | undefined, para: number): string | undefined {
    const numPr = child(pPr, W, 'numPr');
    let numId = attr(child(numPr, W, 'numId'), W, 'val');
    let ilvl = Number(attr(child(numPr, W, 'ilvl'), W, 'val') ?? NaN);
    for (let id = styleId, depth = 0; id && depth < 20 && (numId === undefined || Number.isNaN(ilvl)); depth++) {
      const s = this.styles.get(id);
      if (!s) break;
      if (numId === undefined && s.numId !== undefined) numId = s.numId;
      if (Number.isNaN(ilvl) && s.ilvl !== undefined) ilvl = s.ilvl;
      id = s.basedOn;
    }
    if (numId === undefined || numId === '0') return undefined;
    const level = Number.isNaN(ilvl) ? 0 : Math.max(0, Math.min(8, ilvl));
    const num = this.nums.get(numId);
    const levels = num ? this.abstractLevels.get(num.abstract) : undefined;
    const def = levels?.get(level);
    if (!num || !levels || !def) return undefined;
    let counters = this.counters.get(numId);
    if (!counters) this.counters.set(numId, (counters = []));
    const current = counters[level];
    counters[level] = current === undefined ? (num.starts.get(level) ?? def.start) : current + 1;
    for (let l = level + 1; l < 9; l++) counters[l] = undefined;
    const label = def.fmt === 'bullet' ? bulletChar(def.text) : def.text.replace(/%([1-9])/g, (_m, n: string) => {
      const l = Number(n) - 1;
      const d = levels.get(l);
      const value = counters![l] ?? (d ? (num.starts.get(l) ?? d.start) : 1);
      const fmt = d?.fmt ?? 'decimal';
      if (isLettered(fmt) && value > 26 * MAX_LETTER_REPEAT) {
        this.noteOnce('letters', `A lettered list reaches item ${value}, past what letters can show (${'z'.repeat(MAX_LETTER_REPEAT)}): its labels are written as numbers.`, para);
        return String(value);
      }
      return formatNumber(value, fmt);
    });
    this.noteOnce('numbering', "Word's automatic list numbering is imported as typed labels.", para);
    return label + def.suffix;
  }
}

const SYMBOL: Record<number, string> = {
  0x2d: '\u2212', 0xb7: '\u2022', 0xa7: '\u25aa', 0xd8: '\u00ac', 0xe3: '\u00a9', 0xd3: '\u00a9', 0xe2: '\u00ae', 0xd2: '\u00ae',
  0xe4: '\u2122', 0xb1: '\u00b1', 0xb4: '\u00d7', 0xb8: '\u00f7', 0xae: '\u2192', 0xac: '\u2190', 0xa3: '\u2264', 0xb3: '\u2265',
  0xb9: '\u2260', 0xbb: '\u2248', 0xa5: '\u221e', 0xb0: '\u00b0', 0x6d: '\u03bc', 0x70: '\u03c0', 0x61: '\u03b1', 0x62: '\u03b2',
  0xfc: '\u2713', 0xfb: '\u2717', 0xe0: '\u25ca',
};

/** A `w:sym` character: fonts like Symbol put their glyphs at U+F0xx. Undefined when it names no character XML can hold. */
export function symbolChar(font: string, hex: string): string | undefined {
  let code = /^[0-9A-Fa-f]{1,6}$/.test(hex) ? parseInt(hex, 16) : NaN;
  if (!Number.isFinite(code)) return undefined;
  if (code >= 0xf000 && code <= 0xf0ff) code -= 0xf000;
  if (/symbol|wingdings/i.test(font) && SYMBOL[code] !== undefined) return SYMBOL[code];
  if (code < 0x20 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff) || code === 0xfffe || code === 0xffff) return undefined;
  return String.fromCodePoint(code);
}

function bulletChar(text: string): string {
  const c = text.codePointAt(0) ?? 0x2022;
  if (c >= 0xf000 && c <= 0xf0ff) return SYMBOL[c - 0xf000] ?? '\u2022';
  if (text === 'o') return '\u25e6';
  return text || '\u2022';
}

function formatNumber(n: number, fmt: string): string {
  switch (fmt) {
    case 'lowerLetter':
      return letters(n);
    case 'upperLetter':
      return letters(n).toUpperCase();
    case 'lowerRoman':
      return roman(n);
    case 'upperRoman':
      return roman(n).toUpperCase();
    case 'none':
      return '';
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    default:
      return String(n);
  }
}

function isLettered(fmt: string): boolean {
  return fmt === 'lowerLetter' || fmt === 'upperLetter';
}

/** a … z, then aa, bb … as Word counts letters (callers bound n: see MAX_LETTER_REPEAT). */
function letters(n: number): string {
  if (n < 1) return '';
  const letter = String.fromCharCode(97 + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

function roman(n: number): string {
  if (n < 1 || n > 3999) return String(n);
  const table: [number, string][] = [
    [1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i'],
  ];
  let out = '';
  for (const [v, s] of table) while (n >= v) {
    out += s;
    n -= v;
  }
  return out;
}
