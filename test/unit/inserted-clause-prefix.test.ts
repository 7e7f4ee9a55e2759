// An inserted clause takes the whole label of the clause before it (the twenty-sixth session's review): `3.2` then
// `6.1a` under SECTION 3 was told "expected 6.2a" (the prefix of its own mistyped label), which numbering.parent then
// said stood under the wrong clause, and Fix all wrote it so. Generated: sections of 2 to 4 clauses, a clause inserted
// after each with a wrong prefix and a wrong number, in an ADD and (its changes marked) a MOD.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createItuService } from '../../server/src/service/service';
import { FIX_ALL_KIND } from '../../server/src/service/codeActions';
import { projectText } from '../../server/src/core/marks';
import { MemoryWorkspace } from '../support/memoryWorkspace';

const WHOLE = { start: { line: 0, character: 0 }, end: { line: 100_000, character: 0 } };

async function fixAll(text: string): Promise<{ after: string; codes: string[] }> {
  const service = createItuService({ workspace: new MemoryWorkspace('file:///ws') });
  await service.scan();
  const uri = 'file:///ws/d.itu';
  service.open(uri, 1, text);
  const diagnostics = (await service.diagnostics(uri))!.diagnostics;
  const [action] = await service.codeActions(uri, WHOLE, diagnostics, [FIX_ALL_KIND]);
  const after = TextDocument.applyEdits(TextDocument.create(uri, 'itu', 1, text), action?.edit?.changes?.[uri] ?? []);
  service.change(uri, 2, [{ text: after }]);
  const codes = (await service.diagnostics(uri))!.diagnostics.map((d) => String(d.code)).filter((c) => c.startsWith('numbering.'));
  return { after, codes };
}

test('an inserted clause with a wrong prefix is relabelled after the clause before it, in the section it stands in', async () => {
  for (let n = 2; n <= 4; n++) {
    for (let after = 1; after <= n; after++) {
      const clauses = Array.from({ length: n }, (_, k) => `3.${k + 1}\tClause ${k + 1} of the section.`);
      const inserted = `6.${after + 2}a\tAn inserted clause.`;
      const body = [...clauses.slice(0, after), inserted, ...clauses.slice(after)];
      const add = ['ADD\tXX/1/1', 'DRAFT NEW RESOLUTION [XX-1] (Geneva, 2028)', 'Title', 'SECTION 3', 'The section', ...body, '', 'Reasons:\tr.', ''].join('\n');
      const { after: fixed, codes } = await fixAll(add);
      const line = fixed.split('\n').find((l) => l.endsWith('An inserted clause.'))!;
      assert.equal(line, `3.${after}a\tAn inserted clause.`, `${n} clauses, inserted after 3.${after}`);
      assert.deepEqual(codes, [], `${n} clauses, inserted after 3.${after}`);
      // In a MOD the new text reads the same once the inserted clause is marked as such.
      const mod = add.replace('ADD\tXX/1/1', 'MOD\tXX/1/1').replace('DRAFT NEW RESOLUTION [XX-1] (Geneva, 2028)', 'RESOLUTION 12 (Rev. Geneva, 2024)').replace(inserted, `{++${inserted}++}`);
      const marked = await fixAll(mod);
      assert.ok(projectText(marked.after, 'new').split('\n').includes(`3.${after}a\tAn inserted clause.`), marked.after);
    }
  }
});
