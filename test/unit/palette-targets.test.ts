// Review 9, J6: "Compile / Synoptic view of the proposals on this text" from the palette take the text of the proposal at
// the cursor, and offer every target compile accepts (client/src/targets.ts, on the service's itu/proposals list).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { createItuService } from '../../server/src/service/service';
import { compileTargets, targetsAt } from '../../client/src/targets';
import { MemoryWorkspace } from '../support/memoryWorkspace';
import { lines, ROOT } from './helpers';

const CS = fs.readFileSync(path.join(ROOT, 'test/corpus-kinds/cs-1992-rev2006.itu'), 'utf8');
const CONTRIBUTION = lines('Meeting:\tPP-26, Doha, 2026', 'Document:\t71', 'Proposals:\tB', '',
  'CONSTITUTION OF THE INTERNATIONAL TELECOMMUNICATION UNION', '',
  'MOD\tB/71/1', '47\tPP-98\t1. The Plenipotentiary Conference shall be composed of delegations representing Member States. It shall be convened every four years{++ and shall last three weeks++}.', 'Reasons:\tDuration.', '',
  'SUP\tB/71/2', '5', 'Reasons:\tObsolete.', '',
  'ADD\tB/71/3', '58B\tPP-26\tjbis) adopt the strategic plan of the Union;', 'Reasons:\tNew.', '',
  'NOC\tB/71/4', '13\tc) facilitate the worldwide standardization of telecommunications, with a satisfactory quality of service;', 'Reasons:\tKept.');
const URI = 'file:///ws/b-71.itu';

test('J6: the target of the proposal at the cursor, none outside a proposal; every kind of target offered, and compile accepts each', async () => {
  const service = createItuService({ workspace: new MemoryWorkspace('file:///ws', { 'cs.itu': CS, 'b-71.itu': CONTRIBUTION }) });
  await service.scan();
  const list = await service.proposals();
  const body = CONTRIBUTION.split('\n');
  const lineOf = (start: string) => body.findIndex((l) => l.startsWith(start));
  // Anywhere in a proposal (its header, its text, its Reasons) its target; in the cover, none.
  assert.deepEqual(targetsAt(list, URI, lineOf('MOD\tB/71/1')), ['CS 47']);
  assert.deepEqual(targetsAt(list, URI, lineOf('47\t')), ['CS 47']);
  assert.deepEqual(targetsAt(list, URI, lineOf('5')), ['CS 5']);
  assert.deepEqual(targetsAt(list, URI, lineOf('58B')), ['CS 58B']);
  assert.deepEqual(targetsAt(list, URI, lineOf('13\t')), ['CS 13']);
  assert.deepEqual(targetsAt(list, URI, lineOf('Document:')), []);
  assert.deepEqual(targetsAt(list, 'file:///ws/other.itu', lineOf('47\t')), []);
  // SUP, ADD and NOC targets too, not only MODs'; and compile takes every one offered.
  const targets = compileTargets(list);
  assert.deepEqual([...targets].sort(), ['CS 13', 'CS 47', 'CS 58B', 'CS 5'].sort());
  for (const t of targets) {
    const r = await service.compile(t);
    assert.ok('text' in r, `${t}: ${'message' in r ? r.message : ''}`);
  }
});

test('J6: a proposal restating several provisions is on each: the cursor there offers them all (first in the picker)', async () => {
  const two = lines('Meeting:\tPP-26, Doha, 2026', 'Proposals:\tB', '', 'CONSTITUTION OF THE INTERNATIONAL TELECOMMUNICATION UNION', '',
    'MOD\tB/72/1', '47\tPP-98\t1. The Plenipotentiary Conference shall be composed of delegations representing Member States. It shall be convened every four years{++ and shall last three weeks++}.',
    '48\tPP-98\t2. On the basis of proposals by Member States and taking account of reports by the Council, the Plenipotentiary Conference shall:', 'Reasons:\tr.');
  const service = createItuService({ workspace: new MemoryWorkspace('file:///ws', { 'cs.itu': CS, 'b-72.itu': two }) });
  await service.scan();
  const list = await service.proposals();
  assert.deepEqual(targetsAt(list, 'file:///ws/b-72.itu', 7), ['CS 47', 'CS 48']);
});
