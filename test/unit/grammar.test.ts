// TextMate grammar (syntaxes/itu.tmLanguage.json) and snippets (snippets/itu.json).
//
// The grammar is checked two ways: a snapshot of every token of
// test/fixtures/grammar/sample.itu, and explicit assertions on the scopes that
// matter most. Regenerate the snapshot after an intended grammar change with
//   UPDATE_SNAPSHOTS=1 node --import tsx --test test/unit/grammar.test.ts
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import * as vsctm from 'vscode-textmate';
import { createTwoFilesPatch } from 'diff';
import { CompletionItemKind } from 'vscode-languageserver-types';
import { DocumentRecord } from '../../server/src/service/record';
import { completion } from '../../server/src/service/editing';
import { loadGrammar, SCOPE } from '../support/textmate';
import { provisionNumberAt, type InstrumentKind } from '../../server/src/core/provisions';

const ROOT = path.resolve(__dirname, '../..');
const SNIPPETS_PATH = path.join(ROOT, 'snippets/itu.json');
const FIXTURE = path.join(ROOT, 'test/fixtures/grammar/sample.itu');
const SNAPSHOT = FIXTURE + '.snap';

interface Token {
  text: string;
  /** Scopes without the root scope `text.itu`. */
  scopes: string[];
}
interface Line {
  text: string;
  tokens: Token[];
}

let grammar: vsctm.IGrammar;

/** Tokenizes a whole document line by line, carrying the state across lines. */
function tokenize(text: string): Line[] {
  let state = vsctm.INITIAL;
  return text.split(/\r?\n/).map((line) => {
    const result = grammar.tokenizeLine(line, state);
    state = result.ruleStack;
    return {
      text: line,
      tokens: result.tokens.map((t) => ({
        text: line.slice(t.startIndex, t.endIndex),
        scopes: t.scopes.filter((s, i) => !(i === 0 && s === SCOPE)),
      })),
    };
  });
}

function render(lines: Line[]): string {
  const out = [
    '# Grammar snapshot of test/fixtures/grammar/sample.itu (root scope text.itu omitted, ⇥ = TAB).',
    '# Regenerate: UPDATE_SNAPSHOTS=1 node --import tsx --test test/unit/grammar.test.ts',
    '',
  ];
  lines.forEach((line, i) => {
    if (i === lines.length - 1 && line.text === '') return; // the final newline
    out.push(`${i + 1}| ${line.text.replace(/\t/g, '⇥')}`);
    for (const t of line.tokens) {
      if (t.text === '') continue;
      out.push(`    ${JSON.stringify(t.text).padEnd(32)} ${t.scopes.join(' ') || '-'}`);
    }
  });
  return out.join('\n') + '\n';
}

// ---------------------------------------------------------------- helpers for assertions

/** The tokens of a one-or-more-line text. */
function tokensOf(text: string): Token[][] {
  return tokenize(text).map((l) => l.tokens);
}

/** The scopes of the first token whose text is exactly `text` (on any line). */
function scopesOf(source: string, text: string): string[] {
  for (const line of tokensOf(source)) {
    const t = line.find((tok) => tok.text === text);
    if (t) return t.scopes;
  }
  const all = tokensOf(source).flat().map((t) => JSON.stringify(t.text));
  throw new assert.AssertionError({ message: `no token ${JSON.stringify(text)} in ${JSON.stringify(source)}; tokens: ${all.join(' ')}` });
}

function hasScope(scopes: string[], prefix: string): boolean {
  return scopes.some((s) => s === prefix || s.startsWith(prefix + '.'));
}

function assertScope(source: string, text: string, prefix: string): void {
  const scopes = scopesOf(source, text);
  assert.ok(hasScope(scopes, prefix), `${JSON.stringify(text)} in ${JSON.stringify(source)} should have ${prefix}, has [${scopes.join(', ')}]`);
}

function assertNoScope(source: string, prefix: string): void {
  for (const t of tokensOf(source).flat()) {
    assert.ok(!hasScope(t.scopes, prefix), `${JSON.stringify(t.text)} in ${JSON.stringify(source)} should not have ${prefix}, has [${t.scopes.join(', ')}]`);
  }
}

before(async () => {
  grammar = await loadGrammar();
});

// ---------------------------------------------------------------- snapshot

test('grammar snapshot of test/fixtures/grammar/sample.itu', () => {
  const actual = render(tokenize(fs.readFileSync(FIXTURE, 'utf8')));
  if (process.env.UPDATE_SNAPSHOTS === '1') {
    fs.writeFileSync(SNAPSHOT, actual);
    return;
  }
  assert.ok(fs.existsSync(SNAPSHOT), `no snapshot ${SNAPSHOT}; create it with UPDATE_SNAPSHOTS=1`);
  const expected = fs.readFileSync(SNAPSHOT, 'utf8');
  if (actual !== expected) {
    const patch = createTwoFilesPatch('sample.itu.snap (expected)', 'sample.itu.snap (actual)', expected, actual, '', '', { context: 3 });
    assert.fail(`grammar snapshot differs; if the change is intended run with UPDATE_SNAPSHOTS=1\n${patch}`);
  }
});

// ---------------------------------------------------------------- revision marks

describe('revision marks', () => {
  test('insertion: markup.inserted with begin/end punctuation', () => {
    const src = 'a {++x++} b';
    assertScope(src, 'x', 'markup.inserted');
    assertScope(src, '{++', 'punctuation.definition.inserted.begin');
    assertScope(src, '++}', 'punctuation.definition.inserted.end');
    assert.ok(!hasScope(scopesOf(src, ' b'), 'markup.inserted'), 'the text after the mark is not inserted');
  });

  test('deletion: markup.deleted with begin/end punctuation', () => {
    const src = 'a {--x--} b';
    assertScope(src, 'x', 'markup.deleted');
    assertScope(src, '{--', 'punctuation.definition.deleted.begin');
    assertScope(src, '--}', 'punctuation.definition.deleted.end');
  });

  test('substitution: old part deleted, new part inserted, both markup.changed', () => {
    const src = 'a {~~old~>new~~} b';
    const old = scopesOf(src, 'old');
    const nu = scopesOf(src, 'new');
    assert.ok(hasScope(old, 'markup.changed') && hasScope(old, 'markup.deleted') && !hasScope(old, 'markup.inserted'));
    assert.ok(hasScope(nu, 'markup.changed') && hasScope(nu, 'markup.inserted') && !hasScope(nu, 'markup.deleted'));
    assertScope(src, '~>', 'punctuation.separator.changed');
    assertScope(src, '{~~', 'punctuation.definition.changed.begin');
    assertScope(src, '~~}', 'punctuation.definition.changed.end');
  });

  test('substitution with an empty old or new part keeps tokenizing the line', () => {
    assertScope('a {~~~>new~~} b', 'new', 'markup.inserted');
    assertScope('a {~~old~>~~} b', 'old', 'markup.deleted');
    assert.ok(!hasScope(scopesOf('a {~~~>~~} b', ' b'), 'markup.changed'), 'the empty substitution is closed');
    assert.ok(!hasScope(scopesOf('a {~~~~} b', ' b'), 'markup.changed'), 'the substitution without ~> is closed');
  });

  test('comment, attribution and highlight', () => {
    assertScope('a {>>note<<}', 'note', 'comment.block');
    const attribution = scopesOf('{++x++}{>>@XYZ<<}', '@XYZ');
    assert.ok(hasScope(attribution, 'comment.block.attribution'), attribution.join(' '));
    assertScope('a {==x==}', 'x', 'markup.highlight');
  });

  test('marks span lines', () => {
    const lines = tokensOf('{++first line\n2\tsecond line++} after');
    assert.ok(lines[0].filter((t) => t.text !== '{++').every((t) => hasScope(t.scopes, 'markup.inserted')));
    assert.ok(lines[1].filter((t) => t.text !== ' after').every((t) => hasScope(t.scopes, 'markup.inserted')));
    const label = lines[1].find((t) => t.text === '2');
    assert.ok(label && hasScope(label.scopes, 'constant.numeric.label'), 'a label on the second line of a mark');
    const after = lines[1].find((t) => t.text === ' after');
    assert.ok(after && !hasScope(after.scopes, 'markup.inserted'), 'the mark ends at ++}');

    const sub = tokensOf('{~~old one\nold two~>new~~}');
    assert.ok(hasScope(sub[1].find((t) => t.text === 'old two')!.scopes, 'markup.deleted'));
    assert.ok(hasScope(sub[1].find((t) => t.text === 'new')!.scopes, 'markup.inserted'));
  });

  test('marks inside a label paragraph and inside the number line', () => {
    const src = '{++1\tITU-T sample group ++}to report;';
    assertScope(src, '1', 'constant.numeric.label');
    assertScope(src, '1', 'markup.inserted');
    const number = 'RESOLUTION 52 (Rev. {--Oldtown, 2012--}{++Newtown, 2016++})';
    const deleted = scopesOf(number, 'Oldtown, 2012');
    const inserted = scopesOf(number, 'Newtown, 2016');
    assert.ok(hasScope(deleted, 'markup.heading') && hasScope(deleted, 'markup.deleted'), deleted.join(' '));
    assert.ok(hasScope(inserted, 'markup.heading') && hasScope(inserted, 'markup.inserted'), inserted.join(' '));
  });
});

// ---------------------------------------------------------------- paragraphs

describe('paragraphs', () => {
  test('cover fields only at the top of the file, up to the first blank line', () => {
    const src = 'Meeting:\tSample meeting\nStudy Group:\t99\n\nTitle:\tnot a field';
    assertScope(src, 'Meeting', 'keyword.other.field');
    assertScope(src, 'Study Group', 'keyword.other.field');
    assertScope(src, 'Sample meeting', 'string.unquoted');
    assertNoScope('\nTitle:\tnot a field', 'keyword.other.field');
    assert.ok(!hasScope(scopesOf(src, 'Title:\tnot a field'), 'keyword.other.field'));
  });

  test('proposal header: action keyword per action, id', () => {
    const actions: [string, string][] = [
      ['MOD', 'mod'], ['(MOD)', 'mod-editorial'], ['ADD', 'add'], ['ADD*', 'add-moved'],
      ['SUP', 'sup'], ['SUP*', 'sup-moved'], ['NOC', 'noc'],
    ];
    for (const [action, sub] of actions) {
      const src = `${action}\tXYZ/7A3/1`;
      assertScope(src, action, `keyword.control.action.${sub}`);
      assertScope(src, 'XYZ/7A3/1', 'entity.name.tag.proposal-id');
    }
    assertScope('ADD\tB/CAN/USA/16A19A1/2\tDRAFT NEW RESOLUTION [B-1]', 'B/CAN/USA/16A19A1/2', 'entity.name.tag.proposal-id');
    assertNoScope('MODERATE text', 'keyword.control');
    // Spaces, no-break ones included, separate them as the parser reads them (structure.ts HEADER).
    for (const sep of [' ', '\u00A0', '\u202F']) {
      assertScope(`MOD${sep}XYZ/7A3/1`, 'MOD', 'keyword.control.action.mod');
      assertScope(`MOD${sep}XYZ/7A3/1`, 'XYZ/7A3/1', 'entity.name.tag.proposal-id');
    }
  });

  test('Resolution number line, case-insensitive, with DRAFT NEW and placeholders', () => {
    assertScope('RESOLUTION 52 (Rev. Oldtown, 2012)', '52', 'entity.name.section');
    assertScope('RESOLUTION 52 (Rev. Oldtown, 2012)', 'RESOLUTION', 'markup.heading');
    assertScope('Draft New Resolution [XYZ-1] (Newtown, 2016)', '[XYZ-1]', 'entity.name.section');
    assertScope('resolution 7 (REV.WRC-15)', '7', 'entity.name.section');
    assertNoScope('Resolution 5 (Oldtown, 2012) is cited in this sentence.', 'markup.heading');
  });

  test('call lines: the phrase is a keyword, prose starting with a phrase is not', () => {
    assertScope('considering', 'considering', 'keyword.other.call.preamble');
    assertScope('recognizing further', 'recognizing further', 'keyword.other.call.preamble');
    assertScope('resolves to instruct the relevant study groups', 'resolves to instruct', 'keyword.other.call.operative');
    assertScope('instructs the Director of the Sample Bureau', 'instructs', 'keyword.other.call.operative');
    assertScope('further invites Member States', 'further invites', 'keyword.other.call.operative');
    assertScope('further instructs{-- the old group--}', 'further instructs', 'keyword.other.call');
    assertNoScope('noting that X.', 'keyword.other.call');
    assertNoScope('noting that X', 'keyword.other.call');
    assertNoScope('resolves the matter,', 'keyword.other.call');
    assertNoScope('a)\tconsidering', 'keyword.other.call');
    assertNoScope('notingly', 'keyword.other.call');
    // Phrases beyond FORMAT.md's list, as the server reads them (docs/format-decisions.md).
    assertScope('conscious', 'conscious', 'keyword.other.call');
    assertScope('further resolves', 'further resolves', 'keyword.other.call');
    assertScope('DECISION 5 (Rev. Dubai, 2018)', 'DECISION', 'keyword.other.resolution');
  });

  test('labels', () => {
    const labels = ['a)', 'abis)', 'b)bis', 'iv)', 'viii)', 'aa)', '1)', '1)bis', '2bis)', '1', '1.2', '1bis.1.1', '4.3bis', '6.1a', '7.1.0'];
    for (const label of labels) {
      const line = tokensOf(`${label}\tthat sample text;`)[0];
      assert.equal(line[0].text, label, `${label} is one token`);
      assert.ok(hasScope(line[0].scopes, 'constant.numeric.label'), `${label}: ${line[0].scopes.join(' ')}`);
      assert.ok(hasScope(line[1].scopes, 'punctuation.separator.label'));
    }
    assertScope('a) that spaces are accepted', 'a)', 'constant.numeric.label');
    assertScope('1.2 spaces after a dotted number', '1.2', 'constant.numeric.label');
    // A no-break space separates as a space does, the narrow and figure ones too (core/labels.ts NO_BREAK_SPACES).
    for (const sep of ['\u00A0', '\u2007', '\u202F']) {
      for (const label of ['a)', 'b)bis', '1.2', 'ب)', 'б)']) {
        assertScope(`${label}${sep}that text`, label, 'constant.numeric.label');
        assertScope(`${label}${sep}that text`, sep, 'punctuation.separator.label');
      }
    }
    assertNoScope('2016 was a year', 'constant.numeric.label');
    assertNoScope('see 1\tlater', 'constant.numeric.label');
    assertScope('{~~d~>e~~})\tthat a relettered label', 'e', 'markup.inserted');
    assertScope('{~~d~>e~~})\tthat a relettered label', ')', 'constant.numeric.label');
    assertScope('{~~b~>c~~}bis)\tthat a relettered bis label', 'c', 'markup.inserted');
  });

  test('provision numbers of the RR, CS and CV: every number the server reads opening a line is a label (review 9, J7)', () => {
    for (const label of ['5.338A', '5.339A', '5.A117', '3A', '58A', '160CA', '1.166A']) {
      const line = tokensOf(`${label}\tThe use of the band;`)[0];
      assert.equal(line[0].text, label, `${label} is one token`);
      assert.ok(hasScope(line[0].scopes, 'constant.numeric.label.decimal'), `${label}: ${line[0].scopes.join(' ')}`);
    }
    // A word in capitals after a number is no suffix.
    assertNoScope('5 ABC\ttext', 'constant.numeric.label');
    // The real instruments: each line the provision reader numbers (one number, opening the line) is coloured as one.
    const dir = path.join(ROOT, 'test/corpus-kinds');
    const kinds: [RegExp, InstrumentKind][] = [[/^rr-/, 'RR'], [/^cs-/, 'CS'], [/^cv-/, 'CV'], [/^itr-/, 'ITR']];
    let seen = 0;
    for (const file of fs.readdirSync(dir)) {
      const kind = kinds.find(([re]) => re.test(file))?.[1];
      if (!kind) continue;
      for (const text of fs.readFileSync(path.join(dir, file), 'utf8').split(/\r?\n/)) {
        const read = /^\d/.test(text) ? provisionNumberAt(text, kind) : undefined;
        if (!read || read.numbers.length !== 1 || !text.startsWith(read.numbers[0] + '\t')) continue;
        const first = tokensOf(text)[0][0];
        assert.ok(first.text === read.numbers[0] && hasScope(first.scopes, 'constant.numeric.label.decimal'), `${file}: ${text.slice(0, 60)} (${first.text}: ${first.scopes.join(' ')})`);
        seen++;
      }
    }
    assert.ok(seen > 500, `${seen} provision lines`);
  });

  test('clause headings outside Resolutions', () => {
    assertScope('1\tIntroduction', 'Introduction', 'markup.heading.clause');
    assertScope('2.1\tMeetings of the group', 'Meetings of the group', 'markup.heading.clause');
    assertNoScope('1.1\tThe assembly shall meet.', 'markup.heading');
    assertNoScope('1\tto do something;', 'markup.heading');
  });

  test('SECTION, ANNEX, APPENDIX, ATTACHMENT headings', () => {
    assertScope('SECTION 3', '3', 'entity.name.section');
    assertScope('Section 1bis', '1bis', 'entity.name.section');
    assertScope('SECTION\u00a01', 'SECTION', 'markup.heading.section');
    assertScope('Section {--4--}{++5++}', '5', 'markup.inserted');
    assertNoScope('Section 3 below applies.', 'markup.heading');
    assertScope('ANNEX A (to Resolution 12)', 'A', 'entity.name.section');
    assertScope('APPENDIX I', 'APPENDIX', 'markup.heading.annex');
    assertScope('ATTACHMENT 2', 'ATTACHMENT', 'markup.heading.annex');
    assertScope('Annex B', 'Annex', 'markup.heading.annex');
    assertNoScope('Annex B describes the procedure.', 'markup.heading');
  });

  test('Reasons, footnotes, elision, bullets', () => {
    assertScope('Reasons:\tBecause.', 'Reasons', 'keyword.other.reasons');
    assertScope('that it is useful[^1];', '1', 'constant.other.reference.footnote');
    assertScope('[^1]:\tA footnote.', '1', 'entity.name.footnote');
    assertScope('…', '…', 'constant.language.elision');
    assertScope('...', '...', 'constant.language.elision');
    assertNoScope('... and more text', 'constant.language.elision');
    assertScope('–\ta dashed sub-item', '–', 'punctuation.definition.list.begin');
  });
});

// ---------------------------------------------------------------- snippets

interface Snippet {
  prefix: string | string[];
  body: string | string[];
  description: string;
}

/** Expands a snippet body to the text VS Code inserts when every placeholder keeps its default. */
function expandSnippet(body: string): string {
  let i = 0;
  function parse(stopAtBrace: boolean): string {
    let out = '';
    while (i < body.length) {
      const c = body[i];
      if (c === '\\' && i + 1 < body.length && '$}\\,|'.includes(body[i + 1])) {
        out += body[i + 1];
        i += 2;
      } else if (c === '}' && stopAtBrace) {
        return out;
      } else if (c === '$') {
        const simple = /^\$(\d+|[A-Z_][A-Z_0-9]*)/.exec(body.slice(i));
        if (simple) {
          i += simple[0].length;
        } else if (body[i + 1] === '{') {
          const head = /^\$\{(\d+|[A-Z_][A-Z_0-9]*)/.exec(body.slice(i));
          if (!head) throw new Error(`bad placeholder at ${i} in ${JSON.stringify(body)}`);
          i += head[0].length;
          if (body[i] === ':') {
            i++;
            out += parse(true);
          } else if (body[i] === '|') {
            const end = body.indexOf('|}', i + 1);
            if (end < 0) throw new Error(`unclosed choice in ${JSON.stringify(body)}`);
            out += body.slice(i + 1, end).split(',')[0];
            i = end + 1;
          }
          if (body[i] !== '}') throw new Error(`unclosed placeholder at ${i} in ${JSON.stringify(body)}`);
          i++;
        } else {
          out += c;
          i++;
        }
      } else {
        out += c;
        i++;
      }
    }
    if (stopAtBrace) throw new Error(`unclosed placeholder in ${JSON.stringify(body)}`);
    return out;
  }
  return parse(false);
}

describe('snippets', () => {
  const snippets = JSON.parse(fs.readFileSync(SNIPPETS_PATH, 'utf8')) as Record<string, Snippet>;
  const bodyText = (s: Snippet) => (Array.isArray(s.body) ? s.body.join('\n') : s.body);
  const ACTIONS = ['MOD', '(MOD)', 'ADD', 'ADD*', 'SUP', 'SUP*', 'NOC'];
  const proposals = Object.entries(snippets).filter(([, s]) => {
    const first = bodyText(s).split('\n')[0];
    return ACTIONS.some((a) => first.startsWith(a));
  });

  test('every snippet has a prefix, a body and a description', () => {
    assert.ok(Object.keys(snippets).length > 0);
    for (const [name, s] of Object.entries(snippets)) {
      const prefixes = Array.isArray(s.prefix) ? s.prefix : [s.prefix];
      assert.ok(prefixes.length > 0 && prefixes.every((p) => typeof p === 'string' && p.length > 0), `${name}: prefix`);
      const body = Array.isArray(s.body) ? s.body : [s.body];
      assert.ok(body.length > 0 && body.every((b) => typeof b === 'string'), `${name}: body`);
      assert.ok(typeof s.description === 'string' && s.description.trim().length > 0, `${name}: description`);
      assert.doesNotThrow(() => expandSnippet(bodyText(s)), `${name}: placeholders are well formed`);
    }
  });

  // The proposal skeletons are the language server's completion items (they carry the next id).
  const skeletons = (text: string, line: number) => {
    const state = new DocumentRecord('file:///t.itu', 1, text);
    return completion(state, { line, character: 0 }, { snippets: true, today: new Date(Date.UTC(2026, 0, 1)) })
      .filter((i) => i.kind === CompletionItemKind.Snippet);
  };

  test('no proposal or call skeleton in the snippets file: the server offers them where they fit (no duplicate entries)', () => {
    assert.deepEqual(proposals.map(([name]) => name), []);
    assert.deepEqual(Object.keys(snippets).filter((n) => n.startsWith('Call:')), []);
  });

  test('one proposal skeleton per action, its header carrying the next id and a TAB', () => {
    const text = 'Proposals:\tXX\nDocument:\t7\nAddendum:\t1\n\nADD\tXX/7A1/1\nText.\nReasons:\tr.\n\n';
    const items = skeletons(text, 8);
    assert.deepEqual(items.map((i) => i.label), ACTIONS);
    for (const item of items) {
      const body = item.insertText!;
      assert.equal(body.split('\n')[0], `${item.label}\tXX/7A1/2`, `${item.label}: header`);
      assert.match(body, /\nReasons:\t/, `${item.label}: Reasons line`);
    }
    // With no cover, the id's parts it would give are the first tab stops, named for what goes there (the first SEQ is 1).
    const [mod] = skeletons('', 0).filter((i) => i.label === 'MOD');
    assert.match(mod.insertText!, /^MOD\t\$\{1:source, e\.g\. AFCP\}\/\$\{2:document, e\.g\. 42A25\}\/1\nRESOLUTION \$\{3:n\}/);
  });

  test('expanded proposal skeletons are highlighted as proposals', () => {
    const items = skeletons('', 0);
    assert.equal(items.length, ACTIONS.length);
    for (const item of items) {
      const lines = tokensOf(expandSnippet(item.insertText!));
      assert.ok(hasScope(lines[0][0].scopes, 'keyword.control.action'), `${item.label}: header action`);
      const last = lines[lines.length - 1];
      assert.ok(hasScope(last[0].scopes, 'keyword.other.reasons'), `${item.label}: Reasons`);
    }
    const mod = expandSnippet(items.find((i) => i.label === 'MOD')!.insertText!);
    const modTokens = tokensOf(mod).flat();
    assert.ok(modTokens.some((t) => hasScope(t.scopes, 'markup.inserted')), 'MOD shows an insertion');
    assert.ok(modTokens.some((t) => hasScope(t.scopes, 'markup.deleted')), 'MOD shows a deletion');
  });

  test('the substitution snippet takes a selection as the old text, with the first tab stop in the new text', () => {
    const body = bodyText(snippets['Mark: substitution']);
    // VS Code replaces the variable (and the placeholder in its default) by the selection: $2 is then the first stop.
    assert.equal(body.replace(/\$\{TM_SELECTED_TEXT:\$\{1:[^}]*\}\}/, 'SELECTED'), '{~~SELECTED~>${2:new text}~~}$0');
  });

  test('the draft new Resolution skeleton has a number line, a preamble and an operative call', () => {
    const entry = Object.values(snippets).find((s) => bodyText(s).startsWith('DRAFT NEW RESOLUTION'));
    assert.ok(entry, 'a DRAFT NEW RESOLUTION snippet');
    const text = expandSnippet(bodyText(entry));
    assertScope(text, 'DRAFT NEW RESOLUTION', 'markup.heading');
    assertScope(text, 'considering', 'keyword.other.call.preamble');
    assertScope(text, 'resolves', 'keyword.other.call.operative');
    assertScope(text, 'a)', 'constant.numeric.label');
    assertScope(text, '1', 'constant.numeric.label');
  });
});
