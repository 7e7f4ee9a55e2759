// resolution.meeting-mismatch quotes the meeting as written; a Russian one ends with its own full stop (`Женева, 2022 г.`),
// and the message ended `… names Женева, 2022 г..` (review 14, rev-lang). Generated: the meeting meant last in the
// message, with and without its full stop, in Russian and English.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkDocument, parseDocument } from '../../server/src/core';

const TEXTS: [string, string][] = [
  ['ru', ['ADD\tRCC/1/1', 'ПРОЕКТ НОВОЙ РЕЗОЛЮЦИИ [RCC-1] (Женева, 2022 г.)', 'ИИ', 'Всемирная ассамблея по стандартизации электросвязи (Хаммамет, 2016 г.),', 'учитывая', 'а)\tчто ИИ развивается,', 'решает', '1\tсоздать группу.', '', 'Основания:\tr', ''].join('\n')],
  ['en', ['ADD\tX/1/1', 'DRAFT NEW RESOLUTION [X-1] (Geneva, 2022)', 'AI', 'The World Telecommunication Standardization Assembly (Hammamet, 2016),', 'resolves', '1\tto create a group.', '', 'Reasons:\tr', ''].join('\n')],
];

for (const [lang, text] of TEXTS) {
  test(`${lang}: a meeting-mismatch message ends with one full stop`, () => {
    const messages = checkDocument(parseDocument(text)).filter((f) => f.code === 'resolution.meeting-mismatch').map((f) => f.message);
    assert.equal(messages.length, 1, messages.join('\n'));
    assert.ok(messages[0].endsWith('.') && !messages[0].endsWith('..'), messages[0]);
    assert.ok(messages[0].includes(lang === 'ru' ? 'Женева, 2022 г.' : 'Geneva, 2022.'), messages[0]);
  });
}
