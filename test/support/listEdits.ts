// Generated Word documents whose automatic lists are edited with Track Changes the ways Word records it (review 7,
// H1, H3, H4): an item added by Enter at the end of an item (the previous paragraph's mark inserted) or before an
// item (its own mark inserted), an item deleted whole, two items joined by deleting the first one's mark (with or
// without the second one's words), numbering switched off or on (w:pPrChange). Each document comes with the text
// a reader sees after Accept All and after Reject All, computed from the edits, not from the XML: the oracle the
// import's new and old texts are compared with (test/unit/word-list-edits.test.ts), and LibreOffice's too
// (test/office/word-list-edits.test.ts).
import { seeded } from './random';
import { by, p, r } from './wordml';

/** One paragraph as a reader sees it: numbered in its list or not, and its words. */
interface Line {
  numbered: boolean;
  text: string;
  /** The list it is numbered in: 1 (letters) or 2 (decimal). */
  list: 1 | 2;
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
  '<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%1)"/></w:lvl></w:abstractNum>' +
  '<w:abstractNum w:abstractNumId="2"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1"/></w:lvl></w:abstractNum>' +
  '<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="2"/></w:num>';

const WORDS = ['that', 'the', 'meeting', 'notes', 'revision', 'marks', 'items', 'numbering', 'delegates', 'texts', 'in', 'force', 'tools'];

type Op = 'keep' | 'enterAfter' | 'typeBefore' | 'delete' | 'join' | 'joinDeleting' | 'numberingOff' | 'numberingOn';
const OPS: Op[] = ['keep', 'keep', 'enterAfter', 'typeBefore', 'delete', 'join', 'joinDeleting', 'numberingOff'];

/** Labels of a sequence of lines as Word numbers them: each list counts its numbered lines. */
function labelled(lines: Line[]): string[] {
  const count = { 1: 0, 2: 0 };
  return lines.map((l) => {
    if (!l.numbered) return l.text;
    const n = ++count[l.list];
    return `${l.list === 1 ? String.fromCharCode(96 + n) + ')' : String(n)} ${l.text}`;
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
  const ins = (text: string, who: string) => `<w:ins ${by(who, id++)}>${r(text)}</w:ins>`;
  const del = (text: string, who: string) => `<w:del ${by(who, id++)}><w:r><w:delText xml:space="preserve">${text}</w:delText></w:r></w:del>`;
  const mark = (kind: 'ins' | 'del', who: string) => `<w:rPr><w:${kind} ${by(who, id++)}/></w:rPr>`;
  const numPr = (list: number) => `<w:numPr><w:ilvl w:val="0"/><w:numId w:val="${list}"/></w:numPr>`;
  const change = (was: string, who: string) => `<w:pPrChange ${by(who, id++)}><w:pPr>${was}</w:pPr></w:pPrChange>`;

  let body = '';
  const accepted: Line[] = [];
  const rejected: Line[] = [];
  const edits: string[] = [];
  const plainLine = (text: string) => {
    body += p(r(text));
    accepted.push({ numbered: false, text, list: 1 });
    rejected.push({ numbered: false, text, list: 1 });
  };
  plainLine('MOD\tX/1/1');
  for (const [call, list] of [['considering', 1], ['resolves', 2]] as const) {
    plainLine(call);
    const items = Array.from({ length: 2 + Math.floor(rnd() * 5) }, () => ({ text: sentence(), numbered: rnd() > 0.15 }));
    for (let i = 0; i < items.length; i++) {
      const it = items[i];
      const next = items[i + 1];
      const who = pick(['Ann', 'Ben', 'Cy']);
      let op = pick(OPS);
      if ((op === 'join' || op === 'joinDeleting') && (!next || next.numbered !== it.numbered)) op = 'keep';
      if (op === 'numberingOff' && !it.numbered) op = 'numberingOn';
      const own = it.numbered ? numPr(list) : '';
      const line = (numbered: boolean, text: string): Line => ({ numbered, text, list });
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
          body += p(r(it.text), change(numPr(list), who));
          accepted.push(line(false, it.text));
          rejected.push(line(true, it.text));
          break;
        case 'numberingOn':
          body += p(r(it.text), numPr(list) + change('', who));
          accepted.push(line(true, it.text));
          rejected.push(line(false, it.text));
          break;
      }
    }
  }
  plainLine('Reasons:\tTest.');
  return { seed, edits, body, numbering: LIST_NUMBERING, accepted: labelled(accepted), rejected: labelled(rejected) };
}
