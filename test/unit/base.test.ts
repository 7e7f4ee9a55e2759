import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { analyzeNextVersion, applyEdits, BaseIndex, checkDocument, parseDocument, provisionNumberAt } from '../../server/src/core';
import { run } from '../../server/src/cli/main';
import { pathToFileURL } from 'url';
import { DocumentRecord } from '../../server/src/service/record';
import { trackEdits } from '../../server/src/service/custom';
import { simplePool } from '../../server/src/core';
import { withoutLookAlikes } from '../../server/src/core/lang/match';
import { fixed, lines, readShared, ROOT, slice } from './helpers';

const BASE = lines(
  'RESOLUTION 7 (Rev. Geneva, 2020)', 'Title of seven', '(Geneva, 2016; Geneva, 2020)',
  'The World Telecommunication Standardization Assembly (Geneva, 2020),', 'considering',
  'a)\tthat spam is a significant problem;', 'b)\tthat help is needed,', 'resolves', '1\tto act.',
);
const index = () => {
  const i = new BaseIndex();
  i.update('base.itu', BASE);
  return i;
};
const mod = (...body: string[]) => lines('MOD\tXX/1/1', ...body, '', 'Reasons:\tr');
const check = (text: string, i = index()) => checkDocument(parseDocument(text), { bases: i.lookup });

test('the index holds Resolutions outside proposals; added, changed, deleted', () => {
  const i = new BaseIndex();
  assert.equal(i.lookup('RESOLUTION 7 (Rev. Geneva, 2020)'), undefined);
  i.update('a.itu', BASE);
  assert.equal(i.lookup('resolution  7 (rev. geneva, 2020)')?.location, 'a.itu');
  const g = i.generation;
  i.update('a.itu', BASE);
  assert.equal(i.generation, g, 'same content: no change');
  i.update('a.itu', BASE.replace('significant', 'serious'));
  assert.equal(i.generation, g + 1);
  assert.match(i.lookup('RESOLUTION 7 (Rev. Geneva, 2020)')!.paragraphs.join('\n'), /serious/);
  i.delete('a.itu');
  assert.equal(i.lookup('RESOLUTION 7 (Rev. Geneva, 2020)'), undefined);
  // A contribution's MOD is not a base text.
  i.update('c.itu', mod('RESOLUTION 7 (Rev. Geneva, 2020)', 'x'));
  assert.equal(i.size, 0);
});

test('base.not-found: a MOD of a Resolution with no base in the workspace', () => {
  const text = mod('RESOLUTION 8 (Rev. Geneva, 2020)', 'T', '{++x++}');
  const f = check(text).filter((x) => x.code === 'base.not-found');
  assert.equal(f.length, 1);
  assert.equal(f[0].severity, 'information');
  assert.equal(check(mod(...BASE.trim().split('\n').slice(0, 4), '{++x++}')).filter((x) => x.code === 'base.not-found').length, 0);
});

test('base.untracked-change: a changed word without marks, quoted, with a fix that wraps it', () => {
  const body = BASE.trim().split('\n');
  body[5] = 'a)\tthat spam is a {--significant--}{++serious++} problem;';
  body[6] = 'b)\tthat substantial help is needed,';
  const text = mod(...body);
  const found = check(text).filter((x) => x.code === 'base.untracked-change');
  assert.equal(found.length, 1);
  assert.equal(slice(text, found[0]), 'substantial');
  assert.match(found[0].message, /draft adds 'substantial'/);
  const after = fixed(text, found[0]);
  // Between two words the mark starts at its word and takes the space after it.
  assert.match(after, /that \{\+\+substantial \+\+\}help/);
  assert.equal(check(after).filter((x) => x.code.startsWith('base.')).length, 0);
  // Near miss: white space and NBSP differences are not changes.
  const spaced = mod(...BASE.trim().split('\n').map((l) => l.replace('a significant', 'a\u00A0significant  ')), '{++x++}');
  assert.equal(check(spaced).filter((x) => x.code === 'base.untracked-change').length, 0);
});

test('a substitution without marks: base says …, draft says …', () => {
  const body = BASE.trim().split('\n');
  body[5] = 'a)\tthat spam is a substantial problem;';
  const text = mod(...body, '{++c)\tnew.++}');
  const [f] = check(text).filter((x) => x.code === 'base.untracked-change');
  assert.equal(f.message, "Change without revision marks: base says 'significant', draft says 'substantial' (base: base.itu).");
  assert.match(fixed(text, f), /\{~~significant~>substantial~~\}/);
});

test('footnote references renumbered in the draft are not changes; a real change next to one keeps it', () => {
  const i = new BaseIndex();
  i.update('b.itu', BASE.replace('significant problem;', 'significant problem[^1];'));
  const body = BASE.trim().split('\n');
  body[5] = 'a)\tthat spam is a significant problem[^3];';
  assert.deepEqual(check(mod(...body, '{++x++}'), i).filter((x) => x.code === 'base.untracked-change'), []);
  body[5] = 'a)\tthat spam is a serious problem[^3];';
  const text = mod(...body);
  const [f] = check(text, i).filter((x) => x.code === 'base.untracked-change');
  assert.match(f.message, /base says 'significant', draft says 'serious'/);
  assert.match(fixed(text, f), /\{~~significant~>serious~~\} problem\[\^3\];/);
});

test('an elision in the MOD matches any run of base paragraphs', () => {
  const body = BASE.trim().split('\n');
  const text = mod(body[0], '…', 'resolves', '1\tto act{++ now++}.');
  assert.deepEqual(check(text).filter((x) => x.code.startsWith('base.')), []);
});

test('an omission written in brackets, parentheses or spaced dots is an elision too: nothing "left out", no fix deleting the text in force (review 5, F23)', () => {
  const body = BASE.trim().split('\n');
  for (const mark of ['[…]', '(…)', '[...]', '(...)', '. . .', '[. . .]', '[ … ]', '（…）', '\t[…]']) {
    for (const text of [mod(...body.slice(0, 6), mark), mod(body[0], mark, 'resolves', '1\tto act{++ now++}.')]) {
      const findings = check(text);
      assert.deepEqual(findings.filter((x) => x.code.startsWith('base.')).map((x) => x.message), [], mark);
      const deleting = findings.filter((x) => [x.fix, ...(x.fix?.alternatives ?? [])].some((f) => f?.edits.some((e) => e.newText.includes('{--'))));
      assert.deepEqual(deleting.map((x) => x.message), [], mark);
      assert.equal(parseDocument(text).views.new.paragraphs.filter((p) => p.kind === 'elision').length, 1, mark);
    }
  }
  // Only a paragraph that is the mark alone: a bracket around words, or dots after text, stays text.
  for (const text of ['[a]', '[…] and more', '(see …)', '. .']) assert.ok(check(mod(...body.slice(0, 6), text)).some((x) => x.code === 'base.untracked-change'), text);
});

test('a MOD without marks: found by number, compared, and written with marks in one step', () => {
  const draft = BASE.replace(/Rev\. Geneva, 2020/, 'Rev. Geneva, 2028').replace('(Geneva, 2016; Geneva, 2020)', '(Geneva, 2016; Geneva, 2020; Geneva, 2028)')
    .replace('Assembly (Geneva, 2020)', 'Assembly (Geneva, 2028)').replace('significant', 'serious').replace('1\tto act.', '1\tto act;\n2\tto report.');
  const text = mod(...draft.trim().split('\n'));
  const findings = check(text).filter((x) => x.code === 'base.untracked-change');
  assert.ok(findings.length >= 4);
  assert.equal(check(text).filter((x) => x.code === 'proposal.mod-without-changes').length, 0);
  const all = findings[0].fix!.alternatives?.find((a) => a.title === 'Insert revision marks from the base') ?? findings[0].fix!;
  const marked = applyEdits(text, all.edits);
  const doc = parseDocument(marked);
  assert.equal(doc.views.new.text, text, 'accepting gives the draft');
  const oldRes = doc.views.old.proposals[0].resolutions[0].paragraphs.map((p) => p.text.replace(/\s+/g, ' ').trim());
  assert.deepEqual(oldRes, BASE.trim().split('\n').map((l) => l.replace(/\s+/g, ' ').trim()), 'rejecting gives the base');
  assert.equal(check(marked).filter((x) => x.code.startsWith('base.')).length, 0);
});

test('the shared example has no untracked change against its base', () => {
  const i = new BaseIndex();
  i.update('res52.itu', readShared('examples/res52-dubai-2012.itu'));
  const f = checkDocument(parseDocument(readShared('examples/afcp-42a25-res52.itu')), { bases: i.lookup });
  assert.deepEqual(f.filter((x) => x.code.startsWith('base.')), []);
});

test('CLI: check --workspace reports base findings; track writes marks so that new = input and old = base', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'itu-track-'));
  fs.copyFileSync(path.join(ROOT, 'examples/res99-geneva-2022.itu'), path.join(dir, 'base.itu'));
  const marked = fs.readFileSync(path.join(ROOT, 'examples/res99-amendment.itu'), 'utf8');
  const unmarked = parseDocument(marked).views.new.text;
  fs.writeFileSync(path.join(dir, 'draft.itu'), unmarked);
  let out = '';
  let err = '';
  const io = { out: (s: string) => (out += s), err: (s: string) => (err += s) };
  assert.equal(await run(['check', '--workspace', dir, path.join(dir, 'draft.itu')], io), 0);
  assert.match(out, /base\.untracked-change/);
  out = '';
  assert.equal(await run(['track', '--workspace', dir, path.join(dir, 'draft.itu')], io), 0);
  const doc = parseDocument(out);
  assert.equal(doc.views.new.text, unmarked);
  const fold = (s: string) => s.replace(/\s+/g, ' ').trim();
  const baseParas = parseDocument(fs.readFileSync(path.join(dir, 'base.itu'), 'utf8')).views.new.resolutions[0].paragraphs.map((p) => fold(p.text));
  assert.deepEqual(doc.views.old.proposals[0].resolutions[0].paragraphs.map((p) => fold(p.text)), baseParas);
  // The original example, with its marks, has no untracked change.
  out = '';
  assert.equal(await run(['check', '--format', 'json', '--workspace', path.join(ROOT, 'examples'), path.join(ROOT, 'examples/res99-amendment.itu')], io), 0);
  assert.deepEqual(JSON.parse(out), []);
  assert.equal(err.includes('no base text'), false);
});

test('CLI track and the editor command write the same marks, CRLF kept, and say the same MODs are left alone', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'itu-track-same-'));
  const baseText = fs.readFileSync(path.join(ROOT, 'examples/res99-geneva-2022.itu'), 'utf8');
  fs.writeFileSync(path.join(dir, 'base.itu'), baseText);
  const unmarked = parseDocument(fs.readFileSync(path.join(ROOT, 'examples/res99-amendment.itu'), 'utf8')).views.new.text;
  // The first proposal, from its header to its reasons.
  const body = (u: string) => u.slice(u.indexOf('MOD\t'), u.indexOf('\n', u.indexOf('Reasons:')) + 1);
  const id = (s: string, n: number) => s.replace(/^MOD\t(\S+)\/\d+/m, (_m, p: string) => `MOD\t${p}/${n}`);
  // One MOD without marks, one already marked, one of a Resolution the folder does not hold.
  const marked = body(fs.readFileSync(path.join(ROOT, 'examples/res99-amendment.itu'), 'utf8'));
  const missing = body(unmarked).replace(/RESOLUTION 99/g, 'RESOLUTION 98');
  const text = (unmarked.slice(0, unmarked.indexOf('MOD\t')) + body(unmarked) + '\n' + id(marked, 2) + '\n' + id(missing, 3)).replace(/\r?\n/g, '\r\n');
  fs.writeFileSync(path.join(dir, 'draft.itu'), text);
  let out = '';
  let err = '';
  assert.equal(await run(['track', '--workspace', dir, path.join(dir, 'draft.itu')], { out: (s) => (out += s), err: (s) => (err += s) }), 0);
  const bases = new BaseIndex();
  bases.update(pathToFileURL(path.join(dir, 'base.itu')).href, baseText);
  const record = new DocumentRecord(pathToFileURL(path.join(dir, 'draft.itu')).href, 1, text, { lookup: bases.lookup, generation: () => bases.generation, pool: simplePool() });
  const command = trackEdits(record);
  const edited = applyEdits(text, command.edits.map((e) => ({ start: record.offset(e.range.start), end: record.offset(e.range.end), newText: e.newText })));
  assert.ok(command.edits.length > 0);
  assert.equal(out, edited, 'the CLI prints what the editor command makes of the file');
  assert.equal(out.replace(/\r\n/g, '').includes('\n'), false, 'CRLF kept');
  assert.equal(parseDocument(out).views.new.text, parseDocument(text).views.new.text, 'accepting the marks gives the draft');
  assert.equal(err.split('\n').filter(Boolean).length, 2, err);
  assert.match(err, /\/2 already has revision marks/);
  assert.match(err, /no base text for "RESOLUTION 98/);
});

test('Decisions, Recommendations and Opinions in force are base texts too, and a MOD of one is compared with it', () => {
  for (const kind of ['DECISION', 'RECOMMENDATION', 'OPINION']) {
    const inForce = BASE.replace('RESOLUTION 7', `${kind} 7`);
    const i = new BaseIndex();
    i.update(`${kind.toLowerCase()}.itu`, inForce);
    assert.equal(i.lookup(`${kind} 7 (Rev. Geneva, 2020)`)?.location, `${kind.toLowerCase()}.itu`, kind);
    const draft = mod(...inForce.replace('significant', 'serious').trimEnd().split('\n'));
    assert.deepEqual(check(draft, i).filter((f) => f.code.startsWith('base.')).map((f) => f.code), ['base.untracked-change'], kind);
  }
});

test('a MOD without marks in French, Spanish, Russian, Arabic or Chinese, or of a Decision, is found by number and compared (defect 3)', () => {
  const kinds: [string, (n: string, rev: string) => string][] = [
    ['RÉSOLUTION', (n, rev) => `RÉSOLUTION ${n} (Rév. ${rev})`],
    ['RESOLUCIÓN', (n, rev) => `RESOLUCIÓN ${n} (Rev. ${rev})`],
    ['РЕЗОЛЮЦИЯ', (n, rev) => `РЕЗОЛЮЦИЯ ${n} (Пересм. ${rev})`],
    ['القرار', (n, rev) => `القرار ${n} (المراجَع في ${rev})`],
    ['决议', (n, rev) => `第${n}号决议（${rev}，修订版）`],
    ['DECISION', (n, rev) => `DECISION ${n} (Rev. ${rev})`],
    ['Recommendation', (n, rev) => `Recommendation ${n} (Rev. ${rev})`],
  ];
  for (const [name, line] of kinds) {
    const inForce = BASE.replace('RESOLUTION 7 (Rev. Geneva, 2020)', line('7', 'Geneva, 2020'));
    const i = new BaseIndex();
    i.update('in-force.itu', inForce);
    // Pasted as new text: the old text names the new meeting, and one word changed.
    const text = mod(...inForce.replace(line('7', 'Geneva, 2020'), line('7', 'Geneva, 2028')).replace('significant', 'serious').trim().split('\n'));
    const findings = check(text, i);
    assert.equal(findings.filter((f) => f.code === 'proposal.mod-without-changes' || f.code === 'base.not-found').length, 0, `${name}: ${findings.map((f) => f.message).join('\n')}`);
    const untracked = findings.filter((f) => f.code === 'base.untracked-change').map((f) => f.message);
    assert.ok(untracked.some((m) => /'significant'.*'serious'/.test(m)), `${name}: ${untracked.join('\n')}`);
    // Another language's text of the same number is never a candidate.
    const english = new BaseIndex();
    english.update('en.itu', BASE);
    if (name !== 'Recommendation' && name !== 'DECISION') assert.equal(english.lookup(line('7', 'Geneva, 2028')), undefined, name);
  }
});

test('a MOD whose marked number line names an edition the workspace lacks is not compared with another edition: base.not-found names both (defect 23)', () => {
  // The workspace holds Geneva 2020 only; the MOD amends the Geneva 2024 edition, which differs from it.
  const edition2024 = BASE.replace('Rev. Geneva, 2020', 'Rev. Geneva, 2024').replace('(Geneva, 2016; Geneva, 2020)', '(Geneva, 2016; Geneva, 2020; Geneva, 2024)')
    .replace('Assembly (Geneva, 2020)', 'Assembly (Geneva, 2024)').replace('help is needed', 'help is urgently needed');
  const text = mod(...edition2024.replace('Rev. Geneva, 2024', 'Rev. {~~Geneva, 2024~>Geneva, 2028~~}').trim().split('\n'));
  const findings = check(text).filter((f) => f.code.startsWith('base.'));
  assert.deepEqual(findings.map((f) => [f.code, f.severity]), [['base.not-found', 'information']], findings.map((f) => f.message).join('\n'));
  assert.match(findings[0].message, /"RESOLUTION 7 \(Rev\. Geneva, 2024\)".*"RESOLUTION 7 \(Rev\. Geneva, 2020\)" \(base\.itu\), another edition/);
  // With that edition in the workspace it is compared, and found equal.
  const i = index();
  i.update('b2024.itu', edition2024);
  assert.deepEqual(check(text, i).filter((f) => f.code.startsWith('base.')).map((f) => f.code), []);
  // The same edition written differently (`Rev.Geneva,2024`) is that edition: compared, not missing.
  const spaced = new BaseIndex();
  spaced.update('b.itu', edition2024.replace('Rev. Geneva, 2024', 'Rev.Geneva,2024'));
  assert.equal(spaced.lookup('RESOLUTION 7 (Rev. Geneva, 2024)', [], { sameEdition: true })?.location, 'b.itu');
  assert.equal(check(text, spaced).filter((f) => f.code === 'base.not-found').length, 0);
  // A MOD with marks elsewhere but none on its number line may name the new meeting: compared as before.
  const loose = mod(...edition2024.replace('Rev. Geneva, 2024', 'Rev. Geneva, 2028').replace('urgently ', '{++urgently ++}').trim().split('\n'));
  assert.ok(check(loose).some((f) => f.code === 'base.untracked-change'));
  // A highlight or a comment on the number line changes no text: it names no edition either.
  assert.ok(check(loose.replace('RESOLUTION 7 (Rev. Geneva, 2028)', '{==RESOLUTION 7 (Rev. Geneva, 2028)==}{>>to check<<}')).some((f) => f.code === 'base.untracked-change'));
});

test('a MOD of an edition older than the one the workspace holds amends a text no longer in force: a warning names the later edition', () => {
  // Re-review of defect 23: a MOD of the Geneva 2020 edition, with only Geneva 2024 in the workspace, was one
  // information finding, and adding the old edition made it clean: a superseded text went through.
  const edition2024 = BASE.replace('Rev. Geneva, 2020', 'Rev. Geneva, 2024').replace('(Geneva, 2016; Geneva, 2020)', '(Geneva, 2016; Geneva, 2020; Geneva, 2024)')
    .replace('Assembly (Geneva, 2020)', 'Assembly (Geneva, 2024)');
  const i = new BaseIndex();
  i.update('in-force-2024.itu', edition2024);
  const text = mod(...BASE.replace('Rev. Geneva, 2020', 'Rev. {~~Geneva, 2020~>Geneva, 2028~~}').trim().split('\n'));
  const findings = check(text, i).filter((f) => f.code.startsWith('base.'));
  assert.deepEqual(findings.map((f) => [f.code, f.severity]), [['base.not-found', 'warning']], findings.map((f) => f.message).join('\n'));
  assert.match(findings[0].message, /amends "RESOLUTION 7 \(Rev\. Geneva, 2020\)", but the workspace holds "RESOLUTION 7 \(Rev\. Geneva, 2024\)" \(in-force-2024\.itu\), a later edition/);
});

test('track: a SUP and a NOC are not tracked and not said to have revision marks (defect 15)', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'itu-track-sup-noc-'));
  const rr = fs.readFileSync(path.join(ROOT, 'test/fixtures/provisions/rr-article5.itu'), 'utf8');
  fs.writeFileSync(path.join(dir, 'rr.itu'), rr);
  const provision = (n: string) => new RegExp(`^${n.replace('.', '\\.')}\\t.*$`, 'm').exec(rr)![0];
  const text = lines(
    'ARTICLE 5', '',
    'MOD\tEUR/16A3/1', provision('5.338').replace('existing installations', 'existing stations'), 'Reasons:\tr', '',
    'SUP\tEUR/16A3/2', '5.337A', 'Reasons:\tr', '',
    'NOC\tEUR/16A3/3', provision('5.337'), 'Reasons:\tr',
  );
  fs.writeFileSync(path.join(dir, 'draft.itu'), text);
  let out = '';
  let err = '';
  assert.equal(await run(['track', '--workspace', dir, path.join(dir, 'draft.itu')], { out: (s) => (out += s), err: (s) => (err += s) }), 0);
  assert.match(out, /existing \{~~installations~>stations~~\}/, 'the MOD is tracked');
  assert.equal(err, '', 'nothing said of the SUP and the NOC');
});

test('a NOC or SUP restating a Resolution with changed words: each difference is said, and the fix restates it as in force (defect 9)', () => {
  const proposal = (action: string, ...body: string[]) => lines(`${action}\tXX/1/1`, ...body, 'Reasons:\tr');
  for (const action of ['NOC', 'SUP']) {
    // Number line and title, the usual form: the title reworded.
    const text = proposal(action, 'RESOLUTION 7 (Rev. Geneva, 2020)', 'Title of the seventh');
    const found = check(text).filter((f) => f.code.startsWith('base.'));
    assert.equal(found.length, 1, found.map((f) => f.message).join('\n'));
    assert.equal(found[0].code, 'base.untracked-change');
    assert.match(found[0].message, new RegExp(`^${action} reproduces RESOLUTION 7 \\(Rev\\. Geneva, 2020\\) unchanged.*'seven'.*'the seventh'`));
    const mended = applyEdits(text, found[0].fix!.edits);
    assert.equal(mended, proposal(action, 'RESOLUTION 7 (Rev. Geneva, 2020)', 'Title of seven'));
    assert.deepEqual(check(mended).filter((f) => f.code.startsWith('base.')), []);
    // The whole text restated unchanged, the number line alone, or a body item changed.
    assert.deepEqual(check(proposal(action, ...BASE.trim().split('\n'))).filter((f) => f.code.startsWith('base.')), []);
    assert.deepEqual(check(proposal(action, 'RESOLUTION 7 (Rev. Geneva, 2020)')).filter((f) => f.code.startsWith('base.')), []);
    const body = check(proposal(action, ...BASE.replace('significant', 'serious').trim().split('\n'))).filter((f) => f.code.startsWith('base.'));
    assert.equal(body.length, 1);
    assert.match(body[0].message, /'significant'.*'serious'/);
    // An edition the workspace lacks is not compared with another one; that a later one is in force is said (review 5, F21).
    assert.deepEqual(check(proposal(action, 'RESOLUTION 7 (Rev. Geneva, 2016)', 'Title of the seventh')).filter((f) => f.code.startsWith('base.')).map((f) => f.code), ['base.not-found']);
  }
});

test('an RR number followed by spaces instead of a TAB is still the provision, compared with the text in force (defect 16)', () => {
  const rr = fs.readFileSync(path.join(ROOT, 'test/fixtures/provisions/rr-article5.itu'), 'utf8');
  const i = new BaseIndex();
  i.update('rr.itu', rr);
  const inForce = /^5\.338\t(.*)$/m.exec(rr)![1];
  for (const gap of [' ', '  ', '\u00A0']) {
    const text = lines('ARTICLE 5', '', 'MOD\tEUR/16A3/1', `5.338${gap}${inForce.replace('may continue', 'shall continue')}`, 'Reasons:\tr');
    const found = check(text, i).filter((f) => f.code.startsWith('base.'));
    assert.deepEqual(found.map((f) => f.code), ['base.untracked-change'], JSON.stringify(gap));
    assert.match(found[0].message, /'may'.*'shall'/);
  }
  // A margin number followed by a space stays text (FORMAT.md §1: `2016 was …`).
  const cs = lines('CONSTITUTION OF THE INTERNATIONAL TELECOMMUNICATION UNION', '', 'MOD\tEUR/16A3/1', '168 The Union shall act.', 'Reasons:\tr');
  assert.deepEqual(check(cs, i).filter((f) => f.code === 'base.untracked-change'), []);
});

/** Clause 4 of Recommendation ITU-T A.8 (an excerpt), in force: the text the TSAG contributions of defect 6 amend. */
const A8 = lines(
  'Recommendation ITU-T A.8 (10/2016)', '', 'Alternative approval process', '',
  '4\tAlternative approval process', '4.1\tGeneral', '4.1.1\tThe AAP applies to Recommendations.',
  '4.2\tLast Call', '4.2.1\tThe Last Call period shall be four weeks.', '4.2.2\tIf no comments are received, the Recommendation is approved.',
  '4.2.3\tComments indicating only typographical errors shall be corrected by TSB.', '4.3\tAdditional Review',
  '4.3.1\tThe Additional Review period shall be three weeks.',
);
const a8 = () => {
  const i = new BaseIndex();
  i.update('a8.itu', A8);
  return i;
};

test('clauses renumbered by hand after an inserted clause: the change is the number, and its fix leaves the old text as in force (defect 6)', () => {
  const i = a8();
  const text = lines('Recommendation ITU-T A.8', '', 'MOD\tUSA/21/1', '4.2\tLast Call', '4.2.1\tThe Last Call period shall be {~~four~>three~~} weeks.',
    '{++4.2.2\tThe study group chairman may extend the Last Call period by one week.++}',
    '4.2.3\tIf no comments are received, the Recommendation is approved.', '4.2.4\tComments indicating only typographical errors shall be corrected by TSB.', 'Reasons:\tr');
  const base = (t: string) => check(t, i).filter((f) => f.code.startsWith('base.'));
  const found = base(text);
  assert.deepEqual(found.map((f) => f.message.replace(/ \(base.*/, '')), [
    "Change without revision marks: base says '4.2.2', draft says '4.2.3'",
    "Change without revision marks: base says '4.2.3', draft says '4.2.4'",
  ]);
  let mended = text;
  for (let k = 0; k < 2; k++) mended = applyEdits(mended, base(mended)[0].fix!.edits);
  assert.match(mended, /\n\{~~4\.2\.2~>4\.2\.3~~\}\tIf no comments/);
  assert.match(mended, /\n\{~~4\.2\.3~>4\.2\.4~~\}\tComments indicating/);
  assert.deepEqual(check(mended, i).map((f) => f.code), [], 'old text as in force, no finding left');
  // A clause reworded under its own number is still a rewording.
  const reworded = base(text.replace('4.2.3\tIf no comments are received, the Recommendation is approved.\n4.2.4\tComments indicating only', '4.2.3\tComments indicating mostly'));
  assert.ok(reworded.some((f) => /'only'.*'mostly'/.test(f.message)), reworded.map((f) => f.message).join('\n'));
});

test('a clause renumbered by hand and reworded is that clause with a changed number and changed words, not a new provision (defect 6)', () => {
  const i = a8();
  const mod = (c3: string, c4: string) => lines('Recommendation ITU-T A.8', '', 'MOD\tUSA/21/1', '4.2\tLast Call', '4.2.1\tThe Last Call period shall be {~~four~>three~~} weeks.',
    '{++4.2.2\tThe study group chairman may extend the Last Call period by one week.++}', `4.2.3\t${c3}`, `4.2.4\t${c4}`, 'Reasons:\tr');
  const base = (t: string) => check(t, i).filter((f) => f.code.startsWith('base.'));
  const said = (t: string) => base(t).map((f) => f.message.replace(/ \(base.*/, '').replace('Change without revision marks: ', ''));
  // The last clause, whose new number is in force nowhere, reworded ("make it an ADD" before).
  const last = mod('If no comments are received, the Recommendation is approved.', 'Comments indicating only editorial errors shall be corrected by TSB.');
  assert.deepEqual(said(last), ["base says '4.2.2', draft says '4.2.3'", "base says '4.2.3', draft says '4.2.4'", "base says 'typographical', draft says 'editorial'"]);
  // A middle clause reworded: compared with the clause it follows on from in force, not with the clause in force under its new number.
  const middle = mod('If no comments are received, the draft Recommendation is approved.', 'Comments indicating only typographical errors shall be corrected by TSB.');
  const m = said(middle);
  assert.equal(m.length, 3, m.join('\n'));
  assert.equal(m[0], "base says '4.2.2', draft says '4.2.3'");
  assert.match(m[1], /'draft'/);
  assert.equal(m[2], "base says '4.2.3', draft says '4.2.4'");
  // Marks for both, number and words: the old text is the text in force again, and nothing is left to say.
  for (const t of [last, middle]) {
    // Each provision's marks from the base, provision by provision (what Fix all does in one step).
    let mended = t;
    for (let k = 0; k < 2; k++) {
      const f = base(mended)[0];
      mended = applyEdits(mended, [f.fix!, ...(f.fix!.alternatives ?? [])].find((a) => /from the base/.test(a.title))!.edits);
    }
    assert.match(mended, /\n\{~~4\.2\.2~>4\.2\.3~~\}\t/);
    assert.match(mended, /\n\{~~4\.2\.3~>4\.2\.4~~\}\t/);
    assert.deepEqual(check(mended, i).map((f) => f.code), [], mended);
  }
  // A clause whose words are those of no clause near it is still not in force.
  const unlike = base(mod('If no comments are received, the Recommendation is approved.', 'The Director shall publish a list of approved texts every month.'));
  assert.ok(unlike.some((f) => f.code === 'base.provision-not-found'), unlike.map((f) => f.message).join('\n'));
  // Reworded under its own number (the clause in force at that place, no renumbering): a rewording.
  const own = said(lines('Recommendation ITU-T A.8', '', 'MOD\tUSA/21/1', '4.2.1\tThe Last Call period shall be four weeks.', '4.2.2\tIf no comments are received, the draft Recommendation is approved.', 'Reasons:\tr'));
  assert.equal(own.length, 1);
  assert.match(own[0], /draft/);
  assert.doesNotMatch(own[0], /4\.2/);
});

test('a clause renumbered by hand and restated by its heading alone (…) is placed by the clause restated before it (provision generator, seed 531611)', () => {
  // The heading "Conduct of meetings" is that of two clauses in force: its words alone cannot say which.
  const rec = lines(
    'Recommendation ITU-T E.153 (05/2012)', '', 'Home country direct', '',
    '4\tFor further details, please refer to the list of ITU-T Recommendations.',
    '5\tConduct of meetings', 'The work plan should state which items are to be studied on each day.',
    '6\tScope', 'This Recommendation describes the service.',
    'I.2.2.1\tConduct of meetings', 'Chairmen should try to follow the work plan as far as possible.',
  );
  const i = new BaseIndex();
  i.update('e153.itu', rec);
  const mod = (...body: string[]) => lines('Recommendation ITU-T E.153', '', 'MOD\tRCC/77A9/1', ...body, 'Reasons:\tr');
  const found = (t: string) => check(t, i).filter((f) => f.code.startsWith('base.') || f.code.startsWith('numbering.')).map((f) => `${f.code}: ${f.message.replace(/ \(base.*/, '')}`);
  const inserted = '{++5\tThis cause indicates that the calling party has requested an unrestricted bearer service.++}';
  // After clause 4 as in force and an inserted 5: clause 5 of the text in force, written 6.
  const renumbered = mod('4\tFor further details, {~~please~>appropriate~~} refer to the list of ITU-T Recommendations.', inserted, '6\tConduct of meetings', '…');
  assert.deepEqual(found(renumbered), ['numbering.gap: Old text: after 4 comes 6; expected 5.', "base.untracked-change: Change without revision marks: base says '5', draft says '6'"]);
  // Its marks make the old text the text in force again: nothing left to say of them. Left is the delegate's:
  // clause 6 in force (Scope) stands behind the `…` with its number, two clauses 6 as amended (review 3, E21).
  const f = check(renumbered, i).find((x) => x.code === 'base.untracked-change')!;
  assert.deepEqual(check(applyEdits(renumbered, f.fix!.edits), i).map((x) => x.code), ['base.label-in-force']);
  // The heading of the clause under its own number, after 5 restated: that clause (6 Scope), not a renumbering.
  assert.deepEqual(found(mod('5\tConduct of meetings', '…', '6\tScope', '…')), []);
  // With nothing restated before it (first of the excerpt, or after an elision), the heading alone names no one clause: not in force, as before.
  assert.ok(found(mod('7\tConduct of meetings', '…')).some((x) => x.startsWith('base.provision-not-found')));
  assert.ok(found(mod('4\tFor further details, please refer to the list of ITU-T Recommendations.', '…', '7\tConduct of meetings', '…')).some((x) => x.startsWith('base.provision-not-found')));
});

test('a paragraph opening with a quantity (5.8 GHz, 1.5 dB, 2.4 Hz) is no provision pasted with spaces; 5.446A, 5.446 The and two spaces are', () => {
  // Re-review: `{++5.8 GHz stations shall …++}` inside MOD 5.446A was read as a new RR provision 5.8.
  for (const text of ['5.8 GHz stations shall not cause interference.', '1.5 dB above the limit applies.', '2.4 Hz steps are used.', '5.8\u00A0GHz stations shall not.']) {
    assert.equal(provisionNumberAt(text, 'RR', true), undefined, text);
  }
  for (const text of ['5.446A The use of the band is limited.', '5.446 The use of the band is limited.', '5.446  the use of the band is limited.', '5.A14 the use of the band.', '5.446\u00A0The use of the band.']) {
    assert.ok(provisionNumberAt(text, 'RR', true), text);
  }
});

// Footnotes of the text in force (review3 E5): a MOD's footnote definitions are compared with the text in force's too.
const NOTED = lines(
  'RESOLUTION 7 (Rev. Geneva, 2020)', 'Title of seven', '(Geneva, 2016; Geneva, 2020)',
  'The World Telecommunication Standardization Assembly (Geneva, 2020),', 'considering',
  'a)\tthat spam is a significant problem for developing countries[^1];', 'b)\tthat help is needed[^2],', 'resolves', '1\tto act.',
  '', '[^1]:\tThese include the least developed countries.', '[^2]:\tSee Resolution 50.',
);
const notedIndex = () => {
  const i = new BaseIndex();
  i.update('base.itu', NOTED);
  return i;
};
/** The Resolution in force restated in a MOD, its footnotes renumbered from `first` and its definitions as `defs` gives them. */
const notedMod = (defs: string[], first = 1, body = NOTED.trim().split('\n').slice(0, 9)) =>
  mod(...body.map((l) => l.replace('[^1]', `[^${first}]`).replace('[^2]', `[^${first + 1}]`)), '', ...defs);

test('base.untracked-change: a footnote of the text in force reworded without marks, and the fix writes marks in the definition', () => {
  const i = notedIndex();
  // Restated as in force, footnotes renumbered (FORMAT.md §6: numbered anew in each document): nothing to say.
  assert.deepEqual(check(notedMod(['[^1]:\tThese include the least developed countries.', '[^2]:\tSee Resolution 50.']), i).filter((x) => x.code.startsWith('base.')), []);
  assert.deepEqual(check(notedMod(['[^4]:\tThese include the least developed countries.', '[^5]:\tSee Resolution 50.'], 4), i).filter((x) => x.code.startsWith('base.')), []);
  // "the" added to the note, no marks.
  const text = notedMod(['[^4]:\tThese include the least developed countries, the small island states.', '[^5]:\tSee Resolution 50.'], 4);
  const found = check(text, i).filter((x) => x.code === 'base.untracked-change');
  assert.equal(found.length, 1, JSON.stringify(found));
  assert.equal(slice(text, found[0]), ', the small island states');
  const fixedText = applyEdits(text, found[0].fix!.edits);
  assert.match(fixedText, /\[\^4\]:\tThese include the least developed countries\{\+\+, the small island states\+\+\}\./);
  assert.deepEqual(check(fixedText, i).filter((x) => x.code.startsWith('base.')), []);
  // A marked change of a note is no finding; the note's new text is what the marks say.
  assert.deepEqual(check(notedMod(['[^1]:\tThese include the {~~least~>less~~} developed countries.', '[^2]:\tSee Resolution 50.']), i).filter((x) => x.code.startsWith('base.')), []);
});

test('base.untracked-change: a footnote the text in force has is compared only where the MOD restates its reference', () => {
  const i = notedIndex();
  // An excerpt restating considering b) only: footnote 2 is compared, footnote 1 is not asked for.
  const body = NOTED.trim().split('\n');
  const excerpt = [...body.slice(0, 5), '…', body[6].replace('[^2]', '[^1]'), '…'];
  assert.deepEqual(check(mod(...excerpt, '', '[^1]:\tSee Resolution 50.'), i).filter((x) => x.code.startsWith('base.')), []);
  const changed = mod(...excerpt, '', '[^1]:\tSee Resolution 52.');
  const found = check(changed, i).filter((x) => x.code === 'base.untracked-change');
  assert.equal(found.length, 1, JSON.stringify(found));
  assert.match(found[0].message, /'50'.*'52'|50.*52/);
  // A definition added without marks beside the one in force is an untracked change too.
  const added = mod(...[...body.slice(0, 5), '…', `${body[6].replace('[^2]', '[^1]')}[^2]`, '…'], '', '[^1]:\tSee Resolution 50.', '[^2]:\tA new note.');
  assert.ok(check(added, i).some((x) => x.code === 'base.untracked-change' && /A new note/.test(x.message)));
  // Paragraphs in force left out without an elision take their notes with them: the draft has no note to place them
  // after, and the change stands at the end of the last paragraph restated.
  const cut = mod(...body.slice(0, 5));
  const left = check(cut, i).filter((x) => x.code === 'base.untracked-change');
  assert.ok(left.length > 0);
  for (const f of left) assert.ok(f.end <= cut.indexOf('\n\nReasons'), slice(cut, f));
});

test('base.untracked-change: a number line typed in capitals, as ITU Word contributions type it, is no change; a real change in it still is (review3 E8)', () => {
  const body = BASE.trim().split('\n');
  const caps = mod('RESOLUTION 7 (REV. {--GENEVA, 2020--}{++NEW DELHI, 2024++})', ...body.slice(1));
  assert.deepEqual(check(caps).filter((x) => x.code.startsWith('base.')), []);
  assert.deepEqual(check(mod('Resolution 7 (rev. Geneva, 2020)', ...body.slice(1))).filter((x) => x.code.startsWith('base.')), []);
  // The title is no number line: its case is the text's.
  assert.ok(check(mod(body[0], 'TITLE OF SEVEN', ...body.slice(2))).some((x) => x.code === 'base.untracked-change'));
  // A year changed without marks in a number line in capitals: reported, quoted as written.
  const year = mod('RESOLUTION 7 (REV. GENEVA, 2021)', ...body.slice(1));
  const found = check(year).filter((x) => x.code === 'base.untracked-change');
  assert.equal(found.length, 1, JSON.stringify(found));
  assert.equal(slice(year, found[0]), '2021');
  assert.match(found[0].message, /'2020'.*'2021'/);
  // A place changed without marks in a number line in title case: quoted in its own case, not as compared (review 5).
  const place = mod(body[0].replace('Geneva, 2020', 'Doha, 2026'), ...body.slice(1));
  const moved = check(place).filter((x) => x.code === 'base.untracked-change');
  assert.equal(moved.length, 1, JSON.stringify(moved));
  assert.match(moved[0].message, /base says 'Geneva, 2020', draft says 'Doha, 2026'/);
});

test('a non-breaking hyphen where the text in force has a hyphen (or the reverse) is typography, not a change (review3 E23)', () => {
  const i = new BaseIndex();
  const inForce = BASE.replace('a)\tthat spam is a significant problem;', 'a)\tthat ITU\u2011T X.1231 and ITU-T X.1240 apply;');
  i.update('base.itu', inForce);
  const body = inForce.trim().split('\n');
  const swapped = body.map((l) => l.replace('ITU\u2011T X.1231', 'ITU-T X.1231').replace('ITU-T X.1240', 'ITU\u2011T X.1240'));
  assert.notEqual(swapped.join('\n'), body.join('\n'));
  assert.deepEqual(check(mod(...swapped), i).filter((x) => x.code.startsWith('base.')), []);
  // A real change beside it is reported, and its marks leave the hyphens as typed.
  const changed = mod(...swapped.map((l) => l.replace('X.1240', 'X.1245')));
  const found = check(changed, i).filter((x) => x.code === 'base.untracked-change');
  assert.equal(found.length, 1, JSON.stringify(found));
  assert.equal(slice(changed, found[0]), '1245');
  const after = applyEdits(changed, found[0].fix!.edits);
  assert.match(after, /ITU-T X\.1231 and ITU\u2011T X\.\{~~1240~>1245~~\} apply/);
  // Another dash is another character: an en dash for the hyphen in force is a change.
  assert.equal(check(mod(...body.map((l) => l.replace('ITU-T X.1240', 'ITU\u2013T X.1240'))), i).filter((x) => x.code === 'base.untracked-change').length, 1);
});

test('reference.unresolved in an excerpt: a reference to an item the `…` leaves out is looked up in the text in force (review E22)', () => {
  const unresolved = (text: string, i?: BaseIndex) => (i ? check(text, i) : checkDocument(parseDocument(text))).filter((x) => x.code === 'reference.unresolved').map((x) => x.message);
  // considering b) is left out by the `…`; the new resolves 2 cites it, and cites considering c), which the text in force lacks.
  const excerpt = (label: string) => mod('RESOLUTION 7 (Rev. Geneva, 2020)', '…', 'resolves', '1\tto act.', `{++2\tto take into account considering ${label} above.++}`);
  assert.deepEqual(unresolved(excerpt('b)')), [], 'no text in force: the elision may stand for it');
  assert.deepEqual(unresolved(excerpt('b)'), index()), [], 'in force, behind the …');
  assert.equal(unresolved(excerpt('c)'), index()).length, 1, 'not in force either: still reported');
  // Text in force restated around an elision: its references into the part left out are not reported.
  const considering = mod('RESOLUTION 7 (Rev. Geneva, 2020)', '…', 'resolves', '1\tto act, as considering a) above says.');
  assert.deepEqual(unresolved(considering, index()), []);
  // A Resolution restated whole (no elision) is judged on its own text, as before.
  const whole = BASE.trim().split('\n');
  whole[whole.length - 1] = '1\tto act, as considering c) above says.';
  assert.equal(unresolved(mod(...whole), index()).length, 1);
});

test('base.label-in-force: an excerpt gives a new or relettered item the label an item left out keeps in force (review E21)', () => {
  const inForce = (text: string) => check(text).filter((x) => x.code === 'base.label-in-force').map((x) => slice(text, x));
  const head = ['RESOLUTION 7 (Rev. Geneva, 2020)', '…', 'considering'];
  // An item inserted first, a) relettered b) with marks, the b) in force left out: two b) in the Resolution as amended.
  assert.deepEqual(inForce(mod(...head, '{++a)\tthat more is known;++}', '{~~a~>b~~})\tthat spam is a significant problem;', '…', 'resolves', '1\tto act.')), ['b']);
  // An item appended after `…` where the list in force already ends at b).
  assert.deepEqual(inForce(mod(...head, '…', '{++b)\tthat more is known,++}', 'resolves', '1\tto act.')), ['b)']);
  // The next letter, or a bis label, takes nothing in force.
  assert.deepEqual(inForce(mod(...head, '…', '{++c)\tthat more is known,++}', 'resolves', '1\tto act.')), []);
  assert.deepEqual(inForce(mod(...head, '{++abis)\tthat more is known;++}', 'a)\tthat spam is a significant problem;', '…', 'resolves', '1\tto act.')), []);
  // The list restated whole (no elision in it) is the numbering checks' business, not this one's.
  assert.deepEqual(inForce(mod(...head, '{++a)\tthat more is known;++}', '{~~a~>b~~})\tthat spam is a significant problem;', '{~~b~>c~~})\tthat help is needed,', 'resolves', '1\tto act.')), []);
});

test('a MOD without marks whose text in force may stand in a file too large to read is not told to become a NOC, on the command line as in the editor (review 5, F5)', async () => {
  const marks = (findings: { code: string }[]) => findings.map((f) => f.code).filter((c) => c === 'base.not-found' || c === 'proposal.mod-without-changes');
  const draftText = parseDocument(fs.readFileSync(path.join(ROOT, 'examples/res99-amendment.itu'), 'utf8')).views.new.text;
  const index = new BaseIndex();
  index.update('small.itu', 'RESOLUTION 7 (Rev. Geneva, 2022)\nA text.\n');
  // Every file read, the text in force not among them: the MOD changes nothing, and is told so.
  assert.deepEqual(marks(checkDocument(parseDocument(draftText), { bases: index.lookup })), ['proposal.mod-without-changes', 'base.not-found']);
  // A file not read for its size may hold it: whether the MOD changes anything is not known (checkDocument and the editor's incremental check).
  index.unread('volume.itu', 70 * 1024 * 1024, 64 * 1024 * 1024);
  assert.deepEqual(marks(checkDocument(parseDocument(draftText), { bases: index.lookup })), ['base.not-found']);
  assert.deepEqual(marks(analyzeNextVersion(draftText, { bases: index.lookup, basesGeneration: index.generation }).findings), ['base.not-found']);
  // The command line: `check --workspace` beside a 70 MB file (sparse: no disk used) said "make it NOC" before.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'itu-f5-cli-'));
  try {
    fs.writeFileSync(path.join(dir, 'draft.itu'), draftText);
    fs.writeFileSync(path.join(dir, 'volume.itu'), '');
    fs.truncateSync(path.join(dir, 'volume.itu'), 70 * 1024 * 1024);
    let out = '';
    let err = '';
    assert.equal(await run(['check', '--format', 'json', '--workspace', dir, path.join(dir, 'draft.itu')], { out: (s: string) => (out += s), err: (s: string) => (err += s) }), 0);
    assert.deepEqual(marks(JSON.parse(out) as { code: string }[]), ['base.not-found']);
    assert.match(err, /volume\.itu: 70 MB is larger than the 64 MB an \.itu file may have: refused/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('base.untracked-change quotes a footnote reference added without marks as written, not as the blank it is compared as (review E6)', () => {
  const body = BASE.trim().split('\n');
  body[5] = 'a)\tthat spam is a significant problem[^1];';
  const text = mod(...body, '', '[^1]:\tA note.');
  // The reference, and the note it brings (compared with the text in force's notes: none), both without marks.
  const found = check(text).filter((x) => x.code === 'base.untracked-change');
  assert.equal(found.length, 2);
  assert.match(found[0].message, /draft adds '\[\^1\]', base does not have it/);
  assert.match(found[1].message, /draft adds 'A note\.', base does not have it/);
});

test('an excerpt that restates a footnote reference but leaves its note under the `…` is no deletion of the note (review 4, N3)', () => {
  const untracked = (text: string) => check(text, notedIndex()).filter((x) => x.code === 'base.untracked-change');
  // considering a) restated with its reference, the rest (the notes among it) left out.
  const excerpt = mod('RESOLUTION 7 (Rev. Geneva, 2020)', '…', 'considering', 'a)\tthat spam is a significant problem for developing countries[^1];', '…');
  assert.deepEqual(untracked(excerpt).map((f) => f.message), []);
  // The note restated and reworded without marks is still a change; restated as in force, none.
  assert.equal(untracked(`${excerpt}\n[^1]:\tThese include the poorest countries.`).length, 1);
  assert.equal(untracked(`${excerpt}\n[^1]:\tThese include the least developed countries.`).length, 0);
});

test('base.not-found names the files not read for their size, and is gone once the text in force is read (review 5, F5)', () => {
  const ROOT = path.resolve(__dirname, '../..');
  const base = fs.readFileSync(path.join(ROOT, 'examples/res99-geneva-2022.itu'), 'utf8');
  const draft = parseDocument(parseDocument(fs.readFileSync(path.join(ROOT, 'examples/res99-amendment.itu'), 'utf8')).views.new.text);
  const index = new BaseIndex();
  index.update('small.itu', 'RESOLUTION 7 (Rev. Geneva, 2022)\nA text.\n');
  const before = index.generation;
  index.unread('file:///ws/volume.itu', 9 * 1024 * 1024, 8 * 1024 * 1024);
  assert.ok(index.generation > before, 'what was checked against the index is checked again');
  const notFound = checkDocument(draft, { bases: index.lookup }).filter((f) => f.code === 'base.not-found');
  assert.equal(notFound.length, 1);
  assert.equal(notFound[0].severity, 'warning');
  assert.match(notFound[0].message, /volume\.itu \(9\.0 MB\) may hold it but is larger than the 8 MB read as a base text here/);
  assert.doesNotMatch(notFound[0].message, /Add the text in force/);
  // Read after all (opened, or smaller now): compared, no longer named.
  index.update('file:///ws/volume.itu', base);
  assert.deepEqual(index.lookup.unread?.(), []);
  const now = checkDocument(draft, { bases: index.lookup });
  assert.ok(!now.some((f) => f.code === 'base.not-found'));
  assert.ok(now.some((f) => f.code === 'base.untracked-change'));
});

test('a SUP or NOC of an edition no longer in force is said, as a MOD of one is (review 5, F21)', () => {
  const body = BASE.trim().split('\n');
  const older = body.map((l, k) => (k === 0 ? 'RESOLUTION 7 (Rev. Geneva, 2016)' : l));
  for (const action of ['SUP', 'NOC']) {
    const text = lines(`${action}\tXX/1/1`, ...older, '', 'Reasons:\tr');
    const found = check(text).filter((x) => x.code.startsWith('base.'));
    assert.deepEqual(found.map((x) => `${x.code} ${x.severity}`), ['base.not-found warning'], action);
    assert.match(found[0].message, new RegExp(`This ${action} names "RESOLUTION 7 \\(Rev\\. Geneva, 2016\\)", but the workspace holds "RESOLUTION 7 \\(Rev\\. Geneva, 2020\\)"`));
    assert.equal(slice(text, found[0]), 'RESOLUTION 7 (Rev. Geneva, 2016)');
    // The edition in force, restated as it is: nothing to say.
    assert.deepEqual(check(lines(`${action}\tXX/1/1`, ...body, '', 'Reasons:\tr')).filter((x) => x.code.startsWith('base.')), [], action);
    // A number the workspace does not hold at all: nothing to hold it against, nothing said.
    assert.deepEqual(check(lines(`${action}\tXX/1/1`, 'RESOLUTION 8 (Rev. Geneva, 2016)', 'T', '', 'Reasons:\tr')).filter((x) => x.code.startsWith('base.')), [], action);
  }
});

test('an ADD of a Resolution numbered like one in force is said, with a fix making it a MOD (review 5, F21)', () => {
  const add = (...body: string[]) => lines('Proposals:\tXX', 'Document:\t1', '', 'ADD\tXX/1/1', ...body, '', 'Reasons:\tr', '');
  const resolution = ['RESOLUTION 7 (Geneva, 2028)', 'Title of seven', 'The World Telecommunication Standardization Assembly (Geneva, 2028),', 'resolves', '1\tto act.'];
  const text = add(...resolution);
  const found = check(text).filter((x) => x.code.startsWith('base.'));
  assert.deepEqual(found.map((x) => `${x.code} ${x.severity}`), ['base.resolution-exists warning']);
  assert.equal(slice(text, found[0]), 'RESOLUTION 7 (Geneva, 2028)');
  assert.match(found[0].message, /^ADD of "RESOLUTION 7 \(Geneva, 2028\)", but the workspace holds "RESOLUTION 7 \(Rev\. Geneva, 2020\)" \(base\.itu\) in force under that number.*MOD.*placeholder \(\[XX-1\]\)/);
  // The fix makes it a MOD, which is then compared with the text in force (its changes are said, unmarked).
  const asMod = applyEdits(text, found[0].fix!.edits);
  assert.match(asMod, /^MOD\tXX\/1\/1$/m);
  const then = check(asMod).map((x) => x.code);
  assert.ok(!then.includes('base.resolution-exists') && then.includes('base.untracked-change'), then.join());
  // A draft new text with the number in force is the same slip.
  assert.deepEqual(check(add('DRAFT NEW ' + resolution[0], ...resolution.slice(1))).filter((x) => x.code.startsWith('base.')).map((x) => x.code), ['base.resolution-exists']);
  // A placeholder, or a number no text in force has: nothing said.
  for (const line of ['DRAFT NEW RESOLUTION [XX-1] (Geneva, 2028)', 'RESOLUTION 8 (Geneva, 2028)']) {
    assert.deepEqual(check(add(line, ...resolution.slice(1))).filter((x) => x.code.startsWith('base.')), [], line);
  }
  // Without a workspace nothing is looked up.
  assert.deepEqual(checkDocument(parseDocument(text)).filter((x) => x.code.startsWith('base.')), []);
});

test('curly quotes and apostrophes where the text in force has straight ones (or the reverse) are typography, not a change (review 5, F17)', () => {
  const i = new BaseIndex();
  const inForce = BASE.replace('a)\tthat spam is a significant problem;', 'a)\tthat the "digital divide" is the Union\'s concern and users\' too;');
  i.update('base.itu', inForce);
  const body = inForce.trim().split('\n');
  for (const [straight, curly] of [['"digital divide"', '\u201Cdigital divide\u201D'], ["Union's", 'Union\u2019s'], ["users'", 'users\u2019'], ['"digital divide"', '\u201Edigital divide\u201C']]) {
    const retyped = body.map((l) => l.replace(straight, curly));
    assert.notEqual(retyped.join('\n'), body.join('\n'));
    assert.deepEqual(check(mod(...retyped), i).filter((x) => x.code.startsWith('base.')), [], curly);
  }
  // Every variant at once, beside a real change: one finding, on the change.
  const all = body.map((l) => l.replace('"digital divide"', '\u201Cdigital divide\u201D').replace("Union's", 'Union\u2019s').replace('concern', 'worry'));
  const found = check(mod(...all), i).filter((x) => x.code === 'base.untracked-change');
  assert.equal(found.length, 1, JSON.stringify(found));
  assert.match(found[0].message, /'concern'.*'worry'/);
  // Guillemets are no variant of the straight quote: still a change.
  assert.ok(check(mod(...body.map((l) => l.replace('"digital divide"', '\u00ABdigital divide\u00BB'))), i).some((x) => x.code === 'base.untracked-change'));
});

test('canonically equivalent text is one text: accents as combining marks, full-width digits, Arabic presentation forms (review 5, F25)', () => {
  const french = lines('RÉSOLUTION 99 (Rév. Genève, 2022)', 'Rédaction des contributions', "L'Assemblée mondiale de normalisation des télécommunications (Genève, 2022),", 'considérant',
    "a)\tque la rédaction à l'aide d'outils est librement possible;", 'décide', '1\td\u2019étudier la question.');
  for (const [inForce, draft] of [[french.normalize('NFD'), french], [french, french.normalize('NFD')]]) {
    const i = new BaseIndex();
    i.update('base.itu', inForce);
    assert.deepEqual(check(mod(...draft.trim().split('\n')), i).filter((x) => x.code.startsWith('base.')), []);
    // A real change beside them is still one finding, quoted as written.
    const changed = check(mod(...draft.replace('librement', 'gratuitement').trim().split('\n')), i).filter((x) => x.code.startsWith('base.'));
    assert.deepEqual(changed.map((x) => x.code), ['base.untracked-change']);
    assert.match(changed[0].message, /'librement'.*'gratuitement'/);
  }
  // Full-width digits in a Chinese number line (a Chinese input mode): the number line is read and its base found.
  const zh = lines('第99号决议（2022年，日内瓦，修订版）', '测试起草工具', '世界电信标准化全会（2022年，日内瓦），', '考虑到', 'a)\t起草工具可以自由使用；');
  const zi = new BaseIndex();
  zi.update('zh.itu', zh);
  const wide = zh.replace('第99号', '第９９号');
  assert.deepEqual(check(mod(...wide.trim().split('\n')), zi).filter((x) => x.code.startsWith('base.') || x.code.startsWith('numbering.')), []);
  assert.deepEqual(check(mod(...wide.replace('自由', '公开').trim().split('\n')), zi).filter((x) => x.code.startsWith('base.')).map((x) => x.code), ['base.untracked-change']);
  // Arabic presentation forms (PDF extraction) read as the letters they draw.
  const ar = BASE.replace('a)\tthat spam is a significant problem;', 'a)\tthat الاتحاد الدولي للاتصالات acts;');
  const ai = new BaseIndex();
  ai.update('base.itu', ar);
  const forms = ar.replace('الاتحاد الدولي للاتصالات', 'الاتحاد الدولي للاتصالات'.split(' ').map((w) => [...w].map((c) => PRESENTATION[c] ?? c).join('')).join(' '));
  assert.notEqual(forms, ar);
  assert.deepEqual(check(mod(...forms.trim().split('\n')), ai).filter((x) => x.code.startsWith('base.')), []);
  // Other compatibility characters are no such variant: m² is not m2.
  const sq = BASE.replace('a)\tthat spam is a significant problem;', 'a)\tthat 5 m² are enough;');
  const si = new BaseIndex();
  si.update('base.itu', sq);
  assert.ok(check(mod(...sq.replace('m²', 'm2').trim().split('\n')), si).some((x) => x.code === 'base.untracked-change'));
});

/** Isolated presentation forms of the Arabic letters the test above uses (U+FE8D …): what PDF text extraction gives. */
const PRESENTATION: Record<string, string> = { ا: '\uFE8D', ل: '\uFEDD', ت: '\uFE95', ح: '\uFEA1', د: '\uFEA9', و: '\uFEED', ي: '\uFEF1', ص: '\uFEB9' };

test('a number line typed on two keyboard layouts is read in its own script: PEЗОЛЮЦИЯ with a Latin P and E, RЕSOLUTION with a Cyrillic Е (review 5, F25)', () => {
  const russian = lines('РЕЗОЛЮЦИЯ 99 (Пересм. Женева, 2022 г.)', 'Подготовка вкладов', 'Всемирная ассамблея по стандартизации электросвязи (Женева, 2022 г.),', 'учитывая',
    'a)\tчто инструменты могут свободно распространяться,', 'решает', '1\tпоощрять использование инструментов;', '2\tрассмотреть опыт,');
  const i = new BaseIndex();
  i.update('ru.itu', russian);
  // Latin P and E in the Russian kind word: the number line is read, the text in force found, the slip reported with a fix putting it back.
  const latin = russian.replace('РЕЗОЛЮЦИЯ', 'PEЗОЛЮЦИЯ');
  assert.notEqual(latin, russian);
  const found = check(mod(...latin.trim().split('\n')), i);
  assert.deepEqual(found.map((x) => x.code), ['base.untracked-change']);
  assert.match(found[0].message, /'РЕЗОЛЮЦИЯ'.*'PEЗОЛЮЦИЯ'.*Latin P U\+0050/);
  assert.equal(applyEdits(mod(...latin.trim().split('\n')), found[0].fix!.edits), mod(...russian.trim().split('\n')));
  // The unmarked change it hid ("changes nothing, make it NOC" before) is found beside it.
  const changed = check(mod(...latin.replace('свободно', 'открыто').trim().split('\n')), i);
  assert.deepEqual(changed.map((x) => x.code), ['base.untracked-change', 'base.untracked-change']);
  assert.match(changed[1].message, /'свободно'.*'открыто'/);
  // The other way round: a Cyrillic Е in an English kind word.
  const english = BASE.replace(/^RESOLUTION/m, 'RЕSOLUTION');
  assert.notEqual(english, BASE);
  assert.deepEqual(check(mod(...english.trim().split('\n'))).map((x) => x.code), ['base.untracked-change']);
  // A word whose letters of both scripts are all look-alikes, or that has letters of both no look-alike stands for, is left as written.
  assert.equal(withoutLookAlikes('PEC 99 РЕЗОЛЮЦИЯ'), 'PEC 99 РЕЗОЛЮЦИЯ');
  assert.equal(withoutLookAlikes('SЗ РЕЗОЛЮЦИЯ'), 'SЗ РЕЗОЛЮЦИЯ');
  assert.equal(withoutLookAlikes('PEЗОЛЮЦИЯ (Пepecм. Женева)'), 'РЕЗОЛЮЦИЯ (Пересм. Женева)');
});

test('the base index takes an open document\'s unchanged front part again without reading it, and reads it again after anything else touched the file', () => {
  // A contribution's front holding a text in force (a file's base text beside its proposals), as an analysis gives it.
  const text = `${BASE}\nMOD\tEXA/1A1/1\n${BASE.replace('act.', 'act now.')}\nReasons:\tx.\n`;
  const front = parseDocument(text.slice(0, text.indexOf('MOD\t')));
  const index = new BaseIndex();
  const unread = () => {
    throw new Error('the text is not read where its front part is given');
  };
  index.update('draft.itu', unread, front, ['5.A1']);
  const generation = index.generation;
  assert.equal(index.all().length, 1);
  assert.deepEqual(index.placeholders(), ['5.A1']);
  // The same front part and placeholders (typing in a proposal): nothing changes.
  index.update('draft.itu', unread, front, ['5.A1']);
  assert.equal(index.generation, generation);
  assert.equal(index.all().length, 1);
  // Other placeholders, or the same front after the file was deleted or found too large: read again.
  index.update('draft.itu', unread, front, ['5.A1', '5.A2']);
  assert.deepEqual(index.placeholders(), ['5.A1', '5.A2']);
  index.delete('draft.itu');
  assert.equal(index.all().length, 0);
  index.update('draft.itu', unread, front, ['5.A1', '5.A2']);
  assert.equal(index.all().length, 1);
  index.unread('draft.itu', 70 * 1024 * 1024, 64 * 1024 * 1024);
  assert.equal(index.all().length, 0);
  index.update('draft.itu', unread, front, ['5.A1', '5.A2']);
  assert.equal(index.all().length, 1);
  assert.deepEqual(index.lookup.unread?.() ?? [], []);
});
