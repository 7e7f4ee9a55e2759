// Automatic list labels around items added, deleted, joined and renumbered with Track Changes (review 7, H1, H3,
// H4), on documents generated the ways Word records those edits: the import's new text is what Accept All shows and
// its old text what Reject All shows, labels included (the oracle is computed from the edits: test/support/listEdits.ts).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseDocument } from '../../server/src/core';
import { importDocx } from '../../server/src/word/import';
import { listCase } from '../support/listEdits';
import { fold, paragraphs } from '../support/word';
import { by, docx, LIST, p, r } from '../support/wordml';
import { cases } from '../support/scale';

const numbered = (runs: string, list: number, extra = '') => p(runs, `<w:numPr><w:ilvl w:val="0"/><w:numId w:val="${list}"/></w:numPr>${extra}`);
const insMark = (who: string, id: number) => `<w:rPr><w:ins ${by(who, id)}/></w:rPr>`;
const delMark = (who: string, id: number) => `<w:rPr><w:del ${by(who, id)}/></w:rPr>`;
const del = (text: string, who: string, id: number) => `<w:del ${by(who, id)}><w:r><w:delText xml:space="preserve">${text}</w:delText></w:r></w:del>`;
const ins = (text: string, who: string, id: number) => `<w:ins ${by(who, id)}>${r(text)}</w:ins>`;

describe('import: paragraph marks inserted or deleted between list items', () => {
  it('two items joined by deleting the first one\'s mark show one label in the new text; the second label goes with the mark', async () => {
    const result = await importDocx(await docx({
      numbering: LIST(1),
      body: numbered(r('to make tools available') + del(';', 'Germany', 1), 1, delMark('Germany', 2)) + numbered(ins(' and ', 'Germany', 3) + del('to ', 'Germany', 4) + r('report on them,'), 1),
    }));
    assert.equal(result.text, '1\tto make tools available{--;\n2\t--}{>>@Germany<<}{++ and ++}{>>@Germany<<}{--to --}{>>@Germany<<}report on them,\n');
    const doc = parseDocument(result.text);
    assert.deepEqual(paragraphs(doc, 'new'), ['1 to make tools available and report on them,']);
    assert.deepEqual(paragraphs(doc, 'old'), ['1 to make tools available;', '2 to report on them,']);
  });

  it('an item added by Enter at the end of the item before (that item\'s mark inserted) is in the new text only, and the items after it relettered with marks', async () => {
    const result = await importDocx(await docx({
      numbering: LIST(1),
      body: numbered(r('first;'), 1, insMark('France', 1)) + numbered(ins('added;', 'France', 2), 1) + numbered(r('second;'), 1) + numbered(r('third.'), 1),
    }));
    assert.equal(result.text, '1\tfirst;{++\n2\tadded;++}{>>@France<<}\n{~~2~>3~~}{>>@France<<}\tsecond;\n{~~3~>4~~}{>>@France<<}\tthird.\n');
    const doc = parseDocument(result.text);
    assert.deepEqual(paragraphs(doc, 'old'), ['1 first;', '2 second;', '3 third.']);
    assert.deepEqual(paragraphs(doc, 'new'), ['1 first;', '2 added;', '3 second;', '4 third.']);
  });

  it('an item inserted before another with its own mark keeps its label inside the insertion (as before)', async () => {
    const result = await importDocx(await docx({
      numbering: LIST(1),
      body: numbered(ins('new first;', 'Ben', 1), 1, insMark('Ben', 2)) + numbered(r('old first.'), 1),
    }));
    assert.equal(result.text, '{++1\tnew first;\n++}{>>@Ben<<}{~~1~>2~~}{>>@Ben<<}\told first.\n');
  });
});

describe('import: numbering switched on or off with Track Changes (w:pPrChange)', () => {
  it('a label the change adds or removes is inserted or deleted by its author, and the items after it renumbered', async () => {
    const change = (was: string) => `<w:pPrChange ${by('Brazil', 9)}><w:pPr>${was}</w:pPr></w:pPrChange>`;
    const numPr = '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>';
    const result = await importDocx(await docx({
      numbering: LIST(1),
      body: p(r('no longer numbered;'), change(numPr)) + numbered(r('still numbered;'), 1) + p(r('noting')) + numbered(r('numbered now,'), 1, change('')),
    }));
    assert.equal(result.text, '{--1\t--}{>>@Brazil<<}no longer numbered;\n{~~2~>1~~}{>>@Brazil<<}\tstill numbered;\nnoting\n{++2\t++}{>>@Brazil<<}numbered now,\n');
    assert.ok(!result.notes.some((n) => /formatting change/.test(n.message)), 'a numbering change is imported, not left out');
    const doc = parseDocument(result.text);
    assert.deepEqual(paragraphs(doc, 'old'), ['1 no longer numbered;', '2 still numbered;', 'noting', 'numbered now,']);
    assert.deepEqual(paragraphs(doc, 'new'), ['no longer numbered;', '1 still numbered;', 'noting', '2 numbered now,']);
  });

  it('a property change that leaves the numbering as it was is still noted as left out', async () => {
    const result = await importDocx(await docx({
      numbering: LIST(1),
      body: numbered(r('indented;'), 1, `<w:ind w:left="720"/><w:pPrChange ${by('Ann', 1)}><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr></w:pPrChange>`),
    }));
    assert.equal(result.text, '1\tindented;\n');
    assert.ok(result.notes.some((n) => /1 tracked formatting change is left out/.test(n.message)));
  });
});

describe('import: generated list edits read as Accept All and Reject All read them', () => {
  it('300 generated documents: new text = accepted, old text = rejected, labels included', async () => {
    for (let seed = 1; seed <= cases(300); seed++) {
      const c = listCase(seed);
      const result = await importDocx(await docx({ numbering: c.numbering, body: c.body }));
      const doc = parseDocument(result.text);
      const why = `seed ${seed} (${c.edits.join(' ')}):\n${result.text}`;
      assert.deepEqual(paragraphs(doc, 'new'), c.accepted.map(fold), why);
      assert.deepEqual(paragraphs(doc, 'old'), c.rejected.map(fold), why);
    }
  });
});

describe('import: lists numbered through a list style (w:numStyleLink)', () => {
  const levels = '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%1)"/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerRoman"/><w:lvlText w:val="%2)"/></w:lvl>';
  const body = p(r('considering')) + numbered(r('first;'), 2) + p(r('second,'), '<w:numPr><w:ilvl w:val="1"/><w:numId w:val="2"/></w:numPr>') + p(r('resolves')) + numbered(r('one.'), 3);
  const nums = '<w:num w:numId="1"><w:abstractNumId w:val="10"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="11"/></w:num><w:num w:numId="3"><w:abstractNumId w:val="11"/></w:num>';
  const style = '<w:style w:type="numbering" w:styleId="ITUItems"><w:name w:val="ITU Items"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>';
  const expected = 'considering\na)\tfirst;\ni)\tsecond,\nresolves\na)\tone.\n';

  it('takes its levels from the abstractNum whose w:styleLink names the style', async () => {
    const numbering = `<w:abstractNum w:abstractNumId="10"><w:styleLink w:val="ITUItems"/>${levels}</w:abstractNum><w:abstractNum w:abstractNumId="11"><w:numStyleLink w:val="ITUItems"/></w:abstractNum>${nums}`;
    assert.equal((await importDocx(await docx({ numbering, styles: style, body }))).text, expected);
  });

  it('or, without one, from the list the numbering style itself names', async () => {
    const numbering = `<w:abstractNum w:abstractNumId="10">${levels}</w:abstractNum><w:abstractNum w:abstractNumId="11"><w:numStyleLink w:val="ITUItems"/></w:abstractNum>${nums}`;
    assert.equal((await importDocx(await docx({ numbering, styles: style, body }))).text, expected);
  });

  it('a style that is nowhere defined gives unlabelled items and says so', async () => {
    const numbering = `<w:abstractNum w:abstractNumId="11"><w:numStyleLink w:val="Missing"/></w:abstractNum>${nums}`;
    const result = await importDocx(await docx({ numbering, body }));
    assert.equal(result.text, 'considering\nfirst;\nsecond,\nresolves\none.\n');
    assert.ok(result.notes.some((n) => /list style Missing, which the document does not define/.test(n.message)));
  });
});

describe('import: nums sharing one list definition (review 7, H12)', () => {
  const abstract = '<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%1)"/></w:lvl></w:abstractNum>';
  const num = (id: number, restart?: number) => `<w:num w:numId="${id}"><w:abstractNumId w:val="1"/>${restart === undefined ? '' : `<w:lvlOverride w:ilvl="0"><w:startOverride w:val="${restart}"/></w:lvlOverride>`}</w:num>`;

  it('go on counting one list, as LibreOffice writes a list it saves (one num per paragraph)', async () => {
    const result = await importDocx(await docx({
      numbering: abstract + num(1) + num(2) + num(3),
      body: numbered(r('first;'), 1) + numbered(r('second;'), 2) + p(r('(pasted:)')) + numbered(r('third.'), 3),
    }));
    assert.equal(result.text, 'a)\tfirst;\nb)\tsecond;\n(pasted:)\nc)\tthird.\n');
  });

  it('a num with a w:startOverride restarts the list at its first item, and the nums after it go on from there', async () => {
    const result = await importDocx(await docx({
      numbering: abstract + num(1) + num(2, 1) + num(3),
      body: numbered(r('one;'), 1) + numbered(r('two.'), 1) + p(r('considering')) + numbered(r('again;'), 2) + numbered(r('on.'), 3),
    }));
    assert.equal(result.text, 'a)\tone;\nb)\ttwo.\nconsidering\na)\tagain;\nb)\ton.\n');
  });

  it('the restart comes at the num\'s first item in each text: an inserted first item moves it', async () => {
    const result = await importDocx(await docx({
      numbering: abstract + num(1) + num(2, 1),
      body: numbered(r('one.'), 1) + p(r('considering')) + numbered(ins('added;', 'Ann', 1), 2, insMark('Ann', 2)) + numbered(r('kept.'), 2),
    }));
    assert.equal(result.text, 'a)\tone.\nconsidering\n{++a)\tadded;\n++}{>>@Ann<<}{~~a)~>b)~~}{>>@Ann<<}\tkept.\n');
  });
});
