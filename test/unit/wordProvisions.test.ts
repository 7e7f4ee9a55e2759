// Word export of proposals on provisions (issue 10): a WRC proposal on the Radio Regulations and a PP
// proposal on the Constitution come out as ITU prints them (docs/images/word-provisions-pp.png): each
// provision number in bold in a margin column with a TAB after it (style Provision), the instrument's
// CHAPTER and ARTICLE headings and titles centred (ChapNo, Chaptitle, ArtNo, Arttitle), the RR Section
// heading (Section1), and the proposal lines and Reasons as in any contribution; the round trip keeps the text.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { parseDocument } from '../../server/src/core';
import { exportDocx } from '../../server/src/word/export';
import { importDocx } from '../../server/src/word/import';
import { FIXED_DATE, partText } from '../support/word';

const FIXTURES = path.resolve(__dirname, '../fixtures/provisions');

/** Each paragraph of document.xml as [style, its text with TABs, the text of its bold runs]. */
function styled(xml: string): [string, string, string][] {
  return [...xml.matchAll(/<w:p\b[^>]*>([\s\S]*?)<\/w:p>/g)].map(([, p]) => {
    const style = /<w:pStyle w:val="([^"]+)"/.exec(p)?.[1] ?? '';
    let text = '';
    let bold = '';
    for (const [, run] of p.matchAll(/<w:r\b[^>]*>([\s\S]*?)<\/w:r>/g)) {
      const t = [...run.matchAll(/<w:t\b[^>]*>([^<]*)<\/w:t>|<w:tab\/>/g)].map((m) => m[1] ?? '\t').join('');
      text += t;
      if (/<w:b\/>|<w:b w:val="(?:true|1)"\/>/.test(run)) bold += t;
    }
    return [style, text, bold];
  });
}

test('a PP proposal on the Constitution: margin numbers in bold with a TAB, chapter and article headings centred', async () => {
  const text = fs.readFileSync(path.join(FIXTURES, 'pp-arb-14a1.itu'), 'utf8');
  const docx = await exportDocx(parseDocument(text), { date: FIXED_DATE });
  const ps = styled(await partText(docx, 'word/document.xml'));
  const byText = (start: string) => ps.find(([, t]) => t.startsWith(start));
  assert.deepEqual(byText('CHAPTER I')?.[0], 'ChapNo');
  assert.deepEqual(byText('Basic Provisions')?.[0], 'Chaptitle');
  assert.deepEqual(byText('ARTICLE 1')?.[0], 'ArtNo');
  assert.deepEqual(byText('Purposes of the Union')?.[0], 'Arttitle');
  const three = byText('3\ta)\t')!;
  assert.equal(three[0], 'Provision');
  assert.equal(three[2], '3');
  // A SUP of a number alone: the number as a provision, in bold.
  assert.deepEqual(byText('3B'), ['Provision', '3B', '3B']);
  assert.match(byText('Reasons')![2], /^Reasons:$/);
  // Styles: the margin column is a hanging indent with its tab stop, in styles.xml.
  const styles = await partText(docx, 'word/styles.xml');
  const provision = /<w:style\b[^>]*w:styleId="Provision"[\s\S]*?<\/w:style>/.exec(styles)![0];
  assert.match(provision, /<w:tab w:val="left" w:pos="1134"\/>/);
  assert.match(provision, /w:hanging="1134"/);
  // Back from Word, the same text.
  const back = await importDocx(docx);
  assert.equal(back.text.replace(/\r\n/g, '\n').split('\n').filter((l) => /^(?:3|4|5|6|3B)\t|^3B$/.test(l)).length, 5, back.text);
});

test('a WRC proposal on the Radio Regulations: RR numbers and placeholders in bold, the Section heading centred', async () => {
  const text = fs.readFileSync(path.join(FIXTURES, 'wrc-eur-16a1.itu'), 'utf8');
  const ps = styled(await partText(await exportDocx(parseDocument(text), { date: FIXED_DATE }), 'word/document.xml'));
  const byText = (start: string) => ps.find(([, t]) => t.startsWith(start));
  assert.deepEqual(byText('ARTICLE 5')?.[0], 'ArtNo');
  assert.deepEqual(byText('Frequency allocations')?.[0], 'Arttitle');
  assert.deepEqual(byText('Section IV')?.[0], 'Section1');
  for (const n of ['5.338A', '5.339', '5.341', '5.A12']) {
    const p = byText(`${n}\t`)!;
    assert.deepEqual([p[0], p[2]], ['Provision', n], n);
  }
  assert.deepEqual(ps.find(([, t]) => t === '5.338'), ['Provision', '5.338', '5.338']);
  // A Resolution's contribution keeps its styles: nothing of this applies where no provision stands.
  const res = styled(await partText(await exportDocx(parseDocument('MOD\tX/1/1\nRESOLUTION 1 (Rev. Hammamet, 2016)\nTitle\nresolves\n1\tthat;\nReasons:\tx.\n'), { date: FIXED_DATE }), 'word/document.xml'));
  assert.ok(!res.some(([s]) => s === 'Provision' || s === 'ArtNo'));
});
