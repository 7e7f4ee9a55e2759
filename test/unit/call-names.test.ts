// CallNames (core/lang/references.ts) compares a reference's call with each call of a Resolution of few calls instead
// of looking it up in sets of every word prefix of every call: checked here against the sets as they were, on
// generated calls and references made of the words, spaces, conjunctions, capitals and addressees they turn on.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addresseeKey, callFirstWord, CallNames, firstWordsTest, isPlainLine, mayNameCall, phraseKey, referenceMatches, referencesNamedBy, SCAN_CALLS, withoutConjunction, type RefMatch } from '../../server/src/core/lang/references';
import { TABLES } from '../../server/src/core/lang/tables';
import { normalizeWords } from '../../server/src/core/lang/match';
import { random } from '../corpus';
import { cases } from '../support/scale';

/** CallNames as it was: a set of every word prefix of each call's key, and one of each with its addressee's key. */
class PrefixSets {
  private readonly phrases = new Set<string>();
  private readonly addressed = new Set<string>();
  private readonly addressees = new Map<string, { key: string; text: string }[]>();

  constructor(calls: readonly { phrase: string; addressee: string }[]) {
    for (const c of calls) {
      const key = withoutConjunction(phraseKey(c.phrase));
      const addressee = addresseeKey(c.addressee);
      if (addressee) {
        const list = this.addressees.get(key) ?? [];
        if (!list.some((a) => a.key === addressee)) list.push({ key: addressee, text: c.addressee });
        this.addressees.set(key, list);
      }
      for (let at = key.length; at > 0; at = key.lastIndexOf(' ', at - 1)) {
        const prefix = key.slice(0, at);
        this.phrases.add(prefix);
        this.addressed.add(`${prefix}\u0000${addressee}`);
      }
    }
  }

  fullAddressee(ref: { phrase?: string; addressee?: string }): string | undefined {
    if (ref.phrase === undefined || ref.addressee === undefined) return undefined;
    const start = `${addresseeKey(ref.addressee)} `;
    const found = (this.addressees.get(withoutConjunction(phraseKey(ref.phrase))) ?? []).filter((a) => a.key.startsWith(start));
    return found.length === 1 ? found[0].text : undefined;
  }

  names(ref: { phrase?: string; addressee?: string }): boolean {
    if (ref.phrase === undefined) return false;
    const key = withoutConjunction(phraseKey(ref.phrase));
    return ref.addressee === undefined ? this.phrases.has(key) : this.addressed.has(`${key}\u0000${addresseeKey(ref.addressee)}`);
  }
}

const PHRASE_WORDS = ['resolves', 'Resolves', 'further', 'instructs', 'considering', 'y', 'considerando', 'وإذ', 'و', 'تلاحظ', 'décide', 'de', 'charger', ' ', '  ', '\t', '\u00a0', ''];
const ADDRESSEE_WORDS = ['the', 'The', 'Director', 'Director of', 'Council', 'ITU', 'Secretary-General', 'Secretary', 'General', 'TSB', 'Telecommunication Standardization Bureau', 'of', 'Bureau', ' ', '  ', '\u0000', ''];

function phrase(next: () => number, words: readonly string[], max: number): string {
  let out = '';
  const n = Math.floor(next() * (max + 1));
  for (let k = 0; k < n; k++) out += (k && next() < 0.7 ? ' ' : '') + words[Math.floor(next() * words.length)];
  return out;
}

test('CallNames names what the prefix sets named, and gives the same full addressee', () => {
  const next = random(14);
  let named = 0;
  let full = 0;
  for (let round = 0; round < cases(3000); round++) {
    // Some calls repeat one before them (a Resolution's `instructs the Director` in two sections).
    const calls: { phrase: string; addressee: string }[] = [];
    // Past SCAN_CALLS calls, CallNames looks references up in the prefix sets again: both ways are compared.
    for (let n = round % 10 === 0 ? SCAN_CALLS + 1 + Math.floor(next() * 8) : 1 + Math.floor(next() * 6); calls.length < n;) {
      calls.push(calls.length && next() < 0.3 ? { ...calls[Math.floor(next() * calls.length)] } : { phrase: phrase(next, PHRASE_WORDS, 3), addressee: next() < 0.5 ? '' : phrase(next, ADDRESSEE_WORDS, 4) });
    }
    const now = new CallNames(calls);
    const was = new PrefixSets(calls);
    for (let k = 0; k < 8; k++) {
      // A reference's call: one of the calls', a word prefix of it, or words of its own; its addressee likewise.
      const from = calls[Math.floor(next() * calls.length)];
      const p = next() < 0.5 ? from.phrase : next() < 0.5 ? from.phrase.split(' ').slice(0, 1 + Math.floor(next() * 2)).join(' ') : phrase(next, PHRASE_WORDS, 3);
      const a = next() < 0.3 ? undefined : next() < 0.5 ? from.addressee : next() < 0.5 ? from.addressee.split(' ').slice(0, 2).join(' ') : phrase(next, ADDRESSEE_WORDS, 3);
      const ref = { phrase: next() < 0.05 ? undefined : p, addressee: a };
      assert.equal(now.names(ref), was.names(ref), JSON.stringify({ calls, ref }));
      assert.equal(now.fullAddressee(ref), was.fullAddressee(ref), JSON.stringify({ calls, ref }));
      if (was.names(ref)) named++;
      if (was.fullAddressee(ref) !== undefined) full++;
    }
  }
  // The generated references reach both answers of each question.
  assert.ok(named > cases(1000) && named < 20000, `${named} named`);
  assert.ok(full > cases(50), `${full} full addressees`);
});

test('phraseKey reads a phrase of printable ASCII as its foldings do', () => {
  const next = random(1414);
  const pieces = ['a', 'Z', 'The', 'ITU-T', '17', ' ', '  ', '\t', '\u00a0', 'é', 'إ', '\u0640', '.', '~', '\u007f', ''];
  const folded = (s: string) => normalizeWords(s).replace(/[\u0670\u0640]/g, '').replace(/\s+/g, ' ').trim().toLowerCase();
  let ascii = 0;
  for (let k = 0; k < cases(20000); k++) {
    let s = '';
    for (let n = Math.floor(next() * 6); n > 0; n--) s += pieces[Math.floor(next() * pieces.length)];
    assert.equal(phraseKey(s), folded(s), JSON.stringify(s));
    if (/^[\x21-\x7e]+(?: [\x21-\x7e]+)*$/.test(s) && /[A-Z]/.test(s)) ascii++;
  }
  assert.ok(ascii > cases(1000), `${ascii} phrases with capitals read without the foldings`);
});

// A plain line of a Resolution holding no first word of its calls' keys is read for the references with a direction
// word only (structure.ts collectReferences, Lexed.refsNamedBy): it must keep what reading it whole kept.

test('every character a plain line may hold lower-cases to one character, which matches it when case is folded, or passes firstWordsTest', () => {
  let checked = 0;
  for (let c = 0; c <= 0xffff; c++) {
    const x = String.fromCharCode(c);
    if (!isPlainLine(x)) continue;
    const lower = x.toLowerCase();
    // İ lower-cases to i and a combining dot, which no pattern matches it to: every line holding it passes.
    if (lower.length !== 1) assert.ok(mayNameCall(firstWordsTest(['x']), x), `U+${c.toString(16)} lower-cases to ${lower.length} characters and does not pass`);
    else assert.ok(mayNameCall(firstWordsTest([lower]), x), `U+${c.toString(16)} does not match its lower case ${lower}`);
    checked++;
  }
  // ASCII and Latin letters to U+024F (less ſ), and general punctuation.
  assert.equal(checked, 0x17f + (0x250 - 0x180) + (0x2070 - 0x2000), `${checked} characters`);
});

/** What collectReferences keeps of a paragraph's references in a Resolution of these calls. */
function kept(refs: readonly RefMatch[], calls: CallNames): RefMatch[] {
  return refs.filter((r) => !((r.direction === undefined || r.addressee !== undefined) && !calls.names(r)) || (r.direction !== undefined && calls.fullAddressee(r) !== undefined));
}

test('a plain line without a first word of the calls keeps the references reading it whole keeps (referencesNamedBy)', () => {
  const next = random(140);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)];
  const cased = (w: string) => (next() < 0.15 ? w.toUpperCase() : next() < 0.3 ? w[0].toUpperCase() + w.slice(1) : w);
  const phrases = (['en', 'fr', 'es'] as const).flatMap((l) => [...TABLES[l].preamble, ...TABLES[l].operative, ...TABLES[l].further]);
  const pieces = ['b)', 'c)', 'k)', '1', '2.3', 'of', 'in', 'du', 'de', 'del', 'above', 'below', 'ci-dessus', 'anterior', 'and', 'et', 'y', ',', 'that', 'the', 'Council',
    'Resolution 73', 'further', '§', '"', '\u00a0', 'İ', 'é', 'É'];
  let unnamed = 0;
  let fallback = 0;
  let keptSome = 0;
  for (let k = 0; k < 8000; k++) {
    // A Resolution's calls (their phrases as call lines write them) and a line of it.
    const calls = Array.from({ length: 1 + Math.floor(next() * 5) }, () => ({ phrase: cased(pick(phrases)), addressee: next() < 0.2 ? 'the Director' : '' }));
    let line = '';
    for (let n = 2 + Math.floor(next() * 8); n > 0; n--) {
      // Some pieces name a call of the Resolution as references do (`considering b)`, `in resolves 2`, `c) of noting`).
      const call = cased(pick(calls).phrase);
      const piece = next() < 0.25 ? pick([`${call} ${pick(pieces)}`, `in ${call} 2`, `b) of ${call}`, `${call} c) above`]) : next() < 0.3 ? cased(pick(phrases)) : pick(pieces);
      line += (line && next() < 0.85 ? ' ' : '') + piece;
    }
    const plain = isPlainLine(line);
    const words = [...new Set(calls.map((c) => callFirstWord(c.phrase)).filter((w): w is string => w !== undefined))];
    const names = new CallNames(calls);
    const whole = referenceMatches(line, plain);
    const read = referencesNamedBy(line, plain, firstWordsTest(words));
    if (read.full) assert.deepEqual(read.refs, whole, line);
    else {
      unnamed++;
      if (read.refs === null) fallback++;
      else assert.deepEqual(read.refs, kept(whole, names), JSON.stringify({ line, calls }));
    }
    if (kept(whole, names).length) keptSome++;
  }
  // The generated lines reach each answer.
  assert.ok(unnamed > 300 && fallback > 5 && keptSome > 1000, `${unnamed} read without readings without a direction word, ${fallback} asked whole again, ${keptSome} keeping some`);
});
