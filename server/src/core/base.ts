// Base texts: the Resolutions in force that MOD proposals amend (FORMAT.md §7), the
// comparison of each MOD with its base (checks/base.ts reports it), and the marks that write a
// comparison into the text.
import { BaseComparer, criticMarkupInsertions, foldWhitespace, mayMisread, type Comparison, type ParagraphChange, type TextPosition, type TextRange } from './compare';
import { isMod, parseDocument } from './document';
import { firstMarkFrom, isRevision, markAround, scanMarks } from './marks';
import { project, toSource } from './projection';
import { viewStart } from './structure';
import { LineIndex } from './text';
import { chooseBase, editionOf, locationPath, preferredBases, type ChosenBase } from './baseChoice';
import { annexHeadingKey, formatRef, isUnnumberedNote, instrumentHeading, recommendationHead, instrumentStructureHeading, instrumentsOf, maskProvisionPrefix, mayRestateProvisions, numberedProvisions, PLACEHOLDER, placeholdersOf, proposalTargets, provisionNumberAt, pipeTables, tablesOf, type TableText, type Instrument, type InstrumentKind, type InstrumentText, type ProposalTarget, type ProvisionText, type RestatedProvision } from './provisions';
import { compareProvisions, followsDirectly, provisionKey, provisionNumber } from './kinds';
import type { FootnoteDef, ItuDocument, Paragraph, ProposalAction, ProposalView, Resolution, Span, TextEdit, View } from './types';
import { LANGUAGES, TABLES, type Lang } from './lang/tables';
import { proposalLanguage } from './lang/detect';
import { foldHyphens, foldKeyHyphens, RADIO_EDITION } from './lang/charClasses';
import { matchNumberLine, readForm } from './lang/match';
import { NOTE_FILL, NOTE_MARK, withoutCjkSpacing } from './lang/spelling';
import { trimMarks } from './lang/fold';

/** A number line compared without case or extra spaces. */
export function baseKey(numberLine: string): string {
  // `REV.WRC‑19` (U+2011, as ITU's Word texts write it) is `REV.WRC-19`: the same edition (review 9, J13).
  return withoutCjkSpacing(readForm(foldKeyHyphens(trimMarks(numberLine)))).replace(/[\s\u00A0]+/g, ' ').trim().toLowerCase();
}

export interface BaseText {
  key: string;
  /** Where it was found (a file path or URI). */
  location: string;
  numberLine: string;
  /** Paragraphs of the Resolution, number line first (blank lines and footnote definitions left out). */
  paragraphs: string[];
  /** The definitions (`[^1]:<TAB>…`, as written) of the footnotes its paragraphs reference, when it references any. */
  footnotes?: string[];
  /** 0-based line of the number line in its file. */
  line: number;
}

/**
 * Finds the base text a number line names (see BaseIndex.lookup); `prefer` names files to choose
 * among several (the document's `Base:` cover field).
 */
export type BaseLookup = ((numberLine: string, prefer?: readonly string[], options?: LookupOptions) => ChosenBase | undefined) & {
  /** The instruments of the workspace by provision (Radio Regulations, CS, CV, Recommendations …). */
  provisions?: ProvisionSource;
  /** Every text in force with the number a number line names, whatever its edition (base.not-found names them). */
  editions?: (numberLine: string) => BaseText[];
  /** Files the index did not read for their size (the editor's bound): base.not-found names them. */
  unread?: () => readonly UnreadFile[];
};

/** A file of the workspace not read as a base text: `bytes` over the `limit` the reader has. */
export interface UnreadFile {
  location: string;
  bytes: number;
  limit: number;
}

export interface LookupOptions {
  /**
   * The number line names the edition amended (a MOD whose number line carries revision marks, a SUP or
   * NOC, which restate the text in force): only that edition will do, the same number line or, written
   * differently, the same number and year. Without it a MOD written without marks, whose old text names
   * the new meeting, is compared with the edition in force whatever its year.
   */
  sameEdition?: boolean;
}

/** Texts in force by instrument and provision number (`RR 5.338A`, `CS 168`, `A.1 clause 1.4`). */
export interface ProvisionSource {
  /**
   * The instrument of a key (`rr`, `cs`, `rec a.1`, `resolution 52`): the file `prefer` names first, else
   * the first path; with `language`, only a text in that language (or one whose language nothing tells).
   * With `numbers`, among the files holding the most of them (an instrument kept in parts, one RR Article a file).
   */
  instrument(key: string, prefer?: readonly string[], language?: Lang, numbers?: readonly string[]): InstrumentText | undefined;
  /** The other files holding the instrument `chosen` is of (base.ambiguous names them); none when `prefer` named it. */
  instrumentRivals?(chosen: InstrumentText, prefer?: readonly string[], language?: Lang): InstrumentText[];
  /** Every instrument that holds all of these provision numbers (in `language`, as for instrument). */
  instrumentsWith(numbers: readonly string[], language?: Lang): InstrumentText[];
  /** The WRC placeholders (`5.A11`) the ADD proposals of the workspace use. */
  placeholders(): string[];
  /** The tables of the texts in force (pipe tables outside proposals), in path order; in `language` as for instrument. */
  tables?(language?: Lang): TableText[];
}

/** The words before a kind that make a draft new text, in the languages written with spaces (`DRAFT NEW`, `PROJET DE`). */
const DRAFT_NEW = new RegExp(`^(?:${[...new Set(LANGUAGES.flatMap((l) => TABLES[l].draftNew))].filter((w) => w.includes(' ')).sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')}) `, 'iu');
/** The revision in parentheses (`(Rev. Dubai, 2012)`, `（2016年，哈马马特，修订版）`) and footnote references after it. */
const REVISION_PART = /\s*[（(][^()（）]*[）)]\s*(?:\[\^[^\]]+\]\s*)*$/u;

/**
 * `resolution 52`, `résolution 69`, `decision 52`, `第52号决议`: the kind and number as written, without
 * the revision, for a MOD whose old text already names the new meeting. In any of the six languages
 * (docs/languages.md) and for each kind with a number line (Resolution, Decision, Recommendation,
 * Opinion); the kind's word stays, so a French MOD finds the French text in force, not the English.
 */
export function numberKey(numberLine: string): string | undefined {
  const folded = withoutCjkSpacing(readForm(foldKeyHyphens(trimMarks(numberLine)))).replace(/[\s\u00A0]+/g, ' ').trim();
  const head = folded.replace(REVISION_PART, '');
  // ITU-R (`RESOLUTION ITU-R 1-6`, `ITU-R 1-6号决议`): the edition after the hyphen is left out with the
  // parenthesis, if any, and the hyphens folded (`ITU‑R`, `МСЭ-Р`), so that every edition has one key.
  const radio = head && matchNumberLine(head);
  if (radio && radio.edition !== undefined) {
    // Chinese with or without `第` and spaces (`ITU-R 第 34-2 号决议`, `ITU-R 34-2号决议`): `itu-r 34号决议`.
    return foldHyphens(head.replace(RADIO_EDITION, '$1')).replace(/-Р/u, '-R').replace(/ ?第 ?/u, ' ').replace(/ 号/u, '号').replace(DRAFT_NEW, '').toLowerCase();
  }
  if (head === folded || !head || !matchNumberLine(`${head} (x)`)) return undefined;
  return head.replace(DRAFT_NEW, '').toLowerCase();
}

/** The base texts one file offers: Resolutions standing outside any proposal. */
export function baseTextsOf(location: string, doc: ItuDocument): BaseText[] {
  let lines: LineIndex | undefined;
  return doc.views.new.resolutions.map((r) => {
    const paragraphs = r.paragraphs.map((p) => p.text);
    const footnotes = paragraphs.some((p) => p.includes('[^')) ? footnoteDefinitions(doc, paragraphs.join('\n')) : [];
    return {
      key: baseKey(r.numberLine.text),
      location,
      numberLine: r.numberLine.text.trim(),
      paragraphs,
      line: (lines ??= new LineIndex(doc.text)).position(r.numberLine.source.start).line,
      ...(footnotes.length ? { footnotes } : {}),
    };
  });
}

/** The definitions (`[^1]:<TAB>…`, as written) in a document of the footnotes `text` references, in the document's order. */
export function footnoteDefinitions(doc: ItuDocument | undefined, text: string): string[] {
  if (!doc || !text.includes('[^')) return [];
  return doc.views.new.footnoteDefs.filter((d) => text.includes(`[^${d.label}]`)).map((d) => d.paragraph.text);
}

/**
 * Words of a file worth indexing: number lines' kinds in the six languages (`RÉSOLUTION`, `القرار`, `决议` …),
 * instruments and articles in the six languages (kinds.ts instrumentTitle, ARTICLE_HEADING), ADDs.
 */
const WORTH_INDEXING = new RegExp(
  `${[...new Set(LANGUAGES.flatMap((l) => TABLES[l].numberKinds))].map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')}|CONSTITUTION|CONSTITUCI|CONVENTION|CONVENIO|REGULATIONS|GLEMENT DES RADIO|REGLAMENTO|ARTICLE|ART[ÍI]CULO|УСТАВ|КОНВЕНЦИЯ|РЕГЛАМЕНТ|СТАТЬЯ|دستور|اتفاقية|لوائح|المادة|组织法|公约|规则|第\\s*\\d+\\s*条|^ADD|^[ \\t]*\\|[ \\t:]*-{3,}`,
  'imu',
);
/** A pipe table's delimiter row somewhere in a file (provisions.ts pipeTables reads the tables). */
const HAS_TABLE = /^[ \t]*\|[ \t:]*-{3,}/m;

const COMBINING = /\p{M}/u;

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** Base texts of a workspace, kept current file by file. The first location (in sort order) wins a key. */
export class BaseIndex implements ProvisionSource {
  private readonly byLocation = new Map<string, BaseText[]>();
  private readonly byKey = new Map<string, BaseText[]>();
  private readonly byNumber = new Map<string, BaseText[]>();
  private readonly instrumentsByLocation = new Map<string, InstrumentText[]>();
  private readonly placeholdersByLocation = new Map<string, string[]>();
  private readonly tablesByLocation = new Map<string, TableText[]>();
  private readonly unreadByLocation = new Map<string, UnreadFile>();

  /**
   * The front part and placeholders an open document's analysis last gave for a location (update): the same again
   * (typing in a proposal leaves the front part as it was) changes nothing, and is not read again at each keystroke.
   */
  private readonly lastRead = new Map<string, { parsed: ItuDocument; placeholders: readonly string[] }>();

  /** Number of updates that changed what the index holds: a cache key for findings that used it. */
  generation = 0;

  /**
   * `parsed`: a parse of `text`, or of its part before the first proposal with `placeholders` (those of
   * its ADD proposals, as placeholdersOf would read them from the whole parse): what an analysis has.
   * `text` may be given as a function: it is read only where no parse is given.
   */
  update(location: string, text: string | (() => string), parsed?: ItuDocument, placeholders?: string[]): void {
    const last = this.lastRead.get(location);
    if (parsed && placeholders && last?.parsed === parsed && sameList(last.placeholders, placeholders) && !this.unreadByLocation.has(location)) return;
    this.lastRead.delete(location);
    if (this.unreadByLocation.delete(location)) this.generation++;
    const before = this.signature(location);
    this.remove(location);
    if (typeof text !== 'string') text = parsed ? '' : text();
    // Only files that hold a text with a number line (Resolution, Decision, Recommendation, Opinion)
    // outside proposals are worth keeping; the words are those of the number lines in the six languages.
    // Instruments by provision too (provisions.ts): the Constitution, Convention, Radio Regulations (an
    // ARTICLE over RR numbers), ITRs; and the placeholders of ADD proposals (`ADD … 5.A11`).
    // A text whose accents are combining marks (extracted from a PDF: review 5, F25) is read composed.
    // With a parse given (an open document's, or the part of it before its proposals), what it read is tested, and the
    // ADD proposals' placeholders: an open document's whole text is not read again at each keystroke.
    const read = parsed ? parsed.text : text;
    const worth = (placeholders?.length ?? 0) > 0 || WORTH_INDEXING.test(read) || (COMBINING.test(read) && WORTH_INDEXING.test(read.normalize('NFC')));
    const doc = worth ? parsed ?? parseDocument(text) : undefined;
    const bases = doc ? baseTextsOf(location, doc) : [];
    if (bases.length > 0) this.store(location, bases);
    if (doc) {
      let lines: LineIndex | undefined;
      const instruments = instrumentsOf(location, doc, (offset) => (lines ??= new LineIndex(doc.text)).position(offset).line);
      if (instruments.length) {
        const edition = instrumentEdition(doc.text);
        if (edition) for (const i of instruments) i.edition = edition;
        // What a new contribution restating a provision defines after it (cover.ts contributionSkeleton).
        for (const i of instruments) {
          for (const p of i.provisions.values()) {
            if (p.footnotes || !p.paragraphs.some((x) => x.includes('[^'))) continue;
            const footnotes = footnoteDefinitions(doc, p.paragraphs.join('\n'));
            if (footnotes.length) p.footnotes = footnotes;
          }
        }
        this.instrumentsByLocation.set(location, instruments);
      }
      const added = placeholders ?? placeholdersOf(doc);
      if (added.length) this.placeholdersByLocation.set(location, added);
      // The tables of a text in force (the Table of Frequency Allocations): a MOD restating rows is compared with them.
      // Not those of a contribution (a summary of proposals in its introduction is no text in force).
      if (doc.proposals.length === 0 && HAS_TABLE.test(read)) {
        const tables = tablesOf(location, doc, (offset) => (lines ??= new LineIndex(doc.text)).position(offset).line);
        if (tables.length) this.tablesByLocation.set(location, tables);
      }
    }
    if (this.signature(location) !== before) this.generation++;
    // Kept where an analysis gave it (with its placeholders): the front part, or the whole parse of a text without
    // proposals (an open text in force), until the location's next update, at the next diagnostics of that document.
    if (parsed && placeholders) this.lastRead.set(location, { parsed, placeholders });
  }

  private signature(location: string): string {
    return JSON.stringify([
      this.byLocation.get(location)?.map((b) => b.paragraphs) ?? null,
      this.instrumentsByLocation.get(location)?.map((i) => [i.instrument.key, [...i.provisions].map(([n, p]) => [n, p.paragraphs, p.notes ?? null]), i.headings?.map((h) => h.text) ?? null]) ?? null,
      this.placeholdersByLocation.get(location) ?? null,
      this.tablesByLocation.get(location)?.map((t) => t.rows) ?? null,
    ]);
  }

  private store(location: string, bases: BaseText[]): void {
    this.byLocation.set(location, bases);
    for (const b of bases) {
      add(this.byKey, b.key, b);
      const n = numberKey(b.numberLine);
      if (n) add(this.byNumber, n, b);
    }
  }

  /** A file not read for its size: it holds no base text here, and base.not-found names it (review 5, F5). */
  unread(location: string, bytes: number, limit: number): void {
    this.delete(location);
    const before = this.unreadByLocation.get(location);
    if (before?.bytes === bytes && before.limit === limit) return;
    this.unreadByLocation.set(location, { location, bytes, limit });
    this.generation++;
  }

  delete(location: string): void {
    this.lastRead.delete(location);
    if (this.unreadByLocation.delete(location)) this.generation++;
    if (!this.byLocation.has(location) && !this.instrumentsByLocation.has(location) && !this.placeholdersByLocation.has(location) && !this.tablesByLocation.has(location)) return;
    this.remove(location);
    this.generation++;
  }

  private remove(location: string): void {
    this.instrumentsByLocation.delete(location);
    this.placeholdersByLocation.delete(location);
    this.tablesByLocation.delete(location);
    const old = this.byLocation.get(location);
    if (!old) return;
    this.byLocation.delete(location);
    for (const b of old) {
      drop(this.byKey, b.key, location);
      const n = numberKey(b.numberLine);
      if (n) drop(this.byNumber, n, location);
    }
  }

  get size(): number {
    return this.byKey.size;
  }

  /** Every base text indexed, by location (the New contribution command lists them). */
  all(): BaseText[] {
    return [...this.byLocation.values()].flat();
  }

  /**
   * The base a number line names, compared without case or extra spaces. A MOD written
   * without marks names the new meeting in its old text too: then the base texts with the
   * same Resolution number are the candidates. Among several, `chooseBase` decides.
   */
  lookup: BaseLookup = Object.assign((numberLine: string, prefer?: readonly string[], options: LookupOptions = {}) => {
    const exact = this.byKey.get(baseKey(numberLine));
    if (exact) return chooseBase(exact, prefer);
    let candidates = this.editionsOf(numberLine);
    if (options.sameEdition) {
      // The same edition written otherwise: the same year, or the same ITU-R edition (`1-6`, `1‑6`).
      const edition = editionOf(numberLine);
      candidates = edition !== undefined ? candidates.filter((c) => editionOf(c.numberLine) === edition) : [];
    }
    return candidates.length ? chooseBase(candidates, prefer) : undefined;
  }, { provisions: this as ProvisionSource, editions: (numberLine: string) => this.editionsOf(numberLine), unread: () => [...this.unreadByLocation.values()] });

  private editionsOf(numberLine: string): BaseText[] {
    const n = numberKey(numberLine);
    return (n && this.byNumber.get(n)) || [];
  }

  tables(language?: Lang): TableText[] {
    return [...this.tablesByLocation.keys()].sort().flatMap((l) => this.tablesByLocation.get(l)!).filter((t) => !language || !t.language || t.language === language);
  }

  /** Every instrument indexed, in path order. */
  instruments(): InstrumentText[] {
    return [...this.instrumentsByLocation.keys()].sort().flatMap((l) => this.instrumentsByLocation.get(l)!);
  }

  /**
   * The file `prefer` names first, else the latest edition (`(09/2019)` over `(10/2016)`, `(Edition of 2024)`
   * over 2020: review E16), then the first path; as for a Resolution's base (baseChoice.ts chooseBase).
   */
  instrument(key: string, prefer: readonly string[] = [], language?: Lang, numbers?: readonly string[]): InstrumentText | undefined {
    let all = this.instruments().filter((i) => i.instrument.key === key && inLanguage(i, language));
    if (numbers?.length && all.length > 1) all = holdingMost(all, numbers);
    return all.find((i) => prefer.some((w) => names(i.location, w))) ?? latest(all);
  }

  /** The other files holding the instrument `chosen` is of (in `language`), unless `prefer` named the one chosen. */
  instrumentRivals(chosen: InstrumentText, prefer: readonly string[] = [], language?: Lang): InstrumentText[] {
    if (prefer.some((w) => names(chosen.location, w))) return [];
    const seen = new Set([chosen.location]);
    return this.instruments().filter((i) => i.instrument.key === chosen.instrument.key && inLanguage(i, language) && !seen.has(i.location) && seen.add(i.location));
  }

  instrumentsWith(numbers: readonly string[], language?: Lang): InstrumentText[] {
    const seen = new Set<string>();
    return this.instruments().filter((i) => inLanguage(i, language) && numbers.every((n) => i.provisions.has(n)) && !seen.has(i.instrument.key) && seen.add(i.instrument.key));
  }

  placeholders(): string[] {
    return [...this.placeholdersByLocation.values()].flat();
  }
}

/** A text in force in this language, or one whose language its words do not tell; any text without `language`. */
/** A Recommendation's approval date (`(10/2016)`) or an edition's year (`RADIO REGULATIONS (Edition of 2020)`). */
const EDITION = /[(（]\s*(\d{1,2})\/((?:19|20)\d\d)\s*[)）]|(?:Edition|[ÉE]dition|Edici[óo]n|Издание)\D{0,12}((?:19|20)\d\d)/iu;

/**
 * The first inserted number after `number` that `taken` says is free: after a plain number `A` (`53` →
 * `53A`), after a lettered one the next letter (`5.446B` → `5.446C`), skipping those taken (`5.446D` when
 * 5.446A to C are in force). Undefined when the letters run out.
 */
export function nextInserted(number: string, taken: (n: string) => boolean): string | undefined {
  const last = number.charCodeAt(number.length - 1);
  const lettered = last >= 65 && last <= 90;
  const stem = lettered ? number.slice(0, -1) : number;
  for (let c = lettered ? last + 1 : 65; c <= 90; c++) {
    const candidate = stem + String.fromCharCode(c);
    if (!taken(candidate)) return candidate;
  }
  return undefined;
}

/** The edition a text in force names near its top, as `yyyymm` (0 for a year alone's month); undefined when it names none. */
export function instrumentEdition(text: string): number | undefined {
  const m = EDITION.exec(text.slice(0, 4000));
  if (!m) return undefined;
  return m[2] ? Number(m[2]) * 100 + Number(m[1]) : Number(m[3]) * 100;
}

/**
 * The files of one instrument that hold the most of `numbers`; none holding any, those holding a number of the
 * same RR Article (`21.5B` beside 21.5). An instrument kept in parts (RR Article 5 and Article 21 in two files) is
 * looked up in the part holding the provision, not by edition and path (that part was "no such provision").
 */
function holdingMost(all: readonly InstrumentText[], numbers: readonly string[]): InstrumentText[] {
  const score = (i: InstrumentText) => numbers.filter((n) => i.provisions.has(n)).length;
  const best = all.reduce((m, i) => Math.max(m, score(i)), 0);
  if (best > 0) return all.filter((i) => score(i) === best);
  const articles = numbers.flatMap((n) => /^\d+\./.exec(n) ?? []);
  const near = all.filter((i) => articles.length > 0 && [...i.provisions.keys()].some((k) => articles.some((a) => k.startsWith(a))));
  return near.length ? near : [...all];
}

/** The instrument of the latest edition its file names; the first (path order) among equals. */
function latest(all: readonly InstrumentText[]): InstrumentText | undefined {
  let best: InstrumentText | undefined;
  for (const i of all) if (!best || (i.edition ?? 0) > (best.edition ?? 0)) best = i;
  return best;
}

function names(location: string, wanted: string): boolean {
  return locationPath(location) === wanted || locationPath(location).endsWith('/' + wanted);
}

function inLanguage(i: InstrumentText, language: Lang | undefined): boolean {
  return !language || !i.language || i.language === language;
}

function add(map: Map<string, BaseText[]>, key: string, b: BaseText): void {
  const list = map.get(key) ?? [];
  list.push(b);
  list.sort((x, y) => (x.location < y.location ? -1 : x.location > y.location ? 1 : 0));
  map.set(key, list);
}

function drop(map: Map<string, BaseText[]>, key: string, location: string): void {
  const list = (map.get(key) ?? []).filter((x) => x.location !== location);
  if (list.length) map.set(key, list);
  else map.delete(key);
}

export interface AmendedResolution {
  proposalIndex: number;
  /** The Resolution as the old text of the MOD has it. */
  resolution: Resolution;
  base?: ChosenBase;
  /** The old text's paragraphs compared with the base: `comparedParagraphs` (the Resolution's, then `notes`). */
  comparison?: Comparison;
  /**
   * The footnote definitions compared after the Resolution's paragraphs (review3 E5): the old text's definitions of the
   * footnotes its paragraphs reference (`draft`), the text in force's of those the paragraphs it restates reference
   * (`base`), each in the order of first reference, labels masked (footnotes are numbered anew in each document).
   */
  notes?: { draft: Paragraph[]; base: string[] };
  /** The proposal has no revision mark at all. */
  unmarked: boolean;
  /**
   * No base: the other editions of the text the workspace holds (the old text names one it lacks, and
   * names it with revision marks, so no other edition may stand in for it): base.not-found says so.
   */
  otherEditions?: BaseText[];
  /** No base: files of the workspace not read for their size, which may hold it (base.not-found names them). */
  unread?: readonly UnreadFile[];
  /**
   * An ADD of a Resolution (Decision …) numbered like one the workspace holds in force (`ADD … RESOLUTION 50 (Baku,
   * 2025)` beside Resolution 50 (Rev. Dubai, 2014)): the texts in force of that number (base.resolution-exists).
   * Nothing is compared: an ADD is all new text.
   */
  numberInForce?: BaseText[];
  /**
   * A proposal on a provision (`RR 5.338A`, `CS 5`): `resolution` then stands for the provision as the
   * proposal restates it (its first paragraph in place of a number line), `base` for the provision in force.
   */
  provision?: AmendedProvision;
}

export interface AmendedProvision {
  /** `RR 5.338A`; the instrument's name alone when it is not in the workspace. */
  ref: string;
  action: ProposalAction;
  /** The instrument is in the workspace but not this provision. */
  missing?: boolean;
  /** An ADD of a number the text in force already has (base.provision-exists). */
  exists?: boolean;
  /** For `exists`: the first inserted number after it that neither the text in force nor the contribution uses (`5.446D`). */
  free?: string;
  /** For `exists`: the number in force is that of a provision suppressed (`4.15A<TAB>(SUP - WRC-12)`, `164<TAB>PP-98<TAB>(SUP)`). */
  suppressed?: boolean;
  /** The provision as the proposal's new text has it (Compare with base shows it beside the text in force). */
  newText?: string[];
  /**
   * Provisions in force between the one restated before this one and this one, left out with no elision
   * (`…`) where the numbering alone shows nothing missing (CS 3, 4 without 3A; RR 5.3, 5.5 without 5.4):
   * base.provision-gap. `at`: where an elision line goes (undefined inside a revision mark).
   */
  skipped?: { after: string; numbers: string[]; paragraphs: string[]; at?: number };
  /** An ADD whose number does not follow on from the numbers in force (`ADD 7` after No. 5): base.provision-gap. */
  gap?: { after: string; expected: string; addedBefore?: true };
  /** The text in force the provision was looked up in (a reference to another of its clauses resolves there: checks/references.ts). */
  instrumentText?: InstrumentText;
  /**
   * Rows of a table the proposal restates (review3 E13: the Table of Frequency Allocations), compared row by row with
   * the table in force whose rows they restate; with no `base`, no table of the workspace has them (base.table-not-compared).
   */
  table?: true;
  /**
   * A MOD that restates what looks like a provision but whose provision is not identified (review 6, G9): no
   * paragraph reads as a provision of the instrument named, or no one instrument of the workspace holds its
   * numbers with these words. Compared with nothing: base.provision-unidentified. `why`: `unread` (no
   * provision read) or `unplaced` (numbers read, instrument not found).
   */
  unidentified?: 'unread' | 'unplaced';
}

/**
 * Comparers keep their gap caches between calls: one per amended Resolution. `endRound` (called after
 * each version's comparisons) lets go of the comparers that version did not ask for: a MOD removed, or
 * renumbered by a proposal inserted before it, no longer holds its cache for the document's lifetime.
 */
export type ComparerPool = ((key: string) => BaseComparer) & { endRound?: () => void };

export function simplePool(): ComparerPool {
  let pool = new Map<string, BaseComparer>();
  let used = new Map<string, BaseComparer>();
  const get = (key: string) => {
    let c = used.get(key) ?? pool.get(key);
    if (!c) c = new BaseComparer();
    used.set(key, c);
    return c;
  };
  return Object.assign(get, {
    endRound: () => {
      pool = used;
      used = new Map();
    },
  });
}

/**
 * The text in force a Resolution restated in proposal `proposalIndex` (its old text) is compared with: the
 * one rule of the checks (amendedResolutions) and of compile. A number line with revision marks names in its
 * old text the edition amended (`Rev. {~~Hammamet, 2016~>Geneva, 2022~~}`), and a SUP or NOC names the
 * edition in force it restates: only that edition will do (`sameEdition`), never an older one that would show
 * that edition's own changes as this proposal's. Without marks on it, a MOD's number line may name the new
 * meeting: any edition with its number will do. `prefer`: the files the cover's `Base:` field names.
 */
export function restatedBase(doc: ItuDocument, proposalIndex: number, resolution: Resolution, lookup: BaseLookup, prefer: readonly string[] = preferredBases(doc)): { base: ChosenBase | undefined; sameEdition: boolean } {
  const action = doc.proposals[proposalIndex]?.action;
  const line = resolution.numberLine.source;
  const sameEdition = action === 'SUP' || action === 'NOC' || doc.marks.some((m) => isRevision(m) && m.start < line.end && m.end > line.start);
  return { base: lookup(resolution.numberLine.text, prefer, { sameEdition }), sameEdition };
}

/**
 * The Resolutions an ADD numbers like a text the workspace holds in force (any edition of that number, the
 * kind's word in the same language: `RESOLUTION 50`, `DRAFT NEW RESOLUTION 50`), each as an entry with
 * `numberInForce` (review 5, F21). A placeholder (`[EEE-1]`) is no number. An ADD brings a new text, which
 * the meeting numbers: one numbered as a text in force is a MOD meant, or a new text needing a new number.
 */
function addedInForce(doc: ItuDocument, proposalIndex: number, lookup: BaseLookup, out: AmendedResolution[]): void {
  if (!lookup.editions) return;
  for (const resolution of doc.views.new.proposals[proposalIndex]?.resolutions ?? []) {
    if (!/\d/.test(resolution.number) || resolution.number.includes('[')) continue;
    const inForce = lookup.editions(resolution.numberLine.text);
    if (inForce.length) out.push({ proposalIndex, resolution, base: undefined, unmarked: false, numberInForce: inForce });
  }
}

export function amendedResolutions(doc: ItuDocument, lookup: BaseLookup, pool: ComparerPool = simplePool()): AmendedResolution[] {
  const out: AmendedResolution[] = [];
  const old = doc.views.old;
  const prefer = preferredBases(doc);
  // The footnote definitions of the document, in either text (markFootnotes), found when a MOD is compared.
  let definitions: FootnoteDef[] | undefined;
  const front = doc.proposals.length ? doc.proposals[0].span.start : doc.text.length;
  doc.proposals.forEach((p, i) => {
    if (p.action === 'ADD') {
      addedInForce(doc, i, lookup, out);
      return;
    }
    // A SUP or NOC restates the text in force: compared with it too (checks/base.ts says each difference).
    const restates = p.action === 'SUP' || p.action === 'NOC';
    if (!isMod(p) && !restates) return;
    const pv = old.proposals[i];
    if (!pv) return;
    // Only a MOD is previewed and tracked as its comparison: a SUP's or NOC's differences are faults.
    const unmarked = !restates && !holdsMark(doc, p.span);
    for (const resolution of pv.resolutions) {
      const found = restatedBase(doc, i, resolution, lookup, prefer);
      const sameEdition = found.sameEdition;
      let base = found.base;
      const others = !base && sameEdition ? lookup.editions?.(resolution.numberLine.text) : undefined;
      // With no text in force to hold it against, a SUP or NOC says nothing (it amends nothing to detect),
      // unless the workspace holds another edition of it: it then names one not in force (review 5, F21).
      if (restates && !base && !others?.length) continue;
      const entry: AmendedResolution = { proposalIndex: i, resolution, base, unmarked };
      if (others?.length) entry.otherEditions = others;
      if (!base) {
        const unread = lookup.unread?.();
        if (unread?.length) entry.unread = unread;
      }
      if (base) {
        // The annexes in force after the text that another proposal of the contribution amends on its own are not
        // left out by this one (review17).
        const trimmed = annexesAmendedElsewhere(doc, i, resolution, base.paragraphs);
        if (trimmed !== undefined) base = { ...base, paragraphs: base.paragraphs.slice(0, trimmed) };
        const draft = resolution.paragraphs.map((x) => x.text);
        const caseless = headingsCaseless(resolution, draft, base.paragraphs);
        // A reference of the draft is a note's when the draft defines it, or the text in force does (an excerpt may leave
        // the definition under its `…`).
        const baseNotes = definedLabels(base.footnotes);
        // The draft's own: those the proposal and the text before the first proposal define (the editor checks each
        // proposal with that text alone, and must read the same).
        const own = (d: FootnoteDef) => d.paragraph.source.start < front || (d.paragraph.source.start >= p.span.start && d.paragraph.source.start < p.span.end);
        const draftNotes = new Set([...(definitions ??= [...old.footnoteDefs, ...doc.views.new.footnoteDefs]).filter(own).map((d) => d.label), ...baseNotes]);
        const masked = pool(`${i}:${base.key}`).compare((caseless?.draft ?? draft).map((x) => markFootnotes(x, draftNotes)), (caseless?.base ?? base.paragraphs).map((x) => markFootnotes(x, baseNotes)));
        let comparison = unmask(masked, draft, base.paragraphs, caseless !== undefined);
        const notes = notesCompared(old, resolution.paragraphs, base, comparison, p.span);
        if (notes) {
          entry.notes = notes;
          const noteComparison = unmask(pool(`${i}:${base.key}:notes`).compare(notes.draft.map((x) => maskDefinition(x.text)), notes.base.map(maskDefinition)), notes.draft.map((x) => x.text), notes.base, true);
          comparison = appendComparison(comparison, noteComparison, draft, base.paragraphs, notes.draft.length, notes.base.length);
        }
        entry.comparison = restates ? restatedPart(comparison) : comparison;
      }
      out.push(entry);
    }
  });
  const provisions = lookup.provisions;
  if (provisions) {
    const targets = proposalTargets(doc);
    // The new text of each proposal's provisions, read once (Compare with base shows them).
    let newSide: Map<number, ProposalTarget> | undefined;
    const newOf = (i: number) => (newSide ??= new Map(proposalTargets(doc, 'new').map((n) => [n.proposalIndex, n]))).get(i);
    // The numbers the document's ADDs bring so far, by instrument: a later ADD may follow on from them.
    const added = new Map<string, Set<string>>();
    for (const t of targets) amendedProvisions(doc, t, provisions, prefer, pool, out, newOf, added);
    amendedTables(doc, targets, provisions, pool, out);
    amendedHeadings(doc, targets, provisions, prefer, pool, out, newOf);
    amendedRecommendationHeads(doc, targets, provisions, prefer, pool, out);
    unidentifiedProvisions(doc, targets, out);
  }
  pool.endRound?.();
  return out.sort((a, b) => a.proposalIndex - b.proposalIndex);
}

/** An annex's heading in any language's words (`ANNEX 1 TO RESOLUTION 960 (REV.WRC-23)`, `ANEXO A LA RESOLUCIÓN 45`). */
const ANNEX_WORD = new RegExp(`^\\s*(?:${[...new Set(LANGUAGES.flatMap((l) => TABLES[l].annex))].map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![\\p{L}])`, 'iu');
/** An annex word anywhere in a line (ANNEX_WORD without its anchor): a heading written with marks. */
const ANNEX_ANYWHERE = new RegExp(ANNEX_WORD.source.slice('^\\s*'.length), 'iu');

/**
 * Whether a proposal's text (its header line first) may open with an annex's heading, as annexesAmendedElsewhere reads
 * the other proposals of a contribution (their first line after the header, in the old text): a MOD of a Resolution
 * then reads the proposals around it, so a contribution holding one is checked whole (core/incremental.ts). Read on the
 * text with its marks, so a heading written with marks counts too.
 */
export function mayOpenWithAnnex(proposal: string): boolean {
  const lines = proposal.split(/\r\n|\r|\n/, 16);
  const first = lines.slice(1).find((l) => l.trim() !== '');
  if (first === undefined) return false;
  return ANNEX_WORD.test(first) || (first.trimStart().startsWith('{') && ANNEX_ANYWHERE.test(first));
}

/** A proposal's first paragraph with text after its header (what annexesAmendedElsewhere and annexOf read its heading from). */
function openingParagraph(pv: ProposalView): Paragraph | undefined {
  return pv.paragraphs.find((p) => p !== pv.header && p.kind !== 'blank' && p.text.trim() !== '');
}

/**
 * Where the text in force is to end for a MOD that restates a Resolution without its annexes, when each annex in force
 * after the last paragraph it restates is restated by another proposal of the contribution, opening with that annex's
 * heading (a WRC contribution's `MOD … RESOLUTION 960 (REV.WRC-23)`, then `MOD … ANNEX 1 TO RESOLUTION 960 (REV.WRC-23)`;
 * review17). Before, the first MOD was told it left the annexes out without marks. Undefined: nothing to leave aside
 * (this MOD restates an annex heading, ends with an elision, no annex follows, or one is amended nowhere).
 */
function annexesAmendedElsewhere(doc: ItuDocument, index: number, resolution: Resolution, base: readonly string[]): number | undefined {
  const paragraphs = resolution.paragraphs;
  const last = paragraphs[paragraphs.length - 1];
  if (!last || last.kind === 'elision' || paragraphs.some((p) => p.kind === 'annex-heading')) return undefined;
  const first = base.findIndex((b) => ANNEX_WORD.test(b));
  if (first < 0) return undefined;
  // The headings the other proposals open with (their old text: a MOD's heading as in force).
  const others = new Set<string>();
  doc.views.old.proposals.forEach((pv, k) => {
    if (k === index || !pv) return;
    const head = openingParagraph(pv);
    if (head && ANNEX_WORD.test(head.text)) others.add(annexHeadingKey(head.text));
  });
  if (others.size === 0) return undefined;
  for (let j = first; j < base.length; j++) if (ANNEX_WORD.test(base[j]) && !others.has(annexHeadingKey(base[j]))) return undefined;
  return first;
}

/**
 * The number lines compared without case (FORMAT.md §7; review3 E8): ITU's Word contributions type the ResNo paragraph
 * in capitals (`RESOLUTION 52 (REV. DUBAI, 2012)`), and import gives it so; the case of the number line is typography,
 * not an amendment. Both lower-cased when that keeps their lengths (offsets hold), else neither.
 */
function numberLinesCaseless(resolution: Resolution, draft: readonly string[], base: readonly string[]): [string | undefined, string | undefined] {
  if (resolution.paragraphs[0] !== resolution.numberLine || draft[0] === undefined || base[0] === undefined) return [undefined, undefined];
  const d = draft[0].toLowerCase();
  const b = base[0].toLowerCase();
  if (d === draft[0] && b === base[0]) return [undefined, undefined];
  return d.length === draft[0].length && b.length === base[0].length ? [d, b] : [undefined, undefined];
}

/**
 * The number line, and the headings of annexes and appendices, compared without case (review 4, N5): typed in capitals
 * (`APPENDIX I (TO RESOLUTION 1 (REV. {~~HAMMAMET, 2016~>NEW DELHI, 2024~~}))`) as the number line is, a heading is the
 * heading in force. A heading is lowered with the base paragraph equal to it without case, each only where that keeps
 * its length (offsets hold); one whose words differ too is compared as written. Undefined: nothing lowered.
 */
function headingsCaseless(resolution: Resolution, draft: readonly string[], base: readonly string[]): { draft: string[]; base: string[] } | undefined {
  const [draftLine, baseLine] = numberLinesCaseless(resolution, draft, base);
  let out: { draft: string[]; base: string[] } | undefined;
  const lowered = () => (out ??= { draft: draft.slice(), base: base.slice() });
  if (draftLine !== undefined && baseLine !== undefined) {
    lowered().draft[0] = draftLine;
    lowered().base[0] = baseLine;
  }
  // The headings typed otherwise than in force, by their lower case (most MODs: none, nothing scanned).
  let headings: Map<string, number[]> | undefined;
  resolution.paragraphs.forEach((p, k) => {
    const lower = p.kind === 'annex-heading' ? draft[k].toLowerCase() : undefined;
    if (lower === undefined || lower === draft[k] || lower.length !== draft[k].length) return;
    const list = (headings ??= new Map()).get(lower);
    if (list) list.push(k);
    else headings.set(lower, [k]);
  });
  if (!headings) return out;
  base.forEach((b, j) => {
    const lower = b.length < 300 ? b.toLowerCase() : undefined;
    const ks = lower !== undefined && lower.length === b.length ? headings!.get(lower) : undefined;
    if (!ks) return;
    lowered().base[j] = lower!;
    for (const k of ks) lowered().draft[k] = lower!;
  });
  return out;
}

/** The draft paragraphs an amended Resolution's comparison speaks of: the Resolution's, then its footnote definitions. */
export function comparedParagraphs(a: AmendedResolution): Paragraph[] {
  return a.notes?.draft.length ? [...a.resolution.paragraphs, ...a.notes.draft] : a.resolution.paragraphs;
}

/** The base paragraphs an amended Resolution's comparison speaks of: the text in force's, then its footnote definitions. */
export function comparedBase(a: AmendedResolution): string[] {
  const paragraphs = a.base?.paragraphs ?? [];
  return a.notes?.base.length ? [...paragraphs, ...a.notes.base] : paragraphs;
}

/** A footnote definition's opening, `[^1]:`: group 1 its label. */
export const DEFINITION_LABEL = /^\[\^([^\]\s]+)\]:/;

/**
 * The footnote definitions to compare with the text in force's: the old text's of the footnotes the restated
 * paragraphs reference, the base's of those the base paragraphs the MOD restates (outside elisions) reference.
 * Paired by the comparer, not by label: labels are numbered anew in each document (FORMAT.md §6).
 */
function notesCompared(view: View, paragraphs: readonly Paragraph[], base: BaseText, body: Comparison, span: Span): AmendedResolution['notes'] {
  const draftLabels = referencedLabels(paragraphs.map((p) => p.text));
  const defs = base.footnotes ?? [];
  // The proposal's own definitions: those it restates (the editor checks a proposal alone and must read the same).
  const own = view.footnoteDefs.filter((d) => d.paragraph.source.start >= span.start && d.paragraph.source.start < span.end);
  // Those no paragraph of it references are restated too (a MOD that leaves out, without marks, the item that referenced
  // its note and keeps the note): compared after the others, so that a note kept is no deletion (`track` wrote the note
  // in force deleted beside the one kept, and the old text held it twice), and a note added is a change.
  const unreferencedDefs = own.filter((d) => !draftLabels.includes(d.label));
  const unreferenced = unreferencedDefs.map((d) => d.paragraph);
  if (draftLabels.length === 0 && defs.length === 0 && unreferenced.length === 0) return undefined;
  const restated: string[] = [];
  for (const seg of body.segments) if (seg.kind !== 'elision') for (let b = seg.baseStart; b < seg.baseEnd; b++) restated.push(base.paragraphs[b]);
  const byLabel = new Map(defs.map((d) => [DEFINITION_LABEL.exec(d)?.[1], d]));
  const baseLabels = referencedLabels(restated).filter((l) => byLabel.has(l));
  const draftByLabel = new Map(own.map((d) => [d.label, d.paragraph]));
  // A reference the MOD restates without restating its note (an excerpt that ends in `…`, where the note
  // stands): the note is not compared, so it is no deletion (footnote.undefined says it lacks a definition).
  // References pair in order of first reference when both texts hold as many; else only a MOD that restates
  // none of its notes is left uncompared.
  const missing = draftLabels.map((l) => !draftByLabel.has(l));
  const pairs = missing.length === baseLabels.length;
  if (missing.length > 0 && missing.every(Boolean)) return undefined;
  const baseNotes = baseLabels.filter((_l, k) => !(pairs && missing[k])).map((l) => byLabel.get(l)!);
  // A note the MOD restates whose reference in force it leaves out under `…` (a MOD of the note alone): compared with
  // that note in force, not read as added.
  for (const d of unreferencedDefs) if (byLabel.has(d.label) && !baseLabels.includes(d.label)) baseNotes.push(byLabel.get(d.label)!);
  const draftNotes = draftLabels.flatMap((l) => draftByLabel.get(l) ?? []).concat(unreferenced);
  return draftNotes.length || baseNotes.length ? { draft: draftNotes, base: baseNotes } : undefined;
}

/** The footnote labels texts reference, each once, in the order of first reference. */
function referencedLabels(texts: readonly string[]): string[] {
  const seen = new Set<string>();
  for (const t of texts) if (t.includes('[^')) for (const m of t.matchAll(/\[\^([^\]\s]+)\](?!:)/g)) seen.add(m[1]);
  return [...seen];
}

/** A footnote definition with its label blanked (same length, so offsets hold), references in it masked too. */
function maskDefinition(text: string): string {
  return maskFootnotes(text).replace(DEFINITION_LABEL, (m) => ' '.repeat(m.length));
}

/**
 * `a` followed by `b`, whose paragraphs come after `a`'s `draft` and `base` paragraphs. A side `b` has none of (a note
 * in force the draft leaves out) is placed at the end of `a`'s last paragraph, where the comparer puts what ends a text.
 */
function appendComparison(a: Comparison, b: Comparison, draft: readonly string[], base: readonly string[], bDraft: number, bBase: number): Comparison {
  const draftShift = draft.length;
  const baseShift = base.length;
  const end = (texts: readonly string[]): TextPosition => ({ paragraph: Math.max(0, texts.length - 1), offset: texts[texts.length - 1]?.length ?? 0 });
  const pos = (p: TextPosition, shift: number, texts: readonly string[], count: number): TextPosition => (count === 0 ? end(texts) : { paragraph: p.paragraph + shift, offset: p.offset });
  const range = (r: TextRange, shift: number, texts: readonly string[], count: number): TextRange => ({ start: pos(r.start, shift, texts, count), end: pos(r.end, shift, texts, count) });
  return {
    identical: a.identical && b.identical,
    segments: [...a.segments, ...b.segments.map((s) => ({ ...s, draftStart: s.draftStart + draftShift, draftEnd: s.draftEnd + draftShift, baseStart: s.baseStart + baseShift, baseEnd: s.baseEnd + baseShift }))],
    changes: [
      ...a.changes,
      ...b.changes.map((c) => ({
        ...c,
        draftStart: c.draftStart + draftShift,
        draftEnd: c.draftEnd + draftShift,
        baseStart: c.baseStart + baseShift,
        baseEnd: c.baseEnd + baseShift,
        ops: c.ops.map((op) => ({ ...op, draft: range(op.draft, draftShift, draft, bDraft), base: range(op.base, baseShift, base, bBase) })),
      })),
    ],
  };
}

/**
 * What a SUP or NOC restates of a Resolution is an excerpt: most give its number line and title alone.
 * Paragraphs in force it leaves out are no difference; a changed, added or reworded one is.
 */
function restatedPart(comparison: Comparison): Comparison {
  const changes = comparison.changes.filter((c) => c.draftEnd > c.draftStart);
  return changes.length === comparison.changes.length ? comparison : { ...comparison, changes, identical: changes.length === 0 };
}

/** A provision's words without its number, white space folded: what stays when it is renumbered. */
function provisionBody(paragraphs: readonly string[], kind: InstrumentText['instrument']['kind']): string {
  // Footnote references and margin notes (`PP-98`) are no words of it, as in the comparison.
  const masked = paragraphs.map((x) => maskMarginNote(maskFootnotes(x)));
  const first = masked[0] ?? '';
  const n = provisionNumberAt(first, kind, true);
  return foldWhitespace([n ? first.slice(n.length) : first, ...masked.slice(1)].join('\n')).trim();
}

/**
 * Words enough to tell one provision from another: not a placeholder (`(SUP)`, `Not used.`, `Vervallen:`);
 * in Chinese, which writes no spaces, characters enough.
 */
const TELLING = /(?:\p{L}+\P{L}+){3}\p{L}|\p{Script=Han}{6}/u;

/** The provisions in force by their words (provisionBody), built once per text in force. */
const BY_BODY = new WeakMap<InstrumentText, Map<string, (ProvisionText & { line: number })[]>>();

/**
 * The provision in force a MOD's restated provision is, when the MOD numbers it otherwise: its words
 * differ from those in force under its number (or that number is not in force) and are, exactly, the
 * words of one other provision in force. Clauses renumbered by hand after an inserted one (`{++4.2.2 …++}`,
 * then 4.2.2 written 4.2.3 and 4.2.3 written 4.2.4, as Word users do) are then one change each, of the
 * number (`{~~4.2.2~>4.2.3~~}`), not a rewording and a provision "not in force".
 * Renumbered and reworded too (defect 6): `after` is the provision in force the restated provision before
 * this one stands for, with no elision between them; the provision in force directly after it is this one,
 * renumbered, when at least half the words of the longer of the two are shared and they are more alike than
 * this one and the provision in force under its own number, and no other provision of the excerpt stands for
 * it (`taken`: one before it did, or one after it restates it under its own number). Its changes are then
 * those of its number and of its words.
 */
function renumberedFrom(r: RestatedProvision, text: InstrumentText, after?: InForceProvision, taken?: (p: InForceProvision) => boolean): InForceProvision | undefined {
  if (r.numbers.length !== 1) return undefined;
  const kind = text.instrument.kind;
  // An elision after it (`…`, the rest of the text left out) is no word of it (review 3, E10: `1.4.5<TAB>…`
  // then `…` was compared with clause 1.4.5 in force, a whole clause "added", rather than with 1.4.4).
  const kept = withoutTrailingElision(r.paragraphs);
  const body = provisionBody(kept.map((p) => p.text), kind);
  const own = text.provisions.get(r.number);
  // As in force under its own number, whole or its first paragraphs then `…` (the rest left out): no renumbering.
  if (own && (provisionBody(own.paragraphs, kind) === body || (kept.length < r.paragraphs.length && provisionBody(own.paragraphs.slice(0, kept.length), kind) === body))) return undefined;
  const excerpt = r.paragraphs.some((p) => p.kind === 'elision');
  return (TELLING.test(body) ? sameWords(body, r.number, text) : undefined) ?? followingReworded(body, excerpt, r.number, own, text, after, taken);
}

/**
 * Whether the provision restated at `k` is a new one inserted without marks under a number in force: its
 * words are unlike those of the provision in force under its number (fewer than half shared), and a
 * provision restated after it, with no elision between, restates that one renumbered (its words exactly,
 * or at least half of them and more than those of the provision in force under its own number). Review 3,
 * E17: a MOD typed without marks, a new 1.4.3, then 1.4.3 in force written 1.4.4: the new clause is no
 * rewording of 1.4.3, which stands after it. The provisions after it are looked at up to one restated
 * under its own number as in force (the numbering is in step again there).
 */
function insertedAt(provisions: readonly RestatedProvision[], k: number, text: InstrumentText): boolean {
  const r = provisions[k];
  const own = r.numbers.length === 1 && k + 1 < provisions.length ? text.provisions.get(r.number) : undefined;
  if (!own || own.numbers.length !== 1) return false;
  const kind = text.instrument.kind;
  const bodyOf = (x: RestatedProvision) => provisionBody(withoutTrailingElision(x.paragraphs).map((p) => p.text), kind);
  const ownBody = provisionBody(own.paragraphs, kind);
  const body = bodyOf(r);
  // Most restated provisions are as in force: nothing more to ask.
  if (body === ownBody) return false;
  const ownWords = wordsOf([ownBody]);
  // Restated in part (`…` after it), judged on the words it restates.
  const partial = withoutTrailingElision(r.paragraphs).length < r.paragraphs.length;
  if ((partial ? contained : overlap)(wordsOf([body]), ownWords) * 2 >= 1) return false;
  for (let j = k + 1; j < provisions.length && j <= k + 8; j++) {
    const before = provisions[j - 1].paragraphs;
    const x = provisions[j];
    if (before[before.length - 1].kind === 'elision' || x.numbers.length !== 1 || x.number === own.number) return false;
    const later = bodyOf(x);
    if (later === ownBody) return true;
    const other = text.provisions.get(x.number);
    const otherBody = other && provisionBody(other.paragraphs, kind);
    if (otherBody === later) return false;
    const words = wordsOf([later]);
    const alike = overlap(words, ownWords);
    if (alike * 2 >= 1 && (otherBody === undefined || overlap(words, wordsOf([otherBody])) < alike)) return true;
  }
  return false;
}

/** The paragraphs of a restated provision without the elisions that end it. */
function withoutTrailingElision(paragraphs: readonly Paragraph[]): readonly Paragraph[] {
  let end = paragraphs.length;
  while (end > 1 && paragraphs[end - 1].kind === 'elision') end--;
  return end === paragraphs.length ? paragraphs : paragraphs.slice(0, end);
}

/** The one provision in force, numbered otherwise, whose words are exactly `body`. */
function sameWords(body: string, number: string, text: InstrumentText): InForceProvision | undefined {
  const kind = text.instrument.kind;
  let byBody = BY_BODY.get(text);
  if (!byBody) {
    byBody = new Map();
    for (const p of new Set(text.provisions.values())) {
      const key = provisionBody(p.paragraphs, kind);
      const list = byBody.get(key);
      if (list) list.push(p);
      else byBody.set(key, [p]);
    }
    BY_BODY.set(text, byBody);
  }
  const same = byBody.get(body);
  return same?.length === 1 && same[0].number !== number && same[0].numbers.length === 1 ? same[0] : undefined;
}

/**
 * The provision in force directly after `after`, renumbered as `number` and reworded (renumberedFrom). A
 * provision restated in part (`6<TAB>Conduct of meetings`, then `…`: an `excerpt`) is judged on the words it
 * restates: at least half of them stand in that provision, and fewer in the one under its own number. Its
 * place identifies it where its words alone would not (two clauses in force have that heading).
 */
function followingReworded(body: string, excerpt: boolean, number: string, own: InForceProvision | undefined, text: InstrumentText, after?: InForceProvision, taken?: (p: InForceProvision) => boolean): InForceProvision | undefined {
  if (!after) return undefined;
  const { list, place } = inForceOrder(text);
  const next = list[place.get(after)! + 1];
  if (!next || next === own || next.numbers.length !== 1 || next.number === number || taken?.(next)) return undefined;
  const kind = text.instrument.kind;
  const words = wordsOf([body]);
  const alikeness = (p: InForceProvision) => (excerpt ? contained : overlap)(words, wordsOf([provisionBody(p.paragraphs, kind)]));
  const alike = alikeness(next);
  if (alike * 2 < 1) return undefined;
  return own && alikeness(own) >= alike ? undefined : next;
}

/**
 * A Resolution's text in force narrowed to one of its annexes, for a proposal opening with that annex's heading (`MOD …
 * ANNEX 2 TO RESOLUTION 45 (Rev. Kigali, 2022)`, its clauses `1`, `2` as annex 1's are numbered; review17: before, they
 * were compared with annex 1's). The text itself otherwise. One narrowed text per annex, so that what is read of a text
 * once (its order, its citations) is read once for it too.
 */
function annexOf(doc: ItuDocument, t: ProposalTarget, text: InstrumentText | undefined): InstrumentText | undefined {
  if (!text?.annexes) return text;
  const pv = doc.views.old.proposals[t.proposalIndex];
  const head = pv && openingParagraph(pv);
  const clauses = head?.kind === 'annex-heading' ? text.annexes.get(annexHeadingKey(head.text)) : undefined;
  if (!clauses) return text;
  let narrowed = ANNEXES.get(text);
  if (!narrowed) ANNEXES.set(text, (narrowed = new Map()));
  let one = narrowed.get(clauses);
  if (!one) narrowed.set(clauses, (one = { ...text, provisions: clauses }));
  return one;
}
const ANNEXES = new WeakMap<InstrumentText, Map<Map<string, ProvisionText & { line: number }>, InstrumentText>>();

/**
 * The provisions one proposal restates, each compared with the provision in force: a MOD's old text,
 * a SUP's or NOC's text (which must be the text in force). The instrument is the one the proposal
 * names, else the one instrument of the workspace holding every number it restates.
 */
function amendedProvisions(
  doc: ItuDocument,
  t: ProposalTarget,
  source: ProvisionSource,
  prefer: readonly string[],
  pool: ComparerPool,
  out: AmendedResolution[],
  newOf: (proposalIndex: number) => ProposalTarget | undefined,
  added: Map<string, Set<string>>,
): void {
  if (!['MOD', '(MOD)', 'SUP', 'NOC', 'ADD'].includes(t.action) || t.provisions.length === 0) return;
  const span = doc.proposals[t.proposalIndex].span;
  // A proposal in French is compared with the text in force in French only, as a Resolution is (docs/languages.md).
  const language = proposalLanguage(doc, t.proposalIndex);
  const text = annexOf(doc, t, instrumentOfTarget(t, source, prefer, language));
  if (!t.instrument && !text) return; // none or several hold the numbers: nothing says which text is amended
  // Held in another language only: said as for an instrument the workspace does not hold, with the language.
  const otherLanguage = !text && t.instrument !== undefined && source.instrument(t.instrument.key, prefer) !== undefined;
  if (t.action === 'ADD') {
    // An ADD brings new provisions: a number the text in force already has is a fault (a MOD meant, or a
    // number taken: a new provision takes a free number or a WRC placeholder such as 5.A1).
    if (text) {
      for (const r of t.provisions) {
        if (!text.provisions.has(r.number)) continue;
        const taken = (n: string) => text.provisions.has(n) || (added.get(text.instrument.key)?.has(n) ?? false) || t.provisions.some((p) => p.numbers.includes(n));
        const suppressed = numberedProvisions(text.instrument.kind) && provisionNumber(text.provisions.get(r.number)!.paragraphs[0])?.suppressed === true;
        out.push({ proposalIndex: t.proposalIndex, resolution: provisionAsResolution(r), unmarked: false, provision: { ref: formatRef({ instrument: text.instrument, provision: r.number }), action: t.action, exists: true, free: nextInserted(r.number, taken), ...(suppressed ? { suppressed } : {}) } });
      }
      // The first new number must follow on from the numbers in force, or from those added before it
      // (`ADD 7` after No. 5 leaves out 6); the numbers after it in the ADD are checked among themselves.
      const first = t.provisions[0];
      const before = added.get(text.instrument.key) ?? new Set<string>();
      const gap = !text.provisions.has(first.number) ? addGap(first.number, text, before) : undefined;
      if (gap) out.push({ proposalIndex: t.proposalIndex, resolution: provisionAsResolution(first), unmarked: false, provision: { ref: formatRef({ instrument: text.instrument, provision: first.number }), action: t.action, gap } });
      for (const r of t.provisions) for (const n of r.numbers) before.add(n);
      added.set(text.instrument.key, before);
    }
    return;
  }
  const mod = t.action === 'MOD' || t.action === '(MOD)';
  const newSide = mod ? newOf(t.proposalIndex) : undefined;
  const unmarked = mod && !holdsMark(doc, span);
  let restatedNumbers: Set<string> | undefined;
  // The provisions in force those restated so far stand for, the last one `previous` (renumberedFrom).
  let previous: InForceProvision | undefined;
  const standFor = new Set<InForceProvision>();
  // Where each number is restated last in the excerpt (a provision restated after this one under its own number is taken).
  let lastAt: Map<string, number> | undefined;
  for (const [k, r] of t.provisions.entries()) {
    const resolution = provisionAsResolution(r);
    if (!text) {
      // The instrument is not in the workspace: said once, on the first provision, for a MOD (as for a Resolution).
      if (mod) out.push({ proposalIndex: t.proposalIndex, resolution, unmarked, provision: { ref: otherLanguage ? `${t.instrument!.name} (${language})` : t.instrument!.name, action: t.action } });
      return;
    }
    const suppressed = t.action === 'SUP' ? suppressedByNumber(r, text) : undefined;
    if (suppressed) {
      // `SUP 160E to 160G`, `SUP 5.50 and 5.51`: each number stands for its provision, nothing to compare.
      for (const n of suppressed.missing) {
        out.push({ proposalIndex: t.proposalIndex, resolution: numberAt(doc, resolution, n), unmarked, provision: { ref: formatRef({ instrument: text.instrument, provision: n }), action: t.action, missing: true } });
      }
      continue;
    }
    // Renumbered by hand without marks (a clause inserted before it, `4.2.2` → `4.2.3`): compared with the
    // provision in force whose text it restates, so that the change is its number, not its words; or,
    // reworded too, with the one in force after the provision the clause before it stands for.
    const before = k > 0 && t.provisions[k - 1].paragraphs[t.provisions[k - 1].paragraphs.length - 1].kind !== 'elision' ? previous : undefined;
    const taken = (p: InForceProvision) => standFor.has(p) || ((lastAt ??= new Map(t.provisions.flatMap((x, j) => x.numbers.map((n) => [n, j] as const)))).get(p.number) ?? -1) > k;
    const renumbered = mod ? renumberedFrom(r, text, before, taken) : undefined;
    if (mod && !renumbered && insertedAt(t.provisions, k, text)) {
      // A new provision under a number in force whose provision is restated, renumbered, after it: compared
      // with nothing, all of it new text (the provision before it stays `previous`).
      const ref = formatRef({ instrument: text.instrument, provision: r.number });
      const base: ChosenBase = { key: `${ref.toLowerCase()} (new)`, location: text.location, numberLine: ref, paragraphs: [], line: text.provisions.get(r.number)!.line };
      const draft = r.paragraphs.map((p) => p.text);
      const newText = newSide?.provisions.find((n) => n.numbers.includes(r.number))?.paragraphs.map((p) => p.text);
      out.push({ proposalIndex: t.proposalIndex, resolution, base, unmarked, provision: { ref, action: t.action, newText }, comparison: pool(`${t.proposalIndex}:${base.key}`).compare(draft, []) });
      continue;
    }
    const ref = formatRef({ instrument: text.instrument, provision: renumbered?.number ?? r.number });
    const inForce = renumbered ?? text.provisions.get(r.number);
    previous = inForce;
    if (inForce) standFor.add(inForce);
    if (!inForce) {
      out.push({ proposalIndex: t.proposalIndex, resolution, unmarked, provision: { ref, action: t.action, missing: true, instrumentText: text } });
      continue;
    }
    // The notes printed after the provision in force (`NOTE – …` after RR No. 1.1) are compared where the proposal
    // restates a note after it; left out, they are no change (they are no words of the provision).
    const noted = r.paragraphs.some((p) => isUnnumberedNote(p.text));
    const withNotes = (p: InForceProvision | undefined) => (p && noted && p.notes ? [...p.paragraphs, ...p.notes] : p?.paragraphs ?? []);
    const base: ChosenBase = { key: ref.toLowerCase(), location: text.location, numberLine: ref, paragraphs: withNotes(inForce), line: inForce.line };
    // Other editions of the instrument in the workspace: said once, on the first provision compared (base.ambiguous).
    const rivals = standFor.size === 1 ? source.instrumentRivals?.(text, prefer, language).filter((o) => o.provisions.has(inForce.number)) : undefined;
    if (rivals?.length) Object.assign(base, { chosenBy: 'rule', rivals: rivals.map((o) => ({ ...base, location: o.location, paragraphs: withNotes(o.provisions.get(inForce.number)) })) });
    const newText = newSide?.provisions.find((n) => n.numbers.includes(r.number))?.paragraphs.map((p) => p.text);
    const skipped = k > 0 ? skippedInForce(doc, t.provisions[k - 1], r, text, restatedNumbers ??= restatedIn(t.provisions)) : undefined;
    const entry: AmendedResolution = { proposalIndex: t.proposalIndex, resolution, base, unmarked, provision: { ref, action: t.action, newText, instrumentText: text, ...(skipped ? { skipped } : {}) } };
    const draft = r.paragraphs.map((p) => p.text);
    // A SUP that gives the number alone restates nothing to compare.
    if (mod || draft.length > 1 || draft[0].toUpperCase().replace(r.numbers.join(' ').toUpperCase(), '').trim() !== '') {
      const mask = (x: string) => maskMarginNote(markFootnotes(maskProvisionPrefix(x)));
      const masked = pool(`${t.proposalIndex}:${base.key}`).compare(draft.map(mask), base.paragraphs.map(mask));
      entry.comparison = unmask(masked, draft, base.paragraphs, true);
    }
    out.push(entry);
  }
}

/**
 * MODs on provisions compared with nothing because their provision is not identified (review 6, G9): a
 * target whose paragraphs read as no provision of its instrument (`58A<TAB>PP-98`, the text on the next
 * line), or whose numbers no one instrument holds with these words; and a MOD whose first paragraph opens
 * with a provision number (`58`, `No. 58`, `5.446B`) that no target took. Each is told it was not compared,
 * rather than left silent or "changes nothing" (`base.provision-unidentified`). Resolutions are named by their
 * number line, their clauses by call (unreadNumberLines and the Resolution lookup speak for them).
 */
function unidentifiedProvisions(doc: ItuDocument, targets: readonly ProposalTarget[], out: AmendedResolution[]): void {
  let compared: Set<number> | undefined;
  const byIndex = new Map(targets.map((t) => [t.proposalIndex, t]));
  doc.proposals.forEach((proposal, i) => {
    if (proposal.action !== 'MOD' && proposal.action !== '(MOD)') return;
    if (!mayRestateProvisions(doc, i)) return;
    const t = byIndex.get(i);
    if (t?.instrument?.kind === 'Resolution' || t?.instrument?.kind === 'Recommendation') return;
    if ((compared ??= new Set(out.map((a) => a.proposalIndex))).has(i)) return;
    const ov = doc.views.old.proposals[i];
    const first = ov.paragraphs.find((p) => p !== ov.header && p.kind !== 'blank' && p.kind !== 'reasons' && p.text.trim() !== '');
    if (!first) return;
    // Opening with a number (a Resolution's number line not read is unreadNumberLines's).
    if (!NUMBER_FIRST.test(first.text)) return;
    if (t && !t.instrument && t.provisions.length === 0) return;
    const unmarked = !holdsMark(doc, proposal.span);
    const r = t?.provisions[0] ?? { number: '', numbers: [], paragraphs: [first] };
    out.push({ proposalIndex: i, resolution: provisionAsResolution(r), unmarked, provision: { ref: t?.instrument ? formatRef({ instrument: t.instrument }) : '', action: proposal.action, unidentified: t?.provisions.length ? 'unplaced' : 'unread' } });
  });
}
/** A paragraph opening with a provision number, bare or named (`58`, `No. 58`, `RR 5.446B`, `п. 5.446B`), then a TAB or spaces. */
const NUMBER_FIRST = /^(?:(?:RR|CS|CV)[ \u00A0]+(?:Nos?\.[ \u00A0]*)?|Nos?\.[ \u00A0]*|N[°º][ \u00A0]*|пп?\.[ \u00A0]*)?\d{1,4}(?:\.\d+)*[A-Z]{0,3}(?:\t|[ \u00A0]*$)/u;

/**
 * The pipe tables a MOD (or NOC) restates outside any Resolution and any restated provision (the Table of Frequency
 * Allocations of RR Article 5, as Word import writes it): each compared with the table in force that holds its rows.
 * A draft row is matched with the row in force it equals, else with the one sharing most of its words (at least half);
 * the rows in force so matched, in their order, are the base, so that an excerpt (heading rows, then the bands
 * amended) is compared with what it restates and a row changed without marks is an untracked change in its cells, as
 * in a paragraph. A draft row that matches none is compared with nothing (a row added without marks). No table of the
 * workspace shares a row: an entry without base, which base.table-not-compared reports.
 */
function amendedTables(doc: ItuDocument, targets: readonly ProposalTarget[], source: ProvisionSource, pool: ComparerPool, out: AmendedResolution[]): void {
  if (!source.tables) return;
  let covered: Set<Paragraph> | undefined;
  doc.proposals.forEach((proposal, i) => {
    const mod = proposal.action === 'MOD' || proposal.action === '(MOD)';
    if (!mod && proposal.action !== 'NOC') return;
    const ov = doc.views.old.proposals[i];
    if (!ov || ov.resolutions.length > 0) return;
    const reasons = ov.paragraphs.findIndex((p) => p.kind === 'reasons');
    const body = (reasons < 0 ? ov.paragraphs : ov.paragraphs.slice(0, reasons)).filter((p) => p !== ov.header && p.kind !== 'blank');
    const tables = pipeTables(body);
    if (tables.length === 0) return;
    covered ??= new Set(targets.flatMap((t) => t.provisions.flatMap((r) => r.paragraphs)));
    const span = proposal.span;
    const unmarked = mod && !holdsMark(doc, span);
    const newTables = doc.views.new.proposals[i] ? pipeTablesOf(doc.views.new.proposals[i].paragraphs) : [];
    const candidates = source.tables!(proposalLanguage(doc, i));
    tables.forEach(({ first, count }, k) => {
      const rows = body.slice(first, first + count);
      if (rows.every((p) => covered!.has(p))) return;
      const resolution = provisionAsResolution({ number: '', numbers: [], paragraphs: rows });
      const draft = rows.map((p) => p.text);
      const match = tableInForce(draft, candidates);
      const ref = match ? `${displayName(match.table.location)}:${match.table.line + match.rows[0] + 1}` : '';
      const provision: AmendedProvision = { ref, action: proposal.action, table: true, newText: newTables[k] };
      if (!match) {
        if (mod) out.push({ proposalIndex: i, resolution, unmarked, provision });
        return;
      }
      const baseRows = match.rows.map((r) => match.table.rows[r]);
      const base: ChosenBase = { key: `table ${match.table.location}:${match.table.line}:${match.rows.join(',')}`, location: match.table.location, numberLine: ref, paragraphs: baseRows, line: match.table.line + match.rows[0] };
      const masked = pool(`${i}:table:${k}`).compare(draft.map((x) => markFootnotes(x)), baseRows.map((x) => markFootnotes(x)));
      out.push({ proposalIndex: i, resolution, base, unmarked, provision, comparison: unmask(masked, draft, baseRows, true) });
    });
  });
}

/**
 * Whether a mark other than a comment starts in `span` (a proposal): a MOD without one is "unmarked", its differences
 * from the text in force untracked changes. The marks are sorted: those of the span are walked, not every mark.
 */
export function holdsMark(doc: Pick<ItuDocument, 'marks'>, span: Span): boolean {
  const marks = doc.marks;
  for (let i = firstMarkFrom(marks, span.start); i < marks.length && marks[i].start < span.end; i++) if (marks[i].kind !== 'comment') return true;
  return false;
}

/**
 * The headings a MOD of a margin-numbered instrument (CS, CV, RR, ITRs) restates outside its provisions (review 9,
 * J23): `Article 8` and its title, `CHAPTER I` and its, each compared with that heading and its title lines in force
 * (InstrumentText.headings), so that a title changed without marks is an untracked change as a provision's words
 * are, and one restated unchanged changes nothing. A heading the text in force does not have, or has twice, is
 * compared with nothing, as before.
 */
function amendedHeadings(
  doc: ItuDocument,
  targets: readonly ProposalTarget[],
  source: ProvisionSource,
  prefer: readonly string[],
  pool: ComparerPool,
  out: AmendedResolution[],
  newOf: (proposalIndex: number) => ProposalTarget | undefined,
): void {
  for (const t of targets) {
    if ((t.action !== 'MOD' && t.action !== '(MOD)') || !t.instrument || !numberedProvisions(t.instrument.kind)) continue;
    const i = t.proposalIndex;
    const runs = headingRuns(doc.views.old.proposals[i]?.paragraphs, t);
    if (runs.length === 0) continue;
    const text = instrumentOfTarget(t, source, prefer, proposalLanguage(doc, i));
    if (!text?.headings) continue;
    const newRuns = doc.views.new.proposals[i] ? headingRuns(doc.views.new.proposals[i].paragraphs, newOf(i)) : [];
    const span = doc.proposals[i].span;
    const unmarked = !holdsMark(doc, span);
    runs.forEach((run, k) => {
      // As many lines in force as the draft restates: a CV Article's subheading (`Elected officials`) after its title
      // is not left out by a MOD of the title alone.
      const inForce = headingInForce(text, run[0].text)?.slice(0, run.length);
      if (!inForce) return;
      const ref = `${formatRef({ instrument: text.instrument })} ${inForce[0].text}`;
      const basePars = inForce.map((h) => h.text);
      const base: ChosenBase = { key: `heading ${ref.toLowerCase()}`, location: text.location, numberLine: ref, paragraphs: basePars, line: inForce[0].line };
      const draft = run.map((p) => p.text);
      // `ARTICLE 8` for `Article 8`: the case of a heading is typography, not an amendment (as for a number line).
      const caseless = draft.map((d, j) => (j < basePars.length && d.length === basePars[j].length && d.toLowerCase() === basePars[j].toLowerCase() ? basePars[j] : d));
      const compared = pool(`${i}:heading:${k}`).compare(caseless, basePars);
      const resolution = provisionAsResolution({ number: '', numbers: [], paragraphs: run });
      const newText = newRuns[k]?.map((p) => p.text);
      out.push({ proposalIndex: i, resolution, base, unmarked, provision: { ref, action: t.action, ...(newText ? { newText } : {}) }, comparison: unmask(compared, draft, basePars, true) });
    });
  }
}

/**
 * The title and enacting formula a MOD of a Recommendation restates after its number line, each compared with the
 * same line in force (InstrumentText.head), as a Resolution's are: a title or formula changed without marks is a
 * `base.untracked-change` with the same fixes; one restated unchanged changes nothing. Before, only the clauses and
 * call items were compared, and an unmarked change of the title or formula went unsaid. Without the number line
 * restated (the heading only after the id), the lines are not told apart, and nothing is compared.
 */
function amendedRecommendationHeads(
  doc: ItuDocument,
  targets: readonly ProposalTarget[],
  source: ProvisionSource,
  prefer: readonly string[],
  pool: ComparerPool,
  out: AmendedResolution[],
): void {
  const headOf = (paragraphs: readonly Paragraph[] | undefined, key: string) => {
    const at = paragraphs?.findIndex((p) => instrumentHeading(p.text)?.key === key) ?? -1;
    return at < 0 ? undefined : recommendationHead(paragraphs!.slice(at + 1), undefined, true);
  };
  for (const t of targets) {
    if ((t.action !== 'MOD' && t.action !== '(MOD)') || t.instrument?.kind !== 'Recommendation') continue;
    const i = t.proposalIndex;
    const draftHead = headOf(doc.views.old.proposals[i]?.paragraphs, t.instrument.key);
    if (!draftHead || (!draftHead.title && !draftHead.formula)) continue;
    const text = instrumentOfTarget(t, source, prefer, proposalLanguage(doc, i));
    if (!text?.head) continue;
    const newHead = headOf(doc.views.new.proposals[i]?.paragraphs, t.instrument.key);
    const span = doc.proposals[i].span;
    const unmarked = !holdsMark(doc, span);
    for (const role of ['title', 'formula'] as const) {
      const line = draftHead[role];
      const inForce = text.head[role];
      if (!line?.paragraph || !inForce) continue;
      // Named as a heading is (`RR Article 8`): the Recommendation, then the line in force.
      const ref = `${formatRef({ instrument: text.instrument })} ${inForce.text.trim()}`;
      const base: ChosenBase = { key: `${role} ${formatRef({ instrument: text.instrument }).toLowerCase()}`, location: text.location, numberLine: ref, paragraphs: [inForce.text], line: inForce.line };
      const draft = [line.text];
      const compared = pool(`${i}:head:${role}`).compare(draft, base.paragraphs);
      const resolution = provisionAsResolution({ number: '', numbers: [], paragraphs: [line.paragraph] });
      const newText = newHead?.[role]?.text;
      out.push({ proposalIndex: i, resolution, base, unmarked, provision: { ref, action: t.action, ...(newText !== undefined ? { newText: [newText] } : {}) }, comparison: unmask(compared, draft, base.paragraphs, true) });
    }
  }
}

/**
 * A proposal's structural headings outside its restated provisions, each with the short lines after it (its title, a title amended may outgrow the 100 characters of one in force):
 * `Article 8`, `Plenipotentiary Conference`. An instrument's own heading and its Reasons end the text read.
 */
function headingRuns(paragraphs: readonly Paragraph[] | undefined, t: ProposalTarget | undefined): Paragraph[][] {
  if (!paragraphs) return [];
  const covered = new Set(t?.provisions.flatMap((r) => r.paragraphs) ?? []);
  const runs: Paragraph[][] = [];
  let run: Paragraph[] | undefined;
  for (const p of paragraphs) {
    if (p.kind === 'reasons') break;
    if (p.kind === 'proposal-header' || p.kind === 'blank' || p.kind === 'footnote-definition') continue;
    const text = p.text.trim();
    if (covered.has(p) || p.kind === 'elision' || text === '' || instrumentHeading(p.text)) run = undefined;
    else if (instrumentStructureHeading(text)) runs.push((run = [p]));
    else if (run && text.length <= 200 && !/[.;:,]$/.test(text)) run.push(p);
    else run = undefined;
  }
  return runs;
}

/**
 * The heading in force a restated heading names (the same words without case or extra spaces), with its title lines:
 * the headings after it up to the next structural heading or provision. Undefined when none, or several, match.
 */
function headingInForce(text: InstrumentText, heading: string): { text: string; line: number }[] | undefined {
  const headings = text.headings ?? [];
  const key = (s: string) => s.replace(/[\s\u00A0]+/g, ' ').trim().toLowerCase();
  const wanted = key(heading);
  const at = headings.flatMap((h, j) => (key(h.text) === wanted ? [j] : []));
  if (at.length !== 1) return undefined;
  const first = headings[at[0]];
  let nextProvision = Infinity;
  for (const p of text.provisions.values()) if (p.line > first.line && p.line < nextProvision) nextProvision = p.line;
  const out = [first];
  for (let j = at[0] + 1; j < headings.length && headings[j].line < nextProvision && !instrumentStructureHeading(headings[j].text); j++) out.push(headings[j]);
  return out;
}

/**
 * The tables in force a proposal's pipe tables restate (review 9, J19: MODs of rows of the Table of Frequency
 * Allocations), as amendedTables matches them: each with its rows matched in force and the proposal's old and new
 * rows, so that `proposals` lists the proposal under the table and `compile` compiles the table's proposals together.
 */
export function restatedTables(doc: ItuDocument, proposalIndex: number, source: ProvisionSource): { table: TableText; rows: number[]; old: string[]; now: string[] }[] {
  const candidates = source.tables?.(proposalLanguage(doc, proposalIndex));
  const [ov, nv] = [doc.views.old.proposals[proposalIndex], doc.views.new.proposals[proposalIndex]];
  if (!candidates?.length || !ov || !nv || ov.resolutions.length > 0) return [];
  const [olds, nows] = [pipeTablesOf(ov.paragraphs), pipeTablesOf(nv.paragraphs)];
  return olds.flatMap((old, k) => {
    const match = tableInForce(old, candidates);
    return match ? [{ ...match, old, now: nows[k] ?? [] }] : [];
  });
}

/**
 * A table in force as a target (`Table 1 300-1 525 MHz`: the first words of its heading row); by its file and line
 * when its heading is long, or another table of `all` (the workspace's) has the same (`Allocation to services`).
 */
export function tableName(table: TableText, all: readonly TableText[]): string {
  const heading = tableHeading(table);
  return heading && heading.length <= 60 && !all.some((t) => t !== table && tableHeading(t) === heading) ? `Table ${heading}` : `Table ${displayName(table.location)}:${table.line + 1}`;
}
function tableHeading(table: TableText): string | undefined {
  return (table.rows[0] ?? '').split('|').map((c) => c.replace(/[\s\u00A0]+/g, ' ').trim()).find((c) => c !== '');
}

function pipeTablesOf(paragraphs: readonly Paragraph[]): string[][] {
  const body = paragraphs.filter((p) => p.kind !== 'blank');
  return pipeTables(body).map(({ first, count }) => body.slice(first, first + count).map((p) => p.text));
}

/** Row pairs tried by words before only equal rows are matched (a hostile table of thousands of rows each side). */
const TABLE_WORD_PAIRS = 2_000_000;

/**
 * The table in force whose rows the draft's rows restate most (rows with words: a delimiter row or an empty heading
 * row matches any table), and the rows matched, in their order in force; undefined when no table has one.
 */
function tableInForce(draft: readonly string[], tables: readonly TableText[]): { table: TableText; rows: number[] } | undefined {
  const draftWords = draft.map(cellTokens);
  let best: { table: TableText; rows: number[]; score: number } | undefined;
  for (const table of tables) {
    const index = tableIndex(table);
    const byWords = draft.length * table.rows.length <= TABLE_WORD_PAIRS;
    const rows = new Set<number>();
    let score = 0;
    draft.forEach((d, k) => {
      let j = index.at.get(d);
      if (j === undefined && byWords && draftWords[k].size > 0) {
        let share = 0;
        (index.words ??= table.rows.map(cellTokens)).forEach((w, b) => {
          const o = overlap(draftWords[k], w);
          if (o * 2 >= 1 && o > share && !rows.has(b)) {
            share = o;
            j = b;
          }
        });
      }
      if (j === undefined) return;
      rows.add(j);
      if (WORD.test(d)) score++;
    });
    if (score > 0 && (!best || score > best.score)) best = { table, rows: [...rows].sort((a, b) => a - b), score };
  }
  return best && { table: best.table, rows: best.rows };
}

/** A table in force as tableInForce reads it: each row's first index, and (once asked) each row's cellTokens. */
interface TableIndex {
  readonly at: Map<string, number>;
  words?: Set<string>[];
}

/** Each table's index, made once per version of its base text (tablesOf makes its TableText), not at every check. */
const tableIndexes = new WeakMap<TableText, TableIndex>();

function tableIndex(table: TableText): TableIndex {
  let index = tableIndexes.get(table);
  if (!index) {
    const at = new Map<string, number>();
    table.rows.forEach((r, j) => {
      if (!at.has(r)) at.set(r, j);
    });
    index = { at };
    tableIndexes.set(table, index);
  }
  return index;
}

/**
 * The tokens of a table row, numbers included: a row of the Table of Frequency Allocations is told from the next by its
 * band (`5 250-5 255`) and footnote numbers (`5.448A`) more than by its services' words, which most rows share.
 */
function cellTokens(row: string): Set<string> {
  return new Set(row.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}.-]*/gu) ?? []);
}
const WORD = /\p{L}{2,}/u;

/** A file's name as findings show it: the last part of its path or URI, decoded. */
export function displayName(location: string): string {
  const last = location.slice(location.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

type InForceProvision = InstrumentText['provisions'] extends Map<string, infer P> ? P : never;

/** The provisions of a text in force in the order it sets them, each once (`166 and 167` is one), and each one's place. */
const ORDER = new WeakMap<InstrumentText, { list: InForceProvision[]; place: Map<InForceProvision, number> }>();

function inForceOrder(text: InstrumentText): { list: InForceProvision[]; place: Map<InForceProvision, number> } {
  let order = ORDER.get(text);
  if (!order) {
    const list = [...new Set(text.provisions.values())].sort((a, b) => a.line - b.line || a.first - b.first);
    order = { list, place: new Map(list.map((p, i) => [p, i])) };
    ORDER.set(text, order);
  }
  return order;
}

/**
 * The numbers an excerpt restates: its provisions', and the decimal clauses its paragraphs are numbered with, which a
 * provision read as margin numbers holds as its own paragraphs (`1`, then `1.1` and `1.2` under it: the clauses of a
 * Resolution's annex restated whole, which its text in force numbers one by one; review17, before "After 1 comes 2, but
 * the text in force has 1.1, 1.2 between them" of clauses restated).
 */
function restatedIn(provisions: readonly RestatedProvision[]): Set<string> {
  const out = new Set(provisions.flatMap((x) => x.numbers));
  for (const x of provisions) for (const p of x.paragraphs) if (p.label?.kind === 'decimal') out.add(p.label.text);
  return out;
}

/**
 * The provisions in force an excerpt leaves out between two it restates (`prev`, then `r`), with no
 * elision (`…`) after `prev`: the text in force sets them between the two, and the excerpt restates them
 * nowhere (a swap is numbering.order's). Only where the numbers alone
 * show nothing missing (CS 3, 4 without 3A; A.1 clause 1.4.3, 1.5 without 1.4.4; RR 5.3, 5.5 without 5.4,
 * RR numbers being checked for order only): a gap the numbers show is numbering.gap's, one fault one
 * finding. ITU's placeholders of removed provisions (`(SUP)`, `Not used.`) and RR footnotes (`5.2.1`,
 * printed at the foot of the page, not between provisions) need not be restated.
 */
function skippedInForce(doc: ItuDocument, prev: RestatedProvision, r: RestatedProvision, text: InstrumentText, restated: ReadonlySet<string>): AmendedProvision['skipped'] {
  const lastOfPrev = prev.paragraphs[prev.paragraphs.length - 1];
  if (lastOfPrev.kind === 'elision') return undefined;
  const after = prev.numbers[prev.numbers.length - 1];
  const kind = text.instrument.kind;
  const { list, place } = inForceOrder(text);
  const a = text.provisions.get(after);
  const b = text.provisions.get(r.number);
  if (!a || !b || !numbersShowNoGap(kind, after, r.number)) return undefined;
  const from = place.get(a)!;
  const to = place.get(b)!;
  if (to <= from + 1) return undefined;
  const depth = (n: string) => n.split('.').length;
  // The provisions between are named; a few hundred are enough to say it (an excerpt jumping back and
  // forth over a whole text must not cost the square of its length).
  const left = list.slice(from + 1, Math.min(to, from + 1 + 400)).filter((p) => {
    // Restated elsewhere in the excerpt: out of order (numbering.order's), not left out.
    if (p.numbers.some((n) => restated.has(n))) return false;
    if (numberedProvisions(kind) && provisionNumber(p.paragraphs[0])?.suppressed !== false) return false;
    return kind !== 'RR' || depth(p.number) <= Math.max(depth(after), depth(r.number));
  });
  if (left.length === 0) return undefined;
  // The elision goes on a line of its own before `r`, where no revision mark is open.
  let at = r.paragraphs[0].source.start;
  while (at > 0 && doc.text[at - 1] !== '\n' && doc.text[at - 1] !== '\r') at--;
  return { after, numbers: left.map((p) => p.number), paragraphs: left.flatMap((p) => p.paragraphs), at: freeAt(doc, at) && at === r.paragraphs[0].source.start ? at : undefined };
}

/**
 * Whether `next` may come directly after `prev` by the numbering alone: margin numbers that follow
 * directly (`3` → `3A` → `4`); a clause's first sub-clause or the next clause at its level or a level up
 * (`1.4` → `1.4.1`, `1.4.3` → `1.5`); the next letter under one call (`considering a)` → `b)`; ITU-R's
 * `h)` → `j)`), or a clause under another call. RR numbers always may (their numbering leaves numbers out).
 */
function numbersShowNoGap(kind: InstrumentKind, prev: string, next: string): boolean {
  if (kind === 'RR') return true;
  if (numberedProvisions(kind)) return followsDirectly(prev, next);
  const call = /^(.+) ([a-z])\)$/;
  const pc = call.exec(prev);
  const nc = call.exec(next);
  if (pc || nc) {
    // The last letter under one call, then a clause of another (`considering j)` → `recommends 1`, → `noting a)`): the
    // numbers show no end of a list, so no item left out after `j)` (RA.314's `k)`, dropped without marks: before, the
    // MOD was said to change nothing).
    if (!pc || !nc || pc[1] !== nc[1]) return true;
    const step = nc[2].charCodeAt(0) - pc[2].charCodeAt(0);
    return step === 1 || (pc[2] === 'h' && nc[2] === 'j');
  }
  const p = prev.split('.');
  const n = next.split('.');
  if (next === `${prev}.1`) return true;
  // Of another clause, not under `prev` (`1.4.6` → `1.7.6`, `1.1.5` → `1.2`): lists of their own to the numbering check.
  if (!next.startsWith(`${prev}.`) && n.slice(0, -1).join('.') !== p.slice(0, -1).join('.')) return true;
  if (n.length > p.length || !/^\d+$/.test(n[n.length - 1]) || !/^\d+$/.test(p[n.length - 1] ?? '')) return false;
  return n.slice(0, -1).every((x, i) => x === p[i]) && Number(n[n.length - 1]) === Number(p[n.length - 1]) + 1;
}

/**
 * An ADD's first new number that does not follow on from the numbers in force or added before it:
 * the number before it (the highest in force below it) and the number expected. Margin numbers (CS, CV,
 * ITRs): `ADD 7` after No. 5 (expected 6), `ADD 3B` after No. 3 (expected 3A). Clauses of a
 * Recommendation: `1.4.9` after 1.4.7 (expected 1.4.8), `1.5.2` with no 1.5.1. RR numbers leave numbers
 * out, and a WRC placeholder (`5.A12`) is no number yet: neither is checked.
 */
function addGap(n: string, text: InstrumentText, added: ReadonlySet<string>): AmendedProvision['gap'] {
  const kind = text.instrument.kind;
  const has = (x: string) => text.provisions.has(x) || added.has(x);
  if (kind === 'RR' || kind === 'Resolution' || PLACEHOLDER.test(n)) return undefined;
  if (numberedProvisions(kind)) {
    const key = provisionKey(n);
    if (key.some(Number.isNaN)) return undefined;
    let before: string | undefined;
    for (const x of [...text.provisions.keys(), ...added]) {
      if (provisionKey(x).some(Number.isNaN) || compareProvisions(x, n) >= 0) continue;
      if (followsDirectly(x, n)) return undefined;
      if (!before || compareProvisions(x, before) > 0) before = x;
    }
    if (!before) return undefined;
    const stem = /^\d+/.exec(before)![0];
    // After an inserted number the next letter (`58B` after `58A`, as the texts in force number successive
    // insertions: CS 59A-59D); a doubled letter (`58AA`) only when that one is taken (review 9, J20).
    const tail = before.charCodeAt(before.length - 1);
    const nextLetter = tail >= 65 && tail < 90 ? before.slice(0, -1) + String.fromCharCode(tail + 1) : undefined;
    const expected = [String(Number(stem) + 1), ...(nextLetter ? [nextLetter] : []), `${before}A`].find((c) => !has(c) && followsDirectly(before!, c) && compareProvisions(c, n) < 0);
    return expected ? { after: before, expected, ...(text.provisions.has(before) ? {} : { addedBefore: true }) } : undefined;
  }
  // A decimal clause (`1.4.9`, `A.3`, `recommends` `6`): the clause before it at its level, or its parent for a first sub-clause.
  const parts = n.split('.');
  const last = parts[parts.length - 1];
  if (!/^\d+$/.test(last) || Number(last) < 1) return undefined;
  const prefix = parts.slice(0, -1).join('.');
  const at = (k: number) => (prefix ? `${prefix}.${k}` : String(k));
  if (Number(last) === 1 ? !prefix || has(prefix) : has(at(Number(last) - 1))) return undefined;
  let k = Number(last) - 1;
  while (k > 0 && !has(at(k))) k--;
  if (k === 0 && !(prefix && has(prefix))) return undefined;
  const after = k > 0 ? at(k) : prefix;
  return { after, expected: at(k + 1), ...(text.provisions.has(after) ? {} : { addedBefore: true }) };
}

/**
 * A SUP that gives two numbers and no text (`160E to 160G`, `160E and 160F`, `5.50 and 5.51`, a note such
 * as `PP-26` or `(SUP)` after them): the numbers it suppresses that the text in force does not have.
 * `A to B` stands for every provision in force from A to B, `A and B` for both; one number alone is left
 * to the comparison of its provision (undefined).
 */
function suppressedByNumber(r: RestatedProvision, text: InstrumentText): { missing: string[] } | undefined {
  if (r.numbers.length < 2 || r.paragraphs.length !== 1) return undefined;
  const line = r.paragraphs[0].text;
  const n = provisionNumberAt(line, text.instrument.kind, true);
  if (!n || /\p{Ll}/u.test(line.slice(n.length).replace(/\((?:SUP|Suppressed)\b[^)]*\)/gi, ''))) return undefined;
  const [first, last] = r.numbers;
  return { missing: [first, last].filter((x) => !text.provisions.has(x)) };
}

/** A restated provision's first paragraph pointing at one of its numbers (`160F` of `160E and 160F`), for a finding on it. */
function numberAt(doc: ItuDocument, resolution: Resolution, n: string): Resolution {
  const line = resolution.numberLine;
  const at = line.text.toUpperCase().indexOf(n.toUpperCase());
  const start = line.source.start + Math.max(at, 0);
  if (at <= 0 || doc.text.slice(start, start + n.length).toUpperCase() !== n.toUpperCase()) return { ...resolution, number: n };
  return { ...resolution, number: n, numberLine: { ...line, source: { start, end: line.source.end } } };
}

/**
 * The text in force a proposal on provisions amends: the instrument it names, else the one instrument
 * of the workspace that holds every number it restates (undefined when none or several do).
 */
/**
 * The instrument a proposal of `doc` that names none is compared with (instrumentOfTarget, in the proposal's
 * language): what the proposals list names it by, so that it files the proposal where check and compile
 * take it (review 6, G3).
 */
export function instrumentResolver(doc: ItuDocument, source: ProvisionSource): (t: ProposalTarget) => Instrument | undefined {
  return (t) => instrumentOfTarget(t, source, [], proposalLanguage(doc, t.proposalIndex))?.instrument;
}

/**
 * The text in force an ADD on provisions inserts into (review 8, I26): what its references to clauses of that text
 * resolve against (checks/references.ts). A list of its own beside amendedResolutions, whose readers take each
 * entry for a comparison with the text in force, which an ADD has not (it is all new text).
 */
export interface AddedText {
  proposalIndex: number;
  instrumentText: InstrumentText;
}

/** The ADDs of a document on an instrument the workspace holds (named by the ADD, its context or its numbers), each with that text in force. */
export function addedTexts(doc: ItuDocument, lookup: BaseLookup): AddedText[] {
  const source = lookup.provisions;
  if (!source || !doc.proposals.some((p) => p.action === 'ADD' || p.action === 'ADD*')) return [];
  const prefer = preferredBases(doc);
  const out: AddedText[] = [];
  for (const t of proposalTargets(doc)) {
    if (t.action !== 'ADD' && t.action !== 'ADD*') continue;
    const text = instrumentOfTarget(t, source, prefer, proposalLanguage(doc, t.proposalIndex));
    if (text) out.push({ proposalIndex: t.proposalIndex, instrumentText: text });
  }
  return out;
}

export function instrumentOfTarget(t: ProposalTarget, source: ProvisionSource, prefer: readonly string[] = [], language?: Lang): InstrumentText | undefined {
  const numbers = t.provisions.flatMap((p) => p.numbers);
  if (t.instrument) return source.instrument(t.instrument.key, prefer, language, numbers);
  // Numbers alone are weak evidence (every text has a 1): the instrument must also say much the same
  // words under the first number, or the numbers must be distinctive (`5.337A`, `3A`, `1.4.3`) when
  // the proposal gives a number alone.
  const first = t.provisions[0];
  if (!first) return undefined;
  const words = wordsOf(first.paragraphs.map((p) => p.text));
  // An excerpt (`…` leaves text out) restates part of the provision: its words are looked for among the whole
  // provision's, not weighed against them (review 9, J22: a 22-paragraph RR 5.340 restated in two lines).
  const excerpt = first.paragraphs.some((p) => p.kind === 'elision');
  const holders = source.instrumentsWith(t.provisions.map((p) => p.number), language).filter((h) => {
    if (words.size === 0) return /[.A-Z]/.test(first.number);
    // A Resolution's annexes number their clauses alike: the words may be those of any annex's clause of that number
    // (annexOf then takes the annex the proposal opens with; review17).
    const inForce = [h.provisions.get(first.number)!, ...(h.annexes ? [...h.annexes.values()].flatMap((a) => a.get(first.number) ?? []) : [])];
    return inForce.some((p) => (excerpt ? contained(words, wordsOf(p.paragraphs)) * 2 >= 1 : similar(words, wordsOf(p.paragraphs))));
  });
  return holders.length === 1 ? source.instrument(holders[0].instrument.key, prefer, language, numbers) : undefined;
}

/**
 * The words that carry meaning: four letters or more (numbers and small words are shared by any two texts).
 * Chinese writes no spaces between words: a run of Chinese characters gives its pairs of characters.
 */
function wordsOf(paragraphs: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const w of paragraphs.join(' ').toLowerCase().match(/\p{L}{2,}/gu) ?? []) {
    if (HAN.test(w)) for (let i = 0; i + 1 < w.length; i++) out.add(w.slice(i, i + 2));
    else if (w.length >= 4) out.add(w);
  }
  return out;
}
const HAN = /\p{Script=Han}/u;

/** At least half the words of the longer text stand in the other. */
function similar(a: Set<string>, b: Set<string>): boolean {
  return overlap(a, b) * 2 >= 1;
}

/** The share of the longer text's words that stand in the other (0 when either has none). */
function overlap(a: Set<string>, b: Set<string>): number {
  const n = shared(a, b);
  return n === 0 ? 0 : n / Math.max(a.size, b.size);
}

/** The share of the words of `part` (a text restated in part) that stand in `whole` (0 when it has none). */
function contained(part: Set<string>, whole: Set<string>): number {
  const n = shared(part, whole);
  return n === 0 ? 0 : n / part.size;
}

function shared(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const w of a) if (b.has(w)) n++;
  return n;
}

/** A restated provision in the shape the comparison and its fixes take: its paragraphs, the first standing for a number line. */
function provisionAsResolution(r: RestatedProvision): Resolution {
  const first = r.paragraphs[0];
  return { numberLine: first, number: r.number, revision: '', draftNew: false, root: { paragraph: first, children: [], continuation: [] }, paragraphs: r.paragraphs };
}

/**
 * Footnote references are numbered anew in each document (FORMAT.md §6), so `[^2]` where the base
 * has `[^1]` is no change: references are blanked (same length, so offsets hold) before comparing.
 */
export function maskFootnotes(text: string): string {
  return text.includes('[^') ? text.replace(FOOTNOTE_REFERENCE, (m) => ' '.repeat(m.length)) : text;
}

const FOOTNOTE_REFERENCE = /\[\^[^\]\s]+\](?!:)/g;

/**
 * Footnote references as the comparison with the text in force reads them: each one token, whatever its label (same
 * length, so offsets hold; lang/spelling.ts textRespellings reads `NOTE_MARK` and its `NOTE_FILL` as one): `[^2]`
 * where the text in force has `[^1]` is no change, a reference added or taken out is one. Blanked, as before, a
 * reference added mid-sentence without marks was no change at all, and `track` left it unmarked (the twenty-sixth
 * session's property test of track).
 */
export function markFootnotes(text: string, defined?: ReadonlySet<string>): string {
  if (!text.includes('[^')) return text;
  // A reference to no note (none defined in its text: the text in force's own fault, which New contribution drops) is
  // no note either: blanked, as before, on both sides.
  return text.replace(FOOTNOTE_REFERENCE, (m) => (defined && !defined.has(m.slice(2, -1)) ? ' '.repeat(m.length) : NOTE_MARK + NOTE_FILL.repeat(m.length - 1)));
}

/** The labels of footnote definitions (`[^1]:<TAB>…` as written). */
function definedLabels(definitions: readonly string[] | undefined): Set<string> {
  const out = new Set<string>();
  for (const d of definitions ?? []) {
    const m = DEFINITION_LABEL.exec(d.trimStart());
    if (m) out.add(m[1]);
  }
  return out;
}

/**
 * The margin note of a CS or CV provision after its number (`3<TAB>PP-98<TAB>a) …`, `PP-02`, `PP-94`,
 * `Plen-89`, two of them: `484<TAB>PP-94<TAB>PP-98<TAB>5. …`): the conference that last amended it, not words of it. A delegate restating the provision
 * may write it or leave it out; it is blanked (same length, so offsets hold) before comparing.
 */
const MARGIN_NOTE = /^([^\t]{1,24}\t)((?:PP|Plen)-\d{2}(?:[ ,\t]+(?:PP|Plen)-\d{2})*)(?=\t)/;

export function maskMarginNote(text: string): string {
  return text.includes('-') ? text.replace(MARGIN_NOTE, (_m, number: string, note: string) => number + ' '.repeat(note.length)) : text;
}

/** The margin note also where the number was taken off before it (`PP-98<TAB>jbis)<TAB>…`, a body in compile). */
const LEADING_NOTE = /^((?:PP|Plen)-\d{2}(?:[ ,\t]+(?:PP|Plen)-\d{2})*)(?=\t)/;

/**
 * Footnote references and the CS/CV margin note blanked (same length, offsets hold), with or without the number
 * before the note: what compile compares, as check does (review 6, G1: the note is no word of the provision).
 */
export function maskNotes(text: string): string {
  const masked = maskMarginNote(maskFootnotes(text));
  return masked.includes('-') ? masked.replace(LEADING_NOTE, (note: string) => ' '.repeat(note.length)) : masked;
}

function sliceRange(paragraphs: readonly string[], r: TextRange): string {
  if (r.start.paragraph === r.end.paragraph) return (paragraphs[r.start.paragraph] ?? '').slice(r.start.offset, r.end.offset);
  const parts = [paragraphs[r.start.paragraph].slice(r.start.offset)];
  for (let p = r.start.paragraph + 1; p < r.end.paragraph; p++) parts.push(paragraphs[p]);
  parts.push(paragraphs[r.end.paragraph].slice(0, r.end.offset));
  return parts.join('\n');
}

/** The comparison of masked texts, with each op's text as written restored from the real texts. */
function unmask(c: Comparison, draft: readonly string[], base: readonly string[], always = false): Comparison {
  if (!always && !draft.some((t) => t.includes('[^')) && !base.some((t) => t.includes('[^'))) return c;
  return {
    ...c,
    changes: c.changes.map((change) => ({
      ...change,
      ops: change.ops.map((op) => ({ ...op, original: op.kind === 'delete' ? sliceRange(base, op.base) : sliceRange(draft, op.draft) })),
    })),
  };
}

// ---------------------------------------------------------------- positions

/** A draft position (paragraph of the old text, offset) as a source offset, if it maps cleanly. */
function sourceOffset(view: View, paragraphs: Paragraph[], at: TextPosition, bias: 'start' | 'end' = at.offset === 0 ? 'start' : 'end'): number {
  const p = paragraphs[at.paragraph];
  return toSource(view.segments, viewStart(view, p) + at.offset, bias);
}

export function sourceSpan(view: View, paragraphs: Paragraph[], start: TextPosition, end: TextPosition): Span {
  const s = sourceOffset(view, paragraphs, start);
  const e = comparePositions(start, end) === 0 ? s : sourceOffset(view, paragraphs, end);
  return { start: s, end: Math.max(s, e) };
}

function comparePositions(a: TextPosition, b: TextPosition): number {
  return a.paragraph - b.paragraph || a.offset - b.offset;
}

/** Inserting at this source offset does not land inside a mark. */
function freeAt(doc: ItuDocument, offset: number): boolean {
  const m = markAround(doc.marks, offset, offset);
  return !m || offset <= m.start || offset >= m.end;
}

/** Whether a text written by markEdits opens a mark it does not close (`{~~marks~>`, `{++`). */
function opens(text: string): boolean {
  return (text.match(/\{(?:\+\+|--|~~)/g)?.length ?? 0) > (text.match(/(?:\+\+|--|~~)\}/g)?.length ?? 0);
}

/** Whether a mark of the text starts in [from, to): a mark opened at `from` and closed at `to` would hold it. */
function marksWithin(doc: ItuDocument, from: number, to: number): boolean {
  const k = firstMarkFrom(doc.marks, from);
  return k < doc.marks.length && doc.marks[k].start < to;
}

/** Edits writing some of a comparison's differences as marks, or undefined where a mark would nest. */
export function markEdits(doc: ItuDocument, amended: AmendedResolution, changes: ParagraphChange[]): TextEdit[] | undefined {
  const paragraphs = comparedParagraphs(amended);
  const draft = paragraphs.map((p) => p.text);
  const view = doc.views.old;
  const edits: TextEdit[] = [];
  // The insertion that opened a mark the next one closes (`{~~marks~>`, then `~~}`), and where it stands in the old text.
  let opened: { edit: TextEdit; at: TextPosition } | undefined;
  for (const ins of criticMarkupInsertions(draft, { changes, identical: false, segments: [] })) {
    // Where a mark ends in the old text, the place after its end is the same place (`{~~freely~>openly~~} and
    // widely`: the mark for ` and widely` opens after `~~}`, not inside the substitution).
    let at = sourceOffset(view, paragraphs, ins.at);
    if (!freeAt(doc, at)) at = sourceOffset(view, paragraphs, ins.at, 'start');
    if (!freeAt(doc, at)) return undefined;
    const edit = { start: at, end: at, newText: ins.text };
    if (opened) {
      // The mark opened must hold no mark of the text (`{++new++}markss`: `{~~marks~>` before the insertion nested it,
      // `{~~marks~>{++new++}markss~~}`, and changed the new text; review 15). Opened after such a mark where the old
      // text is the same place (a mark the old text does not show: an insertion, a comment), or not written.
      if (marksWithin(doc, opened.edit.start, at)) {
        const later = sourceOffset(view, paragraphs, opened.at, 'start');
        if (!freeAt(doc, later) || later > at || marksWithin(doc, later, at)) return undefined;
        opened.edit.start = opened.edit.end = later;
      }
      opened = undefined;
    }
    if (opens(ins.text)) opened = { edit, at: ins.at };
    edits.push(edit);
  }
  // The old text's words must stand as plain source text between the insertions.
  let delimiters = false;
  for (const change of changes) {
    for (const op of change.ops) {
      if (op.kind !== 'equal' && mayMisread(op.original, '')) delimiters = true;
      if (op.kind === 'delete') continue;
      const span = sourceSpan(view, paragraphs, op.draft.start, op.draft.end);
      const written = (start: number) => doc.text.slice(start, span.end).replace(/\s+/g, ' ') === op.original.replace(/\s+/g, ' ');
      if (op.kind === 'insert' && !written(span.start) && !written(sourceOffset(view, paragraphs, op.draft.start, 'start'))) return undefined;
    }
  }
  // A brace (or `~>`) written into a mark may read as a delimiter (`{++{++}`: review 9, J10), a space alone as an
  // empty mark. The comparer
  // widens such a mark over the text around it where that mends it (compare.ts readableHunk); the marks
  // must then read back, or none is written.
  if (delimiters && !marksReadBack(doc, doc.proposals[amended.proposalIndex]?.span, edits)) return undefined;
  return edits;
}

/**
 * Whether edits that only add marks (markEdits) are read as the marks they write in `span` (the proposal):
 * one more mark for each opener written, no finding of malformed marks more, and the new text unchanged
 * (marks written from the text in force never change the new text).
 */
function marksReadBack(doc: ItuDocument, span: Span | undefined, edits: readonly TextEdit[]): boolean {
  if (!span || edits.some((e) => e.start < span.start || e.end > span.end)) return false;
  const before = doc.text.slice(span.start, span.end);
  let after = '';
  let at = span.start;
  let written = 0;
  for (const e of [...edits].sort((a, b) => a.start - b.start)) {
    after += doc.text.slice(at, e.start) + e.newText;
    at = e.end;
    written += e.newText.match(/\{(?:\+\+|--|~~)/g)?.length ?? 0;
  }
  after += doc.text.slice(at, span.end);
  const was = scanMarks(before);
  const now = scanMarks(after);
  return now.findings.length === was.findings.length && now.marks.length === was.marks.length + written &&
    project(after, now.marks, 'new').text === project(before, was.marks, 'new').text;
}
