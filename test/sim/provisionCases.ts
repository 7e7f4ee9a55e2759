// Proposals on provisions generated from a seed (issue 10): a text in force of one kind (Radio
// Regulations article, Constitution or Convention, ITU-T or ITU-R Recommendation), written by the
// generator in one of three languages with real sentences, and a contribution of MOD, ADD, SUP and NOC
// proposals on its provisions, correct or with exactly one injected fault of the three kinds issue 10
// names: a proposal id out of sequence, an excerpt whose numbering breaks inside what it restates, a
// change without revision marks against the provision in force (or a provision that does not exist).
// The generator knows the provisions by construction (never by the checker's reading of them), and
// says which findings the contribution must get: none, or those of its fault at its place.
import * as fs from 'fs';
import * as path from 'path';
import { Rng } from './cases';
import { clauseReferenceMatches } from '../../server/src/core/lang/references';

export type Kind = 'RR' | 'CS' | 'CV' | 'ITR' | 'REC-T' | 'REC-R';
type Margin = 'CS' | 'CV' | 'ITR';
const isMargin = (k: Kind): k is Margin => k === 'CS' || k === 'CV' || k === 'ITR';
export type Lang = 'en' | 'fr' | 'es';
export type Fault = 'none' | 'id-skip' | 'id-duplicate' | 'id-swap' | 'excerpt-gap' | 'excerpt-swap' | 'excerpt-repeat' | 'untracked-mod' | 'untracked-noc' | 'untracked-sup' | 'not-found-sup' | 'not-found-mod'
  // Against the numbers in force (base.provision-gap): an excerpt leaving out a provision the numbers alone do not show
  // missing (CS 3, 4 without 3A; RR 5.3, 5.5 without 5.4), an ADD whose number skips one after the numbers in force.
  | 'excerpt-skip' | 'add-gap';

/** A provision in force: its number and paragraphs (the first starts with the number and a TAB). */
interface Prov {
  number: string;
  paragraphs: string[];
  /** ITU's placeholder of a removed provision (`(SUP - WRC-97)`, `Not used.`, `166 and 167 PP-98 (SUP)`). */
  suppressed?: boolean;
  /** Recommendation clauses: the depth (`1.4` is 2) and the group of siblings it belongs to. */
  depth?: number;
  /** Index of the run of provisions it stands in (an excerpt stays in one run). */
  run: number;
}

export interface Expected {
  /** Codes allowed for this fault (every finding must have one), at least one finding is required. */
  codes: string[];
  /** 0-based lines of the contribution where its findings may stand. */
  lines: number[];
  /** A piece of text one finding must cover (the changed word, the missing number). */
  covers?: { line: number; column: number; text: string };
}

export interface ProvisionCase {
  seed: number;
  kind: Kind;
  lang: Lang;
  fault: Fault;
  /** The workspace: the text in force (and perhaps a text of another kind), and the contribution last. */
  files: { name: string; text: string }[];
  contribution: string;
  expected?: Expected;
  /** What was generated, for a failure report. */
  describe: string;
  /**
   * 0-based lines where a proposal cites a provision a SUP of the contribution suppresses (proposal.cites-suppressed,
   * true, whatever the fault): `must` be reported there; `may` where a mark touches the citation (a deletion or
   * substitution of it is not reported, an insertion is).
   */
  cited: { must: number[]; may: number[] };
  /**
   * 0-based lines of SUPs of a provision the text in force cites in a provision no MOD or SUP of the contribution
   * restates (base.suppressed-cited, true, whatever the fault): reported there.
   */
  citedInForce: number[];
}

// ---------------------------------------------------------------- sentences from real texts

const ROOT = path.resolve(__dirname, '../..');
let pool: string[] | undefined;

/** Sentences of real ITU texts (test/corpus-kinds): provision bodies with the words ITU writes. */
function sentences(): string[] {
  if (pool) return pool;
  const dir = path.join(ROOT, 'test/corpus-kinds');
  const out = new Set<string>();
  for (const f of fs.readdirSync(dir).filter((x) => x.endsWith('.itu')).sort()) {
    for (let line of fs.readFileSync(path.join(dir, f), 'utf8').split(/\r?\n/)) {
      line = line.replace(/^(?:\d+[A-Z]?\t)?(?:[a-z]\)\t|\d+(?:\.\d+)*\t)?/, '').trim();
      if (line.length < 50 || line.length > 260 || /[\t{}[\]…<>~^*|]|\.\.\.|http|@/.test(line)) continue;
      // A plain sentence: upper-case start, lower-case words, a final stop; no heading or call word first.
      if (!/^[A-Z][a-z]+ [a-z]/.test(line) || !/[a-z)][.;:]$/.test(line)) continue;
      if (/^(?:Annex|Appendix|Article|Chapter|Section|Table|Figure|Note|Reasons|Recommendation|Resolution|Question|The ITU|Considering|Recognizing|Recommends|Noting|Part)\b/i.test(line)) continue;
      // A sentence citing a clause of its own text (`See clause 3.3 for …`) would cite one the generated text may lack.
      if (clauseReferenceMatches(line).length > 0) continue;
      out.add(line);
    }
  }
  pool = [...out];
  if (pool.length < 100) throw new Error(`only ${pool.length} sentences in test/corpus-kinds`);
  return pool;
}

// ---------------------------------------------------------------- words per language

const WORDS: Record<Lang, {
  reasons: string; cs: string; cv: string; itr: string; rr: string; article: string; chapter: string; recT: string; recR: string;
  assembly: string; considering: string; recognizing: string; recommends: string; that: string; annex: string; appendix: string; notUsed: string;
  meeting: string;
}> = {
  en: {
    reasons: 'Reasons', itr: 'INTERNATIONAL TELECOMMUNICATION REGULATIONS', cs: 'CONSTITUTION OF THE INTERNATIONAL TELECOMMUNICATION UNION', cv: 'CONVENTION OF THE INTERNATIONAL TELECOMMUNICATION UNION',
    rr: 'RADIO REGULATIONS', article: 'ARTICLE', chapter: 'CHAPTER', recT: 'Recommendation ITU-T', recR: 'RECOMMENDATION ITU-R',
    assembly: 'The ITU Radiocommunication Assembly,', considering: 'considering', recognizing: 'recognizing', recommends: 'recommends', that: 'that',
    annex: 'Annex', appendix: 'Appendix', notUsed: 'Not used.', meeting: 'Plenipotentiary Conference',
  },
  fr: {
    reasons: 'Motifs', itr: 'RÈGLEMENT DES TÉLÉCOMMUNICATIONS INTERNATIONALES', cs: "CONSTITUTION DE L'UNION INTERNATIONALE DES TÉLÉCOMMUNICATIONS", cv: "CONVENTION DE L'UNION INTERNATIONALE DES TÉLÉCOMMUNICATIONS",
    rr: 'RÈGLEMENT DES RADIOCOMMUNICATIONS', article: 'ARTICLE', chapter: 'CHAPITRE', recT: 'Recommandation UIT-T', recR: 'RECOMMANDATION UIT-R',
    assembly: "L'Assemblée des radiocommunications de l'UIT,", considering: 'considérant', recognizing: 'reconnaissant', recommends: 'recommande', that: 'que',
    annex: 'Annexe', appendix: 'Appendice', notUsed: 'Non utilisé.', meeting: 'Conférence de plénipotentiaires',
  },
  es: {
    reasons: 'Motivos', itr: 'REGLAMENTO DE LAS TELECOMUNICACIONES INTERNACIONALES', cs: 'CONSTITUCIÓN DE LA UNIÓN INTERNACIONAL DE TELECOMUNICACIONES', cv: 'CONVENIO DE LA UNIÓN INTERNACIONAL DE TELECOMUNICACIONES',
    rr: 'REGLAMENTO DE RADIOCOMUNICACIONES', article: 'ARTÍCULO', chapter: 'CAPÍTULO', recT: 'Recomendación UIT-T', recR: 'RECOMENDACIÓN UIT-R',
    assembly: 'La Asamblea de Radiocomunicaciones de la UIT,', considering: 'considerando', recognizing: 'reconociendo', recommends: 'recomienda', that: 'que',
    annex: 'Anexo', appendix: 'Apéndice', notUsed: 'No utilizado.', meeting: 'Conferencia de Plenipotenciarios',
  },
};

const LETTERS = 'abcdefghjklmnopqrstuvwxyz';

// ---------------------------------------------------------------- texts in force

interface InForce {
  kind: Kind;
  lines: string[];
  provisions: Prov[];
  /** The heading lines a contribution puts before its proposals to name the instrument. */
  context: string[];
  /** How the text after a proposal id names the instrument (`CS`, `RR`), if it can. */
  short?: string;
  /** RR: the article number (placeholders `5.A11` go there). */
  article?: number;
  /** A number the text in force does not hold. */
  missing: string;
  /** A real text in force (test/corpus-kinds), not one the generator wrote. */
  real?: boolean;
}

function body(rng: Rng): string {
  return rng.pick(sentences());
}

// ---------------------------------------------------------------- real texts in force

/**
 * The Constitution, Convention and Radio Regulations as in force, converted from the Dutch treaty
 * database by the corpus work (test/corpus-kinds/README.md), when they are in the repository. Their
 * provisions are read here, with the generator's own rules: a line `NUMBER<TAB>…` opens one, the lines
 * after it continue it, a CHAPTER/SECTION/Article/Annex heading and the title after it close it.
 */
const REAL: Partial<Record<Margin | 'RR', string>> = { CS: 'cs-1992-rev2006.itu', CV: 'cv-1992-rev2006.itu', RR: 'rr-2012-art1-9.itu', ITR: 'itr-melbourne-1988.itu' };
const realCache = new Map<string, InForce | null>();

const REAL_HEADING = /^(?:CHAPTER|Chapter|SECTION|Section|Sub-Section|Sub-section|Article|ARTICLE|ANNEX|Annex|APPENDIX|Appendix|PART|Part)\b\s*\S{0,12}\s*(?:[–-].*)?$/;

function realText(kind: Margin | 'RR'): InForce | undefined {
  const file = REAL[kind];
  if (!file) return undefined;
  if (!realCache.has(file)) {
    const at = path.join(ROOT, 'test/corpus-kinds', file);
    realCache.set(file, fs.existsSync(at) ? readReal(kind, fs.readFileSync(at, 'utf8')) : null);
  }
  return realCache.get(file) ?? undefined;
}

function readReal(kind: Margin | 'RR', text: string): InForce {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const provisions: Prov[] = [];
  const counts = new Map<string, number>();
  let current: Prov | undefined;
  let run = 0;
  let title = false;
  const number = kind === 'RR' ? /^(\d{1,2}\.\d{1,3}[A-Z]{0,3}(?:\.\d{1,3})?)\t/ : /^(\d{1,4}[A-Z]{0,3}(?:bis|ter|quater)?)\t/;
  for (const [i, line] of lines.entries()) {
    const t = line.trim();
    if (t === '') continue;
    if (REAL_HEADING.test(t)) {
      current = undefined;
      title = true;
      run++;
      continue;
    }
    const m = number.exec(line);
    if (m) {
      current = { number: m[1], paragraphs: [line], run, suppressed: /\(SUP\)|Not used|\t\(SUP/.test(line) };
      provisions.push(current);
      counts.set(m[1], (counts.get(m[1]) ?? 0) + 1);
      title = false;
      continue;
    }
    if (title && !/[.;:,]$/.test(t)) {
      title = false;
      continue;
    }
    title = false;
    // A subheading over the next provision (CV `Elected officials`) or the RR Secretariat's note closes it (review 9, J3).
    if (current && (/^Note by the Secretariat\s*:/.test(t) || (t.length <= 80 && !t.includes('\t') && /^\p{Lu}/u.test(t) && !/[.;:,)]$/.test(t) && number.test(lines.slice(i + 1).find((l) => l.trim() !== '') ?? '')))) {
      current = undefined;
      continue;
    }
    current?.paragraphs.push(line);
  }
  // A number the text has twice, or an annex's (1001 …), stands in no excerpt: the text's own faults are not the contribution's.
  const usable = provisions.filter((p) => counts.get(p.number) === 1 && !/^\d{4}/.test(p.number) && !p.paragraphs.some((x) => /[{}~]|\[\^/.test(x)));
  // The title (the ITRs' record opens with the Dutch title, then the English one).
  const context = [lines.slice(0, 5).find((l) => /^(?:constitution|convention|radio regulations|international telecommunications? regulations)\b/i.test(l.trim())) ?? lines[0]];
  const last = provisions[provisions.length - 1]?.number ?? '1';
  return { kind, lines, provisions: usable, context, short: kind, article: kind === 'RR' ? 5 : undefined, missing: kind === 'RR' ? '11.999' : `${parseInt(last, 10) + 700}`, real: true };
}

/** `next` follows `prev` with no number between, by the generator's own arithmetic: 5 → 6, 5 → 5A, 5A → 5B, 5A → 6, 5 → 5bis → 5ter → 6; RR: any higher number. */
function consecutive(kind: Kind, prev: string, next: string): boolean {
  if (kind === 'RR') {
    const key = (n: string) => n.split('.').map((x) => parseInt(x, 10) * 100 + (/[A-Z]+$/.exec(x)?.[0].charCodeAt(0) ?? 64) - 64);
    const a = key(prev);
    const b = key(next);
    for (let i = 0; i < Math.max(a.length, b.length); i++) if ((a[i] ?? -1) !== (b[i] ?? -1)) return (b[i] ?? -1) > (a[i] ?? -1);
    return false;
  }
  const p = /^(\d+)([A-Z]?)(bis|ter|quater)?$/.exec(prev);
  const n = /^(\d+)([A-Z]?)(bis|ter|quater)?$/.exec(next);
  if (!p || !n) return false;
  const suffixes = [undefined, 'bis', 'ter', 'quater'];
  if (Number(n[1]) === Number(p[1]) + 1) return n[2] === '' && n[3] === undefined;
  if (n[1] !== p[1]) return false;
  if (n[2] === p[2]) return suffixes.indexOf(n[3]) === suffixes.indexOf(p[3]) + 1;
  return n[3] === undefined && n[2] !== '' && n[2].charCodeAt(0) === (p[2] === '' ? 64 : p[2].charCodeAt(0)) + 1;
}

function rrText(rng: Rng, lang: Lang): InForce {
  const w = WORDS[lang];
  const article = rng.pick([5, 9, 11, 21, 22]);
  const lines: string[] = [];
  if (rng.chance(0.5)) lines.push(w.rr, '');
  lines.push(`${w.article} ${article}`, '', 'Frequency allocations', '');
  const provisions: Prov[] = [];
  let n = 1 + rng.int(300);
  let run = 0;
  const count = 6 + rng.int(10);
  for (let i = 0; i < count; i++) {
    if (i > 0 && rng.chance(0.12)) {
      lines.push(`Sub-Section ${rng.pick(['IA', 'IIA', 'IIB'])} – ${body(rng).slice(0, 40).replace(/[.;:,\s]+$/, '')}`, '');
      run++;
      n += rng.int(5);
    }
    const number = `${article}.${n}`;
    const r = rng.next();
    if (r < 0.08) {
      lines.push(`${number}\t(SUP - WRC-${rng.pick(['97', '2000', '07', '12'])})`, '');
      provisions.push({ number, paragraphs: [lines[lines.length - 2]], suppressed: true, run });
    } else if (r < 0.14) {
      const second = `${article}.${n + 1}`;
      lines.push(`${number} and ${second}\t${w.notUsed}`, '');
      provisions.push({ number, paragraphs: [lines[lines.length - 2]], suppressed: true, run });
      n++;
    } else {
      const paragraphs = [`${number}\t${body(rng)}${rng.chance(0.4) ? `     (WRC-${rng.pick(['12', '15', '19', '23'])})` : ''}`];
      if (rng.chance(0.2)) paragraphs.push(`${1 + rng.int(9)} ${100 + rng.int(899)}-${1 + rng.int(9)} ${100 + rng.int(899)} MHz,`);
      for (const p of paragraphs) lines.push(p, '');
      provisions.push({ number, paragraphs, run });
      // An inserted provision after its stem (`5.338A`).
      if (rng.chance(0.3)) {
        const ins = `${number}A`;
        const p = `${ins}\t${body(rng)}`;
        lines.push(p, '');
        provisions.push({ number: ins, paragraphs: [p], run });
      }
    }
    n += 1 + (rng.chance(0.3) ? rng.int(4) : 0);
  }
  return { kind: 'RR', lines, provisions, context: [`${w.article} ${article}`], short: 'RR', article, missing: `${article}.${n + 50}` };
}

function csText(rng: Rng, lang: Lang, kind: Margin): InForce {
  const w = WORDS[lang];
  const title = kind === 'CS' ? w.cs : kind === 'CV' ? w.cv : w.itr;
  const lines = [title, ''];
  const provisions: Prov[] = [];
  let n = rng.chance(0.5) ? 1 : 1 + rng.int(400);
  let chapter = 1;
  let article = 1 + rng.int(20);
  let run = 0;
  const count = 8 + rng.int(12);
  for (let i = 0; i < count; i++) {
    // Headings between provisions: the numbers run on through them.
    if (i === 0 || rng.chance(0.15)) {
      if (rng.chance(0.5)) lines.push(`${w.chapter} ${['I', 'II', 'III', 'IV', 'V', 'VI'][chapter++ % 6]}`, '', 'Basic Provisions', '');
      lines.push(`${w.article} ${article++}`, '', 'Purposes of the Union', '');
      run++;
    }
    const r = rng.next();
    if (r < 0.07 && i > 0) {
      const to = n + 1 + rng.int(3);
      // `166 and 167` names two numbers, `166 to 169` the run between: the next number follows the last.
      const line = `${n} ${rng.chance(0.5) ? 'and' : 'to'} ${to}\tPP-98\t(SUP)`;
      lines.push(line, '');
      provisions.push({ number: String(n), paragraphs: [line], suppressed: true, run });
      n = to + 1;
      continue;
    }
    const label = rng.pick(['', '', `${LETTERS[i % 20]})\t`, `${1 + (i % 3)}\t`]);
    const number = String(n);
    const p = `${number}\t${label}${body(rng)}`;
    lines.push(p, '');
    provisions.push({ number, paragraphs: [p], run });
    if (rng.chance(0.2)) {
      const ins = `${n}A`;
      const q = `${ins}\t${body(rng)}`;
      lines.push(q, '');
      provisions.push({ number: ins, paragraphs: [q], run });
    }
    n++;
  }
  return { kind, lines, provisions, context: [title], short: kind, missing: `${n + 20}` };
}

/** A Recommendation: clauses `1`, `1.1`, `1.1.1`, an Annex `A.1`, an Appendix `I.1`. */
function recTText(rng: Rng, lang: Lang): InForce {
  const w = WORDS[lang];
  const name = `${rng.pick(['A', 'E', 'F', 'G', 'Q', 'X', 'Y'])}.${1 + rng.int(999)}`;
  const title = `${w.recT} ${name}`;
  const lines = [title, '', body(rng).replace(/[.;:]$/, ''), ''];
  const provisions: Prov[] = [];
  let run = 0;
  const section = (prefix: string, count: number) => {
    for (let i = 1; i <= count; i++) {
      const top = `${prefix}${i}`;
      clause(top, prefix === '' ? 1 : 2);
      const subs = rng.int(4);
      for (let j = 1; j <= subs; j++) {
        clause(`${top}.${j}`, prefix === '' ? 2 : 3);
        if (rng.chance(0.3)) for (let k = 1; k <= 1 + rng.int(3); k++) clause(`${top}.${j}.${k}`, prefix === '' ? 3 : 4);
      }
    }
  };
  const clause = (number: string, depth: number) => {
    const heading = `${number}\t${rng.pick(['Scope', 'References', 'Definitions', 'Conduct of meetings', 'General', 'Procedures', 'Requirements', 'Working methods'])}`;
    const paragraphs = rng.chance(0.4) ? [heading, body(rng)] : [`${number}\t${body(rng)}`];
    if (rng.chance(0.2)) paragraphs.push(body(rng));
    for (const p of paragraphs) lines.push(p, '');
    provisions.push({ number, paragraphs, depth, run });
  };
  section('', 2 + rng.int(4));
  if (rng.chance(0.6)) {
    run++;
    lines.push(`${w.annex} A`, '', body(rng).replace(/[.;:]$/, ''), '');
    section('A.', 1 + rng.int(3));
  }
  if (rng.chance(0.4)) {
    run++;
    lines.push(`${w.appendix} I`, '', body(rng).replace(/[.;:]$/, ''), '');
    section('I.', 1 + rng.int(3));
  }
  return { kind: 'REC-T', lines, provisions, context: [title], missing: '1.9.9' };
}

/** An ITU-R Recommendation: the formula, `considering` a) …, `recognizing` a) …, `recommends` 1 … */
function recRText(rng: Rng, lang: Lang): InForce {
  const w = WORDS[lang];
  const name = `${rng.pick(['M', 'F', 'S', 'RA', 'BO', 'SM'])}.${1 + rng.int(2000)}-${rng.int(10)}`;
  const title = `${w.recR} ${name}`;
  const lines = [title, '', body(rng).replace(/[.;:]$/, ''), '', w.assembly, '', w.considering];
  const letters = 2 + rng.int(5);
  for (let i = 0; i < letters; i++) lines.push(`${LETTERS[i]})\t${w.that} ${lcFirst(body(rng)).replace(/[.;:]$/, ';')}`);
  if (rng.chance(0.5)) {
    lines.push(w.recognizing);
    for (let i = 0; i < 1 + rng.int(3); i++) lines.push(`${LETTERS[i]})\t${w.that} ${lcFirst(body(rng)).replace(/[.;:]$/, ';')}`);
  }
  lines.push(w.recommends);
  const provisions: Prov[] = [];
  const count = 2 + rng.int(5);
  for (let i = 1; i <= count; i++) {
    const p = `${i}\t${w.that} ${lcFirst(body(rng)).replace(/[.;:]$/, i === count ? '.' : ';')}`;
    lines.push(p);
    provisions.push({ number: String(i), paragraphs: [p], depth: 1, run: 0 });
  }
  return { kind: 'REC-R', lines, provisions, context: [title], missing: String(count + 3) };
}

function lcFirst(s: string): string {
  return /^[A-Z][a-z]/.test(s) ? s[0].toLowerCase() + s.slice(1) : s;
}

// ---------------------------------------------------------------- changes

const REPLACEMENTS = ['regional', 'national', 'additional', 'relevant', 'appropriate', 'secondary', 'primary', 'technical'];

/** A word of four letters or more in the text of a paragraph (after its numbers), with its offset. */
function wordIn(rng: Rng, paragraph: string): { at: number; word: string } | undefined {
  const start = paragraph.lastIndexOf('\t') + 1;
  const words = [...paragraph.slice(start).matchAll(/(?<![\p{L}\d.-])\p{Ll}{4,}(?![\p{L}\d.-])/gu)];
  if (words.length === 0) return undefined;
  const m = rng.pick(words);
  return { at: start + m.index!, word: m[0] };
}

function otherWord(rng: Rng, word: string): string {
  const choices = REPLACEMENTS.filter((r) => r !== word);
  return rng.pick(choices);
}

/** The paragraph with a marked change: a substitution, an insertion or a deletion. */
function marked(rng: Rng, paragraph: string): string | undefined {
  const w = wordIn(rng, paragraph);
  if (!w) return undefined;
  const before = paragraph.slice(0, w.at);
  const after = paragraph.slice(w.at + w.word.length);
  const r = rng.int(3);
  if (r === 0) return `${before}{~~${w.word}~>${otherWord(rng, w.word)}~~}${after}`;
  if (r === 1) return `${before}{++${otherWord(rng, w.word)} ++}${w.word}${after}`;
  return after.startsWith(' ') ? `${before}{--${w.word} --}${after.slice(1)}` : `${before}{~~${w.word}~>${otherWord(rng, w.word)}~~}${after}`;
}

// ---------------------------------------------------------------- a contribution

interface Proposal {
  action: 'MOD' | 'ADD' | 'SUP' | 'NOC';
  /** Its lines after the header, Reasons excluded. */
  lines: string[];
  /** Provisions restated (numbers in order), for faults that act on an excerpt. */
  restated: Prov[];
  /** A MOD written `(MOD)` (editorial only). */
  editorial?: boolean;
}

export function makeProvisionCase(seed: number): ProvisionCase | undefined {
  const rng = new Rng(seed * 7919 + 17);
  let lang = rng.pick<Lang>(['en', 'en', 'fr', 'es']);
  const kind = rng.pick<Kind>(['RR', 'RR', 'CS', 'CV', 'ITR', 'REC-T', 'REC-T', 'REC-R']);
  const real = (kind === 'RR' || isMargin(kind)) && rng.chance(0.4) ? realText(kind) : undefined;
  const text = real ?? (kind === 'RR' ? rrText(rng, lang) : isMargin(kind) ? csText(rng, lang, kind) : kind === 'REC-T' ? recTText(rng, lang) : recRText(rng, lang));
  // The real texts are in English: so is the contribution on them.
  if (real) lang = 'en';
  const w = WORDS[lang];
  const live = text.provisions.filter((p) => !p.suppressed);
  if (live.length < 3) return undefined;
  let fault = rng.pick<Fault>(['none', 'none', 'none', 'id-skip', 'id-duplicate', 'id-swap', 'excerpt-gap', 'excerpt-swap', 'excerpt-repeat', 'untracked-mod', 'untracked-noc', 'untracked-sup', 'not-found-sup', 'not-found-mod']);
  // Faults against the numbers in force, drawn apart so that the seeds above keep drawing what they drew: a third of
  // the correct contributions get one.
  const against = new Rng(seed * 15485863 + 11);
  if (fault === 'none' && against.chance(1 / 3)) fault = against.pick<Fault>(['excerpt-skip', 'add-gap']);

  // How the proposals name the instrument: a heading before them, or the text after each id.
  const byExtra = text.short !== undefined && rng.chance(0.3);
  const proposals: Proposal[] = [];
  const used = new Set<string>();
  const pickFree = (): Prov | undefined => {
    const free = live.filter((p) => !used.has(p.number));
    return free.length ? rng.pick(free) : undefined;
  };
  /** A run of consecutive provisions in force of one run (Recommendations: one clause and what stands under it, or siblings). */
  const excerpt = (min: number): Prov[] | undefined => {
    for (let tries = 0; tries < 10; tries++) {
      const i = rng.int(text.provisions.length);
      const len = min + rng.int(3);
      const slice = text.provisions.slice(i, i + len);
      if (slice.length < min || slice.some((p) => p.suppressed || used.has(p.number) || p.run !== slice[0].run)) continue;
      if (slice.some((p, k) => k > 0 && !consecutive(text.kind, slice[k - 1].number, p.number))) continue;
      // An excerpt goes on under its first clause or beside it, never up a level (`1.4.2` then `1.5` is two excerpts).
      if (slice.some((p) => (p.depth ?? 0) < (slice[0].depth ?? 0))) continue;
      return slice;
    }
    return undefined;
  };
  // Shapes of real contributions the review found misread, drawn apart (the draws above stay as they were):
  // a delegate leaving out the margin note `PP-98` of a CS/CV provision (no word of it), and a heading of
  // another instrument after the last Reasons (it introduces what follows, not the proposal before).
  const shapes = new Rng(seed * 104729 + 3);
  const dropNotes = shapes.chance(0.5);
  const noteless = (para: string) => (dropNotes ? para.replace(/^([^\t]+\t)(?:PP-\d{2}\t)+/, '$1') : para);
  const headingAfter = shapes.chance(0.3);
  // A Recommendation's last clause followed by a table and a bibliography (ITU-R RA.314, ITU-T X.609.7): the clause ends before them.
  if (!text.real && (text.kind === 'REC-T' || text.kind === 'REC-R') && shapes.chance(0.5)) {
    const table = { en: 'TABLE', fr: 'TABLEAU', es: 'CUADRO' }[lang];
    text.lines.push('', `${table} 1`, body(shapes).replace(/[.;:]$/, ''), '', `${table} 1 (${lang === 'en' ? 'end' : 'fin'})`, '',
      { en: 'Bibliography', fr: 'Bibliographie', es: 'Bibliografía' }[lang], ` [b-${shapes.int(99)}]\t${body(shapes)}`, '', '_________________');
  }
  const mod = (provs: Prov[], marks = true, elisions = true): Proposal | undefined => {
    const out: string[] = [];
    const target = marks ? rng.int(provs.length) : -1;
    let done = !marks;
    for (const [k, p] of provs.entries()) {
      // Paragraphs that continue a provision may be left out, unchanged, as `…` (ITU-T A.1 practice).
      const elide = elisions && p.paragraphs.length > 1 && k !== target && rng.chance(0.3);
      for (const [j, para] of p.paragraphs.map(noteless).entries()) {
        if (k === target && j === 0) {
          const m = marked(rng, para);
          if (m) {
            out.push(m);
            done = true;
            continue;
          }
        }
        if (elide && j > 0) {
          if (out[out.length - 1] !== '…') out.push('…');
          continue;
        }
        out.push(para);
      }
      // The provision a WRC contribution amends carries that conference's note (provision.wrc-note): the
      // note of the text in force is changed with marks, `(WRC-{~~19~>27~~})`, as the shared ECP example writes it.
      // A provision with no note at all takes one (review 9, J9); WRC-2000's four digits move to two (J25).
      if (k === target && text.kind === 'RR') {
        const last = out[out.length - 1];
        const noted = last.replace(/\((WRC|CMR|ВКР)-(\d{2}|\d{4})\)(\s*)$/, (m, w: string, y: string, tail: string) => (y === '27' || y === '2027' ? m : `(${w}-{~~${y}~>27~~})${tail}`));
        out[out.length - 1] = noted !== last || last === '…' || /[(（][^()（）]*(?:WRC|CMR|ВКР)[^()（）]*[)）]\s*$/u.test(last) ? noted : `${last.trimEnd()}{++     (WRC-27)++}`;
      }
    }
    if (!done) return undefined;
    provs.forEach((p) => used.add(p.number));
    // Sometimes an editorial MOD, `(MOD)`: the same rules.
    return { action: 'MOD', lines: out, restated: provs, editorial: rng.chance(0.1) };
  };

  // Two to five proposals, each on provisions not restated before.
  const count = 2 + rng.int(4);
  let placeholder = 10 + rng.int(5);
  for (let i = 0; i < count; i++) {
    const r = rng.next();
    let p: Proposal | undefined;
    if (r < 0.35) {
      const ex = excerpt(2);
      p = ex ? mod(ex) : undefined;
    } else if (r < 0.55) {
      const one = pickFree();
      p = one ? mod([one]) : undefined;
    } else if (r < 0.7) {
      const one = pickFree();
      if (one) {
        used.add(one.number);
        p = { action: 'NOC', lines: one.paragraphs.map(noteless), restated: [one] };
      }
    } else if (r < 0.85) {
      const one = pickFree();
      if (one) {
        used.add(one.number);
        p = { action: 'SUP', lines: rng.chance(0.5) ? [one.number] : one.paragraphs.slice(), restated: [one] };
      }
    } else if (text.kind === 'RR') {
      p = { action: 'ADD', lines: [`${text.article}.A${placeholder++}\t${body(rng)}     (WRC-27)`], restated: [] };
    } else if (isMargin(text.kind)) {
      const one = pickFree();
      if (one && /^\d+$/.test(one.number) && !text.provisions.some((x) => x.number === `${one.number}B`) && !text.provisions.some((x) => x.number === `${one.number}A`)) {
        p = { action: 'ADD', lines: [`${one.number}A\t${body(rng)}`], restated: [] };
      }
    } else {
      // A Recommendation: a new clause after the last of its siblings (`1.4.4` after `1.4.3`, `recommends 5` after 4).
      const k = rng.int(text.provisions.length);
      const last = text.provisions[k];
      const after = text.provisions[k + 1];
      const added = last.number.replace(/(\d+)$/, (d) => String(Number(d) + 1));
      if ((after === undefined || (after.depth ?? 0) < (last.depth ?? 0)) && !text.provisions.some((x) => x.number === added) && !proposals.some((x) => x.lines[0].startsWith(`${added}\t`))) {
        p = { action: 'ADD', lines: [`${added}\t${text.kind === 'REC-R' ? `${WORDS[lang].that} ${lcFirst(body(rng))}` : body(rng)}`], restated: [] };
      }
    }
    if (p) proposals.push(p);
  }
  if (proposals.length < 2) return undefined;
  // A SUP by number of two provisions in ITU's printed forms (`160E and 160F`, `5.50 to 5.51`): each suppressed by number.
  const pair = (isMargin(text.kind) || text.kind === 'RR') && shapes.chance(0.4) ? proposals.find((p) => p.action === 'SUP' && p.lines.length === 1 && !p.lines[0].includes('\t')) : undefined;
  if (pair) {
    const at = text.provisions.indexOf(pair.restated[0]);
    const next = text.provisions[at + 1];
    if (next && !next.suppressed && !used.has(next.number) && next.run === pair.restated[0].run && consecutive(text.kind, pair.restated[0].number, next.number)) {
      const join = shapes.chance(0.5) ? { en: 'to', fr: 'à', es: 'a' }[lang] : { en: 'and', fr: 'et', es: 'y' }[lang];
      pair.lines = [`${pair.restated[0].number} ${join} ${next.number}`];
      pair.restated.push(next);
      used.add(next.number);
    }
  }

  const expected: Expected = { codes: [], lines: [] };
  // The fault, on the proposals drawn (remembered as a line to find once the text is laid out).
  const src = rng.pick(['EUR', 'ARB', 'USA', 'B/CAN/USA', 'RCC', 'AFCP', 'IAP']);
  const doc = `${1 + rng.int(99)}A${1 + rng.int(30)}`;
  const seqs = proposals.map((_, i) => i + 1);
  let faultProposal = -1;
  /** The line of that proposal (after its header) the fault is on. */
  let faultLine = -1;
  /** An excerpt fault: the provision whose lines carry it. */
  let faultAt: Prov | undefined;
  let covers: string | undefined;
  let column = 0;
  /** A faulty proposal inserted among the others, its fault on its first line (the number it gives). */
  const insertFaulty = (p: Proposal, number: string, code: string) => {
    const k = rng.int(proposals.length + 1);
    proposals.splice(k, 0, p);
    seqs.push(seqs.length + 1);
    faultProposal = k;
    faultLine = 0;
    covers = number;
    expected.codes = [code];
  };
  switch (fault) {
    case 'id-skip': {
      const j = 1 + rng.int(proposals.length - 1);
      for (let k = j; k < seqs.length; k++) seqs[k]++;
      faultProposal = j;
      break;
    }
    case 'id-duplicate': {
      const j = 1 + rng.int(proposals.length - 1);
      seqs[j] = seqs[j - 1];
      for (let k = j + 1; k < seqs.length; k++) seqs[k] = k;
      faultProposal = j;
      break;
    }
    case 'id-swap': {
      if (proposals.length < 3) return undefined;
      const j = rng.int(proposals.length - 1);
      [seqs[j], seqs[j + 1]] = [seqs[j + 1], seqs[j]];
      faultProposal = j;
      break;
    }
    case 'excerpt-gap':
    case 'excerpt-swap':
    case 'excerpt-repeat': {
      // Rebuild one MOD of three provisions or more with its numbering broken.
      const k = proposals.findIndex((p) => p.action === 'MOD' && p.restated.length >= 3);
      if (k < 0) return undefined;
      const provs = proposals[k].restated;
      let broken: Prov[];
      let at: Prov;
      if (fault === 'excerpt-gap') {
        // The Radio Regulations leave numbers out (numbers are checked for order and repeats only).
        if (text.kind === 'RR') return undefined;
        const i = 1 + rng.int(provs.length - 2);
        // Only a provision with nothing under it in the excerpt, whose next is its sibling (`1.4.1`, `1.4.3`).
        if ((provs[i + 1].depth ?? 0) !== (provs[i].depth ?? 0)) return undefined;
        // Leaving out an inserted number (`296bis`, `5A`) leaves no gap: 296 → 297 is a run.
        if (isMargin(text.kind) && consecutive(text.kind, provs[i - 1].number, provs[i + 1].number)) return undefined;
        if (isMargin(text.kind) && /[A-Z]$/.test(provs[i + 1].number)) return undefined;
        broken = provs.filter((_, x) => x !== i);
        at = provs[i + 1];
      } else if (fault === 'excerpt-swap') {
        const i = rng.int(provs.length - 1);
        if ((provs[i + 1].depth ?? 0) !== (provs[i].depth ?? 0)) return undefined;
        // What stands under the second would then stand under the first (`4.1` under `3`): another fault.
        if (i + 2 < provs.length && (provs[i + 2].depth ?? 0) > (provs[i].depth ?? 0)) return undefined;
        broken = provs.slice();
        [broken[i], broken[i + 1]] = [broken[i + 1], broken[i]];
        at = broken[i + 1];
      } else {
        const i = rng.int(provs.length);
        broken = provs.slice(0, i + 1).concat(provs.slice(i));
        at = provs[i];
      }
      // The broken MOD keeps one marked change (in a provision restated once).
      // No elision in it: text left out (…) before a number excuses the gap (the checker is right to).
      const rebuilt = mod(broken, true, fault !== 'excerpt-gap');
      if (!rebuilt) return undefined;
      proposals[k] = rebuilt;
      faultProposal = k;
      faultAt = at;
      expected.codes = ['numbering.gap', 'numbering.order', 'numbering.duplicate'];
      break;
    }
    case 'excerpt-skip': {
      // One MOD of three provisions or more restated with an inner one left out, no elision, where the numbers before
      // and after it still run on: an inserted number (`3`, `4` without `3A`) or, in the Radio Regulations, any.
      const k = proposals.findIndex((p) => p.action === 'MOD' && p.restated.length >= 3);
      if (k < 0 || text.kind === 'REC-T' || text.kind === 'REC-R') return undefined;
      const provs = proposals[k].restated;
      const i = 1 + rng.int(provs.length - 2);
      if (isMargin(text.kind) && !consecutive(text.kind, provs[i - 1].number, provs[i + 1].number)) return undefined;
      // An RR footnote (`9.35.1`) is printed at the foot of the page, not between provisions: leaving it out is no fault.
      const depth = (n: string) => n.split('.').length;
      if (text.kind === 'RR' && depth(provs[i].number) > Math.max(depth(provs[i - 1].number), depth(provs[i + 1].number))) return undefined;
      const rebuilt = mod(provs.filter((_, x) => x !== i), true, false);
      if (!rebuilt) return undefined;
      rebuilt.restated = provs;
      proposals[k] = rebuilt;
      faultProposal = k;
      faultAt = provs[i + 1];
      expected.codes = ['base.provision-gap'];
      break;
    }
    case 'add-gap': {
      // A new number one beyond the next free one: after the last margin number (`ADD 7` where the text ends at No. 5),
      // or after the last clause of a group of siblings (`1.4.9` after 1.4.7). The Radio Regulations leave numbers out.
      let number: string | undefined;
      if (isMargin(text.kind)) {
        // The highest margin number the text sets (ends of `166 to 169` ranges too; not an annex's 1001 …).
        const numbers = text.lines.flatMap((l) => {
          const m = /^(\d{1,3})(?:[A-Z]{0,3}|bis|ter|quater)(?:\t| (?:and|to) (\d{1,3})\t)/.exec(l);
          return m ? [Number(m[2] ?? m[1])] : [];
        });
        number = String(Math.max(...numbers) + 2);
      } else if (text.kind !== 'RR') {
        const j = rng.int(text.provisions.length);
        const last = text.provisions[j];
        const after = text.provisions[j + 1];
        if (after !== undefined && (after.depth ?? 0) >= (last.depth ?? 0)) return undefined;
        number = last.number.replace(/(\d+)$/, (d) => String(Number(d) + 2));
        const between = last.number.replace(/(\d+)$/, (d) => String(Number(d) + 1));
        if (proposals.some((x) => x.action === 'ADD' && (x.lines[0].startsWith(`${between}\t`) || x.lines[0].startsWith(`${number}\t`)))) return undefined;
      }
      if (!number) return undefined;
      insertFaulty({ action: 'ADD', lines: [`${number}\t${text.kind === 'REC-R' ? `${WORDS[lang].that} ${lcFirst(body(rng))}` : body(rng)}`], restated: [] }, number, 'base.provision-gap');
      break;
    }
    case 'untracked-mod':
    case 'untracked-noc':
    case 'untracked-sup': {
      // A Recommendation's clause renumbered by hand after a clause inserted before it (`{++4.2.2 …++}`,
      // then 4.2.2 written 4.2.3 without marks, as Word users do): the untracked change is the number
      // (review defect 6). Drawn apart, so the other seeds stay as they were.
      if (fault === 'untracked-mod' && (kind === 'REC-T' || kind === 'REC-R') && shapes.chance(0.5)) {
        const k = proposals.findIndex((p) => p.action === 'MOD' && !p.editorial && p.restated.length > 0);
        const p = proposals[k];
        const last = p?.restated[p.restated.length - 1];
        const i = last ? p.lines.findIndex((l) => l.startsWith(`${last.number}\t`)) : -1;
        const m = last && /^((?:[^.]+\.)*)(\d+)$/.exec(last.number);
        const renumbered = m ? `${m[1]}${Number(m[2]) + 1}` : undefined;
        const unique = last && text.provisions.filter((x) => x.paragraphs.slice(1).join('\n') === last.paragraphs.slice(1).join('\n') && x.paragraphs[0].split('\t').slice(1).join('\t') === last.paragraphs[0].split('\t').slice(1).join('\t')).length === 1;
        // A delegate's reader (and the checker) can tell which clause it is: by its words, restated whole and
        // no other clause's; or by its place, right after the clause restated before it (no `…` between),
        // as when it is restated by its heading alone and `…` (two clauses may share that heading).
        const whole = i >= 0 && !p.lines.slice(i).includes('…');
        const placed = i > 0 && p.restated.length > 1 && p.lines[i - 1] !== '…';
        if (i >= 0 && renumbered && (placed || (whole && unique)) && !p.lines[i].startsWith('{') && !p.restated.some((x) => x.number === renumbered)) {
          p.lines[i] = renumbered + p.lines[i].slice(last.number.length);
          p.lines.splice(i, 0, `{++${last.number}\t${body(shapes)}++}`);
          faultProposal = k;
          faultLine = i + 1;
          column = 0;
          covers = renumbered;
          // The old text now skips the number (`after 4.2.1 comes 4.2.3`), on the same line: true, and fixed by the same marks.
          expected.codes = ['base.untracked-change', 'numbering.gap'];
          break;
        }
      }
      const action = fault === 'untracked-mod' ? 'MOD' : fault === 'untracked-noc' ? 'NOC' : 'SUP';
      const k = proposals.findIndex((p) => p.action === action && (p.lines.length > 1 || p.lines[0].includes('\t')));
      if (k < 0) return undefined;
      const lines = proposals[k].lines;
      const candidates = lines.map((l, i) => [l, i] as const).filter(([l]) => !l.includes('{') && wordIn(rng, l));
      if (candidates.length === 0) return undefined;
      const [line, i] = rng.pick(candidates);
      const word = wordIn(rng, line)!;
      const neu = otherWord(rng, word.word);
      lines[i] = line.slice(0, word.at) + neu + line.slice(word.at + word.word.length);
      column = word.at;
      // Pasted from a PDF or a web page: a dotted number (`5.338A`, `1.4.2`) followed by spaces, not a TAB,
      // is still that provision and compared (review defect 16).
      const tab = /^\d{1,2}\.[\dA-Za-z.]*\t/.exec(lines[i]);
      if (tab && word.at >= tab[0].length && rng.int(3) === 0) {
        // One space only where the number cannot be a quantity (a letter in it, or a capitalized word after it).
        const oneWillDo = /[A-Za-z]/.test(tab[0]) || /^\p{Lu}\p{Ll}/u.test(lines[i].slice(tab[0].length));
        const spaces = rng.pick(oneWillDo ? [' ', '  ', '\u00A0'] : ['  ', '\u00A0\u00A0', '   ']);
        lines[i] = lines[i].slice(0, tab[0].length - 1) + spaces + lines[i].slice(tab[0].length);
        column += spaces.length - 1;
      }
      faultProposal = k;
      faultLine = i;
      covers = neu;
      expected.codes = ['base.untracked-change'];
      break;
    }
    case 'not-found-sup':
    case 'not-found-mod': {
      const number = text.missing;
      const action = fault === 'not-found-sup' ? 'SUP' : 'MOD';
      const p: Proposal = action === 'SUP'
        ? { action, lines: [number], restated: [] }
        : { action, lines: [`${number}\t{++${body(rng)}${text.kind === 'RR' ? '     (WRC-27)' : ''}++}`], restated: [] };
      insertFaulty(p, number, 'base.provision-not-found');
      break;
    }
  }

  // Lay the contribution out.
  const out: string[] = [
    `Meeting:\t${text.kind === 'RR' ? 'World Radiocommunication Conference (WRC-27)' : w.meeting}`,
    `Document:\t${doc.slice(0, doc.indexOf('A'))}`,
    `Addendum:\t${doc.slice(doc.indexOf('A') + 1)}`,
    `Proposals:\t${src}`,
    '',
  ];
  if (!byExtra) out.push(...text.context.flatMap((l) => [l, '']));
  const headerLines: number[] = [];
  const bodyStart: number[] = [];
  proposals.forEach((p, i) => {
    headerLines.push(out.length);
    out.push(`${p.editorial ? '(MOD)' : p.action}\t${src}/${doc}/${seqs[i]}${byExtra ? `\t${text.short}` : ''}`);
    bodyStart.push(out.length);
    out.push(...p.lines);
    out.push(`${w.reasons}:\t${lcFirst(body(rng))}`, '');
  });
  if (headingAfter) {
    out.push(kind === 'CS' ? 'CONVENTION OF THE INTERNATIONAL TELECOMMUNICATION UNION' : kind === 'REC-T' ? 'Recommendation ITU-T X.609.7' : 'CONSTITUTION OF THE INTERNATIONAL TELECOMMUNICATION UNION', '');
  }

  if (fault.startsWith('id-')) {
    expected.codes = ['proposal.sequence'];
    expected.lines = fault === 'id-swap' ? [headerLines[faultProposal], headerLines[faultProposal + 1]] : [headerLines[faultProposal]];
  } else if (fault.startsWith('excerpt-')) {
    const at = faultAt!;
    // The lines of the MOD that hold `at`'s number (a repeat: both copies; a swap: the two swapped).
    const p = proposals[faultProposal];
    expected.lines = [];
    p.lines.forEach((l, i) => {
      if (l.startsWith(`${at.number}\t`) || l === at.number) expected.lines.push(bodyStart[faultProposal] + i);
    });
    if (fault === 'excerpt-swap') {
      // Either of the two swapped may carry it.
      const idx = p.restated.indexOf(at);
      const other = p.restated[idx - 1];
      if (other) p.lines.forEach((l, i) => { if (l.startsWith(`${other.number}\t`)) expected.lines.push(bodyStart[faultProposal] + i); });
    }
  } else if (fault !== 'none') {
    expected.lines = [bodyStart[faultProposal] + faultLine];
    expected.covers = { line: bodyStart[faultProposal] + faultLine, column, text: covers! };
  }

  // A second text in force of another kind in the workspace sometimes: the proposals must not be taken for it.
  const files: { name: string; text: string }[] = [{ name: `in-force-${kind.toLowerCase()}.itu`, text: variant(rng, text.lines.join('\n') + '\n') }];
  if (rng.chance(0.3)) {
    const other = kind === 'CS' ? csText(rng, lang, 'CV') : kind === 'CV' || kind === 'ITR' ? csText(rng, lang, 'CS') : kind === 'RR' ? recTText(rng, lang) : rrText(rng, lang);
    files.push({ name: `other-${other.kind.toLowerCase()}.itu`, text: variant(rng, other.lines.join('\n') + '\n') });
  }
  const contribution = variantFixed(rng, out.join('\n') + '\n');
  files.push({ name: 'contribution.itu', text: contribution.text });
  return {
    seed,
    kind,
    lang,
    fault,
    files,
    contribution: contribution.text,
    expected: fault === 'none' ? undefined : expected,
    cited: suppressedCitations(kind, proposals, bodyStart),
    citedInForce: citedInForce(text, proposals, bodyStart),
    describe: `seed ${seed}: ${kind}${text.real ? ' in force (real text)' : ''}${dropNotes && text.real && isMargin(kind) ? ', PP-98 notes left out' : ''}${headingAfter ? ', a heading after the last Reasons' : ''} (${lang}${contribution.crlf ? ', CRLF' : ''}${contribution.bom ? ', BOM' : ''}${byExtra ? ', named after the id' : ''}), fault ${fault}, proposals ${proposals.map((p) => `${p.action} ${p.restated.map((x) => x.number).join('+') || p.lines[0].split('\t')[0]}`).join(', ')}`,
  };
}

/** The instrument a citation's name gives (`CS 168`, `No. 76A of the Constitution`, `RR No. 9.21`). */
const NAMED: Record<string, Kind> = { RR: 'RR', CS: 'CS', CV: 'CV', Constitution: 'CS', Convention: 'CV', 'Radio Regulations': 'RR' };
/**
 * A citation of a provision in running English text, as the texts in force write them (`No. 157`, `Nos. 9.7`, `CV 160H`,
 * `No. 76A of the Constitution`): its instrument's name before or after it, if any, and its number. Not a Resolution's
 * or Decision's number (`Resolution No. 2`), nor the first part of a longer number.
 */
const CITATION = /(?<!(?:Resolution|Decision|Recommendation|Opinion|Question)\s)\b(?:(RR|CS|CV)\s+(?:Nos?\.\s*)?|Nos?\.\s*)(\d+(?:\.\d+)*[A-Z]{0,3})(?!\.?\d)(?:\s+of\s+the\s+(Constitution|Convention|Radio Regulations))?/g;
/** A revision mark in a line: a citation it touches is not sure to stand in the new text. */
const MARK = /\{(?:\+\+|--|~~)[^]*?(?:\+\+|--|~~)\}/g;

/**
 * Where proposals cite a provision a SUP of the same contribution suppresses (review 3, E26): a real text's MOD of CV
 * Nos. 131 to 133 restates `prepared in accordance with No. 157 of this Convention` beside a SUP of No. 157. The
 * generator draws such contributions without meaning to (the texts in force cite one another); the checker is right
 * to report them, so the case expects it. Read from the proposals drawn, no draw of its own (the seeds draw as before).
 */
function suppressedCitations(kind: Kind, proposals: readonly Proposal[], bodyStart: readonly number[]): { must: number[]; may: number[] } {
  const gone = new Set<string>();
  for (const p of proposals) {
    if (p.action !== 'SUP') continue;
    for (const x of p.restated) gone.add(x.number);
    // A SUP of a number the text in force lacks (not-found-sup): the number it names.
    if (p.restated.length === 0) gone.add(p.lines[0].split('\t')[0]);
  }
  const out = { must: [] as number[], may: [] as number[] };
  if (gone.size === 0) return out;
  proposals.forEach((p, k) => {
    if (p.action === 'SUP') return;
    p.lines.forEach((line, i) => {
      const marks = [...line.matchAll(MARK)].map((m) => [m.index, m.index + m[0].length]);
      for (const m of line.matchAll(CITATION)) {
        // A dotted number names a Radio Regulations provision (`No. 9.7A`); else the instrument the proposal is on.
        const instrument = NAMED[m[1] ?? m[3] ?? ''] ?? (/^\d{1,2}\.\d/.test(m[2]) ? 'RR' : kind);
        if (instrument !== kind || !gone.has(m[2])) continue;
        const touched = marks.some(([a, b]) => a < m.index + m[0].length && m.index < b);
        (touched ? out.may : out.must).push(bodyStart[k] + i);
      }
    });
  });
  return out;
}

/**
 * The SUPs of one provision (not a pair `160E and 160F`, suppressed by number) that the text in force cites in a
 * provision no MOD or SUP of the contribution restates: the generator draws them without meaning to (the texts in
 * force cite one another), and the checker is right to say the consequential MOD is missing (base.suppressed-cited).
 * Read from the proposals drawn, no draw of its own.
 */
function citedInForce(text: InForce, proposals: readonly Proposal[], bodyStart: readonly number[]): number[] {
  if (!isMargin(text.kind) && text.kind !== 'RR') return [];
  const changed = new Set(proposals.filter((p) => p.action === 'MOD' || p.action === 'SUP').flatMap((p) => p.restated.map((x) => x.number)));
  // Who cites whom, every line of the text (the provisions the generator reads are those it may restate, fewer).
  const number = text.kind === 'RR' ? /^(\d{1,2}\.\d{1,3}[A-Z]{0,3}(?:\.\d{1,3})?)\t/ : /^(\d{1,4}[A-Z]{0,3}(?:bis|ter|quater)?)\t/;
  const citing = new Map<string, Set<string>>();
  let current: string | undefined;
  for (const line of text.lines) {
    if (REAL_HEADING.test(line.trim())) current = undefined;
    current = number.exec(line)?.[1] ?? current;
    if (!current) continue;
    for (const m of line.matchAll(CITATION)) {
      // A number glued to a letter is no citation (the CS's `Nos. 2l6A`, an l typed for 1).
      if (/[\p{L}\d]/u.test(line[m.index + m[0].length] ?? '')) continue;
      const instrument: Kind = NAMED[m[1] ?? m[3] ?? ''] ?? (/^\d{1,2}\.\d/.test(m[2]) ? 'RR' : text.kind);
      if (instrument === text.kind && m[2] !== current) citing.set(m[2], (citing.get(m[2]) ?? new Set()).add(current));
    }
  }
  const out: number[] = [];
  proposals.forEach((p, k) => {
    if (p.action !== 'SUP' || p.restated.length !== 1) return;
    if ([...(citing.get(p.restated[0].number) ?? [])].some((x) => !changed.has(x))) out.push(bodyStart[k]);
  });
  return out;
}

/** Line ends and BOM drawn for a text in force. */
function variant(rng: Rng, text: string): string {
  return variantFixed(rng, text).text;
}

function variantFixed(rng: Rng, text: string): { text: string; crlf: boolean; bom: boolean } {
  const crlf = rng.chance(0.2);
  const bom = rng.chance(0.15);
  return { text: (bom ? '\uFEFF' : '') + (crlf ? text.replace(/\n/g, '\r\n') : text), crlf, bom };
}
