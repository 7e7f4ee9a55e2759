// Fix all in a MOD that differs from its text in force without revision marks (the twenty-fifth session's review): an
// item typed, deleted or relabelled without marks in the example MODs of Resolutions 99 and 52. The marks of such a MOD do
// not say what the text in force holds there; Fix all read them as if they did and wrote made-up marks (`{~~c~>b~~})` for
// a `c)` no text in force has), leaving the untracked change with no fix and a numbering fault in the old text.
// Generated: every lettered or numbered item of each MOD, each slip in turn; whatever Fix all does, it never makes the
// old text differ more from the text in force, and the change stays one the delegate can mark.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import { createItuService } from '../../server/src/service/service';
import { FIX_ALL_KIND } from '../../server/src/service/codeActions';
import { MemoryWorkspace } from '../support/memoryWorkspace';
import { ROOT, SHARED } from './helpers';
import { cases } from '../support/scale';

const PAIRS = [
  { draft: fs.readFileSync(path.join(ROOT, 'examples/res99-amendment.itu'), 'utf8'), base: fs.readFileSync(path.join(ROOT, 'examples/res99-geneva-2022.itu'), 'utf8') },
  { draft: fs.readFileSync(path.join(SHARED, 'examples/afcp-42a25-res52.itu'), 'utf8'), base: fs.readFileSync(path.join(SHARED, 'examples/res52-dubai-2012.itu'), 'utf8') },
];

const WHOLE = { start: { line: 0, character: 0 }, end: { line: 100_000, character: 0 } };

/** A service over a workspace holding the text in force, the draft open in it. */
async function opened(draft: string, base: string) {
  const ws = new MemoryWorkspace('file:///ws', { 'base.itu': base });
  const service = createItuService({ workspace: ws });
  await service.scan();
  const uri = ws.uri('draft.itu');
  service.open(uri, 1, draft);
  return { service, uri };
}

/** The diagnostics of a draft beside its text in force, and the text after one Fix all. */
async function fixAllOnce(draft: string, base: string): Promise<{ before: Diagnostic[]; after: string }> {
  const { service, uri } = await opened(draft, base);
  const before = (await service.diagnostics(uri))!.diagnostics;
  const [action] = await service.codeActions(uri, WHOLE, before, [FIX_ALL_KIND]);
  const edits = action?.edit?.changes?.[uri] ?? [];
  return { before, after: TextDocument.applyEdits(TextDocument.create(uri, 'itu', 1, draft), edits) };
}

/** The diagnostics of a draft beside its text in force, and how many of its changes without marks have a quick fix. */
async function diagnosticsOf(draft: string, base: string): Promise<{ diagnostics: Diagnostic[]; markable: number }> {
  const { service, uri } = await opened(draft, base);
  const diagnostics = (await service.diagnostics(uri))!.diagnostics;
  let markable = 0;
  for (const d of diagnostics.filter((x) => x.code === 'base.untracked-change')) {
    if ((await service.codeActions(uri, d.range, [d], ['quickfix'])).some((a) => a.diagnostics?.some((x) => x.code === d.code))) markable++;
  }
  return { diagnostics, markable };
}

/** The slips a delegate makes on an item of a MOD without marking them: a new item typed before it, the item deleted, its label retyped. */
function slips(draft: string): { name: string; text: string }[] {
  const lines = draft.split('\n');
  const out: { name: string; text: string }[] = [];
  // Items outside marks, in a MOD (after its header, before its Reasons).
  let inMod = false;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (/^(MOD|ADD|SUP|NOC)\t/.test(l)) inMod = l.startsWith('MOD\t');
    if (!inMod || !/^([a-z]|\d+)\)?\t[^{]*$/.test(l)) continue;
    const label = l.slice(0, l.indexOf('\t'));
    const put = (k: number, replacement: string[]) => [...lines.slice(0, k), ...replacement, ...lines.slice(k + 1)].join('\n');
    out.push({ name: `line ${i + 1}: a new item typed before ${label}`, text: put(i, [`${label}\tthat one more item is typed here;`, l]) });
    out.push({ name: `line ${i + 1}: ${label} deleted`, text: put(i, []) });
    const other = /^\d/.test(label) ? label.replace(/\d+/, (n) => String(Number(n) + 7)) : label.replace(/^[a-z]/, (c) => String.fromCharCode(((c.charCodeAt(0) - 97 + 5) % 26) + 97));
    out.push({ name: `line ${i + 1}: ${label} retyped ${other}`, text: put(i, [other + l.slice(label.length)]) });
  }
  return out;
}

const untracked = (d: readonly Diagnostic[]) => d.filter((x) => x.code === 'base.untracked-change').length;

/** The faults said of numbering and of changes without marks. */
const faults = (d: readonly Diagnostic[]) => d.filter((x) => String(x.code).startsWith('numbering.') || x.code === 'base.untracked-change').length;

test('Fix all never makes a MOD\'s old text differ more from the text in force, whatever item was typed, deleted or relabelled without marks', async () => {
  const all = PAIRS.flatMap((p) => slips(p.draft).map((s) => ({ ...s, base: p.base })));
  assert.ok(all.length > 60, `${all.length} slips`);
  // A seeded tenth in the quick suite (every third in turn, then the rest in full).
  const take = cases(all.length);
  // Slips that give a list a numbering finding (whose fix Fix all may take or, by a change without marks, leave).
  let inPlay = 0;
  for (const s of all.filter((_, k) => k % Math.max(1, Math.floor(all.length / take)) === 0)) {
    const { before, after } = await fixAllOnce(s.text, s.base);
    if (before.some((d) => String(d.code).startsWith('numbering.'))) inPlay++;
    if (after === s.text) continue;
    const [was, now] = [await diagnosticsOf(s.text, s.base), await diagnosticsOf(after, s.base)];
    // One Fix all reaches a fixed point: a second does nothing.
    assert.equal((await fixAllOnce(after, s.base)).after, after, `${s.name}: a second Fix all changed the text`);
    const said = now.diagnostics.map((d) => d.message).join('\n');
    assert.ok(faults(now.diagnostics) <= faults(was.diagnostics), `${s.name}: Fix all said more faults:\n${said}`);
    // A change without marks that the delegate could mark before Fix all still can be (before, an item typed without
    // marks was relettered through made-up marks and its change had no fix left).
    assert.ok(now.markable >= Math.min(was.markable, untracked(now.diagnostics)), `${s.name}: a change without marks left with no fix:\n${said}`);
  }
  assert.ok(inPlay > 0, 'some slip gave a list a numbering finding');
});

test('an item typed without marks in a MOD: Fix all leaves it (no made-up marks); marked by its quick fix, Fix all reletters the list through marks', async () => {
  const { draft, base } = PAIRS[0];
  const typed = draft.replace('b)\tthat revision marks show', 'c)\tthat one item,\nb)\tthat revision marks show');
  const { before, after } = await fixAllOnce(typed, base);
  assert.deepEqual(before.map((d) => d.code).sort(), ['base.untracked-change', 'numbering.order']);
  assert.equal(after, typed, 'nothing done where the text differs from the text in force without marks');
  const marked = typed.replace('c)\tthat one item,', '{++c)\tthat one item,++}');
  const relettered = (await fixAllOnce(marked, base)).after;
  assert.ok(relettered.includes('{++b)\tthat one item,++}\n{~~b~>c~~})\tthat revision marks show'), relettered);
  assert.deepEqual((await diagnosticsOf(relettered, base)).diagnostics, []);
});

test('one Fix all reaches a fixed point where two fixes of one round read a list two ways (a) 1 1 b); a substitution in an ADD)', async () => {
  const add = (items: string[]) => ['ADD\tEXA/12A3/9', 'DRAFT NEW RESOLUTION [EXA-9] (Geneva, 2028)', 'Title', 'The World Telecommunication Standardization Assembly (Geneva, 2028),', 'considering', ...items, 'resolves', '1\tto act.', '', 'Reasons:\tr.', ''].join('\n');
  for (const [items, expected] of [
    [['a)\tthat one;', '1\tthat two;', '1\tthat three;', 'b)\tthat four,'], ['a)', 'b)', 'c)', 'd)']],
    [['a)\tthat one;', '2\tthat two;', '3\tthat three;', 'b)\tthat four,'], ['a)', 'b)', 'c)', 'd)']],
    [['{~~a~>b~~})\tthat one;', 'b)\tthat two,'], ['a)', 'b)']],
  ] as const) {
    const text = add([...items]);
    const once = (await fixAllOnce(text, '')).after;
    assert.equal((await fixAllOnce(once, '')).after, once, `${items.join(' ')}: a second Fix all changed\n${once}`);
    const labels = once.split('\n').slice(5, 5 + items.length).map((l) => l.slice(0, l.indexOf('\t')));
    assert.deepEqual(labels, expected, once);
  }
});

test('the preferred quick fix of a list never takes a change without marks its fix (the editor applies it by itself)', async () => {
  const all = PAIRS.flatMap((p) => slips(p.draft).map((s) => ({ ...s, base: p.base })));
  const take = cases(all.length);
  let listed = 0;
  for (const s of all.filter((_, k) => k % Math.max(1, Math.floor(all.length / take)) === 0)) {
    const { service, uri } = await opened(s.text, s.base);
    const diagnostics = (await service.diagnostics(uri))!.diagnostics;
    const was = await diagnosticsOf(s.text, s.base);
    for (const d of diagnostics.filter((x) => String(x.code).startsWith('numbering.') || String(x.code).startsWith('marks.'))) {
      listed++;
      const preferred = (await service.codeActions(uri, d.range, [d], ['quickfix'])).find((a) => a.isPreferred);
      if (!preferred) continue;
      const after = TextDocument.applyEdits(TextDocument.create(uri, 'itu', 1, s.text), preferred.edit?.changes?.[uri] ?? []);
      const now = await diagnosticsOf(after, s.base);
      const said = now.diagnostics.map((x) => x.message).join('\n');
      assert.ok(now.markable >= Math.min(was.markable, untracked(now.diagnostics)), `${s.name}, "${preferred.title}": a change without marks left with no fix:\n${said}`);
    }
  }
  assert.ok(listed > 0, 'some slip gave a list a numbering finding');
});

test('an item deleted without marks: the gap after it has no quick fix until the deletion is marked (review 26: its preferred fix took the deletion its fixes)', async () => {
  const { draft, base } = PAIRS[1];
  const line = draft.split('\n').find((l) => l.startsWith('f)\t'))!;
  const deleted = draft.replace(`${line}\n`, '');
  const { service, uri } = await opened(deleted, base);
  const diagnostics = (await service.diagnostics(uri))!.diagnostics;
  const gap = diagnostics.find((d) => d.code === 'numbering.gap');
  assert.ok(gap, diagnostics.map((d) => d.code).join(', '));
  assert.deepEqual((await service.codeActions(uri, gap.range, [gap], ['quickfix'])).map((a) => a.title), []);
  const change = diagnostics.find((d) => d.code === 'base.untracked-change')!;
  assert.ok((await service.codeActions(uri, change.range, [change], ['quickfix'])).length > 0, 'the deletion can be marked');
});

test('an item typed without marks before the item in force of its label: no list fix until it is marked; marked, Fix all reletters and the reference follows (review 26)', async () => {
  const { draft, base } = PAIRS[0];
  const line = draft.split('\n').find((l) => l.startsWith('b)\tthat items lettered'))!;
  // considering b) of Resolution 99 is named by `considering b) and {~~c~>d~~}) above` in instructs 2.
  const typed = draft.replace(line, `b)\tthat a new item is typed here;\n${line}`);
  const { before, after } = await fixAllOnce(typed, base);
  assert.ok(before.some((d) => d.code === 'base.untracked-change'), before.map((d) => d.code).join(', '));
  assert.equal(after, typed, 'nothing relettered after a change without marks');
  const marked = typed.replace('b)\tthat a new item is typed here;', '{++b)\tthat a new item is typed here;++}');
  const relettered = (await fixAllOnce(marked, base)).after;
  assert.ok(relettered.includes('{~~b~>c~~})\tthat items lettered'), relettered);
  assert.ok(/considering \{~~b~>c~~\}\) and/.test(relettered), relettered.split('\n').find((l) => l.includes('taking into account considering')));
});
