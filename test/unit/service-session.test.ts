// Editor sessions whose settings or folders change while the server runs (review 8): after each change, an open
// document's diagnostics equal those of a service started afresh on the same disk with the same settings; the
// fixes applied in bulk are those of the findings shown; a severity the server does not know keeps the default.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import type { Diagnostic, TextEdit } from 'vscode-languageserver-types';
import { createItuService, type ItuService } from '../../server/src/service/service';
import { FIX_ALL_KIND } from '../../server/src/service/codeActions';
import { readSettings } from '../../server/src/protocol';
import { MemoryWorkspace } from '../support/memoryWorkspace';
import { ROOT } from './helpers';

const BASE = fs.readFileSync(path.join(ROOT, 'examples/res99-geneva-2022.itu'), 'utf8');
const MARKED = fs.readFileSync(path.join(ROOT, 'examples/res99-amendment.itu'), 'utf8');
/** A delegate's working copy of the text in force with one word changed: a second base of the same edition. */
const COPY = BASE.replace('working in parallel', 'working at once');

const codes = (d: readonly Diagnostic[]) => d.map((x) => String(x.code)).sort();

/** Files on disk, settings the client answers with (changed at run time), documents open in the editor. */
class Session {
  readonly ws: MemoryWorkspace;
  settings: unknown;
  readonly service: ItuService;
  readonly open = new Map<string, string>();
  readonly log: string[] = [];

  constructor(files: Record<string, string>, settings: unknown = {}) {
    this.ws = new MemoryWorkspace('file:///ws', files);
    this.settings = settings;
    this.service = createItuService({ workspace: this.ws, configuration: () => this.settings, log: (m) => this.log.push(m) });
  }

  static async started(files: Record<string, string>, settings: unknown = {}, open: Record<string, string> = {}): Promise<Session> {
    const s = new Session(files, settings);
    await s.service.scan();
    for (const [name, text] of Object.entries(open)) s.openDocument(name, text);
    return s;
  }

  openDocument(name: string, text: string): void {
    this.open.set(name, text);
    this.service.open(this.ws.uri(name), 1, text);
  }

  async diagnostics(name: string): Promise<Diagnostic[]> {
    // Every open document checked first, as the editor pulls them all: an open base text enters the index so.
    for (const other of this.open.keys()) await this.service.diagnostics(this.ws.uri(other));
    return (await this.service.diagnostics(this.ws.uri(name)))!.diagnostics;
  }

  async setSettings(settings: unknown): Promise<void> {
    this.settings = settings;
    await this.service.configurationChanged();
  }

  /** A service started afresh on the disk as it is now, with the same settings and open documents. */
  fresh(): Promise<Session> {
    const files: Record<string, string> = {};
    for (const [uri, text] of this.ws.files_) files[this.ws.relative(uri)!] = text;
    return Session.started(files, this.settings, Object.fromEntries(this.open));
  }

  async sameAsFresh(name: string, label: string): Promise<Diagnostic[]> {
    const now = await this.diagnostics(name);
    assert.deepEqual(now, await (await this.fresh()).diagnostics(name), label);
    return now;
  }

  async fixAll(name: string): Promise<TextEdit[]> {
    const uri = this.ws.uri(name);
    const shown = await this.diagnostics(name);
    const [action] = await this.service.codeActions(uri, { start: { line: 0, character: 0 }, end: { line: 999, character: 0 } }, shown, [FIX_ALL_KIND]);
    return action?.edit?.changes?.[uri] ?? [];
  }
}

const WORKSPACE = { 'texts/res99-geneva-2022.itu': BASE, 'drafts/res99-working-copy.itu': COPY, 'exa-12a3.itu': MARKED };

describe('itu.baseTexts.glob changed at run time (review 8, I1)', () => {
  test('a narrowed glob drops the files it leaves out at once, widened it reads them again: each time as a fresh start', async () => {
    const s = await Session.started(WORKSPACE, {}, { 'exa-12a3.itu': MARKED });
    // Two copies of the edition: the MOD is compared with one and told so.
    assert.ok(codes(await s.sameAsFresh('exa-12a3.itu', 'default glob')).includes('base.ambiguous'));
    await s.setSettings({ baseTexts: { glob: 'texts/**/*.itu' } });
    assert.deepEqual(codes(await s.sameAsFresh('exa-12a3.itu', 'texts only')), []);
    // Narrowed so that no text in force is left: as a fresh server, base.not-found.
    await s.setSettings({ baseTexts: { glob: 'none/**/*.itu' } });
    assert.ok(codes(await s.sameAsFresh('exa-12a3.itu', 'no base')).includes('base.not-found'));
    await s.setSettings({});
    assert.ok(codes(await s.sameAsFresh('exa-12a3.itu', 'widened again')).includes('base.ambiguous'));
  });

  test('an open document the new glob leaves out stops standing as a text in force; one it takes in again counts', async () => {
    const s = await Session.started(WORKSPACE, {}, { 'exa-12a3.itu': MARKED, 'drafts/res99-working-copy.itu': COPY });
    assert.ok(codes(await s.sameAsFresh('exa-12a3.itu', 'default glob, copy open')).includes('base.ambiguous'));
    await s.setSettings({ baseTexts: { glob: 'texts/**/*.itu' } });
    assert.deepEqual(codes(await s.sameAsFresh('exa-12a3.itu', 'copy open, glob leaves it out')), []);
    await s.setSettings({ baseTexts: { glob: 'drafts/**/*.itu' } });
    const onCopy = await s.sameAsFresh('exa-12a3.itu', 'only the open copy read');
    assert.ok(codes(onCopy).includes('base.untracked-change') && !codes(onCopy).includes('base.ambiguous'), codes(onCopy).join());
  });
});

describe('folders deleted or renamed (review 8, I9)', () => {
  test('one event for a deleted folder drops every file read from under it, and nothing beside it', async () => {
    const s = await Session.started({ ...WORKSPACE, 'drafts-old/res99-copy.itu': COPY }, {}, { 'exa-12a3.itu': MARKED });
    // The copy in drafts/ and in drafts-old/: three bases. A path that only begins like a folder's is not under it.
    s.ws.files_.delete(s.ws.uri('drafts-old/res99-copy.itu'));
    await s.service.filesChanged([{ uri: s.ws.uri('drafts-old'), deleted: true }]);
    assert.ok(codes(await s.sameAsFresh('exa-12a3.itu', 'drafts-old/ deleted')).includes('base.ambiguous'));
    s.ws.files_.delete(s.ws.uri('drafts/res99-working-copy.itu'));
    await s.service.filesChanged([{ uri: `${s.ws.uri('drafts')}/`, deleted: true }]);
    assert.deepEqual(codes(await s.sameAsFresh('exa-12a3.itu', 'drafts/ deleted')), []);
  });

  test('a batch of many deletions (other files, then the folder) drops the same files as one event for the folder', async () => {
    const s = await Session.started(WORKSPACE, {}, { 'exa-12a3.itu': MARKED });
    s.ws.files_.delete(s.ws.uri('drafts/res99-working-copy.itu'));
    const others = Array.from({ length: 40 }, (_, i) => ({ uri: s.ws.uri(`out/chunk-${i}.js`), deleted: true }));
    await s.service.filesChanged([...others, { uri: s.ws.uri('drafts'), deleted: true }]);
    assert.deepEqual(codes(await s.sameAsFresh('exa-12a3.itu', 'drafts/ deleted among 40 other files')), []);
    assert.deepEqual(s.service.baseTexts().map((b) => b.location), [s.ws.uri('texts/res99-geneva-2022.itu')]);
  });

  test('a renamed folder (its old name deleted, its new one created) is read under its new name only', async () => {
    const s = await Session.started(WORKSPACE, {}, { 'exa-12a3.itu': MARKED });
    await s.setSettings({ baseTexts: { glob: '{texts,in-force}/**/*.itu' } });
    const before = await s.sameAsFresh('exa-12a3.itu', 'texts/');
    assert.deepEqual(codes(before), []);
    s.ws.files_.delete(s.ws.uri('texts/res99-geneva-2022.itu'));
    s.ws.write('in-force/res99-geneva-2022.itu', BASE);
    await s.service.filesChanged([{ uri: s.ws.uri('texts'), deleted: true }, { uri: s.ws.uri('in-force'), deleted: false }]);
    assert.deepEqual(await s.sameAsFresh('exa-12a3.itu', 'texts/ renamed in-force/'), before);
    assert.deepEqual(s.service.baseTexts().map((b) => b.location), [s.ws.uri('in-force/res99-geneva-2022.itu')]);
  });

  test('the proposal ids of the contributions under a deleted folder go too, and the open documents are told', async () => {
    const text = (revision: string) => ['Document:\t21', 'Proposals:\tAAA', ...(revision ? [`Revision:\t${revision}`] : []), '', 'ADD\tAAA/21/1', 'DRAFT NEW RESOLUTION [AAA-1]', 'A title', 'Reasons:\tNew.', ''].join('\n');
    const s = await Session.started({ 'old/aaa-rev1.itu': text('1') }, {}, { 'aaa.itu': text('') });
    assert.deepEqual(codes(await s.diagnostics('aaa.itu')), ['compile.revised']);
    let told = 0;
    s.service.onDidChangeDiagnostics(() => told++);
    s.ws.files_.delete(s.ws.uri('old/aaa-rev1.itu'));
    await s.service.filesChanged([{ uri: s.ws.uri('old'), deleted: true }]);
    assert.equal(told, 1);
    assert.deepEqual(codes(await s.sameAsFresh('aaa.itu', 'old/ deleted')), []);
  });
});

describe('Fix all and itu.diagnostics.severity (review 8, I4)', () => {
  const FAULTS = ['ADD\tXX/7A1/1', 'DRAFT NEW RESOLUTION [XX-1] (Geneva, 2026)', 'A title', 'considering', 'a)\tthat one;', 'b)\tthat two;', 'd)\tthat three,', 'resolves', '1\tto act.', '', 'Reasons:\tBecause.', '',
    'ADD\tXX/7A1/3', 'DRAFT NEW RESOLUTION [XX-2] (Geneva, 2026)', 'A title', 'resolves', '1\tto act.', '', 'Reasons:\tBecause.', ''].join('\n');
  const shown = (edits: TextEdit[]) => edits.map((e) => `${e.range.start.line}:${e.newText}`);

  test('fixes of findings switched off (by family or by code) are not applied; those shown are', async () => {
    const all = await (await Session.started({}, {}, { 'a.itu': FAULTS })).fixAll('a.itu');
    assert.deepEqual(shown(all), ['6:c', '12:XX/7A1/2']);
    for (const severity of [{ numbering: 'off' }, { 'numbering.gap': 'off' }, { numbering: 'error', 'numbering.gap': 'off' }]) {
      const s = await Session.started({}, { diagnostics: { severity } }, { 'a.itu': FAULTS });
      assert.ok(!codes(await s.diagnostics('a.itu')).includes('numbering.gap'));
      assert.deepEqual(shown(await s.fixAll('a.itu')), ['12:XX/7A1/2'], JSON.stringify(severity));
    }
    // Only "off" hides: a finding shown as a hint is still fixed.
    assert.deepEqual(shown(await (await Session.started({}, { diagnostics: { severity: { numbering: 'hint' } } }, { 'a.itu': FAULTS })).fixAll('a.itu')), ['6:c', '12:XX/7A1/2']);
    // Nothing shown has a fix: no Fix all action at all.
    assert.deepEqual(await (await Session.started({}, { diagnostics: { severity: { numbering: 'off', proposal: 'off' } } }, { 'a.itu': FAULTS })).fixAll('a.itu'), []);
  });
});

describe('itu.diagnostics.severity values outside the enum (review 8, I10)', () => {
  const GAP = ['ADD\tXX/7A1/1', 'DRAFT NEW RESOLUTION [XX-1] (Geneva, 2026)', 'A title', 'considering', 'a)\tthat one;', 'b)\tthat two;', 'd)\tthat three,', 'resolves', '1\tto act.', '', 'Reasons:\tBecause.', ''].join('\n');
  const gapSeverity = async (s: Session) => (await s.diagnostics('a.itu')).find((d) => d.code === 'numbering.gap')?.severity;

  test('case and common spellings are read as the word they stand for; only "off" hides', async () => {
    for (const [value, severity] of [['Error', 1], ['ERROR', 1], ['warn', 2], [' Warning ', 2], ['info', 3], ['Information', 3], ['Hint', 4], ['Default', 2], ['OFF', undefined]] as const) {
      const s = await Session.started({}, { diagnostics: { severity: { numbering: value } } }, { 'a.itu': GAP });
      assert.equal(await gapSeverity(s), severity, value);
      assert.deepEqual(s.log, [], value);
    }
  });

  test('an unknown value keeps the default severity and is said once in the log, however often it is read', async () => {
    const settings = { diagnostics: { severity: { numbering: 'Errror', 'numbering.gap': 7, base: 'info' } } };
    const s = await Session.started({}, settings, { 'a.itu': GAP });
    // The code's unknown value does not hide the finding, nor take the family's place over it: numbering's is unknown too.
    assert.equal(await gapSeverity(s), 2);
    s.openDocument('b.itu', GAP);
    await s.diagnostics('b.itu');
    await s.setSettings(settings);
    assert.equal(await gapSeverity(s), 2);
    assert.deepEqual(s.log, [
      'itu: itu.diagnostics.severity.numbering: "Errror" is not one of error, warning, information, hint, off, default: the default severity is used.',
      'itu: itu.diagnostics.severity.numbering.gap: 7 is not one of error, warning, information, hint, off, default: the default severity is used.',
    ]);
  });

  test('readSettings keeps the words it knows, in their own spelling, and names the others', () => {
    const unknown: string[] = [];
    const read = readSettings({ diagnostics: { severity: { numbering: 'Warn', base: 'silent', proposal: null, 'footnote.unused': 'off' } } }, (setting, value) => unknown.push(`${setting}=${String(value)}`));
    assert.deepEqual(read.severity, { numbering: 'warning', 'footnote.unused': 'off' });
    assert.deepEqual(unknown, ['itu.diagnostics.severity.base=silent', 'itu.diagnostics.severity.proposal=null']);
  });
});
