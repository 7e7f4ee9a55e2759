import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { BaseIndex, checkDocument, compile, leftOutMessage, listProposals, mergedDraft, parseDocument, readAlternatives, applyEdits, reviewEdits, type CompileSource } from '../../server/src/core';
import JSZip from 'jszip';
import { run } from '../../server/src/cli/main';
import { synopticDocx } from '../../server/src/word/synoptic';
import { ACP, AFCP, ASMG, BASE, EUR, RCC, RESOLUTION, mod } from '../support/compile';
import { contribution, RES_HEAD } from './helpers';
import { createItuService } from '../../server/src/service/service';
import { MemoryWorkspace } from '../support/memoryWorkspace';

// The three regional MODs, and with `sup` RCC's SUP of the Resolution (a position on every paragraph:
// compile-positions.test.ts).
function workspace(sup = false): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'itu-compile-'));
  fs.writeFileSync(path.join(dir, 'res52-dubai-2012.itu'), BASE);
  fs.writeFileSync(path.join(dir, 'acp-40a9.itu'), ACP);
  fs.writeFileSync(path.join(dir, 'asmg-27a5.itu'), ASMG);
  fs.writeFileSync(path.join(dir, 'eur-35a12.itu'), EUR);
  if (sup) fs.writeFileSync(path.join(dir, 'rcc-20a1.itu'), RCC);
  return dir;
}

function sources(sup = false): { sources: CompileSource[]; index: BaseIndex } {
  const index = new BaseIndex();
  const list: CompileSource[] = [];
  for (const [location, text] of [['acp.itu', ACP], ['asmg.itu', ASMG], ['eur.itu', EUR], ['res52.itu', BASE], ...(sup ? [['rcc.itu', RCC]] : [])]) {
    const doc = parseDocument(text);
    index.update(location, text, doc);
    list.push({ location, doc });
  }
  return { sources: list, index };
}

async function cli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await run(args, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

const fold = (s: string) => s.replace(/[\s\u00A0]+/g, ' ').trim();
const compiled = () => {
  const { sources: s, index } = sources();
  return { c: compile('Resolution 52', s, index.lookup)!, index };
};
const starts = (text: string | null, prefix: string) => text !== null && text.startsWith(prefix);

test('compile: each base paragraph and each inserted one with its status, in base order', () => {
  const { c, index } = compiled();
  assert.equal(c.target, 'Resolution 52');
  assert.equal(c.base.location, 'res52.itu');
  assert.deepEqual(c.proposals.map((p) => p.id), ['ACP/40A9/1', 'ASMG/27A5/1', 'EUR/35A12/1']);
  assert.deepEqual(c.others, []);
  const inForce = index.lookup('RESOLUTION 52 (Rev. Dubai, 2012)')!;
  // The text in force and the footnote definition its paragraphs reference, after them (the twenty-fifth session).
  const base = [...inForce.paragraphs, ...inForce.footnotes!];
  assert.equal(inForce.footnotes!.length, 1);
  assert.equal(c.paragraphs.length, base.length + 1, 'one inserted paragraph');
  assert.deepEqual(c.paragraphs.filter((p) => p.base !== null).map((p) => p.base), base, 'every base paragraph, in order');
  const changed = c.paragraphs.filter((p) => p.status !== 'unchanged').map((p) => [p.status, p.base ?? '(inserted)']);
  const expected = [
    ['agreed', 'RESOLUTION 52 (Rev. Du'],
    ['agreed', '(Florianópolis, 2004; '],
    // ACP writes two spaces before the parenthesis: white space is folded.
    ['agreed', 'The World Telecommunic'],
    ['single', '(inserted)'],
    ['combined', 'c)\tthat spam has become'],
    ['conflict', 'd)\tthat countering spam'],
    ['single', 'h)\tthat addressing the '],
    ['agreed', '1\tto continue to suppor'],
    ['single', '3\tto continue to cooper'],
  ];
  assert.deepEqual(changed.map(([status, text], k) => [status, text.slice(0, expected[k]?.[1].length)]), expected);
  // The inserted paragraph stands where ACP put it, between considering b) and c).
  const at = c.paragraphs.findIndex((p) => p.base === null);
  assert.ok(starts(c.paragraphs[at - 1].base, 'b)\tthat there are currently'));
  assert.deepEqual(c.paragraphs[at].versions, {
    'ACP/40A9/1': 'c)\tthat spam is increasingly sent through mobile messaging and social media applications;',
    'ASMG/27A5/1': null,
    'EUR/35A12/1': null,
  });
  const h = c.paragraphs.find((p) => starts(p.base, 'h)\tthat addressing'))!;
  assert.equal(h.versions['ASMG/27A5/1'], null, 'ASMG deletes h)');
  assert.ok(starts(h.versions['ACP/40A9/1'], 'i)\tthat addressing'), 'ACP has it relettered, an unchanged text');
  // Relettering that follows an insertion (ACP) or a deletion (ASMG) is no change of its own.
  for (const label of ['e)', 'f)', 'g)', 'i)', 'j)', 'k)']) {
    const row = c.paragraphs.find((p) => p.base !== null && p.base.startsWith(`${label}\tthat`) && base.indexOf(p.base) > base.indexOf('considering'));
    assert.equal(row?.status, 'unchanged', `considering ${label}`);
  }
});

test('compile: the merged draft is a MOD whose old text is the base, agreed changes attributed, relettered', () => {
  const { c, index } = compiled();
  const text = mergedDraft(c);
  const doc = parseDocument(text);
  assert.equal(doc.proposals.length, 1);
  assert.equal(doc.proposals[0].action, 'MOD');
  const old = doc.views.old.proposals[0].resolutions[0].paragraphs.map((p) => fold(p.text));
  assert.deepEqual(old, index.lookup('RESOLUTION 52 (Rev. Dubai, 2012)')!.paragraphs.map(fold), 'reject all = the text in force');
  const findings = checkDocument(doc, { bases: index.lookup });
  assert.deepEqual(findings.filter((f) => f.code.startsWith('numbering.') || f.code.startsWith('base.') || f.code.startsWith('footnote.')).map((f) => f.code), []);
  assert.deepEqual(findings.filter((f) => f.code === 'compile.unresolved').length, 1);
  // Attributions name every proponent of a change.
  const authorOf = (inserted: string) => doc.marks.find((m) => m.newText && text.slice(m.newText.start, m.newText.end) === inserted)?.author;
  assert.equal(authorOf('Hammamet, 2016'), 'ACP, ASMG, EUR');
  assert.equal(authorOf(' and Study Group 3'), 'ACP, EUR');
  assert.equal(authorOf(' and to report to the Council'), 'ASMG');
  const deletion = doc.marks.find((m) => m.kind === 'deletion' && text.slice(m.oldText!.start, m.oldText!.end).startsWith('h)\tthat addressing'));
  assert.equal(deletion?.author, 'ASMG');
  // The new text: ACP's c) in, ASMG's h) out, the list relettered a) to k) once.
  const considering = doc.views.new.text.split('\n');
  const from = considering.indexOf('considering');
  const labels = considering.slice(from + 1, considering.indexOf('noting')).filter((l) => l.trim()).map((l) => l.split('\t')[0]); // a deleted paragraph leaves its line empty
  assert.deepEqual(labels, ['a)', 'b)', 'c)', 'd)', 'e)', 'f)', 'g)', 'h)', 'i)', 'j)', 'k)']);
  assert.ok(considering.includes('c)\tthat spam is increasingly sent through mobile messaging and social media applications;'));
  assert.ok(considering.some((l) => l.startsWith('d)\tthat spam has become a widespread problem causing loss of revenue') && l.includes('operators, business users and end users;')), 'both changes of the combined paragraph');
  // The conflict: the word in force, and each party's word in brackets.
  assert.match(doc.views.new.text, /with \[ACP: considerable\] \[EUR: substantial\] investments/);
  assert.match(doc.views.old.text, /with significant investments/);
});

test('compile: one proposal alone merges into its own new text', () => {
  for (const [party, text] of [['ACP', ACP], ['ASMG', ASMG], ['EUR', EUR], ['AFCP', AFCP]]) {
    const index = new BaseIndex();
    index.update('res52.itu', BASE);
    const doc = parseDocument(text);
    const c = compile('resolution  52', [{ location: 'res52.itu', doc: parseDocument(BASE) }, { location: 'p.itu', doc }], index.lookup)!;
    assert.ok(c.paragraphs.every((p) => p.status === 'unchanged' || p.status === 'single'), party);
    const merged = parseDocument(mergedDraft(c)).views.new.proposals[0].resolutions[0].paragraphs.map((p) => fold(p.text));
    assert.deepEqual(merged, doc.views.new.proposals[0].resolutions[0].paragraphs.map((p) => fold(p.text)), party);
  }
});

test('compile: no proposal, or none that changes anything: every paragraph unchanged, the draft has no mark', () => {
  const index = new BaseIndex();
  index.update('res52.itu', BASE);
  const base = { location: 'res52.itu', doc: parseDocument(BASE) };
  const none = compile('Resolution 52', [base], index.lookup)!;
  assert.deepEqual(none.proposals, []);
  assert.ok(none.paragraphs.every((p) => p.status === 'unchanged'));
  const same = compile('Resolution 52', [base, { location: 'p.itu', doc: parseDocument(mod('IAP', '44A1', 'CITEL', [])) }], index.lookup)!;
  assert.ok(same.paragraphs.every((p) => p.status === 'unchanged'));
  assert.equal(parseDocument(mergedDraft(same)).marks.length, 0);
  assert.equal(compile('Resolution 99', [base], index.lookup), undefined, 'no base text');
});

test('compile: two parties inserting the same paragraph agree; deleting the same one too', () => {
  const index = new BaseIndex();
  index.update('res52.itu', BASE);
  const ins = '1\tto provide all necessary assistance with a view to expediting such efforts;\n';
  const edit: [string, string][] = [
    [ins, `${ins}{++2\tto report on spam statistics to each Council session;++}\n`],
    ['f)\tthat spamming is used for criminal, fraudulent or deceptive activities;\n', '{--f)\tthat spamming is used for criminal, fraudulent or deceptive activities;--}\n'],
  ];
  const docs = [mod('IAP', '44A1', 'CITEL', edit), mod('RCC', '43A2', 'RCC', edit)].map((t, k) => ({ location: `p${k}.itu`, doc: parseDocument(t) }));
  const c = compile('Resolution 52', [{ location: 'res52.itu', doc: parseDocument(BASE) }, ...docs], index.lookup)!;
  assert.deepEqual(c.paragraphs.filter((p) => p.status !== 'unchanged').map((p) => [p.status, p.base === null]), [['agreed', false], ['agreed', true]]);
  const merged = parseDocument(mergedDraft(c));
  assert.deepEqual(checkDocument(merged, { bases: index.lookup }).filter((f) => f.code.startsWith('numbering.')), []);
  assert.match(merged.views.new.text, /\n2\tto report on spam statistics to each Council session;\n3\tto initiate a study/, 'the instruction after it renumbered');
});

test('compile.unresolved: each alternative is a quick fix that takes it', () => {
  const { c, index } = compiled();
  const text = mergedDraft(c);
  const finding = checkDocument(parseDocument(text), { bases: index.lookup }).find((f) => f.code === 'compile.unresolved')!;
  assert.match(finding.message, /ACP \| EUR/);
  const fixes = [finding.fix!, ...finding.fix!.alternatives!];
  assert.deepEqual(fixes.map((f) => f.title), ['Take the alternative of ACP', 'Take the alternative of EUR']);
  const taken = applyEdits(text, fixes[1].edits);
  assert.ok(taken.includes('with {~~significant~>substantial~~}{>>@EUR<<} investments'));
  const after = parseDocument(taken);
  assert.deepEqual(checkDocument(after, { bases: index.lookup }).filter((f) => f.code === 'compile.unresolved'), []);
  assert.match(after.views.old.text, /with significant investments/);
});

test('readAlternatives: only whole sets of two or more bracketed alternatives', () => {
  assert.deepEqual(readAlternatives('[EUR, ACP: a [^1] text] [B/CAN/USA: (delete)]'), [{ who: 'EUR, ACP', text: 'a [^1] text' }, { who: 'B/CAN/USA', text: '' }]);
  assert.equal(readAlternatives('[EUR: one]'), undefined);
  assert.equal(readAlternatives('see [EUR: a] [ACP: b]'), undefined);
  assert.equal(readAlternatives('[^1] and [^2]'), undefined);
});

test('listProposals: every proposal with its target, party and action', () => {
  const { sources: s } = sources(true);
  assert.deepEqual(listProposals(s).map((p) => `${p.target}|${p.action}|${p.id}|${p.party}|${p.location}:${p.line}`), [
    'Resolution 52|MOD|ACP/40A9/1|ACP|acp.itu:5',
    'Resolution 52|MOD|ASMG/27A5/1|ASMG|asmg.itu:5',
    'Resolution 52|MOD|EUR/35A12/1|EUR|eur.itu:5',
    'Resolution 52|SUP|RCC/20A1/1|RCC|rcc.itu:2',
  ]);
});

test('cli: compile --format json follows the contract; -o writes the merged draft; show --old gives the base', async () => {
  const dir = workspace();
  const r = await cli('compile', '--workspace', dir, '--format', 'json', 'Resolution 52');
  assert.equal(r.code, 0, r.err);
  const json = JSON.parse(r.out);
  assert.deepEqual(Object.keys(json), ['target', 'base', 'proposals', 'paragraphs']);
  assert.equal(json.target, 'Resolution 52');
  assert.equal(path.basename(json.base), 'res52-dubai-2012.itu');
  assert.deepEqual(json.proposals, ['ACP/40A9/1', 'ASMG/27A5/1', 'EUR/35A12/1']);
  assert.deepEqual(Object.keys(json.paragraphs[0]), ['base', 'status', 'versions']);
  assert.equal(json.paragraphs.filter((p: { status: string }) => p.status === 'conflict').length, 1);
  const text = await cli('compile', '--workspace', dir, 'Resolution 52');
  assert.match(text.out, /^conflict +d\) that countering spam/m);
  assert.match(text.out, /^ +ASMG\/27A5\/1: \(deleted\)$/m);
  assert.doesNotMatch(text.out, /ACP\/40A9\/1: i\) that addressing/, 'a version relettered only is no change');
  assert.match(text.out, /4 agreed/);
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'itu-compile-out-')), 'merged.itu');
  assert.equal((await cli('compile', '--workspace', dir, 'Resolution 52', '-o', out)).code, 0);
  const old = (await cli('show', '--old', out)).out.split('\n');
  const resolution = old.slice(old.indexOf('RESOLUTION 52 (Rev. Dubai, 2012)'), old.findIndex((l) => l.startsWith('[^1]:'))).filter((l) => l.trim());
  assert.deepEqual(resolution, RESOLUTION.slice(0, RESOLUTION.indexOf('[^1]:')).split('\n').filter((l) => l.trim()));
  // Saved in the workspace, the merged draft is not compiled with the proposals next time.
  fs.copyFileSync(out, path.join(dir, 'merged.itu'));
  assert.deepEqual(JSON.parse((await cli('compile', '--workspace', dir, '--format', 'json', 'Resolution 52')).out).proposals, ['ACP/40A9/1', 'ASMG/27A5/1', 'EUR/35A12/1']);
  const check = await cli('check', '--workspace', dir, '--format', 'json', out);
  const codes = JSON.parse(check.out).map((f: { code: string }) => f.code);
  assert.ok(codes.includes('compile.unresolved'));
  assert.deepEqual(codes.filter((c: string) => c.startsWith('numbering.') || c.startsWith('base.')), []);
  assert.equal((await cli('compile', '--workspace', dir, 'Resolution 52', '-o', path.join(dir, 'x.txt'))).code, 2);
  assert.equal((await cli('compile', '--workspace', dir, 'Resolution 7')).code, 1);
});

test('cli: proposals lists the workspace by target, in text and JSON', async () => {
  const dir = workspace(true);
  const json = JSON.parse((await cli('proposals', '--workspace', dir, '--format', 'json')).out);
  assert.deepEqual(json.map((p: { id: string; action: string; target: string }) => `${p.target} ${p.action} ${p.id}`), [
    'Resolution 52 MOD ACP/40A9/1',
    'Resolution 52 MOD ASMG/27A5/1',
    'Resolution 52 MOD EUR/35A12/1',
    'Resolution 52 SUP RCC/20A1/1',
  ]);
  const text = await cli('proposals', '--workspace', dir);
  assert.match(text.out, /^Resolution 52\n {2}MOD\tACP\/40A9\/1\tACP\t.*acp-40a9\.itu:6\n/);
  assert.match(text.err, /4 proposals on 1 text/);
});

test('cli: compile -o OUT.docx writes the synoptic table: base and one column per proposal, changes tracked by party, conflicts shaded', async () => {
  const dir = workspace();
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'itu-compile-docx-')), 'synoptic.docx');
  const r = await cli('compile', '--workspace', dir, 'Resolution 52', '-o', out);
  assert.equal(r.code, 0, r.err);
  const xml = await (await JSZip.loadAsync(fs.readFileSync(out))).file('word/document.xml')!.async('string');
  const rows = xml.split('<w:tr>').slice(1).concat(xml.split('<w:tr ').slice(1));
  const { c } = compiled();
  assert.equal(rows.length, c.paragraphs.length + 1, 'a header row and one row per paragraph');
  for (const header of ['ACP (ACP/40A9/1)', 'ASMG (ASMG/27A5/1)', 'EUR (EUR/35A12/1)']) assert.ok(xml.includes(header), header);
  const conflict = rows.find((row) => row.includes('that countering spam'))!;
  assert.match(conflict, /w:fill="FFE699"/);
  assert.match(conflict, /<w:ins [^>]*w:author="EUR"[^>]*>.*?substantial/s);
  assert.match(conflict, /<w:ins [^>]*w:author="ACP"[^>]*>.*?considerable/s);
  const deleted = rows.find((row) => row.includes('that addressing the issue of spam'))!;
  assert.match(deleted, /<w:del [^>]*w:author="ASMG"[^>]*>.*?<w:delText[^>]*>h\) that addressing/s);
  assert.doesNotMatch(rows.find((row) => row.includes('Countering and combating spam'))!, /w:ins |w:del |w:fill/);
});

test('compile: the same new item worded differently by two parties is one row of alternatives; an unrelated one stands on its own', () => {
  const index = new BaseIndex();
  index.update('res52.itu', BASE);
  const after = 'b)\tthat there are currently a variety of definitions for the term "spam";\n';
  const insert = (items: string[]): [string, string][] => [[after, after + items.map((t) => `{++${t}++}\n`).join('')]];
  const docs = [
    mod('IAP', '44A1', 'CITEL', insert(['c)\tthat spam is increasingly sent through mobile messaging applications;'])),
    mod('RCC', '43A2', 'RCC', insert(['c)\tthat spam is increasingly sent through social media and mobile messaging services;', 'd)\tthat the cost of spam falls mostly on developing countries;'])),
  ].map((t, k) => ({ location: `p${k}.itu`, doc: parseDocument(t) }));
  const c = compile('Resolution 52', [{ location: 'res52.itu', doc: parseDocument(BASE) }, ...docs], index.lookup)!;
  const inserted = c.paragraphs.filter((p) => p.base === null);
  assert.deepEqual(inserted.map((p) => p.status), ['conflict', 'single']);
  assert.ok(Object.values(inserted[0].versions).every((v) => v?.startsWith('c)\tthat spam is increasingly sent')), 'both versions in the one row');
  const text = mergedDraft(c);
  const merged = parseDocument(text);
  // Word by word: what both wordings share stands once, each difference as alternatives.
  assert.match(merged.views.new.text, /\nc\)\tthat spam is increasingly sent \[IAP: through\] \[RCC: through social media and\] mobile messaging \[IAP: applications\] \[RCC: services\];\nd\)\tthat the cost of spam falls mostly on developing countries;\ne\)\tthat spam has become/);
  const findings = checkDocument(merged, { bases: index.lookup });
  assert.deepEqual(findings.filter((f) => f.code.startsWith('numbering.') || f.code.startsWith('base.') || f.code.startsWith('marks.')).map((f) => f.code), []);
  assert.equal(findings.filter((f) => f.code === 'compile.unresolved').length, 2);
  // Taking RCC's alternative at each place gives RCC's wording.
  let taken = merged;
  for (let round = 0; round < 2; round++) {
    const next = checkDocument(taken, { bases: index.lookup }).find((f) => f.code === 'compile.unresolved')!;
    const rcc = [next.fix!, ...next.fix!.alternatives!].find((f) => f.title.includes('RCC'))!;
    taken = parseDocument(applyEdits(taken.text, rcc.edits));
  }
  assert.match(taken.views.new.text, /\nc\)\tthat spam is increasingly sent through social media and mobile messaging services;\nd\)/);
  assert.equal(checkDocument(taken, { bases: index.lookup }).filter((f) => f.code === 'compile.unresolved' || f.code.startsWith('marks.')).length, 0);
});

test('compile: a MOD that leaves unchanged text out (…) changes only what it shows', () => {
  const index = new BaseIndex();
  index.update('res52.itu', BASE);
  const elided = [
    'Proposals:\tRCC', '', 'MOD\tRCC/43A2/1',
    'RESOLUTION 52 (Rev. {--Dubai, 2012--}{++Hammamet, 2016++})', '…', 'considering', '…',
    'd)\tthat countering spam by technical means burdens affected entities, including network operators and service providers, as well as users who unwillingly receive such spam, with {~~significant~>substantial~~} investments in networks, facilities, terminal equipments and applications;',
    '…', 'f)\tthat spamming is used for criminal, fraudulent or deceptive activities{++ and for the spreading of disinformation++};', '…', '', 'Reasons:\tr', '',
  ].join('\n');
  const sources = [['res52.itu', BASE], ['eur.itu', EUR], ['rcc.itu', elided]].map(([location, text]) => ({ location, doc: parseDocument(text) }));
  const c = compile('Resolution 52', sources, index.lookup)!;
  const status = (prefix: string) => c.paragraphs.find((p) => p.base?.startsWith(prefix))?.status;
  assert.equal(status('RESOLUTION 52'), 'agreed');
  assert.equal(status('d)\tthat countering spam'), 'agreed', 'EUR and RCC make the same change');
  assert.equal(status('f)\tthat spamming'), 'single');
  assert.equal(status('c)\tthat spam has become'), 'single', 'EUR alone; RCC left it out, unchanged');
  assert.equal(c.paragraphs.filter((p) => p.status !== 'unchanged').length, 7);
  const text = mergedDraft(c);
  const merged = parseDocument(text);
  assert.match(merged.views.new.text, /with substantial investments/);
  assert.equal(merged.marks.find((m) => m.newText && text.slice(m.newText.start, m.newText.end) === 'substantial')?.author, 'EUR, RCC');
  assert.deepEqual(checkDocument(merged, { bases: index.lookup }).map((f) => f.code), []);
});

test('cli: compile -o never writes over a contribution or base text it read; a merged draft saved before is rewritten with --force only (review 8, I12)', async () => {
  const dir = workspace();
  const eur = path.join(dir, 'eur-35a12.itu');
  for (const force of [[], ['--force']]) {
    const r = await cli('compile', '--workspace', dir, 'Resolution 52', '-o', eur, ...force);
    assert.equal(r.code, 2, r.err);
    assert.match(r.err, /input/);
    assert.equal(fs.readFileSync(eur, 'utf8'), EUR, 'the contribution is untouched');
  }
  const merged = path.join(dir, 'merged.itu');
  assert.equal((await cli('compile', '--workspace', dir, 'Resolution 52', '-o', merged)).code, 0);
  // The secretariat takes an alternative in the merged draft; compiling again does not wipe it unasked.
  const worked = fs.readFileSync(merged, 'utf8').replace(/\[ACP: [^\]]*\] \[[^\]]*\]/, 'considerable');
  assert.notEqual(worked, fs.readFileSync(merged, 'utf8'));
  fs.writeFileSync(merged, worked);
  const again = await cli('compile', '--workspace', dir, 'Resolution 52', '-o', merged);
  assert.equal(again.code, 2, again.err);
  assert.match(again.err, /merged\.itu exists: nothing written \(give --force to replace it\)/);
  assert.equal(fs.readFileSync(merged, 'utf8'), worked, 'the worked draft is kept');
  // The synoptic table alike.
  const table = path.join(dir, 'table.docx');
  fs.writeFileSync(table, 'kept');
  assert.equal((await cli('compile', '--workspace', dir, 'Resolution 52', '-o', table)).code, 2);
  assert.equal(fs.readFileSync(table, 'utf8'), 'kept');
  const forced = await cli('compile', '--workspace', dir, 'Resolution 52', '-o', merged, '--force');
  assert.equal(forced.code, 0, forced.err);
  assert.match(forced.err, /merged draft of 3 proposals written/);
  assert.notEqual(fs.readFileSync(merged, 'utf8'), worked);
});

test('compile: a MOD that names its target only in its header (no number line) does not stop the compilation', () => {
  const { sources: s, index } = sources();
  const headerOnly = parseDocument('Proposals:\tXX\n\nMOD\tXX/1/1\tResolution 52\nconsidering\na)\tsomething;\n\nReasons:\tr\n');
  const c = compile('Resolution 52', [...s, { location: 'header-only.itu', doc: headerOnly }], index.lookup);
  assert.ok(c, 'the others are still compiled against the base');
  assert.ok(c.proposals.some((p) => p.id === 'EUR/35A12/1'));
});

/** A MOD of a small base text by `party`: each [find, replace] applied once (it must be there). */
function modOf(base: string, party: string, edits: [string, string][]): string {
  let text = base;
  for (const [find, replace] of edits) {
    assert.ok(text.includes(find), find);
    text = text.replace(find, replace);
  }
  return `Proposals:\t${party}\n\nMOD\t${party}/1/1\n${text}\nReasons:\tTo update.\n`;
}

test('compile: cross-references follow the items the merge reletters, through revision marks', () => {
  const base = [
    'RESOLUTION 99 (Rev. Dubai, 2012)',
    '',
    'The World Telecommunication Standardization Assembly (Hammamet, 2016),',
    'considering',
    'a)\tthat spam is a problem;',
    'b)\tthat spam costs operators money;',
    'c)\tthat users need protection;',
    'resolves',
    '1\tto study the matters in considering b) and c) above;',
    '2\tto report.',
    '',
  ].join('\n');
  const proposal = (party: string, edits: [string, string][]) => modOf(base, party, edits);
  // EUR inserts a new a) and follows its own references; ASMG changes resolves 2 only. The merge
  // letters a) b) c) d) and the references in resolves 1 follow b) and c) whoever wrote them.
  const eur = proposal('EUR', [
    ['considering\na)', 'considering\n{++a)\tthat spam crosses borders;++}\n{~~a~>b~~})'],
    ['b)\tthat spam costs', '{~~b~>c~~})\tthat spam costs'],
    ['c)\tthat users', '{~~c~>d~~})\tthat users'],
    ['considering b) and c) above', 'considering {~~b~>c~~}) and {~~c~>d~~}) above'],
  ]);
  const asmg = proposal('ASMG', [['2\tto report.', '2\tto report{++ to the Council++}.']]);
  const index = new BaseIndex();
  index.update('res99.itu', base);
  const c = compile('Resolution 99', [{ location: 'eur.itu', doc: parseDocument(eur) }, { location: 'asmg.itu', doc: parseDocument(asmg) }], index.lookup)!;
  assert.ok(c, 'compiled');
  const draft = mergedDraft(c);
  const doc = parseDocument(draft);
  const newText = doc.views.new.text;
  assert.match(newText, /\na\)\tthat spam crosses borders;\nb\)\tthat spam is a problem;\nc\)\tthat spam costs operators money;\nd\)\tthat users need protection;/);
  assert.match(newText, /1\tto study the matters in considering c\) and d\) above;/);
  assert.match(draft, /considering \{~~b~>c~~\}\) and \{~~c~>d~~\}\) above/, 'the references change through revision marks');
  assert.match(newText, /2\tto report to the Council\./);
  // Reject all gives the text in force, references included.
  assert.match(doc.views.old.text, /1\tto study the matters in considering b\) and c\) above;/);
  const findings = checkDocument(doc, { bases: index.lookup });
  assert.deepEqual(findings.filter((f) => /^(numbering|reference|base)\./.test(f.code)).map((f) => `${f.code}: ${f.message}`), []);
  // ASMG's text alone had the old letters: the paragraph is still unchanged for the compilation.
  assert.equal(c.paragraphs.find((p) => p.base?.startsWith('1\t'))?.status, 'unchanged');
});

test('compile: taking one party\'s alternative everywhere in a new paragraph worded differently gives that party\'s wording (generated)', () => {
  const index = new BaseIndex();
  index.update('res52.itu', BASE);
  const after = 'b)\tthat there are currently a variety of definitions for the term "spam";\n';
  const sentences = RESOLUTION.split('\n').map((l) => l.replace(/^[a-z0-9]+\)?\t/, '')).filter((l) => l.split(' ').length >= 12 && !/[[\]{}~^@]/.test(l));
  let seed = 7;
  const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
  const words = ['spam', 'urgently', 'mobile', 'national', 'and', 'Member States', 'further'];
  const variant = (text: string): string => {
    const w = text.split(' ');
    for (let e = 1 + rand(3); e > 0; e--) {
      const at = rand(w.length);
      const op = rand(3);
      if (op === 0 && w.length > 8) w.splice(at, 1);
      else if (op === 1) w.splice(at, 0, words[rand(words.length)]);
      else w[at] = words[rand(words.length)];
    }
    return w.join(' ');
  };
  for (let round = 0; round < 40; round++) {
    const sentence = sentences[rand(sentences.length)];
    const parties = ['IAP', 'RCC', 'EUR'];
    const wordings = parties.map(() => variant(sentence));
    const docs = parties.map((party, k) => ({ location: `${party}.itu`, doc: parseDocument(mod(party, `4${k}A1`, party, [[after, `${after}{++c)\t${wordings[k]}++}\n`]])) }));
    const c = compile('Resolution 52', [{ location: 'res52.itu', doc: parseDocument(BASE) }, ...docs], index.lookup)!;
    const draft = parseDocument(mergedDraft(c));
    parties.forEach((party, k) => {
      let doc = draft;
      for (let guard = 0; guard < 50; guard++) {
        const next = checkDocument(doc, { bases: index.lookup }).find((f) => f.code === 'compile.unresolved');
        if (!next) break;
        const take = [next.fix!, ...(next.fix!.alternatives ?? [])].find((f) => f.title.split(/of |, /).includes(party));
        assert.ok(take, `round ${round}: an alternative of ${party} in ${doc.text.slice(next.start, next.end)}`);
        doc = parseDocument(applyEdits(doc.text, take.edits));
      }
      const lines = doc.views.new.text.split('\n');
      const line = lines[lines.findIndex((l) => l.includes('variety of definitions for the term')) + 1];
      // Several identical wordings may have been one row: the row is the party's own wording.
      assert.equal(fold(line!.slice(3)), fold(wordings[k]), `round ${round}, ${party}: ${JSON.stringify(wordings)}`);
    });
  }
});

test('compile: a real change of a word before ")" stays a change; only a party\'s own relettering of a reference is left to the merge', () => {
  const base = [
    'RESOLUTION 99 (Rev. Dubai, 2012)',
    '',
    'The World Telecommunication Standardization Assembly (Hammamet, 2016),',
    'considering',
    'a)\tthat fax traffic (incl. fax) is old;',
    'b)\tthat spam costs operators money;',
    'c)\tthat users need protection;',
    'resolves',
    '1\tto act on the matters in considering b) above;',
    '',
  ].join('\n');
  const proposal = (party: string, edits: [string, string][]) => modOf(base, party, edits);
  // EUR changes a word in parentheses and points resolves 1 at c) without relettering anything.
  const eur = proposal('EUR', [['(incl. fax)', '(incl. {~~fax~>sms~~})'], ['considering b) above', 'considering {~~b~>c~~}) above']]);
  // A MOD naming the target in its header only, with no Resolution: listed, not read as deleting the text.
  const headerOnly = 'Proposals:\tZZZ\n\nMOD\tZZZ/1A1/1\tResolution 99\n{++Some text.++}\n\nReasons:\tr\n';
  const index = new BaseIndex();
  index.update('res99.itu', base);
  const c = compile('Resolution 99', [{ location: 'eur.itu', doc: parseDocument(eur) }, { location: 'zzz.itu', doc: parseDocument(headerOnly) }], index.lookup)!;
  assert.deepEqual(c.proposals.map((p) => p.id), ['EUR/1/1']);
  assert.deepEqual(c.others.map((p) => p.id), ['ZZZ/1A1/1']);
  assert.equal(c.paragraphs.find((p) => p.base?.startsWith('a)'))?.status, 'single');
  assert.equal(c.paragraphs.find((p) => p.base?.startsWith('1\t'))?.status, 'single');
  const draft = mergedDraft(c);
  assert.match(draft, /\(incl\. \{~~fax~>sms~~\}\{>>@EUR<<\}\)/);
  assert.match(draft, /considering \{~~b~>c~~\}\{>>@EUR<<\}\) above/);
  assert.ok(!/\{--/.test(draft), 'nothing deleted');
});

test('compile.unresolved: taking a "(delete)" of a whole item deletes the item and reletters after it; no side preferred, none taken in bulk', async () => {
  const base = [
    'RESOLUTION 99 (Rev. Dubai, 2012)',
    '',
    'The World Telecommunication Standardization Assembly (Hammamet, 2016),',
    'considering',
    'a)\tthat fax traffic is old;',
    'b)\tthat spam costs operators money;',
    'c)\tthat users need protection;',
    'd)\tthat operators need guidance;',
    'resolves',
    '1\tto act on the matters in considering c) above;',
    '2\tto fund the work, in view of considering b) above;',
    '',
  ].join('\n');
  // ARB deletes b) (relettering, its reference to b) dropped with the words), RCC rewords b), EUR
  // inserts a new item before d), and ACP and EUR reword a) differently: two conflicts.
  const arb = modOf(base, 'ARB', [['b)\tthat spam costs operators money;\n', '{--b)\tthat spam costs operators money;--}\n'], ['c)\tthat users', '{~~c~>b~~})\tthat users'], ['d)\tthat operators', '{~~d~>c~~})\tthat operators'], ['considering c) above', 'considering {~~c~>b~~}) above'], [', in view of considering b) above;', '{--, in view of considering b) above--};']]);
  const rcc = modOf(base, 'RCC', [['spam costs operators money', 'spam costs operators {++much ++}money']]);
  const eur = modOf(base, 'EUR', [['d)\tthat operators', '{++d)\tthat regulators act;++}\n{~~d~>e~~})\tthat operators'], ['fax traffic is old', 'fax traffic is {~~old~>obsolete~~}']]);
  const acp = modOf(base, 'ACP', [['fax traffic is old', 'fax traffic is {~~old~>outdated~~}']]);
  const index = new BaseIndex();
  index.update('res99.itu', base);
  const docs = Object.entries({ acp, arb, eur, rcc }).map(([p, t]) => ({ location: `${p}.itu`, doc: parseDocument(t) }));
  const draft = mergedDraft(compile('Resolution 99', docs, index.lookup)!);
  const conflicts = checkDocument(parseDocument(draft), { bases: index.lookup }).filter((f) => f.code === 'compile.unresolved');
  assert.equal(conflicts.length, 2);
  const onB = conflicts.find((f) => f.message.includes('ARB'))!;
  const take = [onB.fix!, ...onB.fix!.alternatives!].find((f) => f.title.endsWith('ARB'))!;
  const taken = parseDocument(applyEdits(draft, take.edits));
  // The item is gone, label and all; the items after it take the letters before them; the old text is the base.
  assert.match(taken.text, /\n\{--b\)\tthat spam costs operators money;--\}\{>>@ARB<<\}\n/);
  const considering = (v: 'new' | 'old') => taken.views[v].text.split('\n').filter((l) => /^[a-z]\)\t/.test(l)).map((l) => l.slice(0, 2));
  assert.deepEqual(considering('new'), ['a)', 'b)', 'c)', 'd)']);
  assert.deepEqual(considering('old'), ['a)', 'b)', 'c)', 'd)']);
  assert.match(taken.views.new.text, /\nb\)\tthat users need protection;\nc\)\tthat regulators act;\nd\)\tthat operators need guidance;/);
  assert.match(taken.views.new.text, /in considering b\) above;/, 'the reference follows its item');
  assert.ok(!/\{~~(\w+)~>\1~~\}/.test(taken.text), 'no label substitution that changes nothing');
  assert.deepEqual(taken.views.old.proposals[0].resolutions[0].paragraphs.map((p) => fold(p.text)), base.split('\n').filter((l) => l.trim()).map(fold));
  const after = checkDocument(taken, { bases: index.lookup });
  assert.deepEqual(after.filter((f) => /^(numbering|marks|base)\./.test(f.code)).map((f) => f.message), []);
  assert.equal(after.filter((f) => f.code === 'compile.unresolved').length, 1, 'the other conflict is still open');

  // In the editor: one quick fix per party, none preferred, and no "Fix all compile.unresolved".
  const ws = new MemoryWorkspace('file:///ws', { 'res99.itu': base });
  const service = createItuService({ workspace: ws });
  await service.scan();
  const uri = ws.uri('compilation.itu');
  service.open(uri, 1, draft);
  const diagnostics = (await service.diagnostics(uri))!.diagnostics.filter((d) => d.code === 'compile.unresolved');
  assert.equal(diagnostics.length, 2);
  const actions = await service.codeActions(uri, diagnostics[0].range, diagnostics, ['quickfix']);
  assert.deepEqual(actions.map((a) => a.title).sort(), ['Take the alternative of ACP', 'Take the alternative of ARB', 'Take the alternative of EUR', 'Take the alternative of RCC']);
  assert.ok(actions.every((a) => !a.isPreferred));
  const all = await service.codeActions(uri, diagnostics[0].range, diagnostics, ['source.fixAll.itu']);
  assert.ok(all.every((a) => !JSON.stringify(a.edit).includes('@ACP<<}')), 'Fix all takes no side');
});

test('compile.unresolved: a "(delete)" of an item that refers to a later item drops that reference with it; the fix touches only the lines it changes', () => {
  const text = contribution('MOD', [...RES_HEAD, 'considering', 'a)\tfirst;',
    'b)\t{~~second, see considering c) below~>[ARB: (delete)] [CAN: second, see considering c) below]~~}',
    'c)\tthird;', 'd)\tfourth,', 'resolves', '1\tas in considering d) above, {~~and~>and~~} so.']);
  // The reference inside the deleted line got a relabel edit overlapping the line's deletion: checkDocument threw.
  const [f] = checkDocument(parseDocument(text)).filter((x) => x.code === 'compile.unresolved');
  const arb = [f.fix!, ...f.fix!.alternatives!].find((a) => a.title.endsWith('ARB'))!;
  const after = applyEdits(text, arb.edits);
  assert.match(after, /\na\)\tfirst;\n\{--b\)\tsecond, see considering c\) below--\}\{>>@ARB<<\}\n\{~~c~>b~~\}\)\tthird;\n\{~~d~>c~~\}\)\tfourth,\n/);
  assert.match(after, /\n1\tas in considering \{~~d~>c~~\}\) above, /, 'the reference to a later item follows it');
  // One edit per line changed; a line the fix does not reletter keeps its own marks, even one that changes nothing.
  assert.deepEqual(arb.edits.map((e) => text.slice(e.start, e.end)), [text.slice(text.indexOf('b)\t'), text.indexOf('~~}\nc)') + 2), 'c', 'd', 'd']);
  assert.match(after, /\{~~and~>and~~\} so\./);
});

test('compile: the same change by two parties, one of them also adding words just after it, is agreed plus a single change, not a conflict (generated)', () => {
  const index = new BaseIndex();
  index.update('res52.itu', BASE);
  // Every word of the Resolution's items followed by punctuation or by a small word: EUR changes it,
  // ACP makes the same change and adds words after the punctuation or small word (which the comparer
  // alone writes as one change, `19)` → `27) and …`).
  const items = RESOLUTION.split('\n').filter((l) => /^[a-z]\)\t|^\d\t/.test(l) && !/[[\]{}~^@]/.test(l));
  let cases = 0;
  for (const line of items) {
    const m = /(?<=[ (])([a-z]{5,})(\)|,|;| of| the| and)(?=[ ,;.)]|$)/.exec(line);
    if (!m || line.indexOf(m[0]) !== m.index) continue;
    const at = m.index;
    const [word, after] = [m[1], m[2]];
    const changed = line.slice(0, at) + `{~~${word}~>renamed~~}` + line.slice(at + word.length);
    const added = line.slice(0, at) + `{~~${word}~>renamed~~}${after}{++ with added words++}` + line.slice(at + word.length + after.length);
    if (RESOLUTION.indexOf(line) !== RESOLUTION.lastIndexOf(line)) continue;
    cases++;
    const eur = parseDocument(mod('EUR', '44A3', 'Europe', [[line, changed]]));
    const acp = parseDocument(mod('ACP', '45A7', 'Asia-Pacific', [[line, added]]));
    const c = compile('Resolution 52', [{ location: 'acp.itu', doc: acp }, { location: 'eur.itu', doc: eur }, { location: 'res52.itu', doc: parseDocument(BASE) }], index.lookup)!;
    const row = c.paragraphs.find((p) => p.base === line)!;
    assert.equal(row.status, 'combined', line);
    const draft = mergedDraft(c);
    const written = draft.split('\n').find((l) => l.includes('renamed'))!;
    assert.ok(written.includes(`{~~${word}~>renamed~~}{>>@ACP, EUR<<}`) && /\{\+\+ ?with added words ?\+\+\}\{>>@ACP<<\}/.test(written), `${line}\n${written}`);
    const merged = parseDocument(draft).views.new.text.split('\n').find((l) => l.includes('renamed'))!;
    assert.equal(fold(merged), fold(acp.views.new.text.split('\n').find((l) => l.includes('renamed'))!), line);
    assert.deepEqual(checkDocument(parseDocument(draft), { bases: index.lookup }).filter((f) => f.code === 'compile.unresolved'), []);
  }
  assert.ok(cases >= 5, `${cases} cases`);
});

test('compile.unresolved: taking a side gives that party\'s words with their spaces (a substitution against a deletion; two insertions after a parenthesis)', () => {
  // Re-review: `with {~~significant ~>[ACP: considerable] [EUR: (delete)]~~}investments` taken for ACP gave
  // "considerableinvestments", and two insertions after `(Rev.WRC-27)` gave "(Rev.WRC-27)and …".
  const base = ['RESOLUTION 99 (Rev. Dubai, 2012)', '', 'The World Telecommunication Standardization Assembly (Hammamet, 2016),', 'considering',
    'a)\tthat spam burdens users with significant investments in networks;', 'b)\tthat Resolution 64 (Rev. Hammamet, 2016) applies;', ''].join('\n');
  const parties: [string, [string, string][]][] = [
    ['ACP', [['with significant investments', 'with {~~significant~>considerable~~} investments'], ['2016) applies', '2016){++ and Resolution 65++} applies']]],
    ['EUR', [['with significant investments', 'with {--significant --}investments'], ['2016) applies', '2016){++ and Resolution 66 (Rev. Dubai, 2012)++} applies']]],
  ];
  const index = new BaseIndex();
  index.update('res99.itu', base);
  const c = compile('Resolution 99', parties.map(([who, edits]) => ({ location: `${who}.itu`, doc: parseDocument(modOf(base, who, edits)) })), index.lookup)!;
  const draft = mergedDraft(c);
  const conflicts = checkDocument(parseDocument(draft)).filter((f) => f.code === 'compile.unresolved');
  assert.equal(conflicts.length, 2, draft);
  for (const [who, edits] of parties) {
    // That party's side in every conflict: the new text reads as its own proposal's.
    let text = draft;
    for (let k = 0; k < conflicts.length; k++) {
      const f = checkDocument(parseDocument(text)).find((x) => x.code === 'compile.unresolved')!;
      const fix = [f.fix!, ...(f.fix!.alternatives ?? [])].find((x) => x.title.includes(who))!;
      text = applyEdits(text, fix.edits);
    }
    const own = parseDocument(modOf(base, who, edits)).views.new.proposals[0].resolutions[0].paragraphs.map((p) => p.text);
    const merged = parseDocument(text).views.new.proposals[0].resolutions[0].paragraphs.map((p) => p.text);
    assert.deepEqual(merged.filter((p) => p.startsWith('a)') || p.startsWith('b)')), own.filter((p) => p.startsWith('a)') || p.startsWith('b)')), who);
  }
});

test('compile takes the base as the checks do: a MOD naming an edition the workspace lacks is not compiled against another edition (defect 23)', async () => {
  // A WTSA-20 MOD of the 2016 edition (its old text, here, the 2012 text with the meeting of 2016), a workspace holding the 2012 edition only.
  const on2016 = mod('USA', '9A1', 'United States', [
    ['RESOLUTION 52 (Rev. Dubai, 2012)', 'RESOLUTION 52 (Rev. {~~Hammamet, 2016~>Geneva, 2022~~})'],
    ['Johannesburg, 2008; Dubai, 2012)', 'Johannesburg, 2008; Dubai, 2012; Hammamet, 2016{++; Geneva, 2022++})'],
    ['Assembly (Dubai, 2012),', 'Assembly ({~~Hammamet, 2016~>Geneva, 2022~~}),'],
  ]);
  const index = new BaseIndex();
  index.update('res52.itu', BASE);
  const src = (...texts: [string, string][]) => texts.map(([location, text]) => ({ location, doc: parseDocument(text) }));
  // The checks compare it with nothing: base.not-found names the edition missing.
  const found = checkDocument(parseDocument(on2016), { bases: index.lookup }).filter((f) => f.code.startsWith('base.'));
  assert.deepEqual(found.map((f) => f.code), ['base.not-found']);
  // Nor does compile: no base for it, so nothing is compiled (before, the 2012 text, its number line and history "changed").
  assert.equal(compile('Resolution 52', src(['res52.itu', BASE], ['usa.itu', on2016]), index.lookup), undefined);
  // Beside a MOD of the 2012 edition: that one is compiled against it, the other listed beside, not merged.
  const both = compile('Resolution 52', src(['res52.itu', BASE], ['usa.itu', on2016], ['eur.itu', EUR]), index.lookup)!;
  assert.equal(both.base.numberLine, 'RESOLUTION 52 (Rev. Dubai, 2012)');
  assert.deepEqual(both.proposals.map((p) => p.id), ['EUR/35A12/1']);
  assert.deepEqual(both.others.map((p) => `${p.action} ${p.id}`), ['MOD USA/9A1/1']);
  // The command line says why it is beside the others.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'itu-compile-edition-'));
  for (const [name, text] of [['res52.itu', BASE], ['usa.itu', on2016], ['eur.itu', EUR]]) fs.writeFileSync(path.join(dir, name), text);
  const listed = await cli('compile', '--workspace', dir, 'Resolution 52');
  assert.match(listed.out, /\n {2}also MOD USA\/9A1\/1 \(.*usa\.itu:6\): amends RESOLUTION 52 \(Rev\. Hammamet, 2016\), not merged\n/);
  // With the 2016 edition in the workspace, the MOD is compiled against it, as the checks compare it.
  const edition2016 = BASE.replace('RESOLUTION 52 (Rev. Dubai, 2012)', 'RESOLUTION 52 (Rev. Hammamet, 2016)').replace('Johannesburg, 2008; Dubai, 2012)', 'Johannesburg, 2008; Dubai, 2012; Hammamet, 2016)').replace('Assembly (Dubai, 2012),', 'Assembly (Hammamet, 2016),');
  index.update('res52-2016.itu', edition2016);
  const c = compile('Resolution 52', src(['res52.itu', BASE], ['res52-2016.itu', edition2016], ['usa.itu', on2016]), index.lookup)!;
  assert.equal(c.base.numberLine, 'RESOLUTION 52 (Rev. Hammamet, 2016)');
  assert.deepEqual(c.proposals.map((p) => p.id), ['USA/9A1/1']);
  assert.deepEqual(c.paragraphs.filter((p) => p.status !== 'unchanged').map((p) => p.base?.slice(0, 20)), ['RESOLUTION 52 (Rev. ', '(Florianópolis, 2004', 'The World Telecommun']);
});

// Review 5, F3: the cover field Compilation marks a merged draft; a party's contribution that carries it
// (copied from a merged draft's cover, or used by mistake) is still compiled, and never overwritten.
test('compile: a contribution whose cover has a Compilation field is compiled; only merged drafts of the target are left out, and named', () => {
  const { sources: s, index } = sources();
  const withField = (field: string, text: string) => text.replace(/^/, `Compilation:\t${field}\n`);
  const earlier = mergedDraft(compile('Resolution 52', s, index.lookup)!);
  const all = [
    ...s.filter((x) => x.location !== 'eur.itu'),
    { location: 'eur.itu', doc: parseDocument(withField('yes', EUR)) },
    { location: 'merged.itu', doc: parseDocument(earlier) },
  ];
  const c = compile('Resolution 52', all, index.lookup)!;
  assert.deepEqual(c.proposals.map((p) => p.id), ['ACP/40A9/1', 'ASMG/27A5/1', 'EUR/35A12/1'], 'EUR compiled; the merged draft not');
  assert.deepEqual(c.leftOut, [{ location: 'merged.itu', kind: 'compilation', proposals: ['COMPILATION/1/1'] }]);
  // The field naming the target: read as a merged draft of it, and said so with the proposals it holds.
  const named = all.map((x) => (x.location === 'eur.itu' ? { location: 'eur.itu', doc: parseDocument(withField('resolution  52', EUR)) } : x));
  const n = compile('Resolution 52', named, index.lookup)!;
  assert.deepEqual(n.proposals.map((p) => p.id), ['ACP/40A9/1', 'ASMG/27A5/1']);
  assert.deepEqual(n.leftOut?.map((l) => [l.location, l.kind, l.proposals]), [['eur.itu', 'named', ['EUR/35A12/1']], ['merged.itu', 'compilation', ['COMPILATION/1/1']]]);
  // Naming another text, it is an input here.
  const other = all.map((x) => (x.location === 'eur.itu' ? { location: 'eur.itu', doc: parseDocument(withField('Resolution 64', EUR)) } : x));
  assert.ok(compile('Resolution 52', other, index.lookup)!.proposals.some((p) => p.id === 'EUR/35A12/1'));
});

test('cli: compile -o refuses a contribution whose cover has a Compilation field, and stderr names the files left out', async () => {
  const dir = workspace();
  const eur = path.join(dir, 'eur-35a12.itu');
  const marked = `Compilation:\tyes\n${EUR}`;
  fs.writeFileSync(eur, marked);
  const listed = await cli('compile', '--workspace', dir, 'Resolution 52');
  assert.equal(listed.code, 0, listed.err);
  assert.match(listed.out, /3 proposals: ACP\/40A9\/1, ASMG\/27A5\/1, EUR\/35A12\/1/);
  const r = await cli('compile', '--workspace', dir, 'Resolution 52', '-o', eur);
  assert.equal(r.code, 2, r.err);
  assert.equal(fs.readFileSync(eur, 'utf8'), marked, 'the contribution is untouched');
  // Its field naming the target: left out, said on stderr, and still never written over.
  const named = `Compilation:\tResolution 52\n${EUR}`;
  fs.writeFileSync(eur, named);
  const merged = path.join(dir, 'merged.itu');
  const w = await cli('compile', '--workspace', dir, 'Resolution 52', '-o', merged);
  assert.equal(w.code, 0, w.err);
  assert.match(w.err, /eur-35a12\.itu left out: its cover's Compilation field names Resolution 52.*EUR\/35A12\/1/);
  assert.equal((await cli('compile', '--workspace', dir, 'Resolution 52', '-o', eur)).code, 2);
  assert.equal(fs.readFileSync(eur, 'utf8'), named);
  const again = await cli('compile', '--workspace', dir, 'Resolution 52', '-o', merged, '--force');
  assert.equal(again.code, 0, again.err);
  assert.match(again.err, /merged\.itu left out: a merged draft of Resolution 52/);
});

test('service: the compile result names the merged drafts left out', async () => {
  const ws = new MemoryWorkspace('file:///ws', { 'res52.itu': BASE, 'eur.itu': `Compilation:\tResolution 52\n${EUR}`, 'acp.itu': ACP });
  const service = createItuService({ workspace: ws });
  await service.scan();
  const r = await service.compile('Resolution 52');
  assert.ok('text' in r);
  assert.deepEqual(r.proposals, ['ACP/40A9/1']);
  assert.equal(r.leftOut.length, 1);
  assert.match(r.leftOut[0], /^eur\.itu left out: its cover's Compilation field names Resolution 52/);
});

test('compile: an alternative keeps its party\'s spaces, and a MOD that leaves the disputed words as in force has no alternative there (review 5, F10)', () => {
  const base = [
    'RESOLUTION 50 (Rev. Dubai, 2014)',
    '',
    'The World Telecommunication Development Conference (Dubai, 2014),',
    'considering',
    'a)\tthe role of ITU;',
    'b)\tthe progress accomplished in Phases 1 and 2 of the World Summit on the Information Society (WSIS),',
    'c)\tthe many stakeholders,',
    '',
  ].join('\n');
  const index = new BaseIndex();
  index.update('res50.itu', base);
  const wsis = 'Information Society (WSIS),';
  const sources = [
    ['res50.itu', base],
    ['aaa.itu', modOf(base, 'AAA', [[wsis, 'Information Society (WSIS) and of its twenty-year review;']])],
    ['bbb.itu', modOf(base, 'BBB', [['Phases 1 and 2', 'both phases']])],
    ['ccc.itu', modOf(base, 'CCC', [[wsis, 'Information Society (WSIS);']])],
  ].map(([location, text]) => ({ location, doc: parseDocument(text) }));
  const text = mergedDraft(compile('Resolution 50', sources, index.lookup)!);
  assert.match(text, /\{~~Phases 1 and 2~>both phases~~\}\{>>@BBB<<\}/);
  assert.match(text, /Society \{~~\(WSIS\),~>\[AAA: \(WSIS\) and of its twenty-year review;\] \[CCC: \(WSIS\);\]~~\}\{>>@AAA, CCC<<\}/);
  const doc = parseDocument(text);
  const f = checkDocument(doc, { bases: index.lookup }).find((x) => x.code === 'compile.unresolved')!;
  const aaa = [f.fix!, ...f.fix!.alternatives!].find((x) => x.title.endsWith('AAA'))!;
  assert.match(parseDocument(applyEdits(text, aaa.edits)).views.new.text, /Information Society \(WSIS\) and of its twenty-year review;\n/);
});

test('compile: a MOD inserting an item, against a SUP, still reletters the list after it (review 5, F12)', () => {
  const base = [
    'RESOLUTION 11 (Rev. Dubai, 2018)',
    'Council working groups',
    'The Plenipotentiary Conference (Dubai, 2018),',
    'decides',
    '1\tthat the Council shall create working groups;',
    '2\tthat the Council shall decide their leadership;',
    '3\tthat the Council shall merge them where possible;',
    '4\tthat, if decides 3 cannot be fulfilled, their meetings shall be collocated.',
    '',
  ].join('\n');
  const index = new BaseIndex();
  index.update('dec11.itu', base);
  const aaa = modOf(base, 'AAA', [
    ['2\tthat the Council shall decide', '2\tthat the Council shall publish their terms of reference;\n3\tthat the Council shall decide'],
    ['3\tthat the Council shall merge', '4\tthat the Council shall merge'],
    ['4\tthat, if decides 3 cannot', '5\tthat, if decides 4 cannot'],
  ]);
  const bbb = `Proposals:\tBBB\n\nSUP\tBBB/1/1\n${base}\nReasons:\tNo longer needed.\n`;
  const sources = [['dec11.itu', base], ['aaa.itu', aaa], ['bbb.itu', bbb]].map(([location, text]) => ({ location, doc: parseDocument(text) }));
  const c = compile('Resolution 11', sources, index.lookup)!;
  assert.deepEqual(c.proposals.map((p) => p.id), ['AAA/1/1', 'BBB/1/1']);
  const text = mergedDraft(c);
  assert.match(text, /\n\{~~2~>3~~\}\t\{~~that the Council shall decide their leadership;~>\[AAA: /, 'the item after the new one relettered');
  assert.match(text, /\n\{~~3~>4~~\}\t/);
  assert.match(text, /\n\{~~4~>5~~\}\t/);
  const merged = parseDocument(text);
  assert.deepEqual(checkDocument(merged, { bases: index.lookup }).filter((f) => f.code.startsWith('numbering.')).map((f) => f.message), []);
  // Taking AAA's side everywhere gives AAA's list.
  let taken = merged;
  for (let guard = 0; guard < 20; guard++) {
    const f = checkDocument(taken, { bases: index.lookup }).find((x) => x.code === 'compile.unresolved');
    if (!f) break;
    taken = parseDocument(applyEdits(taken.text, [f.fix!, ...f.fix!.alternatives!].find((x) => x.title.endsWith('AAA'))!.edits));
  }
  assert.match(taken.views.new.text, /\n2\tthat the Council shall publish their terms of reference;\n3\tthat the Council shall decide their leadership;\n4\tthat the Council shall merge them where possible;\n5\tthat, if decides 4 cannot be fulfilled/);
});

test('Accept leaves a merged draft\'s alternatives in place and says so; Reject keeps the text in force (review 5, F15)', async () => {
  const { sources: s, index } = sources();
  const text = mergedDraft(compile('Resolution 52', s, index.lookup)!);
  const doc = parseDocument(text);
  const conflicts = checkDocument(doc, { bases: index.lookup }).filter((f) => f.code === 'compile.unresolved').length;
  assert.ok(conflicts > 0);
  const accepted = parseDocument(applyEdits(text, reviewEdits(doc, 'accept')));
  assert.equal(checkDocument(accepted, { bases: index.lookup }).filter((f) => f.code === 'compile.unresolved').length, conflicts, 'every conflict still flagged');
  assert.doesNotMatch(accepted.views.old.text, /\[(ACP|EUR|ASMG)[^\]]*: /, 'no brackets written as plain text');
  assert.equal(accepted.marks.filter((m) => m.kind !== 'comment').length, conflicts, 'only the conflicts are left');
  const rejected = parseDocument(applyEdits(text, reviewEdits(doc, 'reject')));
  assert.equal(rejected.marks.filter((m) => m.kind !== 'comment').length, 0);
  // In the editor: the message, the lens count and the lightbulb leave them out too.
  const ws = new MemoryWorkspace('file:///ws', { 'res52.itu': BASE });
  const service = createItuService({ workspace: ws });
  await service.scan();
  const uri = ws.uri('compilation.itu');
  service.open(uri, 1, text);
  const r = service.review({ uri, review: 'accept' })!;
  assert.equal(r.edits.length, doc.marks.filter((m) => m.kind !== 'comment').length - conflicts);
  assert.match(r.message ?? '', conflicts === 1 ? /^1 set of alternatives left in place/ : new RegExp(`^${conflicts} sets of alternatives left in place`));
  assert.equal(service.review({ uri, review: 'reject' })!.message, undefined);
});

test('a Decision or an Opinion is a compile target as a Resolution is, named in its language (review 5, F11)', () => {
  // The three MODs and the SUP of Resolution 52, made a Decision: listed under one target and compiled together.
  const decision = (text: string) => text.replace(/RESOLUTION 52/g, 'DECISION 52');
  const s = [['acp.itu', ACP], ['asmg.itu', ASMG], ['eur.itu', EUR], ['rcc.itu', RCC], ['dec52.itu', BASE]].map(([location, text]) => ({ location, doc: parseDocument(decision(text)) }));
  const index = new BaseIndex();
  for (const x of s) index.update(x.location, x.doc.text, x.doc);
  assert.deepEqual([...new Set(listProposals(s).map((p) => p.target))], ['Decision 52']);
  const c = compile('Decision 52', s, index.lookup)!;
  assert.equal(c.target, 'Decision 52');
  assert.deepEqual(c.proposals.map((p) => p.id), ['ACP/40A9/1', 'ASMG/27A5/1', 'EUR/35A12/1', 'RCC/20A1/1']);
  assert.ok(c.paragraphs.some((p) => p.status !== 'unchanged'));
  // Each kind's word in each language names the target (texts in different languages are not compiled together).
  const names: [string, string][] = [
    ['DECISION 11 (REV. DUBAI, 2018)', 'Decision 11'],
    ['Decision 5 (Rev. Dubai, 2018)', 'Decision 5'],
    ['OPINION 1 (Geneva, 2013)', 'Opinion 1'],
    ['DÉCISION 11 (RÉV. DUBAÏ, 2018)', 'Décision 11'],
    ['DECISIÓN 11 (REV. DUBÁI, 2018)', 'Decisión 11'],
    ['РЕШЕНИЕ 11 (Пересм. Дубай, 2018 г.)', 'Решение 11'],
    ['المقرر 11 (المراجَع في دبي، 2018)', 'المقرر 11'],
    ['第11号决定（2018年，迪拜，修订版）', '第11号决定'],
    ['RÉSOLUTION 99 (Rév. Genève, 2022)', 'Résolution 99'],
    ['第99号决议（2022年，日内瓦，修订版）', '第99号决议'],
  ];
  for (const [line, name] of names) {
    const doc = parseDocument(`Proposals:\tX\n\nMOD\tX/1/1\n${line}\nTitle\n\nReasons:\tr.\n`);
    assert.deepEqual(listProposals([{ location: 'x.itu', doc }]).map((p) => p.target), [name], line);
  }
});

test('compile takes a proposal from the latest revision of its document and names the file set aside (review 5, F28)', () => {
  const { sources: s, index } = sources();
  const rev1 = `Revision:\t1\n${EUR.replace('with {~~significant~>substantial~~} investments', 'with {~~significant~>sizeable~~} investments')}`;
  assert.notEqual(rev1, `Revision:\t1\n${EUR}`);
  const withRev = [...s, { location: 'eur-rev1.itu', doc: parseDocument(rev1) }];
  const c = compile('Resolution 52', withRev, index.lookup)!;
  assert.deepEqual(c.proposals.map((p) => `${p.id} ${p.location}`), ['ACP/40A9/1 acp.itu', 'ASMG/27A5/1 asmg.itu', 'EUR/35A12/1 eur-rev1.itu']);
  assert.deepEqual(c.leftOut, [{ location: 'eur.itu', kind: 'revised', proposals: ['EUR/35A12/1'], by: 'eur-rev1.itu', revision: 1 }]);
  assert.match(mergedDraft(c), /\[EUR: sizeable\]/);
  assert.doesNotMatch(mergedDraft(c), /\[EUR: substantial\]/);
  // The same id in two files of one revision with different texts: which stands is not known, both are compiled.
  const other = EUR.replace('with {~~significant~>substantial~~} investments', 'with {~~significant~>sizeable~~} investments');
  const twice = compile('Resolution 52', [...s, { location: 'eur-other.itu', doc: parseDocument(other) }], index.lookup)!;
  assert.equal(twice.proposals.filter((p) => p.id === 'EUR/35A12/1').length, 2);
  assert.deepEqual(twice.leftOut, []);
});

test('compile takes a proposal copied word for word into another file once, from the first file (review 7, H7)', () => {
  const { sources: s, index } = sources();
  const alone = mergedDraft(compile('Resolution 52', s, index.lookup)!);
  // A copy saved with CRLF line ends and a blank line more at its end is the same proposal.
  const crlf = `${EUR.replace(/\n/g, '\r\n')}\r\n\r\n`;
  for (const copy of [EUR, crlf]) {
    const c = compile('Resolution 52', [...s, { location: 'eur-copy.itu', doc: parseDocument(copy) }], index.lookup)!;
    assert.deepEqual(c.proposals.map((p) => `${p.id} ${p.location}`), ['ACP/40A9/1 acp.itu', 'ASMG/27A5/1 asmg.itu', 'EUR/35A12/1 eur.itu']);
    assert.deepEqual(c.leftOut, [{ location: 'eur-copy.itu', kind: 'copy', proposals: ['EUR/35A12/1'], by: 'eur.itu' }]);
    assert.equal(mergedDraft(c), alone, 'the draft is the one without the copy');
    assert.equal(leftOutMessage(c.leftOut![0], c.target), 'eur-copy.itu: its proposals EUR/35A12/1 are copies word for word of those in eur.itu, compiled once, from there');
  }
  // A copy of a revision that a later revision replaces: both set aside as revised, the revision compiled.
  const rev1 = `Revision:\t1\n${EUR.replace('with {~~significant~>substantial~~} investments', 'with {~~significant~>sizeable~~} investments')}`;
  const three = compile('Resolution 52', [...s, { location: 'eur-copy.itu', doc: parseDocument(EUR) }, { location: 'eur-rev1.itu', doc: parseDocument(rev1) }], index.lookup)!;
  assert.deepEqual(three.proposals.filter((p) => p.id === 'EUR/35A12/1').map((p) => p.location), ['eur-rev1.itu']);
  assert.deepEqual(three.leftOut!.map((l) => [l.location, l.kind]).sort(), [['eur-copy.itu', 'revised'], ['eur.itu', 'revised']]);
});

/** A short French and Spanish text in force (Resolution 99 of the examples, translated). */
const FR_ES = {
  fr: ['RÉSOLUTION 99 (Rév. Genève, 2022)', 'Rédaction des contributions', "L'Assemblée mondiale de normalisation des télécommunications (Genève, 2022),", 'considérant', "a)\tque les contributions sont préparées par les délégués dans leur langue;", "b)\tque les outils de vérification de la numérotation peuvent être partagés librement,", ''],
  es: ['RESOLUCIÓN 99 (Rev. Ginebra, 2022)', 'Redacción de las contribuciones', 'La Asamblea Mundial de Normalización de las Telecomunicaciones (Ginebra, 2022),', 'considerando', 'a)\tque los delegados preparan las contribuciones en su idioma;', 'b)\tque las herramientas que verifican la numeración pueden compartirse libremente,', ''],
};

test('the merged draft of French or Spanish MODs has its title and reasons in their language (review 5, F24)', () => {
  const expected = { fr: [/^Title:\tCompilation des propositions : Résolution 99$/m, /^Motifs:\tCompilé à partir de AAA\/1\/1 \(AAA\) ; le texte entre crochets/m], es: [/^Title:\tCompilación de las propuestas: Resolución 99$/m, /^Motivos:\tCompilado a partir de AAA\/1\/1 \(AAA\); el texto entre corchetes/m] };
  for (const [lang, lines] of Object.entries(FR_ES) as ['fr' | 'es', string[]][]) {
    const base = lines.join('\n');
    const index = new BaseIndex();
    index.update('base.itu', base);
    const aaa = modOf(base, 'AAA', [[lang === 'fr' ? 'librement' : 'libremente', lang === 'fr' ? 'ouvertement' : 'abiertamente']]);
    const c = compile(lang === 'fr' ? 'Résolution 99' : 'Resolución 99', [{ location: 'base.itu', doc: parseDocument(base) }, { location: 'aaa.itu', doc: parseDocument(aaa) }], index.lookup)!;
    const text = mergedDraft(c);
    for (const e of expected[lang]) assert.match(text, e, lang);
    assert.doesNotMatch(text, /Reasons:|Compiled from/, lang);
    assert.deepEqual(checkDocument(parseDocument(text), { bases: index.lookup }).map((f) => f.code), [], lang);
  }
});

/** The start of a short Resolution 99 (the examples' WTSA text): its number line, formula and considering a), b). */
const RES99_CONSIDERING = [
  'RESOLUTION 99 (Rev. Geneva, 2022)',
  'The World Telecommunication Standardization Assembly (Geneva, 2022),',
  'considering',
  'a)\tthat changes made without revision marks are hard to notice;',
  'b)\tthat items lettered out of sequence delay the work;',
];

test('an inserted paragraph is shown as each party labelled it, and the merged draft notes a label the merge changed (review 5, F20)', () => {
  const base = [
    ...RES99_CONSIDERING,
    'c)\tthat consistent numbering helps the reader,',
    'instructs the Director',
    'to report, taking into account considering b) and c) above.',
    '',
  ].join('\n');
  const index = new BaseIndex();
  index.update('base.itu', base);
  // AAA inserts c) and reletters (the texts in force's way); BBB inserts the same words as bbis) (ITU-T A.1).
  const aaa = modOf(base, 'AAA', [['c)\tthat consistent', '{++c)\tthat plain text is easy to compare;++}\n{~~c~>d~~})\tthat consistent'], ['b) and c) above', 'b) and {~~c~>d~~}) above']]);
  const bbb = modOf(base, 'BBB', [['c)\tthat consistent', '{++bbis)\tthat plain text is easy to compare;++}\nc)\tthat consistent']]);
  const c = compile('Resolution 99', [{ location: 'base.itu', doc: parseDocument(base) }, { location: 'aaa.itu', doc: parseDocument(aaa) }, { location: 'bbb.itu', doc: parseDocument(bbb) }], index.lookup)!;
  const inserted = c.paragraphs.find((p) => p.base === null)!;
  assert.equal(inserted.status, 'agreed', 'the same words: labels are not part of the agreement');
  assert.deepEqual(inserted.versions, { 'AAA/1/1': 'c)\tthat plain text is easy to compare;', 'BBB/1/1': 'bbis)\tthat plain text is easy to compare;' });
  const draft = mergedDraft(c);
  assert.match(draft, /^\{\+\+c\)\tthat plain text is easy to compare;\+\+\}\{>>@AAA, BBB<<\}\{>>BBB proposes it as bbis\)<<\}$/m);
  assert.deepEqual(checkDocument(parseDocument(draft), { bases: index.lookup }).map((f) => f.code), [], 'the note is a comment, not text');
  // The other way round (BBB first): the merge keeps bbis), and AAA's c) is the one noted.
  const reversed = compile('Resolution 99', [{ location: 'base.itu', doc: parseDocument(base) }, { location: 'a-bbb.itu', doc: parseDocument(bbb) }, { location: 'b-aaa.itu', doc: parseDocument(aaa) }], index.lookup)!;
  assert.match(mergedDraft(reversed), /\{>>@BBB, AAA<<\}\{>>AAA proposes it as c\)<<\}$/m);
  // One party alone, label kept: no note.
  const alone = compile('Resolution 99', [{ location: 'base.itu', doc: parseDocument(base) }, { location: 'bbb.itu', doc: parseDocument(bbb) }], index.lookup)!;
  assert.doesNotMatch(mergedDraft(alone), /proposes it as/);
});

test('the synoptic table of a French or Spanish text has its headings and statuses in that language (review 5, F24)', async () => {
  const words = { fr: ['Texte en vigueur (RÉSOLUTION 99', 'Statut', 'inchangé', 'une seule proposition', 'Compilation des propositions : Résolution 99'], es: ['Texto en vigor (RESOLUCIÓN 99', 'Estado', 'sin cambios', 'una sola propuesta', 'Compilación de las propuestas: Resolución 99'] };
  for (const [lang, lines] of Object.entries(FR_ES) as ['fr' | 'es', string[]][]) {
    const base = lines.join('\n');
    const index = new BaseIndex();
    index.update('base.itu', base);
    const aaa = modOf(base, 'AAA', [[lang === 'fr' ? 'librement' : 'libremente', lang === 'fr' ? 'ouvertement' : 'abiertamente']]);
    const c = compile(lang === 'fr' ? 'Résolution 99' : 'Resolución 99', [{ location: 'base.itu', doc: parseDocument(base) }, { location: 'aaa.itu', doc: parseDocument(aaa) }], index.lookup)!;
    const zip = await JSZip.loadAsync(await synopticDocx(c));
    const xml = await zip.file('word/document.xml')!.async('string');
    for (const w of words[lang]) assert.ok(xml.includes(w), `${lang}: ${w}`);
    for (const w of ['Text in force', '>Status<', '>unchanged<', '>single<', 'Compilation of proposals']) assert.ok(!xml.includes(w), `${lang}: no ${w}`);
  }
  // An English text keeps its English headings.
  const { c } = compiled();
  const xml = await (await JSZip.loadAsync(await synopticDocx(c))).file('word/document.xml')!.async('string');
  for (const w of ['Text in force (RESOLUTION 52', '>Status<', '>unchanged<']) assert.ok(xml.includes(w), w);
});

test('cli: proposals and check --workspace say which file a revision supersedes, and an id copied into another file (review 5, F28)', async () => {
  const dir = workspace();
  const rev1 = `Revision:\t1\n${EUR.replace('with {~~significant~>substantial~~} investments', 'with {~~significant~>sizeable~~} investments')}`;
  fs.writeFileSync(path.join(dir, 'eur-35a12-rev1.itu'), rev1);
  const json = JSON.parse((await cli('proposals', '--workspace', dir, '--format', 'json')).out) as { id: string; file: string; revisedIn?: string; revision?: number }[];
  const eur = json.filter((p) => p.id === 'EUR/35A12/1');
  assert.equal(eur.length, 2, 'both files are listed');
  assert.deepEqual(eur.map((p) => [path.basename(p.file), p.revisedIn && path.basename(p.revisedIn), p.revision]), [['eur-35a12-rev1.itu', undefined, undefined], ['eur-35a12.itu', 'eur-35a12-rev1.itu', 1]]);
  const text = await cli('proposals', '--workspace', dir);
  assert.match(text.out, /EUR\/35A12\/1\tEUR\t\S*eur-35a12\.itu:\d+\t\(revised in \S*eur-35a12-rev1\.itu \(Revision 1\): not compiled\)\n/);
  assert.doesNotMatch(text.out, /rev1\.itu:\d+\t\(revised/, 'the revision itself stands');
  assert.match(text.err, /4 proposals on 1 text; 1 revised in a later file/);
  // check: an information on the file set aside, nothing on the revision nor on the other parties.
  const checked = await cli('check', '--workspace', dir, '--format', 'json', path.join(dir, 'eur-35a12.itu'), path.join(dir, 'eur-35a12-rev1.itu'), path.join(dir, 'acp-40a9.itu'));
  const ours = (JSON.parse(checked.out) as { file: string; code: string; severity: string; line: number; message: string }[]).filter((f) => f.code.startsWith('compile.'));
  assert.deepEqual(ours.map((f) => [path.basename(f.file), f.code, f.severity]), [['eur-35a12.itu', 'compile.revised', 'information']]);
  assert.match(ours[0].message, /^EUR\/35A12\/1 is revised in \S*eur-35a12-rev1\.itu \(Revision 1\)/);
  assert.equal(ours[0].line, EUR.split('\n').findIndex((l) => l.startsWith('MOD\tEUR/35A12/1')) + 1, 'on the proposal header');
  // The same id in another file of the same revision with another text: both are compiled, each file is warned.
  fs.rmSync(path.join(dir, 'eur-35a12-rev1.itu'));
  fs.writeFileSync(path.join(dir, 'eur-copy.itu'), EUR.replace('with {~~significant~>substantial~~} investments', 'with {~~significant~>sizeable~~} investments'));
  const copies = await cli('check', '--workspace', dir, '--format', 'json', path.join(dir, 'eur-35a12.itu'), path.join(dir, 'eur-copy.itu'));
  const warned = (JSON.parse(copies.out) as { file: string; code: string; message: string }[]).filter((f) => f.code.startsWith('compile.'));
  assert.deepEqual(warned.map((f) => [path.basename(f.file), f.code]), [['eur-35a12.itu', 'compile.id-elsewhere'], ['eur-copy.itu', 'compile.id-elsewhere']]);
  assert.match(warned[0].message, /is also in \S*eur-copy\.itu, of the same revision/);
  // A copy word for word (saved as Windows names a copy): compiled once, from the original; each file is told so, neither warned.
  fs.rmSync(path.join(dir, 'eur-copy.itu'));
  fs.writeFileSync(path.join(dir, 'eur-35a12 - Copy.itu'), EUR);
  const same = await cli('check', '--workspace', dir, '--format', 'json', path.join(dir, 'eur-35a12.itu'), path.join(dir, 'eur-35a12 - Copy.itu'));
  const told = (JSON.parse(same.out) as { file: string; code: string; severity: string; message: string }[]).filter((f) => f.code.startsWith('compile.'));
  assert.deepEqual(told.map((f) => [path.basename(f.file), f.code, f.severity]), [['eur-35a12.itu', 'compile.copy', 'information'], ['eur-35a12 - Copy.itu', 'compile.copy', 'information']]);
  assert.match(told[0].message, /^EUR\/35A12\/1 is also in .*eur-35a12 - Copy\.itu, word for word: compile takes it once, from this file$/);
  assert.match(told[1].message, /^EUR\/35A12\/1 is a copy word for word of the one in \S*eur-35a12\.itu: compile takes it once, from there$/);
  const listed = await cli('proposals', '--workspace', dir);
  assert.match(listed.out, /EUR\/35A12\/1\tEUR\t.*eur-35a12 - Copy\.itu:\d+\t\(copy of \S*eur-35a12\.itu: not compiled\)\n/);
  assert.match(listed.err, /; 1 copied word for word from another file/);
  // Without --workspace, the file's own folder is its workspace (review 8, I3): the copy beside it is found.
  const alone = await cli('check', '--format', 'json', path.join(dir, 'eur-35a12.itu'));
  assert.deepEqual((JSON.parse(alone.out) as { code: string }[]).filter((f) => f.code.startsWith('compile.')).map((f) => f.code), ['compile.copy']);
});

test('service: the Proposals list marks a proposal whose id a later revision of its document holds (review 5, F28)', async () => {
  const rev1 = `Revision:\t1\n${EUR}`;
  const ws = new MemoryWorkspace('file:///ws', { 'res52.itu': BASE, 'eur.itu': EUR, 'eur-rev1.itu': rev1, 'acp.itu': ACP });
  const service = createItuService({ workspace: ws });
  await service.scan();
  const list = await service.proposals();
  const marked = list.filter((p) => p.revisedIn);
  assert.deepEqual(marked.map((p) => [p.id, p.uri, p.revisedIn]), [['EUR/35A12/1', ws.uri('eur.itu'), { uri: ws.uri('eur-rev1.itu'), revision: 1 }]]);
  assert.equal(list.filter((p) => p.id === 'EUR/35A12/1').length, 2, 'both are listed');
  // A copy word for word names the file compiled (review 7, H7).
  const ws2 = new MemoryWorkspace('file:///ws', { 'res52.itu': BASE, 'eur.itu': EUR, 'eur-copy.itu': EUR, 'acp.itu': ACP });
  const service2 = createItuService({ workspace: ws2 });
  await service2.scan();
  const list2 = await service2.proposals();
  assert.deepEqual(list2.filter((p) => p.copyOf || p.revisedIn).map((p) => [p.id, p.uri, p.copyOf]), [['EUR/35A12/1', ws2.uri('eur-copy.itu'), ws2.uri('eur.itu')]]);
  const compiled = await service2.compile('Resolution 52');
  assert.ok('text' in compiled);
  assert.equal(compiled.proposals.filter((id) => id === 'EUR/35A12/1').length, 1);
  assert.deepEqual(compiled.leftOut, ['eur-copy.itu: its proposals EUR/35A12/1 are copies word for word of those in eur.itu, compiled once, from there']);
});

test('compile.unresolved: keeping an item one party deletes restores the cross-references that party struck out with it (review 5, F26)', () => {
  const base = [
    ...RES99_CONSIDERING,
    'c)\tthat consistent numbering helps the reader;',
    'd)\tthat tools can be shared freely,',
    'instructs the Director',
    '1\tto make samples available;',
    '2\tto report, taking into account considering b) and c) above,',
    '',
  ].join('\n');
  // AAA deletes c) and, in consequence, `and c) ` from the reference; BBB rewords c); CCC changes the reference's other words.
  const aaa = modOf(base, 'AAA', [['c)\tthat consistent numbering helps the reader;\n', '{--c)\tthat consistent numbering helps the reader;--}\n'], ['d)\tthat tools', '{~~d~>c~~})\tthat tools'], ['considering b) and c) above', 'considering b) {--and c) --}above']]);
  const bbb = modOf(base, 'BBB', [['numbering helps the reader', 'numbering {~~helps~>greatly helps~~} the reader']]);
  const ccc = modOf(base, 'CCC', [['to report, taking', 'to report {++yearly++}, taking']]);
  const index = new BaseIndex();
  index.update('res99.itu', base);
  const docs = Object.entries({ aaa, bbb, ccc }).map(([p, t]) => ({ location: `${p}.itu`, doc: parseDocument(t) }));
  const draft = mergedDraft(compile('Resolution 99', docs, index.lookup)!);
  assert.match(draft, /considering b\) \{--and c\) --\}\{>>@AAA<<\}above/, 'the merge writes AAA\'s consequential edit as its change');
  const conflict = checkDocument(parseDocument(draft), { bases: index.lookup }).find((f) => f.code === 'compile.unresolved')!;
  const fixes = [conflict.fix!, ...conflict.fix!.alternatives!];
  // Taking BBB's wording keeps c): the reference to it comes back, CCC's change on that line stays.
  const keptC = parseDocument(applyEdits(draft, fixes.find((f) => f.title.endsWith('BBB'))!.edits));
  assert.match(keptC.views.new.text, /\nc\)\tthat consistent numbering greatly helps the reader;\n/);
  assert.match(keptC.views.new.text, /to report yearly, taking into account considering b\) and c\) above,/);
  assert.doesNotMatch(keptC.text, /\{--and c\) --\}/);
  const after = checkDocument(keptC, { bases: index.lookup });
  assert.deepEqual(after.filter((f) => /^(numbering|marks|base|reference)\./.test(f.code)).map((f) => f.message), []);
  // Taking AAA's deletion keeps its consequential edit.
  const deletedC = parseDocument(applyEdits(draft, fixes.find((f) => f.title.endsWith('AAA'))!.edits));
  assert.match(deletedC.views.new.text, /taking into account considering b\) above/);
  assert.match(deletedC.text, /\{--and c\) --\}\{>>@AAA<<\}/);
});

// Review 8, I5: the `Base:` field is a workspace's choice among copies of one edition, not another edition.
test('compile merges MODs of one edition whatever copy of it each party chose, against the copy a Base: field names (review 8, I5)', () => {
  // The text in force, and a working copy of the same edition with one word changed: without a Base:
  // field the rule (then path) takes the copy, as base.ambiguous says; EUR names the text in force.
  const copy = BASE.replace('spam is a global problem', 'spam is a worldwide problem');
  assert.notEqual(copy, BASE);
  const eur = EUR.replace('Proposals:\tEUR\n', 'Proposals:\tEUR\nBase:\tres52-dubai-2012.itu\n');
  const index = new BaseIndex();
  index.update('texts/res52-dubai-2012.itu', BASE);
  index.update('drafts/res52-working-copy.itu', copy);
  const src = (...texts: [string, string][]) => texts.map(([location, text]) => ({ location, doc: parseDocument(text) }));
  // What each party's checks compare with: two files.
  assert.equal(checkDocument(parseDocument(ACP), { bases: index.lookup }).find((f) => f.code === 'base.ambiguous')?.code, 'base.ambiguous');
  for (const order of [[['acp.itu', ACP], ['eur.itu', eur]], [['eur.itu', eur], ['acp.itu', ACP]]] as [string, string][][]) {
    const c = compile('Resolution 52', src(...order), index.lookup)!;
    assert.deepEqual(c.proposals.map((p) => p.id).sort(), ['ACP/40A9/1', 'EUR/35A12/1'], `both compiled (${order[0][0]} first)`);
    assert.deepEqual(c.others, []);
    // Against the file the field names: the copy's word is no party's change.
    assert.equal(c.base.location, 'texts/res52-dubai-2012.itu');
    const g = c.paragraphs.find((p) => p.base?.includes('global problem'))!;
    assert.ok(Object.values(g.versions).every((v) => v === null || v.includes('global problem')), 'nobody changes global to worldwide');
    assert.ok(!c.merged.some((l) => l.includes('worldwide')));
  }
  // Without any Base: field, both take the copy by the rule and are compiled against it together.
  const c = compile('Resolution 52', src(['acp.itu', ACP], ['eur.itu', EUR]), index.lookup)!;
  assert.equal(c.base.location, 'drafts/res52-working-copy.itu');
  assert.deepEqual(c.proposals.map((p) => p.id), ['ACP/40A9/1', 'EUR/35A12/1']);
});

test('compile takes the number line as written for its target, and names the targets there are when it finds none (review 8, I25)', async () => {
  const dir = workspace();
  const asWritten = await cli('compile', '--workspace', dir, 'RESOLUTION 52 (Rev. Dubai, 2012)');
  const named = await cli('compile', '--workspace', dir, 'Resolution 52');
  assert.equal(asWritten.code, 0, asWritten.err);
  assert.equal(asWritten.out, named.out);
  // Another edition's number line names the same text: every edition of it is one target.
  assert.equal((await cli('compile', '--workspace', dir, 'RESOLUTION 52 (Rev. Hammamet, 2016)')).out, named.out);
  const french = await cli('compile', '--workspace', dir, 'Résolution 52');
  assert.equal(french.code, 1);
  assert.match(french.err, /no base text for "Résolution 52" in \S+; the proposals of the workspace are on "Resolution 52"/);
});

/** The compilation of `target` over files given as [location, text], each also read as a text in force. */
function compiledFrom(texts: readonly [string, string][], target: string): { c: NonNullable<ReturnType<typeof compile>>; index: BaseIndex } {
  const index = new BaseIndex();
  const list: CompileSource[] = texts.map(([location, text]) => {
    const doc = parseDocument(text);
    index.update(location, text, doc);
    return { location, doc };
  });
  return { c: compile(target, list, index.lookup)!, index };
}

test('compile: footnote definitions are compiled as paragraphs after the text: a party\'s change to a note, its new note, a note it references without restating it (the twenty-fifth session\'s review)', () => {
  const res = (items: string[], notes: string[]) => ['RESOLUTION 8 (Rev. Geneva, 2022)', 'Test', 'The World Telecommunication Standardization Assembly (Geneva, 2022),', 'resolves', ...items, '', ...notes];
  const base = res(['1\tto act[^1];', '2\tto report.'], ['[^1]:\tAs appropriate.']);
  const party = (p: string, body: string[]) => `Proposals:\t${p}\n\nMOD\t${p}/1/1\n${body.join('\n')}\nReasons:\tr.\n`;
  const texts: [string, string][] = [
    ['base.itu', base.join('\n') + '\n'],
    ['eur.itu', party('EUR', res(['1\tto act[^1];', '2\tto report.'], ['[^1]:\tAs {~~appropriate~>necessary~~}.']))],
    ['usa.itu', party('USA', res(['1\tto act[^1];', '2\tto report{++ and inform[^2]++}.'], ['[^1]:\tAs appropriate{++ and within resources++}.', '{++[^2]:\tThe membership.++}']))],
    // RCC restates the items and not the note: the note stands as in force for it, neither deleted nor kept by choice.
    ['rcc.itu', party('RCC', res(['1\tto act[^1]{++ now++};', '2\tto report.'], []))],
    // ACP restates the last item alone, after `…`, and no note: the note stands as in force for it too.
    ['acp.itu', party('ACP', ['RESOLUTION 8 (Rev. Geneva, 2022)', '…', '2\tto report{++ monthly++}.'])],
  ];
  const { c, index } = compiledFrom(texts, 'Resolution 8');
  const note = c.paragraphs.find((r) => r.base === '[^1]:\tAs appropriate.')!;
  assert.equal(note.status, 'conflict');
  assert.deepEqual(note.versions, { 'EUR/1/1': '[^1]:\tAs necessary.', 'USA/1/1': '[^1]:\tAs appropriate and within resources.', 'RCC/1/1': '[^1]:\tAs appropriate.', 'ACP/1/1': '[^1]:\tAs appropriate.' });
  const added = c.paragraphs.filter((r) => r.base === null);
  assert.deepEqual(added.map((r) => [r.status, r.versions['USA/1/1']]), [['single', '[^2]:\tThe membership.']]);
  // The merged draft defines both notes once, among its paragraphs, and its old text is the text in force with its note.
  const merged = parseDocument(mergedDraft(c));
  assert.deepEqual(merged.views.new.footnoteDefs.map((d) => d.label), ['1', '2']);
  assert.deepEqual(merged.views.old.footnoteDefs.map((d) => d.paragraph.text), ['[^1]:\tAs appropriate.']);
  const found = checkDocument(merged, { bases: index.lookup }).map((f) => f.code);
  assert.ok(!found.some((code) => code.startsWith('footnote.') || code.startsWith('base.')), found.join(', '));
});

test('compile: a marked MOD is aligned with the text in force by its marks: a short item inserted before an item in force is no change of that item (the twenty-fifth session\'s review)', () => {
  const res = (items: string[]) => ['RESOLUTION 8 (Rev. Geneva, 2022)', 'Test', 'The World Telecommunication Standardization Assembly (Geneva, 2022),', 'resolves', ...items];
  const party = (p: string, body: string[]) => `Proposals:\t${p}\n\nMOD\t${p}/1/1\n${body.join('\n')}\n\nReasons:\tr.\n`;
  const texts: [string, string][] = [
    ['base.itu', res(['1\tto act;', '2\tto report.']).join('\n') + '\n'],
    // USA's new item shares as many words with `2 to report.` (its label, `to`) as the relettered item does.
    ['usa.itu', party('USA', res(['1\tto act;', '{++2\tto inform;++}', '{~~2~>3~~}\tto report.']))],
    ['rcc.itu', party('RCC', res(['1\tto act;', '2\tto report{++ annually++}.']))],
    // EUR rewrites its item whole under its own label: a change of that item, not a deletion and an insertion.
    ['eur.itu', party('EUR', res(['1\tto act;', '{--2\tto report.--}', '{++2\tto report every year.++}']))],
  ];
  const { c, index } = compiledFrom(texts, 'Resolution 8');
  const report = c.paragraphs.find((r) => r.base === '2\tto report.')!;
  assert.deepEqual(report.versions, { 'EUR/1/1': '2\tto report every year.', 'RCC/1/1': '2\tto report annually.', 'USA/1/1': '3\tto report.' });
  assert.equal(report.status, 'conflict', 'EUR and RCC change it otherwise; USA only reletters it');
  const inserted = c.paragraphs.filter((r) => r.base === null);
  assert.deepEqual(inserted.map((r) => [r.status, r.versions['USA/1/1']]), [['single', '2\tto inform;']]);
  // Whichever side is taken, the draft holds USA's new item and the item in force once each.
  const draft = parseDocument(mergedDraft(c));
  const [unresolved] = checkDocument(draft, { bases: index.lookup }).filter((f) => f.code === 'compile.unresolved');
  for (const choice of [unresolved.fix!, ...(unresolved.fix!.alternatives ?? [])]) {
    const taken = parseDocument(applyEdits(draft.text, choice.edits));
    const items = taken.views.new.proposals[0].resolutions[0].paragraphs.slice(4).map((p) => p.text);
    assert.equal(items.length, 3, items.join(' | '));
    assert.equal(items.filter((t) => t.includes('to inform')).length, 1, items.join(' | '));
    assert.equal(items.filter((t) => t.includes('to report')).length, 1, items.join(' | '));
  }
});

test('compile of a target no proposal amends says so and writes nothing, on the command line and in the editor (the twenty-fifth session\'s review)', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'itu-compile-none-'));
  try {
    fs.writeFileSync(path.join(dir, 'res52-dubai-2012.itu'), BASE);
    const out = path.join(dir, 'merged.itu');
    const r = await cli('compile', '--workspace', dir, 'Resolution 52', '-o', out);
    assert.equal(r.code, 1);
    assert.match(r.err, /no proposals on "Resolution 52" in .*: nothing to compile/);
    assert.ok(!fs.existsSync(out), 'nothing written');
    // A merged draft of nothing was the text in force under `Source: (no proposals)` and `Reasons: Compiled from ;`.
    const ws = new MemoryWorkspace('file:///ws', { 'res52-dubai-2012.itu': BASE });
    const service = createItuService({ workspace: ws });
    await service.scan();
    assert.deepEqual(await service.compile('Resolution 52'), { message: 'No proposals on Resolution 52 in the workspace: nothing to compile.' });
    assert.deepEqual(await service.synoptic('Resolution 52'), { message: 'No proposals on Resolution 52 in the workspace: nothing to compile.' });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
