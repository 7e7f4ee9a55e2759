// Base texts by provision (issue 10): the instruments of a workspace by provision number, proposals on
// provisions compared with them, excerpts checked as excerpts, placeholders, compile targets.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import {
  amendedResolutions,
  applyEdits,
  BaseIndex,
  checkDocument,
  compileTarget,
  formatRef,
  instrumentEdition,
  instrumentHeading,
  listProposals,
  mergedDraft,
  mentionsIn,
  nextPlaceholders,
  parseDocument,
  parseRef,
  provisionNumberAt,
  trackRevisions,
  type CompileSource,
  type Finding,
} from '../../server/src/core';
import * as os from 'os';
import { run } from '../../server/src/cli/main';
import { createItuService } from '../../server/src/service/service';
import { MemoryWorkspace } from '../support/memoryWorkspace';
import { lines, ROOT } from './helpers';

const FIXTURES = path.join(ROOT, 'test/fixtures/provisions');
/** Recommendation ITU-T A.1 (10/2016), converted from ITU's Word file (test/corpus-kinds/README.md). */
const A1 = path.join(ROOT, 'test/corpus-kinds/T-REC-A.1-201610.itu');

/** The fixture folder as a workspace: its base texts indexed, every file parsed. */
function workspace(extra: Record<string, string> = {}): { index: BaseIndex; sources: CompileSource[] } {
  const index = new BaseIndex();
  const sources: CompileSource[] = [];
  const files: [string, string][] = fs.readdirSync(FIXTURES).filter((f) => f.endsWith('.itu')).map((f) => [f, fs.readFileSync(path.join(FIXTURES, f), 'utf8')]);
  files.push([path.basename(A1), fs.readFileSync(A1, 'utf8')]);
  // In path order, as the CLI reads a folder.
  for (const [location, text] of files.concat(Object.entries(extra)).sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const doc = parseDocument(text);
    index.update(location, text, doc);
    sources.push({ location, doc });
  }
  return { index, sources };
}

function findings(text: string, index = workspace().index): { text: string; findings: Finding[] } {
  return { text, findings: checkDocument(parseDocument(text), { bases: index.lookup }) };
}

/** Each finding as `code "text it points at"`, in order. */
function summary(r: { text: string; findings: Finding[] }): string[] {
  return r.findings.map((f) => `${f.code} "${r.text.slice(f.start, f.end)}"`);
}

const fixture = (name: string) => fs.readFileSync(path.join(FIXTURES, name), 'utf8');

describe('provision references', () => {
  test('read as the instrument and the provision, and written back the same way', () => {
    const cases: [string, string][] = [
      ['RR 5.338A', 'RR 5.338A'],
      ['RR No. 9.11A', 'RR 9.11A'],
      ['Radio Regulations 5.a11', 'RR 5.A11'],
      ['CS 168', 'CS 168'],
      ['Constitution No. 3A', 'CS 3A'],
      // The Latin insertion words of the CS and CV (`73bis`, `191ter`): before, `compile CS 73bis` named no provision.
      ['CS 73bis', 'CS 73bis'],
      ['CV No. 191TER', 'CV 191ter'],
      ['CV 42', 'CV 42'],
      ['A.1 clause 1.4', 'A.1 clause 1.4'],
      ['Recommendation ITU-T A.1 clause 1.4', 'ITU-T A.1 clause 1.4'],
      ['ITU-R M.1036 § 2', 'ITU-R M.1036 clause 2'],
      ['Resolution 52 resolves 2', 'Resolution 52 resolves 2'],
      ['Resolution 52 (Rev. Hammamet, 2016) considering a)', 'Resolution 52 considering a)'],
    ];
    for (const [input, written] of cases) {
      const ref = parseRef(input);
      assert.ok(ref, input);
      assert.equal(formatRef(ref), written, input);
    }
    assert.deepEqual(parseRef('Radio Regulations'), parseRef('RR'));
    assert.equal(parseRef('RR')!.provision, undefined);
    assert.equal(parseRef('the meeting report'), undefined);
    // More than one number, or words: the instrument alone.
    assert.deepEqual(parseRef('CS three'), { instrument: parseRef('CS')!.instrument });
    assert.equal(formatRef(parseRef('CS Nos. 3 to 5')!), 'CS');
    assert.equal(formatRef(parseRef('(CV 5)')!), 'CV 5');
  });

  test('instrument headings and provision numbers per kind', () => {
    assert.equal(instrumentHeading('CONSTITUTION OF THE INTERNATIONAL TELECOMMUNICATION UNION')?.name, 'CS');
    assert.equal(instrumentHeading('CONVENTION OF THE INTERNATIONAL TELECOMMUNICATION UNION')?.name, 'CV');
    assert.equal(instrumentHeading('Recommendation ITU-T A.1 (09/2019)')?.key, 'rec a.1');
    assert.equal(instrumentHeading('This Recommendation ITU-T A.1 applies.'), undefined);
    // In French and Spanish too; a title with its edition still is one, a name that starts with it is not
    // (`Radio Regulations Board`, the title of CS Article 14, had the CS provisions after it taken for the RR's).
    assert.equal(instrumentHeading("CONSTITUTION DE L'UNION INTERNATIONALE DES TÉLÉCOMMUNICATIONS")?.name, 'CS');
    assert.equal(instrumentHeading('CONVENIO DE LA UNIÓN INTERNACIONAL DE TELECOMUNICACIONES')?.name, 'CV');
    assert.equal(instrumentHeading('RÈGLEMENT DES RADIOCOMMUNICATIONS')?.name, 'RR');
    assert.equal(instrumentHeading('Recomendación UIT-T A.1 (09/2019)')?.key, 'rec a.1');
    assert.equal(instrumentHeading('RADIO REGULATIONS (Edition of 2020)')?.name, 'RR');
    assert.equal(instrumentHeading('Radio Regulations Board'), undefined);
    assert.deepEqual(provisionNumberAt('5.338A\tIn the frequency bands', 'RR')?.numbers, ['5.338A']);
    assert.deepEqual(provisionNumberAt('5.195 and 5.196\tNot used.', 'RR')?.numbers, ['5.195', '5.196']);
    assert.deepEqual(provisionNumberAt('5.63\t(SUP - WRC-97)', 'RR')?.numbers, ['5.63']);
    assert.deepEqual(provisionNumberAt('166 and 167\tPP-98\t(SUP)', 'CV')?.numbers, ['166', '167']);
    assert.deepEqual(provisionNumberAt('3A\tabis)\tto promote', 'CS')?.numbers, ['3A']);
    // Headings close the provision before them (RR Article 9's sub-sections).
    const rr = parseDocument(lines('RADIO REGULATIONS', '9.11\tText of 9.11.', 'Sub-Section IIA – Requirement and request for coordination', '9.11A\tText of 9.11A.'));
    const nine = new BaseIndex();
    nine.update('rr9.itu', rr.text, rr);
    assert.deepEqual(nine.instrument('rr')!.provisions.get('9.11')!.paragraphs, ['9.11\tText of 9.11.']);
    // A cell of the Table of Frequency Allocations names provisions; it is not one.
    assert.equal(provisionNumberAt('5.149\t5.338\t5.338A', 'RR'), undefined);
    // A number alone is a provision only in a proposal (SUP 5.338).
    assert.equal(provisionNumberAt('5.338', 'RR'), undefined);
    assert.deepEqual(provisionNumberAt('5.338', 'RR', true)?.numbers, ['5.338']);
  });

  test('mentions in running text', () => {
    const m = mentionsIn('except those provided for by No. 5.422, see also CS 168 and No. 42 of the Convention (Resolution No. 2 aside).');
    assert.deepEqual(m.map((x) => [x.provision, x.instrument?.name]), [['5.422', 'RR'], ['168', 'CS'], ['42', 'CV']]);
  });
});

describe('the base index by provision', () => {
  test('knows each instrument of the workspace and its provisions by number', () => {
    const { index } = workspace();
    const names = index.instruments().map((i) => `${i.instrument.name} ${i.location}`);
    assert.deepEqual(names, ['ITU-T A.1 T-REC-A.1-201610.itu', 'CS cs-article1.itu', 'RR rr-article5.itu']);
    const rr = index.instrument('rr')!;
    assert.deepEqual([...rr.provisions.keys()], ['5.337', '5.337A', '5.338', '5.338A', '5.339', '5.339A', '5.340', '5.341']);
    // A provision runs over the paragraphs that continue it (the bands listed under 5.340).
    assert.deepEqual(rr.provisions.get('5.340')!.paragraphs, ['5.340\tAll emissions are prohibited in the following bands:', '1 400-1 427 MHz,', '2 690-2 700 MHz,\texcept those provided for by No. 5.422,']);
    // Headings and their titles are not part of the provision before them.
    assert.equal(index.instrument('cs')!.provisions.get('1')!.paragraphs.length, 1);
    // A.1's table of contents (`1.4<TAB>Conduct of meetings<TAB><TAB>2`) is not where clause 1.4 is.
    const a1 = index.instrument('rec a.1')!;
    assert.deepEqual(a1.provisions.get('1.4')!.paragraphs, ['1.4\tConduct of meetings']);
    assert.match(a1.provisions.get('1.5.1')!.paragraphs[1], /^–\tList the appropriate Question numbers/);
    assert.ok(a1.provisions.has('3.4.1') && !a1.provisions.has('3.4.2'));
    assert.deepEqual(index.placeholders(), ['5.A11', '5.A12']);
  });

  test('a Resolution in force gives its clauses by call and label', () => {
    const index = new BaseIndex();
    index.update('res52.itu', fs.readFileSync(path.join(ROOT, '../shared/examples/res52-dubai-2012.itu'), 'utf8'));
    const res = index.instrument('resolution 52')!;
    assert.ok(res.provisions.has('instructs 2'), [...res.provisions.keys()].join(', '));
    assert.ok(res.provisions.has('considering a)'));
    assert.ok(res.provisions.has('recognizing further c) iv)'));
    assert.match(res.provisions.get('instructs 2')!.paragraphs[0], /^2\t/);
    assert.equal(formatRef(parseRef('Resolution 52 recognizing further c) iv)')!), 'Resolution 52 recognizing further c) iv)');
  });

  test('a file that changes what it holds changes the generation; the same text again does not', () => {
    const index = new BaseIndex();
    const text = fixture('cs-article1.itu');
    index.update('cs.itu', text);
    const g = index.generation;
    index.update('cs.itu', text);
    assert.equal(index.generation, g);
    index.update('cs.itu', text.replace('all kinds;', 'all kinds and forms;'));
    assert.equal(index.generation, g + 1);
    index.delete('cs.itu');
    assert.equal(index.instrument('cs'), undefined);
  });
});

describe('proposals on provisions (WRC, PP, Recommendation)', () => {
  test('WRC: MOD, SUP, NOC and ADD on Radio Regulations provisions get only the untracked change and the id fault', () => {
    const r = findings(fixture('wrc-eur-16a1.itu'));
    assert.deepEqual(summary(r), ['base.untracked-change "primary"', 'proposal.sequence "7"']);
    assert.match(r.findings[0].message, /base says 'secondary', draft says 'primary' \(base: rr-article5\.itu\)/);
    // Its fix writes the change as marks, and then the file is clean of untracked changes.
    const after = applyEdits(r.text, r.findings[0].fix!.edits);
    assert.match(after, /\{~~secondary~>primary~~\}/);
    // Now modified, No. 5.339 (no note in force) takes WRC-27's note (review 9, J9).
    assert.deepEqual(summary(findings(after)), ['provision.wrc-note "5.339"', 'proposal.sequence "7"']);
  });

  test('WRC: without the Radio Regulations in the workspace, each MOD says so once (information), SUP and NOC do not', () => {
    const r = findings(fixture('wrc-eur-16a1.itu'), new BaseIndex());
    // MOD 5.339, changed without marks, can then only be a MOD that changes nothing.
    assert.deepEqual(r.findings.map((f) => `${f.code} ${f.severity}`),
      ['base.not-found information', 'proposal.mod-without-changes warning', 'base.not-found information', 'base.not-found information', 'proposal.sequence error']);
    assert.match(r.findings[0].message, /^No text of the RR in the workspace: MOD 5\.338A cannot be compared/);
  });

  test('PP: a MOD restating CS Nos. 3, 4 and 5 is an excerpt (no "list starts at 3"), compared with the Constitution', () => {
    const r = findings(fixture('pp-arb-14a1.itu'));
    // The excerpt goes from No. 3 to No. 4: the Constitution in force has No. 3A between them (left out with no `…`).
    assert.deepEqual(summary(r), ['base.provision-gap "4"', 'base.untracked-change "their"', 'proposal.sequence "4"', 'base.provision-not-found "3B"']);
    assert.match(r.findings[1].message, /base says 'most', draft leaves it out/);
    assert.equal(r.findings[3].severity, 'error');
  });

  test('PP: without the Constitution in the workspace the excerpt still gets no numbering finding', () => {
    const text = fixture('pp-arb-14a1.itu');
    const alone = checkDocument(parseDocument(text)).map((f) => f.code);
    assert.deepEqual(alone, ['proposal.sequence']);
  });

  test('Recommendation: clause 1.4 of A.1 (10/2016) restated is an excerpt; continuity inside it is checked', () => {
    const r = findings(fixture('rec-usa-12a1.itu'));
    assert.deepEqual(summary(r), [
      'numbering.duplicate "1.4.2"',
      'base.untracked-change "three"',
      'proposal.sequence "2"',
      'base.provision-not-found "1.4.9"',
    ]);
    assert.match(r.findings[0].message, /1\.4\.2 appears twice/);
    assert.match(r.findings[1].message, /base says 'two', draft says 'three' \(base: T-REC-A\.1-201610\.itu\)/);
    assert.match(r.findings[3].message, /ITU-T A\.1 clause 1\.4\.9/);
    // The relettering fix writes 1.4.3 for the clause in force that the insertion pushed down.
    assert.match(applyEdits(r.text, r.findings[0].fix!.edits), /\n1\.4\.\{~~2~>3~~\}\tThe chairman is authorized/);
  });

  test('an elision in a MOD of provisions: at the end it stands for the rest; numbers after it may skip, not repeat', () => {
    // 5.340's bands left out after its first paragraph: no change (before, the trailing … was dropped and the bands "left out").
    const end = findings(lines('ARTICLE 5', '', 'MOD\tX/1/1', '5.340\tAll emissions are {++strictly ++}prohibited in the following bands:', '…', 'Reasons:\tx.'));
    assert.deepEqual(summary(end), []);
    const numbering = (...ls: string[]) => summary(findings(lines('CONSTITUTION OF THE INTERNATIONAL TELECOMMUNICATION UNION', '', 'MOD\tX/1/1', ...ls, 'Reasons:\tx.'), new BaseIndex())).filter((s) => s.startsWith('numbering'));
    assert.deepEqual(numbering('3\tx {++y++}.', '…', '7\tx.'), []);
    assert.deepEqual(numbering('3\tx {++y++}.', '…', '3\tx.'), ['numbering.duplicate "3"']);
    // Labels of an excerpt likewise (ITU-T A.1 practice: `…` for what is left out).
    const labels = findings(lines('MOD\tX/1/1', 'c)\tx {++y++};', '…', 'c)\tx.', 'Reasons:\tx.'), new BaseIndex());
    assert.deepEqual(summary(labels).filter((s) => s.startsWith('numbering')), ['numbering.duplicate "c)"']);
    const skip = findings(lines('MOD\tX/1/1', 'c)\tx {++y++};', '…', 'f)\tx.', 'Reasons:\tx.'), new BaseIndex());
    assert.deepEqual(summary(skip).filter((s) => s.startsWith('numbering')), []);
  });

  test('a number that goes backwards is one fault: a swap, or a number typed too high', () => {
    const numbering = (...ls: string[]) => summary(findings(lines('CONSTITUTION OF THE INTERNATIONAL TELECOMMUNICATION UNION', '', ...ls), new BaseIndex())).filter((s) => s.startsWith('numbering'));
    // 72 and 71 swapped: one fault, reported where 71 goes back (no gap before 72 as well); 73 follows 72.
    assert.deepEqual(numbering('70	x.', '72	x.', '71	x.', '73	x.'), ['numbering.order "71"']);
    // 2218 typed for 221B (the Constitution as converted from the Dutch treaty database): the numbers after it
    // go on from 221A, not from 2218.
    assert.deepEqual(numbering('221	x.', '221A	x.', '2218	x.', '221C	x.', '222	x.'), ['numbering.gap "2218"', 'numbering.order "221C"']);
  });

  test('an excerpt starting at 1.4 or c) is no "list starts at" fault, but a gap inside it is', () => {
    const letters = findings(lines('MOD\tX/1/1', 'c)\tone;', 'd)\ttwo;', 'f)\tthree.', 'Reasons:\tx.'), new BaseIndex());
    assert.deepEqual(summary(letters).filter((s) => s.startsWith('numbering')), ['numbering.gap "f)"']);
    // Under a Recommendation's heading (without one, a dotted number alone may be a Radio Regulations provision).
    const clauses = findings(lines('Recommendation ITU-T A.1', '', 'MOD\tX/1/1', '1.4\tText.', 'a)\tone;', 'b)\ttwo.', '1.6\tMore.', 'Reasons:\tx.'), new BaseIndex());
    assert.deepEqual(summary(clauses).filter((s) => s.startsWith('numbering')), ['numbering.gap "1.6"']);
    // Annex clauses restated without their Annex heading are read under that annex: A.2.2.2 before A.2.2.1 is out of order
    // (one swap, one finding: not also "the list starts at A.2.2.2").
    const annex = findings(lines('Recommendation ITU-T A.1', '', 'MOD\tX/1/1', 'A.2.2\tText {++more++}.', 'A.2.2.2\tTwo.', 'A.2.2.1\tOne.', 'Reasons:\tx.'), new BaseIndex());
    assert.deepEqual(summary(annex).filter((s) => s.startsWith('numbering')), ['numbering.order "A.2.2.1"']);
    // Clause numbers restated out of order after text are out of order, not a new list (2, text, 1, 3).
    const swapped = findings(lines('Recommendation ITU-T A.1', '', 'MOD\tX/1/1', '2\tGeneral', 'Text {++more++}.', '1\tScope of it.', 'Text.', '3\tMore of it.', 'Reasons:\tx.'), new BaseIndex());
    assert.deepEqual(summary(swapped).filter((s) => s.startsWith('numbering')), ['numbering.order "1"']);
    // Inside a restated clause its own list starts as lists do: the items before c) would be missing.
    const inside = findings(lines('Recommendation ITU-T A.1', '', 'MOD\tX/1/1', '1.4\tText.', 'c)\tone;', 'Reasons:\tx.'), new BaseIndex());
    assert.deepEqual(summary(inside).filter((s) => s.startsWith('numbering')), ['numbering.gap "c)"']);
  });

  test('NOC and SUP reproduce the provision in force: a difference is reported and restated by the fix', () => {
    const text = lines('RADIO REGULATIONS', '', 'NOC\tX/1/1', '5.341\tIn the frequency bands 1 400-1 727 MHz, passive research is being conducted.', 'Reasons:\tx.',
      '', 'SUP\tX/1/2', '5.999', 'Reasons:\tx.', '', 'MOD\tX/1/3', '5.338B\tText {++new++}.', 'Reasons:\tx.');
    const r = findings(text);
    assert.deepEqual(summary(r), ['base.untracked-change "MHz"', 'base.untracked-change "conducted"', 'base.provision-not-found "5.999"', 'base.provision-not-found "5.338B"']);
    const untracked = r.findings.filter((f) => f.code === 'base.untracked-change');
    assert.match(untracked[0].message, /^NOC reproduces RR 5\.341 unchanged/);
    const restated = applyEdits(text, untracked[0].fix!.edits);
    assert.ok(!findings(restated).findings.some((f) => f.code === 'base.untracked-change'));
    const missing = r.findings.filter((f) => f.code === 'base.provision-not-found');
    assert.deepEqual(missing.map((f) => [text.slice(f.start, f.end), f.severity]), [['5.999', 'error'], ['5.338B', 'warning']]);
  });

  test('a proposal names its instrument by the text after its id, or by the numbers when one instrument holds them', () => {
    const header = findings(lines('MOD\tX/1/1\tCS', '5\tc)\tto promote the development of technical facilities.', 'Reasons:\tx.'));
    assert.ok(header.findings.length > 0 && header.findings.every((f) => f.code === 'base.untracked-change' && /base: cs-article1\.itu/.test(f.message)));
    // `5.337A`: only the Radio Regulations of this workspace hold it.
    const numbers = findings(lines('MOD\tX/1/1', '5.337A\tThe use of the frequency band 1 300-1 350 MHz.', 'Reasons:\tx.'));
    assert.ok(numbers.findings.some((f) => f.code === 'base.untracked-change' && /rr-article5\.itu/.test(f.message)));
    // Numbers alone are not enough: `1<TAB>Introduction` is no amendment of CS No. 1 (other words), `5` alone no CS 5.
    // Not compared, and said so rather than "changes nothing" (review 6, G9).
    const prose = findings(lines('MOD\tX/1/1', '1\tIntroduction to the working methods of study groups.', 'Reasons:\tx.'));
    assert.deepEqual(prose.findings.map((f) => f.code), ['base.provision-unidentified']);
    const bare = findings(lines('SUP\tX/1/1', '5', 'Reasons:\tx.'));
    assert.deepEqual(bare.findings.map((f) => f.code), []);
    // A Resolution's clause named after the id is compared with that clause; numbers alone under a Resolution's name are not guessed at.
    const res52 = fs.readFileSync(path.join(ROOT, '../shared/examples/res52-dubai-2012.itu'), 'utf8');
    const withRes = workspace({ 'res52.itu': res52 }).index;
    const instructs2 = withRes.instrument('resolution 52')!.provisions.get('instructs 2')!.paragraphs[0];
    assert.match(instructs2, /^2\tto initiate a study/);
    const clause = findings(lines('MOD\tX/1/1\tResolution 52 instructs 2', instructs2.replace(/;$/, ', and to report;'), 'Reasons:\tx.'), withRes);
    assert.deepEqual(clause.findings.map((f) => f.code), ['base.untracked-change']);
    const numbersOnly = findings(lines('MOD\tX/1/1\tResolution 52', '2\tSomething else entirely.', 'Reasons:\tx.'), withRes);
    assert.deepEqual(numbersOnly.findings.map((f) => f.code), ['proposal.mod-without-changes']);
    // An RR appendix numbers its paragraphs anew (AP30 § 4.1.3 is no RR No. 4.1.3): compared with AP30 only, which
    // this workspace does not hold (review 6, G6).
    const ap30 = findings(lines('APPENDIX 30 (REV.WRC-19)', '', 'MOD\tX/1/1', '5.338\tIn Kyrgyzstan, something else.', 'Reasons:\tx.'));
    assert.deepEqual(ap30.findings.map((f) => f.code), ['proposal.mod-without-changes', 'base.not-found']);
    assert.match(ap30.findings[1].message, /No text of the RR AP30 in the workspace/);
    // An instrument the workspace does not hold: said once, as information.
    const none = findings(lines('CONVENTION OF THE INTERNATIONAL TELECOMMUNICATION UNION', '', 'MOD\tX/1/1', '42\tText.', '43\tMore text.', 'Reasons:\tx.'));
    assert.deepEqual(none.findings.map((f) => [f.code, f.severity]), [['proposal.mod-without-changes', 'warning'], ['base.not-found', 'information']]);
    assert.match(none.findings[1].message, /No text of the CV in the workspace/);
  });
});

describe('what a proposal restates, and of which text in force (review of the merged main)', () => {
  const CS5 = '5\tc)\tto promote the development of technical facilities and their most {~~efficient~>effective~~} operation with a view to improving the efficiency of telecommunication services, increasing their usefulness and making them, so far as possible, generally available to the public;';
  const CV = lines('CONVENTION OF THE INTERNATIONAL TELECOMMUNICATION UNION', '', '5\tb) on a proposal of the Council.', '6\tc) on a proposal of a Member State.', '160D\t2) review progress in the implementation of the programme of work established under No. 132 of this Convention;');

  test('a heading after a proposal\'s Reasons introduces the next proposal: not read as text, nor as the instrument, of the one before', () => {
    const index = workspace({ 'cv.itu': CV }).index;
    const pp = lines('CONSTITUTION OF THE INTERNATIONAL TELECOMMUNICATION UNION', '', 'MOD\tX/1/1', CS5, 'Reasons:\tx.', '',
      'CONVENTION OF THE INTERNATIONAL TELECOMMUNICATION UNION', '', 'MOD\tX/1/2', '160D\t2) {~~review~>assess~~} progress in the implementation of the programme of work established under No. 132 of this Convention;', 'Reasons:\tx.');
    assert.deepEqual(summary(findings(pp, index)), []);
    // Named after the id: the heading after the Reasons is not restated text of CS 5.
    const named = lines('MOD\tX/1/1\tCS', CS5, 'Reasons:\tx.', '', 'CONVENTION OF THE INTERNATIONAL TELECOMMUNICATION UNION', '', 'MOD\tX/1/2', '6\tc) on a proposal of a {++single ++}Member State.', 'Reasons:\tx.');
    assert.deepEqual(summary(findings(named, index)), []);
    assert.deepEqual(listProposals([{ location: 'pp.itu', doc: parseDocument(named) }]).map((p) => p.target), ['CS 5', 'CV 6']);
    // A Recommendation's heading after the Reasons of a MOD of A.1 (the MOD is still compared with A.1).
    const rec = findings(lines('Recommendation ITU-T A.1', '', 'MOD\tX/1/1', '1.4.1\tText {++more++}.', 'Reasons:\tx.', '', 'Recommendation ITU-T X.609.7'));
    assert.ok(rec.findings.every((f) => f.code !== 'base.provision-not-found'), summary(rec).join('; '));
    assert.ok(rec.findings.some((f) => f.code === 'base.untracked-change' && /T-REC-A\.1/.test(f.message)));
  });

  test('a clause in force ends at a table\'s heading, a bibliography or a rule line, not at the end of the text', () => {
    // Excerpts of ITU-R RA.314-10 (its last clause, then Table 1) and of ITU-T X.609.7 (Annex A's last clause, then the Bibliography).
    const ra314 = lines('Recommendation ITU-R RA.314-10', '', 'recommends', '1\tthat administrations take care of radio astronomy;',
      '3\tthat administrations be asked to provide assistance in the coordination of observations of spectral lines in bands not allocated to the radio astronomy service.',
      'TABLE 1', 'Radio-frequency lines of the greatest importance to radio astronomy at frequencies below 275 GHz', '', 'TABLE 1 (end)', '', 'Notes relating to Table 1:',
      '(1)\tIf Notes (2) or (4) are not listed, the band limits are the Doppler-shifted frequencies.');
    const x6097 = lines('Recommendation ITU-T X.609.7', '', 'A.2\tRecommendation ITU-T X.609.7 over WebRTC', 'Figure A-1 shows the general procedure for Web-based content distribution.', '',
      'Bibliography', ' [b-BSON 1.1]\tBSON – Binary JSON specification Version 1.1 (2013), http://bsonspec.org', '', '_________________', 'Printed in Switzerland');
    const index = workspace({ 'ra314.itu': ra314, 'x6097.itu': x6097 }).index;
    assert.deepEqual(index.instrument('rec ra.314')!.provisions.get('3')!.paragraphs.length, 1);
    assert.deepEqual(index.instrument('rec x.609.7')!.provisions.get('A.2')!.paragraphs.length, 2);
    const rec3 = findings(lines('Recommendation ITU-R RA.314-10', '', 'MOD\tX/1/1', 'recommends', '…',
      '3\tthat administrations {~~be asked~>are invited~~} to provide assistance in the coordination of observations of spectral lines in bands not allocated to the radio astronomy service.', 'Reasons:\tx.'), index);
    assert.deepEqual(summary(rec3), []);
    const a2 = findings(lines('Recommendation ITU-T X.609.7', '', 'MOD\tX/1/1', 'A.2\tRecommendation ITU-T X.609.7 over WebRTC', 'Figure A-1 shows the {++generic ++}general procedure for Web-based content distribution.', 'Reasons:\tx.'), index);
    assert.deepEqual(summary(a2), []);
    // What the clause really leaves out is still said.
    const short = findings(lines('Recommendation ITU-T X.609.7', '', 'MOD\tX/1/1', 'A.2\tRecommendation ITU-T X.609.7 over {++the ++}WebRTC', 'Reasons:\tx.'), index);
    assert.deepEqual(summary(short).map((s) => s.split(' ')[0]), ['base.untracked-change']);
  });

  test('the margin note PP-98 of a CS or CV provision is no word of it: left out or written, no change', () => {
    // Excerpts of the Constitution and Convention (test/corpus-kinds), which carry the note after the number.
    const index = new BaseIndex();
    index.update('cs.itu', lines('CONSTITUTION OF THE INTERNATIONAL TELECOMMUNICATION UNION', '',
      '3\tPP-98\ta) to maintain and extend international cooperation among all its Member States for the improvement and rational use of telecommunications of all kinds;',
      '4\tPP-98\tb) to promote and to offer technical assistance to developing countries in the field of telecommunications;'));
    index.update('cv.itu', lines('CONVENTION OF THE INTERNATIONAL TELECOMMUNICATION UNION', '', '160D\tPP-98\t2) review progress in the implementation of the programme of work established under No. 132 of this Convention;',
      '484\tPP-94\tPP-98\t5. The Council shall determine criteria for the participation of Associates.'));
    // Two notes (CV No. 484), left out together or one of them.
    const cv484 = (line: string) => summary(findings(lines('CONVENTION OF THE INTERNATIONAL TELECOMMUNICATION UNION', '', 'MOD\tX/1/1', line, 'Reasons:\tx.'), index));
    assert.deepEqual(cv484('484\t5. The Council shall determine {++the ++}criteria for the participation of Associates.'), []);
    assert.deepEqual(cv484('484\tPP-98\t5. The Council shall determine {++the ++}criteria for the participation of Associates.'), []);
    const without = lines('CONSTITUTION OF THE INTERNATIONAL TELECOMMUNICATION UNION', '', 'MOD\tX/1/1',
      '3\ta) to maintain and extend international cooperation among all {++of ++}its Member States for the improvement and rational use of telecommunications of all kinds;',
      '4\tPP-98\tb) to promote and to offer technical assistance to developing countries in the field of telecommunications;', 'Reasons:\tx.', '',
      'CONVENTION OF THE INTERNATIONAL TELECOMMUNICATION UNION', '', 'MOD\tX/1/2', '160D\t2) {~~review~>assess~~} progress in the implementation of the programme of work established under No. 132 of this Convention;', 'Reasons:\tx.');
    assert.deepEqual(summary(findings(without, index)), []);
    // The words after it are still compared, and a change next to it is still found.
    const changed = findings(lines('CONSTITUTION OF THE INTERNATIONAL TELECOMMUNICATION UNION', '', 'MOD\tX/1/1', '3\ta) to keep and extend international cooperation among all its Member States for the improvement and rational use of telecommunications of all kinds;', 'Reasons:\tx.'), index);
    assert.deepEqual(summary(changed), ['base.untracked-change "keep"']);
  });

  test('a SUP of `A to B` or `A and B` suppresses each number by number; a number not in force is said', () => {
    // Excerpts of the Convention (CV Nos. 160E to 160G) and of RR Article 5 (Nos. 5.50 and 5.51), test/corpus-kinds.
    const index = new BaseIndex();
    index.update('cv.itu', lines('CONVENTION OF THE INTERNATIONAL TELECOMMUNICATION UNION', '', '160E\tPP-98\t3) provide guidelines for the work of study groups;',
      '160F\tPP-98\t4) recommend measures to foster cooperation and coordination with other standards bodies;', '160G\tPP-98\t5) adopt its own working procedures:'));
    index.update('rr.itu', lines('ARTICLE 5', '', '5.50\t5) The footnote references which appear in the Table below the allocated service apply to more than one of the allocated services.',
      '5.51\t6) The footnote references which appear to the right of the name of a service are applicable only to that particular service.'));
    const cv = (...body: string[]) => summary(findings(lines('CONVENTION OF THE INTERNATIONAL TELECOMMUNICATION UNION', '', 'SUP\tX/1/1', ...body, 'Reasons:\tx.'), index));
    assert.deepEqual(cv('160E to 160G'), []);
    assert.deepEqual(cv('160E and 160F'), []);
    assert.deepEqual(cv('160E to 160G\tPP-26\t(SUP)'), []);
    assert.deepEqual(cv('160E and 160H'), ['base.provision-not-found "160H"']);
    assert.deepEqual(cv('160A to 160G'), ['base.provision-not-found "160A"']);
    const rr = findings(lines('ARTICLE 5', '', 'SUP\tX/1/1', '5.50 and 5.51', 'Reasons:\tx.'), index);
    assert.deepEqual(summary(rr), []);
    // A SUP that restates the words of a provision is still compared with it.
    assert.deepEqual(cv('160E\t3) provide guidance for the work of study groups;'), ['base.untracked-change "guidance"']);
  });

  test('a proposal in Spanish or French is compared only with a text in force in its language', () => {
    const en = lines('CONSTITUTION OF THE INTERNATIONAL TELECOMMUNICATION UNION', '', 'ARTICLE 11', 'General Secretariat', '',
      '73bis\tThe Secretary-General shall act as the legal representative of the Union.', '74\tThe Secretary-General shall manage the administrative and financial aspects of the Union\'s activities.');
    const es = lines('CONSTITUCIÓN DE LA UNIÓN INTERNACIONAL DE TELECOMUNICACIONES', '', 'ARTÍCULO 11', 'Secretaría General', '',
      '73bis\tEl Secretario General será el representante legal de la Unión.', '74\tEl Secretario General se encargará de los aspectos administrativos y financieros de las actividades de la Unión.');
    // The document's language from its cover (`Original: Español`), as ITU's documents give it.
    const proposal = (body: string) => lines('Original:\tEspañol', '', 'CONSTITUCIÓN DE LA UNIÓN INTERNACIONAL DE TELECOMUNICACIONES', '', 'MOD\tIAP/46/1', body, 'Motivos:\tClaridad.');
    const english = new BaseIndex();
    english.update('cs-en.itu', en);
    const alone = findings(proposal('73bis\tEl Secretario General será el representante {++único++} legal de la Unión.'), english);
    assert.deepEqual(alone.findings.map((f) => [f.code, f.severity]), [['base.not-found', 'information']]);
    assert.match(alone.findings[0].message, /No text of the CS \(es\) in the workspace: MOD 73bis/);
    const both = new BaseIndex();
    both.update('cs-en.itu', en);
    both.update('cs-es.itu', es);
    assert.deepEqual(summary(findings(proposal('73bis\tEl Secretario General será el representante {++único++} legal de la Unión.'), both)), []);
    assert.deepEqual(summary(findings(proposal('73bis\tEl Secretario General será el representante legal de toda la Unión.'), both)), ['base.untracked-change "toda"']);
    // The English proposal is still compared with the English text.
    assert.deepEqual(summary(findings(lines('MOD\tX/1/1\tCS', '73bis\tThe Secretary-General shall act as the sole legal representative of the Union.', 'Reasons:\tx.'), both)), ['base.untracked-change "sole"']);
  });

  test('an ADD of a number the text in force already has is said (base.provision-exists); a new number or a placeholder is not', () => {
    // Found by review: `ADD … 5.11` when RR No. 5.11 exists, `ADD … 5` under the Constitution, gave nothing.
    const rr = lines('RADIO REGULATIONS', '', 'ARTICLE 5', '', '5.10\ta) the area between A and B.', '5.11\tb) the area between B and C.');
    const index = new BaseIndex();
    index.update('rr.itu', rr);
    index.update('cv.itu', CV);
    const add = (number: string, heading = 'ARTICLE 5') => summary(findings(lines(heading, '', 'ADD\tX/1/1', `${number}\tThe new provision.`, 'Reasons:\tx.'), index));
    assert.deepEqual(add('5.11').map((s) => s.split(' ')[0]), ['base.provision-exists']);
    assert.match(findings(lines('ARTICLE 5', '', 'ADD\tX/1/1', '5.11\tThe new provision.', 'Reasons:\tx.'), index).findings[0]!.message, /^ADD of RR 5\.11: /);
    assert.deepEqual(add('5.11A'), []);
    assert.deepEqual(add('5.A1'), []);
    assert.deepEqual(add('6', 'CONVENTION OF THE INTERNATIONAL TELECOMMUNICATION UNION').map((s) => s.split(' ')[0]), ['base.provision-exists']);
    assert.deepEqual(add('6A', 'CONVENTION OF THE INTERNATIONAL TELECOMMUNICATION UNION'), []);
    // The free number advised fits the instrument (review defect 7): a Convention ADD at a PP is told
    // an inserted number, never a WRC placeholder; the RR both; a number with a letter takes the next.
    const message = (number: string, heading = 'ARTICLE 5') => findings(lines(heading, '', 'ADD\tX/1/1', `${number}\tThe new provision.`, 'Reasons:\tx.'), index).findings[0]!.message;
    const cv = message('6', 'CONVENTION OF THE INTERNATIONAL TELECOMMUNICATION UNION');
    assert.match(cv, /an inserted number such as 6A\)/);
    assert.doesNotMatch(cv, /WRC|5\.A1/);
    assert.match(message('5.11'), /an inserted number such as 5\.11A, or a WRC placeholder such as 5\.A1\)/);
    index.update('rr.itu', lines('RADIO REGULATIONS', '', 'ARTICLE 5', '', '5.11B\tc) the area between C and D.'));
    assert.match(message('5.11B'), /such as 5\.11C, or a WRC placeholder such as 5\.A1\)/);
    // The number advised is free: none the text in force has (5.446A to C in force: 5.446D, review E7) …
    index.update('rr.itu', lines('RADIO REGULATIONS', '', 'ARTICLE 5', '', '5.446	x.', '5.446A	y.', '5.446B	z.', '5.446C	w.'));
    assert.match(message('5.446'), /an inserted number such as 5\.446D, /);
    // … nor one the contribution adds itself.
    const both = findings(lines('ARTICLE 5', '', 'ADD	X/1/1', '5.446	The new provision.', '5.446D	Another.', 'Reasons:	x.'), index).findings;
    assert.match(both.find((f) => f.code === 'base.provision-exists')!.message, /an inserted number such as 5\.446E, /);
  });

  test('an excerpt that leaves out a provision in force with no elision is said (base.provision-gap); with `…` it is not', () => {
    // Issue 10's review: CS 3, 4 restated without No. 3A between them gave nothing (3 → 4 is a run of numbers).
    const cs = fixture('cs-article1.itu').split(/\r?\n/);
    const at = (n: string) => cs.find((l) => l.startsWith(`${n}\t`))!;
    const pp = (...body: string[]) => findings(lines('CONSTITUTION OF THE INTERNATIONAL TELECOMMUNICATION UNION', '', 'MOD\tX/1/1', ...body, 'Reasons:\tx.'));
    const three = at('3').replace('maintain', '{++strengthen, ++}maintain');
    const r = pp(three, at('4'));
    assert.deepEqual(summary(r), ['base.provision-gap "4"']);
    assert.match(r.findings[0].message, /^After 3 comes 4, but the text in force has 3A between them/);
    // The fix writes the elision before No. 4; its alternative restates No. 3A as in force. Either leaves nothing to say.
    const elided = applyEdits(r.text, r.findings[0].fix!.edits);
    assert.ok(elided.includes(`${three}\n…\n${at('4')}`));
    assert.deepEqual(summary(findings(elided)), []);
    const restated = applyEdits(r.text, r.findings[0].fix!.alternatives![0].edits);
    assert.deepEqual(summary(findings(restated)), []);
    assert.deepEqual(summary(pp(three, at('3A'), at('4'))), []);
    // A gap the numbers show is numbering.gap's alone, and a swap numbering.order's: one fault, one finding.
    assert.deepEqual(summary(pp(three, at('5'))), ['numbering.gap "5"']);
    assert.deepEqual(summary(pp(three, at('4'), at('3A'))).filter((x) => !x.startsWith('base.untracked')), ['numbering.order "3A"']);
    // NOC restating two provisions likewise.
    assert.deepEqual(summary(findings(lines('CONSTITUTION OF THE INTERNATIONAL TELECOMMUNICATION UNION', '', 'NOC\tX/1/1', at('3'), at('4'), 'Reasons:\tx.'))), ['base.provision-gap "4"']);
    // The Radio Regulations leave numbers out, so 5.338 then 5.339 says nothing by itself: the text in force has 5.338A.
    const rr = fixture('rr-article5.itu').split(/\r?\n/);
    const rrAt = (n: string) => rr.find((l) => l.startsWith(`${n}\t`))!;
    const wrc = (...body: string[]) => summary(findings(lines('ARTICLE 5', '', 'MOD\tX/1/1', ...body, 'Reasons:\tx.')));
    const first = rrAt('5.338').replace('existing', '{++the ++}existing');
    assert.deepEqual(wrc(first, rrAt('5.339')), ['base.provision-gap "5.339"']);
    assert.deepEqual(wrc(first, rrAt('5.338A'), rrAt('5.339')), []);
    // A provision ITU marks as suppressed (`5.339A (SUP - WRC-07)`) need not be restated.
    assert.deepEqual(wrc(rrAt('5.339').replace('frequency', '{++radio ++}frequency'), rrAt('5.340'), '…'), []);
    // A Recommendation: clause 1.4.3 then 1.4.5 is a gap the numbers show; 1.4.7 then 1.5 leaves nothing out of clause 1.4.
    const a1 = fs.readFileSync(A1, 'utf8').split(/\r?\n/);
    const clause = (n: string) => a1.filter((l) => l.startsWith(`${n}\t`)).pop()!;
    const rec = (...body: string[]) => summary(findings(lines('Recommendation ITU-T A.1', '', 'MOD\tX/1/1', ...body, 'Reasons:\tx.')));
    assert.deepEqual(rec(clause('1.4').replace('Conduct', '{++The ++}Conduct'), clause('1.5')), ['base.provision-gap "1.5"']);
  });

  test('an ADD whose number leaves a gap after the numbers in force is said (base.provision-gap), with the number expected', () => {
    // Issue 10's review: ADD 7 where the text in force ends at 5, A.1 clause 1.4.9 after 1.4.7, gave nothing.
    const rr = lines('RADIO REGULATIONS', '', 'ARTICLE 5', '', '5.10\ta) the area between A and B.', '5.11\tb) the area between B and C.');
    const index = new BaseIndex();
    index.update('rr.itu', rr);
    index.update('cv.itu', CV);
    index.update(path.basename(A1), fs.readFileSync(A1, 'utf8'));
    const cv = 'CONVENTION OF THE INTERNATIONAL TELECOMMUNICATION UNION';
    const add = (heading: string, ...numbers: string[]) => findings(lines(heading, '', ...numbers.flatMap((n, i) => [`ADD\tX/1/${i + 1}`, `${n}\tThe new provision.`, 'Reasons:\tx.'])), index);
    const seven = add(cv, '8');
    assert.deepEqual(summary(seven), ['base.provision-gap "8"']);
    assert.match(seven.findings[0].message, /^ADD of CV 8: the number before it in force is 6, so the next is 7/);
    assert.deepEqual(summary(findings(applyEdits(seven.text, seven.findings[0].fix!.edits), index)), []);
    // An ADD has nothing to mark: track says nothing of it (no "no base text" for the number that leaves a gap).
    const tracked = trackRevisions(parseDocument(seven.text), amendedResolutions(parseDocument(seven.text), index.lookup));
    assert.deepEqual([tracked.edits, tracked.skipped], [[], []]);
    assert.deepEqual(summary(add(cv, '7')), []);
    assert.deepEqual(summary(add(cv, '6A')), []);
    assert.deepEqual(summary(add(cv, '6B')), ['base.provision-gap "6B"']);
    // A number that follows one an earlier ADD of the contribution brings is no gap.
    assert.deepEqual(summary(add(cv, '7', '8')), []);
    // Clauses of a Recommendation: 1.4.9 after 1.4.7 (expected 1.4.8); 1.4.8 is no gap.
    const rec = add('Recommendation ITU-T A.1', '1.4.9');
    assert.deepEqual(summary(rec), ['base.provision-gap "1.4.9"']);
    assert.match(rec.findings[0].message, /the number before it in force is 1\.4\.7, so the next is 1\.4\.8/);
    assert.deepEqual(summary(add('Recommendation ITU-T A.1', '1.4.8')), []);
    // The Radio Regulations leave numbers out, and a WRC placeholder is no number yet.
    assert.deepEqual(summary(add('ARTICLE 5', '5.14')), []);
    assert.deepEqual(summary(add('ARTICLE 5', '5.A1')), []);
  });

  test('an ITU-R Recommendation\'s considering items are compared with the text in force, as its recommends clauses are', () => {
    // An excerpt of ITU-R RA.314-10 (test/corpus-kinds).
    const ra314 = lines('Recommendation ITU-R RA.314-10', '', 'The ITU Radiocommunication Assembly,', 'considering',
      'a)\tthat the development of radio astronomy has led to major technological advances;', 'b)\tthat the advancement of radio astronomy requires the protection of certain frequency bands from interference;',
      'recommends', '1\tthat administrations should afford all practicable protection to the frequencies used by radio astronomers;');
    const index = new BaseIndex();
    index.update('ra314.itu', ra314);
    assert.deepEqual([...index.instrument('rec ra.314')!.provisions.keys()], ['considering a)', 'considering b)', '1']);
    const mod = (...body: string[]) => summary(findings(lines('Recommendation ITU-R RA.314-10', '', 'MOD\tX/1/1', ...body, 'Reasons:\tx.'), index));
    assert.deepEqual(mod('considering', 'a)\tthat the development of radio astronomy has led to {~~major~>huge~~} technological advances;',
      'b)\tthat the advancement of radio astronomy needs the protection of certain frequency bands from interference;', '…'), ['base.untracked-change "needs"']);
    assert.deepEqual(mod('considering', 'a)\tthat the development of radio astronomy has led to {~~major~>huge~~} technological advances;', '…'), []);
    assert.deepEqual(mod('recommends', '1\tthat administrations should afford all reasonable protection to the frequencies used by radio astronomers;'), ['base.untracked-change "reasonable"']);
  });
});

describe('a Recommendation\'s preamble in the six languages', () => {
  // RA.314's considering a), b) and recommends 1, as each language's edition words them (calls and letters as ITU writes them).
  const editions = {
    en: ['Recommendation ITU-R RA.314-10', 'The ITU Radiocommunication Assembly,', 'considering', 'a)\tthat the development of radio astronomy has led to major technological advances;', 'b)\tthat the advancement of radio astronomy requires the protection of certain frequency bands;', 'recommends', '1\tthat administrations should afford all practicable protection to the frequencies;'],
    fr: ['Recommandation UIT-R RA.314-10', 'L\'Assemblée des radiocommunications de l\'UIT,', 'considérant', 'a)\tque le développement de la radioastronomie a conduit à des progrès techniques majeurs;', 'b)\tque les progrès de la radioastronomie exigent la protection de certaines bandes de fréquences;', 'recommande', '1\tque les administrations assurent toute la protection possible aux fréquences;'],
    es: ['Recomendación UIT-R RA.314-10', 'La Asamblea de Radiocomunicaciones de la UIT,', 'considerando', 'a)\tque el desarrollo de la radioastronomía ha dado lugar a importantes avances tecnológicos;', 'b)\tque el progreso de la radioastronomía exige la protección de ciertas bandas de frecuencias;', 'recomienda', '1\tque las administraciones brinden toda la protección posible a las frecuencias;'],
    ru: ['Рекомендация МСЭ-R RA.314-10', 'Ассамблея радиосвязи МСЭ,', 'учитывая', 'a)\tчто развитие радиоастрономии привело к крупным технологическим достижениям;', 'b)\tчто прогресс радиоастрономии требует защиты некоторых полос частот;', 'рекомендует', '1\tчто администрациям следует обеспечивать всю возможную защиту частот;'],
    ar: ['التوصية ITU-R RA.314-10', 'إن جمعية الاتصالات الراديوية للاتحاد الدولي للاتصالات،', 'إذ تضع في اعتبارها', 'أ )\tأن تطور علم الفلك الراديوي أدى إلى تقدم تكنولوجي كبير؛', 'ب)\tأن تقدم علم الفلك الراديوي يتطلب حماية بعض نطاقات التردد؛', 'توصي', '1\tبأن توفر الإدارات كل حماية ممكنة للترددات؛'],
    zh: ['ITU-R RA.314-10建议书', '国际电联无线电通信全会，', '考虑到', 'a)\t射电天文学的发展带来了重大的技术进步；', 'b)\t射电天文学的进步需要保护某些频段；', '建议', '1\t各主管部门应对频率提供一切可行的保护；'],
  };

  for (const [lang, [head, assembly, call, a, b, recommends, one]] of Object.entries(editions)) {
    test(`${lang}: the items under the call are provisions named by call and letter, compared with the text in force`, () => {
      const index = new BaseIndex();
      index.update('ra314.itu', lines(head, '', assembly, call, a, b, recommends, one));
      const letter = (item: string) => /^(\S+?) ?\)/.exec(item)![1];
      assert.deepEqual([...index.instrument('rec ra.314')!.provisions.keys()], [`${call} ${letter(a)})`, `${call} ${letter(b)})`, '1']);
      // b)'s longest word replaced, without marks: said, in a MOD that restates a) and b) and leaves the rest out.
      const word = b.split(/[\t ;；؛]/).sort((x, y) => y.length - x.length)[0];
      const changed = b.replace(word, [...word].reverse().join(''));
      const found = findings(lines(head, '', 'MOD\tX/1/1', call, a, changed, '…', 'Reasons:\tx.'), index).findings;
      assert.deepEqual(found.map((f) => f.code), ['base.untracked-change'], lang);
      // With the change in marks, nothing is said.
      assert.deepEqual(findings(lines(head, '', 'MOD\tX/1/1', call, a, b.replace(word, `{~~${word}~>${[...word].reverse().join('')}~~}`), '…', 'Reasons:\tx.'), index).findings, [], lang);
    });
  }
});

describe('placeholders and compile targets', () => {
  test('the next free WRC placeholder after those used', () => {
    assert.deepEqual(nextPlaceholders(['5.A11'], '5'), ['5.A12', '5.B11']);
    assert.deepEqual(nextPlaceholders(['5.A11', '5.A12', '9.A1'], '5'), ['5.A13', '5.B12']);
    assert.deepEqual(nextPlaceholders(['9.A1'], '5'), ['5.A1']);
  });

  test('compile "RR 5.338A" compiles every MOD of that provision against it', () => {
    const asmg = lines('Proposals:\tASMG', '', 'MOD\tASMG/20A3/1\tRR',
      '5.338A\tIn the frequency bands 1 350-1 400 MHz, 1 427-1 452 MHz, 22.55-23.55 GHz, 30-31.3 GHz, 49.7-50.2 GHz, 50.4-50.9 GHz, 51.4-52.6 GHz, 81-86 GHz{~~ and~>,~~} 92-94 GHz{++ and 116-122.25 GHz++}, Resolution 750 (Rev.WRC-{~~19~>23~~}) applies.     (WRC-{~~19~>27~~})',
      'Reasons:\tx.');
    const { index, sources } = workspace({ 'asmg.itu': asmg });
    const c = compileTarget('RR 5.338A', sources, index.lookup)!;
    assert.equal(c.target, 'RR 5.338A');
    assert.equal(c.base.location, 'rr-article5.itu');
    assert.deepEqual(c.proposals.map((p) => p.id), ['ASMG/20A3/1', 'EUR/16A1/1']);
    assert.deepEqual(c.paragraphs.map((p) => p.status), ['conflict']);
    assert.match(c.merged[0], /\(Rev\.WRC-\{~~19~>\[ASMG: 23\] \[EUR: 27\]~~\}/);
    assert.match(c.merged[0], /\{\+\+ and 116-122\.25 GHz\+\+\}\{>>@ASMG<<\}/);
    // The SUP of CS 3B names no provision in force; CS 5 has one MOD.
    assert.equal(compileTarget('CS 3B', sources, index.lookup), undefined);
    const cs5 = compileTarget('CS 5', sources, index.lookup)!;
    assert.deepEqual(cs5.proposals.map((p) => p.id), ['ARB/14A1/1']);
    assert.deepEqual(cs5.paragraphs.map((p) => p.status), ['single']);
    // Resolutions still compile by name.
    assert.equal(compileTarget('Resolution 52', sources, index.lookup), undefined);
    // A copy word for word of ASMG's file is compiled once, and named; a Revision 1 of it replaces it (review 7, H7).
    const copied = workspace({ 'asmg.itu': asmg, 'asmg - Copy.itu': asmg });
    const once = compileTarget('RR 5.338A', copied.sources, copied.index.lookup)!;
    assert.deepEqual(once.proposals.map((p) => `${p.id} ${p.location}`), ['ASMG/20A3/1 asmg.itu', 'EUR/16A1/1 wrc-eur-16a1.itu']);
    assert.deepEqual(once.leftOut, [{ location: 'asmg - Copy.itu', kind: 'copy', proposals: ['ASMG/20A3/1'], by: 'asmg.itu' }]);
    const revised = workspace({ 'asmg.itu': asmg, 'asmg-rev1.itu': `Revision:\t1\n${asmg.replace('{++ and 116-122.25 GHz++}', '')}` });
    const latest = compileTarget('RR 5.338A', revised.sources, revised.index.lookup)!;
    assert.deepEqual(latest.proposals.map((p) => p.location), ['asmg-rev1.itu', 'wrc-eur-16a1.itu']);
    assert.deepEqual(latest.leftOut!.map((l) => [l.location, l.kind, l.by]), [['asmg.itu', 'revised', 'asmg-rev1.itu']]);
  });

  test('hover, completion and compile take the text in force in the proposal\'s language, as the checks do', async () => {
    // Issue 10's review: a Spanish MOD was checked against the Spanish Constitution but hovered, completed and
    // compiled against the English one (the first path).
    const en = lines('CONSTITUTION OF THE INTERNATIONAL TELECOMMUNICATION UNION', '', 'ARTICLE 11', 'General Secretariat', '',
      '73bis\tThe Secretary-General shall act as the legal representative of the Union.', '74\tThe Secretary-General shall manage the administrative and financial aspects of the Union\'s activities.');
    const es = lines('CONSTITUCIÓN DE LA UNIÓN INTERNACIONAL DE TELECOMUNICACIONES', '', 'ARTÍCULO 11', 'Secretaría General', '',
      '73bis\tEl Secretario General será el representante legal de la Unión.', '74\tEl Secretario General se encargará de los aspectos administrativos y financieros de las actividades de la Unión.');
    // The document's language from its cover (`Original: Español`): one sentence alone does not tell it.
    const spanish = (id: string, body: string) => lines('Original:\tEspañol', '', 'CONSTITUCIÓN DE LA UNIÓN INTERNACIONAL DE TELECOMUNICACIONES', '', `MOD\t${id}`, body, 'Motivos:\tClaridad.');
    const english = (id: string, body: string) => lines('CONSTITUTION OF THE INTERNATIONAL TELECOMMUNICATION UNION', '', `MOD\t${id}`, body, 'Reasons:\tClarity.');
    // compile: the MODs in the language most of them are in, against the text in force in it; the others listed.
    const index = new BaseIndex();
    const sources: CompileSource[] = [];
    for (const [location, text] of [['cs-en.itu', en], ['cs-es.itu', es],
      ['a-usa.itu', english('USA/1/1', '73bis\tThe Secretary-General shall act as the {++sole ++}legal representative of the Union.')],
      ['b-iap.itu', spanish('IAP/2/1', '73bis\tEl Secretario General será el representante {++único++} legal de la Unión.')],
      ['c-mex.itu', spanish('MEX/3/1', '73bis\tEl Secretario General será el {~~representante~>mandatario~~} legal de la Unión.')]] as const) {
      const doc = parseDocument(text);
      index.update(location, text, doc);
      sources.push({ location, doc });
    }
    const c = compileTarget('CS 73bis', sources, index.lookup)!;
    assert.equal(c.base.location, 'cs-es.itu');
    assert.deepEqual(c.proposals.map((p) => p.id), ['IAP/2/1', 'MEX/3/1']);
    assert.deepEqual(c.others.map((p) => p.id), ['USA/1/1']);
    assert.match(c.merged[0], /^73bis\tEl Secretario General será el /);
    // The English MOD alone compiles against the English text.
    assert.equal(compileTarget('CS 73bis', sources.slice(0, 3), index.lookup)!.base.location, 'cs-en.itu');

    // hover and completion in the editor.
    const ws = new MemoryWorkspace('file:///ws', { 'cs-en.itu': en, 'cs-es.itu': es });
    const service = createItuService({ workspace: ws });
    await service.scan();
    const draft = ws.uri('iap.itu');
    const text = spanish('IAP/2/1', '73bis\tEl Secretario General será el representante {++único++} legal de la Unión.');
    service.open(draft, 1, text);
    const hover = (uri: string, line: number) => {
      const h = service.hover(uri, { line, character: 1 });
      return h && typeof h.contents === 'object' && 'value' in h.contents ? h.contents.value : '';
    };
    assert.match(hover(draft, 5), /^\*\*CS 73bis\*\*, text in force \(`cs-es\.itu`\):\n\n> 73bis\\?\tEl Secretario General/);
    const typing = ws.uri('typing.itu');
    service.open(typing, 1, spanish('IAP/2/2', '73'));
    const items = service.completion(typing, { line: 5, character: 2 }).filter((i) => i.detail?.endsWith('text in force'));
    assert.deepEqual(items.map((i) => i.label), ['73bis']);
    assert.match(items[0].textEdit && 'newText' in items[0].textEdit ? items[0].textEdit.newText : '', /^73bis\tEl Secretario General será/);
    // Held in English only, the hover of a Spanish proposal says so rather than quote the English text.
    const wsEn = new MemoryWorkspace('file:///en', { 'cs-en.itu': en });
    const serviceEn = createItuService({ workspace: wsEn });
    await serviceEn.scan();
    serviceEn.open(wsEn.uri('iap.itu'), 1, text);
    const only = serviceEn.hover(wsEn.uri('iap.itu'), { line: 5, character: 1 });
    assert.match(only && typeof only.contents === 'object' && 'value' in only.contents ? only.contents.value : '', /in `en` only \(`cs-en\.itu`\); text in `es` is compared only with a text in force in `es`/);
  });

  test('the proposals list names a proposal on one provision by it; one on several is listed under each (review 9, J8), except on a Recommendation: that Recommendation (review 8, I13)', () => {
    const { sources } = workspace();
    const byId = new Map(listProposals(sources).map((p) => [p.id, p.target]));
    assert.equal(byId.get('ARB/14A1/2'), 'CS 6');
    assert.deepEqual(listProposals(sources).filter((p) => p.id === 'ARB/14A1/1').map((p) => p.target), ['CS 3', 'CS 4', 'CS 5']);
    assert.equal(byId.get('EUR/16A1/2'), 'RR 5.338');
    // Clauses 1.4 to 1.4.2 of A.1 under its heading: one text with every other proposal on A.1 restating several clauses.
    assert.equal(byId.get('USA/12A1/1'), 'Recommendation ITU-T A.1');
  });

  test('itu-draft compile --workspace DIR "RR 5.338A" / "CS 5" / "A.1 clause 1.4.3", and track, on the command line', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'itu-provisions-'));
    try {
      for (const f of fs.readdirSync(FIXTURES)) if (f.endsWith('.itu')) fs.copyFileSync(path.join(FIXTURES, f), path.join(dir, f));
      fs.copyFileSync(A1, path.join(dir, path.basename(A1)));
      const cli = async (...args: string[]) => {
        let out = '';
        let err = '';
        const code = await run(args, { out: (x) => (out += x), err: (x) => (err += x) });
        return { code, out, err };
      };
      const rr = await cli('compile', '--workspace', dir, '--format', 'json', 'RR 5.338A');
      assert.equal(rr.code, 0, rr.err);
      const json = JSON.parse(rr.out) as { target: string; base: string; proposals: string[]; paragraphs: { base: string; status: string; versions: Record<string, string> }[] };
      assert.equal(json.target, 'RR 5.338A');
      assert.match(json.base, /rr-article5\.itu$/);
      assert.deepEqual(json.proposals, ['EUR/16A1/1']);
      assert.equal(json.paragraphs.length, 1);
      assert.equal(json.paragraphs[0].status, 'single');
      assert.match(json.paragraphs[0].versions['EUR/16A1/1'], /\(Rev\.WRC-27\) applies\.\s+\(WRC-27\)$/);
      const cs = await cli('compile', '--workspace', dir, 'CS 5');
      assert.equal(cs.code, 0, cs.err);
      assert.match(cs.out, /^CS 5: base \S*cs-article1\.itu; 1 proposal: ARB\/14A1\/1\n/);
      // A.1 clause 1.4.3: USA's MOD changes words without marks; its new text is still what it proposes.
      const a1 = await cli('compile', '--workspace', dir, '--format', 'json', 'A.1 clause 1.4.3');
      assert.equal(a1.code, 0, a1.err);
      assert.deepEqual((JSON.parse(a1.out) as { proposals: string[] }).proposals, ['USA/12A1/2']);
      // track writes the marks of a MOD of a provision typed without any.
      const tracked = await cli('track', '--workspace', dir, path.join(dir, 'wrc-eur-16a1.itu'));
      assert.equal(tracked.code, 0, tracked.err);
      assert.match(tracked.out, /\n5\.339\t[^\n]*services on a \{~~secondary~>primary~~\} basis\.\n/);
      const none = await cli('compile', '--workspace', dir, 'CS 168');
      assert.equal(none.code, 1);
      assert.match(none.err, /no base text for "CS 168"/);
      // A range is refused, with the names to give instead (before: the whole CS compiled, exit 0).
      const range = await cli('compile', '--workspace', dir, 'CS 3 to 5');
      assert.equal(range.code, 1);
      assert.equal(range.out, '');
      assert.match(range.err, /^itu-draft: "CS 3 to 5" names no single provision: compile each provision on its own \("CS 3"\), or the whole text \("CS"\); the proposals of the workspace are on [^\n]*"CS 3", "CS 4", "CS 5"/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('New contribution on texts amended provision by provision', () => {
  const workspace = async () => {
    const files = Object.fromEntries(fs.readdirSync(FIXTURES).filter((f) => f.endsWith('.itu')).map((f) => [f, fixture(f)]));
    files[path.basename(A1)] = fs.readFileSync(A1, 'utf8');
    const ws = new MemoryWorkspace('file:///ws', files);
    const service = createItuService({ workspace: ws });
    await service.scan();
    return { ws, service };
  };
  /** The texts in force the workspace holds by provision: instrument, then its provisions in the order of the text. */
  const inForce = (files: Record<string, string>) => {
    const index = new BaseIndex();
    for (const [location, t] of Object.entries(files)) index.update(location, t, parseDocument(t));
    return index;
  };

  test('lists Recommendations, the RR and the Constitution beside Resolutions, each followed by its provisions', async () => {
    const { service } = await workspace();
    const listed = service.baseTexts().filter((b) => !/^RESOLUTION/i.test(b.numberLine));
    const instruments = listed.filter((b) => !parseRef(b.numberLine)?.provision);
    assert.deepEqual(instruments.map((b) => b.numberLine), ['Recommendation ITU-T A.1', 'CS', 'RR'], JSON.stringify(listed));
    assert.equal(instruments.find((b) => b.numberLine === 'RR')!.title, 'Radio Regulations');
    const index = inForce({ [path.basename(A1)]: fs.readFileSync(A1, 'utf8'), 'rr-article5.itu': fixture('rr-article5.itu'), 'cs-article1.itu': fixture('cs-article1.itu') });
    for (const [k, item] of instruments.entries()) {
      const ref = parseRef(item.numberLine)!;
      // A provision suppressed by an earlier conference (`(SUP - WRC-07)`) is not offered (review 9, J17).
      const provisions = [...new Set(index.instrument(ref.instrument.key)!.provisions.values())].filter((p) => !/\(SUP\b|^\S+\tNot used/.test(p.paragraphs[0]));
      assert.ok(provisions.length > 0, item.numberLine);
      // Right after the instrument, until the next one: its provisions, each read back as that provision of it.
      const after = listed.slice(listed.indexOf(item) + 1, k + 1 < instruments.length ? listed.indexOf(instruments[k + 1]) : undefined);
      assert.equal(after.length, provisions.length, item.numberLine);
      after.forEach((b, i) => {
        const back = parseRef(b.numberLine);
        assert.equal(back?.instrument.key, ref.instrument.key, b.numberLine);
        assert.equal(back?.provision, provisions.sort((x, y) => x.line - y.line)[i].number, b.numberLine);
        assert.ok(b.title.length > 0 && b.title.length <= 90, b.title);
      });
    }
    assert.ok(listed.some((b) => b.numberLine === 'RR 5.338A' && /^In the frequency bands 1 350-1 400 MHz/.test(b.title)), JSON.stringify(listed));
    assert.ok(listed.some((b) => b.numberLine === 'Recommendation ITU-T A.1 clause 1.4.3'), JSON.stringify(listed));
  });

  test('a MOD of a provision or an instrument starts from the text in force (review E11), and the checks find it unchanged yet', async () => {
    const { ws, service } = await workspace();
    const listed = service.baseTexts().filter((b) => !/^RESOLUTION/i.test(b.numberLine));
    const instruments = listed.filter((b) => !parseRef(b.numberLine)?.provision).map((b) => b.numberLine);
    const provisions = ['RR 5.338A', 'CS 3', 'Recommendation ITU-T A.1 clause 1.4.3'].filter((t) => listed.some((b) => b.numberLine === t));
    assert.equal(provisions.length, 3, JSON.stringify(listed.map((b) => b.numberLine)));
    const targets = [...provisions, 'Recommendation ITU-T A.1'];
    const text = service.newContribution({ meeting: 'TSAG, Geneva, 26-30 January 2026', document: '21', source: 'Someland', proposals: 'SML', targets });
    assert.doesNotMatch(text, /Title of the Resolution|undefined|\n…\n/);
    const doc = parseDocument(text);
    const index = inForce({ [path.basename(A1)]: fs.readFileSync(A1, 'utf8'), 'rr-article5.itu': fixture('rr-article5.itu'), 'cs-article1.itu': fixture('cs-article1.itu') });
    targets.forEach((t, i) => {
      const proposal = doc.proposals[i];
      assert.equal(proposal.extra, t);
      const body = doc.views.new.proposals[i].paragraphs.filter((p) => p.kind !== 'blank' && p.kind !== 'proposal-header' && p.kind !== 'reasons' && p.kind !== 'footnote-definition').map((p) => p.text);
      const ref = parseRef(t)!;
      const instrument = index.instrument(ref.instrument.key)!;
      const expected = (ref.provision ? [instrument.provisions.get(ref.provision)!] : [...new Set(instrument.provisions.values())].sort((a, b) => a.line - b.line))
        .flatMap((p) => p.paragraphs.map((x) => x.replace(/\[\^[^\]\s]+\](?!:)/g, '')));
      assert.deepEqual(body.map((x) => x.replace(/\[\^[^\]\s]+\](?!:)/g, '')), expected, t);
    });
    assert.ok(instruments.length === 3);
    const uri = ws.uri('new.itu');
    service.open(uri, 1, text);
    const codes = (await service.diagnostics(uri))!.diagnostics.map((d) => String(d.code));
    assert.deepEqual([...new Set(codes)], ['proposal.mod-without-changes'], codes.join(', '));
  });

  test('at a WRC, the note of a restated provision is moved to the conference in revision marks, and nothing is left to fix', async () => {
    const { ws, service } = await workspace();
    const text = service.newContribution({ meeting: 'World Radiocommunication Conference (WRC-27)', document: '16', addendum: '3', source: 'Someland', proposals: 'SML', targets: ['RR 5.338A', 'RR 5.337A'] });
    assert.match(text, /\n5\.338A\t[^\n]*Resolution 750 \(Rev\.WRC-19\) applies\.\s+\(WRC-\{~~19~>27~~\}\)\n/);
    // WRC-2000 is the one conference the RR notes with four digits: the next is WRC-27 (review 9, J25).
    assert.match(text, /\n5\.337A\t[^\n]*\(WRC-\{~~2000~>27~~\}\)\n/);
    const uri = ws.uri('wrc.itu');
    service.open(uri, 1, text);
    const codes = (await service.diagnostics(uri))!.diagnostics.map((d) => String(d.code));
    assert.deepEqual(codes.filter((c) => c.startsWith('base.') || c.startsWith('provision.') || c === 'proposal.mod-without-changes'), [], codes.join(', '));
  });
});

describe('several editions of an instrument in the workspace (review E16)', () => {
  const rr = (edition: string, rev: string) => lines(
    `RADIO REGULATIONS (Edition of ${edition})`, '', 'ARTICLE 5', '', 'Frequency allocations', '',
    `5.446A\tThe use of the frequency bands 5 150-5 350 MHz shall be in accordance with Resolution 229 (Rev.WRC-${rev}).`, '',
    '5.447\tAdditional allocation: in the countries listed, the band is also allocated to the mobile service.',
  );
  const mod = (cover: string[] = []) => lines('Meeting:\tWorld Radiocommunication Conference (WRC-27)', 'Document:\t16', 'Addendum:\t3', 'Proposals:\tEUR', ...cover, '',
    'MOD\tEUR/16A3/1', '5.446A\tThe use of the frequency bands 5 150-5 350 MHz shall be in accordance with Resolution 229 (Rev.WRC-{~~23~>27~~}).', 'Reasons:\tr.');
  const codes = (text: string, files: Record<string, string>) => {
    const index = new BaseIndex();
    for (const [location, t] of Object.entries(files).sort()) index.update(location, t, parseDocument(t));
    return checkDocument(parseDocument(text), { bases: index.lookup }).filter((f) => f.code.startsWith('base.')).map((f) => `${f.code}: ${f.message}`);
  };

  test('reads the edition a text names near its top', () => {
    assert.equal(instrumentEdition(rr('2024', '23')), 202400);
    assert.equal(instrumentEdition('ITU-T\nA.1\nTELECOMMUNICATION STANDARDIZATION SECTOR OF ITU\n(09/2019)\n'), 201909);
    assert.equal(instrumentEdition('CONSTITUTION OF THE INTERNATIONAL TELECOMMUNICATION UNION\n\n1\tText.'), undefined);
  });

  test('the latest edition is compared, whatever the path order, and base.ambiguous names the others; the cover field chooses', () => {
    for (const [older, newer] of [['rr-a.itu', 'rr-b.itu'], ['rr-b.itu', 'rr-a.itu']]) {
      const found = codes(mod(), { [older]: rr('2020', '19'), [newer]: rr('2024', '23') });
      assert.deepEqual(found, [`base.ambiguous: More than one base text for "RR 5.446A": compared with "${newer}" (latest edition, then path), not "${older}". To choose, name the file in the cover block: Base:<TAB>${older}.`]);
    }
    // Named in the cover block: that edition, and no question asked.
    const named = codes(mod(['Base:\trr-a.itu']), { 'rr-a.itu': rr('2020', '19'), 'rr-b.itu': rr('2024', '23') });
    assert.ok(named.length > 0 && named.every((f) => f.startsWith('base.untracked-change:') && f.includes('rr-a.itu')), named.join('\n'));
    // One edition only: nothing to say.
    assert.deepEqual(codes(mod(), { 'rr-b.itu': rr('2024', '23') }), []);
  });
});

describe('a Recommendation named in French or Spanish after the id (review 4, N2)', () => {
  test('is read as its instrument, and a hand-renumbered excerpt of it is compared', () => {
    assert.equal(parseRef('Recommandation UIT-T A.1')?.instrument.key, 'rec a.1');
    assert.equal(parseRef('Recomendación UIT-T A.1')?.instrument.key, 'rec a.1');
    assert.deepEqual(parseRef('Recomendación UIT-T A.1 cláusula 1.4.3')?.provision, '1.4.3');
    const base = lines('Recommandation UIT-T A.1', 'Méthodes de travail des commissions d études', '1.4\tConduite des réunions',
      '1.4.1\tLe président dirige les débats pendant la réunion, avec l assistance du TSB.',
      '1.4.2\tLe président peut décider qu il n y aura pas de débat sur les Questions pour lesquelles les contributions reçues sont insuffisantes.',
      '1.4.3\tLes Questions qui n ont suscité aucune contribution ne devraient pas figurer à l ordre du jour définitif de la réunion.');
    const index = new BaseIndex();
    index.update('a1-fr.itu', base, parseDocument(base));
    const mod = lines('MOD\tF/23/1\tRecommandation UIT-T A.1', base.split('\n')[4],
      '1.4.3\tLe président veille à ce que les participants à distance puissent prendre la parole.',
      base.split('\n')[5].replace('1.4.3', '1.4.4'), 'Motifs:\tx.');
    const found = checkDocument(parseDocument(mod), { bases: index.lookup }).filter((f) => f.code.startsWith('base.') || f.code.startsWith('proposal.'));
    assert.deepEqual(found.map((f) => f.code), ['base.untracked-change', 'base.untracked-change'], found.map((f) => f.message).join('\n'));
    assert.match(found[1].message, /base says '1\.4\.3', draft says '1\.4\.4'/);
  });
});

describe('ADD numbers across proposals, in the editor as on the command line (review 4, N1)', () => {
  test('a second ADD is judged with the numbers the first brings, whether the document is checked whole or proposal by proposal', async () => {
    const a1 = fs.readFileSync(A1, 'utf8');
    const text = lines('Proposals:\tUSA', 'Document:\t21', '',
      'ADD\tUSA/21/1\tRecommendation ITU-T A.1', '2.3.3.16\tA new clause.', 'Reasons:\tx.', '',
      'ADD\tUSA/21/2\tRecommendation ITU-T A.1', '2.3.3.18\tAnother new clause.', 'Reasons:\tx.');
    const index = new BaseIndex();
    index.update('a1.itu', a1, parseDocument(a1));
    const whole = checkDocument(parseDocument(text), { bases: index.lookup }).filter((f) => f.code === 'base.provision-gap').map((f) => f.message);
    assert.deepEqual(whole, ['ADD of ITU-T A.1 clause 2.3.3.18: the number before it, which an earlier ADD of this contribution brings, is 2.3.3.16, so the next is 2.3.3.17; this number leaves a gap.']);
    const ws = new MemoryWorkspace('file:///ws', { 'a1.itu': a1 });
    const service = createItuService({ workspace: ws });
    await service.scan();
    const uri = ws.uri('usa.itu');
    service.open(uri, 1, text);
    const editor = (await service.diagnostics(uri))!.diagnostics.filter((d) => d.code === 'base.provision-gap').map((d) => d.message);
    assert.deepEqual(editor, whole);
  });
});

test('a MOD restating a provision the text in force lacks beside those it has is not said to change nothing (the twenty-fifth session\'s review)', () => {
  const cs = fixture('cs-article1.itu').split('\n');
  const [n4, n5] = [cs.find((l) => l.startsWith('4\t'))!, cs.find((l) => l.startsWith('5\t'))!];
  const text = lines('Proposals:\tRCC', '', 'CONSTITUTION OF THE INTERNATIONAL TELECOMMUNICATION UNION', '', 'MOD\tRCC/50A1/1', n4, '4A\tabis)\tto promote something new;', n5, 'Reasons:\tx.', '');
  const r = findings(text);
  assert.deepEqual(summary(r).filter((s) => /mod-without-changes|provision-not-found/.test(s)), ['base.provision-not-found "4A"']);
});

test('compile of a whole instrument reads each proposal as an excerpt of it: a provision skipped without `…` is not deleted, a provision\'s `…` stands for its rest (the twenty-fifth session\'s review)', () => {
  const acp = lines('Meeting:\tWorld Radiocommunication Conference (WRC-27)', 'Proposals:\tACP', '', 'ARTICLE 5', '', 'MOD\tACP/1/1',
    '5.340\tAll emissions are prohibited in the following bands:', '1 400-1 427 MHz,{++\texcept those provided for by No. 5.A118,++}', '…', 'Reasons:\tx.', '');
  const { index, sources } = workspace({ 'zz-acp.itu': acp });
  const rr = compileTarget('RR', sources, index.lookup)!;
  const row = (start: string) => rr.paragraphs.find((p) => p.base?.startsWith(start))!;
  assert.equal(row('1 400-1 427 MHz,').versions['ACP/1/1'], '1 400-1 427 MHz,\texcept those provided for by No. 5.A118,');
  const rest = row('2 690-2 700 MHz');
  assert.equal(rest.versions['ACP/1/1'], rest.base, 'the rest of 5.340, under its `…`, is ACP\'s as in force');
  assert.ok(!rr.paragraphs.some((p) => p.base === null && p.versions['ACP/1/1'] !== null && p.versions['ACP/1/1'] !== undefined), 'nothing inserted by ACP');
  // pp-arb-14a1.itu restates CS 3 and 4 and not 3A between them (base.provision-gap): 3A is not deleted in ARB's name.
  const cs = compileTarget('CS', sources, index.lookup)!;
  const n3A = cs.paragraphs.find((p) => p.base?.startsWith('3A\t'))!;
  assert.ok(Object.values(n3A.versions).every((v) => v === n3A.base), JSON.stringify(n3A));
  assert.ok(!parseDocument(mergedDraft(cs)).text.includes('{--3A'), 'no deletion of 3A in the merged draft');
});
