// Chinese in compile (review 8, I8): compared character by character, as the checks compare it
// (core/compare/tokens.ts): the same new item worded in two ways is one paragraph with alternatives, and
// a party's insertion of a few characters is marked on those characters, not as the whole clause retyped.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BaseComparer, BaseIndex, checkDocument, compile, mergedDraft, parseDocument, type CompileSource } from '../../server/src/core';
import { pairWeight, wordHashes } from '../../server/src/core/compare/similar';
import { lines } from './helpers';

const BASE = lines(
  '第52号决议（2012年，迪拜，修订版）',
  '打击和抵制垃圾信息',
  '（2004年，弗洛里亚诺波利斯；2008年，约翰内斯堡；2012年，迪拜）',
  '世界电信标准化全会（2012年，迪拜），',
  '考虑到',
  'a)\t通过互联网交换电子邮件和其他电信业务已成为世界各地人们之间的主要通信手段之一；',
  'b)\t目前“垃圾信息”一词有多种定义；',
  'c)\t垃圾信息是一个需要开展国际合作以寻求解决办法的全球性问题，',
  '认识到',
  'a)\t国际电联基本文件的相关规定，',
  '做出决议',
  '1\t继续支持当前与打击垃圾信息有关的工作；',
  '2\t继续与相关组织开展合作，',
  '责成电信标准化局主任',
  '1\t提供一切必要协助，以加快上述工作。',
);

/** A MOD of the Resolution: each [find, replace] applied once to the text in force. */
function mod(party: string, doc: string, edits: [string, string][]): string {
  let text = BASE;
  for (const [find, replace] of edits) {
    assert.equal(text.split(find).length, 2, `${party}: "${find}" once`);
    text = text.replace(find, replace);
  }
  return lines(`Document:\t${doc}`, `Proposals:\t${party}`, '', `MOD\t${party}/${doc}/1`, text.trimEnd(), '', '理由：\t更新。');
}

const MEETING: [string, string][] = [
  ['第52号决议（2012年，迪拜，修订版）', '第52号决议（{~~2012年，迪拜~>2024年，新德里~~}，修订版）'],
  ['2012年，迪拜）\n世界', '2012年，迪拜{++；2024年，新德里++}）\n世界'],
  ['全会（2012年，迪拜），', '全会（{~~2012年，迪拜~>2024年，新德里~~}），'],
];

function compiled(...texts: [string, string][]) {
  const index = new BaseIndex();
  index.update('res52-zh.itu', BASE);
  const sources: CompileSource[] = texts.map(([location, text]) => ({ location, doc: parseDocument(text) }));
  return compile('第52号决议', sources, index.lookup)!;
}

test('compile: two parties\' wordings of one new Chinese item are one paragraph with alternatives (review 8, I8)', () => {
  const chn = mod('CHN', '31A2', [...MEETING, ['全球性问题，\n', '全球性问题{~~，~>；~~}\n{++d)\t人工智能生成的垃圾信息日益增多，++}\n']]);
  const kor = mod('KOR', '40A7', [...MEETING, ['全球性问题，\n', '全球性问题{~~，~>；~~}\n{++d)\t人工智能生成的垃圾信息正在迅速增加，++}\n']]);
  const c = compiled(['chn.itu', chn], ['kor.itu', kor]);
  const inserted = c.paragraphs.filter((p) => p.base === null);
  assert.deepEqual(inserted.map((p) => p.status), ['conflict'], 'one new item, disputed');
  assert.deepEqual(Object.values(inserted[0].versions), ['d)\t人工智能生成的垃圾信息日益增多，', 'd)\t人工智能生成的垃圾信息正在迅速增加，']);
  const line = c.merged.find((l) => l.includes('人工智能'))!;
  // The words both write are common text; the alternatives are where they differ.
  assert.match(line, /^\{\+\+d\)\t\+\+\}\{\+\+人工智能生成的垃圾信息\+\+\}\{\+\+\[CHN: [^\]]*\] \[KOR: [^\]]*\]/);
  assert.ok(!c.merged.some((l) => l.startsWith('{++e)')), 'no second item e)');
  assert.match(mergedDraft(c), /\[CHN: /);
});

test('compile: a Chinese insertion of a few characters is marked on those characters (review 8, I8)', () => {
  const chn = mod('CHN', '31A2', [...MEETING, ['与打击垃圾信息', '与打击{++人工智能生成的++}垃圾信息']]);
  const kor = mod('KOR', '40A7', [...MEETING, ['相关组织开展合作', '相关组织{++和学术界++}开展合作']]);
  const c = compiled(['chn.itu', chn], ['kor.itu', kor]);
  assert.ok(c.merged.includes('1\t继续支持当前与打击{++人工智能生成的++}{>>@CHN<<}垃圾信息有关的工作；'), c.merged.join('\n'));
  assert.ok(c.merged.includes('2\t继续与相关组织{++和学术界++}{>>@KOR<<}开展合作，'), c.merged.join('\n'));
  // Two parties changing different characters of one clause combine, as two English parties changing different words do.
  const both = compiled(['chn.itu', chn], ['kor.itu', mod('KOR', '40A7', [...MEETING, ['有关的工作；', '有关的{~~工作~>研究~~}；']])]);
  const row = both.paragraphs.find((p) => p.base === '1\t继续支持当前与打击垃圾信息有关的工作；')!;
  assert.equal(row.status, 'combined');
  assert.ok(both.merged.includes('1\t继续支持当前与打击{++人工智能生成的++}{>>@CHN<<}垃圾信息有关的{~~工作~>研究~~}{>>@KOR<<}；'), both.merged.join('\n'));
});

test('word multisets read each Chinese character as a word, as the diff\'s tokens do', () => {
  const a = wordHashes('人工智能生成的垃圾信息日益增多，');
  const b = wordHashes('人工智能生成的垃圾信息正在迅速增加，');
  assert.equal(a.length, 15);
  assert.ok(pairWeight(a, b, false) > 0, 'two wordings of one item pair');
  // Words of other scripts are unchanged: runs of letters and digits, Latin beside Chinese its own word.
  assert.equal(wordHashes('ITU-T第17研究组').length, 2 + 1 + 1 + 3);
  assert.equal(wordHashes('the study groups').length, 3);
  // One clause with characters inserted is one clause changed, for the comparer too.
  const c = new BaseComparer().compare(['继续支持当前与打击人工智能生成的垃圾信息有关的工作；'], ['继续支持当前与打击垃圾信息有关的工作；']);
  assert.equal(c.changes.length, 1);
  assert.deepEqual(c.changes[0].ops.filter((o) => o.kind !== 'equal').map((o) => [o.kind, o.text]), [['insert', '人工智能生成的']]);
});

test('check: characters added to an unlabelled Chinese paragraph are the change, not the paragraph replaced (review 8, I8)', () => {
  const index = new BaseIndex();
  index.update('res52-zh.itu', BASE);
  const text = mod('CHN', '31A2', [...MEETING, ['打击和抵制垃圾信息', '打击和抵制人工智能垃圾信息']]);
  const found = checkDocument(parseDocument(text), { bases: index.lookup }).filter((f) => f.code === 'base.untracked-change');
  // Before: "base says '打击和抵制垃圾信息', draft leaves it out": the title read as one word, shared with nothing.
  assert.deepEqual(found.map((f) => f.message), ["Change without revision marks: draft adds '人工智能', base does not have it (base: res52-zh.itu)."]);
  assert.equal(text.slice(found[0].start, found[0].end), '人工智能');
});
