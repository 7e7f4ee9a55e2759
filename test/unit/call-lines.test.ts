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
