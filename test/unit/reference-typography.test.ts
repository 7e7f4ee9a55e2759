// French and Russian typography in references with a direction word: guillemets set apart from the call by a no-break
// space or a narrow no-break space (`l'alinéa d) du « considérant » ci-dessus`), Russian „…“ and « », and a direction word
// whose hyphen is the one Word sets (`ci‑dessus` with U+2011 NON-BREAKING HYPHEN, U+2010). Before, a reference quoting
// its call with spaces was not read at all, and one with `ci‑dessus` was read without its direction word. Generated: every
// spacing and hyphen, the reference naming an item the Resolution has (nothing reported) and one it lacks (reported).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkDocument, parseDocument } from '../../server/src/core';

const FR = ['RÉSOLUTION 175 (Rév. Dubaï, 2018)', 'Titre', 'La Conférence de plénipotentiaires de l\'Union internationale des télécommunications (Dubaï, 2018),',
  'considérant', 'a)\tpremier;', 'b)\tdeuxième;', 'c)\ttroisième,', 'décide', '1\tde faire ceci;', '2\tde faire cela,', 'charge le Secrétaire général', '1\tde tenir compte {REF}.', ''];
const RU = ['РЕЗОЛЮЦИЯ 175 (Пересм. Дубай, 2018 г.)', 'Название', 'Полномочная конференция Международного союза электросвязи (Дубай, 2018 г.),',
  'учитывая', 'a)\tпервое;', 'b)\tвторое;', 'c)\tтретье,', 'решает', '1\tделать это;', '2\tделать то,', 'поручает Генеральному секретарю', '1\tучитывать {REF}.', ''];

const SPACES = ['', ' ', '\u00a0', '\u202f'];
const HYPHENS = ['-', '\u2010', '\u2011'];

function check(lines: string[], ref: string, label: string, missing: boolean): void {
  const t = lines.join('\n').replace('{REF}', ref);
  const refs = parseDocument(t).views.new.references;
  assert.equal(refs.length, 1, JSON.stringify(ref));
  assert.equal(refs[0].direction, 'above', JSON.stringify(ref));
  const found = checkDocument(parseDocument(t)).filter((f) => f.code === 'reference.unresolved');
  assert.deepEqual(found.map((f) => f.start), missing ? [t.lastIndexOf(label)] : [], JSON.stringify(ref));
}

for (const [label, missing] of [['b)', false], ['d)', true], ['2', false], ['3', true]] as const) {
  test(`fr: a call in guillemets with any spacing, and ci-dessus with any hyphen (${label})`, () => {
    const call = /\d/.test(label) ? 'décide' : 'considérant';
    const word = /\d/.test(label) ? 'le point' : 'l\'alinéa';
    for (const s of SPACES) for (const h of HYPHENS) {
      check(FR, `de ${word} ${label} du «${s}${call}${s}» ci${h}dessus`, label, missing);
      check(FR, `du ${call} ${label} ci${h}dessus`, label, missing);
      check(FR, `du «${s}${call}${s}» ${label} ci${h}dessus`, label, missing);
    }
  });

  test(`ru: a call in „…“ or « » with any spacing (${label})`, () => {
    const call = /\d/.test(label) ? 'решает' : 'учитывая';
    for (const s of SPACES) for (const [open, close] of [['«', '»'], ['„', '“'], ['"', '"']]) {
      check(RU, `пункт ${label} раздела ${open}${s}${call}${s}${close} выше`, label, missing);
      check(RU, `${open}${s}${call}${s}${close} ${label} выше`, label, missing);
    }
  });
}
