// An RR appendix numbers its paragraphs anew (AP30B § 6.18 is no RR No. 6.18): the checks that place a proposal by the
// headings before it read `APPENDIX 30B (REV.WRC-23)` too (review17). Before, proposal.conflicting-actions said a NOC
// of AP30B § n.x contradicted a SUP of RR No. n.x, named AP30B's provisions "of the RR", and a MOD citing RR No. n.x
// was told it cited a provision the contribution suppresses when only AP30B § n.x was. Generated contributions.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkDocument, parseDocument } from '../../server/src/core';
import { seeded } from '../support/random';

const APPENDICES = ['30', '30A', '30B', '4', '5'];

function contribution(seed: number, bothInAppendix: boolean) {
  const rnd = seeded(seed);
  const article = 5 + Math.floor(rnd() * 15);
  const x = 2 + Math.floor(rnd() * 30);
  const ap = APPENDICES[seed % APPENDICES.length];
  const heading = [`APPENDIX ${ap} (REV.WRC-23)`, `ARTICLE ${article}`];
  const noc = (id: number) => `NOC\tACP/24A19/${id}\n${article}.${x}\tThe administration shall notify the Bureau.\nReasons:\tr.`;
  const sup = (id: number) => `SUP\tACP/24A19/${id}\n${article}.${x}\nReasons:\tr.`;
  // RR No. n.x kept and cited by RR No. n.x+1; the appendix's § n.x suppressed. Or both proposals on the appendix's.
  const parts = bothInAppendix
    ? [...heading, sup(1), noc(2)]
    : [`ARTICLE ${article}`, noc(1), `MOD\tACP/24A19/2\n${article}.${x + 1}\tAs provided in No. ${article}.${x}, the Bureau {++shall ++}act.     (WRC-{~~19~>27~~})\nReasons:\tr.`, ...heading, sup(3)];
  const text = 'Meeting:\tWorld Radiocommunication Conference (WRC-27)\nDocument:\t24\nAddendum:\t19\nProposals:\tACP\n\n' + parts.join('\n\n') + '\n';
  return { text, ap, article, x };
}

test('an RR appendix\'s paragraph is not the RR provision of that number', () => {
  for (let seed = 1; seed <= 40; seed++) {
    const { text } = contribution(seed, false);
    const got = checkDocument(parseDocument(text)).map((f) => `${f.code}: ${f.message}`).filter((f) => /^proposal\.(conflicting-actions|cites-suppressed)/.test(f));
    assert.deepEqual(got, [], `seed ${seed}\n${text}`);
  }
});

test('two proposals on one appendix paragraph conflict, and the message names the appendix', () => {
  for (let seed = 1; seed <= 40; seed++) {
    const { text, ap, article, x } = contribution(seed, true);
    const got = checkDocument(parseDocument(text)).filter((f) => f.code === 'proposal.conflicting-actions').map((f) => f.message);
    assert.equal(got.length, 1, `seed ${seed}\n${text}`);
    assert.ok(got[0].includes(`No. ${article}.${x} of the RR AP${ap} `), `seed ${seed}: ${got[0]}`);
  }
});
