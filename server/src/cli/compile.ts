// itu-draft compile / proposals: several parties' proposals on one text (issue 12).
import * as fs from 'fs';
import * as path from 'path';
import { BaseIndex, changesParagraph, compileTarget, idFindings, idHolder, l10n, leftOutMessage, listProposals, mergedDraft, mergedDraftKind, parseDocument, revisedProposals, sameTarget, unreadTarget, type Compilation, type CompileSource, type CompileStatus, type Finding, type IdHolder, type ItuDocument, type ProvisionSource } from '../core';
import { displayName, fsPath, outputTarget, writeFileSafely, type FilePath } from '../files';
import { commands, type Command } from './commands';
import { printable, readTextFile, refuseExisting } from './io';
import { parseArgs, UsageError, workspaceFolder, type Io } from './main';
import { ituFiles } from './workspace';
import { synopticDocx } from '../word/synoptic';
import { ellipsized } from '../core/shorten';

/**
 * Every .itu file of the workspace parsed once, and the base texts they offer. `inputs` are the files `-o`
 * never writes over: all but merged drafts whose proposals are all the compilation's (a file with a party's
 * proposal is a contribution, whatever its cover says: review 5, F3).
 */
async function readWorkspace(dir: string, io: Io): Promise<{ sources: CompileSource[]; index: BaseIndex; inputs: FilePath[] }> {
  workspaceFolder(dir);
  const sources: CompileSource[] = [];
  const inputs: FilePath[] = [];
  const index = new BaseIndex();
  for (const file of await ituFiles(dir, (m) => io.err(`itu-draft: ${l10n.t('warning: {0}', m)}\n`))) {
    const location = displayName(file);
    let text: string;
    try {
      text = readTextFile(file);
    } catch (error) {
      io.err(`itu-draft: ${l10n.t('warning: {0}; skipped', (error as Error).message)}\n`);
      continue;
    }
    const doc = parseDocument(text);
    sources.push({ location, doc });
    if (mergedDraftKind(doc) !== 'compilation') inputs.push(file);
    index.update(location, text, doc);
  }
  sources.sort((a, b) => (a.location < b.location ? -1 : a.location > b.location ? 1 : 0));
  return { sources, index, inputs };
}

/**
 * For `check --workspace`: the findings on a checked file's proposal ids that other files of the workspace
 * hold too (idFindings: a later revision, or a copy). The workspace is read once, on the first file with a
 * proposal; only the files whose text holds one of the ids are parsed.
 */
export function workspaceIds(dir: string): (file: FilePath, doc: ItuDocument) => Promise<Finding[]> {
  let texts: Promise<{ location: string; real: string; text: string; doc?: ItuDocument }[]> | undefined;
  const real = (f: FilePath) => {
    try {
      return fs.realpathSync(fsPath(f)).toString();
    } catch {
      return path.resolve(displayName(f));
    }
  };
  return async (file, doc) => {
    if (doc.proposals.length === 0) return [];
    // The walk's warnings were said when the base texts were indexed.
    texts ??= ituFiles(dir, () => undefined).then((files) => files.flatMap((f) => {
      try {
        return [{ location: displayName(f), real: real(f), text: readTextFile(f) }];
      } catch {
        return [];
      }
    }));
    const self = real(file);
    const ids = doc.proposals.map((p) => p.id.text);
    const others: IdHolder[] = [];
    for (const t of await texts) {
      if (t.real === self || !ids.some((id) => t.text.includes(id))) continue;
      others.push(idHolder({ location: t.location, doc: (t.doc ??= parseDocument(t.text)) }, t.text));
    }
    return idFindings({ location: displayName(file), doc, text: doc.text }, others);
  };
}

function formatOf(options: Map<string, string | true>): 'text' | 'json' {
  const format = (options.get('--format') as string | undefined) ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError(l10n.t('--format must be text or json, not {0}', format));
  return format;
}

const proposals: Command = async (args, io) => {
  const { positional, options } = parseArgs(args, ['--format', '--workspace']);
  const format = formatOf(options);
  const workspace = options.get('--workspace');
  if (typeof workspace !== 'string') throw new UsageError(l10n.t('proposals needs --workspace DIR'));
  if (positional.length > 0) throw new UsageError(l10n.t('proposals takes no FILE'));
  const { sources, index } = await readWorkspace(workspace, io);
  const list = listProposals(sources, index.lookup.provisions);
  // A proposal whose id a later revision of its document holds is set aside by compile (review 5, F28): said here.
  const revisedOf = revisedProposals(list, sources);
  if (format === 'json') {
    io.out(JSON.stringify(list.map((p) => {
      const r = revisedOf(p);
      return { target: p.target, id: p.id, party: p.party, action: p.action, file: p.location, line: p.line + 1, ...(r?.copy ? { copyOf: r.by } : r ? { revisedIn: r.by, revision: r.revision } : {}) };
    }), null, 2) + '\n');
    return 0;
  }
  const byTarget = new Map<string, typeof list>();
  for (const p of list) byTarget.set(p.target, [...(byTarget.get(p.target) ?? []), p]);
  for (const [target, entries] of byTarget) {
    io.out(`${printable(target)}\n`);
    // MODs first, then SUP, NOC and ADD, as the issue orders them.
    const rank = (a: string) => (a.includes('MOD') ? 0 : 1);
    for (const p of entries.slice().sort((a, b) => rank(a.action) - rank(b.action))) {
      const r = revisedOf(p);
      const note = r?.copy ? `\t(${l10n.t('copy of {0}: not compiled', r.by)})` : r ? `\t(${l10n.t('revised in {0} (Revision {1}): not compiled', r.by, r.revision)})` : '';
      io.out(`  ${p.action}\t${printable(p.id)}\t${printable(p.party)}\t${printable(p.location)}:${p.line + 1}${printable(note, true)}\n`);
    }
  }
  const revisedCount = new Set(list.filter((p) => revisedOf(p) && !revisedOf(p)!.copy).map((p) => `${p.location}\n${p.id}`)).size;
  const copyCount = new Set(list.filter((p) => revisedOf(p)?.copy).map((p) => `${p.location}\n${p.id}`)).size;
  const notes = [revisedCount ? l10n.t('{0} revised in a later file', revisedCount) : '', copyCount ? l10n.t('{0} copied word for word from another file', copyCount) : ''].filter(Boolean);
  // A proposal restating several provisions is listed under each (review 9, J8): counted once.
  io.err(`${proposalsOn(new Set(list.map((p) => `${p.location}\n${p.proposalIndex}`)).size, byTarget.size)}${notes.map((n) => `; ${n}`).join('')}\n`);
  return 0;
};

function proposalCount(c: Compilation): string {
  return c.proposals.length === 1 ? l10n.t('1 proposal') : l10n.t('{0} proposals', c.proposals.length);
}

/** `3 proposals on 2 texts`. */
function proposalsOn(proposals: number, texts: number): string {
  const p = proposals === 1 ? l10n.t('1 proposal') : l10n.t('{0} proposals', proposals);
  return texts === 1 ? l10n.t('{0} on 1 text', p) : l10n.t('{0} on {1} texts', p, texts);
}

/** The compilation as JSON, exactly the issue's contract. */
export function compilationJson(c: Compilation): object {
  return { target: c.target, base: c.added ? null : c.base.location, proposals: c.proposals.map((p) => p.id), paragraphs: c.paragraphs };
}

/**
 * A message that no text was found for a target, with the targets the workspace's proposals name (review 8, I25:
 * `Résolution 52` asked of an English text, whose proposals are on `Resolution 52`): what `proposals` lists.
 */
function targetsHint(message: string, sources: readonly CompileSource[], provisions: ProvisionSource | undefined): string {
  // Named as `proposals` names them, with the texts in force (a table's rows by the table: review 9, J19).
  const targets = [...new Set(listProposals(sources, provisions).map((p) => p.target))];
  if (targets.length === 0) return message;
  const shown = targets.slice(0, 8).map((t) => `"${t}"`).join(', ');
  return `${message}; ${l10n.t('the proposals of the workspace are on {0}', targets.length > 8 ? `${shown} …` : shown)}`;
}

const STATUSES: readonly CompileStatus[] = ['unchanged', 'single', 'agreed', 'combined', 'conflict'];

/** A paragraph's status in the interface language (the JSON keeps the keywords). */
function statusWord(status: CompileStatus): string {
  switch (status) {
    case 'unchanged': return l10n.t('unchanged');
    case 'single': return l10n.t('single');
    case 'agreed': return l10n.t('agreed');
    case 'combined': return l10n.t('combined');
    case 'conflict': return l10n.t('conflict');
  }
}

/** The compilation as text, in the interface language (review 8, I20): statuses, headings and notes alike. */
function compilationText(c: Compilation): string {
  const short = (s: string) => ellipsized(s, 100, 97, '...');
  // A new text (ADDs only) has no base: said so, not an empty file name.
  const base = c.added ? l10n.t('new text, no text in force') : l10n.t('base {0}', c.base.location);
  const lines = [`${c.target}: ${base}; ${proposalCount(c)}: ${c.proposals.map((p) => p.id).join(', ')}`];
  for (const o of c.others) {
    // A MOD beside the others amends another edition (or one the workspace lacks): say which, so the reader sees why it is not merged.
    const edition = (o.action === 'MOD' || o.action === '(MOD)') && o.numberLine ? `: ${l10n.t('amends {0}, not merged', o.numberLine)}` : '';
    lines.push(`  ${l10n.t('also {0} {1} ({2})', o.action, o.id, `${o.location}:${o.line + 1}`)}${edition}`);
  }
  const counts = new Map<CompileStatus, number>();
  const width = STATUSES.reduce((w, s) => Math.max(w, statusWord(s).length), 0);
  for (const p of c.paragraphs) {
    counts.set(p.status, (counts.get(p.status) ?? 0) + 1);
    lines.push(`${statusWord(p.status).padEnd(width)} ${p.base === null ? `(${l10n.t('inserted')})` : short(p.base.replace(/\t/g, ' '))}`);
    if (p.status === 'unchanged') continue;
    // The versions that change the paragraph (relettering alone is no change); in a conflict, also those
    // that keep it as in force (a NOC, or a MOD against a SUP).
    const indent = ' '.repeat(width + 1);
    for (const [id, text] of Object.entries(p.versions)) {
      if (changesParagraph(p.base, text)) lines.push(`${indent}${id}: ${text === null ? `(${l10n.t('deleted')})` : short(text.replace(/\t/g, ' '))}`);
      else if (p.status === 'conflict' && p.base !== null) lines.push(`${indent}${id}: (${l10n.t('as in force')})`);
    }
  }
  lines.push([...counts].map(([s, n]) => `${n} ${statusWord(s)}`).join(', '));
  return lines.join('\n') + '\n';
}

const compileCommand: Command = async (args, io) => {
  const { positional, options } = parseArgs(args, ['--format', '--workspace', '-o'], ['--force']);
  const format = formatOf(options);
  const workspace = options.get('--workspace');
  if (typeof workspace !== 'string') throw new UsageError(l10n.t('compile needs --workspace DIR'));
  if (positional.length !== 1) throw new UsageError(l10n.t('compile needs exactly one TARGET, e.g. "Resolution 52", "RR 5.338A", "CS 168"'));
  const output = options.get('-o') as string | undefined;
  if (output !== undefined && !/\.(itu|docx)$/i.test(output)) throw new UsageError(l10n.t('compile -o writes the merged draft (OUT.itu) or the synoptic table (OUT.docx)'));
  const { sources, index, inputs } = await readWorkspace(workspace, io);
  if (output !== undefined) {
    // An input is never written over, even with --force (outputTarget says so); any other existing file, a
    // merged draft the secretariat has worked in (alternatives taken) among them, only with --force (review 8, I12).
    outputTarget(output, inputs);
    refuseExisting(output, options.has('--force'));
  }
  const c = compileTarget(positional[0], sources, index.lookup);
  const unread = c ? undefined : unreadTarget(positional[0]);
  if (unread !== undefined) {
    io.err(`itu-draft: ${targetsHint(unread, sources, index.lookup.provisions)}\n`);
    return 1;
  }
  if (!c) {
    // The MODs may amend an edition the workspace lacks while it holds another: compile takes the base as
    // check does (base.not-found), and says which.
    const amended = listProposals(sources).filter((p) => p.action.includes('MOD') && p.numberLine && sameTarget(p.target, positional[0]));
    const held = amended.length ? index.lookup.editions?.(amended[0].numberLine!) ?? [] : [];
    io.err(`itu-draft: ${held.length
      ? l10n.t('no base text for "{0}" in {1}: its MODs amend {2}, the workspace holds {3} (see check: base.not-found)', positional[0], workspace, [...new Set(amended.map((p) => p.numberLine!))].join('; '), held.map((b) => b.numberLine.trim()).join('; '))
      : targetsHint(l10n.t('no base text for "{0}" in {1}', positional[0], workspace), sources, index.lookup.provisions)}\n`);
    return 1;
  }
  // Merged drafts of the target are not compiled: said, so that a contribution taken for one is seen.
  for (const l of c.leftOut ?? []) io.err(`itu-draft: ${leftOutMessage(l, c.target)}\n`);
  // No party proposes anything on it: a merged draft would be the text in force under `Source: (no proposals)`.
  if (c.proposals.length === 0 && c.others.length === 0) {
    io.err(`itu-draft: ${l10n.t('no proposals on "{0}" in {1}: nothing to compile', positional[0], workspace)}\n`);
    return 1;
  }
  if (output !== undefined && /\.docx$/i.test(output)) {
    writeFileSafely(output, await synopticDocx(c), inputs);
    io.err(`itu-draft: ${l10n.t('synoptic table of {0} written to {1}', proposalCount(c), output)}\n`);
    return 0;
  }
  if (output !== undefined) {
    writeFileSafely(output, mergedDraft(c), inputs);
    io.err(`itu-draft: ${l10n.t('merged draft of {0} written to {1}', proposalCount(c), output)}\n`);
    return 0;
  }
  io.out(format === 'json' ? JSON.stringify(compilationJson(c), null, 2) + '\n' : compilationText(c));
  return 0;
};

commands.set('compile', compileCommand);
commands.set('proposals', proposals);
