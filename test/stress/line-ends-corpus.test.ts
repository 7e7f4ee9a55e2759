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

// Every fixture and converted real text (six languages, every text kind): the checks that scan lines of their own (the
// citations of suppressed or renumbered provisions, the instrument headings, the characters check) read a CR alone as
// a line end too (the twenty-sixth session's review: four fixtures lost a finding with CR line ends).
test('the fixtures and the converted real texts', () => {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory()) walk(path.join(dir, e.name));
      else if (e.name.endsWith('.itu')) files.push(path.join(dir, e.name));
    }
  };
  walk(path.join(ROOT, 'test/fixtures'));
  walk(path.join(ROOT, 'test/corpus-kinds'));
  assert.ok(files.length >= 80, `${files.length} texts`);
  for (const file of files) {
    const lf = withLineEnds(fs.readFileSync(file, 'utf8'), '\n');
    sameWhateverTheLineEnds(lf, (t) => checkDocument(parseDocument(t)), path.relative(ROOT, file));
  }
});
