// marks.header: a proposal header line that a revision mark makes a header in one of the two texts only. The oracle
// parses each projection as a document of its own (the text in force, the new text) and compares where their
// proposals start: a line that starts one in one text only is said, and is a proposal in neither (parseBoth).
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyzeNextVersion, applyEdits, checkDocument, parseDocument, project, scanMarks, toSource, type Finding } from '../../server/src/core';
import { lineStartAt } from '../../server/src/core/text';
import { seeded } from '../support/random';
import { cases } from '../support/scale';

const FRONT = 'Meeting:\tWTSA-24\nDocument:\t12\nAddendum:\t1\nProposals:\tEUR\n\n';

/** Where each proposal of a projection starts, as lines of the source. */
function headerLines(text: string, kind: 'old' | 'new'): number[] {
  const projection = project(text, scanMarks(text).marks, kind);
  return parseDocument(projection.text).proposals.map((p) => lineStartAt(text, toSource(projection.segments, p.header.start)));
}

const said = (findings: readonly Finding[]) => findings.filter((f) => f.code === 'marks.header');

test('marks.header is said on exactly the lines one projection reads as a proposal header and the other does not (generated)', () => {
  const rnd = seeded(2026_12_07);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  // A piece of the header line wrapped in a mark, or a mark put in at a place of it.
  const marked = (line: string): string => {
    const a = Math.floor(rnd() * (line.length + 1));
    const b = a + Math.floor(rnd() * (line.length - a + 1));
    const piece = line.slice(a, b);
    const mark = pick([
      `{++${piece || 'x'}++}`,
      `{--${piece || 'x'}--}`,
      `{~~${piece}~>${pick(['SUP', 'MOD', 'ADD', 'EUR/12A1/9', '\t', ' ', 'z'])}~~}`,
      `{~~${pick(['SUP', 'NOC', 'x', '\t'])}~>${piece || 'y'}~~}`,
      `${piece}{>>@EUR<<}`,
      `{==${piece || 'x'}==}`,
    ]);
    return line.slice(0, a) + mark + line.slice(b);
  };
  const body = (n: number) => pick([`RESOLUTION ${n} (Rev. {--Dubai, 2012--}{++Hammamet, 2016++})\n\nTitle ${n}\n`, `a)\tthat the text {++${n}++} is kept;\n`, `${n}\tto study the matter;\n`]);
  let flagged = 0;
  let total = 0;
  let fixed = 0;
  for (let k = 0; k < cases(600, 60); k++) {
    const parts = [FRONT];
    const count = 2 + Math.floor(rnd() * 3);
    for (let n = 1; n <= count; n++) {
      const header = `${pick(['MOD', 'ADD', 'SUP', 'NOC', '(MOD)'])}\tEUR/12A1/${n}${pick(['', '\tRR', ' Res. 1'])}`;
      const line = rnd() < 0.5 ? marked(header) : header;
      // Now and then a header inside a deletion or an insertion running over lines.
      const around = rnd() < 0.15 ? pick([`{--old line\n${line}\nmore--}`, `{++new line\n${line}\nmore++}`, `{--${line}\n--}`, `see {--\n${line}--}`, `see {++\n${line}++}`]) : line;
      parts.push(`${around}\n${body(n)}\nReasons:\tWhy ${n}.\n\n`);
    }
    // Written with LF, or with CRLF as Windows saves it (the lines are found otherwise then).
    const text = rnd() < 0.3 ? parts.join('').replace(/\n/g, '\r\n') : parts.join('');
    const doc = parseDocument(text);
    // A malformed mark (one nested in another) is read as text: only texts whose marks the scan takes whole are compared.
    if (doc.parseFindings.some((f) => f.code.startsWith('marks.') && f.code !== 'marks.header' && f.code !== 'marks.empty' && f.code !== 'marks.no-change')) continue;
    total++;
    const old = headerLines(text, 'old');
    const neu = headerLines(text, 'new');
    const expected = [...old.filter((l) => !neu.includes(l)).map((l) => `${l} old`), ...neu.filter((l) => !old.includes(l)).map((l) => `${l} new`)].sort();
    const found = said(doc.parseFindings).map((f) => `${f.start} ${f.message.includes('new text only') ? 'new' : 'old'}`).sort();
    assert.deepEqual(found, expected, JSON.stringify(text));
    if (found.length > 0) flagged++;
    // The fix (a line holding all its marks) writes the line as the text reading it as a header has it: a header in both
    // texts then, one proposal more, and no other line changed.
    for (const f of said(doc.parseFindings)) {
      if (!f.fix) continue;
      fixed++;
      const [edit] = f.fix.edits;
      assert.equal(edit.start, f.start);
      const after = applyEdits(text, f.fix.edits);
      assert.ok(!edit.newText.includes('{'), edit.newText);
      const again = parseDocument(after);
      assert.ok(again.proposals.some((p) => p.header.start === f.start), `${JSON.stringify(text)}: fixed into a proposal`);
      assert.ok(!said(again.parseFindings).some((g) => g.start === f.start), `${JSON.stringify(after)}: said again`);
      assert.equal(after.slice(0, edit.start) + after.slice(edit.start + edit.newText.length), text.slice(0, edit.start) + text.slice(edit.end));
    }
    // Such a line is a proposal in neither text; every line both read as a header is one.
    assert.deepEqual(doc.proposals.map((p) => lineStartAt(text, p.header.start)), old.filter((l) => neu.includes(l)), JSON.stringify(text));
    // The editor says it as the command line does.
    const whole = said(checkDocument(doc)).map((f) => `${f.start}-${f.end}`);
    assert.deepEqual(said(analyzeNextVersion(text).findings).map((f) => `${f.start}-${f.end}`), whole, JSON.stringify(text));
  }
  assert.ok(total > cases(600, 60) / 2, `${total} texts compared`);
  assert.ok(flagged > total / 10 && flagged < total, `${flagged} of ${total} texts with a header in one text only`);
  assert.ok(fixed > flagged / 4, `${fixed} fixes over ${flagged} texts`);
});

test('marks.header: a header a substitution keeps a header in both texts, or a comment beside it, is not said', () => {
  for (const header of ['{~~MOD~>SUP~~}\tEUR/12A1/2', 'MOD\t{~~EUR/12A1/9~>EUR/12A1/2~~}', 'MOD\tEUR/12A1/2{>>a note<<}', '{>>@EUR<<}MOD\tEUR/12A1/2', 'MOD\tEUR/12A1/2\t{++RR++}']) {
    const text = `${FRONT}MOD\tEUR/12A1/1\na)\tthat {++x++};\n\nReasons:\tR.\n\n${header}\nb)\tthat y;\n\nReasons:\tR.\n`;
    assert.deepEqual(said(parseDocument(text).parseFindings), [], header);
  }
  const text = `${FRONT}MOD\tEUR/12A1/1\na)\tthat {++x++};\n\nReasons:\tR.\n\n{++ADD\tEUR/12A1/2++}\nb)\tthat y;\n\nReasons:\tR.\n`;
  const [f] = said(parseDocument(text).parseFindings);
  assert.equal(text.slice(f.start, f.end), '{++ADD\tEUR/12A1/2++}');
  assert.equal(f.severity, 'warning');
  assert.match(f.message, /new text only/);
  assert.equal(f.fix?.title, 'Write this header without revision marks: ADD EUR/12A1/2');
  assert.equal(applyEdits(text, f.fix!.edits).split('\n')[10], 'ADD\tEUR/12A1/2');
  // A header inside a deletion running over lines has no fix: the mark stands on other lines too.
  const over = `${FRONT}MOD\tEUR/12A1/1\na)\tthat {--x\nMOD\tEUR/12A1/2\ny--};\n\nReasons:\tR.\n`;
  const [g] = said(parseDocument(over).parseFindings);
  assert.equal(over.slice(g.start, g.end), 'MOD\tEUR/12A1/2');
  assert.equal(g.fix, undefined);
});
