// Proposals on provisions in Russian, Arabic and Chinese (review 3, E4): the Radio Regulations, the
// Convention and a Recommendation's clauses, each compared with the text in force in the proposal's
// language, as the English, French and Spanish ones are.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { applyEdits, BaseIndex, checkDocument, instrumentHeading, listProposals, parseDocument, parseRef, type Finding } from '../../server/src/core';
import { lines, ROOT } from './helpers';

const FIXTURES = path.join(ROOT, 'test/fixtures/provisions-languages');

interface Language {
  lang: 'ru' | 'ar' | 'zh';
  cover: string;
  reasons: string;
  article: string;
  /** The Recommendation named after a proposal's id, in the language. */
  recommendation: string;
  /** A word of RR 5.446B, and what the MOD writes for it. */
  rr: [string, string];
  /** Words of CV 51, and the words the MOD writes after them. */
  cv: [string, string];
  /** A word of A.1 clause 1.1.3, and what the MOD writes for it. */
  clause: [string, string];
}

const LANGUAGES: Language[] = [
  { lang: 'ru', cover: 'Original:\tрусский', reasons: 'Основания', article: 'СТАТЬЯ 5', recommendation: 'Рекомендация МСЭ-T A.1',
    rr: ['должны', 'могут'], cv: ['в месте пребывания Союза', ' или в виртуальном формате'], clause: ['один год', 'шесть месяцев'] },
  { lang: 'ar', cover: 'Original:\tبالعربية', reasons: 'الأسباب', article: 'المادة 5', recommendation: 'التوصية ITU-T A.1',
    rr: ['تطالب', 'تلتمس'], cv: ['في مقر الاتحاد', ' أو افتراضياً'], clause: ['سنة واحدة', 'ستة أشهر'] },
  { lang: 'zh', cover: 'Original:\t中文', reasons: '理由', article: '第5条', recommendation: 'ITU-T A.1建议书',
    rr: ['不得', '不应'], cv: ['举行一届常会', '，或以虚拟方式举行'], clause: ['一年', '六个月'] },
];

function index(lang: string): BaseIndex {
  const out = new BaseIndex();
  for (const f of fs.readdirSync(FIXTURES).filter((f) => f.startsWith(`${lang}-`) && f.endsWith('.itu')).sort()) {
    out.update(f, fs.readFileSync(path.join(FIXTURES, f), 'utf8'));
  }
  return out;
}

/** The line of a text in force that opens with `number` and a TAB. */
function inForce(lang: string, file: string, number: string): string {
  return fs.readFileSync(path.join(FIXTURES, `${lang}-${file}.itu`), 'utf8').split(/\r?\n/).find((l) => l.startsWith(`${number}\t`))!;
}

function check(text: string, bases: BaseIndex): { text: string; findings: Finding[] } {
  return { text, findings: checkDocument(parseDocument(text), { bases: bases.lookup }) };
}

/** A contribution in the language: its cover, a heading, one proposal. */
function contribution(l: Language, heading: string, header: string, ...body: string[]): string {
  return lines('Meeting:\tx', l.cover, '', ...(heading ? [heading, ''] : []), header, ...body, `${l.reasons}:\tx.`);
}

/**
 * The MOD changed without marks gets one untracked change pointing at the new words; its fix leaves
 * nothing to say and the marks hold the new words; written with marks, the MOD is clean.
 */
function assertCompared(l: Language, bases: BaseIndex, make: (body: string) => string, unmarked: string, marked: string, added: string): void {
  const r = check(make(unmarked), bases);
  assert.deepEqual(r.findings.map((f) => f.code), ['base.untracked-change'], `${l.lang}: ${r.findings.map((f) => f.message).join(' | ')}`);
  // At the new words: all of them, or (Chinese, compared character by character) those not in the old words.
  const at = r.text.slice(r.findings[0].start, r.findings[0].end).trim();
  assert.ok(at.includes(added.trim()) || (l.lang === 'zh' && at.length > 0 && added.includes(at)), `${l.lang}: the finding points at the new words, not at '${at}'`);
  const fixed = applyEdits(r.text, r.findings[0].fix!.edits);
  assert.match(fixed, /\{(?:~~|\+\+)/);
  assert.deepEqual(check(fixed, bases).findings.map((f) => f.code), [], `${l.lang}: fixed`);
  assert.deepEqual(check(make(marked), bases).findings.map((f) => f.message), [], `${l.lang}: marked`);
}

describe('proposals on provisions in Russian, Arabic and Chinese (review 3, E4)', () => {
  test('the instruments\' titles and a Recommendation\'s name are read in the three languages', () => {
    for (const [title, key] of [
      ['УСТАВ МЕЖДУНАРОДНОГО СОЮЗА ЭЛЕКТРОСВЯЗИ', 'cs'], ['КОНВЕНЦИЯ МЕЖДУНАРОДНОГО СОЮЗА ЭЛЕКТРОСВЯЗИ', 'cv'], ['РЕГЛАМЕНТ РАДИОСВЯЗИ', 'rr'],
      ['دستور الاتحاد الدولي للاتصالات', 'cs'], ['اتفاقية الاتحاد الدولي للاتصالات', 'cv'], ['لوائح الراديو', 'rr'],
      ['国际电信联盟组织法', 'cs'], ['国际电信联盟公约', 'cv'], ['无线电规则', 'rr'], ['国际电信规则', 'itr'],
      ['Рекомендация МСЭ-T A.1', 'rec a.1'], ['РЕКОМЕНДАЦИЯ МСЭ-Т A.1', 'rec a.1'], ['التوصية ITU-T A.1', 'rec a.1'], ['ITU-T A.1建议书', 'rec a.1'],
    ]) assert.equal(instrumentHeading(title)?.key, key, title);
    // A sentence that names the instrument is no heading.
    assert.equal(instrumentHeading('Рекомендация МСЭ-T A.1 применяется.'), undefined);
    for (const l of LANGUAGES) assert.deepEqual(parseRef(l.recommendation), { instrument: { kind: 'Recommendation', key: 'rec a.1', name: 'ITU-T A.1' } });
  });

  for (const l of LANGUAGES) {
    test(`${l.lang}: RR, CV and Recommendation proposals are compared with the text in force in ${l.lang}`, () => {
      const bases = index(l.lang);
      const rr = inForce(l.lang, 'rr-article5', '5.446B');
      const [word, other] = l.rr;
      assert.ok(rr.includes(word));
      assertCompared(l, bases, (body) => contribution(l, l.article, 'MOD\tRCC/1/1', body), rr.replace(word, other), rr.replace(word, `{~~${word}~>${other}~~}`), other);
      // A SUP of a number not in force, an ADD of a number in force.
      assert.deepEqual(check(contribution(l, l.article, 'SUP\tRCC/1/1', '5.447C'), bases).findings.map((f) => f.code), ['base.provision-not-found']);
      assert.deepEqual(check(contribution(l, l.article, 'ADD\tRCC/1/1', `5.446\t${rr.split('\t')[1]}`), bases).findings.map((f) => f.code), ['base.provision-exists']);

      const cv = inForce(l.lang, 'cv-article4', '51');
      const [words, more] = l.cv;
      assert.ok(cv.includes(words));
      assertCompared(l, bases, (body) => contribution(l, '', 'MOD\tRCC/1/1\tCV', body), cv.replace(words, words + more), cv.replace(words, `${words}{++${more}++}`), more);
      // Named by nothing (no `CV` after the id, no heading): the one text in force that holds No. 51 with much the same words.
      assert.deepEqual(check(contribution(l, '', 'MOD\tRCC/1/1', cv.replace(words, words + more)), bases).findings.map((f) => f.code), ['base.untracked-change']);
      assert.deepEqual(check(contribution(l, '', 'ADD\tRCC/1/1\tCV', `52\t${cv.split('\t').slice(1).join('\t')}`), bases).findings.map((f) => f.code), ['base.provision-exists']);

      const clause = inForce(l.lang, 'a1', '1.1.3');
      const [was, now] = l.clause;
      assert.ok(clause.includes(was));
      const rec = (body: string) => contribution(l, '', `MOD\tRCC/1/1\t${l.recommendation}`, '…', inForce(l.lang, 'a1', '1.1.2'), body);
      assertCompared(l, bases, rec, clause.replace(was, now), clause.replace(was, `{~~${was}~>${now}~~}`), now);

      // The proposals list files each proposal under the provision it restates (compile finds them there).
      const doc = parseDocument(contribution(l, l.article, 'MOD\tRCC/1/1', rr));
      assert.deepEqual(listProposals([{ location: 'c.itu', doc }]).map((p) => p.target), ['RR 5.446B']);
    });
  }
});
