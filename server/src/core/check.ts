// Every check of FORMAT.md §8 over one parsed document.
import { checkNumbering, type NumberingPolicy } from './checks/numbering';
import { checkProposals } from './checks/proposals';
import { checkReferences } from './checks/references';
import { checkFootnotes, checkMeetings } from './checks/resolution';
import { checkAlternatives } from './compile';
import { amendedResolutions, checkBase, type AmendedResolution, type BaseLookup, type ComparerPool } from './base';
import type { Finding, ItuDocument } from './types';

export interface CheckOptions {
  /** How numbering fixes in a MOD are offered first: reletter with marks, or keep numbers and use bis. */
  numberingPolicy?: NumberingPolicy;
  /** Where base texts are looked up; without it the base.* checks do not run. */
  bases?: BaseLookup;
  /** Comparers (with their caches) reused between checks of successive versions. */
  comparers?: ComparerPool;
  /** The MODs' Resolutions already compared with their bases (the server shares them with the preview). */
  amended?: AmendedResolution[];
}

export function checkDocument(doc: ItuDocument, options: CheckOptions = {}): Finding[] {
  const policy = options.numberingPolicy ?? 'reletter';
  if (doc.parseFindings.some((f) => f.code === 'input.binary')) return doc.parseFindings.slice();
  // When one parse serves both projections (no revision marks), the old text is not checked again.
  const distinctOld = doc.views.old !== doc.views.new;
  const findings = doc.parseFindings.concat(
    checkNumbering(doc, doc.views.new, policy),
    distinctOld ? checkNumbering(doc, doc.views.old, policy) : [],
    checkProposals(doc),
    checkMeetings(doc.views.new),
    checkFootnotes(doc.views.new),
    checkReferences(doc.views.new),
    distinctOld ? checkReferences(doc.views.old) : [],
    checkAlternatives(doc),
  );
  const amended = options.amended ?? (options.bases ? amendedResolutions(doc, options.bases, options.comparers) : undefined);
  const base = amended ? checkBase(doc, amended) : [];
  return dedupe(withoutRedundant(doc, findings.concat(base))).sort((a, b) => a.start - b.start || a.end - b.end);
}

/** A MOD with untracked changes does change something: "changes nothing" would mislead. */
function withoutRedundant(doc: ItuDocument, findings: Finding[]): Finding[] {
  const untracked = findings.filter((f) => f.code === 'base.untracked-change');
  if (untracked.length === 0) return findings;
  return findings.filter((f) => f.code !== 'proposal.mod-without-changes' ||
    !untracked.some((u) => doc.proposals.some((p) => p.header.start === f.start && p.span.start <= u.start && u.start <= p.span.end)));
}

/** A finding on text both projections share is reported once. */
function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.code}:${f.start}:${f.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
