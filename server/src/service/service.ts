// The language service: one record per open document and the workspace's base texts, with every
// feature as a function of it. It knows nothing of the connection: server.ts turns LSP messages into
// calls of it, and tests call it in-process over an in-memory workspace.
import { CancellationToken, type Disposable } from 'vscode-languageserver-protocol';
import type { CodeAction, CompletionItem, Diagnostic, DocumentSymbol, FoldingRange, Hover, Location, Position, Range, TextEdit } from 'vscode-languageserver-types';
import { l10n } from '../core/l10n';
import { applyEdits, isMod, listProposals, parseDocument, revisedProposals, simplePool, trackRevisions, type ComparerPool, type InstrumentText } from '../core';
import { provisionNumber } from '../core/kinds';
import { DEFAULT_SETTINGS, readSettings, type BaseComparison, type BaseTextItem, type CompileResult, type ExportParams, type ExportReply, type ImportParams, type ImportReply, type MarksResult, type MarksUnchanged, type Message, type NewContribution, type ProjectionParams, type ProjectionResult, type ProposalItem, type ReviewParams, type Settings, type Synoptic, type VersionedEdits } from '../protocol';
import * as path from 'path';
import { loadBundle } from '../bundles';
import { canonicalUri } from '../files';
import { exportWord, importWord } from '../word/requests';
import { codeActions } from './codeActions';
import { instrumentTarget, INSTRUMENT_TITLES, MEETINGS } from './cover';
import { baseComparison, marksOf, projectionOf, reviewOf, sameMarks, trackEdits } from './custom';
import { sameDiagnostics, toDiagnostics } from './diagnostics';
import { WorkspaceIds } from './workspaceIds';
import { closerTypedOver, completion, format } from './editing';
import { definition, hover, references } from './navigation';
import { documentSymbols, foldingRanges } from './outline';
import { DocumentRecord, type ContentChange } from './record';
import { WorkspaceBases, type Workspace } from './workspace';
import { ellipsized } from '../core/shorten';

/** The compile and synoptic commands' code: its own bundle (server/out/compile.js), loaded on first use. */
function compileCommands(): typeof import('./compileCommands') {
  return loadBundle<typeof import('./compileCommands')>('compile.js', path.join(__dirname, 'compileCommands'));
}

export interface ServiceOptions {
  workspace: Workspace;
  /**
   * The client's `itu` settings section of a document (or of the window, without a URI), as sent (any
   * shape: readSettings makes Settings of it); asked once per document until configurationChanged().
   */
  configuration?: (uri?: string) => Promise<unknown> | unknown;
  /** What the client takes: snippets in completion, versioned document edits in code actions. */
  client?: { snippets?: boolean; versionedEdits?: boolean };
  /** docs/diagnostics.md as a URI, linked from each diagnostic. */
  docsBase?: string;
  log?: (message: string) => void;
  /** The clock of `quiet` (tests give their own). */
  now?: () => number;
  /**
   * Where diagnostics go. A client that pulls them (`pull`) is asked to pull again when they may have
   * changed; to one that does not, they are sent after a pause in typing (`itu.diagnostics.delay`).
   */
  publish?: DiagnosticsSink;
}

export interface DiagnosticsSink {
  pull: boolean;
  /** Pull clients: pull the diagnostics of every open document again. */
  refresh(): void;
  /** Push clients: the diagnostics of a version (none: a closed document's are cleared). */
  send(uri: string, version: number | undefined, diagnostics: Diagnostic[]): void;
}

/** A burst of changes to the base index or the settings asks the client to pull again once, after this pause (ms). */
const REFRESH_DELAY = 200;

/** An open document: its latest record and what the service keeps beside it. */
interface Entry {
  record: DocumentRecord;
  settings?: Promise<Settings>;
  changedAt: number;
  /** The base index has not seen this version yet. */
  unindexed: boolean;
  /** The last diagnostics a pull client was sent in full, under their result id (pullReport). */
  report?: { id: string; items: Diagnostic[] };
  /** The last marks the preview was sent in full, under their result id (marks). */
  marksReport?: MarksResult & { resultId: string };
}

export function createItuService(options: ServiceOptions): ItuService {
  return new ItuService(options);
}

export class ItuService {
  private readonly documents = new Map<string, Entry>();
  private readonly pools = new Map<string, ComparerPool>();
  readonly bases: WorkspaceBases;
  /** The open documents' proposal ids in the other files (compile.revised, compile.id-elsewhere). */
  private readonly ids: WorkspaceIds;
  private readonly listeners = new Set<() => void>();
  private readonly now: () => number;
  private scanned = false;
  private readonly scannedOnce: Promise<void>;
  private markScanned!: () => void;
  private readonly pushTimers = new Map<string, ReturnType<typeof setTimeout>>();
  private refreshTimer?: ReturnType<typeof setTimeout>;
  /** Unknown setting values already said in the log. */
  private readonly saidUnknown = new Set<string>();
  /** Result ids of pull reports (pullReport): one count for all documents. */
  private reports = 0;

  constructor(private readonly options: ServiceOptions) {
    this.bases = new WorkspaceBases(options.workspace);
    this.ids = new WorkspaceIds(this.bases);
    this.now = options.now ?? Date.now;
    this.scannedOnce = new Promise((resolve) => (this.markScanned = resolve));
    if (options.publish) this.onDidChangeDiagnostics(() => this.refreshAll());
  }

  // ---------------------------------------------------------------- documents

  // Every URI a caller gives is taken in the server's one form (files.ts canonicalUri), the form the workspace's
  // walk gives: a file is one key whatever the client escaped (review 8, I17). Records carry that form.

  /** The latest record of an open document; reading it changes nothing. */
  get(uri: string): DocumentRecord | undefined {
    return this.documents.get(canonicalUri(uri))?.record;
  }

  get openUris(): string[] {
    return [...this.documents.keys()];
  }

  open(raw: string, version: number, text: string): DocumentRecord {
    const uri = canonicalUri(raw);
    const previous = this.documents.get(uri);
    // Opened again (some clients do, with other text under the same version): a fresh record.
    const record = new DocumentRecord(uri, version, text, this.baseContext(uri));
    // From now on the open text stands for the file in the base index: it goes in once read (checked,
    // or parsed for a feature), from what that reading made, not from a parse of its own here.
    this.documents.set(uri, { record, settings: previous?.settings, changedAt: this.now(), unindexed: true });
    this.bases.hold(uri);
    this.schedulePush(uri, 0);
    return record;
  }

  change(raw: string, version: number, changes: readonly ContentChange[]): DocumentRecord | undefined {
    const uri = canonicalUri(raw);
    const entry = this.documents.get(uri);
    if (!entry) return undefined;
    entry.record = entry.record.next(version, changes);
    entry.changedAt = this.now();
    entry.unindexed = true;
    if (this.options.publish && !this.options.publish.pull) void this.settingsFor(uri).then((s) => this.schedulePush(uri, s.diagnosticsDelay));
    return entry.record;
  }

  async close(raw: string): Promise<void> {
    const uri = canonicalUri(raw);
    clearTimeout(this.pushTimers.get(uri));
    this.pushTimers.delete(uri);
    if (!this.documents.delete(uri)) return;
    if (this.options.publish && !this.options.publish.pull) this.options.publish.send(uri, undefined, []);
    this.pools.delete(uri);
    const before = this.bases.index.generation;
    await this.bases.closed(uri);
    // The documents sharing an id with it now meet its file on disk (or none).
    if (this.ids.forget(uri, this.openUris)) this.fire();
    else this.indexChanged(before);
  }

  private baseContext(uri: string) {
    const index = this.bases.index;
    let pool = this.pools.get(uri);
    if (!pool) this.pools.set(uri, (pool = simplePool()));
    return { lookup: index.lookup, generation: () => index.generation, pool };
  }

  // ---------------------------------------------------------------- settings and workspace

  settingsFor(raw: string): Promise<Settings> {
    const uri = canonicalUri(raw);
    const entry = this.documents.get(uri);
    if (entry?.settings) return entry.settings;
    const settings = this.readSettings(uri);
    if (entry) entry.settings = settings;
    return settings;
  }

  private async readSettings(uri?: string): Promise<Settings> {
    if (!this.options.configuration) return DEFAULT_SETTINGS;
    try {
      return readSettings(await this.options.configuration(uri), (setting, value) => this.unknownSetting(setting, value));
    } catch {
      return DEFAULT_SETTINGS;
    }
  }

  /**
   * A setting value readSettings does not know (`"numbering": "Errror"`): said once in the log, as VS Code
   * squiggles it in settings.json; the default stands (other editors send settings with no schema: review 8, I10).
   */
  private unknownSetting(setting: string, value: unknown): void {
    const said = `${setting}\n${JSON.stringify(value)}`;
    if (this.saidUnknown.has(said)) return;
    this.saidUnknown.add(said);
    this.options.log?.(`itu: ${l10n.t('{0}: {1} is not one of error, warning, information, hint, off, default: the default severity is used.', setting, JSON.stringify(value) ?? String(value))}`);
  }

  /** Settings changed: each document reads its own again, the workspace is scanned with the glob in force. */
  async configurationChanged(): Promise<void> {
    for (const entry of this.documents.values()) entry.settings = undefined;
    this.fire();
    await this.scan();
  }

  /**
   * Folders added to or removed from the workspace while the server runs (multi-root, "Add Folder to Workspace…"):
   * the walk reads what the folders now hold, as a fresh start would (review 8, I23). Open documents are offered to
   * the index again: their paths relative to the folders, which the glob matches, may have changed.
   */
  async foldersChanged(added: readonly string[], removed: readonly string[]): Promise<void> {
    if (!this.bases.workspace.foldersChanged) return;
    this.bases.workspace.foldersChanged(added.map(canonicalUri), removed.map(canonicalUri));
    for (const entry of this.documents.values()) entry.unindexed = true;
    await this.scan();
  }

  /** Reads the workspace's base texts (again). Diagnostics held back for the index go out after the first scan. */
  async scan(): Promise<void> {
    try {
      const before = this.bases.index.generation;
      // A new glob: each open document is offered to the index again (in or out as the glob now says).
      if (this.bases.setGlob((await this.readSettings()).baseTextGlob)) for (const entry of this.documents.values()) entry.unindexed = true;
      await this.bases.scan();
      this.indexOpenDocuments();
      this.indexChanged(before);
    } catch (error) {
      this.options.log?.(`itu: scanning the workspace for base texts failed: ${error}`);
    } finally {
      this.scanned = true;
      this.markScanned();
    }
  }

  /**
   * Files of the workspace created, changed or deleted on disk. A folder comes as one event for it (VS Code's
   * watcher, review 8, I9): deleted, the files read from under it go; created (or renamed to), the files under it are read.
   */
  async filesChanged(raw: { uri: string; deleted: boolean }[]): Promise<void> {
    const changes = raw.map((c) => ({ uri: canonicalUri(c.uri), deleted: c.deleted }));
    const before = this.bases.index.generation;
    // A contribution whose ids an open document holds (before or after the change): that document's findings change.
    let shared = false;
    const deleted = changes.filter((c) => c.deleted).map((c) => c.uri);
    if (deleted.length) for (const gone of this.bases.deleted(deleted)) shared ||= this.ids.sharedWithOpen(gone.uri, [...gone.ids], this.openUris);
    for (const change of changes) {
      if (change.deleted) continue;
      const files = this.bases.matches(change.uri) || this.bases.isContribution(change.uri) ? [change.uri] : await this.bases.filesUnder(change.uri);
      for (const uri of files) {
        const had = this.bases.ids.get(uri) ?? [];
        await this.bases.readFile(uri);
        shared ||= this.ids.sharedWithOpen(uri, [...had, ...(this.bases.ids.get(uri) ?? [])], this.openUris);
      }
    }
    if (shared) this.fire();
    else this.indexChanged(before);
  }

  /** Called when the diagnostics of open documents may have changed (the base index or settings changed). */
  onDidChangeDiagnostics(listener: () => void): Disposable {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  }

  private fire(): void {
    for (const l of this.listeners) l();
  }

  private indexChanged(before: number): void {
    if (this.bases.index.generation !== before) this.fire();
  }

  /** Open documents stand for their files in the base index: each version not indexed yet goes in. */
  private indexOpenDocuments(): void {
    for (const [uri, entry] of this.documents) {
      if (!entry.unindexed) continue;
      entry.unindexed = false;
      const read = this.bases.matches(uri) ? entry.record.indexed : undefined;
      const record = entry.record;
      this.bases.opened(uri, () => record.text, read?.doc, read?.placeholders);
    }
  }

  /** Brings the base index up to the open documents; tells the listeners when that changed it. */
  private syncIndex(): void {
    const before = this.bases.index.generation;
    this.indexOpenDocuments();
    this.indexChanged(before);
  }

  // ---------------------------------------------------------------- diagnostics

  /** Push clients: the diagnostics of `uri` go out once it has not changed for `delay` ms. */
  private schedulePush(uri: string, delay: number): void {
    const sink = this.options.publish;
    if (!sink || sink.pull || !this.documents.has(uri)) return;
    clearTimeout(this.pushTimers.get(uri));
    this.pushTimers.set(uri, setTimeout(() => {
      this.pushTimers.delete(uri);
      this.diagnostics(uri)
        .then((r) => r && sink.send(uri, r.version, r.diagnostics))
        .catch((e) => this.options.log?.(`itu: publishing diagnostics failed: ${e}`));
    }, delay));
  }

  /** Settings or base texts changed: every open document's diagnostics may have changed. */
  private refreshAll(): void {
    clearTimeout(this.refreshTimer);
    this.refreshTimer = setTimeout(() => {
      if (this.options.publish?.pull) this.options.publish.refresh();
      else for (const uri of this.openUris) this.schedulePush(uri, 0);
    }, REFRESH_DELAY);
  }

  /**
   * A pull client's diagnostics of `uri`: after a pause in typing (`itu.diagnostics.delay`; not for
   * the version opened). A pull cancelled while waiting (the user typed on) is not checked at all:
   * answered, it would make the client show "no diagnostics" until the next pull; the caller answers
   * it as cancelled.
   */
  async pull(raw: string, token: CancellationToken = CancellationToken.None): Promise<Diagnostic[]> {
    const uri = canonicalUri(raw);
    const record = this.get(uri);
    if (record && record.version > 1) await this.quiet(uri, (await this.settingsFor(uri)).diagnosticsDelay, token);
    if (token.isCancellationRequested) return [];
    return (await this.diagnostics(uri, token))?.diagnostics ?? [];
  }

  /**
   * A pull client's report (LSP's document diagnostic report): the diagnostics with a result id, or "unchanged"
   * when the client holds the last report sent (`previousResultId`) and the diagnostics are still those. Typing
   * in a paragraph moves no problem on the other lines: most keystrokes' reports are a few bytes, not every
   * diagnostic again, and the editor keeps the markers it has. Empty (and cancelled, for the caller to say) as pull.
   */
  async pullReport(raw: string, previousResultId: string | undefined, token: CancellationToken = CancellationToken.None): Promise<{ kind: 'full'; resultId: string; items: Diagnostic[] } | { kind: 'unchanged'; resultId: string }> {
    const items = await this.pull(raw, token);
    const entry = this.documents.get(canonicalUri(raw));
    if (!entry || token.isCancellationRequested) return { kind: 'full', resultId: '', items };
    const report = entry.report;
    if (report && report.id === previousResultId && sameDiagnostics(report.items, items)) return { kind: 'unchanged', resultId: report.id };
    entry.report = { id: String(++this.reports), items };
    return { kind: 'full', resultId: entry.report.id, items };
  }

  /** Resolves when `uri` has not changed for `delay` ms, or the token is cancelled. */
  async quiet(raw: string, delay: number, token: CancellationToken = CancellationToken.None): Promise<void> {
    const uri = canonicalUri(raw);
    for (;;) {
      const entry = this.documents.get(uri);
      const since = this.now() - (entry?.changedAt ?? 0);
      if (!entry || since >= delay || token.isCancellationRequested) return;
      await this.sleep(delay - since, token);
    }
  }

  private sleep(ms: number, token: CancellationToken): Promise<void> {
    return new Promise<void>((resolve) => {
      const listener = token.onCancellationRequested(() => done());
      const timer = setTimeout(() => done(), ms);
      function done() {
        clearTimeout(timer);
        listener.dispose();
        resolve();
      }
    });
  }

  /** The end of the first scan of the base texts, or the request's cancellation. */
  private async scanOrCancel(token: CancellationToken): Promise<void> {
    let listener: Disposable | undefined;
    await Promise.race([this.scannedOnce, new Promise<void>((resolve) => (listener = token.onCancellationRequested(() => resolve())))]);
    listener?.dispose();
  }

  /**
   * The diagnostics of an open document, or undefined when it is not open. A document with MOD
   * proposals waits for the first scan of the base texts: checked before it, every MOD would read
   * `base.not-found` until the scan ends.
   */
  async diagnostics(raw: string, token: CancellationToken = CancellationToken.None): Promise<{ version: number; diagnostics: Diagnostic[] } | undefined> {
    const uri = canonicalUri(raw);
    const first = this.get(uri);
    if (!first) return undefined;
    if (!this.scanned && first.mayAmend) await this.scanOrCancel(token);
    if (token.isCancellationRequested) return undefined;
    const settings = await this.settingsFor(uri);
    // Checked first: the base index then reads the analysis's front part (the Resolutions outside
    // proposals), not a parse of every proposal; a change of the index checks again (findings are keyed on it).
    this.get(uri)?.findings(settings.numberingPolicy);
    this.syncIndex();
    const record = this.get(uri);
    if (!record) return undefined;
    record.findings(settings.numberingPolicy);
    // The workspace's findings on its proposal ids; the other open documents' change when its ids do.
    const ids = this.ids.findings(uri, record.head, () => record.text, this.openUris);
    if (ids.changed) this.refreshAll();
    return { version: record.version, diagnostics: toDiagnostics(record, settings, this.options.docsBase, ids.findings) };
  }

  // ---------------------------------------------------------------- language features

  /**
   * The record for a feature that reads the base texts: the index first takes in the open documents'
   * latest versions (a document's own Resolutions and placeholders count from the moment it is open).
   */
  private withIndex(uri: string): DocumentRecord | undefined {
    this.syncIndex();
    return this.get(uri);
  }

  private async withRecord<R>(uri: string, fallback: R, f: (record: DocumentRecord, settings: Settings) => R): Promise<R> {
    const record = this.withIndex(uri);
    if (!record) return fallback;
    return f(record, await this.settingsFor(uri));
  }

  codeActions(uri: string, range: Range, diagnostics: Diagnostic[], only?: string[]): Promise<CodeAction[]> {
    return this.withRecord(uri, [], (r, settings) => codeActions(r, settings, diagnostics, only, range, { versioned: !!this.options.client?.versionedEdits }));
  }

  documentSymbols(uri: string): DocumentSymbol[] {
    const r = this.get(uri);
    return r ? documentSymbols(r) : [];
  }

  foldingRanges(uri: string): FoldingRange[] {
    const r = this.get(uri);
    return r ? foldingRanges(r) : [];
  }

  hover(uri: string, position: Position): Hover | null {
    const r = this.withIndex(uri);
    return (r && hover(r, position)) ?? null;
  }

  definition(uri: string, position: Position): Location[] {
    const r = this.get(uri);
    return r ? definition(r, position) : [];
  }

  references(uri: string, position: Position, includeDeclaration: boolean): Location[] {
    const r = this.get(uri);
    return r ? references(r, position, includeDeclaration) : [];
  }

  completion(uri: string, position: Position, today = new Date()): CompletionItem[] {
    const r = this.withIndex(uri);
    return r ? completion(r, position, { snippets: !!this.options.client?.snippets, today }) : [];
  }

  format(uri: string): TextEdit[] {
    const r = this.get(uri);
    return r ? format(r) : [];
  }

  onTypeFormat(uri: string, position: Position, ch: string): TextEdit[] {
    const r = this.get(uri);
    return r ? closerTypedOver(r, position, ch) : [];
  }

  // ---------------------------------------------------------------- the preview and its commands

  /**
   * The marks of the open version for the preview, which the client asks after every few keystrokes, often before the
   * diagnostics: the version is analysed first (the findings the diagnostics then read), so that the marks are read
   * from the analysis's cut, not from a parse of the whole text (DocumentRecord.marked).
   */
  async marks(uri: string, range?: Range, token: CancellationToken = CancellationToken.None): Promise<MarksResult | null> {
    const first = this.get(uri);
    if (!first) return null;
    // As the diagnostics: a MOD written without marks is previewed from its comparison with its text in force, and the
    // client paints the marks when a document opens, not when the scan ends; answered before it, the first paint had
    // none of those changes until the next keystroke (seen in code-server at start-up, a workspace holding the base).
    if (!this.scanned && first.mayAmend) await this.scanOrCancel(token);
    if (token.isCancellationRequested) return null;
    const settings = await this.settingsFor(uri);
    this.get(uri)?.findings(settings.numberingPolicy);
    const r = this.withIndex(uri);
    return r ? marksOf(r, range) : null;
  }

  /**
   * The preview's marks (marks) with a result id, or "unchanged" when the client holds the last ones sent
   * (`previousResultId`) and they are still those: as pullReport for the diagnostics.
   */
  async marksReport(uri: string, range: Range | undefined, previousResultId: string | undefined, token: CancellationToken = CancellationToken.None): Promise<MarksResult | MarksUnchanged | null> {
    const result = await this.marks(uri, range, token);
    const entry = this.documents.get(canonicalUri(uri));
    if (!result || !entry) return result;
    const held = entry.marksReport;
    if (held && held.resultId === previousResultId && sameMarks(held, result)) return { version: result.version, resultId: held.resultId, unchanged: true };
    entry.marksReport = { ...result, resultId: String(++this.reports) };
    return entry.marksReport;
  }

  baseComparison(uri: string, position?: Position): BaseComparison | Message | null {
    const r = this.withIndex(uri);
    return r ? baseComparison(r, position ? r.offset(position) : undefined) : null;
  }

  trackEdits(uri: string): VersionedEdits | null {
    const r = this.withIndex(uri);
    return r ? trackEdits(r) : null;
  }

  review(p: ReviewParams): VersionedEdits | null {
    const r = this.withIndex(p.uri);
    return r ? reviewOf(r, p.review, p.range, p.proposalAt) : null;
  }

  projection(p: ProjectionParams): ProjectionResult | null {
    const r = this.get(p.uri);
    return r ? projectionOf(r, p.kind === 'old' ? 'old' : 'new', p.position) : null;
  }

  // ---------------------------------------------------------------- the workspace's contributions

  baseTexts(): BaseTextItem[] {
    this.syncIndex();
    const resolutions = this.bases.index.all().map((b) => ({ numberLine: b.numberLine.trim(), title: (b.paragraphs[1] ?? '').trim(), location: b.location }));
    // Texts amended provision by provision: named as a proposal names its target (`Recommendation ITU-T A.1`, `RR`, `CS`).
    // Resolutions are indexed by provision too: they are listed once, above. A file holding several articles of one instrument is listed once.
    // Each instrument is followed by its provisions (`RR 5.446A`, `Recommendation ITU-T A.1 clause 1.4.3`), which a
    // MOD names and restates one by one (the list filters as the delegate types a number).
    const seen = new Set<string>();
    const instruments = this.bases.index.instruments()
      .filter((i) => i.instrument.kind !== 'Resolution' && !seen.has(`${i.instrument.key}\n${i.location}`) && seen.add(`${i.instrument.key}\n${i.location}`))
      .flatMap((i) => [
        { numberLine: instrumentTarget(i.instrument), title: INSTRUMENT_TITLES[i.instrument.kind] ?? '', location: i.location },
        ...provisionItems(i),
      ]);
    return [...resolutions, ...instruments];
  }

  /** The workspace's contributions, open documents as edited, each parsed once. */
  private async sources() {
    const files = await this.bases.contributions((uri) => this.get(uri)?.text);
    return files.map((f) => ({ location: f.uri, doc: this.get(f.uri)?.doc ?? parseDocument(f.text) }));
  }

  async proposals(): Promise<ProposalItem[]> {
    this.syncIndex();
    const sources = await this.sources();
    const list = listProposals(sources, this.bases.index.lookup.provisions);
    // A proposal whose id a later revision of its document holds is set aside by compile (review 5, F28), and a copy
    // word for word of one in another file of the same revision (review 7, H7).
    const revisedOf = revisedProposals(list, sources);
    return list.map((p) => {
      const r = revisedOf(p);
      const setAside = r?.copy ? { copyOf: r.by } : r ? { revisedIn: { uri: r.by, revision: r.revision } } : {};
      return { target: p.target, id: p.id, party: p.party, action: p.action, uri: p.location, line: p.line, endLine: p.endLine, ...setAside };
    });
  }

  /** The merged draft of every MOD of a target (itu-draft compile -o OUT.itu), with the statuses counted. */
  async compile(target: string): Promise<CompileResult | Message> {
    this.syncIndex();
    const sources = await this.sources();
    return compileCommands().compileResult(target, sources, this.bases.index.lookup, (uri) => this.bases.workspace.relative(uri) ?? uri);
  }

  /** The synoptic view: per row the base paragraph and each proposal's version as changes from it. */
  async synoptic(target: string): Promise<Synoptic | Message> {
    this.syncIndex();
    return compileCommands().synopticOf(target, await this.sources(), this.bases.index.lookup);
  }

  meetings(): string[] {
    return MEETINGS.map((m) => m.label);
  }

  newContribution(p: NewContribution, today = new Date()): string {
    this.syncIndex();
    // Its own bundle (server/out/skeleton.js), loaded by this command only.
    const skeleton = loadBundle<typeof import('./skeleton')>('skeleton.js', path.join(__dirname, 'skeleton'));
    return skeleton.contributionSkeleton(p, this.bases.index.lookup, today, this.bases.index);
  }

  // ---------------------------------------------------------------- Word

  /**
   * The open text (unsaved edits included) exported to Word. A MOD written without revision marks is exported as
   * it is previewed (review 8, I16): its changes from the text in force as tracked changes, the edits Insert revision
   * marks would write (trackRevisions), made in the exported text only; the reply counts such MODs (`fromBase`).
   */
  async exportWord(p: ExportParams, token?: CancellationToken): Promise<ExportReply> {
    const open = this.get(p.uri);
    const r = open && this.withIndex(p.uri);
    let text = open?.text;
    let fromBase = 0;
    if (r) {
      const amended = r.amended() ?? [];
      const { edits } = trackRevisions(r.doc, amended);
      if (edits.length) {
        text = applyEdits(r.text, edits);
        fromBase = amended.filter((a) => a.unmarked && a.comparison && !a.comparison.identical && isMod(r.doc.proposals[a.proposalIndex])).length;
      }
    }
    const reply = await exportWord(p, text, token);
    return fromBase && !('error' in reply) ? { ...reply, fromBase } : reply;
  }

  importWord(p: ImportParams, token?: CancellationToken): Promise<ImportReply> {
    return importWord(p, token);
  }
}

/** The provisions of an instrument in force as the New contribution list offers them, in the order of the text. */
function provisionItems(i: InstrumentText): BaseTextItem[] {
  const target = instrumentTarget(i.instrument);
  // A provision an earlier conference suppressed (`5.339A<TAB>(SUP - WRC-07)`, `166 and 167<TAB>PP-98<TAB>(SUP)`,
  // `5.45<TAB>Not used.`) cannot be amended: not offered (review 9, J17).
  return [...new Set(i.provisions.values())].filter((p) => !provisionNumber(p.paragraphs[0] ?? '')?.suppressed).sort((a, b) => a.line - b.line).map((p) => {
    const first = p.paragraphs[0] ?? '';
    const text = first.slice(first.indexOf('\t') + 1).replace(/\s+/g, ' ').trim();
    return {
      numberLine: `${target}${i.instrument.kind === 'Recommendation' ? ' clause' : ''} ${p.number}`,
      title: ellipsized(text, 90),
      location: i.location,
    };
  });
}
