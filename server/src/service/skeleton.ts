// A new contribution's skeleton (the command New contribution): the cover block, an introduction and a first MOD
// started from each text in force, the meeting already changed in revision marks. Only that command asks for it:
// the server loads it on first use (server/out/skeleton.js), as it does the Word code.
import { markedWrcNote, projectText, meetingWrcYear, parseRef, targetName, type BaseText, type InstrumentText, type ProvisionSource } from '../core';
import { ARABIC_CHAR, historySeparator, KEY_HYPHEN, RADIO_NUMBER } from '../core/lang/charClasses';
import { acronymDigits, acronymYear } from '../core/checks/resolution';
import { textLanguage } from '../core/lang/detect';
import { FORMULA, HISTORY_SEPARATOR, matchNumberLine, meetingKey, reasonsWord, revisionMeeting } from '../core/lang/match';
import { LATIN_PLACE_NAMES, PLACES, TABLES, type Lang } from '../core/lang/tables';
import type { NewContribution } from '../protocol';
import { LANGUAGES, MEETINGS, MONTHS, type Meeting } from './cover';

/** A meeting from its cover-field text: a known one, else `place, year` read from the text itself. */
export function meetingOf(text: string): Meeting {
  const known = MEETINGS.find((m) => m.label === text.trim() || m.label.startsWith(text.trim() + ','));
  if (known) return known;
  // "XYZ-24, Place, dates 2024": the place is the second part, the year the last four digits. A name that
  // starts like a known meeting's (`WRC-31`, `PP-30, Place`) names its assembly, and its digits the year.
  const parts = text.split(',').map((p) => p.trim());
  // Also written out, the acronym in parentheses (`World Radiocommunication Conference (WRC-27)`, as WRC documents
  // are headed): the assembly and year of the acronym, not the name as a place (review 9, J21).
  const named = new RegExp(String.raw`^([A-Z]{2,5})${KEY_HYPHEN}(\d{2}|\d{4})$`).exec(parts[0]) ?? new RegExp(String.raw`\(([A-Z]{2,5})${KEY_HYPHEN}(\d{2}|\d{4})\)$`).exec(parts[0]);
  const like = named ? MEETINGS.find((m) => m.label.startsWith(`${named[1]}-`)) : undefined;
  const year = /(\d{4})\s*$/.exec(text)?.[1] ?? (like ? String(acronymYear(named![2])) : undefined);
  const place = like ? (parts.slice(1).find((p) => /\p{L}/u.test(p) && !/\d{4}/.test(p)) ?? '…') : parts.length > 2 ? parts[1] : parts[0];
  return { label: text.trim(), assembly: like?.assembly ?? 'The Assembly', cited: year ? `${place}, ${year}` : place };
}

/**
 * The skeleton of a contribution: the cover block, an introduction and, per target, a MOD that
 * starts from the base text in force with the meeting already changed in revision marks (number
 * line, history and enacting formula): what ITU's proposal interface does.
 */
export function contributionSkeleton(c: NewContribution, lookup: (numberLine: string) => BaseText | undefined, today: Date, provisions?: ProvisionSource): string {
  const meeting = meetingOf(c.meeting);
  const addendum = c.addendum?.trim();
  const prefix = `${c.proposals}/${c.document}${addendum ? `A${addendum}` : ''}/`;
  const bases = c.targets.map((t) => ({ target: t, base: lookup(t) }));
  const titles = bases.map(({ target, base }) => (base ? resolutionName(base) : target.trim()));
  // The cover's date, title and introduction in the language of the texts amended (review 7, H16), as its Reasons.
  const cover = COVER_WORDS[commonLanguage(bases.map((b) => b.base))];
  const out = [
    `Meeting:\t${meeting.label}`,
    `Document:\t${c.document}`,
    ...(addendum ? [`Addendum:\t${addendum}`] : []),
    `Date:\t${cover.date(today)}`,
    `Original:\t${originalLanguage(bases.map((b) => b.base))}`,
    `Source:\t${c.source}`,
    `Proposals:\t${c.proposals}`,
    `Title:\t${titles.length ? cover.title(titles.join(', ')) : cover.proposals}`,
    '',
    `1\t${cover.introduction}`,
    cover.why,
    '',
  ];
  let n = 0;
  const notes = new SkeletonFootnotes();
  /** Restated paragraphs, then the definitions of their footnotes between blank lines. */
  const write = (restated: { paragraphs: string[]; definitions: string[] }) => {
    for (const x of restated.paragraphs) out.push(x);
    if (restated.definitions.length === 0) return;
    out.push('');
    for (const x of restated.definitions) out.push(x);
    out.push('');
  };
  for (const { target, base } of bases) {
    out.push(`MOD\t${prefix}${++n}`);
    if (base) {
      write(notes.restate(withMeeting(base.paragraphs, meeting), base.footnotes));
    } else if (byProvision(target)) {
      // A Recommendation, the Radio Regulations, the Constitution or Convention: amended provision by
      // provision (docs/format-decisions.md, proposals on provisions). The header names the target; the
      // provision it names, or every provision of the instrument it names, restated from the text in
      // force found in the workspace, a WRC's note moved to the conference (`(WRC-{~~19~>27~~})`).
      out[out.length - 1] += `\t${target.trim()}`;
      const restated = provisionsInForce(target, provisions);
      if (restated.length === 0) out.push('…');
      const wrc = meetingWrcYear(c.meeting);
      for (const p of restated) {
        const last = p.paragraphs.length - 1;
        write(notes.restate(wrc === undefined ? p.paragraphs : p.paragraphs.map((x, i) => (i === last ? markedWrcNote(x, wrc) : x)), p.footnotes));
      }
    } else out.push(target.trim(), 'Title of the Resolution', '…');
    // Reasons in the language of the text restated (`Основания:`, `理由：`, `الأسباب:`: review 6, G4).
    const lang = skeletonLanguage(base);
    out.push(`${reasonsWord(lang)}\t${COVER_WORDS[lang].amended}`, '');
  }
  // A draft new Resolution in the language of the texts amended, when they share one (else English).
  const lang = commonLanguage(bases.map((b) => b.base));
  const formula = lang === 'en' ? undefined : newFormula(bases.map((b) => b.base), meeting, lang);
  // A WRC's Resolutions cite it by name (`(WRC-27)`, `(CMR-27)`, `(ВКР-27)`), the others' by place and year.
  const wrcYear = meetingWrcYear(meeting.label);
  const wrcCited = wrcYear === undefined ? undefined : `${{ fr: 'CMR', es: 'CMR', ru: 'ВКР' }[lang as string] ?? 'WRC'}-${String(wrcYear % 100).padStart(2, '0')}`;
  for (const title of c.newTexts ?? []) {
    const placeholder = `[${c.proposals}-${++n}]`;
    const words = SKELETON_WORDS[lang];
    const cited = wrcCited ?? (formula ? formula.cited : meeting.cited);
    const numberLine = lang === 'zh' ? `第${placeholder}号新决议草案（${cited}）` : `${words.draftNew} ${placeholder} (${cited})`;
    out.push(`ADD\t${prefix}${n}\t${lang === 'zh' ? `第${placeholder}号新决议草案` : `${words.draftNew} ${placeholder}`}`, numberLine, title,
      formula?.line ?? `${meeting.assembly} (${meeting.cited}),`, words.preamble, `${words.label}\t…${words.comma}`, words.operative, '1\t…', `${reasonsWord(lang)}\t${COVER_WORDS[lang].added}`, '');
  }
  return out.join('\n');
}

/**
 * The words New contribution writes on the cover and as placeholders, in each language: the date as ITU's
 * documents in that language write it (`5 de diciembre de 2026`, `5 декабря 2026 г.`, `2026年12月5日`), the
 * title, the introduction's heading and the sentences the delegate replaces. The `Original:` field keeps its
 * English value, which the Word export writes in the document's language.
 */
const COVER_WORDS: Record<Lang, { date(d: Date): string; title(texts: string): string; proposals: string; introduction: string; why: string; amended: string; added: string }> = {
  en: {
    date: (d) => `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`, title: (t) => `Proposed modifications to ${t}`, proposals: 'Proposals',
    introduction: 'Introduction', why: 'Why these proposals are made.', amended: 'Why the text is amended.', added: 'Why the text is added.',
  },
  fr: {
    date: (d) => `${d.getUTCDate()} ${MONTHS_IN.fr[d.getUTCMonth()]} ${d.getUTCFullYear()}`, title: (t) => `Propositions de modification : ${t}`, proposals: 'Propositions',
    introduction: 'Introduction', why: 'Pourquoi ces propositions sont faites.', amended: 'Pourquoi le texte est modifié.', added: 'Pourquoi le texte est ajouté.',
  },
  es: {
    date: (d) => `${d.getUTCDate()} de ${MONTHS_IN.es[d.getUTCMonth()]} de ${d.getUTCFullYear()}`, title: (t) => `Propuestas de modificación: ${t}`, proposals: 'Propuestas',
    introduction: 'Introducción', why: 'Por qué se hacen estas propuestas.', amended: 'Por qué se modifica el texto.', added: 'Por qué se añade el texto.',
  },
  ru: {
    date: (d) => `${d.getUTCDate()} ${MONTHS_IN.ru[d.getUTCMonth()]} ${d.getUTCFullYear()} г.`, title: (t) => `Предложения по изменению: ${t}`, proposals: 'Предложения',
    introduction: 'Введение', why: 'Почему вносятся эти предложения.', amended: 'Почему изменяется текст.', added: 'Почему добавляется текст.',
  },
  zh: {
    date: (d) => `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`, title: (t) => `修改${t}的提案`, proposals: '提案',
    introduction: '引言', why: '提出这些提案的原因。', amended: '修改案文的原因。', added: '增加案文的原因。',
  },
  ar: {
    date: (d) => `${d.getUTCDate()} ${MONTHS_IN.ar[d.getUTCMonth()]} ${d.getUTCFullYear()}`, title: (t) => `مقترحات تعديل ${t}`, proposals: 'مقترحات',
    introduction: 'مقدمة', why: 'أسباب تقديم هذه المقترحات.', amended: 'أسباب تعديل النص.', added: 'أسباب إضافة النص.',
  },
};

/** Month names as ITU's documents in each language write them in a date. */
const MONTHS_IN: Record<'fr' | 'es' | 'ru' | 'ar', readonly string[]> = {
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  ru: ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'],
  ar: ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'],
};

/** The words of a draft new Resolution's skeleton in each language (from core/lang/tables.ts's phrases). */
const SKELETON_WORDS: Record<Lang, { draftNew: string; preamble: string; operative: string; label: string; comma: string }> = {
  en: { draftNew: 'DRAFT NEW RESOLUTION', preamble: 'considering', operative: 'resolves', label: 'a)', comma: ',' },
  fr: { draftNew: 'PROJET DE NOUVELLE RÉSOLUTION', preamble: 'considérant', operative: 'décide', label: 'a)', comma: ',' },
  es: { draftNew: 'PROYECTO DE NUEVA RESOLUCIÓN', preamble: 'considerando', operative: 'resuelve', label: 'a)', comma: ',' },
  ru: { draftNew: 'ПРОЕКТ НОВОЙ РЕЗОЛЮЦИИ', preamble: 'учитывая', operative: 'решает', label: 'a)', comma: ',' },
  zh: { draftNew: '新决议草案', preamble: '考虑到', operative: '做出决议', label: 'a)', comma: '，' },
  ar: { draftNew: 'مشروع قرار جديد', preamble: 'إذ تضع في اعتبارها', operative: 'تقرر', label: 'أ )', comma: '،' },
};

/** The language a text in force is written in (English when it tells none). */
function skeletonLanguage(base: BaseText | undefined): Lang {
  return (base && textLanguage(base.paragraphs.slice(0, 5).join('\n'))) || 'en';
}

/** The language the texts amended share, else English. */
function commonLanguage(bases: readonly (BaseText | undefined)[]): Lang {
  const langs = new Set(bases.filter((b): b is BaseText => b !== undefined).map(skeletonLanguage));
  return langs.size === 1 ? [...langs][0] : 'en';
}

/**
 * The enacting formula of a draft new Resolution in a language other than English: a text in force's formula
 * in that language with the new meeting written in it (withMeeting), its marks accepted, and the meeting as cited there.
 */
function newFormula(bases: readonly (BaseText | undefined)[], meeting: Meeting, lang: Lang): { line: string; cited: string } | undefined {
  for (const base of bases) {
    if (!base || skeletonLanguage(base) !== lang) continue;
    const restated = withMeeting(base.paragraphs, meeting);
    const line = restated.find((p, i) => i > 0 && FORMULA.test(projectText(p)));
    const m = line && FORMULA.exec(projectText(line));
    if (line && m) return { line: projectText(line), cited: m[1].trim() };
  }
  return undefined;
}

/**
 * The footnotes of the texts a skeleton restates (FORMAT.md §6: a document numbers its footnotes, and the
 * comparison with the text in force masks their numbers): each reference keeps its footnote, defined after
 * its MOD as the text in force defines it; numeric ones are numbered anew in order of first reference over
 * the whole contribution (two texts' `[^1]` are `[^1]` and `[^2]`), a named one keeps its name unless a text
 * before took it. A reference the text in force does not define is dropped (no definition to carry).
 */
class SkeletonFootnotes {
  private next = 1;
  private readonly taken = new Set<string>();

  restate(paragraphs: readonly string[], definitions: readonly string[] = []): { paragraphs: string[]; definitions: string[] } {
    const bodies = new Map<string, string>();
    for (const d of definitions) {
      const m = /^\[\^([^\]\s]+)\]:[\t ]*([^]*)$/.exec(d);
      if (m) bodies.set(m[1], m[2]);
    }
    const names = new Map<string, string>();
    const written: string[] = [];
    const rewritten = paragraphs.map((p) => (!p.includes('[^') ? p : p.replace(/\[\^([^\]\s]+)\](?!:)/g, (_m, label: string) => {
      const body = bodies.get(label);
      if (body === undefined) return '';
      let name = names.get(label);
      if (name === undefined) {
        name = this.free(label);
        names.set(label, name);
        written.push(`[^${name}]:\t${body}`);
      }
      return `[^${name}]`;
    })));
    return { paragraphs: rewritten, definitions: written };
  }

  /** The next number for a numbered footnote; a named one's own name, else its name with a number after it. */
  private free(label: string): string {
    let name = label;
    if (/^\d+$/.test(label)) {
      while (this.taken.has(String(this.next))) this.next++;
      name = String(this.next++);
    } else for (let k = 2; this.taken.has(name); k++) name = `${label}-${k}`;
    this.taken.add(name);
    return name;
  }
}

/**
 * What a target on provisions restates from the text in force: the provision it names (`RR 5.446A`,
 * `Recommendation ITU-T A.1 clause 1.4.3`), or every provision of the instrument it names, in the order of
 * the text; none when the workspace holds no such text.
 */
function provisionsInForce(target: string, source: ProvisionSource | undefined): { paragraphs: string[]; footnotes?: string[] }[] {
  const ref = parseRef(target.trim());
  const inForce: InstrumentText | undefined = ref && source?.instrument(ref.instrument.key, [], undefined, ref.provision === undefined ? undefined : [ref.provision]);
  if (!ref || !inForce) return [];
  if (ref.provision !== undefined) {
    const one = inForce.provisions.get(ref.provision);
    return one ? [one] : [];
  }
  // `5.195 and 5.196` is found by both numbers: one provision. The headings between them stand where the text
  // in force has them (review 9, J4: the CV's Articles, its Annex that numbers its terms anew from 1001).
  const all: { paragraphs: string[]; footnotes?: string[]; line: number }[] = [...new Set(inForce.provisions.values())];
  for (const h of inForce.headings ?? []) all.push({ paragraphs: [h.text], line: h.line });
  return all.sort((a, b) => a.line - b.line);
}

/** A target amended provision by provision (`Recommendation ITU-T A.1`, `RR`, `CS 168`), not by a number line. */
function byProvision(target: string): boolean {
  const kind = parseRef(target.trim())?.instrument.kind;
  return kind !== undefined && kind !== 'Resolution';
}

/** `Resolution 52 (Countering and combating spam)`, `Résolution 69 (Accès …)`: the number and the title under it. */
function resolutionName(base: BaseText): string {
  const name = targetName(base.numberLine) ?? base.numberLine.replace(/\s*[(（].*$/, '').trim();
  const title = base.paragraphs[1]?.trim();
  return `${name}${title ? ` (${title})` : ''}`.trim();
}

/** The `Original:` of a contribution on these texts: the language they are written in (English when they differ or none is found). */
function originalLanguage(bases: readonly (BaseText | undefined)[]): string {
  const langs = new Set(bases.filter((b): b is BaseText => b !== undefined).map((b) => textLanguage(b.paragraphs.slice(0, 5).join('\n')) ?? 'en'));
  const lang = langs.size === 1 ? [...langs][0] : 'en';
  return LANGUAGES[(['en', 'fr', 'es', 'ar', 'zh', 'ru'] as Lang[]).indexOf(lang)];
}

/**
 * The base paragraphs with the new meeting written in revision marks: in the number line's
 * revision, at the end of the history line, and in the enacting formula, wherever the base cites
 * the meeting of its own revision. The new meeting is written as the base writes its meetings, in
 * its language (`Rév. New Delhi, 2024`, `Нью-Дели, 2024 г.`, `2024年，新德里`, `نيودلهي، 2024`),
 * and a first edition takes the language's revision word (`Rev.`, `Rév.`, `Пересм.`, `，修订版`).
 */
export function withMeeting(paragraphs: string[], meeting: Meeting): string[] {
  const numberLine = paragraphs[0] ?? '';
  const line = matchNumberLine(numberLine);
  if (!line) return paragraphs;
  if (line.edition !== undefined && line.revision === '') return withEdition(paragraphs, meeting);
  const revisionAt = numberLine.lastIndexOf(line.revision);
  const cited = revisionMeeting(line.revision);
  const old = cited.text;
  if (revisionAt >= 0 && CONFERENCE_CITED.test(old)) return withConference(paragraphs, revisionAt + cited.offset, line.revision.trim() === old, meeting);
  const oldKey = meetingKey(old);
  if (!oldKey || revisionAt < 0 || oldKey === meetingKey(meeting.cited)) return paragraphs;
  const lang = textLanguage(paragraphs.slice(0, 5).join('\n')) ?? 'en';
  const swap = (text: string) => `{--${text}--}{++${citedLike(text, meeting.cited, lang)}++}`;
  const firstEdition = line.revision.trim() === old;
  return paragraphs.map((p, i) => {
    if (i === 0) {
      const at = revisionAt + cited.offset;
      const mark = !firstEdition
        ? swap(old)
        : lang === 'zh'
          ? `{--${old}--}{++${citedLike(old, meeting.cited, lang)}，${TABLES.zh.revision[0]}++}`
          : `{++${TABLES[lang].revision[0]} ++}${swap(old)}`;
      return (p.slice(0, at) + mark + p.slice(at + old.length)).trimEnd();
    }
    // The history line: "(Florianópolis, 2004; …; Dubai, 2012)", "（2008年，约翰内斯堡；…）".
    const history = i <= 3 ? /^([(（])([^()（）]*)([)）])\s*$/.exec(p.trim()) : null;
    if (history) {
      const entries = history[2].split(HISTORY_SEPARATOR);
      const last = entries[entries.length - 1];
      if (meetingKey(last) !== oldKey) return p;
      const separator = /[;；؛]\s*/.exec(history[2])?.[0] ?? (lang === 'zh' ? '；' : lang === 'ar' ? '؛ ' : '; ');
      const close = p.lastIndexOf(history[3]);
      return `${p.slice(0, close)}{++${separator}${citedLike(last.trim(), meeting.cited, lang)}++}${p.slice(close)}`;
    }
    // The enacting formula: "The World … Assembly (Dubai, 2012),", "…（2016年，哈马马特），".
    const formula = i <= 4 ? FORMULA.exec(p) : null;
    if (formula && meetingKey(formula[1]) === oldKey) {
      const at = p.lastIndexOf(formula[1]);
      return p.slice(0, at) + swap(formula[1]) + p.slice(at + formula[1].length);
    }
    return p;
  });
}

/** A number line citing its conference by name and year, as WRC Resolutions do: `WRC-19`, `CMR-19`, `ВКР-19`, `WRC-2000`. */
const CONFERENCE_CITED = new RegExp(String.raw`^(?:WRC|CMR|ВКР)${KEY_HYPHEN}(\d{2}|\d{4})$`, 'u');

/**
 * A WRC Resolution moved to the conference of the contribution: the year of its number line
 * (`RESOLUTION 229 (REV.WRC-{--19--}{++23++})`, a first edition `RESOLUTION 750 ({++REV.++}WRC-{--15--}{++23++})`)
 * and the enacting formula that cites the same conference by place and year
 * (`({--Sharm el-Sheikh, 2019--}{++Dubai, 2023++})`). Only for a meeting that is a WRC: no other revises them.
 */
function withConference(paragraphs: string[], citedAt: number, firstEdition: boolean, meeting: Meeting): string[] {
  const year = meetingWrcYear(meeting.label);
  const numberLine = paragraphs[0];
  const digits = CONFERENCE_CITED.exec(numberLine.slice(citedAt).replace(/[)）].*$/su, '').trim())?.[1];
  if (year === undefined || digits === undefined || acronymYear(digits) >= year) return paragraphs;
  const oldYear = String(acronymYear(digits));
  const wanted = acronymDigits(year);
  const lang = textLanguage(paragraphs.slice(0, 5).join('\n')) ?? 'en';
  const digitsAt = numberLine.indexOf(digits, citedAt);
  let line = `${numberLine.slice(0, digitsAt)}{--${digits}--}{++${wanted}++}${numberLine.slice(digitsAt + digits.length)}`;
  if (firstEdition) {
    const word = TABLES[lang].revision[0];
    const rev = /^[^\p{Ll}]*$/u.test(numberLine) ? word.toUpperCase() : word;
    line = `${line.slice(0, citedAt)}{++${rev}${/^[\p{Script=Latin}.]+$/u.test(rev) ? '' : ' '}++}${line.slice(citedAt)}`;
  }
  return paragraphs.map((p, i) => {
    if (i === 0) return line.trimEnd();
    const formula = i <= 4 ? FORMULA.exec(p) : null;
    if (!formula || /\d{4}/.exec(formula[1])?.[0] !== oldYear) return p;
    const at = p.lastIndexOf(formula[1]);
    return `${p.slice(0, at)}{--${formula[1]}--}{++${citedLike(formula[1], meeting.cited, lang)}++}${p.slice(at + formula[1].length)}`;
  });
}

/**
 * An ITU-R Resolution's number line names its edition, not a meeting: the next edition in revision marks
 * (`RESOLUTION ITU-R 1-{--6--}{++7++}`, a first edition `RESOLUTION ITU-R 71{++-1++}`), and the meeting's year
 * added to the years of the history line (`(1993-2000{++-2027++})`, `（1993-2000{++-2027++}年）`; before the first
 * year where they run from the latest).
 */
function withEdition(paragraphs: string[], meeting: Meeting): string[] {
  const year = /\d{4}/.exec(meeting.cited)?.[0];
  return paragraphs.map((p, i) => {
    if (i === 0) {
      const m = RADIO_NUMBER.exec(p);
      if (!m) return p;
      const next = m[3] === undefined ? `${m[1]}{++-1++}` : `${m[1]}${m[2]}{--${m[3]}--}{++${Number(m[3]) + 1}++}`;
      return p.slice(0, m.index) + next + p.slice(m.index + m[0].length);
    }
    const history = i <= 3 && year ? /^[(（][^()（）]*[)）]\s*$/.exec(p.trim()) : null;
    if (!history || !year) return p;
    const years = [...p.matchAll(/\d{4}/g)];
    if (years.length === 0 || years.some((y) => y[0] === year)) return p;
    const separator = historySeparator(p);
    const first = years[0]!;
    const last = years[years.length - 1]!;
    if (years.length > 1 && Number(first[0]) > Number(last[0])) return `${p.slice(0, first.index)}{++${year}${separator}++}${p.slice(first.index)}`;
    const end = last.index! + 4;
    return `${p.slice(0, end)}{++${separator}${year}++}${p.slice(end)}`;
  });
}

/**
 * A meeting (`New Delhi, 2024`) written as `like` writes one, in `lang`: the place in that language
 * and script (`tables.ts`), the year where `like` has its year (`Хаммамет, 2016 г.` → `Нью-Дели, 2024 г.`,
 * `2016年，哈马马特` → `2024年，新德里`, `الحمامات، 2016` → `نيودلهي، 2024`).
 */
export function citedLike(like: string, cited: string, lang: Lang): string {
  const year = /\d{4}/.exec(cited)?.[0];
  const place = cited.replace(/[\s,]*\d{4}\s*$/, '').trim();
  const oldYear = /\d{4}/.exec(like)?.[0];
  const oldPlace = like.replace(/\d{4}\s*(?:[гГ]\.|年)?/u, '').replace(/^[\s,،，、]+|[\s,،，、]+$/gu, '');
  if (!year || !oldYear || !oldPlace) return cited;
  const out = like.replace(oldPlace, placeIn(place, lang)).replace(oldYear, year);
  // A number line in capitals (`DECISION 11 (REV. DUBAI, 2018)`, as the Final Acts write it) cites the new meeting in capitals too.
  return /\p{Lu}/u.test(oldPlace) && oldPlace === oldPlace.toUpperCase() ? out.toUpperCase() : out;
}

/** A place's name in a language: its spelling in the language's script, or the French or Spanish name. */
function placeIn(place: string, lang: Lang): string {
  const key = meetingKey(`${place}, 2000`)?.replace(/,2000$/, '');
  const names = key === undefined ? undefined : PLACES[key];
  if (!names) return place;
  const script = lang === 'ru' ? /[\u0400-\u04FF]/ : lang === 'ar' ? ARABIC_CHAR : lang === 'zh' ? /[\u3400-\u9FFF]/ : undefined;
  if (script) return names.find((n) => script.test(n)) ?? place;
  return LATIN_PLACE_NAMES[lang]?.[key!] ?? names[0];
}

// The bundle's own copy of the message catalogue: the server hands it its language (bundles.ts).
export { activeBundle, localize } from '../localize';
