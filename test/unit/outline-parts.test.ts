// The outline (Outline view, breadcrumbs, folding) made from a version's parts (the front and each proposal parsed
// alone, outline.ts partOutline) where the version has no whole parse, against the outline of the whole parse: equal
// for every text the project holds (fixtures, corpora, examples, the benchmark's documents, the simulator's drafts),
// and after every edit of generated typing (the first version's outline kept by part from its whole parse), where each version reuses the parts the one before it parsed, whether it
// was checked first (the parts are its analysis's) or not (the outline cuts the text itself).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { DocumentRecord } from '../../server/src/service/record';
import { documentSymbols, foldingRanges, partOutline } from '../../server/src/service/outline';
import { distinctDocument, random, sizedDocument, sources } from '../corpus';
import { draft, bodyPool, makeCase, type Column } from '../sim/cases';
import { loadSources } from '../sim/sources';
import { cases } from '../support/scale';
import { filesUnder, ROOT } from './helpers';

/** The .itu texts under `dir` (none where it does not exist: the shared examples beside the project). */
function files(dir: string): string[] {
  return fs.existsSync(dir) ? filesUnder(dir, '.itu') : [];
}

/** The outline and folding ranges of a version as the whole parse gives them. */
function whole(text: string): unknown {
  const r = new DocumentRecord('file:///w.itu', 1, text);
  void r.doc;
  return { symbols: documentSymbols(r), folding: foldingRanges(r) };
}

function fromParts(r: DocumentRecord): unknown {
  return { symbols: documentSymbols(r), folding: foldingRanges(r) };
}

test('the outline from the parts of each text the project holds is the outline of its whole parse', () => {
  const texts: [string, string][] = [];
  for (const f of [...files(path.join(ROOT, 'test')), ...files(path.join(ROOT, 'examples')), ...files(path.join(ROOT, '../shared/examples'))]) texts.push([path.relative(ROOT, f), fs.readFileSync(f, 'utf8')]);
  const src = sources();
  texts.push(['sized 100 KB', sizedDocument(100_000, src)], ['distinct 100 KB', distinctDocument(100_000, src)]);
  // Line ends of other systems, a byte-order mark, a NUL in a proposal (input that is not text: the whole parse decides).
  const small = sizedDocument(20_000, src);
  texts.push(['CRLF', small.replace(/\n/g, '\r\n')], ['CR', small.replace(/\n/g, '\r')], ['BOM', '\uFEFF' + small], ['NUL', small.replace('considering', 'consid\u0000ering')]);
  const sim = loadSources('texts');
  const pool = bodyPool(sim);
  for (let seed = 1; seed <= cases(60, 10); seed++) {
    const c = makeCase(seed, sim, pool);
    if (!c) continue;
    for (const column of ['first', 'reletter'] as Column[]) texts.push([`sim ${seed} ${column}`, draft(c, column, seed % 2 === 0).text]);
  }
  let cut = 0;
  for (const [name, text] of texts) {
    // Every part parsed alone (not the outline kept from a whole parse, as a document's first outline is made).
    const r = new DocumentRecord('file:///w.itu', 1, text);
    const parts = partOutline(r, false);
    if (parts) cut++;
    assert.deepEqual(parts ?? documentSymbols(r), (whole(text) as { symbols: unknown }).symbols, name);
  }
  // Most of these texts are contributions, read from their parts (not the whole parse every time).
  assert.ok(cut > texts.length / 2, `${cut} of ${texts.length} read from their parts`);
});

test('while typing, the outline from the parts (each version reusing the parts it did not change) is the whole parse\'s', () => {
  const src = sources();
  // The last with CR alone for a line end (a file of classic Mac OS), typed into with CR too.
  const starts = [sizedDocument(30_000, src), distinctDocument(30_000, src), fs.readFileSync(path.join(ROOT, '../shared/examples/afcp-42a25-res52.itu'), 'utf8'), sizedDocument(20_000, src).replace(/\n/g, '\r')];
  const rnd = random(1717);
  // Edits a delegate makes, and some that change how the text is cut: a new proposal header, a mark left open
  // across a proposal's end, a line end typed or taken out, a heading between proposals, text pasted before the first proposal.
  const common = ['a', ' ', 'x', '\n', '\nc)\tthat the text is kept;', '{--old--}', '\n\n', '{++\nc)\tthat a paragraph is inserted;\nd)\tand another;++}'];
  const rare = ['\nMOD\tEXA/12A3/99\n', '{++', '++}', '\nARTICLE 5\n', 'Reasons:\tWhy.\n'];
  let reused = 0;
  let fromPartsCount = 0;
  let fromAnalysis = 0;
  let multiLine = 0;
  for (const [n, start] of starts.entries()) {
    let record = new DocumentRecord('file:///t.itu', 1, start);
    let text = start;
    const eol = start.includes('\n') ? '\n' : '\r';
    for (let v = 2; v < 2 + cases(60, 12); v++) {
      const lines = text.split(eol);
      const line = Math.floor(rnd() * lines.length);
      const character = Math.floor(rnd() * (lines[line].length + 1));
      const del = rnd() < 0.2 ? Math.min(lines[line].length - character, 1 + Math.floor(rnd() * 8)) : 0;
      const from = rnd() < 0.15 ? rare : common;
      const insert = from[Math.floor(rnd() * from.length)].replace(/\n/g, eol);
      const change = { range: { start: { line, character }, end: { line, character: character + del } }, text: insert };
      record = record.next(v, [change]);
      const offset = lines.slice(0, line).reduce((a, l) => a + l.length + 1, 0) + character;
      text = text.slice(0, offset) + insert + text.slice(offset + del);
      assert.equal(record.text, text);
      // Most versions are checked first, as the editor's diagnostics do: the outline then reads the text as the
      // analysis cut it (its proposals checked one by one); the others cut it themselves.
      const checked = rnd() < 0.7;
      if (checked) record.findings('reletter');
      const memo = record.outlineMemo;
      const before = memo?.parts;
      const got = fromParts(record);
      if (record.outlineMemo !== memo) {
        fromPartsCount++;
        if (checked && !record.cutParts()?.parts) fromAnalysis++;
        // A mark holding a line end, folded from the analysis's parts (outline.ts multiLineMarks).
        if (checked && !record.cutParts()?.parts && /\{(?:\+\+|--|~~)[^}]*[\r\n]/.test(text)) multiLine++;
      }
      if (before && record.outlineMemo?.parts && [...record.outlineMemo.parts.values()].some((p) => [...before.values()].includes(p))) reused++;
      assert.deepEqual(got, whole(text), `text ${n}, version ${v}: ${JSON.stringify(insert)} at ${line}:${character}`);
    }
  }
  // The parts an edit did not touch were taken from the version before, not parsed again; most versions were read
  // from their parts (an edit that leaves a mark open across a proposal's end sends the next ones to the whole parse).
  const versions = starts.length * cases(60, 12);
  assert.ok(reused > versions / 4, `${reused} of ${versions} versions reused a part`);
  assert.ok(fromPartsCount > versions / 3, `${fromPartsCount} of ${versions} versions read from their parts`);
  assert.ok(fromAnalysis > versions / 10, `${fromAnalysis} of ${versions} versions read from their analysis's parts`);
  assert.ok(multiLine > versions / 20, `${multiLine} of ${versions} versions folded a mark holding a line end from their parts`);
});
