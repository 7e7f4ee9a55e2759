// characters.*: characters no one sees (soft hyphen, zero-width space …), direction controls and control
// characters (review5 F1, F2, F4). Each case is generated: every character of a set of Unicode's
// Default_Ignorable_Code_Point, at several places of each kind of line the structure rests on.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeNextVersion, applyEdits, BaseIndex, checkDocument, parseDocument, type Finding } from '../../server/src/core';
import { checkCharacters, mayBeSuspect, SUSPECTS, suspectsIn } from '../../server/src/core/checks/characters';
import { decodeText } from '../../server/src/files';
import { random } from '../corpus';
import { checkInput } from '../../server/src/core/checks/input';
import { isPlainLine } from '../../server/src/core/lang/references';
import { Memo } from '../../server/src/core/memo';
import { lines } from './helpers';

const BASE_LINES = [
  'RESOLUTION 99 (Rev. Geneva, 2022)', 'Plain-text drafting', '(Lisbon, 2014; Geneva, 2022)',
  'The World Telecommunication Standardization Assembly (Geneva, 2022),', 'considering',
  'a)\tthat changes made without revision marks are hard to notice;', 'b)\tthat items lettered out of sequence delay the work;',
  'c)\tthat tools which check numbering can be shared freely,', 'resolves', '1\tto encourage such tools, taking into account considering b) above.',
];
const index = () => {
  const i = new BaseIndex();
  i.update('base.itu', lines(...BASE_LINES));
  return i;
};
const COVER = ['Meeting:\tWTSA-28, Geneva, 2028', 'Document:\t12', 'Proposals:\tEXA', ''];
/** A MOD of the base that changes `freely` to `openly` without marks. */
const unmarked = (body = BASE_LINES) => lines(...COVER, 'MOD\tEXA/12A3/1', ...body.map((l) => l.replace('freely', 'openly')), 'Reasons:\tr.');
/** The same MOD with its change marked: no finding. */
const marked = () => lines(...COVER, 'MOD\tEXA/12A3/1', ...BASE_LINES.map((l) => l.replace('freely', '{~~freely~>openly~~}')), 'Reasons:\tr.');
const check = (text: string) => checkDocument(parseDocument(text), { bases: index().lookup });
const ofCode = (fs: Finding[], code: string) => fs.filter((f) => f.code === code);

/** Soft hyphen, zero-width space, ZWNJ, word joiner, BOM, combining grapheme joiner, Mongolian vowel separator, LRM. */
const INVISIBLES = ['\u00AD', '\u200B', '\u200C', '\u2060', '\uFEFF', '\u034F', '\u180E', '\u200E'];
const UNSEEN_IN_MESSAGE = /[\p{Default_Ignorable_Code_Point}\p{Bidi_Control}]/u;

/** `line` with `c` put at each place inside its first `upTo` characters. */
function placings(line: string, c: string, upTo: number): string[] {
  const out: string[] = [];
  for (let k = 1; k < Math.min(upTo, line.length); k++) out.push(line.slice(0, k) + c + line.slice(k));
  return out;
}

test('an invisible character in the number line: an error naming it, no "make it NOC"; the fix makes the MOD compared', () => {
  for (const c of INVISIBLES) {
    for (const numberLine of placings(BASE_LINES[0], c, 14)) {
      const text = unmarked([numberLine, ...BASE_LINES.slice(1)]);
      const found = check(text);
      const invisible = ofCode(found, 'characters.invisible');
      assert.deepEqual(ofCode(found, 'proposal.mod-without-changes'), [], 'the MOD is not said to change nothing');
      // A character JavaScript's white space takes in (U+FEFF between words) leaves the line read: it is compared.
      if (invisible.length === 0 && ofCode(found, 'base.untracked-change').length === 1) continue;
      assert.equal(invisible.length, 1, JSON.stringify(numberLine));
      assert.equal(invisible[0].severity, 'error');
      assert.match(invisible[0].message, new RegExp(`U\\+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`));
      assert.match(invisible[0].message, /number line/);
      // Once removed, the MOD is compared with the text in force: the unmarked change is reported.
      const after = check(applyEdits(text, invisible[0].fix!.edits));
      assert.deepEqual(ofCode(after, 'characters.invisible'), []);
      assert.equal(ofCode(after, 'base.untracked-change').length, 1, JSON.stringify(numberLine));
    }
  }
});

test('an invisible character in a call, a label, the header or Reasons: an error; the fix leaves a text with no finding', () => {
  const marked = BASE_LINES.map((l) => l.replace('freely', '{~~freely~>openly~~}'));
  const cases: [string, (c: string) => string[]][] = [
    ['call', (c) => placings('considering', c, 11).map((call) => lines(...COVER, 'MOD\tEXA/12A3/1', ...marked.slice(0, 4), call, ...marked.slice(5), 'Reasons:\tr.'))],
    ['label', (c) => [lines(...COVER, 'MOD\tEXA/12A3/1', ...marked.slice(0, 6), `b${c})\tthat items lettered out of sequence delay the work;`, ...marked.slice(7), 'Reasons:\tr.'),
      lines(...COVER, 'MOD\tEXA/12A3/1', ...marked.slice(0, 6), `${c}b)\tthat items lettered out of sequence delay the work;`, ...marked.slice(7), 'Reasons:\tr.')]],
    ['header', (c) => placings('MOD', c, 3).map((h) => lines(...COVER, `${h}\tEXA/12A3/1`, ...marked, 'Reasons:\tr.'))],
    ['Reasons', (c) => placings('Reasons:', c, 8).map((r) => lines(...COVER, 'MOD\tEXA/12A3/1', ...marked, `${r}\tr.`))],
  ];
  for (const [what, make] of cases) {
    for (const c of INVISIBLES) {
      for (const text of make(c)) {
        const found = check(text);
        const invisible = ofCode(found, 'characters.invisible');
        assert.equal(invisible.length, 1, `${what} ${JSON.stringify(text)}`);
        for (const f of found) assert.doesNotMatch(f.message, UNSEEN_IN_MESSAGE, 'no raw invisible character in a message');
        assert.deepEqual(check(applyEdits(text, invisible[0].fix!.edits)).map((f) => f.code), [], `${what}: fixed`);
      }
    }
  }
});

test('an invisible character in text that is no structure is no characters.invisible finding', () => {
  const body = BASE_LINES.map((l) => l.replace('freely', '{~~freely~>openly~~}'));
  for (const c of INVISIBLES) {
    // In the body of an item, in the number line's parenthesis (still read as the number line), in a word of text.
    const texts = [
      lines(...COVER, 'MOD\tEXA/12A3/1', ...body.map((l) => l.replace('lettered', `let${c}tered`)), 'Reasons:\tr.'),
      lines(...COVER, 'MOD\tEXA/12A3/1', body[0].replace('Geneva', `Gene${c}va`), ...body.slice(1), 'Reasons:\tr.'),
    ];
    for (const text of texts) assert.deepEqual(ofCode(check(text), 'characters.invisible'), [], JSON.stringify(text));
  }
});

test('messages name every invisible or direction character by its code point, never write it raw', () => {
  const isolates = unmarked().replace('hard to notice', 'hard to \u2066\u2069notice').replace('openly', 'freely');
  const found = check(isolates);
  const untracked = ofCode(found, 'base.untracked-change');
  assert.equal(untracked.length, 1);
  assert.match(untracked[0].message, /U\+2066, \+ U\+2069/);
  // A Hangul filler for a space, a combining grapheme joiner in a word: the same "(they look the same: …)".
  const filler = check(unmarked().replace('openly', 'freely').replace('hard to', 'hard\u3164to'));
  assert.match(ofCode(filler, 'base.untracked-change')[0].message, /look the same: space U\+0020 → U\+3164/);
  const cgj = check(unmarked().replace('openly', 'freely').replace('notice', 'no\u034Ftice'));
  assert.match(ofCode(cgj, 'base.untracked-change')[0].message, /look the same: \+ U\+034F/);
  // A right-to-left override quoted in a message is written as its code point (Trojan Source: the message would turn).
  const rlo = check(unmarked().replace('openly', 'freely').replace('shared freely', 'shared \u202Eton \u202Cfreely'));
  assert.ok(rlo.length >= 2);
  for (const f of [...found, ...filler, ...cgj, ...rlo]) assert.doesNotMatch(f.message, UNSEEN_IN_MESSAGE, f.message);
  assert.ok(rlo.some((f) => f.message.includes('<U+202E>ton <U+202C>')));
});

test('characters.bidi: an override or isolate in a left-to-right line (comment attributions included), not embeddings in Arabic', () => {
  const marked = lines(...COVER, 'MOD\tEXA/12A3/1', ...BASE_LINES.map((l) => l.replace('freely', '{~~freely~>openly~~}{>>@\u202EPCFA<<}')), 'Reasons:\tr.');
  const found = ofCode(check(marked), 'characters.bidi');
  assert.equal(found.length, 1);
  assert.match(found[0].message, /U\+202E/);
  const after = applyEdits(marked, found[0].fix!.edits);
  assert.ok(after.includes('{>>@PCFA<<}'));
  assert.deepEqual(check(after).map((f) => f.code), []);
  for (const c of ['\u202A', '\u202B', '\u202D', '\u2066', '\u2067', '\u2068']) {
    const text = unmarked().replace('openly', 'freely').replace('hard to', `hard ${c}to\u202C`);
    assert.equal(ofCode(check(text), 'characters.bidi').length, 1, JSON.stringify(c));
  }
  // Arabic text with an embedded Latin word: the embedding is what Word writes for it.
  const arabic = lines('قرار', 'يعتبر \u202AITU-T\u202C المعايير', 'يعتبر \u2067ITU-T\u2069 المعايير');
  assert.deepEqual(ofCode(checkDocument(parseDocument(arabic)), 'characters.bidi'), []);
  // An override is never needed, in Arabic neither.
  assert.equal(ofCode(checkDocument(parseDocument(lines('قرار', 'يعتبر \u202EITU-T\u202C المعايير'))), 'characters.bidi').length, 1);
});

test('characters.control: a vertical tab (a space by its fix) and each noncharacter or control, one finding each', () => {
  const text = marked().replace('hard to', 'hard\vto').replace('the work', 'the\uFFFE wo\uFFFFrk\u0007');
  const found = ofCode(check(text), 'characters.control');
  assert.deepEqual(found.map((f) => text.slice(f.start, f.end)), ['\v', '\uFFFE', '\uFFFF', '\u0007']);
  assert.match(found[0].message, /vertical tab/);
  let mended = text;
  for (const f of [...found].reverse()) mended = applyEdits(mended, f.fix!.edits);
  assert.equal(mended, marked());
  assert.deepEqual(check(mended).map((f) => f.code), []);
  // TAB, LF and CR are the format's own.
  assert.deepEqual(check(marked().replace(/\n/g, '\r\n')).map((f) => f.code), []);
});

test('characters.replacement: a file in Windows-1252 read as UTF-8 gets one error a line holding replacement characters, counted (review 8, I14)', () => {
  // The marked MOD with accented words, saved in Windows-1252 and read as the CLI reads a file.
  const accented = marked().replace('considering', 'considérant').replace('freely', 'librement, sans frais, à tous').replace('hard to notice', 'difficiles à voir');

  const bytes = Uint8Array.from([...accented].map((c) => c.charCodeAt(0)));
  assert.ok([...accented].every((c) => c.charCodeAt(0) < 0x100), 'every character has its Windows-1252 byte (Latin-1 here)');
  const read = decodeText(bytes, 'ansi.itu');
  assert.ok(read.includes('\uFFFD'));
  const found = ofCode(check(read), 'characters.replacement');
  const linesWith = read.split('\n').filter((l: string) => l.includes('\uFFFD'));
  assert.equal(found.length, linesWith.length, 'one a line');
  for (const f of found) {
    const line = read.slice(read.lastIndexOf('\n', f.start) + 1, read.indexOf('\n', f.start));
    const n = [...line].filter((c) => c === '\uFFFD').length;
    assert.equal(read[f.start], '\uFFFD');
    assert.equal(read[f.end - 1], '\uFFFD');
    assert.equal(f.severity, 'error');
    assert.match(f.message, n === 1 ? /^A replacement character \(U\+FFFD\)/ : new RegExp(`^${n} replacement characters \\(U\\+FFFD\\)`));
  }
  // Read as UTF-8, the same text has none; and the incremental analysis finds what the whole check finds.
  assert.deepEqual(ofCode(check(accented), 'characters.replacement'), []);
  assert.deepEqual(analyzeNextVersion(read).findings, checkDocument(parseDocument(read)));
});

test('characters.*: the incremental analysis finds what the whole check finds', () => {
  const texts = [
    unmarked([BASE_LINES[0].replace('99', '9\u200B9'), ...BASE_LINES.slice(1)]),
    lines(...COVER, 'MOD\tEXA/12A3/1', ...BASE_LINES, 'Reasons:\tr.', '', 'ADD\tEXA/12A3/2', 'consid\u00ADering', 'a)\tx \u202Eabc\u202C\v.', 'Reasons\u200B:\tr.'),
  ];
  for (const text of texts) {
    assert.deepEqual(analyzeNextVersion(text).findings, checkDocument(parseDocument(text)));
  }
});

test('characters.*: the places the parse found (SUSPECTS) give the findings a scan of the text gives; input.binary reads the same places', () => {
  const text = lines(...COVER, 'MOD\tEXA/12A3/1', ...BASE_LINES.map((l, i) => (i === 5 ? l.replace('changes', 'chan\u00ADges\u202E\u{1FFFE}x\u{1FFFE}\u000B') : i === 0 ? `RESO\u200BLUTION${l.slice(10)}` : l)), 'Reasons:\tr.');
  for (const t of [text, `\uFEFF${text}`]) {
    const doc = parseDocument(t);
    assert.ok((SUSPECTS.get(doc) ?? []).length > 0);
    const ctx = { doc, policy: 'reletter' as const, distinctOld: doc.views.old !== doc.views.new, amended: undefined };
    const fromParse = checkCharacters(ctx);
    assert.ok(fromParse.length >= 3, JSON.stringify(fromParse.map((f) => f.code)));
    // The same document without what the parse kept: the check scans the text itself.
    assert.deepEqual(checkCharacters({ ...ctx, doc: { ...doc, memo: new Memo() } }), fromParse);
  }
  // The binary test reads the first 64 Ki code units, from the places found as from the text.
  const binary = '\u0001'.repeat(100) + 'x'.repeat(1000);
  for (const t of [binary, `\uFEFF${binary}`, 'x'.repeat(65536) + '\u0001'.repeat(5000), 'x'.repeat(1000) + '\uFFFD'.repeat(200)]) {
    const bom = t.charCodeAt(0) === 0xfeff ? 1 : 0;
    assert.deepEqual(checkInput(t, bom, suspectsIn(t, bom)), checkInput(t, bom), JSON.stringify(t.slice(0, 8)));
  }
  assert.equal(checkInput(binary, 0, suspectsIn(binary, 0)).length, 1);
  assert.equal(checkInput('x'.repeat(65536) + '\u0001'.repeat(5000), 0, suspectsIn('x'.repeat(65536) + '\u0001'.repeat(5000), 0)).length, 0);
});

test('suspectsIn finds every place mayBeSuspect holds, however printable ASCII, other scripts and suspects alternate', () => {
  const next = random(7);
  const pieces = ['a', 'word ', 'x'.repeat(31), 'y'.repeat(32), 'z'.repeat(33), 'p'.repeat(100), '\t', '\n', '\r\n', ' ', 'é', 'Ж', 'слово ', '中文', 'الكلمة ',
    '\u00ad', '\u200b', '\u202e', '\u2066', '\u000b', '\u0000', '\u007f', '\u0085', '\u00a0', '\ufeff', '\ufffd', '\ufffe', '\uffff', '\u{1FFFE}', '\u{1F600}', '\ud800', '\udc00', '\u034f', '\u115f', '\u3164', '\ufe0f',
    '\u017e', '\u017f', '\u0180', '\u024f', '\u0250', '\u1fff', '\u2000', '\u206f', '\u2070', 'ǅ'];
  let found = 0;
  let foundBeyond = 0;
  for (let k = 0; k < 3000; k++) {
    let text = '';
    const parts = 1 + Math.floor(next() * 30);
    for (let j = 0; j < parts; j++) text += pieces[Math.floor(next() * pieces.length)];
    for (const from of [0, 1]) {
      const want: number[] = [];
      // And every code unit no plain line holds (lang/references.ts isPlainLine), in `beyond`.
      const wantBeyond: number[] = [];
      for (let i = from; i < text.length; i++) {
        if (mayBeSuspect(text.charCodeAt(i))) want.push(i);
        if (!isPlainLine(text[i])) wantBeyond.push(i);
      }
      const beyond: number[] = [];
      assert.deepEqual(suspectsIn(text, from, beyond), want, JSON.stringify(text));
      assert.deepEqual(beyond, wantBeyond, JSON.stringify(text));
      found += want.length;
      foundBeyond += wantBeyond.length;
    }
  }
  assert.ok(found > 5000 && foundBeyond > 5000, `${found} places, ${foundBeyond} beyond a plain line's`);
});
