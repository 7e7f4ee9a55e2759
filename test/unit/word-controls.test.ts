// Word export of control characters (review5 F4): a vertical tab (Word's manual line break, pasted with
// the text) is written as Word's line break `<w:br/>`, never dropped with the words on both sides glued;
// what XML cannot hold (other controls, U+FFFE, U+FFFF) is left out and said.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parseDocument } from '../../server/src/core';
import { run } from '../../server/src/cli/main';
import { exportDocx } from '../../server/src/word/export';
import { importDocx } from '../../server/src/word/import';
import { FIXED_DATE, partText } from '../support/word';
import { lines } from './helpers';

const TEXT = lines(
  'MOD\tEXA/12A3/1', 'RESOLUTION 99 (Rev. Geneva, 2022)', 'Title', 'considering',
  'a)\tthat tools can be shared{++ openly,\vas Word writes a manual line break++};', 'b)\tthat notes help[^1],',
  '[^1]:\tnote \uFFFE\uFFFF\u{10FFFF}\u000B\u0007end', 'Reasons:\tr.',
);

test('a vertical tab is exported as <w:br/> (body, insertions, footnotes) and comes back as a space', async () => {
  const docx = await exportDocx(parseDocument(TEXT), { date: FIXED_DATE });
  const body = await partText(docx, 'word/document.xml');
  assert.match(body, /openly,<\/w:t><w:br\/><w:t[^>]*>as Word writes/);
  assert.doesNotMatch(body, /openly,as Word/);
  const notes = await partText(docx, 'word/footnotes.xml');
  assert.match(notes, />note \u{10FFFF}<\/w:t><w:br\/><w:t[^>]*>end</u);
  assert.doesNotMatch(notes, /[\uFFFE\uFFFF\u0007\u000B]/);
  const back = await importDocx(docx);
  assert.match(back.text, /openly, as Word writes a manual line break/);
});

test('export says how many characters Word cannot hold were left out; a vertical tab is not one of them', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'itu-controls-'));
  try {
    const source = path.join(dir, 'draft.itu');
    const say = async (text: string) => {
      fs.writeFileSync(source, text);
      let err = '';
      const code = await run(['export', source, '-o', path.join(dir, 'draft.docx'), '--force'], { out: () => {}, err: (s) => (err += s) });
      assert.equal(code, 0, err);
      return err;
    };
    // U+FFFE, U+FFFF and BEL are left out (U+10FFFF is a character XML holds), the VT is a line break.
    assert.match(await say(TEXT), /3 characters Word cannot hold \(control characters, U\+FFFE, U\+FFFF\) are left out/);
    assert.doesNotMatch(await say(TEXT.replace(/[\uFFFE\uFFFF\u0007]/g, '')), /cannot hold/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
