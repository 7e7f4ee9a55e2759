// ITU's own first page of a contribution, read back as the cover block (review 7, H11): the table at the top of the
// document (the meeting's name, place and dates; PLENARY MEETING beside `Addendum 25 to` / `Document 42-E`; the date;
// `Original: English`), in any of the six languages, as word/cover.ts lays it out and as ITU's templates do.
import { COVER_WORDS } from '../../core';
import { attr, child, elements, isEl, runText, type XmlElement } from '../xml';
import { showsPlaceholder, tableParts, W } from './package';

/** The cover fields a first page shows, in the order the cover block writes them. */
export type CoverLine = [field: string, value: string];

const YEAR = /\b(?:19|20)\d{2}\b/;
/** A template's words as a pattern, `{0}` a number (`Addendum {0} to` → `Addendum (\S+) to`). */
const templatePattern = (template: string) =>
  template.trim().split('{0}').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s*')).join('\\s*(\\S+?)\\s*');

interface Patterns {
  addendum: RegExp;
  revision: RegExp;
  document: RegExp;
  original: RegExp;
  plenary: string;
  fields: Map<string, string>;
}

const PATTERNS: Patterns[] = Object.values(COVER_WORDS).map((w) => ({
  addendum: new RegExp(`^${templatePattern(w.addendum)}(?:\\s+|$)`, 'iu'),
  revision: new RegExp(`^${templatePattern(w.revision)}(?:\\s+|$)`, 'iu'),
  document: new RegExp(`^(?:${templatePattern(w.documentAfter)}|${templatePattern(w.document)})$`, 'iu'),
  original: new RegExp(`^${w.original}\\s*[:：]\\s*(.+)$`, 'iu'),
  plenary: w.plenary.toLowerCase(),
  fields: new Map(Object.entries(w.fields).map(([field, label]) => [label.toLowerCase(), field])),
}));

/** The lines a cell shows: its paragraphs, split at line breaks, white space folded, empty ones left out. */
function cellLines(tc: XmlElement, seen: FirstPageSeen): string[] {
  const out: string[] = [];
  const held = new Set<XmlElement>();
  for (const p of tableParts(tc, 'p', held)) {
    // A content control's placeholder is Word's prompt, not a value (showsPlaceholder): left out, counted.
    if (held.has(p)) {
      seen.placeholders++;
      continue;
    }
    let line = '';
    const walk = (e: XmlElement) => {
      for (const c of elements(e)) {
        if (isEl(c, W, 'sdt') && showsPlaceholder(c)) seen.placeholders++;
        else if (isEl(c, W, 't')) line += runText(c);
        else if (isEl(c, W, 'tab')) line += ' ';
        else if (isEl(c, W, 'br') || isEl(c, W, 'cr')) {
          out.push(line);
          line = '';
        } else if (!isEl(c, W, 'delText') && !isEl(c, W, 'instrText')) walk(c);
      }
    };
    walk(p);
    out.push(line);
  }
  // Directional embeddings and marks (the export embeds `42-A` left to right in an Arabic page) are not text here.
  return out.map((l) => l.replace(/[\u200E\u200F\u202A-\u202E\u2066-\u2069]/g, '').replace(/\s+/g, ' ').trim()).filter((l) => l !== '');
}

/** Whether an element holds a tracked change: such a first page stays a table, so that no mark is lost. */
export function tracked(el: XmlElement): boolean {
  return elements(el).some((c) => (isEl(c, W, 'ins') || isEl(c, W, 'del') || isEl(c, W, 'moveFrom') || isEl(c, W, 'moveTo')) || tracked(c));
}

/** What reading a first page left out: content controls showing their placeholder (their prompt is no value). */
export interface FirstPageSeen {
  placeholders: number;
}

/** A known cover field's name in a `Label: value` line of any of the six languages. */
export function labelledField(line: string): CoverLine | undefined {
  const m = /^([^:：\t]{1,40}?)\s*[:：]\s*(.*\S)\s*$/u.exec(line.replace(/\t/g, ' '));
  if (!m) return undefined;
  const label = m[1].trim().toLowerCase();
  for (const p of PATTERNS) {
    const field = p.fields.get(label);
    if (field) return [field, m[2]];
  }
  return undefined;
}

/**
 * The cover fields of a table that is ITU's first page: one holding the document's number (`Document 42-E`, after
 * `Addendum 25 to` or `Revision 1 to` when there is one); else undefined. The meeting is the first row's first cell,
 * its lines joined by commas; a line holding a year that is nothing else is the date.
 */
export function readFirstPage(tbl: XmlElement, seen: FirstPageSeen = { placeholders: 0 }): CoverLine[] | undefined {
  if (tracked(tbl)) return undefined;
  const rows = tableParts(tbl, 'tr').map((tr) => tableParts(tr, 'tc').map((tc) => cellLines(tc, seen)));
  if (rows.length === 0) return undefined;
  const fields = new Map<string, string>();
  const dates: string[] = [];
  let meeting: string[] | undefined;
  rows.forEach((cells, r) => {
    cells.forEach((lines, c) => {
      const rest: string[] = [];
      for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        let matched = false;
        for (const p of PATTERNS) {
          const add = p.addendum.exec(line) ?? p.revision.exec(line);
          if (add) {
            fields.set(p.addendum.test(line) ? 'Addendum' : 'Revision', add[1]);
            // `Addendum 25 to Document 42-E` on one line: the rest is the document line.
            const after = line.slice(add[0].length).trim();
            if (after) lines.splice(i + 1, 0, after);
            matched = true;
            break;
          }
          const doc = p.document.exec(line);
          if (doc) {
            const number = (doc[1] ?? doc[2]).replace(/-[EFSRCA]$/u, '');
            fields.set('Document', number);
            matched = true;
            break;
          }
          const original = p.original.exec(line);
          if (original) {
            fields.set('Original', original[1].trim());
            matched = true;
            break;
          }
          if (line.toLowerCase() === p.plenary) {
            matched = true;
            break;
          }
        }
        if (!matched) {
          const labelled = labelledField(line);
          if (labelled) fields.set(labelled[0], labelled[1]);
          else rest.push(line);
        }
      }
      if (r === 0 && c === 0 && rest.length > 0) meeting = rest;
      else for (const line of rest) if (YEAR.test(line)) dates.push(line);
    });
  });
  if (!fields.has('Document')) return undefined;
  if (meeting) fields.set('Meeting', meeting.join(', '));
  if (dates.length === 1 && !fields.has('Date')) fields.set('Date', dates[0]);
  const order = ['Meeting', 'Document', 'Addendum', 'Revision', 'Date', 'Original'];
  return [...order.filter((f) => fields.has(f)), ...[...fields.keys()].filter((f) => !order.includes(f))].map((f) => [f, fields.get(f)!]);
}

/** The cover field a paragraph after the first page holds by its style (ITU's `Source`, `Title 1`), if any. */
export function styledField(p: XmlElement, styleName: (id: string) => string): string | undefined {
  const id = attr(child(child(p, W, 'pPr'), W, 'pStyle'), W, 'val');
  if (!id) return undefined;
  const name = styleName(id).toLowerCase().replace(/\s+/g, '');
  return name === 'source' ? 'Source' : name === 'title1' ? 'Title' : undefined;
}
