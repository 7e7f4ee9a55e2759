// numbering.* for provision-numbered texts (CS, CV, ITRs, Radio Regulations) and for a clause number
// that lost its digits before the dot. The rules and the real texts behind them: docs/text-kinds.md.
import { compareProvisions, followsDirectly, provisionKey, type ProvisionNumber } from '../kinds';
import type { Finding, ItuDocument, Paragraph, View } from '../types';
import { newTextEdit } from '../fixEdit';
import { l10n } from '../l10n';

/**
 * Runs of provisions: the text outside proposals, and each proposal on its own (an excerpt restates
 * some provisions: its run starts anywhere). An ANNEX heading starts a new run (the CS/CV annex
 * defines terms as Nos. 1001, 1002 …). After an elision (`…`: text left out) numbers may skip, but
 * they still go forward and do not repeat (`5.246`, `…`, `5.246` is a repeat).
 */
function runs(view: View, elided: Set<Paragraph>, owners?: Map<Paragraph[], number>): Paragraph[][] {
  const out: Paragraph[][] = [];
  const collect = (paragraphs: Paragraph[], owner: number) => {
    let run: Paragraph[] = [];
    let elision = false;
    const push = () => {
      if (!run.length) return;
      out.push(run);
      owners?.set(run, owner);
    };
    for (const p of paragraphs) {
      if (p.kind === 'provision') {
        run.push(p);
        if (elision) elided.add(p);
        elision = false;
      } else if (p.kind === 'elision') elision = true;
      else if (p.kind === 'annex-heading' || p.kind === 'proposal-header') {
        push();
        run = [];
      }
    }
    push();
  };
  collect(view.prose, -1);
  view.proposals.forEach((pv, i) => collect(pv.paragraphs, i));
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
  // A WRC placeholder names one new provision in the whole contribution: the same one twice in one proposal is two
  // provisions under one name. In two proposals (`5.A17` in EUR/16/1 and EUR/16/2) it is the document check's
  // (checks/proposals.ts placeholdersTwice): read here, proposal by proposal, the editor (which checks each proposal
  // alone, core/incremental.ts) never said it, while the command line did (sixteenth session, RCC's two `ADD 5.A1`).
  let placeholders = new Set<string>();
  const owners = new Map<Paragraph[], number>();
  let owner: number | undefined;
  for (const run of runs(view, elided, owners)) {
    if (owners.get(run) !== owner) placeholders = new Set<string>();
    owner = owners.get(run);
    let prev: ProvisionNumber | undefined;
    /** The number before `prev`: tells which of two numbers out of order is the fault. */
    let before: ProvisionNumber | undefined;
    const seen = new Set<string>();
    const stems = new SeenByStem();
    run.forEach((p, k) => {
      const n = p.provision!;
      const span = { start: p.source.start, end: p.source.start + n.length };
      const old = (message: string) => (view.kind === 'old' ? l10n.t('Old text: {0}', message) : message);
      if (n.placeholder) {
        if (placeholders.has(n.first)) {
          findings.push({ code: 'numbering.duplicate', severity: 'error', ...span, message: old(l10n.t('The placeholder {0} is used twice: each new provision takes its own.', n.first)) });
        }
        placeholders.add(n.first);
        return;
      }
      if (seen.has(n.first) || (prev && compareProvisions(n.first, prev.last) === 0)) {
        findings.push({ code: 'numbering.duplicate', severity: 'error', ...span, message: old(l10n.t('{0} appears twice.', no(n))) });
      } else if (prev && compareProvisions(n.first, prev.last) < 0) {
        findings.push({ code: 'numbering.order', severity: 'error', ...span, message: old(l10n.t('{0} comes after {1}: provision numbers go forward.', no(n), no(prev))) });
      } else if (prev && n.form === 'margin' && !elided.has(p) && !followsDirectly(prev.last, n.first) && !stems.follows(n.first) &&
        !swappedWithNext(prev, n, run[k + 1], elided)) {
        findings.push({
          code: 'numbering.gap', severity: 'warning', ...span,
          message: old(l10n.t('After {0} comes {1}: the numbers between are missing (a removed provision keeps its number with (SUP)).', no(prev), no(n))),
        });
      }
      for (const m of [n.first, n.last]) {
        if (seen.has(m)) continue;
        seen.add(m);
        stems.add(m);
      }
      // One fault, one finding. A number that repeats or goes back below the one before the last (`3 4 5 4 6`)
      // is the fault: the next is judged against the highest (`6` follows `5`). A number that goes on from
      // the one before the last (`221A 2218 222`: the CS as the treaty database prints No. 221B) shows the
      // last was the fault: the run goes on from it, so `223` … are not reported.
      if (!prev || compareProvisions(n.first, prev.last) > 0) {
        before = prev;
        prev = n;
      } else if (!before || compareProvisions(n.first, before.last) > 0) {
        prev = n;
      }
    });
  }
  return findings;
}

/**
 * `5, 7, 6, 8`: No. 7 and the provision after it are swapped (the next follows `prev` directly and this
 * one follows the next). One fault, reported once where the next goes back (as the RR's `5.3, 5.5, 5.4`),
 * not also as a gap here.
 */
function swappedWithNext(prev: ProvisionNumber, n: ProvisionNumber, next: Paragraph | undefined, elided: Set<Paragraph>): boolean {
  const other = next?.provision;
  if (!next || !other || other.placeholder || elided.has(next)) return false;
  return followsDirectly(prev.last, other.first) && followsDirectly(other.last, n.first);
}

/**
 * The dots of a clause number: `.8<TAB>…` lost the digits before its dot (Recommendation ITU-T E.840
 * (06/2018)), `6.<TAB>…` has a final dot (J.1108 (01/2019)) (`numbering.stray-dot`); `3.16` where `3.1.6`
 * comes next lost a dot (X.609.7 (12/2018), `numbering.missing-dot`). Each is read as the clause meant,
 * so the clauses around it are not reported as well: one fault, one finding.
 */
export function checkStrayDots(view: View, doc?: ItuDocument): Finding[] {
  const findings: Finding[] = [];
  const old = view.kind === 'old' ? (m: string) => l10n.t('Old text: {0}', m) : (m: string) => m;
  // In a MOD the number is text in force: the fix changes it through revision marks (core/fixEdit.ts).
  const fix = (title: string, span: { start: number; end: number }, newText: string) => {
    const edit = view.kind === 'new' && (doc ? newTextEdit(doc, span.start, span.end, newText) : { ...span, newText });
    return edit ? { fix: { title, edits: [edit], safeForFixAll: false } } : {};
  };
  for (const p of view.paragraphs) {
    const label = p.label;
    if (!label || !p.labelSpan || label.kind !== 'decimal' || label.paren) continue;
    if (p.text.charCodeAt(0) === 0x2e) {
      const dot = { start: p.labelSpan.start - 1, end: p.labelSpan.start };
      findings.push({
        code: 'numbering.stray-dot', severity: 'warning', ...dot,
        message: old(l10n.t('.{0} is not a clause number: a number stands before the dot, or none (read as {0}).', label.text)),
        ...fix(l10n.t('Remove the dot before {0}', label.text), dot, ''),
      });
    } else if (followedByDotTab(p.text, label.text)) {
      const dot = { start: p.labelSpan.end, end: p.labelSpan.end + 1 };
      findings.push({
        code: 'numbering.stray-dot', severity: 'warning', ...dot,
        message: old(l10n.t('{0}. is not a clause number: clause numbers end without a dot (read as {0}).', label.text)),
        ...fix(l10n.t('Remove the dot after {0}', label.text), dot, ''),
      });
    } else if (!label.reversed && label.parts.length === dots(label.text) + 2 && /^\d+(?:\.\d+)*$/.test(label.text)) {
      const meant = label.parts.join('.');
      findings.push({
        code: 'numbering.missing-dot', severity: 'warning', ...p.labelSpan,
        message: old(l10n.t('{0} reads as {1}, the clause that comes next: a dot is missing.', label.text, meant)),
        ...fix(l10n.t('Change {0} to {1}', label.text, meant), p.labelSpan, meant),
      });
    }
  }
  return findings;
}

/** Whether `text` opens with `label`, a dot and a TAB (`6.<TAB>`); by char code, no string built per label. */
function followedByDotTab(text: string, label: string): boolean {
  return text.startsWith(label) && text.charCodeAt(label.length) === 0x2e && text.charCodeAt(label.length + 1) === 0x09;
}

/** The dots in a label (its parts less one, as written). */
function dots(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 0x2e) n++;
  return n;
}

/**
 * The numbers seen in a run, by stem, to tell whether a number directly follows one of them
 * (`followsDirectly`) without trying every number seen (that was quadratic in the run's length:
 * seconds for a few thousand margin numbers with gaps). A number can only follow one of the same
 * prefix whose last part has its number or the one before (`160CA` after `160C`, `167` after `166`).
 */
class SeenByStem {
  private readonly byStem = new Map<string, string[]>();

  private static stem(n: string, delta: number): string | undefined {
    const key = provisionKey(n);
    if (key.some(Number.isNaN)) return undefined;
    return `${key.slice(0, -2).join(',')}|${key[key.length - 2]! - delta}`;
  }

  add(n: string): void {
    const stem = SeenByStem.stem(n, 0);
    if (stem === undefined) return;
    const list = this.byStem.get(stem);
    if (list) list.push(n);
    else this.byStem.set(stem, [n]);
  }

  follows(n: string): boolean {
    for (const delta of [0, 1]) {
      const stem = SeenByStem.stem(n, delta);
      if (stem !== undefined && this.byStem.get(stem)?.some((m) => followsDirectly(m, n))) return true;
    }
    return false;
  }
}
