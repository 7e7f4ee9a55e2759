// Keyword lists as patterns the regular-expression engine reads fast. A list of words as a flat alternation
// (`resolves further|recognizing|considering|resolves|…`, the call phrases of a language: some sixty) makes the
// engine try every word at every position of a line; the same words with their common openings written once
// (`re(?:solves(?:\s+further|)|cognizing)|considering`) try a word's first character once for all the words that
// open with it. The two read alike: see `alternation` (test/unit/alternation.test.ts compares them).

/**
 * One step of a keyword's pattern. `chars`: the characters it matches, one each (a literal, or a class such as
 * the alef forms `[اأإآٱ]`), for a step that matches exactly one character; none for a repeated step (`\s+`, the
 * Arabic marks a typist may leave out), which the alternation never writes once for several words.
 */
export interface Step {
  source: string;
  chars?: readonly string[];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A literal character as a step. */
export function literal(c: string): Step {
  // A character beyond the BMP is two code units without the `u` flag: a step of its own, never shared.
  return c.length === 1 ? { source: escape(c), chars: [c] } : { source: escape(c) };
}

/**
 * The words of a list, in their order of preference (the first that matches at a place is taken, as in a flat
 * alternation), each as its steps, written as one alternation whose words that open with the same step share it.
 * The pattern matches what the flat alternation (each word's steps in a row, the words joined by `|`) matches, at
 * every place, in the same order of preference, whatever stands before or after it and under any flags:
 * - a word moves before an earlier one only when their first steps match no character in common, under
 *   case-insensitive matching with or without Unicode (two such words never both match at one place: trying one
 *   first changes nothing);
 * - only steps of exactly one character are shared, so a shared step matches in one way only, and trying the words
 *   after it in their order is what the flat alternation does.
 * A word with no step (the empty word) matches everywhere: no word after it moves before it.
 */
export function alternation(words: readonly (readonly Step[])[]): string {
  return grouped(words).join('|');
}

/** The alternatives of `alternation`, each a group of words that share a first step or a word alone. */
function grouped(words: readonly (readonly Step[])[]): string[] {
  const groups: { head: Step | undefined; members: (readonly Step[])[] }[] = [];
  for (const word of words) {
    const head = word.length > 0 && word[0].chars ? word[0] : undefined;
    let into: number | undefined;
    if (head) {
      // The last group of the same head, if the word may move before every group after it.
      for (let g = groups.length - 1; g >= 0; g--) {
        const other = groups[g];
        if (other.head && other.head.source === head.source) {
          into = g;
          break;
        }
        if (!disjoint(head, other)) break;
      }
    }
    if (into === undefined) groups.push({ head, members: [word] });
    else groups[into].members.push(word);
  }
  return groups.map(({ head, members }) => {
    if (members.length === 1 || !head) return members[0].map((s) => s.source).join('');
    const rest = grouped(members.map((m) => m.slice(1)));
    // One alternative after the shared step (`ci-dessus`, `ci-dessous` share `ci-dess`) needs no group.
    return rest.length === 1 ? head.source + rest[0] : `${head.source}(?:${rest.join('|')})`;
  });
}

/** Whether a step matches no character that the first step of any word of a group matches (a group without a shared head: its one word's first step repeats, or it has none). */
function disjoint(step: Step, group: { head: Step | undefined }): boolean {
  return group.head !== undefined && disjointSteps(step, group.head);
}

function disjointSteps(a: Step, b: Step): boolean {
  for (const x of a.chars!) for (const y of b.chars!) if (mayMatchAlike(x, y)) return false;
  return true;
}

/**
 * Whether two characters may match one another case-insensitively, with or without the `u` flag: whether the
 * characters each case-maps to (itself, its lower and upper case, and theirs, one character each) meet. A character
 * folds (simple case folding, `iu`) or upper-cases (`i`) to one of those, so two characters that match one another
 * meet there (test/unit/alternation.test.ts checks every character of the tables' words against every BMP
 * character); two that meet and do not match only share no opening. No pattern is made: the tables' lists ask
 * some thousands of pairs when the patterns are made, at load.
 */
export function mayMatchAlike(x: string, y: string): boolean {
  if (x === y) return true;
  const a = caseForms(x);
  const b = caseForms(y);
  for (let i = 0; i < a.length; i++) if (b.includes(a[i])) return true;
  return false;
}

const FORMS = new Map<string, string[]>();

function caseForms(c: string): string[] {
  let forms = FORMS.get(c);
  if (!forms) {
    const lower = c.toLowerCase();
    const upper = c.toUpperCase();
    forms = [...new Set([c, lower, upper, lower.toUpperCase(), upper.toLowerCase()])].filter((f) => [...f].length === 1);
    FORMS.set(c, forms);
  }
  return forms;
}
