// input.*: a file that is not text. Raised by the parse (document.ts), before anything is read
// from the text; a binary file gets no other finding (check.ts).
import { parseFindingsOf, type CheckFamily } from './family';
import type { Finding, ItuDocument } from '../types';
import { l10n } from '../l10n';

/**
 * Whether a text is a binary file read as text (a .docx, a PDF, an image, UTF-16 without its BOM), judged as file(1)
 * and git judge, from a sample: its first SAMPLE code units (from the BOM on). A ZIP or PDF signature at its start, or
 * control characters (other than TAB, LF and CR) and replacement characters making more than 1 in 20 of the sample, or
 * more than MIN_NUL NULs making more than 1 in 200 of it (UTF-16 without BOM holds a NUL in every other code unit of
 * Latin text, and one at each line's end in any script). A stray NUL or a few in a contribution is not enough, wherever
 * they stand: they are control characters, each reported where it is
 * (characters.control). `suspects`: where the characters checks/characters.ts reads stand (suspectsIn, every place
 * CONTROL matches among them); the count then reads only those places, never the whole sample.
 */
function looksBinary(text: string, bom: number, suspects?: readonly number[]): boolean {
  const end = Math.min(text.length, bom + SAMPLE);
  const length = end - bom;
  if (length <= 0) return false;
  if (SIGNATURES.some((sig) => text.startsWith(sig, bom))) return true;
  let bad = 0;
  let nul = 0;
  const count = (c: number) => {
    if (!isControl(c)) return;
    bad++;
    if (c === 0) nul++;
  };
  if (suspects) {
    for (const i of suspects) {
      if (i >= end) break;
      if (i >= bom) count(text.charCodeAt(i));
    }
  } else {
    // A text has none of them at all (most texts: one native scan, several times faster than the loop below).
    const sample = text.slice(bom, end);
    if (!CONTROL.test(sample)) return false;
    for (let i = 0; i < sample.length; i++) count(sample.charCodeAt(i));
  }
  return bad * 20 > length || (nul > MIN_NUL && nul * 200 > length);
}

/** Beginnings of binary files met as .itu: a ZIP package (.docx, .xlsx, .odt …), a PDF. */
const SIGNATURES = ['PK\x03\x04', 'PK\x05\x06', 'PK\x07\x08', '%PDF-'];
/** More NULs than this in proportion make a text binary (a few are a text's faults, as other control characters are). */
const MIN_NUL = 8;

/** What looksBinary counts: control characters other than TAB, LF and CR (NUL among them), and the replacement character. */
export const CONTROL = /[\x00-\x08\x0b\x0c\x0e-\x1f\ufffd]/;
function isControl(c: number): boolean {
  return (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0xfffd;
}
/** How much of a text looksBinary reads. */
const SAMPLE = 65536;

/**
 * The input findings of a text, raised by the parse (`suspects`: what checks/characters.ts suspectsIn found
 * in it from its BOM on; it holds every control character and U+FFFD, so looksBinary reads only those places).
 */
export function checkInput(text: string, bom: number, suspects?: readonly number[]): Finding[] {
  if (!looksBinary(text, bom, suspects)) return [];
  return [{
    code: 'input.binary',
    severity: 'error',
    start: bom,
    end: Math.min(text.length, bom + 1),
    message: l10n.t('This file does not look like text (control characters or undecodable bytes). Open the original document or save it as UTF-8 text.'),
  }];
}

/** The parse found the file is not text: no other check runs on it. */
export function isBinary(doc: ItuDocument): boolean {
  return doc.parseFindings.some((f) => f.code === 'input.binary');
}

const codes = {
  'input.binary': 'the file is not text (control characters or undecodable bytes)',
  'input.check-failed': 'a check family failed on this text (a fault of itu-draft); the other families still report',
};

// input.check-failed is raised by runFamily (family.ts), never by the parse.
export const inputFamily: CheckFamily = { name: 'input', codes, check: parseFindingsOf(codes), scope: 'parse' };
