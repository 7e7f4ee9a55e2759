// The text in force of a MOD, parsed as a Resolution of its own: what the checks read when a MOD restates
// it in excerpts (`…`) and the parts left out matter (references into them, labels they keep).
import type { BaseText } from './base';
import { parseDocument } from './document';
import type { Resolution, View } from './types';

export interface ParsedInForce {
  view: View;
  resolution: Resolution;
}

/** By the base's paragraphs: every copy of one base (a ChosenBase spreads it) shares them. Parsed on first need only. */
const parsed = new WeakMap<readonly string[], ParsedInForce | null>();

/** The text in force as a parsed Resolution, or undefined when its paragraphs hold none. */
export function parsedInForce(base: BaseText): ParsedInForce | undefined {
  let p = parsed.get(base.paragraphs);
  if (p === undefined) {
    const view = parseDocument(base.paragraphs.join('\n')).views.new;
    const first = view.resolutions[0];
    p = first ? { view, resolution: first } : null;
    parsed.set(base.paragraphs, p);
  }
  return p ?? undefined;
}
