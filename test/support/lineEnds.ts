// The same text in every line-end style, and what the checker finds in it, compared line by line
// (test/unit/line-ends.test.ts, test/stress/line-ends-corpus.test.ts).
import assert from 'node:assert/strict';
import { applyEdits, LineIndex, withLineEnds, type Finding, type LineEnd } from '../../server/src/core';

export const STYLES = ['\n', '\r\n', '\r'] as const;
export const name = (eol: string) => JSON.stringify(eol);

/** The text with its LF line ends written in a style: all the same, or mixed line by line. */
export function restyled(lf: string, style: LineEnd | 'mixed', seed = 1): string {
  if (style !== 'mixed') return withLineEnds(lf, style);
  let k = seed;
  // A CR just before an LF would make one CRLF of two line ends: that LF becomes a CRLF.
  let previous = { at: -2, eol: '' };
  return lf.replace(/\n/g, (_m, at: number) => {
    let eol: string = STYLES[(k = (k * 7 + 3) % 11) % 3]!;
    if (eol === '\n' && previous.at === at - 1 && previous.eol === '\r') eol = '\r\n';
    previous = { at, eol };
    return eol;
  });
}

/** What a finding says and where, in lines and characters: the same in every style. */
export function located(text: string, findings: Finding[]): string[] {
  const index = new LineIndex(text);
  const at = (o: number) => {
    const p = index.position(o);
    return `${p.line + 1}:${p.character + 1}`;
  };
  return findings.map((f) => `${at(f.start)}-${at(f.end)} ${f.code} ${f.message}`);
}

/** Each fix (and alternative) of each finding, applied alone. */
export function fixedTexts(text: string, findings: Finding[]): string[] {
  const out: string[] = [];
  for (const f of findings) for (const fix of f.fix ? [f.fix, ...(f.fix.alternatives ?? [])] : []) out.push(applyEdits(text, fix.edits));
  return out;
}

/** The line ends a text holds. */
export function kinds(text: string): Set<string> {
  return new Set(text.match(/\r\n|\r|\n/g) ?? []);
}

export function sameWhateverTheLineEnds(lf: string, check: (text: string) => Finding[], label: string): void {
  const base = check(lf);
  const baseFixed = fixedTexts(lf, base);
  for (const style of ['\r\n', '\r', 'mixed'] as const) {
    const text = restyled(lf, style);
    const findings = check(text);
    assert.deepEqual(located(text, findings), located(lf, base), `${label}: findings with ${name(style)} line ends`);
    const fixedHere = fixedTexts(text, findings);
    assert.deepEqual(fixedHere.map((t) => withLineEnds(t, '\n')), baseFixed, `${label}: fixes with ${name(style)} line ends do what they do with LF`);
    if (style !== 'mixed') {
      for (const t of fixedHere) assert.ok([...kinds(t)].every((k) => k === style), `${label}: a fix keeps ${name(style)} line ends: ${JSON.stringify(t.slice(0, 200))}`);
    }
  }
}
