// Generated Resolution-like text of any size, the same for the same seed (compare tests, stress tests).
import { seeded } from './random';

/** The seeded source of generated inputs (support/random.ts), under the name the stress tests use. */
export const random = seeded;

const VOCABULARY = (
  'the of and to in that for on with by as at from ITU ITU-T Member States Sector Members Telecommunication ' +
  'Standardization Bureau Director study groups Recommendations Resolution Plenipotentiary Conference ' +
  'developing countries spam cybersecurity networks services operators users information cooperation ' +
  'relevant appropriate continue support work accelerate threats remit expertise collaboration ' +
  'organizations best practices workshops training report progress assistance efforts questionnaire ' +
  'traffic routes sources investment facilities technical means counter combat account initiative ' +
  'coordination activities measures national regional global policy regulatory economic impact guidance'
).split(' ');
const CALL_LINES = ['recognizing', 'considering', 'noting', 'resolves', 'instructs the Director of the Telecommunication Standardization Bureau', 'invites Member States'];

export function resolution(chars: number, seed: number): string[] {
  const rnd = random(seed);
  const out = ['RESOLUTION 1 (Rev. Hammamet, 2016)', 'A generated title', 'The World Telecommunication Standardization Assembly (Hammamet, 2016),'];
  let size = 0;
  for (let s = 0; size < chars; s++) {
    out.push(CALL_LINES[s % CALL_LINES.length]!);
    const items = 3 + Math.floor(rnd() * 8);
    for (let k = 0; k < items; k++) {
      const words = Array.from({ length: 15 + Math.floor(rnd() * 50) }, () => VOCABULARY[Math.floor(rnd() * VOCABULARY.length)]!);
      const p = `${s % 2 ? String.fromCharCode(97 + k) + ')' : k + 1}\tthat ${words.join(' ')}${k + 1 < items ? ';' : ','}`;
      out.push(p);
      size += p.length + 1;
    }
  }
  return out;
}

export function changeWords(paras: readonly string[], share: number, seed: number): string[] {
  const rnd = random(seed);
  return paras.map((p) => p.replace(/[A-Za-z][\w-]*/g, (w) => (rnd() < share ? VOCABULARY[Math.floor(rnd() * VOCABULARY.length)]! + 'x' : w)));
}
