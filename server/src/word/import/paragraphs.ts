// The paragraph stage of import: what Word shows in a paragraph that its XML does not spell out. Automatic
// list labels (w:numPr through the paragraph, its style and the numbering part) become typed labels, and
// symbol-font characters (w:sym, private-use U+F0xx) become the Unicode characters they show.
import { W } from './package';
import { ARABIC_LETTERS } from '../../core/lang/alphabets';
import { attr, child, elements, isEl, type XmlElement } from '../xml';
import { ellipsized } from '../../core/shorten';

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
  /** The font of the label (a bullet in Symbol or Wingdings). */
  font?: string;
}

/** Word's automatic list numbering, read from the numbering part, counted paragraph by paragraph. */
export class Numbering {
  private readonly abstractLevels = new Map<string, Map<number, Level>>();
  private readonly nums = new Map<string, { abstract: string; starts: Map<number, number> }>();
  /** abstractNums that take their levels from a list style (`w:numStyleLink`): each of their nums counts alone. */
  private readonly styled = new Set<string>();
  /** The counting of the old text (all changes rejected) and of the new text (all accepted). */
  private readonly oldText = new TextCounters();
  private readonly newText = new TextCounters();

  constructor(
    private readonly styles: Map<string, StyleInfo>,
    private readonly noteOnce: (key: string, message: string, paragraph?: number, conversion?: boolean) => void,
  ) {}

  read(root: XmlElement): void {
    /** abstractNumId → the list style it defines (`w:styleLink`) or takes its levels from (`w:numStyleLink`). */
    const defines = new Map<string, string>();
    const links = new Map<string, string>();
    for (const e of elements(root)) {
      if (isEl(e, W, 'abstractNum')) {
        const id = attr(e, W, 'abstractNumId') ?? '';
        const levels = new Map<number, Level>();
        for (const lvl of elements(e)) {
          if (!isEl(lvl, W, 'lvl')) continue;
          const suff = attr(child(lvl, W, 'suff'), W, 'val') ?? 'tab';
          levels.set(Number(attr(lvl, W, 'ilvl') ?? 0), {
            fmt: attr(child(lvl, W, 'numFmt'), W, 'val') ?? 'decimal',
            text: attr(child(lvl, W, 'lvlText'), W, 'val') ?? '',
            start: this.listStart(attr(child(lvl, W, 'start'), W, 'val')),
            suffix: suff === 'space' ? ' ' : suff === 'nothing' ? '' : '\t',
            font: runFont(child(lvl, W, 'rPr')),
          });
        }
        this.abstractLevels.set(id, levels);
        const styleLink = attr(child(e, W, 'styleLink'), W, 'val');
        const numStyleLink = attr(child(e, W, 'numStyleLink'), W, 'val');
        if (styleLink !== undefined && levels.size > 0 && !defines.has(styleLink)) defines.set(styleLink, id);
        if (numStyleLink !== undefined) links.set(id, numStyleLink);
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
    // A list numbered through a list style (Word's "Define New List Style"): the abstractNum the paragraphs' num
    // names holds only `w:numStyleLink`; the levels are in the abstractNum whose `w:styleLink` names that style, or
    // in the one the style's own `w:numPr` leads to (review 7, H2).
    for (const [id, style] of links) {
      const own = this.abstractLevels.get(id);
      if (own && own.size > 0) continue;
      let source = defines.get(style);
      if (source === undefined) {
        const numId = this.styles.get(style)?.numId;
        const viaStyle = numId === undefined ? undefined : this.nums.get(numId)?.abstract;
        if (viaStyle !== undefined && viaStyle !== id) source = viaStyle;
      }
      const levels = source === undefined ? undefined : this.abstractLevels.get(source);
      if (levels && levels.size > 0) {
        this.abstractLevels.set(id, levels);
        this.styled.add(id);
      }
      else this.noteOnce(`style-link:${style}`, `A list is numbered through the list style ${style}, which the document does not define: its items are imported without labels.`);
    }
  }

  /** `w:start` is a 32-bit number in Word; anything else (2e9 is legal, 1e400 is not) is read as 1, with a note. */
  private listStart(value: string | undefined): number {
    if (value === undefined) return 1;
    const n = /^\s*-?\d{1,10}\s*$/.test(value) ? Number(value) : NaN;
    if (Number.isSafeInteger(n) && n >= 0 && n <= 0x7fffffff) return n;
    this.noteOnce('list-start', `A list starts at ${ellipsized(value, 20, 20)}, which is not a number Word allows: it is numbered from 1.`);
    return 1;
  }


  /** The list a paragraph belongs to (through its own w:numPr or its style's), or undefined. */
  find(pPr: XmlElement | undefined, styleId: string | undefined): ListItem | undefined {
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
    if (!num || !levels?.get(level)) return undefined;
    // Word counts the nums of one abstractNum as one list, a num restarting it only with a w:startOverride (review 7,
    // H12: LibreOffice writes one num per paragraph after a restarted one); LibreOffice counts each num of a list
    // style's abstractNum apart.
    return { numId, level, list: this.styled.has(num.abstract) ? `num:${numId}` : `abstract:${num.abstract}` };
  }

  /**
   * The labels Word's automatic numbering shows for a paragraph in the old text (all changes rejected) and in the
   * new text (all accepted), each with its separator: `old` is the list item the paragraph starts in the old text
   * (undefined where it starts none: a paragraph inserted with its mark, one joined to the paragraph before by a
   * deleted mark, one numbered only by a tracked numbering change), `new` the same in the new text. Each text counts
   * its own items, so the items after one that is in one text only are numbered as each text reads them.
   */
  labels(old: ListItem | undefined, now: ListItem | undefined, para: number): { old?: string; new?: string; oldSuffix: string; newSuffix: string } {
    this.noteOnce('numbering', "Word's automatic list numbering is imported as typed labels.", para, true);
    const o = old ? this.advance(old, this.oldText) : undefined;
    const n = now ? this.advance(now, this.newText) : undefined;
    // Where both texts number the item alike (most lists never diverge) its label is built once: a label pattern may
    // be long (see BYTES_PER_CHAR).
    if (o && n && old!.numId === now!.numId && old!.level === now!.level && o.every((v, l) => v === n[l])) {
      const both = this.render(old!, o, para);
      return { old: both.label, new: both.label, oldSuffix: both.suffix, newSuffix: both.suffix };
    }
    const ol = o ? this.render(old!, o, para) : undefined;
    const nl = n ? this.render(now!, n, para) : undefined;
    return { old: ol?.label, new: nl?.label, oldSuffix: ol?.suffix ?? '', newSuffix: nl?.suffix ?? '' };
  }

  /**
   * One more item of a list at its level in one text's counting; the list's counters after it. A num's first item in
   * that text restarts the levels its w:startOverride names.
   */
  private advance(item: ListItem, text: TextCounters): (number | undefined)[] {
    const num = this.nums.get(item.numId)!;
    const levels = this.abstractLevels.get(num.abstract)!;
    let counters = text.counters.get(item.list);
    if (!counters) text.counters.set(item.list, (counters = new Array<number | undefined>(9).fill(undefined)));
    let restart = text.restart.get(item.list);
    if (!text.started.has(item.numId)) {
      text.started.add(item.numId);
      for (const [l, start] of num.starts) {
        if (!restart) text.restart.set(item.list, (restart = new Map()));
        restart.set(l, start);
      }
    }
    const current = counters[item.level];
    const restarted = restart?.get(item.level);
    if (restarted !== undefined) restart!.delete(item.level);
    counters[item.level] = restarted ?? (current === undefined ? levels.get(item.level)!.start : current + 1);
    for (let l = item.level + 1; l < 9; l++) counters[l] = undefined;
    // A sub-item before any item of the level above counts that level at its start: `1.1`, and the next item `2`
    // (as LibreOffice numbers it).
    for (let l = 0; l < item.level; l++) {
      if (counters[l] === undefined) counters[l] = restart?.get(l) ?? levels.get(l)?.start ?? 1;
    }
    return counters;
  }

  /** The label of an item from its list's counters. */
  private render(item: ListItem, counters: (number | undefined)[], para: number): { label: string; suffix: string } {
    const num = this.nums.get(item.numId)!;
    const levels = this.abstractLevels.get(num.abstract)!;
    const def = levels.get(item.level)!;
    if (def.fmt === 'bullet') return { label: bulletChar(def.text, def.font), suffix: def.suffix };
    const label = def.text.replace(/%([1-9])/g, (_m, n: string) => {
      const l = Number(n) - 1;
      const d = levels.get(l);
      const value = counters[l] ?? (d ? (num.starts.get(l) ?? d.start) : 1);
      return this.format(value, d?.fmt ?? 'decimal', para);
    });
    return { label, suffix: def.suffix };
  }

  /** A number as a list format shows it; past what the format can show, or in a format not known here, in digits with a note. */
  private format(value: number, fmt: string, para: number): string {
    const shown = formatNumber(value, fmt);
    if (shown !== undefined) return shown;
    if (isRepeating(fmt)) {
      this.noteOnce('letters', `A lettered list reaches item ${value}, past what letters can show (${'z'.repeat(MAX_LETTER_REPEAT)}): its labels are written as numbers.`, para);
    } else if (!KNOWN_FORMATS.has(fmt)) {
      const name = ellipsized(fmt, 40, 40);
      this.noteOnce(`format:${name}`, `A list is numbered in the format ${name}, which the import does not know: its labels are written as decimal numbers.`, para);
    }
    return String(value);
  }
}

/** A paragraph's place in Word's automatic numbering. */
export interface ListItem {
  numId: string;
  level: number;
  /** The list it is counted in: its abstractNum, or (for a list style's) its num. */
  list: string;
}

/** How one text (old or new) has counted its lists so far. */
class TextCounters {
  /** List → the counter of each level (undefined: no item of that level since the level above). */
  readonly counters = new Map<string, (number | undefined)[]>();
  /** List → levels that restart (at the value given) at their next item: a num's w:startOverride. */
  readonly restart = new Map<string, Map<number, number>>();
  /** The nums whose first item this text has counted. */
  readonly started = new Set<string>();
}

// ---------------------------------------------------------------- symbol fonts

/**
 * Adobe's Symbol font as Unicode, by the font's own code (0x20–0xFE; Word and LibreOffice write it as
 * U+F020–U+F0FE, in `w:sym` or as text in a run set in Symbol). The bracket pieces (0xE6–0xEF, 0xF3–0xFE) map
 * to the pieces Unicode has for them; 0x60 (radical extender), 0x7F–0x9F and 0xF0 have no character.
 */
const SYMBOL_FONT: Record<number, number> = {
  0x20: 0x20, 0x21: 0x21, 0x22: 0x2200, 0x23: 0x23, 0x24: 0x2203, 0x25: 0x25, 0x26: 0x26, 0x27: 0x220b, 0x28: 0x28, 0x29: 0x29,
  0x2a: 0x2217, 0x2b: 0x2b, 0x2c: 0x2c, 0x2d: 0x2212, 0x2e: 0x2e, 0x2f: 0x2f, 0x3a: 0x3a, 0x3b: 0x3b, 0x3c: 0x3c, 0x3d: 0x3d,
  0x3e: 0x3e, 0x3f: 0x3f, 0x40: 0x2245, 0x41: 0x391, 0x42: 0x392, 0x43: 0x3a7, 0x44: 0x394, 0x45: 0x395, 0x46: 0x3a6, 0x47: 0x393,
  0x48: 0x397, 0x49: 0x399, 0x4a: 0x3d1, 0x4b: 0x39a, 0x4c: 0x39b, 0x4d: 0x39c, 0x4e: 0x39d, 0x4f: 0x39f, 0x50: 0x3a0, 0x51: 0x398,
  0x52: 0x3a1, 0x53: 0x3a3, 0x54: 0x3a4, 0x55: 0x3a5, 0x56: 0x3c2, 0x57: 0x3a9, 0x58: 0x39e, 0x59: 0x3a8, 0x5a: 0x396, 0x5b: 0x5b,
  0x5c: 0x2234, 0x5d: 0x5d, 0x5e: 0x22a5, 0x5f: 0x5f, 0x61: 0x3b1, 0x62: 0x3b2, 0x63: 0x3c7, 0x64: 0x3b4, 0x65: 0x3b5, 0x66: 0x3c6,
  0x67: 0x3b3, 0x68: 0x3b7, 0x69: 0x3b9, 0x6a: 0x3d5, 0x6b: 0x3ba, 0x6c: 0x3bb, 0x6d: 0x3bc, 0x6e: 0x3bd, 0x6f: 0x3bf, 0x70: 0x3c0,
  0x71: 0x3b8, 0x72: 0x3c1, 0x73: 0x3c3, 0x74: 0x3c4, 0x75: 0x3c5, 0x76: 0x3d6, 0x77: 0x3c9, 0x78: 0x3be, 0x79: 0x3c8, 0x7a: 0x3b6,
  0x7b: 0x7b, 0x7c: 0x7c, 0x7d: 0x7d, 0x7e: 0x223c, 0xa0: 0x20ac, 0xa1: 0x3d2, 0xa2: 0x2032, 0xa3: 0x2264, 0xa4: 0x2044, 0xa5: 0x221e,
  0xa6: 0x192, 0xa7: 0x2663, 0xa8: 0x2666, 0xa9: 0x2665, 0xaa: 0x2660, 0xab: 0x2194, 0xac: 0x2190, 0xad: 0x2191, 0xae: 0x2192,
  0xaf: 0x2193, 0xb0: 0xb0, 0xb1: 0xb1, 0xb2: 0x2033, 0xb3: 0x2265, 0xb4: 0xd7, 0xb5: 0x221d, 0xb6: 0x2202, 0xb7: 0x2022, 0xb8: 0xf7,
  0xb9: 0x2260, 0xba: 0x2261, 0xbb: 0x2248, 0xbc: 0x2026, 0xbd: 0x23d0, 0xbe: 0x23af, 0xbf: 0x21b5, 0xc0: 0x2135, 0xc1: 0x2111,
  0xc2: 0x211c, 0xc3: 0x2118, 0xc4: 0x2297, 0xc5: 0x2295, 0xc6: 0x2205, 0xc7: 0x2229, 0xc8: 0x222a, 0xc9: 0x2283, 0xca: 0x2287,
  0xcb: 0x2284, 0xcc: 0x2282, 0xcd: 0x2286, 0xce: 0x2208, 0xcf: 0x2209, 0xd0: 0x2220, 0xd1: 0x2207, 0xd2: 0xae, 0xd3: 0xa9, 0xd4: 0x2122,
  0xd5: 0x220f, 0xd6: 0x221a, 0xd7: 0x22c5, 0xd8: 0xac, 0xd9: 0x2227, 0xda: 0x2228, 0xdb: 0x21d4, 0xdc: 0x21d0, 0xdd: 0x21d1, 0xde: 0x21d2,
  0xdf: 0x21d3, 0xe0: 0x25ca, 0xe1: 0x2329, 0xe2: 0xae, 0xe3: 0xa9, 0xe4: 0x2122, 0xe5: 0x2211, 0xe6: 0x239b, 0xe7: 0x239c, 0xe8: 0x239d,
  0xe9: 0x23a1, 0xea: 0x23a2, 0xeb: 0x23a3, 0xec: 0x23a7, 0xed: 0x23a8, 0xee: 0x23a9, 0xef: 0x23aa, 0xf1: 0x232a, 0xf2: 0x222b,
  0xf3: 0x2320, 0xf4: 0x23ae, 0xf5: 0x2321, 0xf6: 0x239e, 0xf7: 0x239f, 0xf8: 0x23a0, 0xf9: 0x23a4, 0xfa: 0x23a5, 0xfb: 0x23a6,
  0xfc: 0x23ab, 0xfd: 0x23ac, 0xfe: 0x23ad,
};
for (let c = 0x30; c <= 0x39; c++) SYMBOL_FONT[c] = c;

/** Wingdings as Unicode, for the characters documents use (bullets, boxes, check marks, arrows, telephone, envelope). */
const WINGDINGS: Record<number, number> = {
  0x28: 0x260e, 0x2a: 0x2709, 0x46: 0x261e, 0x4a: 0x263a, 0x4c: 0x2639, 0x6c: 0x25cf, 0x6e: 0x25a0, 0x6f: 0x25a1, 0x71: 0x2751,
  0x72: 0x2752, 0x75: 0x25c6, 0x76: 0x2756, 0x9f: 0x2022, 0xa1: 0x25cb, 0xa7: 0x25aa, 0xa8: 0x25fb, 0xd8: 0x27a2, 0xe8: 0x2794,
  0xf0: 0x21e8, 0xfb: 0x2717, 0xfc: 0x2713, 0xfd: 0x2612, 0xfe: 0x2611,
};

function fontTable(font: string | undefined): Record<number, number> | undefined {
  const name = font?.trim().toLowerCase();
  return name === 'symbol' ? SYMBOL_FONT : name === 'wingdings' ? WINGDINGS : undefined;
}

/** A font that draws pictures at letters' code points (Symbol, Wingdings 1–3, Webdings, Marlett, MT Extra …). */
function isSymbolFont(font: string | undefined): boolean {
  return font !== undefined && /symbol|dings|marlett|mt extra/i.test(font);
}

/** The font a run (or a list level) is set in, from its `w:rFonts`. */
export function runFont(rPr: XmlElement | undefined): string | undefined {
  const fonts = child(rPr, W, 'rFonts');
  return attr(fonts, W, 'ascii') ?? attr(fonts, W, 'hAnsi') ?? attr(fonts, W, 'cs') ?? attr(fonts, W, 'eastAsia');
}

/** Private-use characters where symbol fonts put their glyphs (U+F020–U+F0FF). */
export const SYMBOL_PRIVATE_USE = /[\uF020-\uF0FF]/;

/**
 * Text of a run whose characters are symbol-font code points (U+F0xx) as the Unicode characters the font shows.
 * A code that the font's table does not map (or in a font import has no table for) becomes U+FFFD, reported
 * through `unmapped` (font, code): never a private-use character that shows as nothing outside that font.
 */
export function fromSymbolFont(text: string, font: string | undefined, unmapped: (font: string, code: number) => void): string {
  const table = fontTable(font);
  // In a text font the characters are what the text says (an .itu text holding one, exported and read back):
  // only a symbol font puts its glyphs there.
  if (!table && !isSymbolFont(font)) return text;
  // Character by character into an array of the same length (every character of the tables is in the BMP): a global
  // replace with a function would gather every match first, millions of them in a hostile run.
  const out = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xf020 || c > 0xf0ff) out[i] = c;
    else {
      const mapped = table?.[c - 0xf000];
      if (mapped === undefined) unmapped(font ?? '', c - 0xf000);
      out[i] = mapped ?? 0xfffd;
    }
  }
  return utf16.decode(out);
}

const utf16 = new TextDecoder('utf-16le');

/**
 * A `w:sym` character. In a symbol font (Symbol, Wingdings) it is mapped as that font shows it (U+FFFD and
 * `unmapped` when the table has none); elsewhere its code (less the U+F000 that symbol fonts add) is the
 * character. Undefined when it names no character XML can hold.
 */
export function symbolChar(font: string, hex: string, unmapped: (font: string, code: number) => void): string | undefined {
  let code = /^[0-9A-Fa-f]{1,6}$/.test(hex) ? parseInt(hex, 16) : NaN;
  if (!Number.isFinite(code)) return undefined;
  if (code >= 0xf000 && code <= 0xf0ff) code -= 0xf000;
  const table = fontTable(font);
  if (table && code >= 0x20 && code <= 0xff) {
    const mapped = table[code];
    if (mapped !== undefined) return String.fromCodePoint(mapped);
    unmapped(font, code);
    return '\uFFFD';
  }
  if (code < 0x20 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff) || code === 0xfffe || code === 0xffff) return undefined;
  return String.fromCodePoint(code);
}

/** Bullets of lists whose font is not named: Word's usual ones (Symbol's •, Wingdings' ▪ and ✓ …). */
const BULLETS: Record<number, number> = { 0x2d: 0x2212, 0xb7: 0x2022, 0xa7: 0x25aa, 0xd8: 0x27a2, 0xfc: 0x2713, 0xfb: 0x2717, 0x6f: 0x25a1, 0x6e: 0x25a0, 0x76: 0x2756 };

function bulletChar(text: string, font: string | undefined): string {
  const c = text.codePointAt(0) ?? 0x2022;
  if (c >= 0xf000 && c <= 0xf0ff) {
    const mapped = fontTable(font)?.[c - 0xf000] ?? BULLETS[c - 0xf000];
    return mapped === undefined ? '\u2022' : String.fromCodePoint(mapped);
  }
  if (text === 'o') return '\u25e6';
  return text || '\u2022';
}

/** Arabic letters in the order of the alphabet (Word's arabicAlpha, as LibreOffice reads it: ى last). */
const ARABIC_ALPHABET = [...'أبتثجحخدذرزسشصضطظعغفقكلمنهوى'];
/**
 * Word's Russian list letters (russianLower): 29, ы among them (LibreOffice reads the format so), where ITU's Russian
 * texts letter with 28 (CYRILLIC_LETTERS): the two differ from the 26th item on, which lists rarely reach.
 */
const RUSSIAN_LETTERS = [...'абвгдежзиклмнопрстуфхцчшщыэюя'];
/** Letters of a lettered format, the 26 Latin ones, Arabic (abjad or alphabet) or Russian, by format. */
const LETTERS: Record<string, readonly string[]> = {
  lowerLetter: [...'abcdefghijklmnopqrstuvwxyz'],
  upperLetter: [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'],
  arabicAbjad: ARABIC_LETTERS,
  arabicAlpha: ARABIC_ALPHABET,
  russianLower: RUSSIAN_LETTERS,
  russianUpper: RUSSIAN_LETTERS.map((c) => c.toUpperCase()),
};
/** Digits of the formats that write a number digit by digit in another script. */
const DIGITS: Record<string, string> = {
  decimalFullWidth: '０１２３４５６７８９',
  decimalFullWidth2: '０１２３４５６７８９',
  hindiNumbers: '٠١٢٣٤٥٦٧٨٩',
  thaiNumbers: '๐๑๒๓๔๕๖๗๘๙',
  ideographDigital: '〇一二三四五六七八九',
};
/** Numbers 1–20 in a circle, in parentheses and with a full stop (Word's enclosed formats go on in digits past 20). */
const ENCLOSED: Record<string, number> = { decimalEnclosedCircle: 0x2460, decimalEnclosedParen: 0x2474, decimalEnclosedFullstop: 0x2488 };
/** Chicago Manual of Style's marks, repeated: *, †, ‡, §, then **, ††, ‡‡, §§ … */
const CHICAGO = ['*', '\u2020', '\u2021', '\u00a7'];
/** Formats that repeat a symbol (aa, bb …): bounded by MAX_LETTER_REPEAT. */
function isRepeating(fmt: string): boolean {
  return fmt in LETTERS || fmt === 'chicago';
}
/** Every format `formatNumber` shows (past its range, some fall back to digits with a note, not as unknown). */
const KNOWN_FORMATS = new Set([
  ...Object.keys(LETTERS), ...Object.keys(DIGITS), ...Object.keys(ENCLOSED), 'decimal', 'decimalHalfWidth', 'chicago', 'lowerRoman', 'upperRoman', 'none', 'decimalZero',
  'chineseCounting', 'chineseCountingThousand', 'chineseLegalSimplified', 'hex', 'numberInDash',
]);

/**
 * A number as Word shows it in a list format (ECMA-376 ST_NumberFormat), computed arithmetically: the work is
 * proportional to the number of digits, and a lettered label is at most MAX_LETTER_REPEAT letters long.
 * Undefined where the format cannot show the number (a letter repeated past that bound) or is not known here.
 */
export function formatNumber(n: number, fmt: string): string | undefined {
  const letters = LETTERS[fmt];
  if (letters) {
    if (n < 1) return String(n);
    const repeat = Math.floor((n - 1) / letters.length) + 1;
    return repeat > MAX_LETTER_REPEAT ? undefined : letters[(n - 1) % letters.length].repeat(repeat);
  }
  if (fmt === 'decimal' || fmt === 'decimalHalfWidth') return String(n);
  const digits = DIGITS[fmt];
  if (digits) return String(n).replace(/\d/g, (d) => digits[Number(d)]);
  if (fmt in ENCLOSED) return n >= 1 && n <= 20 ? String.fromCodePoint(ENCLOSED[fmt] + n - 1) : String(n);
  switch (fmt) {
    case 'lowerRoman':
      return roman(n);
    case 'upperRoman':
      return roman(n).toUpperCase();
    case 'none':
      return '';
    case 'decimalZero':
      return n >= 0 && n < 10 ? `0${n}` : String(n);
    case 'chicago': {
      if (n < 1) return String(n);
      const repeat = Math.floor((n - 1) / CHICAGO.length) + 1;
      return repeat > MAX_LETTER_REPEAT ? undefined : CHICAGO[(n - 1) % CHICAGO.length].repeat(repeat);
    }
    case 'chineseCounting':
    case 'chineseCountingThousand':
      return chineseCounting(n, CHINESE_SIMPLE);
    case 'chineseLegalSimplified':
      return chineseCounting(n, CHINESE_LEGAL);
    case 'hex':
      return n.toString(16).toUpperCase();
    case 'numberInDash':
      return `- ${n} -`;
    default:
      return undefined;
  }
}

interface ChineseNumerals {
  digits: string;
  units: [string, string, string];
}
const CHINESE_SIMPLE: ChineseNumerals = { digits: '零一二三四五六七八九', units: ['十', '百', '千'] };
const CHINESE_LEGAL: ChineseNumerals = { digits: '零壹贰叁肆伍陆柒捌玖', units: ['拾', '佰', '仟'] };
/** The large units: 10⁴ and 10⁸ (a list number is at most 2³¹, so 亿 is the largest needed). */
const CHINESE_GROUPS = ['', '万', '亿'];

/**
 * A number in Chinese counting (一, 十一, 二十, 一百零一, 一万零一 …): four-digit groups each with their units, one 零
 * for each run of zeros between digits, 十 rather than 一十 at the start. O(digits).
 */
function chineseCounting(n: number, numerals: ChineseNumerals): string {
  if (!Number.isSafeInteger(n) || n < 0) return String(n);
  if (n === 0) return numerals.digits[0];
  const groups: number[] = [];
  for (let v = n; v > 0; v = Math.floor(v / 10000)) groups.push(v % 10000);
  if (groups.length > CHINESE_GROUPS.length) return String(n);
  let out = '';
  let zero = false;
  for (let g = groups.length - 1; g >= 0; g--) {
    const group = groups[g];
    if (group === 0) {
      zero = out !== '';
      continue;
    }
    if (out !== '' && group < 1000) zero = true;
    for (let p = 3; p >= 0; p--) {
      const d = Math.floor(group / 10 ** p) % 10;
      if (d === 0) {
        if (out !== '') zero = true;
        continue;
      }
      if (zero) out += numerals.digits[0];
      zero = false;
      // 十一 … 十九 alone, 一十 inside a larger number (一百一十).
      if (!(p === 1 && d === 1 && out === '' && numerals === CHINESE_SIMPLE)) out += numerals.digits[d];
      if (p > 0) out += numerals.units[p - 1];
    }
    out += CHINESE_GROUPS[g];
    zero = false;
  }
  return out;
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
