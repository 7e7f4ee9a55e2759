// Writes every finding (and every cross-reference, call and label read) of a fixed set of texts to a
// file, so that a change meant to make the checks faster can be shown to change nothing they say:
//   node --import tsx scripts/findings-snapshot.ts before.txt   (on the old code)
//   node --import tsx scripts/findings-snapshot.ts after.txt    (on the new code)
//   cmp before.txt after.txt
// The texts: every .itu and .txt under test/ and examples/, ../shared/examples and ../shared/corpus, the
// benchmark's sized contribution and base text (10 KB, 100 KB, 1 MB), and the amendment simulator's
// drafts of its first seeds (both text sets, marked and plain).
import * as fs from 'fs';
import * as path from 'path';
import { checkDocument, parseDocument, resolveTarget, type Finding, type View } from '../server/src/core';
import { labelContext, matchCall, matchLocalLabel } from '../server/src/core/lang';
import { referenceMatches } from '../server/src/core/lang/references';
import { sizedDocument, sizedResolution, sources } from '../test/corpus';
import { draft } from '../test/sim/cases';
import { caseOf } from '../test/sim/simulate';

const ROOT = path.resolve(__dirname, '..');
const SHARED = path.resolve(ROOT, '../shared');

function filesUnder(dir: string, exts: string[]): string[] {
  if (!fs.existsSync(dir)) return [];
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name !== 'node_modules' && !e.name.startsWith('.')) out.push(...filesUnder(p, exts));
    } else if (exts.some((x) => e.name.endsWith(x))) out.push(p);
  }
  return out;
}

function texts(): [string, string][] {
  const out: [string, string][] = [];
  for (const f of [
    ...filesUnder(path.join(ROOT, 'test'), ['.itu', '.txt']),
    ...filesUnder(path.join(ROOT, 'examples'), ['.itu']),
    ...filesUnder(path.join(SHARED, 'examples'), ['.itu']),
    ...filesUnder(path.join(SHARED, 'corpus'), ['.txt']),
  ]) out.push([path.relative(ROOT, f), fs.readFileSync(f, 'utf8')]);
  const src = sources();
  for (const bytes of [10_000, 100_000, 1_000_000]) {
    out.push([`sizedDocument(${bytes})`, sizedDocument(bytes, src)]);
    out.push([`sizedResolution(${bytes})`, sizedResolution(bytes, src).join('\n') + '\n']);
  }
  const cases = Number(process.env.SNAPSHOT_SIM_CASES ?? 150);
  for (const set of ['texts', 'final-acts'] as const) {
    for (let seed = 1, n = 0; n < cases && seed < cases * 20; seed++) {
      const c = caseOf(seed, set);
      if (!c) continue;
      n++;
      for (const marked of [true, false]) out.push([`sim ${set} ${seed} ${marked ? 'marked' : 'plain'}`, draft(c, 'reletter', marked).text]);
    }
  }
  return out;
}

const show = (f: Finding) => JSON.stringify(f);

function references(view: View): string[] {
  return view.references.map((r) =>
    JSON.stringify([r.source.start, r.source.end, r.phrase, r.section, r.direction, r.targets.map((t) => [t.label, t.source.start, t.source.end, resolveTarget(view, r, t.label)?.paragraph.source.start]), r.resolution.numberLine.source.start]),
  );
}

const lines: string[] = [];
const seen = new Set<string>();
for (const [name, text] of texts()) {
  const doc = parseDocument(text);
  const findings = checkDocument(doc);
  lines.push(`## ${name}: ${findings.length} findings`);
  for (const f of findings) lines.push(show(f));
  lines.push(`# references (new)`, ...references(doc.views.new));
  if (doc.views.old !== doc.views.new) lines.push(`# references (old)`, ...references(doc.views.old));
  // What the pattern matching reads in each distinct line, once per line over all the texts.
  const paragraphs = doc.views.new.paragraphs.concat(doc.views.old === doc.views.new ? [] : doc.views.old.paragraphs);
  const ctx = labelContext(paragraphs);
  for (const p of paragraphs) {
    const key = `${ctx.cyrillicAlphabet ? 'C' : 'L'}${p.text}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const refs = referenceMatches(p.text);
    const call = matchCall(p.text);
    const label = matchLocalLabel(p.text, ctx);
    if (refs.length || call || label) lines.push(`= ${JSON.stringify(p.text.slice(0, 80))} ${JSON.stringify(refs)} ${JSON.stringify(call)} ${JSON.stringify(label)}`);
  }
}
const out = process.argv[2] ?? 'findings-snapshot.txt';
fs.writeFileSync(out, lines.join('\n') + '\n');
process.stdout.write(`${out}: ${lines.filter((l) => l.startsWith('{')).length} findings, ${lines.length} lines\n`);
