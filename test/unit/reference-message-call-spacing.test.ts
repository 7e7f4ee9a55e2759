// A message names a call and its addressee as the text's language writes them: Chinese sets the addressee right after the
// call (`进一步责成秘书长`), and reference.unresolved's hint wrote `进一步责成 秘书长 has 1, 2.` (review 14, rev-lang).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkDocument, parseDocument } from '../../server/src/core';

const EN = ['RESOLUTION 99 (Rev. Dubai, 2012)', 'Title', 'The World Telecommunication Standardization Assembly (Dubai, 2012),', 'resolves', '1\tto study,',
  'instructs the Secretary-General', '1\tto cooperate;', '2\tto report on the matters in instructs the Secretary-General 3 above.', ''].join('\n');
test('zh: a message names a call with its addressee as Chinese writes them, without a space (进一步责成秘书长)', () => {
  const text = ['第99号决议（2012年，迪拜，修订版）', '标题', '世界电信标准化全会（2012年，迪拜），', '做出决议', '1\t开展研究，',
    '责成秘书长', '1\t开展合作；', '2\t提交报告，', '进一步责成秘书长', '1\t落实上文责成秘书长第3段；', '2\t落实上文进一步责成秘书长第3段。', ''].join('\n');
  const messages = checkDocument(parseDocument(text)).filter((f) => f.code === 'reference.unresolved').map((f) => f.message);
  assert.equal(messages.length, 2, messages.join('\n'));
  assert.match(messages[0], / 责成秘书长 has 1, 2\.$/);
  assert.match(messages[1], / 进一步责成秘书长 has 1, 2\.$/);
  // The other languages keep their space.
  const en = checkDocument(parseDocument(EN)).map((f) => f.message);
  assert.ok(en.some((m) => m.includes('instructs the Secretary-General has 1, 2.')), en.join('\n'));
  assert.ok(en.every((m) => !m.includes('instructsthe')), en.join('\n'));
});
