// The CLI's one option reader (util.parseArgs underneath): what each command line gives, and the
// usage errors in the CLI's words.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseCommandArgs } from '../../server/src/cli/args';

const spec = { values: ['-o', '--format'], flags: ['--force'], aliases: { '--output': '-o' } };
const parse = (...args: string[]) => parseCommandArgs(args, spec, (m) => new Error(m));

test('values, flags, aliases, inline values, `-` and `--`', () => {
  const r = parse('a.itu', '-o', '-', '--format=json', '--force', '--', '--not-an-option');
  assert.deepEqual(r.positional, ['a.itu', '--not-an-option']);
  assert.deepEqual([...r.options], [['-o', '-'], ['--format', 'json'], ['--force', true]]);
  assert.deepEqual([...parse('--output', 'x.docx').options], [['-o', 'x.docx']]);
  assert.deepEqual(parse('-').positional, ['-']);
});

test('usage errors name the option as written', () => {
  assert.throws(() => parse('--bogus'), /^Error: unknown option --bogus$/);
  assert.throws(() => parse('-x'), /unknown option -x/);
  assert.throws(() => parse('--o', 'x'), /unknown option --o/, 'a short option is not a long one');
  assert.throws(() => parse('--format'), /--format needs a value/);
  assert.throws(() => parse('--format='), /--format needs a value/);
  assert.throws(() => parse('--force=yes'), /--force takes no value/);
});
