// ITU-R Resolutions (review 5, F8 and F9): `RESOLUTION ITU-R 1-6` and its forms in the six languages are number
// lines: the number is `ITU-R 1`, the part after the hyphen the edition. A MOD's old text `1-6` finds the base
// `1-6`, its new text says `1-7`; the history `(1993-2000)` and the formula without a meeting raise nothing; the
// calls of a Resolution (`invita`, `encarga al Director`) are read. Real texts in test/fixtures/itu-r/ (README).
//   node --import tsx --test test/unit/itu-r-resolutions.test.ts
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { applyEdits, BaseIndex, checkDocument, compile, compileTarget, listProposals, parseDocument, sameTarget, type CompileSource, type Finding } from '../../server/src/core';
import { matchNumberLine } from '../../server/src/core/lang/match';
import type { Lang } from '../../server/src/core/lang/tables';
import { contributionSkeleton } from '../../server/src/service/skeleton';
import { lines } from './helpers';

const DIR = path.join(__dirname, '../fixtures/itu-r');
const read = (name: string) => fs.readFileSync(path.join(DIR, name), 'utf8');

/**
 * An ITU-R Resolution in each language, as ITU writes its parts (the number line `RÉSOLUTION UIT-R 12-1`, the
 * formula without a meeting `La Asamblea de Radiocomunicaciones de la UIT,`), with the calls a Resolution has and a
 * Recommendation has not: a numbered list under `resolves`, then `invites` and `instructs the Director`, each
 * opening its own list at 1.
 */
interface Form {
  /** The number line of edition `e` of Resolution 12 (`edition` as written: `1`, or `{~~1~>2~~}`). */
  line: (edition: string) => string;
  title: string;
  history: string;
  formula: string;
  /** considering, resolves, invites, instructs the Director. */
  calls: [string, string, string, string];
  item: string;
  /** Two words of `item`, the second replacing the first in a change made without marks. */
  change: [string, string];
  /** The name the proposals list gives the text. */
  target: string;
  letter: string;
}

const FORMS: Record<Lang, Form> = {
  en: {
    line: (e) => `RESOLUTION ITU-R 12-${e}`, title: 'Handbooks and special publications', history: '(1993-2000)',
    formula: 'The ITU Radiocommunication Assembly,', calls: ['considering', 'resolves', 'invites', 'instructs the Director'],
    item: 'that handbooks are a source of technical material for developing countries', change: ['source', 'store'], target: 'Resolution ITU-R 12', letter: 'a)',
  },
  fr: {
    line: (e) => `RÉSOLUTION UIT-R 12-${e}`, title: 'Manuels et publications spéciales', history: '(1993-2000)',
    formula: 'L\'Assemblée des radiocommunications de l\'UIT,', calls: ['considérant', 'décide', 'invite', 'charge le Directeur'],
    item: 'que les manuels sont une source de renseignements techniques pour les pays en développement', change: ['source', 'mine'], target: 'Résolution UIT-R 12', letter: 'a)',
  },
  es: {
    line: (e) => `RESOLUCIÓN UIT-R 12-${e}`, title: 'Manuales y publicaciones especiales', history: '(1993-2000)',
    formula: 'La Asamblea de Radiocomunicaciones de la UIT,', calls: ['considerando', 'resuelve', 'invita', 'encarga al Director'],
    item: 'que los manuales constituyen una fuente de material técnico para los países en desarrollo', change: ['fuente', 'mina'], target: 'Resolución UIT-R 12', letter: 'a)',
  },
  ru: {
    line: (e) => `РЕЗОЛЮЦИЯ МСЭ-R 12-${e}`, title: 'Справочники и специальные публикации', history: '(1993–2000 гг.)',
    formula: 'Ассамблея радиосвязи МСЭ,', calls: ['учитывая', 'решает', 'предлагает', 'поручает Директору'],
    item: 'что справочники являются источником технических материалов для развивающихся стран', change: ['источником', 'кладезем'], target: 'Резолюция МСЭ-R 12', letter: 'a)',
  },
  zh: {
    line: (e) => `ITU-R 12-${e}号决议`, title: '手册和特别出版物', history: '（1993-2000年）',
    formula: '国际电联无线电通信全会，', calls: ['考虑到', '做出决议', '请', '责成主任'],
    item: '手册是发展中国家技术资料的来源；', change: ['来源', '宝库'], target: 'ITU-R 12号决议', letter: 'a)',
  },
  ar: {
    line: (e) => `القرار ITU-R 12-${e}`, title: 'الكتيبات والمنشورات الخاصة', history: '(2000-1993)',
    formula: 'إن جمعية الاتصالات الراديوية للاتحاد الدولي للاتصالات،', calls: ['إذ تضع في اعتبارها', 'تقرر', 'تدعو', 'تكلف المدير'],
    item: 'أن الكتيبات مصدر للمواد التقنية للبلدان النامية', change: ['مصدر', 'كنز'], target: 'القرار ITU-R 12', letter: 'أ)',
  },
};

const LANGS = Object.keys(FORMS) as Lang[];

/** The Resolution's paragraphs, edition `e`, with `item` as the text of every item. */
function resolution(f: Form, edition: string, item = f.item): string[] {
  const end = /[；;,،，.]$/u.test(item) ? item : `${item};`;
  return [
    f.line(edition), f.title, f.history, f.formula,
    f.calls[0], `${f.letter}\t${end}`,
    f.calls[1], `1\t${end}`, `2\t${end}`,
    f.calls[2], `1\t${end}`,
    f.calls[3], `1\t${end}`,
  ];
}

/** A history line with the year 2027 added in marks, as a revision adds it. */
const grown = (h: string) => (h.includes('2000-1993') ? h.replace('(', '({++2027-++}') : h.replace('2000', `2000{++${h.includes('–') ? '–' : '-'}2027++}`));
/** The MOD of edition 1 into edition 2, as it should be written: the edition and the history's new year in marks. */
const revised = (f: Form, item = f.item) => resolution(f, '{~~1~>2~~}', item).map((p, i) => (i === 2 ? grown(p) : p));

const mod = (body: string[]) => lines('Meeting:\tRA-27', 'Proposals:\tXX', '', 'MOD\tXX/7A1/1', ...body, '', 'Reasons:\tr.');

function workspace(files: Record<string, string>): { index: BaseIndex; sources: CompileSource[] } {
  const index = new BaseIndex();
  const sources: CompileSource[] = [];
  for (const [name, text] of Object.entries(files)) {
    index.update(name, text);
    sources.push({ location: name, doc: parseDocument(text) });
  }
  return { index, sources };
}

const checkIn = (text: string, index?: BaseIndex): Finding[] => checkDocument(parseDocument(text), index ? { bases: index.lookup } : {});
const describe = (fs: Finding[]) => fs.map((f) => `${f.code}: ${f.message}`).join('\n');

test('ITU-R number lines in the six languages: the number is the Sector and the number, the edition the part after the hyphen', () => {
  for (const lang of LANGS) {
    const f = FORMS[lang];
    const m = matchNumberLine(f.line('6'));
    assert.ok(m, `${lang}: ${f.line('6')}`);
    assert.equal(m.edition, 6, lang);
    assert.match(m.number, /^(?:ITU|UIT|МСЭ)-R 12$/, lang);
    assert.equal(m.revision, '', lang);
  }
  // As Word sets them (a non-breaking hyphen), with `第`, a first edition, a placeholder, a cited meeting.
  assert.deepEqual(matchNumberLine('RESOLUTION ITU\u2011R 1\u20116'), { draftNew: false, number: 'ITU-R 1', revision: '', edition: 6 });
  assert.deepEqual(matchNumberLine('ITU-R 第 34-2 号决议（2007年）'), { draftNew: false, number: 'ITU-R 34', revision: '2007年', edition: 2 });
  assert.equal(matchNumberLine('RESOLUTION ITU-R 71')?.edition, 0);
  assert.equal(matchNumberLine('DRAFT NEW RESOLUTION ITU-R [GEN-1]')?.draftNew, true);
  assert.equal(matchNumberLine('Resolution ITU-R 7-3 (Rev. Geneva, 2015)')?.revision, 'Rev. Geneva, 2015');
  // A Recommendation ITU-R, a line that goes on, an ITU-T "Resolution" so numbered: no number lines.
  for (const no of ['RECOMMENDATION ITU-R BO.600-1', 'RESOLUTION ITU-R 1-6 Working methods', 'RESOLUTION ITU-T 1-6', 'Resolution ITU-R 1-6 of the Assembly'])
    assert.equal(matchNumberLine(no), undefined, no);
});

for (const lang of LANGS) {
  const f = FORMS[lang];

  test(`${lang}: an ITU-R Resolution in force is read as one, with its history, formula and calls, and raises nothing`, () => {
    const text = lines(...resolution(f, '1'));
    const doc = parseDocument(text);
    const [r] = doc.views.new.resolutions;
    assert.ok(r, 'number line recognised');
    assert.equal(r.history?.text, f.history);
    assert.equal(r.formula?.text, f.formula);
    const calls = doc.views.new.paragraphs.filter((p) => p.kind === 'call').map((p) => p.text);
    assert.deepEqual(calls, [...f.calls]);
    // F9: `invites 1` after `resolves 1, 2` is a list of its own (no numbering.duplicate); no meeting to mismatch.
    assert.deepEqual(describe(checkDocument(doc)), '');
  });

  test(`${lang}: a MOD of edition 1 → 2 is compared with edition 1, an unmarked change is found, and the MODs are compiled under the number`, () => {
    const base = lines(...resolution(f, '1'));
    const marked = mod(revised(f));
    const { index, sources } = workspace({ 'res12.itu': base, 'a.itu': marked });
    // Marked as it should be: compared, nothing to say.
    assert.equal(describe(checkIn(marked, index)), '');
    // A word changed without marks is found.
    const [old, fresh] = f.change;
    const unmarked = mod(revised(f, f.item.replace(old, fresh)));
    const untracked = checkIn(unmarked, index).filter((x) => x.code === 'base.untracked-change');
    assert.ok(untracked.length >= 1 && untracked.every((x) => x.message.includes(old)), describe(untracked));
    // Written without any mark, the old text names the new edition (`12-2`): the base with its number is found, and the edition named is the change.
    const plain = mod(resolution(f, '2'));
    const [edition] = checkIn(plain, index).filter((x) => x.code === 'base.untracked-change');
    assert.ok(edition, 'the edition changed without marks');
    assert.match(edition.message, /'1'.*'2'/);
    // The proposals list and compile name the text by its number; compile takes a name with an edition too.
    const [entry] = listProposals(sources);
    assert.equal(entry?.target, f.target);
    for (const name of [f.target, f.target.replace(/12/, '12-1')]) {
      const c = compile(name, sources, index.lookup);
      assert.ok(c, `${lang}: compile ${name}`);
      assert.equal(c.proposals.length, 1);
      assert.equal(c.base.location, 'res12.itu');
    }
  });

  test(`${lang}: a MOD restating edition 1 with marks when the workspace holds edition 2 is told of the later edition, not compared`, () => {
    const { index } = workspace({ 'res12-2.itu': lines(...resolution(f, '2')) });
    const [found] = checkIn(mod(resolution(f, '{~~1~>3~~}')), index).filter((x) => x.code === 'base.not-found');
    assert.equal(found?.severity, 'warning');
    assert.match(found.message, /later edition/);
    // A SUP of the older edition too (review 5, F21): it restates a text no longer in force.
    const sup = lines('Meeting:\tRA-27', 'Proposals:\tXX', '', 'SUP\tXX/7A1/1', f.line('1'), f.title, '', 'Reasons:\tr.');
    const [restated] = checkIn(sup, index).filter((x) => x.code === 'base.not-found');
    assert.match(restated?.message ?? '', /later edition/, lang);
  });
}

test('New contribution on an ITU-R Resolution: its MOD starts at the next edition and the meeting\'s year, in marks, and checks clean', () => {
  for (const lang of LANGS) {
    const f = FORMS[lang];
    const { index } = workspace({ 'res12.itu': lines(...resolution(f, '1')) });
    const text = contributionSkeleton({ meeting: 'RA-27, Geneva, 2027', document: '7', addendum: '1', source: 'Someland', proposals: 'SML', targets: [f.line('1')] }, index.lookup, new Date(Date.UTC(2026, 11, 5)));
    assert.ok(text.includes(`\n${f.line('{--1--}{++2++}')}\n`), `${lang}: the edition\n${text}`);
    const history = f.history.includes('2000-1993') ? f.history.replace('2000', '{++2027-++}2000') : f.history.replace('2000', `2000{++${f.history.includes('–') ? '–' : '-'}2027++}`);
    assert.ok(text.includes(`\n${history}\n`), `${lang}: the history\n${text}`);
    // The title names the text with its title (it is a base text now), and nothing is out of place.
    // In the text's language since review 7, H16.
    const title: Record<Lang, (t: string) => string> = {
      en: (t) => `Proposed modifications to ${t}`, fr: (t) => `Propositions de modification : ${t}`, es: (t) => `Propuestas de modificación: ${t}`,
      ru: (t) => `Предложения по изменению: ${t}`, zh: (t) => `修改${t}的提案`, ar: (t) => `مقترحات تعديل ${t}`,
    };
    assert.ok(text.includes(`\nTitle:\t${title[lang](`${f.target} (${f.title})`)}\n`), `${lang}\n${text}`);
    const findings = checkIn(text, index).filter((x) => x.severity === 'error' || x.code.startsWith('base.') || x.code.startsWith('proposal.') || x.code.startsWith('resolution.'));
    assert.equal(describe(findings), '', lang);
  }
  // A first edition takes `-1`.
  const { index } = workspace({ 'res71.itu': lines(...resolution(FORMS.en, '1').map((p, i) => (i === 0 ? 'RESOLUTION ITU-R 71' : p))) });
  const first = contributionSkeleton({ meeting: 'RA-27, Geneva, 2027', document: '7', source: 'S', proposals: 'SML', targets: ['RESOLUTION ITU-R 71'] }, index.lookup, new Date(Date.UTC(2026, 11, 5)));
  assert.match(first, /\nRESOLUTION ITU-R 71\{\+\+-1\+\+\}\n/);
});

test('resolution.edition-mismatch: the edition and the history move together in a MOD, in the six languages; the fixes write the marks', () => {
  const editions = (text: string) => checkIn(text).filter((x) => x.code === 'resolution.edition-mismatch');
  const fixedBy = (text: string, f: Finding) => applyEdits(text, f.fix!.edits);
  for (const lang of LANGS) {
    const f = FORMS[lang];
    const body = (edition: string, history: string) => resolution(f, edition).map((p, i) => (i === 2 ? history : p));
    // Both moved: nothing to say.
    assert.deepEqual(editions(mod(body('{~~1~>2~~}', grown(f.history)))), [], lang);
    // The history grew, the edition did not: on the number line, the fix changes the edition in marks.
    const stale = mod(body('1', grown(f.history)));
    const [kept] = editions(stale);
    assert.ok(kept, `${lang}: edition kept`);
    assert.equal(stale.slice(kept.start, kept.end), f.line('1'));
    const mended = fixedBy(stale, kept);
    assert.ok(mended.includes(f.line('{~~1~>2~~}')), `${lang}: ${mended}`);
    assert.deepEqual(editions(mended), [], lang);
    // The edition moved, the history did not: on the history line, the fix adds the Meeting's year.
    const bare = mod(body('{~~1~>2~~}', f.history));
    const [noYear] = editions(bare);
    assert.ok(noYear, `${lang}: no year`);
    assert.equal(bare.slice(noYear.start, noYear.end), f.history);
    const dated = fixedBy(bare, noYear);
    assert.deepEqual(editions(dated), [], `${lang}: ${dated}`);
    assert.match(dated, /2027/);
    // An edition skipped.
    const [skipped] = editions(mod(body('{~~1~>3~~}', grown(f.history))));
    assert.match(skipped?.message ?? '', /edition 3.*edition 1/, lang);
  }
  // A WTSA Resolution, and a MOD restating an ITU-R Resolution unchanged, are not this.
  assert.deepEqual(editions(mod(resolution(FORMS.en, '1'))), []);
  assert.deepEqual(editions(mod(['RESOLUTION 52 (Rev. {~~Hammamet, 2016~>Geneva, 2027~~})', 'Spam', '(Hammamet, 2016{++; Geneva, 2027++})', 'resolves', '1\tto act.'])), []);
});

test('several editions in the workspace: the latest is the base of a MOD without marks, the one named of a MOD with marks', () => {
  const f = FORMS.en;
  const { index } = workspace({ 'a/res12-1.itu': lines(...resolution(f, '1')), 'b/res12-3.itu': lines(...resolution(f, '3')), 'c/res12.itu': lines(...resolution(f, '').map((p, i) => (i === 0 ? 'RESOLUTION ITU-R 12' : p))) });
  assert.equal(index.lookup('RESOLUTION ITU-R 12-4')?.numberLine, 'RESOLUTION ITU-R 12-3');
  assert.equal(index.lookup('RESOLUTION ITU\u2011R 12\u20111', [], { sameEdition: true })?.numberLine, 'RESOLUTION ITU-R 12-1');
  // The first edition has no hyphen and counts as edition 0.
  assert.equal(index.lookup('RESOLUTION ITU-R 12-0', [], { sameEdition: true })?.numberLine, 'RESOLUTION ITU-R 12');
  assert.equal(index.lookup('RESOLUTION ITU-R 12-2', [], { sameEdition: true }), undefined);
});

test('real texts (review 5): Resolución UIT-R 12-1 in force raises nothing, and its MOD nothing but what it does', () => {
  // F9: `invita 1` was `numbering.duplicate` (the text was read as a Recommendation).
  assert.equal(describe(checkIn(read('res-itu-r-12-1-es.itu'))), '');
  const { index } = workspace({ 'res-itu-r-12-1-es.itu': read('res-itu-r-12-1-es.itu'), 'res-itu-r-1-6-excerpt.itu': read('res-itu-r-1-6-excerpt.itu') });
  assert.equal(describe(checkIn(read('AAA-es.itu'), index)), '');
  assert.equal(describe(checkIn(read('BBB-en.itu'), index)), '');
});

test('real texts (review 5): a change made without marks in a MOD of Resolution ITU-R 1-6 is found; compile finds the text by "Resolution ITU-R 1-6"', () => {
  const files = ['res-itu-r-1-6-excerpt.itu', 'res-itu-r-12-1-es.itu', 'BBB-en-unmarked.itu', 'AAA-es.itu'];
  const { index, sources } = workspace(Object.fromEntries(files.map((n) => [n, read(n)])));
  const text = read('BBB-en-unmarked.itu');
  const findings = checkIn(text, index);
  assert.deepEqual(findings.map((x) => x.code), ['base.untracked-change']);
  assert.match(findings[0].message, /base says '13', draft says '14'/);
  assert.deepEqual(listProposals(sources).map((p) => p.target), ['Resolution ITU-R 1', 'Resolución UIT-R 12']);
  // The number line exactly as in force, without marks (the reviewer's variant): compared all the same.
  const plain = text.replace('RESOLUTION ITU-R 1-{~~6~>7~~}', 'RESOLUTION ITU-R 1-6');
  assert.notEqual(plain, text);
  // … and its history's new year without a new edition is said too.
  assert.deepEqual(checkIn(plain, index).map((x) => x.code).sort(), ['base.untracked-change', 'resolution.edition-mismatch']);
  const c = compileTarget('Resolution ITU-R 1-6', sources, index.lookup);
  assert.equal(c?.base.location, 'res-itu-r-1-6-excerpt.itu');
  assert.equal(c?.proposals.length, 1);
});

test('a MOD whose first paragraph looks like a number line but is none gets base.not-found, not silence', () => {
  const { index } = workspace({ 'res52.itu': lines('RESOLUTION 52 (Rev. Hammamet, 2016)', 'Spam', 'resolves', '1\tto act.') });
  const body = (line: string) => mod([line, 'Spam', 'resolves', '1\tto act{++ now++}.']);
  for (const line of ['RESOLUTION 52', 'RESOLUTION 52 Rev. Hammamet, 2016', 'RESOLUCIÓN 12-1', 'RESOLUTION ITU-T 1-6', 'DECISION 5 (Rev. Dubai 2018', '第52号决议']) {
    const text = body(line);
    const found = checkIn(text, index).filter((x) => x.code === 'base.not-found');
    assert.equal(found.length, 1, `${line}: ${describe(found)}`);
    assert.equal(text.slice(found[0].start, found[0].end), line);
    assert.match(found[0].message, /is not read as a number line/);
  }
  // A number line read (with or without a base), or a proposal on a Recommendation's clauses, is not this.
  for (const line of ['RESOLUTION 52 (Rev. Hammamet, 2016)', 'RESOLUTION ITU-R 1-6', 'Recommendation ITU-T A.1', 'Resolution 52 is amended as follows:']) {
    assert.ok(!checkIn(body(line), index).some((x) => /is not read as a number line/.test(x.message)), line);
  }
  // Without a workspace of texts in force, nothing is compared anyway: not said.
  assert.ok(!checkIn(body('RESOLUTION 52')).some((x) => x.code === 'base.not-found'));
});

test('a compile target names an ITU-R Resolution with any of the hyphens ITU sets, the edition left out', () => {
  for (const hyphen of ['-', '\u2010', '\u2011']) {
    assert.ok(sameTarget(`Resolution ITU${hyphen}R 1-6`, 'Resolution ITU-R 1'), JSON.stringify(hyphen));
  }
  assert.ok(!sameTarget('Resolution ITU-R 2-6', 'Resolution ITU-R 1'));
});
