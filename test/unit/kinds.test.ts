// Text kinds and their numbering rules (issue 10): real texts of several kinds, each finding
// classified (docs/text-kinds.md), and the rules on the forms the texts in force print.
//   node --import tsx --test test/unit/kinds.test.ts
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { applyEdits, parseDocument } from '../../server/src/core';
import { compareProvisions, followsDirectly, isAnnexHeading, missingDotReading, provisionNumber, textKindOf } from '../../server/src/core/kinds';
import { DocumentRecord } from '../../server/src/service/record';
import { documentSymbols } from '../../server/src/service/outline';
import { roundTrip } from '../support/word';
import { check, lines, readShared, ROOT } from './helpers';

const CORPUS = path.join(ROOT, 'test/corpus-kinds');
const read = (name: string) => fs.readFileSync(path.join(CORPUS, name), 'utf8');

/**
 * Every finding on each real text that is a true fault of the text itself (`line code`), as classified
 * in docs/text-kinds.md, and every finding that comes from the conversion (`artefacts`: the treaty
 * database's rendering). Anything else the checker says is a false alarm.
 */
const TRUE_FAULTS: Record<string, { kind: string; faults: string[]; artefacts?: string[] }> = {
  'T-REC-E.840-201806.itu': {
    kind: 'recommendation-itu-t',
    // Clause 5 holds 5.2.1-5.2.4 with no 5.1 or 5.2 (one fault, one finding); clause 8 is typed `.8`.
    faults: ['184 numbering.parent', '219 numbering.stray-dot'],
  },
  'T-REC-A.1-201610.itu': { kind: 'recommendation-itu-t', faults: [] },
  // Clause 6.2.6.7 is typed ` 6.2.6.7` (a space before it): read as 6.2.6.7, no gap.
  'T-REC-Q.850-201810.itu': { kind: 'recommendation-itu-t', faults: [] },
  // Clauses 10.4.1 and 10.4.2 are typed after a LEFT-TO-RIGHT MARK (U+200E), as ITU's Word file has them: read as
  // clauses through the mark, which changes nothing shown (review 8, I7; before, two characters.invisible errors).
  'T-REC-F.921-201808.itu': { kind: 'recommendation-itu-t', faults: [] },
  'R-REC-RA.314-10-200306.itu': { kind: 'recommendation-itu-r', faults: [] },
  'R-REC-BO.600-1-198607.itu': { kind: 'recommendation-itu-r', faults: [] },
  'R-REC-S.354-2-197407.itu': { kind: 'recommendation-itu-r', faults: [] },
  'itr-melbourne-1988.itu': { kind: 'itrs', faults: [] },
  // The database prints No. 221B as `2218` (a gap before it, then 222 out of order).
  'cs-1992-rev2006.itu': { kind: 'cs', faults: ['402 numbering.gap', '403 numbering.order'] },
  // `2158` for No. 215B (gap, order); No. 290 printed as a second `284` (duplicate, gap to 291);
  // Nos. 299 to 323 (Articles 26 to 30) left out with no (SUP) placeholder.
  'cv-1992-rev2006.itu': { kind: 'cv', faults: ['323 numbering.gap', '326 numbering.order', '461 numbering.duplicate', '462 numbering.gap', '481 numbering.gap'] },
  'rr-2012-art1-9.itu': { kind: 'rr', faults: [] },
  // Imported with the pipe-table importer: the kind is named in a cell of the cover table.
  // J.1108 types clause 6 as `6.` (one finding, on the dot; before: "after 5 comes 7").
  'T-REC-J.1108-201901.itu': { kind: 'recommendation-itu-t', faults: ['83 numbering.stray-dot'] },
  // X.609.7: `3.16` for 3.1.6 (one finding; before: 10, then 4); 7.3.2.1.1-7.3.2.1.4 repeated under 7.3.2.2.
  'T-REC-X.609.7-201812.itu': { kind: 'recommendation-itu-t', faults: ['65 numbering.missing-dot', '312 numbering.parent'] },
  // Clauses `1.0`, `2.0`, then `3` (before: "2.0 appears twice").
  'T-REC-G.Imp7713.1-200505.itu': { kind: 'recommendation-itu-t', faults: [] },
  // J.383 types clauses 1-6 as `1.` … `6.` (one finding on each dot, one habit), and clause 4 as a second `3.`
  // (`3.<TAB>Abbreviations and acronyms` after 3.2: a repeated clause number, before read as text and lost).
  'T-REC-J.383-201901.itu': {
    kind: 'recommendation-itu-t',
    faults: ['38 numbering.stray-dot', '41 numbering.stray-dot', '53 numbering.stray-dot', '60 numbering.duplicate', '60 numbering.stray-dot',
      '75 numbering.stray-dot', '83 numbering.stray-dot', '89 numbering.stray-dot'],
  },
};

function lineOf(text: string, offset: number): number {
  let n = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

test('real texts: at most 1 false alarm per 1,000 paragraphs, and every true fault still found', () => {
  let paragraphs = 0;
  let falseAlarms = 0;
  for (const [name, { kind, faults, artefacts = [] }] of Object.entries(TRUE_FAULTS)) {
    const text = read(name);
    const { doc, findings } = check(text);
    assert.equal(doc.views.new.textKind, kind, `${name}: kind`);
    const said = findings.map((f) => `${lineOf(text, f.start)} ${f.code}`);
    const count = doc.views.new.paragraphs.filter((p) => p.kind !== 'blank').length;
    const wrong = said.filter((s) => !faults.includes(s) && !artefacts.includes(s));
    assert.ok(wrong.length <= Math.floor(count / 1000), `${name}: false alarms in ${count} paragraphs: ${wrong.join(', ')}`);
    assert.deepEqual(faults.filter((f) => !said.includes(f)), [], `${name}: true faults no longer found`);
    paragraphs += count;
    falseAlarms += wrong.length;
  }
  assert.ok(paragraphs > 4600, `${paragraphs} paragraphs`);
  assert.ok(falseAlarms * 1000 <= paragraphs, `${falseAlarms} false alarms in ${paragraphs} paragraphs`);
});

test('kinds are read from headings: WTSA Resolution, ITU-R Recommendation, Constitution, Radio Regulations', () => {
  assert.equal(textKindOf(readShared('corpus/wtsa16-res1.txt').split('\n')), 'resolution');
  assert.equal(textKindOf(['Recommendation  ITU‑T  A.1', '1\tScope']), 'recommendation-itu-t');
  assert.equal(textKindOf(['The ITU Radiocommunication Assembly,', 'considering']), 'recommendation-itu-r');
  assert.equal(textKindOf(['CONSTITUTION OF THE INTERNATIONAL TELECOMMUNICATION UNION', 'CHAPTER I']), 'cs');
  assert.equal(textKindOf(['CONVENTION OF THE INTERNATIONAL TELECOMMUNICATION UNION']), 'cv');
  assert.equal(textKindOf(['QUESTION ITU-R 145/7']), 'question');
  assert.equal(textKindOf(['DECISION 5 (REV. DUBAI, 2018)']), 'decision');
  // No heading: three Radio Regulations numbers with a letter or a placeholder.
  assert.equal(textKindOf(['5.338A\tIn the bands …', '5.339\tThe bands …', '5.339A\tThe band …', '5.A11\tNew.']), 'rr');
  assert.equal(textKindOf(['1\tIntroduction', '2\tProposal']), 'prose');
});

test('provision numbers: RR numbers, margin numbers, ranges, ITU placeholders and WRC placeholders', () => {
  assert.deepEqual(pick(provisionNumber('5.338A\tIn Region 1 …')), ['5.338A', '5.338A', 'rr', false, false]);
  assert.deepEqual(pick(provisionNumber('13.0.1\t…')), ['13.0.1', '13.0.1', 'rr', false, false]);
  assert.deepEqual(pick(provisionNumber('166 and 167\tPP-98\t(SUP)')), ['166', '167', 'margin', false, true]);
  assert.deepEqual(pick(provisionNumber('341 to 467\tPP-98\t(SUP)')), ['341', '467', 'margin', false, true]);
  assert.deepEqual(pick(provisionNumber('5.85\tNot used.')), ['5.85', '5.85', 'rr', false, true]);
  assert.deepEqual(pick(provisionNumber('5.63\t(SUP - WRC-97)')), ['5.63', '5.63', 'rr', false, true]);
  assert.deepEqual(pick(provisionNumber('5.A11\tThe band …')), ['5.A11', '5.A11', 'rr', true, false]);
  assert.equal(provisionNumber('The band 5.338A …'), undefined);
  assert.ok(compareProvisions('5.338A', '5.339') < 0 && compareProvisions('5.338', '5.338A') < 0 && compareProvisions('161D', '162') < 0);
  assert.ok(followsDirectly('166', '167') && followsDirectly('161', '161A') && followsDirectly('161D', '162') && followsDirectly('5.338A', '5.339'));
  assert.ok(!followsDirectly('165', '168'));
  // Insertions between insertions (CV as amended by PP-06: 160C, 160CA, 160D; RR 32.13B, 32.13BA, 32.13C)
  // and Latin ordinals (CS 73bis; CV 191, 191bis, 191ter, 191A).
  assert.deepEqual(['160D', '160CA', '160C', '160'].sort(compareProvisions), ['160', '160C', '160CA', '160D']);
  assert.deepEqual(['191A', '191ter', '191bis', '191', '192'].sort(compareProvisions), ['191', '191bis', '191ter', '191A', '192']);
  assert.ok(compareProvisions('32.13BA', '32.13C') < 0 && compareProvisions('32.13B', '32.13BA') < 0);
  assert.ok(followsDirectly('160C', '160CA') && followsDirectly('160CA', '160D') && followsDirectly('160CA', '160CB'));
  assert.ok(followsDirectly('191', '191bis') && followsDirectly('191bis', '191ter') && followsDirectly('191ter', '191A') && followsDirectly('191ter', '192'));
  assert.ok(!followsDirectly('160C', '160E') && !followsDirectly('160CA', '160F') && !followsDirectly('191', '191ter'));
  assert.deepEqual(pick(provisionNumber('73bis\tThe Secretary-General shall act as the legal representative of the Union.')), ['73bis', '73bis', 'margin', false, false]);
});

function pick(n: ReturnType<typeof provisionNumber>) {
  return n && [n.first, n.last, n.form, n.placeholder, n.suppressed];
}

const convention = (...body: string[]) => lines('CONVENTION OF THE INTERNATIONAL TELECOMMUNICATION UNION', 'CHAPTER I', ...body);
const numbering = (text: string) => check(text).findings.filter((f) => f.code.startsWith('numbering')).map((f) => `${f.code} ${f.message}`);

test('a clause number typed twice is a repeat, not text: J.1\'s `6.1188 quinties`, J.383\'s second `3.`', () => {
  // J.1 (01/2019) clause 6 as imported (mn-samples-itu, docs/text-kinds.md): `quinquies` misspelt after a space.
  // Before, a number, a space and lower-case words that did not continue the numbering was a table cell: lost.
  const j1 = (...body: string[]) => lines('Recommendation ITU-T J.1', '', '6\tDefinitions',
    '6.1188\tsubscriber [b-ITU-T J.295]: The registered subscriber (representative) to the cable TV service.',
    '6.1188bis subscriber [b-ITU-T J.360]: An entity (comprising one or more users) that is engaged in a subscription with a service provider.',
    '6.1188ter subscriber [b-ITU-T J.367]: A form of watcher that has asked the Presence service to notify it immediately of changes.',
    '6.1188quater subscriber [b-ITU-T J.380.6]: The term subscriber is used to refer to one or more members of a viewing audience.',
    ...body, '6.1189\tsubscription [b-ITU-T J.360]: A contract for service(s) between a user and a service provider.');
  // (The excerpt starts at clause 6.1188: "the list starts at" is the excerpt's, not J.1's.)
  const said = (text: string) => numbering(text).filter((f) => !f.includes('the list starts at'));
  assert.deepEqual(said(j1('6.1188 quinties subscriber [b-ITU-T J.112 Annex B], [b-ITU-T J.112 Annex C]: See definition for end user (clause 6.437).')),
    ['numbering.duplicate 6: 6.1188 appears twice in this list.']);
  assert.deepEqual(said(j1()), []);
  // A cell whose number is not the clause just read stays a cell (`6.1 for (C)`).
  assert.deepEqual(said(j1('6.1 for (C)')), []);
  // J.383 (01/2019): clause 4 typed as a second `3.` after clause 3.2 (now a test fixture, classified above).
  const j383 = (...body: string[]) => lines('Recommendation ITU-T J.383', '', '1.\tScope', 'This Recommendation defines a method.', '2.\tReferences',
    'None.', '3.\tDefinitions', '3.1\tTerms defined elsewhere', 'None.', '3.2\tTerms defined in this Recommendation', 'None.', ...body);
  assert.deepEqual(numbering(j383('3.\tAbbreviations and acronyms', 'This Recommendation uses the following abbreviations.', '4.\tConvention', 'None.')).filter((f) => !f.includes('end without a dot')),
    ['numbering.duplicate 3 appears twice in this list.']);
  // A numbered step after clause 3.2 (a sentence, not a title) is text, as before.
  assert.deepEqual(numbering(j383('3.\tWhen the receiver is switched on, the stream is read again.', '4.\tConvention', 'None.')).filter((f) => !f.includes('end without a dot')), []);
});

test('CS/CV: numbers run straight through SECTION and ARTICLE headings; ITU placeholders and annex numbers are no gaps', () => {
  const text = convention(
    'SECTION 1', 'ARTICLE 1', 'Plenipotentiary Conference',
    '1\t1\t(1) The Plenipotentiary Conference shall be convened …', '2\t(2) If practicable, …',
    'SECTION 2', 'ARTICLE 4', 'The Council',
    '50\t1\tThe Council shall …',
  );
  // 3 … 49 are missing: the one finding is that gap, not "SECTION 2: the list starts at 50".
  assert.deepEqual(numbering(text), ['numbering.gap After No. 2 comes No. 50: the numbers between are missing (a removed provision keeps its number with (SUP)).']);
  assert.deepEqual(numbering(convention(
    '165\t…', '166 and 167\tPP-98\t(SUP)', '168\t…', 'ARTICLE 20', '169\t…', '170 to 467\tPP-98\t(SUP)', '468\t…',
    'ANNEX', 'Definition of certain terms used in this Convention', '1001\tExpert: …', '1002\tObserver: …',
  )), []);
  assert.deepEqual(numbering(convention('10\t…', '12\t…', '11\t…')), ['numbering.order No. 11 comes after No. 12: provision numbers go forward.']);
  assert.deepEqual(numbering(convention('10\t…', '10\t…')), ['numbering.duplicate No. 10 appears twice.']);
  // One fault, one finding: a repeat judged against the highest before it (`3 4 5 4 6`), a number too high
  // (`221A 2218 222 223`, the CS as published) reported where the run goes on, a swap (`10 12 11 13`).
  assert.deepEqual(numbering(convention('3\t…', '4\t…', '5\t…', '4\t…', '6\t…')), ['numbering.duplicate No. 4 appears twice.']);
  assert.deepEqual(numbering(convention('221\t…', '221A\t…', '2218\t…', '222\t…', '223\t…', '224\t…')).map((m) => m.split(' ').slice(0, 3).join(' ')),
    ['numbering.gap After No.', 'numbering.order No. 222']);
  assert.deepEqual(numbering(convention('10\t…', '12\t…', '11\t…', '13\t…')).map((m) => m.split(' ')[0]), ['numbering.order']);
  // A swap is one finding as it is in the Radio Regulations (`5.3 5.5 5.4`), not a gap before 12 as well; two faults stay two.
  assert.deepEqual(numbering(lines('RADIO REGULATIONS', '5.3\t…', '5.5\t…', '5.4\t…', '5.6\t…')).map((m) => m.split(' ')[0]), ['numbering.order']);
  assert.deepEqual(numbering(convention('10\t…', '12\t…', '11\t…', '14\t…')).map((m) => m.split(' ')[0]), ['numbering.order', 'numbering.gap']);
  assert.deepEqual(numbering(convention('10\t…', '13\t…', '11\t…', '14\t…')).map((m) => m.split(' ')[0]), ['numbering.gap', 'numbering.order']);
});

test('A proposal restating CS Nos. 3, 4, 5 is an excerpt: no "list starts at 3"', () => {
  const text = lines('MOD\tARB/14/26\tCS', '3\t(1) …', '4\t(2) …', '5\t(3) …', 'Reasons:\tClarity.');
  assert.equal(parseDocument(text).views.new.proposals[0].textKind, 'cs');
  assert.deepEqual(numbering(text), []);
});

test('Radio Regulations: provision numbers are not a clause hierarchy; placeholders and footnote cells are no list items', () => {
  const rr = lines('RADIO REGULATIONS', 'ARTICLE 5', 'Frequency allocations',
    '5.338\tIn Mongolia, …', '5.338A\tIn the bands …', '5.339\tThe bands …', 'ARTICLE 9', '9.11A\ta) …', '13.0.1\t…');
  assert.deepEqual(numbering(rr), []);
  assert.deepEqual(numbering(lines('RADIO REGULATIONS', '5.63\t(SUP - WRC-97)', '5.85\tNot used.', '5.195 and 5.196\tNot used.', '5.197\t…')), []);
  assert.deepEqual(numbering(lines('RADIO REGULATIONS', '5.339\t…', '5.338A\t…')), ['numbering.order No. 5.338A comes after No. 5.339: provision numbers go forward.']);
  // A WRC proposal: the placeholder is not a number yet, and a table cell of footnote numbers is no list.
  const wrc = lines('ADD\tUSA/12/3', '5.A11\tIn the band 5 925-6 425 MHz …', 'Reasons:\tWRC-23 agenda item 1.2.',
    'MOD\tUSA/12/4', 'FIXED', '5.149  5.338  5.338A', 'Reasons:\tConsequential.');
  assert.deepEqual(numbering(wrc), []);
  assert.deepEqual(numbering(lines('ADD\tUSA/12/3', '5.A11\t…', '5.A11\t…', 'Reasons:\tx.')).map((m) => m.split(' ')[0]), ['numbering.duplicate']);
  // The same placeholder in two ADD proposals of one contribution is found as within one, at the second.
  const twoAdds = lines('ARTICLE 5', '', 'ADD\tEUR/16/1', '5.A17\tThe band 5 725-5 850 MHz …', 'Reasons:\tx.', '', 'ADD\tEUR/16/2', '5.A17\tThe band 5 850-5 925 MHz …', 'Reasons:\tx.');
  const dup = check(twoAdds).findings.filter((f) => f.code.startsWith('numbering'));
  assert.deepEqual(dup.map((f) => `${f.code} ${f.message}`), ['numbering.duplicate The placeholder 5.A17 is used twice: each new provision takes its own.']);
  assert.ok(dup[0].start > twoAdds.indexOf('EUR/16/2'));
  // Two placeholders of their own in two ADDs are no fault.
  assert.deepEqual(numbering(lines('ARTICLE 5', '', 'ADD\tEUR/16/1', '5.A17\t…', 'Reasons:\tx.', '', 'ADD\tEUR/16/2', '5.A18\t…', 'Reasons:\tx.')), []);
});

test('Radio Regulations: a table of band numbers is no list; items after a provision are a list of their own (RR Articles 2 and 33)', () => {
  const rr = (...body: string[]) => lines('RADIO REGULATIONS', 'ARTICLE 2', ...body);
  assert.deepEqual(numbering(rr('2.1\tThe radio spectrum shall be subdivided …', 'Band number\tSymbols\tFrequency range\tMetric subdivision',
    '4\tVLF\t3 to 30 kHz\tMyriametric waves', '5\tLF\t30 to 300 kHz\tKilometric waves', '2.2\tNext.')), []);
  assert.deepEqual(numbering(rr('33.9\t§ 3 1) The urgency call …:', 'a)\tx;', 'b)\ty.', '33.9A\t2) However, …:', 'a)\tx;', 'b)\ty.')), []);
  // Inside what one provision holds, a list is still checked.
  assert.deepEqual(numbering(rr('33.9A\t2) However, …:', 'a)\tx;', 'c)\ty.')), ['numbering.gap after a) comes c); expected b).']);
});

test('CS/CV as amended: 73bis, 191bis, 191ter and 160CA between 160C and 160D are in order; a real gap is still found', () => {
  const cv = (...body: string[]) => lines('CONVENTION OF THE INTERNATIONAL TELECOMMUNICATION UNION', ...body);
  assert.deepEqual(numbering(cv('160C\tPP-98\t1) review …', '160CA\t1)bis review …', '160D\tPP-98\t2) review …')), []);
  assert.deepEqual(numbering(cv('191\te) consider …', '191bis\tf) decide …', '191ter\tg) establish …', '191A\tPP-98\t4. …', '192\t…')), []);
  assert.deepEqual(numbering(cv('215A\tPP-98\t3. …', '2158\tPP-98\t4. …', '215C\t…')).map((m) => m.split(' ')[0]), ['numbering.gap', 'numbering.order']);
});

test('Recommendation headings in the six languages, drafts, older forms and cover tables of imported texts name the kind', () => {
  for (const heading of ['Recomendación UIT‑T E.119', 'Recommandation  UIT‑T  E.119', 'Рекомендация  МСЭ‑T  E.119', 'التوصية ITU-T E.119',
    'Draft new Recommendation ITU-T J.1108 (ex J.roip-trans)', 'Draft Recommendation ITU-T J.383 (ex. J.atrans-tlvts)', 'ITU-T  RECOMMENDATION  T.88',
    'Supplement 5 to ITU-T A-series Recommendations', "Implementers' guide for ITU-T Rec. G.729 (2012)"]) {
    assert.equal(textKindOf([heading, '1\tScope']), 'recommendation-itu-t', heading);
  }
  assert.equal(textKindOf(['Recomendación UIT-R BO.600-1', '1\tx']), 'recommendation-itu-r');
  // Word import writes the cover as a pipe table; a table later in the text names no kind.
  assert.equal(textKindOf(['|   |  International Telecommunication Union |', '| --- | --- |', '|  | Recommendation  ITU‑T  E.840  |', '', '1\tScope']), 'recommendation-itu-t');
  assert.equal(textKindOf([...Array.from({ length: 70 }, (_, i) => `Line ${i}.`), '| Recommendation ITU-T Y.1 | Title |']), 'prose');
  // A sentence is no heading.
  assert.equal(textKindOf(['ITU-T Recommendation U.1 was revised by the ITU-T Study Group IX (1988-1993).']), 'prose');
});

test('Clause numbers with a dot too many or too few are one fault each, read as the clause meant (J.1108 `6.`, X.609.7 `3.16`)', () => {
  const rec = (...body: string[]) => lines('Recommendation ITU-T J.1', '1\tScope', 'Text.', ...body);
  const dotted = rec('2\tReferences', 'Text.', '3.\tOverview', 'Text.', '4\tArchitecture');
  const found = check(dotted).findings.filter((f) => f.code.startsWith('numbering'));
  assert.deepEqual(found.map((f) => [f.code, dotted.slice(f.start, f.end)]), [['numbering.stray-dot', '.']]);
  // Numbered steps `1.<TAB>When …` are text, and so is a list of titles `1.<TAB>A`, `2.<TAB>B`.
  assert.deepEqual(numbering(rec('2\tMethod', 'Two approaches:', '1.\tWhen a SRC is selected, an HRC is selected at random.', '2.\tThe pairing is fixed.', '3\tNext')), []);
  assert.deepEqual(numbering(lines('Recommendation ITU-T T.8', 'Electronic attachments:', '1.\tReference source code', '2.\tTest bitstreams', '1\tScope')), []);
  // In a Resolution `1.<TAB>` stays text.
  assert.deepEqual(numbering(lines('RESOLUTION 1 (Rev. Hammamet, 2016)', 'Title', 'resolves', '1\tx', '2.\ty')), []);
  const missing = rec('2\tReferences', '3\tDefinitions', '3.1\tTerms', '3.1.1\ta', '3.1.2\tb', '3.13\tc', '3.1.4\td', '3.2\tOther');
  const [m, ...more] = check(missing).findings.filter((f) => f.code.startsWith('numbering'));
  assert.equal(more.length, 0);
  assert.equal(m.code, 'numbering.missing-dot');
  assert.equal(m.message, '3.13 reads as 3.1.3, the clause that comes next: a dot is missing.');
  assert.equal(m.fix!.edits[0].newText, '3.1.3');
  assert.equal(missingDotReading('3.16', ['3', '1', '5']), '3.1.6');
  assert.equal(missingDotReading('3.2', ['3', '1', '5']), undefined);
  assert.equal(missingDotReading('12', ['1', '1']), '1.2');
});

test('Recommendations: value lists, N.0 clauses, definitions typed with spaces, and a contents list under `Page` are read as in the texts', () => {
  const rec = (...body: string[]) => lines('Recommendation ITU-T T.1', '1\tScope', '2\tSyntax', '2.1\tSegment types', ...body);
  // T.88 (08/2018) clause 7.3: segment types 0, 4, 6 … and `6-13<TAB>Reserved` are values, not clauses.
  assert.deepEqual(numbering(rec('The allowed types are:', '0\tSymbol dictionary – see 7.4.2.', '4\tIntermediate text region', '6\tImmediate text region',
    '62\tExtension', 'For metadata:', '0\tPage information', '5\tTables', '6-13\tReserved', '14\tExtension', '2.1.1\tRules', '3\tNext')), []);
  // A clause heading after a clause still is one (P.917: clause 7 typed twice is found).
  assert.deepEqual(numbering(rec('Text.', '2\tAgain', 'Text.')).map((m) => m.split(' ')[0]), ['numbering.duplicate']);
  // G.Imp7713.1 (05/2005): `1.0`, `2.0`, then `3`.
  assert.deepEqual(numbering(lines('Recommendation ITU-T G.1', '1.0\tIntroduction', 'Text.', '2.0\tTerms', 'Text.', '3\tDefinitions', '3.1\tx')), []);
  // J.1 (01/2019): definitions typed `6.446 entitlement …` with a space go on the numbering; a table cell `191.5 for (C)` does not.
  assert.deepEqual(numbering(lines('Recommendation ITU-T J.1', '1\tDefinitions', '1.1\tentitlement management messages (EMM)', '1.1bis entitlement management message (EMM)',
    '1.2 entitlement management messages (EMMs): The EMM …', '1.3\tentitlements', '191.5 for (C)', '1.4\tx')), []);
  // U.1 (03/93): `Page` heads the contents list.
  assert.deepEqual(numbering(lines('Recommendation ITU-T U.1', 'Page', '1\tSignalling types\t\t1', '5\tSignals preceding selection\t\t4', '5.1\tProceed-to-select signal\t\t4',
    '1\tSignalling types', 'Text.')), []);
});

test('Recommendations: Annex A clauses A.1, A.2 … (A.3 missing is found), Appendix I clauses, and a cell "Annex A of [ITU-T Q.763]"', () => {
  const rec = (...body: string[]) => lines('Recommendation ITU-T X.1', '1\tScope', 'Text.', ...body);
  assert.deepEqual(numbering(rec('Annex A', 'Title', 'A.1\tOne', 'A.2\tTwo', 'A.4\tFour')), ['numbering.gap Annex A: after A.2 comes A.4; expected A.3.']);
  assert.deepEqual(numbering(rec('Annex A', 'Title', 'A.1\tOne', 'A.1.1\tSub', 'A.2\tTwo', 'Appendix I', 'Title', 'I.1\tOne', 'I.2\tTwo')), []);
  assert.deepEqual(numbering(rec('Annex F1: Formal definition', 'F1.1\tOne', 'F1.1.1\tSub', 'F1.1.3\tThree')), ['numbering.gap F1.1: after F1.1.1 comes F1.1.3; expected F1.1.2.']);
  assert.ok(!isAnnexHeading('Annex A of [ITU-T Q.763]'));
  assert.ok(isAnnexHeading('Annex A') && isAnnexHeading('ANNEX 2 TO RESOLUTION 1 (REV. HAMMAMET, 2016)') && isAnnexHeading('Appendix I – Title'));
  // The cell does not open an annex: clause 2 still follows clause 1.
  assert.deepEqual(numbering(rec('Annex A of [ITU-T Q.763]', '2\tReferences')), []);
});

test('ITU-R letters h) then j) (RA.314-10); ITU-T and Resolutions letter h) i) j), so a missing i) is a gap there', () => {
  const letters = ['a)\tx;', 'b)\tx;', 'c)\tx;', 'd)\tx;', 'e)\tx;', 'f)\tx;', 'g)\tx;', 'h)\tx;', 'j)\tx,'];
  assert.deepEqual(numbering(lines('Recommendation ITU-R RA.1', 'The ITU Radiocommunication Assembly,', 'considering', ...letters, 'recommends', '1\tthat x.')), []);
  assert.deepEqual(numbering(lines('Recommendation ITU-R RA.1', 'The ITU Radiocommunication Assembly,', 'considering', 'a)\tx;', 'c)\tx,', 'recommends', '1\tthat x.')),
    ['numbering.gap considering: after a) comes c); expected b).']);
  assert.deepEqual(numbering(lines('RESOLUTION 1 (Rev. Hammamet, 2016)', 'Title', 'The World Telecommunication Standardization Assembly (Hammamet, 2016),', 'considering', ...letters)),
    ['numbering.gap considering: after h) comes j); expected i).']);
});

test('ITU-R: the letter expected after h) is j) (the gap message and the reletter fix), an i) there stays i); elsewhere it is i)', () => {
  const itur = (...items: string[]) => lines('Recommendation ITU-R RA.1', 'The ITU Radiocommunication Assembly,', 'considering', ...items, 'recommends', '1\tthat x.');
  const gh = ['a)\tx;', 'b)\tx;', 'c)\tx;', 'd)\tx;', 'e)\tx;', 'f)\tx;', 'g)\tx;', 'h)\tx;'];
  const text = itur(...gh, 'k)\tx,');
  assert.deepEqual(numbering(text), ['numbering.gap considering: after h) comes k); expected j).']);
  const [f] = check(text).findings.filter((x) => x.code === 'numbering.gap');
  assert.deepEqual(f.fix!.edits.map((e) => `${text.slice(e.start, e.end)}>${e.newText}`), ['k>j']);
  // h) i) k): i) is accepted after h), so the gap is after i), and the fix keeps i).
  const withI = itur(...gh, 'i)\tx;', 'k)\tx,');
  assert.deepEqual(numbering(withI), ['numbering.gap considering: after i) comes k); expected j).']);
  // g) j) h) k): h) and j) swapped is one finding, and its fix swaps them back (not g) h) i) j)).
  const swap = itur('a)\tx;', 'b)\tx;', 'c)\tx;', 'd)\tx;', 'e)\tx;', 'f)\tx;', 'g)\tx;', 'j)\tx;', 'h)\tx;', 'k)\tx,');
  const found = check(swap).findings.filter((x) => x.code.startsWith('numbering'));
  assert.deepEqual(found.map((x) => `${x.code} ${swap.slice(x.start, x.end)}`), ['numbering.order h)']);
  assert.deepEqual(found[0].fix!.edits.map((e) => `${swap.slice(e.start, e.end)}>${e.newText}`), ['j>h', 'h>j']);
  // A Resolution letters h) i) j): after h) comes k) expects i).
  assert.deepEqual(numbering(lines('RESOLUTION 1 (Rev. Hammamet, 2016)', 'Title', 'The World Telecommunication Standardization Assembly (Hammamet, 2016),', 'considering', ...gh, 'k)\tx.')),
    ['numbering.gap considering: after h) comes k); expected i).']);
});

test('.2 (E.840 has .8) is reported once (numbering.stray-dot), read as 2, and its fix removes the dot', () => {
  const text = lines('Recommendation ITU-T E.1', '1\tScope', '.2\tReferences', '3\tDefinitions');
  const { findings } = check(text);
  assert.deepEqual(findings.map((f) => f.code), ['numbering.stray-dot']);
  const [f] = findings;
  assert.equal(text.slice(f.start, f.end), '.');
  assert.equal(text.slice(0, f.start) + f.fix!.edits[0].newText + text.slice(f.end), lines('Recommendation ITU-T E.1', '1\tScope', '2\tReferences', '3\tDefinitions'));
});

test('A numbered item 1) stands under its clause and is a list of its own (Y.1543 clause 1)', () => {
  const text = lines('Recommendation ITU-T Y.1', '1\tScope', 'This Recommendation describes:', '1)\tone;', '2)\ttwo.', '2\tReferences', '2.1\tx', '3\tDefinitions');
  assert.deepEqual(numbering(text), []);
});

test('Outline: provisions of the ITRs and of a WRC proposal, and what a proposal on provisions amends', () => {
  const itr = documentSymbols(new DocumentRecord('file:///itr.itu', 1, read('itr-melbourne-1988.itu')));
  // Under their ARTICLE headings (the outline nests a text in force's provisions), in document order.
  const all = (ss: typeof itr): typeof itr => ss.flatMap((s) => [s, ...all(s.children ?? [])]);
  const numbers = all(itr).filter((s) => s.name.startsWith('No. ')).map((s) => s.name);
  assert.equal(numbers[0], 'No. 1');
  assert.equal(numbers[numbers.length - 1], 'No. 64');
  assert.equal(numbers.length, 64);
  const wrc = documentSymbols(new DocumentRecord('file:///wrc.itu', 1, lines('MOD\tUSA/12/4', '5.338A\tIn the bands …', '5.339\tThe bands …', 'Reasons:\tx.')));
  assert.equal(wrc[0].detail, 'RR 5.338A to 5.339');
  assert.deepEqual(wrc[0].children!.map((s) => s.name), ['5.338A', '5.339']);
});

test('Word: the ITRs and an ITU-R Recommendation go to .docx and back unchanged (provisions, calls after the Assembly formula)', async () => {
  for (const name of ['itr-melbourne-1988.itu', 'R-REC-RA.314-10-200306.itu']) {
    const text = read(name);
    const { after, text: back } = await roundTrip(text);
    const nonBlank = (t: string) => t.split(/\r?\n/).filter((l) => l.trim() !== '');
    assert.deepEqual(nonBlank(back), nonBlank(text), name);
    assert.equal(after.views.new.textKind, parseDocument(text).views.new.textKind, name);
  }
});

test('Recommendations: table cells and quantities are no clauses; a) 1) 2) b) and 1) a) b) 2) nest as written', () => {
  const rec = (...body: string[]) => lines('Recommendation ITU-T G.1', '1\tScope', ...body);
  // G.698.2 Table 7-3 and 8-x cells, J.Sup6 table, Q.850 figure rows and Table 1 cells.
  assert.deepEqual(numbering(rec('Ratio', '3.0', '4.2 × 10−5', '3.5', '7.7 × 10−7', '191.5 for (C)', '186.0 for (L)', '5.274 Mbaud',
    '3\t1', '0\t\toctet continues', '2.1.4 of [ITU-T Q.764]', '2\tReferences')), []);
  // X.500 clause A.1: numbered items under a letter; Y.1543 clause 7: letters under numbered items.
  assert.deepEqual(numbering(rec('Text:', 'a)\tone:', '1)\tx;', '2)\ty;', 'b)\ttwo.', '2\tNext', 'Text:', '1)\tfor customers:', 'a)\tx;', 'b)\ty;', '2)\tfor SPs:', 'a)\tx.')), []);
  // A new list after text is a new list (Z.100 Annex F2).
  assert.deepEqual(numbering(rec('Text:', 'a)\tone;', 'b)\ttwo.', 'More text.', '1)\tstep:', 'a)\tx;', 'b)\ty.', '2)\tstep.')), []);
  // A clause number after a stray space (T.88 ` 3.10`, Q.850 ` 6.2.6.7`).
  assert.deepEqual(numbering(rec('1.1\tx', ' 1.2\ty', '1.3\tz')), []);
  // The same forms in a Resolution keep the looser reading of `1.1 that …` (PP-18 Final Acts).
  assert.equal(parseDocument(lines('DECISION 5 (Rev. Dubai, 2018)', 'Title', 'decides', '1\tthat x:', '1.1 that y;')).views.new.paragraphs[4].kind, 'item');
});

test('Annex clause numbers with a space before the TAB (D.000 Annex A writes "A.30 <TAB>Cost oriented")', () => {
  assert.deepEqual(numbering(lines('Recommendation ITU-T D.0', 'Annex A', 'Definitions', 'A.1\tx', 'A.2 \ty', 'A.3\tz')), []);
});

test('Only the annex the text stands in gives clause numbers: E.164 in a list of Recommendations is no clause (J.1)', () => {
  assert.deepEqual(numbering(lines('Recommendation ITU-T J.1', '1\tScope', '2\tReferences', 'E.164\tThe international public telecommunication numbering plan', 'H.248\tGateway control protocol')), []);
  assert.deepEqual(numbering(lines('Recommendation ITU-T J.1', '1\tScope', 'Annex B', 'Title', 'B.1\tOne', 'B.3\tThree')), ['numbering.gap Annex B: after B.1 comes B.3; expected B.2.']);
});

test('In a MOD a clause number is text in force: the dot fixes change it through revision marks', () => {
  const text = lines('Recommendation ITU-T J.1', '', 'MOD\tX/1/1', '3.1\tTerms', '3.1.1\ta', '3.1.2\tb', '3.13\tc', '3.1.4\td', 'Reasons:\tx.');
  const [m] = check(text).findings.filter((f) => f.code === 'numbering.missing-dot');
  assert.deepEqual(m.fix!.edits.map((e) => [text.slice(e.start, e.end), e.newText]), [['3.13', '{~~3.13~>3.1.3~~}']]);
  const after = applyEdits(text, m.fix!.edits);
  assert.equal(parseDocument(after).views.old.text, parseDocument(text).views.old.text);
});
