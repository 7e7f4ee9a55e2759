// The New contribution's meeting list takes a typed meeting (review 5, F14: "0 Results" and Enter did nothing).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withTyped } from '../../client/src/typed';

const meetings = [{ label: 'WTSA-24, New Delhi, 2024' }, { label: 'PP-22, Bucharest, 2022' }, { label: 'Other…' }];
const typed = (label: string) => ({ label, typed: true });

test('a typed meeting that is not in the list comes first, as typed, and the list stays after it', () => {
  const items = withTyped<{ label: string; typed?: boolean }>(meetings, 'PP-26, Doha, 2026', typed);
  assert.deepEqual(items.map((i) => i.label), ['PP-26, Doha, 2026', 'WTSA-24, New Delhi, 2024', 'PP-22, Bucharest, 2022', 'Other…']);
  assert.equal(items[0].typed, true);
  // White space folded at the edges and inside.
  assert.equal(withTyped<{ label: string; typed?: boolean }>(meetings, '  PP-26,   Doha, 2026 ', typed)[0].label, 'PP-26, Doha, 2026');
});

test('nothing typed, or a meeting of the list typed (any case), leaves the list as it is', () => {
  for (const value of ['', '   ', 'wtsa-24, new delhi, 2024', 'PP-22,  Bucharest, 2022']) {
    assert.deepEqual(withTyped<{ label: string; typed?: boolean }>(meetings, value, typed), meetings, JSON.stringify(value));
  }
});
