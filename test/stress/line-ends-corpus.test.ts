// Every real text (the corpus and the examples) gives the same findings on the same lines, and the same
// fixes, with LF, CRLF, CR or mixed line ends (moved from test/unit/line-ends.test.ts: it checks each
// text eight times over).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { checkDocument, parseDocument, withLineEnds } from '../../server/src/core';
import { sameWhateverTheLineEnds } from '../support/lineEnds';
import { ROOT, SHARED } from '../unit/helpers';

test('real texts: the corpus and the examples', () => {
  const files = [
    ...fs.readdirSync(path.join(SHARED, 'corpus')).filter((f) => f.endsWith('.txt')).map((f) => path.join(SHARED, 'corpus', f)),
    ...fs.readdirSync(path.join(SHARED, 'examples')).map((f) => path.join(SHARED, 'examples', f)),
    ...fs.readdirSync(path.join(ROOT, 'examples')).map((f) => path.join(ROOT, 'examples', f)),
  ];
  assert.ok(files.length >= 6);
  for (const file of files) {
    const lf = withLineEnds(fs.readFileSync(file, 'utf8'), '\n');
    sameWhateverTheLineEnds(lf, (t) => checkDocument(parseDocument(t)), path.basename(file));
  }
});
