// A WRC placeholder (`5.A117`) numbers nothing but the Radio Regulations. An ADD restating one with no RR heading, after
// another instrument's heading left by the proposals before it (`CONSTITUTION …` over `ADD RUS/92/1 CS` 58B), was read
// as on that instrument: completion offered no next placeholder (`5.A118`) on its next line, and compile listed it with
// no target. Generated: the heading of each other instrument, placeholders of random articles and letters.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { listProposals, parseDocument } from '../../server/src/core';
import { DocumentRecord } from '../../server/src/service/record';
import { completion } from '../../server/src/service/editing';
import { seeded } from '../support/random';

const TODAY = new Date(Date.UTC(2026, 11, 6));

const HEADINGS: [string, string][] = [
  ['CONSTITUTION OF THE INTERNATIONAL TELECOMMUNICATION UNION', 'ADD\tRUS/92/1\tCS\n58B\tPP-26\tjter) adopt the strategic plan;'],
  ['CONVENTION OF THE INTERNATIONAL TELECOMMUNICATION UNION', 'ADD\tRUS/92/1\tCV\n12A\tThe Council shall meet once a year.'],
  ['INTERNATIONAL TELECOMMUNICATION REGULATIONS', 'ADD\tRUS/92/1\tITRs\n3.8\tMember States shall endeavour to ensure resilience.'],
];

test('generated: an ADD restating a WRC placeholder under another instrument\'s heading is on the RR: the next placeholder is offered, and compile names it', () => {
  const random = seeded(5118);
  for (let c = 0; c < 60; c++) {
    const [heading, first] = HEADINGS[Math.floor(random() * HEADINGS.length)];
    const article = String(1 + Math.floor(random() * 30));
    const letter = 'ABC'[Math.floor(random() * 3)];
    const n = 1 + Math.floor(random() * 200);
    const placeholder = `${article}.${letter}${n}`;
    const lines = ['Meeting:\tWRC-27', 'Document:\t92', 'Proposals:\tRUS', '', heading, '', ...first.split('\n'), '', 'Reasons:\tNew.', '',
      'ADD\tRUS/92/2', `${placeholder}\tThe band 1 400-1 427 MHz is also allocated to the radio astronomy service.`, '', 'Reasons:\tNew band.', ''];
    const text = lines.join('\n');
    const line = lines.indexOf('Reasons:\tNew band.') - 1;
    const items = completion(new DocumentRecord('file:///rus-92.itu', 1, text), { line, character: 0 }, { snippets: true, today: TODAY });
    assert.equal(items[0]?.label, `${article}.${letter}${n + 1}`, `${heading} / ${placeholder}: ${items.slice(0, 4).map((i) => i.label).join(' ')}`);
    assert.equal(items[0].preselect, true);
    assert.deepEqual(listProposals([{ location: 'rus-92.itu', doc: parseDocument(text) }]).map((p) => p.target).slice(1), [`RR ${placeholder}`], heading);
  }
});

test('under another instrument\'s heading, an ADD with no placeholder is still that instrument\'s: no placeholder offered', () => {
  for (const [heading, first] of HEADINGS) {
    const lines = ['Proposals:\tRUS', '', heading, '', ...first.split('\n'), '', 'Reasons:\tNew.', '', 'ADD\tRUS/92/2', '', 'Reasons:\tx.', ''];
    const items = completion(new DocumentRecord('file:///rus-92.itu', 1, lines.join('\n')), { line: lines.indexOf('ADD\tRUS/92/2') + 1, character: 0 }, { snippets: true, today: TODAY });
    assert.deepEqual(items.filter((i) => /^\d+\.[A-Z]+\d/.test(i.label)).map((i) => i.label), [], heading);
  }
});
