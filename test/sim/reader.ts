// The simulator's own reading of the lists of a Resolution: which paragraphs are items of one list,
// which lists stand under which item, and where each item's block (its sub-items and continuation
// text) ends. Independent of server/src/core/structure.ts, and simpler: it only needs to be right
// on the texts the simulator feeds it, and it says so (`irregular`) where it is unsure.
import { before, follows, readLabel, type Kind, type Lab } from './oracle';

export interface SItem {
  /** Index of the item's paragraph in the lines read. */
  line: number;
  lab: Lab;
  /** The label as written (`b)bis`): relabelling replaces it. */
  written: string;
  /** One past the last line of the item's block (sub-items, continuation text). */
  end: number;
  list: SList;
  lists: SList[];
}

export interface SList {
  id: number;
  kind: Kind;
  items: SItem[];
  parent?: SItem;
  /** The list does not run a), b), c) … from its start as the simulator understands lists. */
  irregular: boolean;
}

// FORMAT.md §4's call phrases, and those docs/format-decisions.md adds from the Final Acts.
const CALL = new RegExp('^(' + [
  'recognizing', 'considering', 'noting', 'recalling', 'bearing in mind', 'taking into account', 'aware', 'emphasizing',
  'acknowledging', 'mindful', 'observing', 'having regard', 'resolves', 'decides', 'instructs', 'further', 'invites',
  'urges', 'encourages', 'requests', 'authorizes', 'recommends', 'calls upon', 'appeals', 'conscious', 'convinced',
  'concerned', 'welcoming', 'reaffirming', 'highlighting', 'stressing', 'realizing', 'keeping in mind', 'taking note',
  'expressing', 'underlining', 'referring', 'in view of', 'having considered', 'having examined', 'cognizant',
  'affirming', 'reiterating', 'believing', 'desiring', 'alarmed', 'deeply concerned', 'endorses', 'approves', 'adopts',
  'charges', 'entrusts', 'agrees', 'supports', 'confirms',
].join('|') + ')\\b');

/** Paragraphs that close every open list: call lines, SECTION and annex headings, footnote texts. */
export function isBoundary(line: string, previous: string | undefined): boolean {
  if (readLabel(line)) return false;
  if (/^\[\^[^\]]+\]:/.test(line)) return true;
  if (/^(SECTION|Section)[\s\u00a0]+\S+\s*$/.test(line)) return true;
  if (previous !== undefined && /^(SECTION|Section)[\s\u00a0]+\S+\s*$/.test(previous)) return true; // the section's title
  if (/^(ANNEX|Annex|APPENDIX|Appendix|ATTACHMENT|Attachment)\b/.test(line)) return true;
  if (CALL.test(line) && !/[.;:,]\s*$/.test(line)) return true;
  // A short lower-case line without final punctuation is a call line whose phrase the lists above
  // lack (PP-18 has `appreciating`): a delegate inserts an item before it, not after it.
  return /^[a-z][a-z ]*$/.test(line.trim()) && line.trim().split(' ').length <= 4;
}

/** Reads the lists of `lines[from…]` (a Resolution's paragraphs after its enacting formula). */
export function readLists(lines: string[], from: number): SList[] {
  const all: SList[] = [];
  let stack: SList[] = [];
  const last = (l: SList) => l.items[l.items.length - 1];
  const close = (keep: number, at: number) => {
    for (const l of stack.slice(keep)) last(l).end = at;
    stack = stack.slice(0, keep);
  };
  const open = (kind: Kind, parent: SItem | undefined): SList => {
    const list: SList = { id: all.length, kind, items: [], parent, irregular: false };
    all.push(list);
    parent?.lists.push(list);
    stack.push(list);
    return list;
  };
  // Unlabelled text since the last item: a lettered list restarts at a) only after text (format-decisions.md).
  let textSince = false;
  const add = (list: SList, line: number, lab: Lab, written: string) => {
    textSince = false;
    const prev = list.items[list.items.length - 1];
    if (prev) prev.end = line;
    list.items.push({ line, lab, written, end: lines.length, list, lists: [] });
  };
  for (let i = from; i < lines.length; i++) {
    const text = lines[i];
    if (isBoundary(text, lines[i - 1])) {
      close(0, i);
      continue;
    }
    const w = readLabel(text);
    if (!w) {
      textSince = true; // continuation of the innermost open item
      continue;
    }
    if (w.decimal) {
      const d = w.decimal;
      const same = lastIndex(stack, (l) => l.kind === 'decimal' && last(l).lab.prefix === d.prefix);
      if (same >= 0) {
        const list = stack[same];
        close(same + 1, i);
        if (!follows(last(list).lab, d)) list.irregular = true;
        add(list, i, d, w.text);
        continue;
      }
      const parent = lastIndex(stack, (l) => l.kind === 'decimal' && last(l).written === d.prefix);
      if (parent >= 0) {
        close(parent + 1, i);
        const list = open('decimal', last(stack[parent]));
        if (d.n > 1 || d.suffix > 0) list.irregular = true;
        add(list, i, d, w.text);
        continue;
      }
      close(0, i);
      const list = open('decimal', undefined);
      if (d.n > 1 || d.suffix > 0) list.irregular = true;
      add(list, i, d, w.text);
      continue;
    }
    // A letter or a roman numeral: continue the innermost list it follows on from.
    const readingIn = (l: SList) => (l.kind === 'letter' ? w.letter : l.kind === 'roman' ? w.roman : undefined);
    const innermost = (test: (last: Lab, lab: Lab) => boolean) => lastIndex(stack, (l) => {
      const lab = readingIn(l);
      return lab !== undefined && test(last(l).lab, lab);
    });
    const appendTo = (at: number, irregular: boolean) => {
      const list = stack[at];
      close(at + 1, i);
      if (irregular) list.irregular = true;
      add(list, i, readingIn(list)!, w.text);
    };
    const at = innermost(follows);
    if (at >= 0) {
      appendTo(at, false);
      continue;
    }
    const startsRoman = w.roman?.n === 1 && w.roman.suffix === 0;
    const startsLetter = w.letter?.n === 1 && w.letter.suffix === 0;
    if (!startsRoman && !startsLetter) {
      // A label that follows nothing open: a gap in the innermost list it can belong to (`i) … v)`).
      const gapIn = innermost(before);
      if (gapIn >= 0) {
        appendTo(gapIn, true);
        continue;
      }
    }
    if (startsRoman) {
      // i) opens a roman list under the innermost item.
      const parentList = stack[stack.length - 1];
      const list = open('roman', parentList ? last(parentList) : undefined);
      add(list, i, w.roman!, w.text);
      continue;
    }
    // a) straight after an item of an open lettered list, with no text between: the same list, twice a).
    const open0 = lastIndex(stack, (l) => l.kind === 'letter');
    if (startsLetter && !textSince && open0 >= 0 && stack.slice(open0 + 1).every((l) => l.kind === 'roman')) {
      appendTo(open0, true);
      continue;
    }
    // a) (or an odd label): a lettered list restarts under the innermost decimal clause or call.
    const keep = lastIndex(stack, (l) => l.kind === 'decimal') + 1;
    close(keep, i);
    const parentList = stack[stack.length - 1];
    const list = open(w.letter ? 'letter' : 'roman', parentList ? last(parentList) : undefined);
    if (!startsLetter) list.irregular = true;
    add(list, i, (w.letter ?? w.roman)!, w.text);
  }
  close(0, lines.length);
  return all;
}

function lastIndex<T>(array: T[], test: (x: T) => boolean): number {
  for (let i = array.length - 1; i >= 0; i--) if (test(array[i])) return i;
  return -1;
}
