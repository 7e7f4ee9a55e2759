// The compilation of a target's proposals and its synoptic table (the commands Compile and Synoptic view, and the
// requests itu/compile and itu/synoptic): the compiler (core/compile.ts compile, compileTarget.ts) and the versions'
// comparison a cell shows are code only those commands ask for. Bundled on its own (server/out/compile.js), loaded on
// first use as the Word and skeleton bundles are (bundles.ts): the bundles loaded at activation stay under 1 MB.
import { BaseComparer, compileTarget, leftOutMessage, mergedDraft, unreadTarget, versionPieces, type Compilation, type CompileSource } from '../core';
import { l10n } from '../core/l10n';
import type { CompileResult, Message, Synoptic } from '../protocol';
import { baseLines } from './custom';

/** What compileTarget reads the texts in force through (the workspace's base index). */
type Lookup = Parameters<typeof compileTarget>[2];

/** The compilation of a target, or the message that says why there is none (no text in force, no proposal on it). */
function compiled(target: string, sources: CompileSource[], lookup: Lookup): Compilation | Message {
  const c = compileTarget(target, sources, lookup);
  if (!c) return { message: unreadTarget(target) ?? l10n.t('No base text for {0} in the workspace.', target) };
  if (c.proposals.length === 0 && c.others.length === 0) return { message: l10n.t('No proposals on {0} in the workspace: nothing to compile.', target) };
  return c;
}

/** The merged draft of every MOD of a target (itu-draft compile -o OUT.itu), with the statuses counted. */
export function compileResult(target: string, sources: CompileSource[], lookup: Lookup, relative: (uri: string) => string): CompileResult | Message {
  const c = compiled(target, sources, lookup);
  if ('message' in c) return c;
  const counts: Record<string, number> = {};
  for (const row of c.paragraphs) counts[row.status] = (counts[row.status] ?? 0) + 1;
  const leftOut = (c.leftOut ?? []).map((l) => leftOutMessage({ ...l, location: relative(l.location), ...(l.by ? { by: relative(l.by) } : {}) }, c.target));
  return { text: mergedDraft(c), counts, proposals: c.proposals.map((x) => x.id), leftOut };
}

/** The synoptic view: per row the base paragraph and each proposal's version as changes from it. */
export function synopticOf(target: string, sources: CompileSource[], lookup: Lookup): Synoptic | Message {
  const c = compiled(target, sources, lookup);
  if ('message' in c) return c;
  const comparer = new BaseComparer();
  const baseText = sources.find((x) => x.location === c.base.location)?.doc.text ?? '';
  const lines = baseLines(baseText, c.base.line, c.base.paragraphs);
  let b = 0;
  return {
    target: c.target,
    proposals: c.proposals.map((x) => ({ id: x.id, party: x.party })),
    baseUri: c.base.location,
    rows: c.paragraphs.map((row) => ({
      status: row.status,
      base: row.base,
      line: row.base === null ? undefined : lines[b++],
      cells: c.proposals.map((x) => versionPieces(comparer, row.base, row.versions[x.id] ?? null)),
    })),
  };
}

export { activeBundle, localize } from '../localize';
