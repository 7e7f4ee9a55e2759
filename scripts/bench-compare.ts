// Benchmark of the base-text comparison (server/src/core/compare.ts):
//   node --import tsx scripts/bench-compare.ts
// 1. a ~60 KB Resolution-like text with 10% of its words changed: the two-level
//    comparer (cold, then warm after a one-word edit) against whole-text diffWords;
// 2. a 500 KB text compared with a wholesale rewrite of it.

import { diffWords } from 'diff';
import { BaseComparer } from '../server/src/core/compare';

const WORDS = (
  'the of and to in that for on with by as at from ITU ITU-T Sector Member States Sector Members ' +
  'Telecommunication Standardization Bureau Director study groups Study Group Recommendations ' +
  'Resolution Plenipotentiary Conference Assembly developing countries spam cybersecurity networks ' +
  'services operators users information society international cooperation relevant appropriate ' +
  'continue support ongoing work accelerate existing future threats within remit expertise ' +
  'collaboration organizations exchanging best practices disseminating workshops training sessions ' +
  'report regularly progress assistance expediting efforts initiate questionnaire membership volume ' +
  'types features traffic routes sources estimate amount investment facilities technical means ' +
  'counter combat taking into account already carried out secretary-general initiative development ' +
  'coordination activities contribute consider measures national regional global policy regulatory ' +
  'economic perspectives impact publications papers guidance lessons learned particular regard ' +
  'problem significant growing widespread potential loss revenue providers mobile business entities ' +
  'burdens investments equipment applications security vehicle phishing viruses worms malware ' +
  'criminal fraudulent deceptive activities solutions urgency help comes approaches mentioned above'
).split(' ');

const CALLS = ['recognizing', 'recognizing further', 'considering', 'noting', 'resolves', 'resolves to instruct the relevant study groups', 'instructs the Director of the Telecommunication Standardization Bureau', 'invites Member States, Sector Members and Associates'];

/** A small seeded PRNG (mulberry32). */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Resolution-like paragraphs of about `bytes` characters. */
export function resolutionText(bytes: number, seed: number): string[] {
  const rnd = random(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const out: string[] = [`RESOLUTION ${1 + Math.floor(rnd() * 99)} (Rev. Hammamet, 2016)`, 'Countering and combating spam', 'The World Telecommunication Standardization Assembly (Hammamet, 2016),'];
  let size = 0;
  let section = 0;
  while (size < bytes) {
    out.push(CALLS[section++ % CALLS.length]!);
    const items = 3 + Math.floor(rnd() * 8);
    for (let k = 0; k < items; k++) {
      const label = section % 2 ? `${String.fromCharCode(97 + (k % 26))})` : `${k + 1}`;
      const n = 15 + Math.floor(rnd() * 50);
      const words: string[] = ['that'];
      for (let w = 0; w < n; w++) words.push(pick(WORDS));
      const p = `${label}\t${words.join(' ')}${k + 1 < items ? ';' : ','}`;
      out.push(p);
      size += p.length + 1;
    }
  }
  return out;
}

/** Replaces about `share` of the words (a word changed in place, like an editor would). */
export function changeWords(paragraphs: readonly string[], share: number, seed: number): string[] {
  const rnd = random(seed);
  return paragraphs.map((p) => p.replace(/[A-Za-z][\w-]*/g, (w) => (rnd() < share ? WORDS[Math.floor(rnd() * WORDS.length)]! + (w === 'that' ? '' : 's') : w)));
}

function median(xs: number[]): number {
  const s = xs.slice().sort((a, b) => a - b);
  return s[s.length >> 1]!;
}

function time(f: () => void): number {
  const t = performance.now();
  f();
  return performance.now() - t;
}

function main(): void {
  const base = resolutionText(60_000, 1);
  const draft = changeWords(base, 0.1, 2);
  const bytes = base.join('\n').length;
  console.log(`60 KB text: ${base.length} paragraphs, ${bytes} characters, 10% of words changed`);

  const runs = 7;
  // Warm the JIT up for both sides first.
  for (let r = 0; r < 3; r++) {
    new BaseComparer().compare(draft, base);
    diffWords(base.join('\n'), draft.join('\n'));
  }
  const cold: number[] = [];
  for (let r = 0; r < runs; r++) cold.push(time(() => new BaseComparer().compare(draft, base)));
  const whole: number[] = [];
  for (let r = 0; r < runs; r++) whole.push(time(() => diffWords(base.join('\n'), draft.join('\n'))));
  console.log(`  comparer, cold cache:    median ${median(cold).toFixed(1)} ms`);
  console.log(`  whole-text diffWords:    median ${median(whole).toFixed(1)} ms`);
  console.log(`  ratio:                   ${(median(whole) / median(cold)).toFixed(1)}x`);

  const comparer = new BaseComparer();
  comparer.compare(draft, base);
  const keystroke: number[] = [];
  for (let r = 0; r < 21; r++) {
    const edited = draft.slice();
    const i = 5 + ((r * 37) % (edited.length - 10));
    edited[i] = edited[i]!.replace(/ /, ` x${r}`);
    comparer.resetStats();
    keystroke.push(time(() => comparer.compare(edited, base)));
  }
  console.log(`  comparer, one-word edit: median ${median(keystroke).toFixed(2)} ms (gap diffs per edit: ${comparer.stats.gapDiffs}, cache hits: ${comparer.stats.cacheHits})`);

  const big = resolutionText(500_000, 3);
  const rewrite = resolutionText(500_000, 4);
  console.log(`500 KB: ${big.join('\n').length} vs ${rewrite.join('\n').length} characters, rewritten wholesale`);
  const rw: number[] = [];
  let fallbacks = 0;
  for (let r = 0; r < 5; r++) {
    const c = new BaseComparer();
    rw.push(time(() => c.compare(rewrite, big)));
    fallbacks = c.stats.fallbacks;
  }
  console.log(`  comparer, cold cache:    median ${median(rw).toFixed(1)} ms (gap diffs that fell back: ${fallbacks})`);
  const bigEdit = changeWords(big, 0.1, 5);
  const be: number[] = [];
  for (let r = 0; r < 5; r++) be.push(time(() => new BaseComparer().compare(bigEdit, big)));
  const warm = new BaseComparer();
  warm.compare(bigEdit, big);
  const bk: number[] = [];
  for (let r = 0; r < 11; r++) {
    const edited = bigEdit.slice();
    const i = 5 + ((r * 101) % (edited.length - 10));
    edited[i] = edited[i]!.replace(/ /, ` y${r}`);
    bk.push(time(() => warm.compare(edited, big)));
  }
  console.log(`500 KB, 10% of words changed: cold median ${median(be).toFixed(1)} ms, one-word edit median ${median(bk).toFixed(2)} ms`);
}

if (require.main === module) main();
