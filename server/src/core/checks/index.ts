// The check registry: every family of findings, in the order core/check.ts runs them. A new
// family is a file of its own in this folder exporting a CheckFamily, listed here; a new code is
// added to FindingCode (types.ts), to its family's `codes`, and to docs/diagnostics.md
// (test/unit/registry.test.ts fails until all three agree).
import { baseFamily } from './base';
import { characterFamily } from './characters';
import { compileFamily } from './compile';
import type { CheckFamily } from './family';
import { footnoteFamily } from './footnotes';
import { inputFamily } from './input';
import { marksFamily } from './marks';
import { numberingFamily } from './numbering';
import { proposalFamily } from './proposals';
import { provisionNoteFamily } from './provisionNotes';
import { referenceFamily } from './references';
import { resolutionFamily } from './resolution';
import type { FindingCode } from '../types';

export const CHECK_FAMILIES: readonly CheckFamily[] = [
  inputFamily,
  characterFamily,
  marksFamily,
  numberingFamily,
  proposalFamily,
  resolutionFamily,
  provisionNoteFamily,
  footnoteFamily,
  referenceFamily,
  compileFamily,
  baseFamily,
];

/** Every registered code with its family and description. */
export function registeredCodes(): Map<FindingCode, { family: string; description: string }> {
  const out = new Map<FindingCode, { family: string; description: string }>();
  for (const family of CHECK_FAMILIES) {
    for (const [code, description] of Object.entries(family.codes) as [FindingCode, string][]) {
      out.set(code, { family: family.name, description });
    }
  }
  return out;
}

export type { CheckContext, CheckFamily } from './family';
export { runFamily } from './family';
