// Every check of FORMAT.md §8 over one parsed document.
import { checkNumbering, type NumberingPolicy } from './checks/numbering';
import { checkProposals } from './checks/proposals';
import { checkReferences } from './checks/references';
import { checkFootnotes, checkMeetings } from './checks/resolution';
import type { Finding, ItuDocument } from './types';

export interface CheckOptions {
  /** How numbering fixes in a MOD are offered first: reletter with marks, or keep numbers and use bis. */
  numberingPolicy?: NumberingPolicy;
}

export function checkDocument(doc: ItuDocument, options: CheckOptions = {}): Finding[] {
  const policy = options.numberingPolicy ?? 'reletter';
  if (doc.parseFindings.some((f) => f.code === 'input.binary')) return doc.parseFindings.slice();
  const findings = doc.parseFindings.concat(
    checkNumbering(doc, doc.views.new, policy),
    checkNumbering(doc, doc.views.old, policy),
    checkProposals(doc),
    checkMeetings(doc.views.new),
    checkFootnotes(doc.views.new),
    checkReferences(doc.views.new),
    checkReferences(doc.views.old),
  );
  return dedupe(findings).sort((a, b) => a.start - b.start || a.end - b.end);
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
