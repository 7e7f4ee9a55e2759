// resolution.target-mismatch: a proposal's header names one text after its id (`MOD<TAB>AAA/21A4/1<TAB>Resolution 51`)
// and its number line another (`RESOLUTION 50 (Rev. Dubai, 2014)`): one of the two is a slip the secretariat will
// query, and Word prints both (review 5, F29).
import { sameTarget, targetName } from '../compile';
import { l10n } from '../l10n';
import type { Finding, ItuDocument } from '../types';

export function checkHeaderTargets(doc: ItuDocument): Finding[] {
  const findings: Finding[] = [];
  doc.proposals.forEach((p, i) => {
    const extra = p.extra?.trim();
    if (!extra) return;
    // The old text names what a MOD, SUP or NOC amends; an ADD's text exists only in the new one.
    const view = p.action.startsWith('ADD') ? doc.views.new : doc.views.old;
    const resolution = view.proposals[i]?.resolutions[0];
    if (!resolution) return;
    const numbered = targetName(resolution.numberLine.text);
    if (!numbered) return;
    // Compared when the header is the number line's name with another number, in any language (`Resolution 51`
    // for `Resolution 50`, `Résolution 12` for `Résolution 99`, `第51号决议`), its edition or a revision after it left
    // out; a clause of it (`Resolution 50 resolves 2`) or another kind is not compared.
    const named = extra.replace(/\s*[(（][^()（）]*[)）]\s*$/u, '');
    if (shape(named) !== shape(numbered) || sameTarget(named, numbered)) return;
    const within = doc.text.slice(p.header.start, p.header.end).indexOf(extra);
    const span = within >= 0 ? { start: p.header.start + within, end: p.header.start + within + extra.length } : p.header;
    findings.push({
      code: 'resolution.target-mismatch',
      severity: 'warning',
      ...span,
      message: l10n.t('The header names {0}, but the number line of the text is {1}: one of them is a slip.', extra, resolution.numberLine.text.trim()),
      fix: { title: l10n.t('Name {0} in the header', numbered), edits: [{ ...span, newText: numbered }] },
    });
  });
  return findings;
}

/** A target's name with its number replaced by `#`, white space folded, without case: `resolution #`, `第#号决议`. */
function shape(name: string): string {
  return name.replace(/[\s\u00A0]+/g, ' ').trim().toLowerCase().replace(/\d+[a-z]*(?:-\d+)?/u, '#');
}
