// Which text `itu-draft compile TARGET` compiles: a Resolution (`Resolution 52`, compile.ts), or a
// provision of an instrument in force (`RR 5.338A`, `CS 168`, `CV 42`, `A.1 clause 1.4`): every MOD
// restating that provision, compiled against the provision in the workspace's text of the instrument.
import { instrumentOfTarget, type BaseLookup, type BaseText, type ProvisionSource } from './base';
import { preferredBases } from './baseChoice';
import { compile, compileTexts, isMergedDraft, type CompileOptions, type CompileSource, type Compilation, type ProposalEntry } from './compile';
import { formatRef, parseRef, proposalTargets, type ProvisionRef } from './provisions';
import { LineIndex } from './text';

/** Compiles the target a user names: a provision when it reads as one, else a Resolution. */
export function compileTarget(target: string, sources: readonly CompileSource[], lookup: BaseLookup, options: CompileOptions = {}): Compilation | undefined {
  const ref = parseRef(target);
  if (ref?.provision && ref.instrument.kind !== 'Resolution' && lookup.provisions) return compileProvision(ref, sources, lookup.provisions, options);
  return compile(target, sources, lookup, options);
}

/** Every proposal of the sources on one provision, as the proposals list names them. */
export function proposalsOnProvision(ref: ProvisionRef, sources: readonly CompileSource[], source: ProvisionSource): { entry: ProposalEntry; draft: string[] }[] {
  const out: { entry: ProposalEntry; draft: string[] }[] = [];
  const name = formatRef(ref);
  for (const { location, doc } of sources) {
    if (isMergedDraft(doc)) continue;
    const prefer = preferredBases(doc);
    let lines: LineIndex | undefined;
    // The new text of each proposal, for the draft; the instrument as the old text names it.
    const newSide = new Map(proposalTargets(doc, 'new').map((t) => [t.proposalIndex, t]));
    for (const t of proposalTargets(doc)) {
      if (instrumentOfTarget(t, source, prefer)?.instrument.key !== ref.instrument.key) continue;
      if (!t.provisions.some((p) => p.numbers.includes(ref.provision!))) continue;
      const p = doc.proposals[t.proposalIndex];
      const restated = newSide.get(t.proposalIndex)?.provisions.find((x) => x.numbers.includes(ref.provision!));
      out.push({
        entry: {
          id: p.id.text,
          party: p.id.source ?? p.id.text,
          action: p.action,
          target: name,
          location,
          line: (lines ??= new LineIndex(doc.text)).position(p.header.start).line,
          proposalIndex: t.proposalIndex,
        },
        draft: restated ? restated.paragraphs.map((x) => x.text) : [],
      });
    }
  }
  return out;
}

function compileProvision(ref: ProvisionRef, sources: readonly CompileSource[], source: ProvisionSource, options: CompileOptions): Compilation | undefined {
  const text = source.instrument(ref.instrument.key);
  const inForce = text?.provisions.get(ref.provision!);
  if (!text || !inForce) return undefined;
  const name = formatRef({ instrument: text.instrument, provision: ref.provision });
  const base: BaseText = { key: name.toLowerCase(), location: text.location, numberLine: name, paragraphs: inForce.paragraphs, line: inForce.line };
  const all = proposalsOnProvision(ref, sources, source);
  const mods = all.filter((p) => p.entry.action === 'MOD' || p.entry.action === '(MOD)');
  const others = all.filter((p) => !mods.includes(p)).map((p) => p.entry);
  const baseDoc = sources.find((s) => s.location === text.location)?.doc;
  return compileTexts(name, base, mods.map((m) => m.entry), others, mods.map((m) => m.draft), baseDoc, options);
}
