// The client–server protocol beyond LSP, compiled into both bundles (the client imports this file
// through esbuild): every `itu/*` request with its parameter and result types, and the settings
// the server reads with their defaults. Types only and plain data: no server code comes along.
import { RequestType, RequestType0 } from 'vscode-languageserver-protocol';
import type { Position, Range, TextEdit } from 'vscode-languageserver-types';
import type { VersionPiece } from './core';
import type { Review } from './core/review';
import type { MarkKind, NumberingPolicy } from './core';
import type { ExportSummary } from './word/files';
import type { ImportNote } from './word/import';

// ---- How the server is started ----

/**
 * The Node flags the language server runs with, wherever it is started: the VS Code client (run and
 * debug), the benchmark and the tests pass exactly these, with SERVER_ENV; other editors are told to
 * (README). They size V8's heap for a long-running process holding a few documents (docs/benchmarks.md,
 * "Server memory"): young generation semi-spaces of 1 MB instead of up to 16 MB (each edit's garbage is
 * collected while small), and the old generation grown by 20% over what a full collection leaves instead of
 * up to 4x. Not V8's memory-saving mode (`--optimize-for-size`, until 2026-12-06): once typing in a 1 MB
 * document no longer joined its text at each keystroke (incremental.ts analyzeEdits), it saved no memory
 * (10.7 / 27.0 MB above idle open / peak with it, 9.3 / 23.6 MB without) and cost a third more CPU per
 * keystroke (24-26 ms against 18 ms at 1 MB; docs/benchmarks.md, "Issue 14: ninth session").
 * The optimizing compiler keeps its own threads (V8's default): run on the main thread instead
 * (`--no-concurrent-recompilation`, until 2026-12-05), each function it optimized while the user typed
 * held that keystroke's diagnostics back by 5-50 ms, the slowest 5% of keystrokes (docs/benchmarks.md,
 * "Keystroke 95th percentile"); SERVER_ENV gives back the memory its threads free.
 * No allocation-site pretenuring (`--no-allocation-site-pretenuring`): V8 otherwise sends the objects of an
 * allocation site straight to the old generation once most of them it sampled were alive at a young
 * collection, and keeps doing so; the server parses each proposal of an opened document alone (front +
 * proposal, incremental.ts), so the paragraphs and texts of those small parses, which die with the
 * proposal's check, became old-generation garbage that only a full collection frees: 5-7 MB more promoted
 * in the first check of a 1 MB document, an old generation of 16 MB where 11 MB are live, 3-4 MB more
 * resident after opening it on stdio (over node-ipc, VS Code's transport, those sites were not tenured:
 * the same either way; docs/benchmarks.md, "Server memory, sixth session"). Launch flags: V8 reads them
 * when it makes the heap and its threads.
 */
export const SERVER_EXEC_ARGV: readonly string[] = ['--max-semi-space-size=1', '--heap-growing-percent=20', '--no-allocation-site-pretenuring'];

/**
 * The environment the server runs with, added to the editor's own wherever SERVER_EXEC_ARGV is passed.
 * glibc's malloc (Linux) keeps what a thread frees for its next allocations and raises its thresholds
 * after large frees; fixed at 128 KiB, blocks that large are mapped alone and given back when freed,
 * and free memory above that at the top of a heap is returned: the optimizing compiler's threads
 * otherwise hold several MB of their working memory after a large document is checked. Other C
 * libraries (macOS, Windows, musl) ignore these names. Read when the process starts.
 */
export const SERVER_ENV: Readonly<Record<string, string>> = { MALLOC_TRIM_THRESHOLD_: '131072', MALLOC_MMAP_THRESHOLD_: '131072' };

/** The flags of SERVER_EXEC_ARGV a process was started without (the server says so in its log). */
export function missingServerFlags(execArgv: readonly string[]): string[] {
  return SERVER_EXEC_ARGV.filter((f) => !execArgv.includes(f));
}

/** The variables of SERVER_ENV a process was started without, or with another value (`NAME=value`, as they are set). */
export function missingServerEnv(env: Readonly<Record<string, string | undefined>>): string[] {
  return Object.entries(SERVER_ENV).filter(([k, v]) => env[k] !== v).map(([k, v]) => `${k}=${v}`);
}

// ---- Settings (package.json `contributes.configuration`, section `itu`) ----

export const SETTINGS_SECTION = 'itu';

export type SeverityOverride = 'error' | 'warning' | 'information' | 'hint' | 'off' | 'default';

/** The settings the language server reads, per document. */
export interface Settings {
  numberingPolicy: NumberingPolicy;
  /** Severity overrides per code family (`numbering`, `proposal` …) or per code. */
  severity: Record<string, SeverityOverride>;
  baseTextGlob: string;
  diagnosticsDelay: number;
}

export const DEFAULT_SETTINGS: Settings = {
  numberingPolicy: 'reletter',
  severity: {},
  baseTextGlob: '**/*.itu',
  diagnosticsDelay: 300,
};

/** The settings the client reads itself (full keys), with their defaults. */
export const CLIENT_SETTINGS = {
  previewDefaultMode: { key: 'itu.preview.defaultMode', default: 'tracked' },
  previewCodeLens: { key: 'itu.preview.codeLens', default: 'proposal' },
  wordAuthor: { key: 'itu.word.author', default: '' },
} as const;

/**
 * The words `itu.diagnostics.severity` takes, in any case, with common spellings of them (`Error` as the Problems
 * panel writes it, ESLint's `warn`, `info`). Nothing else hides a finding: only `off` does.
 */
const SEVERITY_WORDS = new Map<string, SeverityOverride>([
  ['error', 'error'], ['err', 'error'], ['errors', 'error'],
  ['warning', 'warning'], ['warn', 'warning'], ['warnings', 'warning'],
  ['information', 'information'], ['info', 'information'], ['informational', 'information'],
  ['hint', 'hint'], ['hints', 'hint'],
  ['off', 'off'],
  ['default', 'default'],
]);

/**
 * The `itu` section as the client sends it (any shape: a user may write anything) → Settings. A severity it
 * does not know is left out (the finding keeps its default severity, review 8, I10) and given to `unknown`.
 */
export function readSettings(raw: unknown, unknown?: (setting: string, value: unknown) => void): Settings {
  const r = record(raw);
  const numbering = record(r.numbering);
  const diagnostics = record(r.diagnostics);
  const baseTexts = record(r.baseTexts);
  return {
    numberingPolicy: numbering.policyInMod === 'bis' ? 'bis' : 'reletter',
    severity: severities(diagnostics.severity, unknown),
    baseTextGlob: typeof baseTexts.glob === 'string' ? baseTexts.glob : DEFAULT_SETTINGS.baseTextGlob,
    diagnosticsDelay: typeof diagnostics.delay === 'number' && Number.isFinite(diagnostics.delay) ? Math.max(0, diagnostics.delay) : DEFAULT_SETTINGS.diagnosticsDelay,
  };
}

function severities(raw: unknown, unknown?: (setting: string, value: unknown) => void): Settings['severity'] {
  const out: [string, SeverityOverride][] = [];
  for (const [key, value] of Object.entries(record(raw))) {
    const word = typeof value === 'string' ? SEVERITY_WORDS.get(value.trim().toLowerCase()) : undefined;
    if (word) out.push([key, word]);
    else unknown?.(`${SETTINGS_SECTION}.diagnostics.severity.${key}`, value);
  }
  return Object.fromEntries(out);
}

function record(x: unknown): Record<string, unknown> {
  return typeof x === 'object' && x !== null ? (x as Record<string, unknown>) : {};
}

// ---- Payloads ----

export interface UriParams {
  uri: string;
}

/** A reply that explains why there is nothing to show. */
export interface Message {
  message: string;
}

export interface MarkInfo {
  kind: MarkKind;
  range: Range;
  oldRange?: Range;
  newRange?: Range;
  commentRange?: Range;
  /** The `{++`, `++}`, `~>` … delimiters and attribution comments, to dim. */
  delimiters: Range[];
  author?: string;
  oldText?: string;
  newText?: string;
  comment?: string;
  /** Computed from the base text for a MOD written without marks: not in the document. */
  virtual?: boolean;
}

/** A proposal with revision marks (or unmarked changes): one CodeLens row each. */
export interface ProposalChanges {
  title: string;
  /** The header line. */
  range: Range;
  /** Revision marks (insertions, deletions, substitutions) in it. */
  marks: number;
  /** Changes from the base written without marks (a MOD typed without any). */
  unmarked: number;
}

/**
 * The marks of a document's current version. With `range`, only the marks that stand in it (the lines an editor
 * shows, with a margin: the preview paints those, and a document of thousands of marks is not sent whole after every
 * keystroke); the proposals' counts are always the whole document's.
 */
export interface MarksParams extends UriParams {
  range?: Range;
  /** The `resultId` of the marks the client holds of this document: answered `unchanged` while they are still those. */
  previousResultId?: string;
}

export interface MarksResult {
  version: number;
  marks: MarkInfo[];
  proposals: ProposalChanges[];
  /** The range the marks were asked for; absent: every mark of the document. */
  range?: Range;
  /** Names these marks: asked again with it (`previousResultId`), the server answers MarksUnchanged while they stand. */
  resultId?: string;
}

/**
 * The marks the client holds (its `previousResultId`) are this version's too, counts and range included: typing in a
 * line leaves the marks of the lines around it where they are, and a reply of every mark of the window after each
 * keystroke (43 KB in a 100 KB contribution) was most of what the preview cost (as LSP's "unchanged" diagnostics report).
 */
export interface MarksUnchanged {
  version: number;
  resultId: string;
  unchanged: true;
}

export interface BaseComparison {
  title: string;
  baseLocation: string;
  baseLine: number;
  baseText: string;
  newText: string;
  /**
   * A SUP or NOC: `newText` is the text in force as the proposal restates it, not a new text (the diff's
   * title says so: review 5, F16).
   */
  restated?: boolean;
}

export interface BaseComparisonParams extends UriParams {
  position?: Position;
}

/** Edits computed for one version of a document: the client applies them only to that version. */
export interface VersionedEdits {
  version: number;
  edits: TextEdit[];
  message?: string;
}

export interface ReviewParams extends UriParams {
  review: Review;
  range?: Range;
  /** Review the whole proposal at this position. */
  proposalAt?: Position;
}

export type ProjectionKind = 'new' | 'old';

export interface ProjectionParams extends UriParams {
  kind: ProjectionKind;
  position?: Position;
}

export interface ProjectionResult {
  version: number;
  text: string;
  /** Where the source position asked for stands in the projection. */
  position?: Position;
}

export interface BaseTextItem {
  numberLine: string;
  title: string;
  location: string;
}

/** One proposal of the workspace for the Proposals view (issue 12). */
export interface ProposalItem {
  target: string;
  id: string;
  party: string;
  action: string;
  uri: string;
  /** 0-based line of the proposal header. */
  line: number;
  /** 0-based last line of the proposal: the commands "on this text" take the target of the proposal at the cursor. */
  endLine?: number;
  /** A later revision of its document holds the same id (compile takes that one): its file, and its cover's Revision. */
  revisedIn?: { uri: string; revision: number };
  /** A copy word for word of the proposal in another file of the same revision (compile takes that one): its file. */
  copyOf?: string;
}

export interface TargetParams {
  target: string;
}

export interface CompileResult {
  text: string;
  counts: Record<string, number>;
  proposals: string[];
  /** Files left out of the compilation, and why (merged drafts of the target), one message each. */
  leftOut: string[];
}

/** A compilation as the synoptic view shows it: one row per paragraph, one cell per proposal. */
export interface Synoptic {
  target: string;
  proposals: { id: string; party: string }[];
  /** The file holding the text in force (the view scrolls with it). */
  baseUri: string;
  /** `line`: the base paragraph's 0-based line in that file (none for an inserted paragraph). */
  rows: { status: string; base: string | null; line?: number; cells: VersionPiece[][] }[];
}

export interface NewContribution {
  meeting: string;
  document: string;
  /** The addendum number (`25` in ids `AFCP/42A25/n`); none for a contribution that is no addendum (TSAG, study groups: ids `USA/21/n`). */
  addendum?: string;
  /** Who submits it (the Source field). */
  source: string;
  /** The code used in proposal ids (the Proposals field). */
  proposals: string;
  /** Number lines of the texts in force to amend (MOD), each started from its base text. */
  targets: string[];
  /** Titles of draft new Resolutions (ADD). */
  newTexts?: string[];
}

export interface ExportParams {
  /** The .itu document (a file: URI). */
  uri: string;
  /** File system path of the .docx to write. */
  output: string;
  /** The `itu.word.author` setting: author of unattributed marks (else the Source cover field). */
  author?: string;
}
/** `fromBase`: MODs written without revision marks, exported with their changes from the text in force as tracked changes. */
export type ExportReply = (ExportSummary & { fromBase?: number }) | { error: string };

export interface ImportParams {
  /** File system path of the .docx to read. */
  input: string;
  /** File system path of the .itu to write; without it the text is returned only. */
  output?: string;
  /** The `itu.word.author` setting: the user's changes and comments stay unattributed, every other author's named. */
  author?: string;
}
export type ImportReply = { text: string; notes: ImportNote[]; output?: string } | { error: string };

export type { MarkKind };

// ---- Requests ----

export const Requests = {
  marks: new RequestType<MarksParams, MarksResult | MarksUnchanged | null, void>('itu/marks'),
  baseComparison: new RequestType<BaseComparisonParams, BaseComparison | Message | null, void>('itu/baseComparison'),
  trackEdits: new RequestType<UriParams, VersionedEdits | null, void>('itu/trackEdits'),
  review: new RequestType<ReviewParams, VersionedEdits | null, void>('itu/review'),
  projection: new RequestType<ProjectionParams, string | null, void>('itu/projection'),
  projectionAt: new RequestType<ProjectionParams, ProjectionResult | null, void>('itu/projectionAt'),
  baseTexts: new RequestType0<BaseTextItem[], void>('itu/baseTexts'),
  proposals: new RequestType<Record<string, never>, ProposalItem[], void>('itu/proposals'),
  compile: new RequestType<TargetParams, CompileResult | Message | null, void>('itu/compile'),
  synoptic: new RequestType<TargetParams, Synoptic | Message | null, void>('itu/synoptic'),
  meetings: new RequestType0<string[], void>('itu/meetings'),
  newContribution: new RequestType<NewContribution, string | null, void>('itu/newContribution'),
  exportWord: new RequestType<ExportParams, ExportReply, void>('itu/exportWord'),
  importWord: new RequestType<ImportParams, ImportReply, void>('itu/importWord'),
} as const;
