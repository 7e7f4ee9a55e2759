// Completion read from the front and the proposal at the cursor (issue 14: editing.ts completion, on the parts the
// version's analysis cut, DocumentRecord.analysedRegionAt) against completion read from the whole parse: the same items
// at every line start and at a sample of positions within lines, for every text the project holds (fixtures, corpora,
// examples, the benchmark's documents) with their diagnostics made first, and after each edit of generated typing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { documentLanguage, LANGUAGE_SAMPLE, LineIndex, piecesLanguage, type LanguageCounts } from '../../server/src/core';
import { DocumentRecord } from '../../server/src/service/record';
import { completion } from '../../server/src/service/editing';
import { createItuService } from '../../server/src/service/service';
import { MemoryWorkspace } from '../support/memoryWorkspace';
import { distinctDocument, random, sizedDocument, sources } from '../corpus';
import { cases } from '../support/scale';
import { filesUnder, ROOT } from './helpers';

const PROVISIONS = path.join(ROOT, 'test/fixtures/provisions');
const TODAY = new Date(Date.UTC(2026, 11, 7));

/** The .itu texts under `dir` (none where it does not exist: the shared examples beside the project). */
function files(dir: string): string[] {
  return fs.existsSync(dir) ? filesUnder(dir, '.itu') : [];
}

/** Base texts: the provision fixtures (RR, CS articles) and the example Resolution, so that completion offers provisions in force. */
function workspace(): MemoryWorkspace {
  const ws = new MemoryWorkspace('file:///ws');
  for (const f of fs.readdirSync(PROVISIONS)) if (f.endsWith('.itu') && !f.startsWith('wrc-') && !f.startsWith('pp-') && !f.startsWith('rec-')) ws.write(f, fs.readFileSync(path.join(PROVISIONS, f), 'utf8'));
  ws.write('res99.itu', fs.readFileSync(path.join(ROOT, 'examples/res99-geneva-2022.itu'), 'utf8'));
  return ws;
}

/** Every line start, and one position within every third line (a line's end among them). */
function positions(text: string, rnd: () => number, limit = Infinity): { line: number; character: number }[] {
  const lines = text.split('\n');
  const out: { line: number; character: number }[] = [];
  const step = Math.max(1, Math.ceil(lines.length / limit));
  for (let line = 0; line < lines.length; line += step) {
    out.push({ line, character: 0 });
    if (line % 3 === 0 && lines[line].length > 0) out.push({ line, character: 1 + Math.floor(rnd() * lines[line].length) });
  }
  return out;
}

interface Tally {
  asked: number;
  /** Answered from the part, without the whole parse. */
  parts: number;
}

/**
 * Completion at each position of the version `record` holds (analysed: its diagnostics made) against completion on a
 * record of the same text whose whole parse was read first. A part that asked the whole leaves the record parsed: the
 * next position is asked of the same version analysed anew (from its analysis, every proposal's check reused). A text
 * the analysis reads whole (a text in force: no proposal to cut at) is parsed whole from the start, and asked as it is
 * (analysed anew, a 118 KB Convention was parsed and checked again at each of its positions).
 */
function compare(name: string, record: DocumentRecord, text: string, at: { line: number; character: number }[], tally: Tally, analysed: boolean): void {
  const whole = new DocumentRecord(record.uri, record.version, text, record.bases);
  void whole.doc;
  let r = record;
  for (const [i, position] of at.entries()) {
    if (analysed && r.isParsed) {
      r = r.next(r.version, []);
      r.findings('reletter');
    }
    const options = { snippets: i % 2 === 0, today: TODAY };
    const got = completion(r, position, options);
    tally.asked++;
    if (!r.isParsed) tally.parts++;
    assert.deepEqual(got, completion(whole, position, options), `${name} at ${position.line}:${position.character}${options.snippets ? ' (snippets)' : ''}`);
  }
  // The language the parts give (counted part by part) is the whole text's.
  assert.equal(r.language, documentLanguage(text), `${name}: language`);
}

async function scanned(ws: MemoryWorkspace) {
  const service = createItuService({ workspace: ws });
  await service.scan();
  return service;
}

test('completion from the parts of each text the project holds is completion from its whole parse', async () => {
  const texts: [string, string][] = [];
  // Every text in a full run; in a quick one (npm run test:fast) every third, the generated ones below all the same.
  const step = 3 / cases(3, 1);
  const held = [...files(path.join(ROOT, 'test')), ...files(path.join(ROOT, 'examples')), ...files(path.join(ROOT, '../shared/examples'))];
  for (const [i, f] of held.entries()) if (i % step === 0) texts.push([path.relative(ROOT, f), fs.readFileSync(f, 'utf8')]);
  const src = sources();
  texts.push(['sized 100 KB', sizedDocument(100_000, src)], ['distinct 100 KB', distinctDocument(100_000, src)]);
  const small = sizedDocument(20_000, src);
  texts.push(['CRLF', small.replace(/\n/g, '\r\n')], ['BOM', '\uFEFF' + small]);
  // Where the whole text decides what a part alone would read otherwise: a French draft whose cover names no language
  // (its words tell it), with short proposals after it whose own words tell nothing (their Reasons word and calls are
  // the document's language, not that of the cover and a few words); and a cover with no blank line before the first
  // proposal (the start of a later proposal's header line is in no cover block).
  const french = fs.readFileSync(path.join(ROOT, 'test/fixtures/languages/draft-fr.itu'), 'utf8').replace(/^Original:.*\n/m, '');
  const short = (n: number, action: string) => `\n${action}\tAFCP/42A25/${n}\n\nRESOLUTION ${n}\n\n`;
  texts.push(['French, short proposals after', french + short(2, 'NOC') + short(3, 'MOD') + short(4, 'ADD')]);
  // The next free WRC placeholder in the first ADD: after those of every ADD, the later ones' too.
  const wrc = fs.readFileSync(path.join(PROVISIONS, 'placeholders.itu'), 'utf8');
  const added = (n: number, numbers: string[]) => `\n\nADD\tEUR/12A1/${n}\n${numbers.map((x) => `${x}\tA new provision.`).join('\n')}\nReasons:\tTo add it.`;
  texts.push(['placeholders in later ADDs', wrc.trimEnd() + added(2, ['5.A12', '5.A13']) + added(3, ['5.A14']) + '\n']);
  const english = fs.readFileSync(path.join(ROOT, 'test/fixtures/languages/draft-en.itu'), 'utf8');
  texts.push(['no blank line after the cover', english.replace(/\n\n(?=ADD\t)/, '\n') + short(2, 'NOC') + short(3, 'ADD')]);
  const service = await scanned(workspace());
  const rnd = random(1414);
  // Of the texts analysed proposal by proposal (contributions); the others are read whole.
  const tally: Tally = { asked: 0, parts: 0 };
  let cut = 0;
  for (const [name, text] of texts) {
    const uri = `untitled:${name.replace(/[^\w.-]+/g, '-')}`;
    service.open(uri, 1, text);
    await service.diagnostics(uri);
    const record = service.get(uri)!;
    const analysed = record.analysedRegionAt(0) !== undefined;
    if (analysed) cut++;
    compare(name, record, text, positions(text, rnd, cases(300, 20)), analysed ? tally : { asked: 0, parts: 0 }, analysed);
    await service.close(uri);
  }
  assert.ok(cut > texts.length / 3, `${cut} of ${texts.length} texts analysed proposal by proposal`);
  // Most positions in those are answered from the parts, not the whole parse.
  assert.ok(tally.parts > tally.asked * 0.7, `${tally.parts} of ${tally.asked} from the parts`);
});

test('while typing, completion from the parts of each version is completion from its whole parse', async () => {
  const src = sources();
  const starts: [string, string][] = [
    ['sized', sizedDocument(30_000, src)],
    ['distinct', distinctDocument(30_000, src)],
    ['afcp', fs.readFileSync(path.join(ROOT, '../shared/examples/afcp-42a25-res52.itu'), 'utf8')],
    ['wrc', fs.readFileSync(path.join(PROVISIONS, fs.readdirSync(PROVISIONS).find((f) => f.startsWith('wrc-') && f.endsWith('.itu'))!), 'utf8')],
  ];
  const rnd = random(1515);
  // Letters and line ends mostly; now and then a new proposal header, a labelled item, a heading between proposals,
  // a WRC placeholder, a footnote, a Reasons line.
  const common = ['a', 'x', ' ', '\n', '\n\n', '\nc)\tthat the text is kept;'];
  const rare = ['\nMOD\tEXA/12A3/99\n', '\nADD\tEXA/12A3/98\n', '\nARTICLE 5\n', '\n5.A12\tNew text.\n', '[^', 'Reasons:\tWhy.\n', '\nRESOLUTION 12 (Rev. Dubai, 2012)\n'];
  const service = await scanned(workspace());
  const tally: Tally = { asked: 0, parts: 0 };
  let versions = 0;
  for (const [name, start] of starts) {
    const uri = `untitled:typing-${name}.itu`;
    service.open(uri, 1, start);
    await service.diagnostics(uri);
    let text = start;
    for (let v = 2; v < 2 + cases(40, 6); v++) {
      const lines = text.split('\n');
      const line = Math.floor(rnd() * lines.length);
      const character = Math.floor(rnd() * (lines[line].length + 1));
      const typed = rnd() < 0.15 ? rare[Math.floor(rnd() * rare.length)] : common[Math.floor(rnd() * common.length)];
      service.change(uri, v, [{ range: { start: { line, character }, end: { line, character } }, text: typed }]);
      const offset = new LineIndex(text).offset({ line, character });
      text = text.slice(0, offset) + typed + text.slice(offset);
      await service.diagnostics(uri);
      // The lines around the edit (where the next completion is asked) and a sample of the others.
      const near = [];
      for (let l = Math.max(0, line - 2); l <= Math.min(line + 4, text.split('\n').length - 1); l++) near.push({ line: l, character: 0 }, { line: l, character: 1 });
      // A heading typed between proposals has the versions after it checked whole (no parts): those are read whole.
      const analysed = service.get(uri)!.analysedRegionAt(0) !== undefined;
      if (analysed) versions++;
      compare(`${name} v${v} ${JSON.stringify(typed)} at ${line}:${character}`, service.get(uri)!, text, [...near, ...positions(text, rnd, 20)], analysed ? tally : { asked: 0, parts: 0 }, analysed);
    }
  }
  assert.ok(versions > cases(40, 6), `${versions} versions analysed proposal by proposal`);
  assert.ok(tally.parts > tally.asked * 0.6, `${tally.parts} of ${tally.asked} from the parts`);
});

test('the language counted part by part (each part\'s counts kept from one version to the next) is the whole text\'s', () => {
  const src = sources();
  const rnd = random(1616);
  const french = fs.readFileSync(path.join(ROOT, 'test/fixtures/languages/draft-fr.itu'), 'utf8').replace(/^Original:.*\n/m, '');
  // Texts past the sample (the last part read cut where the sample ends), a footnote label left open across parts.
  // An English text whose French proposals past the sample outnumber its English words: its language is the sample's.
  const frenchProposals = french.slice(french.indexOf('\nADD\t') + 1);
  const english = sizedDocument(LANGUAGE_SAMPLE - 40_000, src);
  const past = english + '\n' + frenchProposals.repeat(Math.ceil(320_000 / frenchProposals.length));
  assert.notEqual(documentLanguage(past), documentLanguage(english.slice(0, english.indexOf('\nMOD\t')) + past.slice(LANGUAGE_SAMPLE - 60_000)), 'the words past the sample would tell another language');
  const texts = [sizedDocument(30_000, src), distinctDocument(260_000, src), past, french + sizedDocument(20_000, src), french.replace('considérant', '[^considérant') + french];
  for (const [n, text] of texts.entries()) {
    const starts = [...text.matchAll(/^(?:MOD|ADD|SUP|NOC)\t/gm)].map((m) => m.index);
    let memo: ReadonlyMap<string, LanguageCounts> | undefined;
    for (let round = 0; round < 3; round++) {
      // Cut at some of the headers (each piece but the first starts a line), as an analysis cuts a version.
      // (The first round leaves the text's last 300 KB one part: a part that runs past the sample.)
      const cuts = round === 0 ? starts.filter((s) => s < text.length - 300_000) : starts.filter(() => rnd() < 0.7);
      const pieces = [0, ...cuts].map((s, i, all) => text.slice(s, all[i + 1] ?? text.length));
      const read = piecesLanguage(pieces, memo);
      assert.equal(read.language, documentLanguage(text), `text ${n}, round ${round}`);
      memo = read.counts;
    }
  }
});

/**
 * An ADD after other proposals (a draft new Resolution after MODs, a new RR provision after others): completion there
 * reads what the proposals before its part place (their headings, ARTICLE headings, placeholder lines and targets:
 * provisions.ts PartContext) instead of the whole parse. Generated contributions, assembled from fronts (with or without
 * an instrument heading and an ARTICLE heading, for a WRC, a PP or a WTSA) and proposals drawn from pieces, then typed
 * into: at every line start, completion from the parts is completion from the whole parse, with and without snippets.
 */
test('in an ADD after other proposals, completion from the parts is completion from the whole parse (generated contributions)', async () => {
  const rnd = random(1717);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  const meetings = ['World Radiocommunication Conference (WRC-27)', 'Plenipotentiary Conference (PP-26)', 'World Telecommunication Standardization Assembly (WTSA-28)'];
  const headings = ['', 'RADIO REGULATIONS\n\n', 'CONSTITUTION OF THE INTERNATIONAL TELECOMMUNICATION UNION\n\n'];
  const articles = ['', 'ARTICLE 5\n\nFrequency allocations\n\n', 'ARTICLE 9\n\n'];
  // Proposal bodies: n is the proposal's SEQ, and letters make each one's text its own.
  const bodies: ((n: number) => string)[] = [
    (n) => `ADD\tEUR/12A1/${n}\n5.A1${n}\tThe band is subject to coordination under No. 9.11A.     (WRC-27)\nReasons:\tTo protect a service ${n}.\n`,
    (n) => `ADD\tEUR/12A1/${n}\n9.A${n}\tA new provision of Article 9.\nReasons:\tWhy ${n}.\n`,
    (n) => `ADD\tEUR/12A1/${n}\nDRAFT NEW RESOLUTION [EUR-A${n}] (WRC-27)\nA new Resolution ${n}\nThe World Radiocommunication Conference (Dubai, 2027),\nconsidering\na)\tthat something ${n} is needed;\nresolves\n1\tto do it;\nReasons:\tA new Resolution.\n`,
    (n) => `ADD\tEUR/12A1/${n}\n\nReasons:\tAn ADD with no text yet ${n}.\n`,
    (n) => `MOD\tEUR/12A1/${n}\n5.338A\tIn the bands {--1 350-1 400 MHz--}{++1 350-1 375 MHz++}, Resolution 750 applies.\nReasons:\tConsequential ${n}.\n`,
    (n) => `MOD\tEUR/12A1/${n}\nRESOLUTION 99 (Rev. {--Geneva, 2022--}{++Geneva, 2028++})\nPlain-text drafting of contributions\nresolves\n1\tto encourage{++ ${n}++} the use of tools;\nReasons:\tUpdate.\n`,
    (n) => `SUP\tEUR/12A1/${n}\nRESOLUTION 7${n} (Rev. Dubai, 2012)\nReasons:\tDone.\n`,
    (n) => `NOC\tEUR/12A1/${n}\n5.A1${n}\tThe band stays as it is.\nReasons:\tNo change.\n`,
    // Headings a mark cuts (`AR{++TICLE++} 9`): the cut reads none there, the whole parse's new text reads one.
    (n) => `MOD\tEUR/12A1/${n}\nAR{++TICLE++} 9\n9.1\tA text {++changed ${n}++} here.\nReasons:\tWhy.\n`,
    (n) => `MOD\tEUR/12A1/${n}\nRADIO {++REGULATIONS++}\n5.A1${n}\tA text {++changed++} here.\nReasons:\tWhy.\n`,
    (n) => `MOD\tEUR/12A1/${n}\nAR{++TICLE++} 9\nReasons:\tA heading alone ${n}.\n`,
  ];
  const service = await scanned(workspace());
  const tally: Tally = { asked: 0, parts: 0 };
  let afterOthers = 0;
  const n = cases(60, 12);
  for (let c = 0; c < n; c++) {
    const front = `Meeting:\t${pick(meetings)}\nDocument:\t12\nAddendum:\t1\nProposals:\tEUR\n\n${pick(headings)}${pick(articles)}`;
    const count = 2 + Math.floor(rnd() * 5);
    let text = front + Array.from({ length: count }, (_, i) => pick(bodies)(i + 1)).join('\n');
    const uri = `untitled:placed-${c}.itu`;
    service.open(uri, 1, text);
    for (let v = 2; v < 4; v++) {
      await service.diagnostics(uri);
      const record = service.get(uri)!;
      const analysed = record.analysedRegionAt(0) !== undefined;
      const lines = text.split('\n');
      const starts = lines.map((_, line) => ({ line, character: 0 }));
      // The line starts inside ADDs after the first proposal, where the parts before now answer.
      const index = new LineIndex(text);
      const headers = [...text.matchAll(/^(?:MOD|ADD|SUP|NOC)\t/gm)].map((m) => m.index);
      for (const at of starts) {
        const o = index.offset(at);
        const k = headers.filter((h) => h < o).length;
        if (analysed && k > 1 && text.startsWith('ADD', headers[k - 1])) afterOthers++;
      }
      compare(`generated ${c} v${v}`, record, text, starts, analysed ? tally : { asked: 0, parts: 0 }, analysed);
      // Typed into the last ADD (or the last proposal): a letter in its last line but Reasons, or a line of its own.
      const last = headers[headers.length - 1];
      const lineOf = index.position(last).line + 1;
      const typed = rnd() < 0.5 ? 'x' : '\n';
      service.change(uri, v, [{ range: { start: { line: lineOf, character: 0 }, end: { line: lineOf, character: 0 } }, text: typed }]);
      const offset = index.offset({ line: lineOf, character: 0 });
      text = text.slice(0, offset) + typed + text.slice(offset);
    }
    await service.close(uri);
  }
  assert.ok(afterOthers > n * 2, `${afterOthers} line starts in an ADD after other proposals, in versions analysed proposal by proposal`);
  assert.ok(tally.parts > tally.asked * 0.5, `${tally.parts} of ${tally.asked} from the parts`);
});
