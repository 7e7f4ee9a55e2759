// resolution.assembly-mismatch (h-amend): a Resolution whose enacting formula names another kind of conference than the
// cover's Meeting (a WTSA draft copied into a WTDC contribution: `The World Telecommunication Standardization Assembly
// (Baku, 2025),` under `Meeting: WTDC-25`), which resolution.meeting-mismatch, comparing place and year, let pass.
// Every kind of conference in every language read (English, French, Spanish) against every cover, by name or by
// acronym: a finding exactly where the two differ, whose fix writes the cover's conference in the formula's language
// (through revision marks in a MOD), after which nothing is said.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeEdits, analyzeNextVersion, applyEdits, checkDocument, parseDocument, simplePool, type Analysis } from '../../server/src/core';
import { lines } from './helpers';

const FORMULAS: Record<string, Record<'en' | 'fr' | 'es', string>> = {
  wtsa: { en: 'The World Telecommunication Standardization Assembly', fr: "L'Assemblée mondiale de normalisation des télécommunications", es: 'La Asamblea Mundial de Normalización de las Telecomunicaciones' },
  wtdc: { en: 'The World Telecommunication Development Conference', fr: 'La Conférence mondiale de développement des télécommunications', es: 'La Conferencia Mundial de Desarrollo de las Telecomunicaciones' },
  pp: { en: 'The Plenipotentiary Conference of the International Telecommunication Union', fr: "La Conférence de plénipotentiaires de l'Union internationale des télécommunications", es: 'La Conferencia de Plenipotenciarios de la Unión Internacional de Telecomunicaciones' },
  ra: { en: 'The ITU Radiocommunication Assembly', fr: "L'Assemblée des radiocommunications de l'UIT", es: 'La Asamblea de Radiocomunicaciones de la UIT' },
  wrc: { en: 'The World Radiocommunication Conference', fr: 'La Conférence mondiale des radiocommunications', es: 'La Conferencia Mundial de Radiocomunicaciones' },
};
/** Meeting fields naming each kind: by acronym (English, French and Spanish) and by name. */
const MEETINGS: Record<string, string[]> = {
  wtsa: ['WTSA-28, Geneva, 2028', 'AMNT-28, Genève, 2028', 'World Telecommunication Standardization Assembly, Geneva, 2028'],
  wtdc: ['World Telecommunication Development Conference (WTDC-28), Geneva, 2028', 'CMDT-28, Ginebra, 2028', 'Conferencia Mundial de Desarrollo de las Telecomunicaciones, Ginebra, 2028'],
  pp: ['Plenipotentiary Conference (PP-28), Geneva, 2028', 'PP-28, Genève, 2028'],
  ra: ['Radiocommunication Assembly (RA-28), Geneva, 2028', 'AR-28, Ginebra, 2028', 'Assemblée des radiocommunications, Genève, 2028'],
  wrc: ['World Radiocommunication Conference (WRC-28)', 'CMR-28, Genève, 2028'],
};
const KINDS = Object.keys(FORMULAS);
const NUMBER: Record<string, string> = { en: 'DRAFT NEW RESOLUTION [ABC-1] (Geneva, 2028)', fr: 'PROJET DE NOUVELLE RÉSOLUTION [ABC-1] (Genève, 2028)', es: 'PROYECTO DE NUEVA RESOLUCIÓN [ABC-1] (Ginebra, 2028)' };
const IN_FORCE: Record<string, string> = { en: 'RESOLUTION', fr: 'RÉSOLUTION', es: 'RESOLUCIÓN' };
const PLACE: Record<string, string> = { en: 'Geneva', fr: 'Genève', es: 'Ginebra' };

const mismatches = (text: string) => checkDocument(parseDocument(text)).filter((f) => f.code === 'resolution.assembly-mismatch');

test('resolution.assembly-mismatch: every conference named by the formula against every cover, in three languages, and its fix', () => {
  let said = 0;
  for (const named of KINDS) for (const language of ['en', 'fr', 'es'] as const) for (const meant of KINDS) for (const meeting of MEETINGS[meant]) {
    for (const action of ['ADD', 'MOD'] as const) {
      const formula = `${FORMULAS[named][language]} (${PLACE[language]}, 2028),`;
      const body = action === 'ADD'
        ? [NUMBER[language], 'Title', formula]
        : [`${IN_FORCE[language]} 99 ({~~Geneva, 2022~>${PLACE[language]}, 2028~~})`, 'Title', `${FORMULAS[named][language]} ({~~Geneva, 2022~>${PLACE[language]}, 2028~~}),`];
      const text = lines(`Meeting:\t${meeting}`, 'Proposals:\tABC', 'Document:\t9', '', `${action}\tABC/9/1`, ...body, 'considering', `a)\tthat ${language} text,`, 'resolves', '1\tto act.', '', 'Reasons:\tr.', '');
      const found = mismatches(text);
      assert.ok(parseDocument(text).views.new.proposals[0].resolutions.length === 1, `${action} ${language}: one Resolution read`);
      const label = `${action} ${named}/${language} under "${meeting}"`;
      assert.equal(found.length, named === meant ? 0 : 1, label);
      if (named === meant) continue;
      said++;
      assert.equal(text.slice(found[0].start, found[0].end), FORMULAS[named][language], label);
      const fixed = applyEdits(text, found[0].fix!.edits);
      assert.ok(fixed.includes(action === 'ADD' ? `${FORMULAS[meant][language]} (` : `{~~${FORMULAS[named][language]}~>${FORMULAS[meant][language]}~~} (`), `${label}: ${fixed}`);
      assert.deepEqual(mismatches(fixed), [], label);
    }
  }
  assert.ok(said > 300);
});

test('resolution.assembly-mismatch: no cover, a cover naming no conference or two, a formula in another language: nothing said', () => {
  for (const meeting of [undefined, 'Council 2026', 'Joint meeting of WTSA-24 and WTDC-25 preparations', 'ВКР-27']) {
    const text = lines(...(meeting ? [`Meeting:\t${meeting}`] : []), 'Proposals:\tABC', 'Document:\t9', '', 'ADD\tABC/9/1', NUMBER.en, 'Title', `${FORMULAS.wtsa.en} (Geneva, 2028),`, 'resolves', '1\tto act.', '', 'Reasons:\tr.', '');
    assert.deepEqual(mismatches(text), [], String(meeting));
  }
  const russian = lines('Meeting:\tWTDC-28', 'Proposals:\tABC', 'Document:\t9', '', 'ADD\tABC/9/1', 'ПРОЕКТ НОВОЙ РЕЗОЛЮЦИИ [ABC-1] (Женева, 2028 г.)', 'Название', 'Всемирная ассамблея по стандартизации электросвязи (Женева, 2028 г.),', 'решает', '1\tдействовать.', '', 'Reasons:\tr.', '');
  assert.deepEqual(mismatches(russian), []);
});

test('while typing, resolution.assembly-mismatch follows the cover\'s Meeting and the formula (incremental check equals the full one)', () => {
  const text = lines('Meeting:\tWTDC-25, Baku, 2025', 'Proposals:\tABC', 'Document:\t9', '', 'ADD\tABC/9/1', 'DRAFT NEW RESOLUTION [ABC-1] (Baku, 2025)', 'Title',
    'The World Telecommunication Standardization Assembly (Baku, 2025),', 'resolves', '1\tto act.', '', 'Reasons:\tr.', '', 'ADD\tABC/9/2', 'DRAFT NEW RESOLUTION [ABC-2] (Baku, 2025)', 'Title',
    'The World Telecommunication Development Conference (Baku, 2025),', 'resolves', '1\tto act.', '', 'Reasons:\tr.', '');
  const options = { comparers: simplePool() };
  const full = (x: string) => checkDocument(parseDocument(x), options);
  let previous: Analysis = analyzeNextVersion(text, options);
  let current = text;
  const counts: number[] = [];
  const steps: (() => { start: number; end: number; newText: string })[] = [
    // The cover made WTSA's (the first agrees, the second not), then back; the first formula made WTDC's.
    () => ({ start: current.indexOf('WTDC-25'), end: current.indexOf('WTDC-25') + 4, newText: 'WTSA' }),
    () => ({ start: current.indexOf('WTSA-25'), end: current.indexOf('WTSA-25') + 4, newText: 'WTDC' }),
    () => ({ start: current.indexOf('Standardization Assembly'), end: current.indexOf('Standardization Assembly') + 24, newText: 'Development Conference' }),
  ];
  for (const step of steps) {
    const change = step();
    current = applyEdits(current, [change]);
    const next = analyzeEdits(previous, [change], options) ?? analyzeNextVersion(current, options, previous);
    assert.deepStrictEqual(next.findings, full(current));
    counts.push(next.findings.filter((f) => f.code === 'resolution.assembly-mismatch').length);
    previous = next;
  }
  assert.deepEqual(counts, [1, 1, 0]);
});
