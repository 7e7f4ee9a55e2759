import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits, parseDocument } from '../../server/src/core';
import { check, contribution, fixed, lines, only, slice } from './helpers';

test('resolution.meeting-mismatch: title says Hammamet, formula still says Dubai', () => {
  const text = contribution('MOD', [
    'RESOLUTION 52 (Rev. {--Dubai, 2012--}{++Hammamet, 2016++})', 'T',
    '(Florianópolis, 2004; Dubai, 2012{++; Hammamet, 2016++})',
    'The World Telecommunication Standardization Assembly (Dubai, 2012),', 'noting', 'x.',
  ]);
  const [f] = only(text, 'resolution.meeting-mismatch');
  assert.equal(slice(text, f), 'Dubai, 2012');
  assert.match(f.message, /enacting formula names Dubai, 2012 while the number line names Hammamet, 2016/);
  const after = fixed(text, f);
  // In a MOD the formula is text in force: the fix writes the change as a revision mark (D1).
  assert.match(after, /Assembly \(\{~~Dubai, 2012~>Hammamet, 2016~~\}\),/);
  assert.equal(only(after, 'resolution.meeting-mismatch').length, 0);
  // The old text is not checked for this: it names the old meeting throughout.
  assert.equal(only(contribution('MOD', ['RESOLUTION 52 (Rev. Dubai, 2012)', 'T', '(Dubai, 2012)', 'The World Telecommunication Standardization Assembly (Dubai, 2012),', '{++x++}']), 'resolution.meeting-mismatch').length, 0);
});

test('resolution.meeting-mismatch: an appendix heading left on the old edition, "(to Resolution 1 (Rev. Hammamet, 2016))" (review E20)', () => {
  const head = ['RESOLUTION 1 (Rev. {~~Hammamet, 2016~>New Delhi, 2024~~})', '…'];
  const appendix = (edition: string) => contribution('MOD', [...head, `Appendix I (to Resolution 1 (Rev. ${edition}))`, 'Text of the appendix{++, amended++}.']);
  const text = appendix('Hammamet, 2016');
  const [f, ...more] = only(text, 'resolution.meeting-mismatch');
  assert.equal(more.length, 0);
  assert.equal(slice(text, f), 'Hammamet, 2016');
  assert.match(f.message, /annex heading names Hammamet, 2016 while the number line names New Delhi, 2024/);
  const after = fixed(text, f);
  assert.match(after, /Appendix I \(to Resolution 1 \(Rev\. \{~~Hammamet, 2016~>New Delhi, 2024~~\}\)\)/);
  assert.equal(only(after, 'resolution.meeting-mismatch').length, 0);
  assert.equal(only(appendix('New Delhi, 2024'), 'resolution.meeting-mismatch').length, 0);
  // Headings follow the Resolution's other parts and do not outvote them; one citing another Resolution is not compared.
  const two = contribution('MOD', [...head, 'Appendix I (to Resolution 1 (Rev. Hammamet, 2016))', 'x{++y++}.', 'Appendix II (to Resolution 1 (Rev. Hammamet, 2016))', 'z.']);
  assert.deepEqual(only(two, 'resolution.meeting-mismatch').map((x) => slice(two, x)), ['Hammamet, 2016', 'Hammamet, 2016']);
  assert.equal(only(contribution('MOD', [...head, 'Annex A (to Resolution 52 (Rev. Hammamet, 2016))', 'x{++y++}.']), 'resolution.meeting-mismatch').length, 0);
});

test('resolution.meeting-mismatch: parts writing one meeting alike agree, whether or not it reads as a place and a year', () => {
  const resolution = (number: string, history: string, formula: string, annex: string) => contribution('MOD', [
    `RESOLUTION 1 (Rev. ${number})`, 'T', `(Kyoto, 1994; ${history})`,
    `The World Telecommunication Standardization Assembly (${formula}),`, 'noting', 'x{++y++}.',
    `Appendix I (to Resolution 1 (Rev. ${annex}))`, 'z.',
  ]);
  // The same text in every part (checkMeetings reads no key then): readable or not, no finding.
  for (const m of ['Hammamet, 2016', 'Dubaï, 2012', 'Пусан, 2014 г.', 'WRC-19', 'Geneva', '2012', 'x']) {
    assert.deepEqual(only(resolution(m, m, m, m), 'resolution.meeting-mismatch'), [], m);
  }
  // Written differently, one meeting (the keys are read): no finding; a part naming no place and year does not vote.
  assert.deepEqual(only(resolution('Dubai, 2012', 'Dubaï, 2012', 'Rév. Dubaï, 2012', 'Dubai, 2012'), 'resolution.meeting-mismatch'), []);
  assert.deepEqual(only(resolution('Geneva', 'Dubai, 2012', 'Dubai, 2012', 'Dubai, 2012'), 'resolution.meeting-mismatch'), []);
  assert.deepEqual(only(resolution('WRC-19', 'Sharm el-Sheikh, 2019', 'Sharm el-Sheikh, 2019', 'WRC-19'), 'resolution.meeting-mismatch'), []);
  // One part differs: it is reported, the annex heading included.
  const text = resolution('Hammamet, 2016', 'Hammamet, 2016', 'Hammamet, 2016', 'Dubai, 2012');
  assert.deepEqual(only(text, 'resolution.meeting-mismatch').map((f) => slice(text, f)), ['Dubai, 2012']);
  const formula = resolution('Hammamet, 2016', 'Hammamet, 2016', 'Dubai, 2012', 'Hammamet, 2016');
  assert.deepEqual(only(formula, 'resolution.meeting-mismatch').map((f) => slice(formula, f)), ['Dubai, 2012']);
});

test('meeting fixes in a MOD write revision marks; the old text stays the text in force (D1, D11)', () => {
  const head = (history: string, formula: string) => contribution('MOD', [
    'RESOLUTION 52 (Rev. {~~Dubai, 2012~>Hammamet, 2016~~})', 'T', history,
    `The World Telecommunication Standardization Assembly (${formula}),`, 'noting', 'x.',
  ]);
  const oldText = (t: string) => parseDocument(t).views.old.text;
  // The formula left as in force: a substitution, never plain text.
  const formula = head('(Dubai, 2012{++; Hammamet, 2016++})', 'Dubai, 2012');
  const after = fixed(formula, only(formula, 'resolution.meeting-mismatch')[0]);
  assert.match(after, /Assembly \(\{~~Dubai, 2012~>Hammamet, 2016~~\}\),/);
  assert.equal(oldText(after), oldText(formula));
  assert.deepEqual(check(after).findings.filter((f) => f.code.startsWith('resolution')), []);
  // The history left as in force: the new meeting is added after the last one, which stays (D11).
  const history = head('(Florianópolis, 2004; Johannesburg, 2008; Dubai, 2012)', '{~~Dubai, 2012~>Hammamet, 2016~~}');
  const [h] = only(history, 'resolution.meeting-mismatch');
  assert.equal(h.fix!.title, 'Add Hammamet, 2016 to the history line');
  const added = fixed(history, h);
  assert.match(added, /\(Florianópolis, 2004; Johannesburg, 2008; Dubai, 2012\{\+\+; Hammamet, 2016\+\+\}\)/);
  assert.equal(oldText(added), oldText(history));
  assert.deepEqual(check(added).findings.filter((f) => f.code.startsWith('resolution')), []);
  // A last entry that is no earlier meeting (a slip of the same year) is replaced, not kept beside it.
  const slip = head('(Dubai, 2012; {++Geneva, 2016++})', '{~~Dubai, 2012~>Hammamet, 2016~~}');
  assert.match(fixed(slip, only(slip, 'resolution.meeting-mismatch')[0]), /\(Dubai, 2012; \{\+\+Hammamet, 2016\+\+\}\)/);
  // A last meeting the proposal adds is no meeting of the text in force: an earlier one is replaced, not
  // kept (re-review: `{++; Geneva, 2014++}` became `{++; Geneva, 2014; Hammamet, 2016++}` and passed).
  const wrong = head('(Dubai, 2012{++; Geneva, 2014++})', '{~~Dubai, 2012~>Hammamet, 2016~~}');
  const replaced = fixed(wrong, only(wrong, 'resolution.meeting-mismatch')[0]);
  assert.match(replaced, /\(Dubai, 2012\{\+\+; Hammamet, 2016\+\+\}\)/);
  assert.deepEqual(check(replaced).findings.filter((f) => f.code.startsWith('resolution')), []);
  // Outside a MOD the fix is plain text, and the history's own separator is kept (Chinese ；).
  const add = contribution('ADD', ['RESOLUTION 7 (Rev. Hammamet, 2016)', 'T', '(Dubai, 2012)', 'The World Telecommunication Standardization Assembly (Hammamet, 2016),', 'noting', 'x.']);
  assert.match(fixed(add, only(add, 'resolution.meeting-mismatch')[0]), /\(Dubai, 2012; Hammamet, 2016\)/);
});

test('footnote.undefined, footnote.unused, footnote.sequence', () => {
  const text = lines('ADD\tXX/1/1', 'a[^2] b[^1] c[^3]', '[^1]:\tone', '[^2]:\ttwo', '[^4]:\tfour', 'Reasons:\tr');
  assert.equal(only(text, 'footnote.undefined').length, 1);
  assert.equal(slice(text, only(text, 'footnote.undefined')[0]), '[^3]');
  assert.equal(only(text, 'footnote.unused').length, 1);
  const seq = only(text, 'footnote.sequence');
  assert.equal(seq.length, 2);
  assert.equal(check(lines('ADD\tXX/1/1', 'a[^1] b[^2]', '[^1]:\tone', '[^2]:\ttwo', 'Reasons:\tr')).findings.filter((f) => f.code.startsWith('footnote')).length, 0);
});

test('footnote.unused: a note whose only reference the MOD deletes is referenced by the old text; the fix deletes its definition with marks (review3 E9)', () => {
  const mod = (item: string, def: string) =>
    lines('MOD\tXX/1/1', 'RESOLUTION 7 (Rev. Geneva, 2020)', 'T', 'considering', item, 'b)\tthat help is needed;', '', def, '', 'Reasons:\tr');
  const text = mod('{--a)\tthat many countries[^1] need help;\n--}', '[^1]:\tThese include the least developed countries.');
  const found = only(text, 'footnote.unused');
  assert.equal(found.length, 1);
  assert.doesNotMatch(found[0].message, /never referenced/);
  assert.match(found[0].message, /\[\^1\].*only.*delete/);
  const after = fixed(text, found[0]);
  assert.match(after, /\n\{--\[\^1\]:\tThese include the least developed countries\.--\}\n/);
  assert.deepEqual(check(after).findings.filter((f) => f.code.startsWith('footnote')), []);
  // A reference kept in the new text, or none anywhere: as before.
  assert.deepEqual(only(mod('a)\tthat many countries[^1] {--really --}need help;', '[^1]:\tThese.'), 'footnote.unused'), []);
  assert.match(only(mod('a)\tthat many countries need help;', '[^1]:\tThese.'), 'footnote.unused')[0].message, /never referenced/);
});

test('reference.unresolved: call-section, section and decimal references', () => {
  const body = ['RESOLUTION 5 (Geneva, 2026)', 'T', 'The World Telecommunication Standardization Assembly (Geneva, 2026),',
    'considering', 'a)\tx;', 'b)\ty;', 'recognizing further', 'a)\tz,', 'resolves', '1\tas in considering a) and b) above;',
    '2\tas in recognizing further a) above, and 1.2 to 1.3 below;', 'SECTION 1', 'Title', '1.1\tsee Section 1 above', '1.2\tq', '1.3\tr'];
  assert.deepEqual(check(contribution('ADD', body)).findings.filter((f) => f.code === 'reference.unresolved'), []);
  const bad = contribution('ADD', [...body.slice(0, 9), '1\tas in considering c) above and recognizing d) above;', '2\tsee 4.5 below and Section 9 above']);
  const found = only(bad, 'reference.unresolved');
  assert.deepEqual(found.map((f) => slice(bad, f)), ['c)', 'd)', '4.5', '9']);
  assert.match(found[0].message, /considering has a\), b\)/);
});

test('resolution.meeting-mismatch: the cover\'s Meeting is the meeting meant when a part names it (generated over meetings and parts)', () => {
  // Found by review (defect 12): a new Resolution copied from an older draft, number line (Bucharest, 2022),
  // formula (Doha, 2026), cover PP-26 Doha: the tie went to the number line and the fix wrote Bucharest.
  const meetings: [string, string, string][] = [
    ['Plenipotentiary Conference (PP-26), Doha, 2026', 'Doha, 2026', 'Bucharest, 2022'],
    ['WTSA-24, New Delhi, 15-24 October 2024', 'New Delhi, 2024', 'Geneva, 2022'],
    ['WTDC-25, Baku, 17-28 November 2025', 'Baku, 2025', 'Kigali, 2022'],
  ];
  for (const [cover, meant, old] of meetings) {
    // Each part in turn is the only one naming the cover's meeting, in an ADD (two parts) and a MOD (three).
    for (const parts of [2, 3]) {
      for (let right = 0; right < parts; right++) {
        const at = (k: number) => (k === right ? meant : old);
        const body = [`DRAFT NEW RESOLUTION [X-1] (${at(0)})`, 'T', ...(parts === 3 ? [`(Kyoto, 1994; ${at(2)})`] : []), `The Conference (${at(1)}),`, 'noting', 'x.'];
        const text = `Meeting:\t${cover}\n\n` + contribution('ADD', body);
        const found = only(text, 'resolution.meeting-mismatch');
        const where = `${cover}: ${body.slice(0, parts === 3 ? 4 : 3).join(' | ')}`;
        assert.equal(found.length, parts - 1, where);
        for (const f of found) assert.equal(slice(text, f), old, where);
        let after = text;
        for (let k = 0; k < found.length; k++) after = fixed(after, only(after, 'resolution.meeting-mismatch')[0]);
        assert.equal(only(after, 'resolution.meeting-mismatch').length, 0, where);
        // Number line, formula and the history's last entry name the meeting meant (a history fix may keep
        // the older entry and add the meeting after it).
        const fixedLines = after.split('\n');
        assert.ok(fixedLines.filter((l) => /^DRAFT NEW|^The Conference/.test(l)).every((l) => l.includes(meant) && !l.includes(old)), `${where}: ${after}`);
        assert.ok(parts === 2 || fixedLines.find((l) => l.startsWith('(Kyoto'))!.endsWith(`${meant})`), `${where}: ${after}`);
        // Without the cover, the majority (or the number line, on a tie) is taken as before.
        const alone = only(contribution('ADD', body), 'resolution.meeting-mismatch');
        const majority = parts === 3 ? old : at(0);
        assert.ok(alone.every((f) => slice(contribution('ADD', body), f) !== majority), where);
      }
    }
  }
});

test('resolution.meeting-mismatch: a conference named without a place (REV.WRC-19, RÉV.CMR-19, PP-22) is compared by its year; no fix guesses a place', () => {
  // Found by review (defect 19): `RESOLUTION 229 (REV.WRC-{~~19~>27~~})` with the formula left at Sharm el-Sheikh, 2019.
  const forms = [
    ['RESOLUTION 229 (REV.WRC-{~~19~>27~~})', 'The World Radiocommunication Conference (Sharm el-Sheikh, 2019),', 'Sharm el-Sheikh, 2019'],
    ['RÉSOLUTION 229 (RÉV.CMR-{~~19~>27~~})', 'La Conférence mondiale des radiocommunications (Charm el-Cheikh, 2019),', 'Charm el-Cheikh, 2019'],
    ['RESOLUTION 12 (Rev. PP-{~~18~>22~~})', 'The Plenipotentiary Conference of the International Telecommunication Union (Dubai, 2018),', 'Dubai, 2018'],
    ['RESOLUTION 95 (REV.WRC-{~~2000~>03~~})', 'The World Radiocommunication Conference (Istanbul, 2000),', 'Istanbul, 2000'],
  ];
  for (const [numberLine, formula, stale] of forms) {
    const text = contribution('MOD', [numberLine, 'T', formula, 'noting', 'x.']);
    const [f, ...more] = only(text, 'resolution.meeting-mismatch');
    assert.ok(f && more.length === 0, numberLine);
    assert.equal(slice(text, f), stale);
    assert.equal(f.fix, undefined, 'no place is guessed for the new conference');
    // The formula brought up to date (any place of that year), or the number line left as in force: nothing to say.
    const year = /-\{~~\d+~>(\d+)~~\}/.exec(numberLine)![1];
    const full = (year.length === 2 ? (Number(year) < 50 ? '20' : '19') : '') + year;
    assert.deepEqual(only(contribution('MOD', [numberLine, 'T', formula.replace(stale, `Somewhere, ${full}`), 'noting', 'x.']), 'resolution.meeting-mismatch'), [], numberLine);
    assert.deepEqual(only(contribution('MOD', [numberLine.replace(/\{~~(\d+)~>\d+~~\}/, '$1'), 'T', formula, 'noting', 'x.']), 'resolution.meeting-mismatch'), [], numberLine);
  }
});

test('an excerpt `RESOLUTION 1 (…)`, `…`, `SECTION 3`: the SECTION heading is no title, so clauses hang under it (defect 27)', () => {
  const text = contribution('MOD', [
    'RESOLUTION 1 (Rev. {~~Hammamet, 2016~>New Delhi, 2024~~})', '…', 'SECTION 3', 'Study group management',
    '3.1\tWithin the mandate set out in WTSA Resolution 2, study group chairmen shall be responsible.',
    '{++2.2\tStudy group chairmen shall publish a work plan.++}',
  ]);
  const [f] = only(text, 'numbering.parent');
  assert.ok(f, 'numbering.parent on 2.2');
  assert.match(f.message, /2\.2 stands under SECTION 3/);
  const r = parseDocument(text).views.new.proposals[0].resolutions[0];
  assert.equal(r.title, undefined, 'the title was left out');
  assert.ok(r.paragraphs.some((p) => p.kind === 'section-heading' && p.text === 'SECTION 3'));
  // After an elision, a call line or a numbered clause is no title either.
  for (const next of ['resolves', '1\tto act.']) {
    const after = parseDocument(contribution('MOD', ['RESOLUTION 1 (Rev. {~~Hammamet, 2016~>New Delhi, 2024~~})', '…', next, '{++2\tto report.++}'])).views.new.proposals[0].resolutions[0];
    assert.equal(after.title, undefined, next);
  }
  // Without an elision, the line after the number line is the title, as before.
  assert.equal(parseDocument(contribution('MOD', ['RESOLUTION 1 (Rev. Hammamet, 2016)', 'Rules of procedure', '{++x++}'])).views.new.proposals[0].resolutions[0].title?.text, 'Rules of procedure');
});

test('resolution.target-mismatch: a header naming another Resolution than the number line is said, and fixed to the number line (review 5, F29)', () => {
  const text = (header: string, line: string) => `Proposals:\tAAA\n\nMOD\tAAA/1/1${header}\n${line}\nTitle\nThe World Telecommunication Development Conference (Dubai, 2014),\nReasons:\tr.\n`;
  for (const [header, line, name] of [
    ['Resolution 51', 'RESOLUTION 50 (Rev. Dubai, 2014)', 'Resolution 50'],
    ['Résolution 12', 'RÉSOLUTION 99 (Rév. Genève, 2022)', 'Résolution 99'],
    ['第51号决议', '第99号决议（2022年，日内瓦，修订版）', '第99号决议'],
    ['Resolution 51 (Rev. Dubai, 2014)', 'RESOLUTION 50 (Rev. Dubai, 2014)', 'Resolution 50'],
    ['Resolution 5', 'DECISION 5 (REV. DUBAI, 2018)', undefined],
  ] as const) {
    const t = text(`\t${header}`, line);
    const found = check(t).findings.filter((f) => f.code === 'resolution.target-mismatch');
    if (name === undefined) {
      // A Decision is no Resolution: the header names another kind, which parseRef does not read as this text: not compared.
      assert.deepEqual(found, [], header);
      continue;
    }
    assert.equal(found.length, 1, `${header}: ${JSON.stringify(found)}`);
    assert.equal(t.slice(found[0].start, found[0].end), header);
    assert.match(found[0].message, new RegExp(`names ${header.replace(/[()]/g, '.')}, but the number line`));
    const fixed = applyEdits(t, found[0].fix!.edits);
    assert.ok(fixed.includes(`MOD\tAAA/1/1\t${name}\n`), fixed);
    assert.deepEqual(check(fixed).findings.filter((f) => f.code === 'resolution.target-mismatch'), []);
  }
  // The same Resolution, a clause of it, or no target: nothing to say.
  for (const header of ['\tResolution 50', '\tRESOLUTION 50', '\tResolution 50 resolves 2', '']) {
    assert.deepEqual(check(text(header, 'RESOLUTION 50 (Rev. Dubai, 2014)')).findings.filter((f) => f.code === 'resolution.target-mismatch'), [], header);
  }
});
