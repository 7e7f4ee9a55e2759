// numbering.* for provision-numbered texts (CS, CV, ITRs, Radio Regulations) and for a clause number
// that lost its digits before the dot. The rules and the real texts behind them: docs/text-kinds.md.
import { compareProvisions, followsDirectly, type ProvisionNumber } from '../kinds';
import type { Finding, Paragraph, View } from '../types';
import { l10n } from '../l10n';

/**
 * Runs of provisions: the text outside proposals, and each proposal on its own (an excerpt restates
 * some provisions: its run starts anywhere). An ANNEX heading starts a new run (the CS/CV annex
 * defines terms as Nos. 1001, 1002 …). After an elision (`…`: text left out) numbers may skip, but
 * they still go forward and do not repeat (`5.246`, `…`, `5.246` is a repeat).
 */
function runs(view: View, elided: Set<Paragraph>): Paragraph[][] {
  const out: Paragraph[][] = [];
  const collect = (paragraphs: Paragraph[]) => {
    let run: Paragraph[] = [];
    let elision = false;
    for (const p of paragraphs) {
      if (p.kind === 'provision') {
        run.push(p);
        if (elision) elided.add(p);
        elision = false;
      } else if (p.kind === 'elision') elision = true;
      else if (p.kind === 'annex-heading' || p.kind === 'proposal-header') {
        if (run.length) out.push(run);
        run = [];
      }
    }
    if (run.length) out.push(run);
  };
  collect(view.prose);
  for (const pv of view.proposals) collect(pv.paragraphs);
  return out;
}

const no = (n: ProvisionNumber) => (n.first === n.last ? `No. ${n.first}` : `Nos. ${n.text}`);

/**
 * Provision numbers go forward and none repeats. CS, CV and ITR numbers (margin numbers) also run
 * without a gap: ITU prints a removed provision as a placeholder (`166 and 167<TAB>PP-98<TAB>(SUP)`),
 * so a missing number is a fault. Radio Regulations numbers are checked for order and repeats only:
 * they leave numbers out between articles and sections, and WRC placeholders (`5.A11`) are no numbers yet.
 */
export function checkProvisionNumbers(view: View): Finding[] {
  const findings: Finding[] = [];
  const elided = new Set<Paragraph>();
  for (const run of runs(view, elided)) {
    let prev: ProvisionNumber | undefined;
    const seen = new Set<string>();
    for (const [k, p] of run.entries()) {
      const n = p.provision!;
      const span = { start: p.source.start, end: p.source.start + n.length };
      const old = (message: string) => (view.kind === 'old' ? l10n.t('Old text: {0}', message) : message);
      if (n.placeholder) {
        if (seen.has(n.first)) {
          findings.push({ code: 'numbering.duplicate', severity: 'error', ...span, message: old(l10n.t('The placeholder {0} is used twice: each new provision takes its own.', n.first)) });
        }
        seen.add(n.first);
        continue;
      }
      if (seen.has(n.first) || (prev && compareProvisions(n.first, prev.last) === 0)) {
        findings.push({ code: 'numbering.duplicate', severity: 'error', ...span, message: old(l10n.t('{0} appears twice.', no(n))) });
      } else if (prev && compareProvisions(n.first, prev.last) < 0) {
        findings.push({ code: 'numbering.order', severity: 'error', ...span, message: old(l10n.t('{0} comes after {1}: provision numbers go forward.', no(n), no(prev))) });
      } else if (prev && n.form === 'margin' && !elided.has(p) && !followsDirectly(prev.last, n.first)) {
        findings.push({
          code: 'numbering.gap', severity: 'warning', ...span,
          message: old(l10n.t('After {0} comes {1}: the numbers between are missing (a removed provision keeps its number with (SUP)).', no(prev), no(n))),
        });
      }
      seen.add(n.first);
      seen.add(n.last);
      // A number that goes backwards is one fault: the numbers after it are judged against the highest
      // before (72, 71, 73: a swap)... unless they go on from it, below that highest: then that one was
      // the fault (a number typed too high: 221A, 2218, 221C, 222) and the run goes on from here.
      const next = run.slice(k + 1).find((x) => !x.provision!.placeholder)?.provision;
      const backwards = prev !== undefined && compareProvisions(n.first, prev.last) < 0;
      const goesOn = next !== undefined && compareProvisions(next.first, n.last) > 0 && prev !== undefined && compareProvisions(next.first, prev.last) < 0;
      if (!backwards || goesOn) prev = n;
    }
  }
  return findings;
}

/** `.8<TAB>…`: the clause number lost the digits before its dot (Recommendation ITU-T E.840 (06/2018)). */
export function checkStrayDots(view: View): Finding[] {
  const findings: Finding[] = [];
  for (const p of view.paragraphs) {
    if (!p.label || !p.labelSpan || p.text.charCodeAt(0) !== 0x2e) continue;
    const dot = { start: p.labelSpan.start - 1, end: p.labelSpan.start };
    findings.push({
      code: 'numbering.stray-dot', severity: 'warning', ...dot,
      message: (view.kind === 'old' ? (m: string) => l10n.t('Old text: {0}', m) : (m: string) => m)(l10n.t('.{0} is not a clause number: a number stands before the dot, or none (read as {0}).', p.label.text)),
      ...(view.kind === 'new' ? { fix: { title: l10n.t('Remove the dot before {0}', p.label.text), edits: [{ ...dot, newText: '' }], safeForFixAll: false } } : {}),
    });
  }
  return findings;
}
