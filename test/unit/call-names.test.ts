// CallNames (core/lang/references.ts) compares a reference's call with each call of a Resolution of few calls instead
// of looking it up in sets of every word prefix of every call: checked here against the sets as they were, on
// generated calls and references made of the words, spaces, conjunctions, capitals and addressees they turn on.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CallNames, phraseKey, SCAN_CALLS, withoutConjunction } from '../../server/src/core/lang/references';
import { normalizeWords } from '../../server/src/core/lang/match';
import { random } from '../corpus';

/** CallNames as it was: a set of every word prefix of each call's key, and one of each with its addressee's key. */
class PrefixSets {
  private readonly phrases = new Set<string>();
  private readonly addressed = new Set<string>();
  private readonly addressees = new Map<string, { key: string; text: string }[]>();

  constructor(calls: readonly { phrase: string; addressee: string }[]) {
    for (const c of calls) {
      const key = withoutConjunction(phraseKey(c.phrase));
      const addressee = phraseKey(c.addressee);
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
    const start = `${phraseKey(ref.addressee)} `;
    const found = (this.addressees.get(withoutConjunction(phraseKey(ref.phrase))) ?? []).filter((a) => a.key.startsWith(start));
    return found.length === 1 ? found[0].text : undefined;
  }

  names(ref: { phrase?: string; addressee?: string }): boolean {
    if (ref.phrase === undefined) return false;
    const key = withoutConjunction(phraseKey(ref.phrase));
    return ref.addressee === undefined ? this.phrases.has(key) : this.addressed.has(`${key}\u0000${phraseKey(ref.addressee)}`);
  }
}

const PHRASE_WORDS = ['resolves', 'Resolves', 'further', 'instructs', 'considering', 'y', 'considerando', 'وإذ', 'و', 'تلاحظ', 'décide', 'de', 'charger', ' ', '  ', '\t', '\u00a0', ''];
const ADDRESSEE_WORDS = ['the', 'The', 'Director', 'Director of', 'Council', 'ITU', 'Secretary-General', 'of', 'Bureau', ' ', '  ', '\u0000', ''];

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
  for (let round = 0; round < 3000; round++) {
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
  assert.ok(named > 1000 && named < 20000, `${named} named`);
  assert.ok(full > 50, `${full} full addressees`);
});

test('phraseKey reads a phrase of printable ASCII as its foldings do', () => {
  const next = random(1414);
  const pieces = ['a', 'Z', 'The', 'ITU-T', '17', ' ', '  ', '\t', '\u00a0', 'é', 'إ', '\u0640', '.', '~', '\u007f', ''];
  const folded = (s: string) => normalizeWords(s).replace(/[\u0670\u0640]/g, '').replace(/\s+/g, ' ').trim().toLowerCase();
  let ascii = 0;
  for (let k = 0; k < 20000; k++) {
    let s = '';
    for (let n = Math.floor(next() * 6); n > 0; n--) s += pieces[Math.floor(next() * pieces.length)];
    assert.equal(phraseKey(s), folded(s), JSON.stringify(s));
    if (/^[\x21-\x7e]+(?: [\x21-\x7e]+)*$/.test(s) && /[A-Z]/.test(s)) ascii++;
  }
  assert.ok(ascii > 1000, `${ascii} phrases with capitals read without the foldings`);
});
