// The check registry (core/checks/index.ts), FindingCode (core/types.ts) and docs/diagnostics.md
// name the same codes: no code is raised unregistered or undocumented, none is documented that
// does not exist.
//   node --import tsx --test test/unit/registry.test.ts
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import ts from 'typescript';
import { CHECK_FAMILIES, checkDocument, parseDocument, registeredCodes } from '../../server/src/core';

const root = path.join(__dirname, '..', '..');

/** The string literals of the FindingCode union, read from the source (a type leaves nothing at run time). */
function findingCodes(): string[] {
  const file = path.join(root, 'server/src/core/types.ts');
  const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022);
  const codes: string[] = [];
  source.forEachChild((node) => {
    if (!ts.isTypeAliasDeclaration(node) || node.name.text !== 'FindingCode') return;
    const members = ts.isUnionTypeNode(node.type) ? node.type.types : [node.type];
    for (const m of members) {
      assert.ok(ts.isLiteralTypeNode(m) && ts.isStringLiteral(m.literal), `FindingCode member ${m.getText(source)} is not a string literal`);
      codes.push(m.literal.text);
    }
  });
  return codes;
}

/** The codes docs/diagnostics.md gives a section (`## numbering.gap`). */
function documentedCodes(): string[] {
  const doc = fs.readFileSync(path.join(root, 'docs/diagnostics.md'), 'utf8');
  return [...doc.matchAll(/^## ([a-z]+\.[a-z-]+)\s*$/gm)].map((m) => m[1]);
}

describe('check registry', () => {
  const codes = findingCodes();
  const registry = registeredCodes();

  test('FindingCode is read from types.ts', () => {
    assert.ok(codes.length >= 20, `${codes.length} codes`);
    assert.ok(codes.includes('numbering.gap') && codes.includes('input.binary'));
  });

  test('every FindingCode is in the registry, and every registered code is a FindingCode', () => {
    assert.deepEqual(codes.filter((c) => !registry.has(c as never)), [], 'codes no family registers');
    assert.deepEqual([...registry.keys()].filter((c) => !codes.includes(c)), [], 'registered codes that are not FindingCodes');
  });

  test('each code is registered once, in the family its prefix names, with a description', () => {
    const seen = new Map<string, string>();
    for (const family of CHECK_FAMILIES) {
      for (const [code, description] of Object.entries(family.codes)) {
        assert.equal(seen.get(code), undefined, `${code} is registered by ${seen.get(code)} and ${family.name}`);
        seen.set(code, family.name);
        assert.equal(code.split('.')[0], family.name, `${code} in family ${family.name}`);
        assert.ok(description && description.trim().length > 5, `${code} has no description`);
      }
    }
    assert.equal(new Set(CHECK_FAMILIES.map((f) => f.name)).size, CHECK_FAMILIES.length, 'family names are unique');
  });

  test('docs/diagnostics.md documents every code, and only codes that exist', () => {
    const documented = documentedCodes();
    assert.deepEqual(codes.filter((c) => !documented.includes(c)), [], 'codes without a section in docs/diagnostics.md');
    assert.deepEqual(documented.filter((c) => !codes.includes(c)), [], 'sections in docs/diagnostics.md for codes that do not exist');
    assert.equal(new Set(documented).size, documented.length, 'a code documented twice');
  });

  test('the registry runs: findings of parse-time and check-time families alike come out of checkDocument', () => {
    const text = 'MOD\tAFCP/42A25/1\n\nRESOLUTION 1 (Rev. Dubai, 2012)\n\nTitle\n\nresolves\n\na)\tx {++y\n\nc)\tz[^1]\n\nReasons:\tr\n';
    const found = new Set(checkDocument(parseDocument(text)).map((f) => f.code));
    for (const code of ['marks.unclosed', 'numbering.gap', 'footnote.undefined']) assert.ok(found.has(code as never), `${code} in ${[...found]}`);
    const binary = checkDocument(parseDocument('\u0000\u0001\u0002 text'));
    assert.deepEqual(binary.map((f) => f.code), ['input.binary']);
  });
});
