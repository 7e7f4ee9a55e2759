// The grammar's rules for French, Spanish, Russian, Chinese and Arabic texts (generated from the
// tables the server matches with by test/support/grammar-languages.ts): up to date, and colouring as a
// call, a Reasons paragraph, a number line or a label exactly the lines the server reads as such.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import * as vsctm from 'vscode-textmate';
import { parseDocument, viewStart } from '../../server/src/core';
import { GRAMMAR, grammarWithLanguages } from '../support/grammar-languages';
import { loadGrammar } from '../support/textmate';

const ROOT = path.resolve(__dirname, '../..');
let grammar: vsctm.IGrammar;

before(async () => {
  grammar = await loadGrammar();
});

/** For each line, the scopes of its first token. */
function firstScopes(text: string): string[][] {
  let state = vsctm.INITIAL;
  return text.split('\n').map((line) => {
    const r = grammar.tokenizeLine(line, state);
    state = r.ruleStack;
    return r.tokens[0]?.scopes ?? [];
  });
}

test('the grammar holds the rules the tables give (run test/support/grammar-languages.ts after changing a table)', () => {
  const text = fs.readFileSync(GRAMMAR, 'utf8');
  assert.equal(grammarWithLanguages(text), text);
});

const REAL = path.join(ROOT, 'test/fixtures/languages/real');
const TEXTS = [
  ...['en', 'fr', 'es', 'ru', 'zh', 'ar'].map((lang) => ({ name: lang, file: path.join(ROOT, `test/fixtures/languages/draft-${lang}.itu`), least: 15 })),
  ...fs.readdirSync(REAL).filter((f) => f.endsWith('.txt')).map((f) => ({ name: f, file: path.join(REAL, f), least: 0 })),
];

for (const { name: lang, file, least } of TEXTS) {
  test(`${lang}: the grammar colours the calls, Reasons, number line and labels the server reads`, () => {
    const text = fs.readFileSync(file, 'utf8');
    const doc = parseDocument(text);
    const scopes = firstScopes(text);
    const has = (line: number, prefix: string) => scopes[line].some((s) => s.startsWith(prefix));
    let seen = 0;
    for (const p of doc.views.new.paragraphs) {
      const line = text.slice(0, viewStart(doc.views.new, p)).split('\n').length - 1;
      const want: Record<string, string> = {
        call: 'keyword.other.call.', reasons: 'keyword.other.reasons.', 'resolution-number': 'keyword.other.resolution.', item: 'constant.numeric.label.',
      };
      const prefix = want[p.kind];
      if (prefix) {
        assert.ok(has(line, prefix), `${lang} line ${line + 1} (${p.kind}) "${p.text}": [${scopes[line].join(', ')}]`);
        seen++;
      } else {
        for (const other of Object.values(want)) assert.ok(!has(line, other), `${lang} line ${line + 1} (${p.kind}) "${p.text}" coloured ${other}`);
      }
    }
    assert.ok(seen >= least, `${lang}: ${seen} coloured lines`);
  });
}

test('prose that begins with a call phrase is not coloured as a call', () => {
  for (const line of ['considérant que le spam est un problème mondial;', 'учитывая, что спам', 'إذ تلاحظ أن الرسائل الاقتحامية مشكلة؛', '注意到了各方的意见。']) {
    assert.ok(!firstScopes(line)[0].some((s) => s.startsWith('keyword.other.call.')), line);
  }
});

test('Arabic call and number lines are one colour, so VS Code shows them in their order (review 6, G16)', () => {
  // VS Code lays out the differently scoped parts of a line left to right: a right-to-left line split in two
  // parts shows its second part first, to a reader going from the right.
  const files = [path.join(ROOT, 'test/fixtures/languages/draft-ar.itu'), ...fs.readdirSync(REAL).filter((f) => /ar/i.test(f) && f.endsWith('.txt')).map((f) => path.join(REAL, f))];
  let seen = 0;
  for (const file of files) {
    const text = fs.readFileSync(file, 'utf8');
    const doc = parseDocument(text);
    const lines = text.split('\n');
    let state = vsctm.INITIAL;
    const tokens = lines.map((line) => {
      const r = grammar.tokenizeLine(line, state);
      state = r.ruleStack;
      return r.tokens;
    });
    for (const p of doc.views.new.paragraphs) {
      if ((p.kind !== 'call' && p.kind !== 'resolution-number') || !/[\u0600-\u06ff]/.test(p.text) || /[{}[\]]/.test(p.text)) continue;
      const line = text.slice(0, viewStart(doc.views.new, p)).split('\n').length - 1;
      const kinds = new Set(tokens[line].filter((t) => t.endIndex > t.startIndex).map((t) => t.scopes.join(' ')));
      assert.equal(kinds.size, 1, `${path.basename(file)} line ${line + 1} "${lines[line]}": ${[...kinds].join(' | ')}`);
      seen++;
    }
  }
  assert.ok(seen >= 6, `${seen} Arabic call and number lines`);
});

test('an inserted item of a Russian or Arabic list is coloured as the label the server reads (the bis fix writes them)', () => {
  for (const line of ['аbis)\tчто вставлено;', 'бbis)\tчто вставлено;', 'abis)\tчто вставлено;', 'أbis)\tأن نصاً أُدرج؛', 'بter )\tأن نصاً أُدرج؛']) {
    assert.ok(parseDocument(`${line}\n`).views.new.paragraphs[0].label, `the server reads ${line} as a label`);
    assert.ok(firstScopes(line)[0].some((s) => s.startsWith('constant.numeric.label.')), `${line}: [${firstScopes(line)[0].join(', ')}]`);
  }
});
