// Compilations of generated regional proposals on Resolution 52 (issue 12): each party rewords,
// deletes and inserts items at random, writing its new text as a MOD; whatever they do, the
// compilation keeps every base paragraph in order, the merged draft's old text is the text in
// force, its lists are lettered without a numbering finding, and its statuses agree with who
// changed what.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits, BaseIndex, checkDocument, compile, mergedDraft, parseDocument, type CompileSource } from '../../server/src/core';
import { BASE, RESOLUTION } from '../support/compile';
import { cases } from '../support/scale';

class Rng {
  constructor(private s: number) {}
  next(n: number): number {
    this.s = (this.s * 1103515245 + 12345) % 2147483648;
    return Math.floor((this.s / 2147483648) * n);
  }
}

const WORDS = ['urgently', 'national', 'regional', 'Member States', 'and Sector Members', 'in particular', 'developing countries', 'cooperation'];
const LABELLED = /^([a-z]{1,3}|\d+(?:\.\d+)*)\)?\t/;

/** One party's new text: a few word changes, deletions of items and new items. */
function proposalText(rng: Rng, party: string): string {
  const lines = RESOLUTION.trimEnd().split('\n');
  const labelled = () => lines.map((l, i) => (LABELLED.test(l) ? i : -1)).filter((i) => i >= 0);
  for (let ops = 1 + rng.next(4); ops > 0; ops--) {
    const items = labelled();
    const at = items[rng.next(items.length)];
    const op = rng.next(4);
    if (op === 0) {
      // Reword: a word replaced, or words added at the end.
      const [head, body] = [lines[at].slice(0, lines[at].indexOf('\t') + 1), lines[at].slice(lines[at].indexOf('\t') + 1)];
      const words = body.split(' ');
      words[rng.next(words.length)] = WORDS[rng.next(WORDS.length)];
      lines[at] = head + words.join(' ');
    } else if (op === 1) {
      lines[at] = lines[at].replace(/([;,.])?$/, ` and ${WORDS[rng.next(WORDS.length)]}$1`);
    } else if (op === 2 && items.length > 10) {
      lines.splice(at, 1);
    } else {
      // A new item after this one, labelled as the next one in line (the compilation reletters).
      const label = lines[at].slice(0, lines[at].indexOf('\t'));
      lines.splice(at + 1, 0, `${label}\tthat ${party} proposes ${WORDS[rng.next(WORDS.length)]} measures number ${rng.next(1000)};`);
    }
  }
  return `Proposals:\t${party}\n\nMOD\t${party}/1/1\n${lines.join('\n')}\n\nReasons:\tTo update.\n`;
}

const fold = (s: string | null) => (s === null ? null : s.replace(/[\s\u00A0]+/g, ' ').trim());
const body = (s: string | null) => (s === null ? null : fold(s.replace(LABELLED, '')));

test('compile, generated: every base paragraph once in order, old text = base, no numbering finding, statuses agree with the versions', () => {
  const index = new BaseIndex();
  index.update('res52.itu', BASE);
  const inForce = index.lookup('RESOLUTION 52 (Rev. Dubai, 2012)')!;
  const basePars = inForce.paragraphs;
  // The footnote definitions in force are compiled as paragraphs after the text (the twenty-fifth session).
  assert.equal(inForce.footnotes?.length, 1);
  const compiled = [...basePars, ...inForce.footnotes!];
  for (let seed = 1; seed <= cases(40); seed++) {
    const rng = new Rng(seed);
    const parties = ['APT', 'ASMG', 'ATU', 'CEPT', 'CITEL', 'RCC'].slice(0, 2 + rng.next(4));
    const sources: CompileSource[] = [{ location: 'res52.itu', doc: parseDocument(BASE) }];
    for (const p of parties) sources.push({ location: `${p}.itu`, doc: parseDocument(proposalText(rng, p)) });
    const where = `seed ${seed} (${parties.join(', ')})`;
    const c = compile('Resolution 52', sources, index.lookup);
    assert.ok(c, where);
    assert.deepEqual(c.paragraphs.filter((p) => p.base !== null).map((p) => p.base), compiled, `${where}: base paragraphs once, in order`);
    for (const row of c.paragraphs) {
      const versions = Object.values(row.versions);
      if (row.base === null) {
        assert.ok(versions.some((v) => v !== null), `${where}: an inserted row has a version`);
        continue;
      }
      const changed = versions.filter((v) => body(v) !== body(row.base));
      if (changed.length === 0) assert.equal(row.status, 'unchanged', `${where}: ${row.base}`);
      if (row.status === 'unchanged') assert.equal(changed.length, 0, `${where}: unchanged but changed: ${row.base}`);
      if (row.status === 'single') assert.equal(changed.length, 1, `${where}: single: ${row.base}`);
      if (row.status === 'agreed') assert.ok(changed.length > 1 && new Set(changed.map(body)).size === 1, `${where}: agreed: ${row.base}`);
    }
    const draft = parseDocument(mergedDraft(c));
    const old = draft.views.old.proposals[0].resolutions[0].paragraphs.map((p) => fold(p.text));
    assert.deepEqual(old, basePars.map(fold), `${where}: reject all gives the text in force`);
    assert.deepEqual(draft.views.old.footnoteDefs.map((d) => fold(d.paragraph.text)), inForce.footnotes!.map(fold), `${where}: and its notes`);
    const all = checkDocument(draft, { bases: index.lookup });
    const findings = all.filter((f) => /^(numbering|marks|base)\./.test(f.code));
    assert.deepEqual(findings.map((f) => `${f.code}: ${f.message} «${draft.text.slice(Math.max(0, f.start - 30), f.end + 10)}»`), [], where);
    // A reference left without its item is one a party's own text has too (it deleted the item).
    const own = new Set(sources.slice(1).flatMap((s) => checkDocument(s.doc).filter((f) => f.code === 'reference.unresolved').map((f) => f.message.split('"')[1])));
    for (const f of all.filter((x) => x.code === 'reference.unresolved')) assert.ok(own.has(f.message.split('"')[1]), `${where}: ${f.message}`);
    // Whatever side is taken in each conflict (a deletion of an item included), the draft stays a MOD
    // of the text in force whose lists run without a numbering finding.
    let taken = draft;
    for (let guard = 0; guard < 40; guard++) {
      const next = checkDocument(taken, { bases: index.lookup }).find((f) => f.code === 'compile.unresolved');
      if (!next) break;
      const choices = [next.fix!, ...(next.fix!.alternatives ?? [])];
      taken = parseDocument(applyEdits(taken.text, choices[rng.next(choices.length)].edits));
    }
    const resolved = checkDocument(taken, { bases: index.lookup });
    assert.deepEqual(resolved.filter((f) => f.code === 'compile.unresolved'), [], `${where}: every conflict resolved`);
    assert.deepEqual(resolved.filter((f) => /^(numbering|marks|base)\./.test(f.code)).map((f) => `${f.code}: ${f.message}`), [], `${where}: sides taken`);
    assert.deepEqual(taken.views.old.proposals[0].resolutions[0].paragraphs.map((p) => fold(p.text)), basePars.map(fold), `${where}: sides taken, old text`);
  }
});

/**
 * The merged draft as party `who` would have it: at each conflict its alternative taken (by the quick fix),
 * or the text in force where it has none (it keeps those words); then every mark attributed to it
 * accepted, every other rejected (relettering, unattributed, accepted).
 */
function takenBy(text: string, who: string, index: BaseIndex): string[] {
  let doc = parseDocument(text);
  const isWho = (names: string | undefined) => names === undefined || names.split(', ').includes(who);
  for (let guard = 0; guard < 100; guard++) {
    const f = checkDocument(doc, { bases: index.lookup }).find((x) => x.code === 'compile.unresolved');
    if (!f) break;
    const mine = [f.fix!, ...(f.fix!.alternatives ?? [])].find((x) => isWho(/^Take the alternative of (.*)$/.exec(x.title)?.[1]));
    const mark = doc.marks.find((m) => m.start === f.start)!;
    const edits = mine?.edits ?? [{ start: f.start, end: f.end, newText: mark.oldText ? doc.text.slice(mark.oldText.start, mark.oldText.end) : '' }];
    doc = parseDocument(applyEdits(doc.text, edits));
  }
  const edits = doc.marks.filter((m) => m.kind !== 'comment' && m.kind !== 'highlight').map((m) => {
    const side = isWho(m.author) ? m.newText : m.oldText;
    return { start: m.start, end: m.attribution?.end ?? m.end, newText: side ? doc.text.slice(side.start, side.end) : '' };
  });
  const resolved = parseDocument(applyEdits(doc.text, edits));
  return resolved.views.new.proposals[0].resolutions[0].paragraphs.map((p) => body(p.text)!).filter((p) => p !== '');
}

// Review 5, F10: what each party writes at a word, spaces and punctuation at its edges included. No two
// are the same with white space folded: such changes are one change, agreed (README), written once.
const REWRITES = [' and of its twenty-year review;', 'and ', ' ;', '', '(see Annex)', ',', ', in particular,', '—'];

test('compile, generated: taking one party\'s alternative at every conflict (and its marks) gives exactly its new text, spaces and punctuation included', () => {
  const index = new BaseIndex();
  index.update('res52.itu', BASE);
  const lines = RESOLUTION.trimEnd().split('\n');
  const labelled = lines.map((l, i) => (LABELLED.test(l) ? i : -1)).filter((i) => i >= 0);
  for (let seed = 1; seed <= cases(60); seed++) {
    const rng = new Rng(seed);
    const parties = ['APT', 'ATU', 'CEPT', 'CITEL'].slice(0, 2 + rng.next(3));
    // One to three words (or punctuation) each party rewrites, every party the same words, so that they conflict.
    const spots: { line: number; start: number; end: number }[] = [];
    for (let n = 1 + rng.next(3); n > 0; n--) {
      const line = labelled[rng.next(labelled.length)];
      const bodyAt = lines[line].indexOf('\t') + 1;
      const tokens = [...lines[line].slice(bodyAt).matchAll(/[^\s;,.]+|[;,.]/g)];
      const t = tokens[rng.next(tokens.length)];
      const spot = { line, start: bodyAt + t.index, end: bodyAt + t.index + t[0].length };
      if (!spots.some((s) => s.line === line)) spots.push(spot);
    }
    const texts = new Map<string, string>();
    for (const p of parties) {
      const own = lines.slice();
      for (const s of spots) {
        // Each party rewrites the word, or (one time in four) keeps it.
        const word = lines[s.line].slice(s.start, s.end);
        const rewrite = rng.next(4) === 0 ? word : REWRITES[rng.next(REWRITES.length)];
        own[s.line] = lines[s.line].slice(0, s.start) + rewrite + lines[s.line].slice(s.end);
      }
      texts.set(p, `Proposals:\t${p}\n\nMOD\t${p}/1/1\n${own.join('\n')}\n\nReasons:\tTo update.\n`);
    }
    const sources: CompileSource[] = [{ location: 'res52.itu', doc: parseDocument(BASE) }, ...[...texts].map(([p, t]) => ({ location: `${p}.itu`, doc: parseDocument(t) }))];
    const c = compile('Resolution 52', sources, index.lookup)!;
    const merged = mergedDraft(c);
    for (const [p, t] of texts) {
      // Labels left out: a list the merge reletters (another party's word turned into a label) is no party's own text.
      const own = parseDocument(t).views.new.proposals[0].resolutions[0].paragraphs.map((x) => body(x.text)!).filter((x) => x !== '');
      const got = takenBy(merged, p, index);
      const where = `seed ${seed}, ${p}`;
      assert.equal(got.length, own.length, where);
      own.forEach((x, k) => assert.equal(got[k], x, `${where}\n${merged.split("\n").filter((l) => l.includes("{")).join("\n")}`));
    }
  }
});
