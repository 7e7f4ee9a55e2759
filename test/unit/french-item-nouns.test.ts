// French messages name a numbered item `le point 3` and a lettered one `l'alinéa c)`, as ITU's French texts do; the
// French bundle said `l'alinéa 3` for both (review 14, rev-lang), and messages naming no item said `aucun alinéa`
// where a numbered item was meant. Generated: numbered and lettered lists × an item deleted or one inserted before it
// (reference.stale's two messages) × hover on a reference to an item that does not exist; with the French bundle
// installed as the server installs it. And in English, a numbered item is `numbered` (`which the new text numbers 2`,
// `Renumber`), not `letters 2`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { checkDocument, formatMessage, parseDocument, setTranslator } from '../../server/src/core';
import { DocumentRecord } from '../../server/src/service/record';
import { hover } from '../../server/src/service/navigation';

const FR = JSON.parse(fs.readFileSync(path.join(__dirname, '../../l10n/bundle.l10n.fr.json'), 'utf8')) as Record<string, string>;
const french = () => setTranslator((message, args) => formatMessage(FR[message] ?? message, args));

const HEAD = ['MOD\tX/1/1', 'RÉSOLUTION 99 (Rév. Dubaï, 2012)', 'Titre', 'L\'Assemblée mondiale de normalisation des télécommunications (Dubaï, 2012),'];
const KINDS = {
  numbered: { call: 'décide', labels: ['1', '2', '3', '4'], ref: (l: string) => `le point ${l} du décide ci-dessus`, relabel: (from: string, to: string) => `{~~${from}~>${to}~~}` },
  lettered: { call: 'considérant', labels: ['a)', 'b)', 'c)', 'd)'], ref: (l: string) => `l'alinéa ${l} du considérant ci-dessus`, relabel: (from: string, to: string) => `{~~${from[0]}~>${to[0]}~~})` },
};
const BODIES = ['de créer un groupe d\'experts sur la question;', 'd\'étudier les questions soulevées par le groupe;', 'de coopérer avec les autres Secteurs;'];

function draft(kind: keyof typeof KINDS, change: 'deleted' | 'inserted', named: number): string {
  const k = KINDS[kind];
  const items = change === 'deleted'
    ? [`{--${k.labels[0]}\t${BODIES[0]}--}`, `${k.relabel(k.labels[1], k.labels[0])}\t${BODIES[1]}`, `${k.relabel(k.labels[2], k.labels[1])}\t${BODIES[2]}`]
    : [`{++${k.labels[0]}\td'insérer un point nouveau;++}`, ...BODIES.map((b, i) => `${k.relabel(k.labels[i], k.labels[i + 1])}\t${b}`)];
  return [...HEAD, k.call, ...items, 'charge le Secrétaire général', `1\tde faire rapport sur ${k.ref(k.labels[named])}.`, '', 'Motifs:\tr.', ''].join('\n');
}

for (const kind of ['numbered', 'lettered'] as const) {
  const noun = kind === 'numbered' ? 'le point' : 'l\'alinéa';
  const other = kind === 'numbered' ? 'un autre point' : 'un autre alinéa';
  for (const change of ['deleted', 'inserted'] as const) {
    test(`fr: a ${kind} item ${change}: reference.stale names it ${noun}`, () => {
      french();
      try {
        for (const named of [0, 1]) {
          const text = draft(kind, change, named);
          const stale = checkDocument(parseDocument(text)).filter((f) => f.code === 'reference.stale');
          assert.equal(stale.length, 1, text);
          const label = KINDS[kind].labels[named];
          assert.ok(stale[0].message.includes(`${noun} ${label} du texte en vigueur`), stale[0].message);
          assert.ok(stale[0].message.endsWith(`${label} est ${other}.`), stale[0].message);
          assert.ok(kind === 'lettered' || !/alinéa/.test(stale[0].message), stale[0].message);
        }
      } finally {
        setTranslator(undefined);
      }
    });
  }
  test(`fr: hover on a reference to a ${kind} item that does not exist names it ${noun}`, () => {
    french();
    try {
      const k = KINDS[kind];
      const missing = kind === 'numbered' ? '9' : 'z)';
      const text = [...HEAD.slice(1), k.call, `${k.labels[0]}\t${BODIES[0]}`, 'charge le Secrétaire général', `1\tde faire rapport sur ${k.ref(missing)}.`, ''].join('\n');
      const record = new DocumentRecord('file:///ws/d.itu', 1, text);
      const h = hover(record, record.position(text.lastIndexOf(missing)));
      const value = (h?.contents as { value: string } | undefined)?.value ?? '';
      assert.equal(value, `Aucun ${kind === 'numbered' ? 'point' : 'alinéa'} ${missing} dans cette Résolution.`);
      // The finding names neither kind wrongly.
      const unresolved = checkDocument(parseDocument(text)).filter((f) => f.code === 'reference.unresolved');
      assert.equal(unresolved.length, 1);
      assert.ok(unresolved[0].message.includes('aucun point ni alinéa'), unresolved[0].message);
    } finally {
      setTranslator(undefined);
    }
  });
}

test('en: a numbered item moved by the marks is one the new text numbers, and its fix renumbers', () => {
  const stale = checkDocument(parseDocument(draft('numbered', 'inserted', 0))).filter((f) => f.code === 'reference.stale');
  assert.equal(stale.length, 1);
  assert.match(stale[0].message, /which the new text numbers 2; in the new text 1 is another numbered item\.$/);
  assert.equal(stale[0].fix?.title, 'Renumber 1 to 2 with revision marks');
  const lettered = checkDocument(parseDocument(draft('lettered', 'inserted', 0))).filter((f) => f.code === 'reference.stale');
  assert.match(lettered[0].message, /which the new text letters b\); in the new text a\) is another item\.$/);
});
