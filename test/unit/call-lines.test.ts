// Call lines (core/lang/match.ts matchCall): the cheap tests before the call pattern (final stop, comma,
// first word before folding) must keep every call line a call, in each language and with the white
// space and punctuation typists use.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { matchCall } from '../../server/src/core/lang';

const call = (text: string) => {
  const m = matchCall(text);
  return m && [m.phrase, m.kind, m.addressee, m.lang];
};

test('call lines in each language, bare, with a comma, with an addressee', () => {
  assert.deepEqual(call('considering'), ['considering', 'preamble', '', 'en']);
  assert.deepEqual(call('Considering'), ['considering', 'preamble', '', 'en']);
  assert.deepEqual(call('considering,'), ['considering', 'preamble', '', 'en']);
  assert.deepEqual(call('resolves\u00A0further'), ['resolves further', 'operative', '', 'en']);
  assert.deepEqual(call('noting\u2003with concern'), ['noting', 'preamble', 'with concern', 'en']);
  assert.deepEqual(call('instructs the Director of the Telecommunication Standardization Bureau'), ['instructs', 'operative', 'the Director of the Telecommunication Standardization Bureau', 'en']);
  assert.deepEqual(call('y considerando'), ['y considerando', 'preamble', '', 'es']);
  assert.deepEqual(call('учитывая ,'), ['учитывая', 'preamble', '', 'ru']);
  assert.deepEqual(call('وإذ تلاحظ'), ['وإذ تلاحظ', 'preamble', '', 'ar']);
  assert.deepEqual(call('إذ تضع في اعتبارَها،'), ['إذ تضع في اعتبارَها', 'preamble', '', 'ar']);
  assert.deepEqual(call('责成秘书长'), ['责成', 'operative', '秘书长', 'zh']);
});

test('prose that opens with a call word, or ends with a stop, is no call', () => {
  assert.equal(matchCall('considering that the text is long;'), undefined);
  assert.equal(matchCall('considering.'), undefined);
  assert.equal(matchCall('noting that, as said,'), undefined);
  assert.equal(matchCall('the Assembly, considering'), undefined);
  assert.equal(matchCall('considérant。'), undefined);
  assert.equal(matchCall(''), undefined);
  assert.equal(matchCall(','), undefined);
});

test('a final comma: the phrase before it and any white space between them, read as the pattern ^(.*?)\\s*[,،，]$ reads them', () => {
  // The comma is taken off by slicing (match.ts beforeFinalComma): every kind of white space and comma the pattern allows.
  for (const space of ['', ' ', '\t', '\u00A0', '\u3000', '\u2028', ' \u00A0 ']) {
    for (const comma of [',', '،', '，']) assert.deepEqual(call(`considering${space}${comma}`), ['considering', 'preamble', '', 'en'], JSON.stringify(space + comma));
  }
  // The pattern's `.` stops at a line terminator: before the comma's white space, the line is read whole (and is no call).
  assert.equal(matchCall('considering\u2028further ,'), undefined);
  assert.equal(matchCall('considering\u2029,x ,'), undefined);
  // A bare phrase and a comma take no addressee: `noting the report,` is prose.
  assert.equal(matchCall('noting the report,'), undefined);
  assert.equal(matchCall(' ,'), undefined);
});
