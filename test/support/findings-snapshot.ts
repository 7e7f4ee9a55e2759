// Every finding of parse + check over the project's texts, one line each, and what the pattern matching
// reads (every cross-reference with its resolved target; the call, label and references of each distinct
// line), written to a file: run it before and after a change meant to make the parse or the checks
// faster and compare the files (they must stay byte-identical).
// `node --import tsx test/support/findings-snapshot.ts OUT [--cases=N]`
// Texts: every .itu and .txt under test/, every .itu under examples/, ../shared/examples, ../shared/corpus (.itu, .txt),
// the benchmark's sized documents (contribution and base text, 10 KB, 100 KB, 1 MB), and the
// simulator's drafts (first, relettered, bis; marked and plain) for seeds 1..N.
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { checkDocument, parseDocument, parseNextVersion, resolveTarget, type View } from '../../server/src/core';
import { labelContexts, matchCall, matchLocalLabel } from '../../server/src/core/lang';
import type { LabelContext } from '../../server/src/core/lang/labels';
import { isPlainLine, referenceMatches } from '../../server/src/core/lang/references';
import { sizedDocument, sizedResolution, sources } from '../corpus';
import { bodyPool, draft, makeCase, type Column } from '../sim/cases';
import { loadSources } from '../sim/sources';

const ROOT = path.resolve(__dirname, '../..');
const SHARED = path.resolve(ROOT, '../shared');
const out = process.argv[2];
if (!out) throw new Error('usage: findings-snapshot.ts OUT [--cases=N]');
const cases = Number(process.argv.find((a) => a.startsWith('--cases='))?.slice(8) ?? 200);

function files(dir: string, exts: string[]): string[] {
  if (!fs.existsSync(dir)) return [];
  const found: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name !== 'node_modules') found.push(...files(p, exts));
    } else if (exts.some((x) => e.name.endsWith(x))) found.push(p);
  }
  return found.sort();
}

const texts: [string, string][] = [];
for (const f of [...files(path.join(ROOT, 'test'), ['.itu', '.txt']), ...files(path.join(ROOT, 'examples'), ['.itu']), ...files(path.join(SHARED, 'examples'), ['.itu']), ...files(path.join(SHARED, 'corpus'), ['.itu', '.txt'])]) {
  texts.push([path.relative(ROOT, f), fs.readFileSync(f, 'utf8')]);
}
const src = sources();
for (const bytes of [10_000, 100_000, 1_000_000]) {
  texts.push([`sized contribution ${bytes}`, sizedDocument(bytes, src)]);
  texts.push([`sized base ${bytes}`, sizedResolution(bytes, src).join('\n') + '\n']);
}
const simSources = loadSources('texts');
const pool = bodyPool(simSources);
for (let seed = 1; seed <= cases; seed++) {
  const c = makeCase(seed, simSources, pool);
  if (!c) continue;
  for (const column of ['first', 'reletter', 'bis'] as Column[]) {
    if (column === 'bis' && !c.bisApplies) continue;
    for (const marked of [true, false]) texts.push([`sim ${seed} ${column} ${marked ? 'marked' : 'plain'}`, draft(c, column, marked).text]);
  }
}

function references(view: View): string[] {
  return view.references.map((r) =>
    JSON.stringify([r.source.start, r.source.end, r.phrase, r.section, r.direction, r.targets.map((t) => [t.label, t.source.start, t.source.end, resolveTarget(view, r, t.label)?.paragraph.source.start]), r.resolution.numberLine.source.start]),
  );
}

const lines: string[] = [];
const seen = new Set<string>();
let total = 0;
let previous: ReturnType<typeof parseDocument> | undefined;
let previousText: string | undefined;
for (const [name, text] of texts) {
  // Fresh parse, and the same text parsed as the next version of the previous text (the Lexicon path),
  // every other time after a one-off parse of that text (parseDocument, which keeps nothing for a next version).
  const doc = parseDocument(text);
  const fresh = checkDocument(doc);
  const next = parseNextVersion(text, lines.length % 2 && previousText !== undefined ? parseDocument(previousText) : previous);
  previousText = text;
  const again = checkDocument(next);
  previous = next;
  const show = (f: (typeof fresh)[number]) => `${f.code} ${f.start}-${f.end} ${f.severity} ${JSON.stringify(f.message)}${f.fix ? ' fix ' + JSON.stringify(f.fix) : ''}`;
  const a = fresh.map(show);
  const b = again.map(show);
  if (a.join('\n') !== b.join('\n')) lines.push(`!! ${name}: incremental parse differs from the fresh one`);
  lines.push(`== ${name} (${fresh.length})`, ...a);
  total += fresh.length;
  lines.push(`# references (new)`, ...references(doc.views.new));
  if (doc.views.old !== doc.views.new) lines.push(`# references (old)`, ...references(doc.views.old));
  // What the parse made of each paragraph (kind, label, provision: fields of the Paragraph that no view
  // offset enters, so that the digest holds when the parse's layout changes), one digest per view.
  for (const view of doc.views.old === doc.views.new ? [doc.views.new] : [doc.views.new, doc.views.old]) {
    const hash = createHash('sha1');
    for (const p of view.paragraphs) hash.update(JSON.stringify([p.kind, p.label, p.labelSpan, p.provision, p.source, p.text]) + '\n');
    lines.push(`# paragraphs (${view.kind}) ${hash.digest('hex')}`);
  }
  // What the pattern matching reads in each distinct line, once per line over all the texts.
  const paragraphs = doc.views.new.paragraphs.concat(doc.views.old === doc.views.new ? [] : doc.views.old.paragraphs);
  // One context for the whole document (no part cut), as the parse read every label before it read them by part.
  const ctx = labelContexts(paragraphs, () => false) as LabelContext;
  for (const p of paragraphs) {
    const key = `${ctx.cyrillicAlphabet ? 'C' : 'L'}${p.text}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const refs = referenceMatches(p.text);
    const call = matchCall(p.text);
    const label = matchLocalLabel(p.text, ctx);
    if (refs.length || call || label) lines.push(`= ${JSON.stringify(p.text.slice(0, 80))} ${JSON.stringify(refs)} ${JSON.stringify(call)} ${JSON.stringify(label)}`);
    // The parse reads a plain line (isPlainLine) with that known: the same readings.
    if (isPlainLine(p.text)) {
      const same = JSON.stringify([refs, call, label]) === JSON.stringify([referenceMatches(p.text, true), matchCall(p.text, true), matchLocalLabel(p.text, ctx, true)]);
      if (!same) lines.push(`!! ${JSON.stringify(p.text.slice(0, 80))}: read otherwise as a plain line`);
    }
  }
}
fs.writeFileSync(out, lines.join('\n') + '\n');
console.log(`${texts.length} texts, ${total} findings -> ${out}`);
