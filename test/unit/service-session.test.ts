// Editor sessions and their settings (review 8): the fixes applied in bulk are those of the findings shown; a
// severity the server does not know keeps the default.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Diagnostic, TextEdit } from 'vscode-languageserver-types';
import { createItuService, type ItuService } from '../../server/src/service/service';
import { FIX_ALL_KIND } from '../../server/src/service/codeActions';
import { readSettings } from '../../server/src/protocol';
import { MemoryWorkspace } from '../support/memoryWorkspace';

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
