// base.label-in-force: a MOD restating a list in excerpts (`considering`, `…`, d) e) f), `…`) leaves the
// items it does not restate as they are in force, labels included. A label the new text gives to an
// inserted or relettered item that an item left out still has in force makes two items of one label in the
// Resolution as amended (review E21): `{~~f~>g~~})` with g) in force behind the `…`, or `{++k)…++}`
// appended after `…` where the list in force already ends at k).
import type { AmendedResolution } from '../base';
import { parsedInForce } from '../inForce';
import { labelKey, phraseKey, withoutConjunction } from '../lang/references';
import { l10n } from '../l10n';
import { paragraphIndex } from '../structure';
import type { Finding, Item, ItuDocument, Resolution, Span, View } from '../types';

/** The call sections of a Resolution, each with its key and its occurrence among sections of that key. */
function sections(resolution: Resolution): Map<string, Item> {
  const out = new Map<string, Item>();
  const seen = new Map<string, number>();
  for (const s of resolution.root.children) {
    if (!s.call) continue;
    const key = withoutConjunction(phraseKey(s.call.phrase));
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    out.set(`${key}#${n}`, s);
  }
  return out;
}

const labelled = (section: Item) => section.children.filter((c) => c.label);

/** Whether an elision paragraph stands among a section's paragraphs (after its call line, before the next section). */
function excerpted(view: View, resolution: Resolution, section: Item, next: Item | undefined): boolean {
  const from = paragraphIndex(view, section.paragraph);
  const to = next ? paragraphIndex(view, next.paragraph) : Infinity;
  return resolution.paragraphs.some((p) => p.kind === 'elision' && paragraphIndex(view, p) > from && paragraphIndex(view, p) < to);
}

/** The label as written (`b)`, or `b` where a mark closes after it: `{~~a~>b~~})`), else the whole label span. */
function labelRange(text: string, span: Span, label: string): Span {
  for (const l of [label, label.replace(/[)）.]$/u, '')]) if (l && text.startsWith(l, span.start)) return { start: span.start, end: span.start + l.length };
  return span;
}

export function checkElidedLabels(doc: ItuDocument, amended: readonly AmendedResolution[]): Finding[] {
  const findings: Finding[] = [];
  for (const a of amended) {
    if (!a.base || a.provision || !a.resolution.paragraphs.some((p) => p.kind === 'elision')) continue;
    const inForce = parsedInForce(a.base);
    const proposal = doc.views.new.proposals[a.proposalIndex];
    const k = doc.views.old.proposals[a.proposalIndex]?.resolutions.indexOf(a.resolution) ?? -1;
    const now = proposal?.resolutions[k];
    if (!inForce || !now) continue;
    const old = sections(a.resolution);
    const base = sections(inForce.resolution);
    const entries = [...sections(now)];
    entries.forEach(([key, section], i) => {
      const baseSection = base.get(key);
      if (!baseSection || !excerpted(doc.views.new, now, section, entries[i + 1]?.[1])) return;
      // The items in force this excerpt does not restate keep their labels in force.
      const restated = new Set(labelled(old.get(key) ?? section).map((c) => labelKey(c.label!.text)));
      const leftOut = new Set(labelled(baseSection).map((c) => labelKey(c.label!.text)).filter((l) => !restated.has(l)));
      for (const c of labelled(section)) {
        if (!leftOut.has(labelKey(c.label!.text)) || !c.paragraph.labelSpan) continue;
        findings.push({
          code: 'base.label-in-force',
          severity: 'warning',
          ...labelRange(doc.text, c.paragraph.labelSpan, c.label!.text),
          message: l10n.t(
            '{0} is also the label in force of an item of "{1}" this excerpt leaves out (…): the Resolution as amended would have two {0}. Restate the items left out after it and reletter them with marks, or give the new item a bis label.',
            c.label!.text,
            section.call!.phrase,
          ),
        });
      }
    });
  }
  return findings;
}
