// The real texts the simulator amends: Resolution 1 (WTSA-16, from the corpus, read as .itu),
// Resolution 52 in force (Dubai, 2012), the project's examples and the shared example. An
// amendment's new text is itself a text in force for the next assembly, so the examples that are
// MODs contribute their new text.
import * as fs from 'fs';
import * as path from 'path';
import { projectText, readMarks } from './oracle';
import { isBoundary } from './reader';

export interface Source {
  name: string;
  /** Number line, title, history line, enacting formula. */
  head: string[];
  /** The Resolution's other paragraphs, in order, without blank lines. */
  body: string[];
  /** Footnote texts (`[^1]:<TAB>…`) that follow the Resolution. */
  footnotes: string[];
  /** Long texts are amended one part (call section or SECTION) at a time, to keep cases fast. */
  parts: [number, number][];
}

export const ROOT = path.resolve(__dirname, '../..');
export const SHARED = path.resolve(ROOT, '../shared');

const NUMBER_LINE = /^(DRAFT NEW )?(RESOLUTION|DECISION|RECOMMENDATION)\s+\S+/;

/** The Resolution that starts at the first number line of `text` (or of the first MOD when `mod`). */
function resolutionOf(name: string, text: string, mod: boolean): Source {
  const lines = text.replace(/^\ufeff/, '').split(/\r?\n/);
  let start = mod ? lines.findIndex((l) => /^MOD\t/.test(l)) + 1 : 0;
  while (start < lines.length && !NUMBER_LINE.test(lines[start])) start++;
  if (start >= lines.length) throw new Error(`${name}: no RESOLUTION line`);
  return resolutionAt(name, lines, start);
}

/** Every Resolution (or Decision) of a text that holds several, such as a volume of Final Acts. */
function resolutionsOf(name: string, text: string): Source[] {
  const lines = text.replace(/^\ufeff/, '').split(/\r?\n/);
  const out: Source[] = [];
  for (let i = 0; i < lines.length; i++) {
    // Resolutions and Decisions (format-decisions.md): the kinds of text the project amends.
    if (!NUMBER_LINE.test(lines[i]) || !/^(DRAFT NEW )?(RESOLUTION|DECISION)\s/.test(lines[i])) continue;
    // A running header repeats the number line just above it.
    if (lines[i + 1] === lines[i]) continue;
    const r = resolutionAt(`${name}: ${lines[i].trim()}`, lines, i);
    if (r.body.length >= 3) out.push(r);
  }
  return out;
}

function resolutionAt(name: string, lines: string[], start: number): Source {
  const paragraphs: string[] = [];
  const footnotes: string[] = [];
  for (let i = start; i < lines.length; i++) {
    const line = lines[i];
    if (i > start && NUMBER_LINE.test(line)) break;
    if (/^(MOD|\(MOD\)|ADD\*?|SUP\*?|NOC)\t/.test(line) || /^Reasons:/.test(line) || /^={5,}/.test(line)) break;
    if (line.trim() === '') continue;
    if (/^\[\^[^\]]+\]:/.test(line)) footnotes.push(line);
    else paragraphs.push(line);
  }
  // Number line, title, history line (when there is one), enacting formula.
  let headLength = 4;
  const formula = paragraphs.slice(0, 6).findIndex((p) => /^The .*\(.*\),\s*$/.test(p));
  if (formula >= 1) headLength = formula + 1;
  const head = paragraphs.slice(0, headLength);
  const body = paragraphs.slice(headLength);
  return { name, head, body, footnotes, parts: partsOf(body) };
}

/** Spans of the body that start at a call line or SECTION heading (Resolution 1 only has many). */
function partsOf(body: string[]): [number, number][] {
  const starts = [0];
  for (let i = 1; i < body.length; i++) if (isBoundary(body[i], body[i - 1]) && !isBoundary(body[i - 1], body[i - 2])) starts.push(i);
  return starts.map((s, k) => [s, k + 1 < starts.length ? starts[k + 1] : body.length]);
}

/**
 * `texts`: Resolution 1, Resolution 52 in force and as AFCP amends it, the project's examples (and
 * ITU_SIM_TEXTS). `final-acts`: every Resolution and Decision of the PP-18 Final Acts in the corpus,
 * texts no part of the project was written against.
 */
export type TextSet = 'texts' | 'final-acts';

export function loadSources(set: TextSet = 'texts'): Source[] {
  const read = (p: string) => fs.readFileSync(p, 'utf8');
  if (set === 'final-acts') return resolutionsOf('PP-18', read(path.join(SHARED, 'corpus/pp18-final-acts.txt')));
  const newText = (p: string) => {
    const text = read(p);
    return projectText(text, readMarks(text).marks, 'new');
  };
  const sources = [
    resolutionOf('Resolution 1 (Hammamet, 2016)', read(path.join(SHARED, 'corpus/wtsa16-res1.txt')), false),
    resolutionOf('Resolution 52 (Dubai, 2012)', read(path.join(SHARED, 'examples/res52-dubai-2012.itu')), false),
    resolutionOf('Resolution 52 as AFCP/42A25/1 amends it', newText(path.join(SHARED, 'examples/afcp-42a25-res52.itu')), true),
  ];
  for (const file of fs.readdirSync(path.join(ROOT, 'examples')).filter((f) => f.endsWith('.itu')).sort()) {
    const text = read(path.join(ROOT, 'examples', file));
    const mod = /^MOD\t/m.test(text);
    sources.push(resolutionOf(`examples/${file}${mod ? ' (new text)' : ''}`, mod ? newText(path.join(ROOT, 'examples', file)) : text, mod));
  }
  // Texts the project has not seen: ITU_SIM_TEXTS=a.itu:b.txt (a MOD contributes its new text).
  for (const file of (process.env.ITU_SIM_TEXTS ?? '').split(path.delimiter).filter((f) => f !== '')) {
    const text = read(file);
    const mod = /^MOD\t/m.test(text);
    if (mod) sources.push(resolutionOf(`${path.basename(file)} (new text)`, projectText(text, readMarks(text).marks, 'new'), true));
    else sources.push(...resolutionsOf(path.basename(file), text));
  }
  // Resolution 1 is long: its parts are amended one at a time. The short texts are amended whole.
  for (const s of sources) if (s.body.length < 80) s.parts = [[0, s.body.length]];
  return sources;
}
