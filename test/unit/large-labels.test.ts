// Label numbers and proposal SEQs past 2^53 (review5 F6): read as numbers, 99999999999999999999 and
// 100000000000000000002 were both rounded to 1e20, so the second was "a duplicate" of the first and the label
// the next item takes was wrong. A number of more than MAX_LABEL_DIGITS digits is read as text and reported.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkDocument, parseDocument } from '../../server/src/core';
import { parseId } from '../../server/src/core/document';
import { matchLabel, MAX_LABEL_DIGITS } from '../../server/src/core/labels';
import { matchLocalLabel, READ_ALONE } from '../../server/src/core/lang/labels';
import { lines } from './helpers';

const digits = (n: number, last = '1') => '9'.repeat(n - 1) + last;

test('a label number of MAX_LABEL_DIGITS digits is read exactly; a longer one is text, in every form a label takes', () => {
  assert.equal(MAX_LABEL_DIGITS, 15);
  const exact = matchLabel(`${digits(15)}\tx`)!.label;
  assert.equal(exact.ordinal, Number(digits(15)));
  assert.ok(Number.isSafeInteger(exact.ordinal + 1));
  for (const form of [`${digits(16)}\tx`, `${digits(20)})\tx`, `1.${digits(16)}\tx`, `${digits(16)}bis\tx`]) assert.equal(matchLabel(form), undefined, form);
  assert.equal(matchLocalLabel(`${digits(15)})议`, READ_ALONE)?.label.ordinal, Number(digits(15)));
  assert.equal(matchLocalLabel(`${digits(16)})议`, READ_ALONE), undefined);
});

/** An ADD whose resolves runs 1, then the given labels. */
function add(...labels: string[]): string {
  return lines('Proposals:\tEXA', 'Document:\t12', 'Addendum:\t3', '', 'ADD\tEXA/12A3/1', 'DRAFT NEW RESOLUTION [EXA-1] (Geneva, 2028)', 'Title',
    'The World Telecommunication Standardization Assembly (Geneva, 2028),', 'resolves', '1\tx;', ...labels.map((l) => `${l}\ty;`), '', 'Reasons:\tr.', '');
}

test('labels past 2^53 are no duplicate of each other: read as text, numbering.too-large says so once, with how many', () => {
  const text = add('99999999999999999999', '100000000000000000002');
  const findings = checkDocument(parseDocument(text));
  assert.deepEqual(findings.filter((f) => f.code.startsWith('numbering.')).map((f) => f.code), ['numbering.too-large']);
  const [large] = findings;
  assert.equal(text.slice(large.start, large.end), '99999999999999999999');
  assert.match(large.message, /^2 label numbers of more than 15 digits/);
  // Fifteen digits are still a label, and compared exactly: 999…8 after 999…7 is no duplicate.
  const fifteen = checkDocument(parseDocument(add('2', digits(15, '7'), digits(15, '8'))));
  assert.deepEqual(fifteen.map((f) => f.code), ['numbering.gap']);
});

test('a proposal SEQ of more than fifteen digits is no id (it would be rounded): proposal.id-format', () => {
  assert.equal(parseId('EXA/12A3/123456789012345', 0).seq, 123456789012345);
  assert.equal(parseId('EXA/12A3/1234567890123456', 0).seq, undefined);
  const text = add().replace('EXA/12A3/1', 'EXA/12A3/100000000000000000002');
  assert.deepEqual(checkDocument(parseDocument(text)).map((f) => f.code), ['proposal.id-format']);
});
