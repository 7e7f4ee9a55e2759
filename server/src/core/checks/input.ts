// input.*: a file that is not text. Raised by the parse (document.ts), before anything is read
// from the text; a binary file gets no other finding (check.ts).
import { parseFindingsOf, type CheckFamily } from './family';
import type { Finding, ItuDocument } from '../types';
import { l10n } from '../l10n';

/**
 * Text that is mostly control characters or replacement characters is not a contribution. `suspects`: where
 * the characters checks/characters.ts reads stand (suspectsIn, every place CONTROL matches among them).
 */
function looksBinary(text: string, suspects?: readonly number[]): boolean {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  if (sample.length === 0) return false;
  // A text has none of them at all (most texts: the places found already, or one native scan, several times
  // faster than the loop below).
  if (suspects ? !suspects.some((i) => i < SAMPLE && isControl(text.charCodeAt(i))) : !CONTROL.test(sample)) return false;
  let bad = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0) return true;
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd) bad++;
  }
  return bad / sample.length > 0.05;
}

/** What looksBinary counts: control characters other than TAB, LF and CR, and the replacement character. */
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
  if (!looksBinary(text, suspects)) return [];
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
