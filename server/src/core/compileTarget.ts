// Which text `itu-draft compile TARGET` compiles: a Resolution (`Resolution 52`, compile.ts), or a
// provision of an instrument in force (`RR 5.338A`, `CS 168`, `CV 42`, `A.1 clause 1.4`): every MOD
// restating that provision, compiled against the provision in the workspace's text of the instrument.
import { proposalLanguage } from './lang/detect';
import { instrumentOfTarget, restatedTables, tableName, type BaseLookup, type BaseText, type ProvisionSource } from './base';
import type { Lang } from './lang/tables';
import type { ExcerptParagraph } from './compile';
import { preferredBases } from './baseChoice';
import { compile, compileNew, compileTexts, excerptParagraphs, isMergedDraft, keeps, latestRevisions, leftOutOf, listProposals, sameTarget, suppresses, type CompileOptions, type CompileSource, type Compilation, type ProposalEntry } from './compile';
import { formatRef, instrumentHeading, parseRef, proposalTargets, recommendationName, unreadProvision, type TableText, type InstrumentText, type ProposalTarget, type ProvisionRef, type RestatedProvision } from './provisions';
import { LineIndex } from './text';
import { foldWhitespace } from './compare';
import { isElision } from './compare/fold';
import { foldDashes } from './lang/charClasses';
import { l10n } from './l10n';
import type { ItuDocument, Paragraph } from './types';

/**
 * Why a target that names an instrument is not compiled: the words after it name no one provision (`CS 171 to 173`,
 * `CS Article 1`), or undefined. They were read as the whole instrument until the twenty-first session, and compile
 * compiled all of it: the whole Constitution for `CS 171 to 173`, as a proposal's header names what it restates.
 */
export function unreadTarget(target: string): string | undefined {
  const folded = foldDashes(target);
  const unread = unreadProvision(folded);
  if (unread === undefined) return undefined;
  const whole = formatRef({ instrument: parseRef(folded)!.instrument });
  // `171 to 173`: each number is a target of its own (`proposals` lists `CS 171`, `CS 172`, `CS 173`).
  const first = /^(?:Nos?\.\s*)?(\d[\dA-Za-z.]*)/.exec(unread)?.[1]?.replace(/\.$/, '');
  return first
    ? l10n.t('"{0}" names no single provision: compile each provision on its own ("{1} {2}"), or the whole text ("{1}")', target.trim(), whole, first)
    : l10n.t('"{0}" names no single provision: name one by its number, or the whole text ("{1}")', target.trim(), whole);
}

/** Compiles the target a user names: a provision when it reads as one, else a Resolution. */
export function compileTarget(target: string, sources: readonly CompileSource[], lookup: BaseLookup, options: CompileOptions = {}): Compilation | undefined {
  // `CS 171 to 173` is not compiled as the whole CS (unreadTarget says why).
  if (unreadProvision(foldDashes(target)) !== undefined) return undefined;
  // A table in force, as `proposals` names it (`Table 1 300-1 525 MHz`: review 9, J19).
  const tables = /^\s*table\s/i.test(target) ? lookup.provisions?.tables?.() : undefined;
  const table = tables?.find((t) => sameTarget(tableName(t, tables), target));
  if (table) return compileTable(table, tables!, sources, lookup.provisions!, options);
  // The number line as a text writes it names it (`Recommendation ITU‑T A.1`, a non-breaking hyphen: review 8, I13).
  const heading = instrumentHeading(target);
  const ref = parseRef(foldDashes(target)) ?? (heading?.kind === 'Recommendation' ? { instrument: heading } : undefined);
  // A provision, or a whole instrument other than a Resolution (`Recommendation ITU-T A.1`: a MOD restating
  // several of its clauses is listed so).
  const provision = ref && ref.instrument.kind !== 'Resolution' && lookup.provisions ? ref : undefined;
  return (provision ? compileProvision(provision, sources, lookup.provisions!, options) : compile(target, sources, lookup, options)) ?? compileAdds(target, sources, lookup, provision?.provision, options);
}

/**
 * A target no text in force holds, whose proposals are all ADDs (review 6, G21: competing texts of one new
 * footnote `RR 5.A12`, or of one draft new Resolution the parties number alike): the ADDs compiled with one
 * another (compileNew). They are compiled in the language most of them are written in; ADDs in another
 * language are listed beside, not merged. Undefined when the target has no proposal or one that is no ADD.
 */
function compileAdds(target: string, sources: readonly CompileSource[], lookup: BaseLookup, provision: string | undefined, options: CompileOptions): Compilation | undefined {
  const inputs = sources.filter((s) => !isMergedDraft(s.doc, target));
  const docOf = new Map(inputs.map((s) => [s.location, s.doc]));
  const mine = listProposals(inputs, lookup.provisions).filter((p) => sameTarget(p.target, target));
  if (mine.length === 0 || !mine.every((p) => p.action === 'ADD' || p.action === 'ADD*')) return undefined;
  const { kept, revised } = latestRevisions(mine, (p) => docOf.get(p.location)!);
  const drafts = kept.map((p) => ({ entry: p, draft: addedText(docOf.get(p.location)!, p.proposalIndex, provision), language: proposalLanguage(docOf.get(p.location)!, p.proposalIndex) }));
  const language = mostCommon(drafts.filter((d) => d.draft.length).map((d) => d.language));
  const adds = drafts.filter((d) => d.draft.length && d.language === language);
  if (adds.length === 0) return undefined;
  const others = drafts.filter((d) => !adds.includes(d)).map((d) => d.entry);
  const c = compileNew(target, adds.map((d) => d.entry), others, adds.map((d) => d.draft), adds.map((d) => docOf.get(d.entry.location)!), options);
  return { ...c, leftOut: [...leftOutOf(target, sources), ...revised] };
}

/**
 * An ADD's new text: the Resolution it writes, else the provision `provision` as it writes it (`5.A12<TAB>…`),
 * else its paragraphs up to its Reasons.
 */
function addedText(doc: ItuDocument, proposalIndex: number, provision: string | undefined): string[] {
  const view = doc.views.new.proposals[proposalIndex];
  if (!view) return [];
  const resolution = view.resolutions[0];
  if (resolution) return resolution.paragraphs.map((p) => p.text);
  const own = provision === undefined ? undefined : proposalTargets(doc, 'new').find((t) => t.proposalIndex === proposalIndex)?.provisions.find((x) => x.numbers.includes(provision));
  if (own) return own.paragraphs.map((p) => p.text);
  const reasons = view.paragraphs.findIndex((p) => p.kind === 'reasons');
  return (reasons < 0 ? view.paragraphs : view.paragraphs.slice(0, reasons)).filter((p) => p !== view.header && p.kind !== 'blank' && p.kind !== 'footnote-definition').map((p) => p.text);
}

/**
 * Every proposal of the sources on one provision, as the proposals list names them, with the language it
 * is written in: each is matched against the text in force in its language, as the checks match it.
 */
export function proposalsOnProvision(ref: ProvisionRef, sources: readonly CompileSource[], source: ProvisionSource): { entry: ProposalEntry; draft: string[]; language: Lang; numbers: string[]; old?: string[]; excerpt?: ExcerptParagraph[] }[] {
  const out: { entry: ProposalEntry; draft: string[]; language: Lang; numbers: string[]; old?: string[]; excerpt?: ExcerptParagraph[] }[] = [];
  const wholeRecommendation = ref.provision === undefined && ref.instrument.kind === 'Recommendation';
  const name = wholeRecommendation ? recommendationName(ref.instrument) : formatRef(ref);
  for (const { location, doc } of sources) {
    if (isMergedDraft(doc, name)) continue;
    const prefer = preferredBases(doc);
    let lines: LineIndex | undefined;
    // The new text of each proposal, for the draft; the instrument as the old text names it.
    const newSide = new Map(proposalTargets(doc, 'new').map((t) => [t.proposalIndex, t]));
    for (const t of proposalTargets(doc)) {
      // On a whole text, a proposal restating none of its provisions is on it only as a SUP or NOC of a Recommendation by name (review 8, I13).
      if (ref.provision ? !t.provisions.some((p) => p.numbers.includes(ref.provision!)) : t.provisions.length === 0 && !(wholeRecommendation && t.instrument?.key === ref.instrument.key && (t.action.startsWith('SUP') || t.action === 'NOC'))) continue;
      const language = proposalLanguage(doc, t.proposalIndex);
      // Held in another language only, the proposal is still on this provision (compileProvision lists it, unmerged).
      if ((instrumentOfTarget(t, source, prefer, language) ?? instrumentOfTarget(t, source, prefer))?.instrument.key !== ref.instrument.key) continue;
      const p = doc.proposals[t.proposalIndex];
      // The provision's new text is the one restated on its own lines, whatever number it now has: a clause
      // renumbered after an insertion (`{~~1.4.3~>1.4.4~~}`) is 1.4.3 in force, and the new clause 1.4.3
      // another party's proposal (review 3, E12). A provision the proposal deletes has none.
      const inForce = ref.provision === undefined ? undefined : t.provisions.find((x) => x.numbers.includes(ref.provision!))!;
      const restated = inForce && newTextOf(doc.text, inForce, t.provisions, newSide.get(t.proposalIndex)?.provisions ?? []);
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
        draft: !inForce ? wholeDraft(doc, t.proposalIndex, newSide.get(t.proposalIndex), wholeRecommendation) : restated ? restated.paragraphs.map((x) => x.text) : [],
        // A whole Recommendation: what the proposal restates of it (its old text), so that a heading it leaves out is not read as deleted.
        ...(wholeRecommendation ? { old: wholeDraft(doc, t.proposalIndex, t, true, 'old') } : {}),
        // Its old and new paragraphs of the provision, for one that leaves text out (compile.ts alignExcerpt); of the
        // provisions it restates, on a whole instrument other than a Recommendation (wholeExcerpt).
        ...(inForce && restated ? { excerpt: excerptParagraphs(doc.text, inForce.paragraphs, restated.paragraphs) } : !inForce && !wholeRecommendation ? { excerpt: wholeExcerpt(doc, t, newSide.get(t.proposalIndex)) } : {}),
        language,
        // The provisions in force it restates (a SUP or NOC: those it names).
        numbers: t.provisions.flatMap((x) => x.numbers),
      });
    }
  }
  return out;
}

/**
 * The MODs of one provision compiled against it in force. They are compiled in one language, against the
 * text in force in that language (a French MOD's words aligned with the English text would all read as
 * changed): the language most of them are written in (the first MOD's on a tie). MODs in another
 * language are listed beside the others, not merged.
 */
function compileProvision(ref: ProvisionRef, sources: readonly CompileSource[], source: ProvisionSource, options: CompileOptions): Compilation | undefined {
  // A proposal also in a later revision of its document, or copied word for word into another file, is compiled once (latestRevisions).
  const docOf = new Map(sources.map((s) => [s.location, s.doc]));
  const listed = proposalsOnProvision(ref, sources, source);
  const { kept, revised } = latestRevisions(listed.map((p) => p.entry), (p) => docOf.get(p.location)!);
  const all = listed.filter((p) => kept.includes(p.entry));
  const isMod = (p: (typeof all)[number]) => p.entry.action === 'MOD' || p.entry.action === '(MOD)';
  const language = mostCommon(all.filter(isMod).map((p) => p.language));
  const held = ref.provision === undefined ? undefined : [ref.provision];
  const text = (language && source.instrument(ref.instrument.key, [], language, held)) || source.instrument(ref.instrument.key, [], undefined, held);
  // The whole instrument: its provisions in order; a whole Recommendation as it stands, headings included (review 8, I13).
  const baseDoc = text && sources.find((s) => s.location === text.location)?.doc;
  const wholeRecommendation = ref.provision === undefined && ref.instrument.kind === 'Recommendation';
  const inForce = ref.provision === undefined ? text && ((wholeRecommendation && baseDoc && recommendationText(baseDoc, text)) || wholeText(text)) : text?.provisions.get(ref.provision);
  if (!text || !inForce) return undefined;
  const name = wholeRecommendation ? recommendationName(text.instrument) : formatRef({ instrument: text.instrument, provision: ref.provision });
  const base: BaseText = { key: name.toLowerCase(), location: text.location, numberLine: name, paragraphs: inForce.paragraphs, line: inForce.line };
  // A MOD is compiled against a text in its language, or one whose language its words do not tell; a SUP
  // or NOC is a position on the provisions it names whatever its language (its words are not compiled):
  // on a whole instrument, on those provisions' paragraphs only.
  const position = (p: (typeof all)[number]) => suppresses(p.entry) || keeps(p.entry);
  const mods = all.filter((p) => (isMod(p) && (!text.language || p.language === text.language)) || position(p));
  const others = all.filter((p) => !mods.includes(p)).map((p) => p.entry);
  const at = 'at' in inForce ? inForce.at : undefined;
  // A SUP or NOC naming provisions is a position on those; one naming the whole Recommendation, on all of it.
  const scopes = mods.map((m) => (at && position(m) && m.numbers.length ? new Set(m.numbers.flatMap((n) => at.get(n) ?? [])) : undefined));
  // ITU-R letters h) then j) (docs/text-kinds.md): the merged draft's relettering follows it.
  const excerpts = mods.map((m) => (ref.provision === undefined && !wholeRecommendation && at && m.excerpt ? withElisions(m.excerpt, at) : m.excerpt));
  const c = compileTexts(name, base, mods.map((m) => m.entry), others, mods.map((m) => m.draft), baseDoc, { ...options, renumberClauses: wholeRecommendation, skipLetterI: wholeRecommendation && /^ITU-R\b/.test(text.instrument.name) }, scopes, mods.map((m) => m.old), excerpts);
  return { ...c, leftOut: [...leftOutOf(name, sources), ...revised] };
}

/**
 * The proposals restating rows of a table in force (review 9, J19: two parties' MODs of rows of the Table of
 * Frequency Allocations), compiled against the whole table row by row as paragraphs: a row a MOD does not restate
 * stands as in force (its old rows), a SUP or NOC is a position on the rows it restates. Two parties' changes in
 * one cell are a conflict, or agreed, as in a paragraph.
 */
function compileTable(table: TableText, all: readonly TableText[], sources: readonly CompileSource[], source: ProvisionSource, options: CompileOptions): Compilation {
  const name = tableName(table, all);
  const inputs = sources.filter((s) => !isMergedDraft(s.doc, name));
  const docOf = new Map(inputs.map((s) => [s.location, s.doc]));
  const { kept, revised } = latestRevisions(listProposals(inputs, source).filter((p) => sameTarget(p.target, name)), (p) => docOf.get(p.location)!);
  const restated = kept.map((p) => restatedTables(docOf.get(p.location)!, p.proposalIndex, source).find((r) => r.table === table));
  const position = (p: ProposalEntry) => suppresses(p) || keeps(p);
  const taken = kept.map((p, k) => restated[k] !== undefined && (p.action === 'MOD' || p.action === '(MOD)' || position(p)));
  const mods = kept.filter((_, k) => taken[k]);
  const rows = restated.filter((_, k) => taken[k]).map((r) => r!);
  const base: BaseText = { key: name.toLowerCase(), location: table.location, numberLine: name, paragraphs: table.rows, line: table.line };
  const baseDoc = sources.find((s) => s.location === table.location)?.doc;
  const scopes = mods.map((m, k) => (position(m) ? new Set(rows[k].rows) : undefined));
  const c = compileTexts(name, base, mods, kept.filter((_, k) => !taken[k]), rows.map((r) => r.now), baseDoc, options, scopes, rows.map((r, k) => (position(mods[k]) ? undefined : r.old)));
  return { ...c, leftOut: [...leftOutOf(name, sources), ...revised] };
}

/**
 * A proposal's paragraphs on a whole instrument, old and new (compile.ts excerptParagraphs), each old one with the
 * provision it belongs to, `…` as written: aligned with the instrument in force by its old text (compile.ts
 * alignExcerpt), each provision's `…` standing for the rest of that provision (before, aligned by its new text, a
 * provision's `…` was read as any run of provisions, and a line changed before it took the place of another's).
 */
function wholeExcerpt(doc: ItuDocument, old: ProposalTarget, now: ProposalTarget | undefined): ExcerptParagraph[] {
  const elision = (text: string) => isElision(foldWhitespace(text).trim());
  const provisionOf = new Map<Paragraph, string>();
  for (const p of old.provisions) for (const x of p.paragraphs) provisionOf.set(x, p.number);
  const ownNew = new Set(now?.provisions.flatMap((p) => p.paragraphs));
  const paragraphs = (kind: 'old' | 'new', own: (p: Paragraph) => boolean) => (doc.views[kind].proposals[old.proposalIndex]?.paragraphs ?? []).filter((p) => own(p) || elision(p.text));
  const oldParagraphs = paragraphs('old', (p) => provisionOf.has(p));
  const units: ExcerptParagraph[] = excerptParagraphs(doc.text, oldParagraphs, paragraphs('new', (p) => ownNew.has(p)));
  // The provision of each old paragraph, in order (excerptParagraphs keeps the old paragraphs' order).
  let k = 0;
  for (const u of units) if (u.old !== null) {
    const provision = provisionOf.get(oldParagraphs[k++]);
    if (provision !== undefined) u.provision = provision;
  }
  return units;
}

/**
 * A proposal on a whole instrument read as an excerpt of it (wholeExcerpt): `…` before its first provision, after its
 * last, and between two it restates that the text in force does not set one after the other (a provision left out
 * without `…` is base.provision-gap's to say, not a deletion by that party; before, the compilation deleted it in the
 * party's name). `at`: each provision's paragraphs in the text in force.
 */
function withElisions(units: readonly ExcerptParagraph[], at: ReadonlyMap<string, number[]>): ExcerptParagraph[] {
  const elision = (u: ExcerptParagraph) => u.old !== null && isElision(foldWhitespace(u.old).trim());
  const gap: ExcerptParagraph = { old: '…', now: '…' };
  const out: ExcerptParagraph[] = [];
  let end = -1;
  for (const u of units) {
    const place = u.provision === undefined ? undefined : at.get(u.provision);
    if (elision(u)) end = -1;
    else if (place && place.length > 0) {
      if (place[0] > end && (out.length === 0 || !elision(out[out.length - 1]))) out.push(gap);
      end = place[place.length - 1] + 1;
    }
    out.push(u);
  }
  if (out.length === 0 || !elision(out[0])) out.unshift(gap);
  if (!elision(out[out.length - 1])) out.push(gap);
  return out;
}

/**
 * A proposal's new text of a whole instrument: the provisions it restates with the elisions `…` it writes
 * between them, and one before and after (the text in force it leaves out is unchanged, not deleted).
 */
function wholeDraft(doc: ItuDocument, proposalIndex: number, restated: ProposalTarget | undefined, recommendation = false, side: 'old' | 'new' = 'new'): string[] {
  const own = new Set(restated?.provisions.flatMap((p) => p.paragraphs));
  const elision = (text: string) => isElision(foldWhitespace(text).trim());
  const view = doc.views[side].proposals[proposalIndex];
  // A Recommendation is compiled with its headings (number line, title, formula, calls): every paragraph the proposal restates up to its Reasons.
  const reasons = recommendation && view ? view.paragraphs.findIndex((p) => p.kind === 'reasons') : -1;
  const body = recommendation && view ? (reasons < 0 ? view.paragraphs : view.paragraphs.slice(0, reasons)).filter((p) => p !== view.header && p.kind !== 'blank' && p.kind !== 'footnote-definition') : undefined;
  const out = (body ?? (view?.paragraphs ?? []).filter((p) => own.has(p) || elision(p.text))).map((p) => p.text);
  if (!elision(out[0] ?? '')) out.unshift('…');
  if (!elision(out[out.length - 1])) out.push('…');
  return out;
}

/**
 * The new text of provision `inForce` in a proposal: the provision restated on its lines (renumbered or
 * not), else one of its numbers restated on lines of their own (`{--5.447B<TAB>…--}` then
 * `{++5.447B<TAB>…++}`: rewritten whole), never a clause in force renumbered into its number.
 */
function newTextOf(text: string, inForce: RestatedProvision, old: readonly RestatedProvision[], now: readonly RestatedProvision[]): RestatedProvision | undefined {
  const onItsLine = now.find((x) => sameLine(text, x.paragraphs[0], inForce.paragraphs[0]));
  if (onItsLine) return onItsLine;
  return now.find((x) => x.numbers.some((n) => inForce.numbers.includes(n)) && !old.some((o) => sameLine(text, x.paragraphs[0], o.paragraphs[0])));
}

/** Whether two paragraphs (of the old and the new view) start on one line of the source. */
function sameLine(text: string, a: Paragraph | undefined, b: Paragraph | undefined): boolean {
  return a !== undefined && b !== undefined && text.lastIndexOf('\n', a.source.start - 1) === text.lastIndexOf('\n', b.source.start - 1);
}

/**
 * An instrument's provisions as one text, from its first provision's line, with the headings between them where the text
 * in force has them (`CHAPTER I`, `ARTICLE 1`, `Purposes of the Union`: InstrumentText.headings, as New contribution
 * restates them); `at`: each number's paragraphs in it. A heading no proposal restates stands as in force; before, the
 * merged draft of `CS` or `RR` had none (the twenty-fifth session's review).
 */
function wholeText(text: InstrumentText): { paragraphs: string[]; line: number; at: Map<string, number[]> } | undefined {
  // A provision of several numbers (`166 and 167`) stands once.
  const all: { numbers: readonly string[]; paragraphs: readonly string[]; line: number }[] = [...new Set(text.provisions.values())];
  if (all.length === 0) return undefined;
  for (const h of text.headings ?? []) all.push({ numbers: [], paragraphs: [h.text], line: h.line });
  all.sort((a, b) => a.line - b.line);
  const paragraphs: string[] = [];
  const at = new Map<string, number[]>();
  for (const p of all) {
    const indexes = p.paragraphs.map((_, k) => paragraphs.length + k);
    for (const n of p.numbers) at.set(n, indexes);
    for (const x of p.paragraphs) paragraphs.push(x);
  }
  return { paragraphs, line: all[0].line, at };
}

/**
 * A Recommendation in force as it stands (review 8, I13): from its number line (the last line naming it before its
 * first clause: a published text names it over its summary too) to the next instrument's heading, headings, title,
 * formula, calls and tables included; `at`: each provision's paragraphs in it. Undefined when its provisions are
 * not all there (the whole text is then its provisions: wholeText).
 */
function recommendationText(doc: ItuDocument, text: InstrumentText): { paragraphs: string[]; line: number; at: Map<string, number[]> } | undefined {
  const lines = new LineIndex(doc.text);
  const prose = doc.views.new.prose.filter((p) => p.kind !== 'blank' && p.kind !== 'footnote-definition' && p.kind !== 'cover-field');
  const provisions = [...new Set(text.provisions.values())].sort((a, b) => a.line - b.line);
  if (provisions.length === 0) return undefined;
  const lineOf = (p: Paragraph) => lines.position(p.source.start).line;
  let start = -1;
  for (let i = 0; i < prose.length && lineOf(prose[i]) < provisions[0].line; i++) if (instrumentHeading(prose[i].text)?.key === text.instrument.key) start = i;
  if (start < 0) return undefined;
  let end = start + 1;
  while (end < prose.length && prose[end].kind !== 'resolution-number' && (instrumentHeading(prose[end].text)?.key ?? text.instrument.key) === text.instrument.key) end++;
  const taken = prose.slice(start, end);
  const indexOfLine = new Map(taken.map((p, k) => [lineOf(p), k]));
  const at = new Map<string, number[]>();
  for (const p of provisions) {
    const k = indexOfLine.get(p.line);
    if (k === undefined) return undefined;
    for (const n of p.numbers) at.set(n, p.paragraphs.map((_, j) => k + j));
  }
  return { paragraphs: taken.map((p) => p.text), line: lineOf(taken[0]), at };
}

/** The value met most often, the first met on a tie; undefined for none. */
function mostCommon<T>(values: readonly T[]): T | undefined {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: T | undefined;
  for (const [v, n] of counts) if (best === undefined || n > counts.get(best)!) best = v;
  return best;
}
