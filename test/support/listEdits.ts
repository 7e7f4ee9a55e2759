// Generated Word documents whose automatic lists are edited with Track Changes the ways Word records it (review 7,
// H1, H3, H4): an item added by Enter at the end of an item (the previous paragraph's mark inserted) or before an
// item (its own mark inserted), an item deleted whole, two items joined by deleting the first one's mark (with or
// without the second one's words), numbering switched off or on (w:pPrChange). Each document comes with the text
// a reader sees after Accept All and after Reject All, computed from the edits, not from the XML: the oracle the
// import's new and old texts are compared with (test/unit/word-list-edits.test.ts), and LibreOffice's too
// (test/office/word-list-edits.test.ts).
import { seeded } from './random';
import { p, r } from './wordml';

/** One paragraph as a reader sees it: numbered in its list or not, and its words. */
interface Line {
  numbered: boolean;
  text: string;
  /** The list it is numbered in: 1 (letters, roman below) or 2 (decimal, `1.1` below). */
  list: 1 | 2;
  /** Its level in the list: 0, or 1 for a sub-item. */
  level: 0 | 1;
}

export interface ListCase {
  seed: number;
  /** What was done, for a failure's message. */
  edits: string[];
  /** The document's body and numbering part. */
  body: string;
  numbering: string;
  /** The paragraphs after Accept All and Reject All, label and text separated by one space. */
  accepted: string[];
  rejected: string[];
}

/** Two lists, each its own abstractNum (no start override: LibreOffice loses one when the paragraph holding it goes). */
export const LIST_NUMBERING =
  '<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%1)"/></w:lvl>' +
  '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerRoman"/><w:lvlText w:val="%2)"/></w:lvl></w:abstractNum>' +
  '<w:abstractNum w:abstractNumId="2"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1"/></w:lvl>' +
  '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/></w:lvl></w:abstractNum>' +
  '<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="2"/></w:num>' +
  // A second num on each list, without a restart: it goes on counting the list (what LibreOffice writes on saving).
  '<w:num w:numId="11"><w:abstractNumId w:val="1"/></w:num><w:num w:numId="12"><w:abstractNumId w:val="2"/></w:num>';

const WORDS = ['that', 'the', 'meeting', 'notes', 'revision', 'marks', 'items', 'numbering', 'delegates', 'texts', 'in', 'force', 'tools'];

type Op = 'keep' | 'enterAfter' | 'typeBefore' | 'delete' | 'join' | 'joinDeleting' | 'numberingOff' | 'numberingOn';
const OPS: Op[] = ['keep', 'keep', 'enterAfter', 'typeBefore', 'delete', 'join', 'joinDeleting', 'numberingOff'];

const ROMAN = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii', 'xiii', 'xiv', 'xv', 'xvi'];

/** Labels of a sequence of lines as Word numbers them: each list counts its numbered lines, a sub-item's count restarting under each item. */
function labelled(lines: Line[]): string[] {
  const count = { 1: [0, 0], 2: [0, 0] };
  return lines.map((l) => {
    if (!l.numbered) return l.text;
    const c = count[l.list];
    c[l.level]++;
    if (l.level === 0) c[1] = 0;
    // A sub-item before any item counts the item level at its start: `1.1`, and the next item `2`.
    else if (c[0] === 0) c[0] = 1;
    const label = l.level === 0 ? (l.list === 1 ? `${String.fromCharCode(96 + c[0])})` : String(c[0])) : l.list === 1 ? `${ROMAN[c[1] - 1]})` : `${c[0]}.${c[1]}`;
    return `${label} ${l.text}`;
  });
}

/** A document of two lists under call lines, edited at random; `seed` decides everything. */
export function listCase(seed: number): ListCase {
  const rnd = seeded(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  let word = 0;
  const sentence = () => {
    const n = 2 + Math.floor(rnd() * 4);
    return Array.from({ length: n }, () => WORDS[word++ % WORDS.length] + (rnd() < 0.2 ? ` w${seed}x${word}` : '')).join(' ');
  };
  let id = 1;
  // Each change dated apart: LibreOffice joins touching changes of one author and one date into one, across a paragraph
  // mark that neither changed (Word does not).
  const by = (who: string, n: number) => `w:id="${n}" w:author="${who}" w:date="2024-01-01T${String(Math.floor(n / 60) % 24).padStart(2, '0')}:${String(n % 60).padStart(2, '0')}:00Z"`;
  const ins = (text: string, who: string) => `<w:ins ${by(who, id++)}>${r(text)}</w:ins>`;
  const del = (text: string, who: string) => `<w:del ${by(who, id++)}><w:r><w:delText xml:space="preserve">${text}</w:delText></w:r></w:del>`;
  const mark = (kind: 'ins' | 'del', who: string) => `<w:rPr><w:${kind} ${by(who, id++)}/></w:rPr>`;
  const numPr = (list: number, level = 0) => `<w:numPr><w:ilvl w:val="${level}"/><w:numId w:val="${list}"/></w:numPr>`;
  const change = (was: string, who: string) => `<w:pPrChange ${by(who, id++)}><w:pPr>${was}</w:pPr></w:pPrChange>`;

  let body = '';
  const accepted: Line[] = [];
  const rejected: Line[] = [];
  const edits: string[] = [];
  const plainLine = (text: string) => {
    body += p(r(text));
    accepted.push({ numbered: false, text, list: 1, level: 0 });
    rejected.push({ numbered: false, text, list: 1, level: 0 });
  };
  plainLine('MOD\tX/1/1');
  for (const [call, list] of [['considering', 1], ['resolves', 2]] as const) {
    plainLine(call);
    // The first item of a list is an item, not a sub-item (a sub-item before any item is numbered apart by each office suite).
    // A list split over two nums, or numbering switched on and off in it: LibreOffice's Reject All of a numbering change
    // restores the num but starts a list of its own where the num shares its list with another.
    const split = rnd() < 0.4;
    const items = Array.from({ length: 2 + Math.floor(rnd() * 5) }, (_, k) => ({
      text: sentence(),
      numbered: rnd() > 0.15,
      level: (k > 0 && rnd() < 0.3 ? 1 : 0) as 0 | 1,
      num: split && rnd() < 0.5 ? list + 10 : list,
    }));
    for (let i = 0; i < items.length; i++) {
      const it = items[i];
      const next = items[i + 1];
      const who = pick(['Ann', 'Ben', 'Cy']);
      let op = pick(OPS);
      if ((op === 'join' || op === 'joinDeleting') && (!next || next.numbered !== it.numbered || next.level !== it.level)) op = 'keep';
      if (op === 'numberingOff' && !it.numbered) op = 'numberingOn';
      // LibreOffice's Reject All of a numbering change restores the list but not a sub-item's level: on items only.
      if ((op === 'numberingOff' || op === 'numberingOn') && (it.level > 0 || split)) op = 'keep';
      const own = it.numbered ? numPr(it.num, it.level) : '';
      const line = (numbered: boolean, text: string): Line => ({ numbered, text, list, level: it.level });
      edits.push(`${list}:${i}:${op}:${who}`);
      switch (op) {
        case 'keep':
          body += p(r(it.text), own);
          accepted.push(line(it.numbered, it.text));
          rejected.push(line(it.numbered, it.text));
          break;
        case 'enterAfter': {
          // Enter at the end of the item, then the new item's words: this paragraph's mark is the inserted one.
          const added = sentence();
          body += p(r(it.text), own + mark('ins', who)) + p(ins(added, who), own);
          accepted.push(line(it.numbered, it.text), line(it.numbered, added));
          rejected.push(line(it.numbered, it.text));
          break;
        }
        case 'typeBefore': {
          // The new item's words and Enter typed at the start of the item: the new paragraph's own mark is inserted.
          const added = sentence();
          body += p(ins(added, who), own + mark('ins', who)) + p(r(it.text), own);
          accepted.push(line(it.numbered, added), line(it.numbered, it.text));
          rejected.push(line(it.numbered, it.text));
          break;
        }
        case 'delete':
          body += p(del(it.text, who), own + mark('del', who));
          rejected.push(line(it.numbered, it.text));
          break;
        case 'join':
          // The first item's mark deleted: one paragraph, the second item's words after the first's.
          body += p(r(it.text), own + mark('del', who)) + p(r(` ${next.text}`), own);
          accepted.push(line(it.numbered, `${it.text} ${next.text}`));
          rejected.push(line(it.numbered, it.text), line(next.numbered, ` ${next.text}`.trim()));
          i++;
          break;
        case 'joinDeleting':
          // From the end of the first item to the end of the second's words, deleted: the second's mark stays.
          body += p(r(it.text), own + mark('del', who)) + p(del(next.text, who), own);
          accepted.push(line(it.numbered, it.text));
          rejected.push(line(it.numbered, it.text), line(next.numbered, next.text));
          i++;
          break;
        case 'numberingOff':
          body += p(r(it.text), change(numPr(it.num, it.level), who));
          accepted.push(line(false, it.text));
          rejected.push(line(true, it.text));
          break;
        case 'numberingOn':
          body += p(r(it.text), numPr(it.num, it.level) + change('', who));
          accepted.push(line(true, it.text));
          rejected.push(line(false, it.text));
          break;
      }
    }
  }
  plainLine('Reasons:\tTest.');
  return { seed, edits, body, numbering: LIST_NUMBERING, accepted: labelled(accepted), rejected: labelled(rejected) };
}
