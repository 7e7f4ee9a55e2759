// How references and the items they name are compared (core/lang/references.ts): call phrases and
// labels are folded to keys. Plain ASCII keys take a short path; these cases sit on both sides of it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { labelKey, phraseKey, withoutConjunction } from '../../server/src/core/lang/references';

test('a call phrase is compared case-folded, its white space as one space, Arabic marks and alef forms folded', () => {
  assert.equal(phraseKey('considering'), 'considering');
  assert.equal(phraseKey('resolves further'), 'resolves further');
  assert.equal(phraseKey('Considering'), 'considering');
  assert.equal(phraseKey('resolves  further'), 'resolves further');
  assert.equal(phraseKey('resolves\tfurther'), 'resolves further');
  assert.equal(phraseKey(' noting '), 'noting');
  assert.equal(phraseKey('resolves\u00A0further'), 'resolves further');
  assert.equal(phraseKey('Considérant'), 'considérant');
  assert.equal(phraseKey('إذ تضع في اعتبارَها'), 'اذ تضع في اعتبارها');
  assert.equal(phraseKey(''), '');
});

test('a conjunction opening a call is no part of the phrase compared', () => {
  assert.equal(withoutConjunction(phraseKey('y considerando')), 'considerando');
  assert.equal(withoutConjunction(phraseKey('وإذ تلاحظ')), phraseKey('إذ تلاحظ'));
  assert.equal(withoutConjunction('considering'), 'considering');
  assert.equal(withoutConjunction('y'), 'y');
});

test('a label is compared with full-width forms, spaces, Cyrillic look-alikes and alef and hā\' forms folded', () => {
  assert.equal(labelKey('b)'), 'b)');
  assert.equal(labelKey('1.2'), '1.2');
  assert.equal(labelKey('abis)'), 'abis)');
  assert.equal(labelKey('ｂ）'), 'b)');
  assert.equal(labelKey('b )'), 'b)');
  assert.equal(labelKey('b\u00A0)'), 'b)');
  assert.equal(labelKey('с)'), 'c)');
  assert.equal(labelKey('١.٢'), '1.2');
  assert.equal(labelKey('ا)'), 'أ)');
  assert.equal(labelKey('ه )'), 'هـ)');
});
