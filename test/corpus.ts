// Realistic documents of a given size for the benchmark and the load tests, built at run time
// from the project's examples (examples/*.itu) and the shared examples (../shared/examples/*.itu):
// their proposals repeated with renumbered ids (EXA/12A3/N), footnotes and placeholders,
// so that a large document stays as clean as the examples are (few findings).
import * as fs from 'fs';
import * as path from 'path';

export const ROOT = path.resolve(__dirname, '..');
export const SHARED_EXAMPLES = path.resolve(ROOT, '../shared/examples');

const HEADER = /^(\(MOD\)|MOD|ADD\*?|SUP\*?|NOC)\t([^\t\n]+)/;

function read(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8').replace(/\r\n/g, '\n');
  } catch {
    return undefined;
  }
}

/** The text of a file before its first proposal header, and each proposal (header up to the next header). */
export function splitProposals(text: string): { front: string; proposals: string[] } {
  const lines = text.split('\n');
  const starts: number[] = [];
  lines.forEach((l, i) => HEADER.test(l) && starts.push(i));
  if (starts.length === 0) return { front: text, proposals: [] };
  const front = lines.slice(0, starts[0]).join('\n');
  const proposals = starts.map((s, k) => lines.slice(s, k + 1 < starts.length ? starts[k + 1] : lines.length).join('\n').replace(/\n*$/, '\n\n'));
  return { front, proposals };
}

export interface Sources {
  /** Cover block and introduction of examples/res99-amendment.itu (Proposals EXA, Document 12, Addendum 3). */
  front: string;
  /** Every proposal of the examples, in file order. */
  proposals: string[];
  /** Base texts (Resolutions in force): examples/res99-geneva-2022.itu, shared res52-dubai-2012.itu. */
  bases: string[];
}

export function sources(): Sources {
  const main = read(path.join(ROOT, 'examples/res99-amendment.itu'));
  if (!main) throw new Error('examples/res99-amendment.itu is missing');
  const { front, proposals } = splitProposals(main);
  for (const name of ['afcp-42a25-res52.itu']) {
    const shared = read(path.join(SHARED_EXAMPLES, name));
    if (shared) for (const p of splitProposals(shared).proposals) proposals.push(p);
  }
  const bases = [read(path.join(ROOT, 'examples/res99-geneva-2022.itu')), read(path.join(SHARED_EXAMPLES, 'res52-dubai-2012.itu'))].filter(
    (x): x is string => x !== undefined,
  );
  return { front: front.replace(/\n*$/, '\n\n'), proposals, bases };
}

/**
 * A contribution of at least `bytes` UTF-8 bytes (and less than one proposal more): the examples' cover
 * and introduction, then their proposals repeated as EXA/12A3/1, 2, 3 … with footnotes numbered in order
 * and draft-new-Resolution placeholders [EXA-1], [EXA-2] …; `vary` rewrites each copy after the first of each proposal.
 */
export function sizedDocument(bytes: number, src: Sources = sources(), vary?: (proposal: string) => string): string {
  const parts = [src.front];
  let size = Buffer.byteLength(src.front);
  let seq = 0;
  let footnote = 0;
  let placeholder = 0;
  while (size < bytes) {
    const template = src.proposals[seq % src.proposals.length]!;
    seq++;
    const footnotes = new Map<string, number>();
    const placeholders = new Map<string, number>();
    const p = template
      .replace(HEADER, (_m, action: string) => `${action}\tEXA/12A3/${seq}`)
      .replace(/\[\^(\w+)\]/g, (_m, label: string) => {
        if (!footnotes.has(label)) footnotes.set(label, ++footnote);
        return `[^${footnotes.get(label)}]`;
      })
      .replace(/\[([A-Z]+)-(\d+)\]/g, (_m, _src: string, n: string) => {
        if (!placeholders.has(n)) placeholders.set(n, ++placeholder);
        return `[EXA-${placeholders.get(n)}]`;
      });
    // Copies after the first of each proposal may be varied (distinctDocument).
    const q = vary && seq > src.proposals.length ? vary(p) : p;
    parts.push(q);
    size += Buffer.byteLength(q);
  }
  return parts.join('');
}

/**
 * sizedDocument with no item repeated: after the first copy of each proposal, a quarter of the words (of four
 * letters or more) of every labelled line's text are other words of the examples, deterministically. The parse
 * reads each distinct text once (ParseMemo), so a contribution of repeated proposals was read once for all its
 * copies: at 100 KB it checked in 4.0× the split floor, and in 6.2× with its items made distinct (issue 14,
 * sixth session). Labels, calls, headers, marks and Reasons stay as they are.
 */
export function distinctDocument(bytes: number, src: Sources = sources()): string {
  const rnd = random(14);
  const vocabulary = [...new Set(src.proposals.join('\n').match(/\b[a-z]{4,}\b/g) ?? [])];
  return sizedDocument(bytes, src, (proposal) => proposal.split('\n').map((line) => {
    const m = /^([^\t{}]{1,12}\t)(.*)$/.exec(line);
    if (!m || /^(MOD|ADD\*?|SUP\*?|NOC|\(MOD\)|[A-Z][a-z]+:)\t/.test(m[1])) return line;
    return m[1] + m[2].replace(/\b[a-z]{4,}\b/g, (w) => (rnd() < 0.25 ? vocabulary[Math.floor(rnd() * vocabulary.length)]! : w));
  }).join('\n'));
}

/** A deterministic pseudo-random generator (LCG), [0, 1). */
export function random(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    return x / 0x100000000;
  };
}

/** The paragraphs of a Resolution in force, from a base text (after the cover block). */
function resolutionParagraphs(base: string): string[] {
  const body = base.slice(base.search(/^RESOLUTION /m));
  return body.split('\n').filter((l) => l.trim() !== '');
}

/**
 * A Resolution of at least `chars` characters: the number line, title, history and formula of
 * Resolution 52, then its call sections and items repeated (letters and numbers kept as they are in
 * each copy, so each call section is well numbered).
 */
export function sizedResolution(chars: number, src: Sources = sources()): string[] {
  const paras = resolutionParagraphs(src.bases[src.bases.length - 1]!);
  const head = paras.slice(0, 4);
  const body = paras.slice(4).filter((p) => !p.startsWith('[^'));
  const out = head.slice();
  let size = out.join('\n').length;
  for (let copy = 0; size < chars; copy++) {
    // Later copies have a quarter of their words changed, so that no paragraph repeats.
    for (const p of copy === 0 ? body : changeWords(body, 0.25, copy)) {
      out.push(p);
      size += p.length + 1;
    }
  }
  return out;
}

/** Replaces a share of the words (of two letters or more, so labels stay) with other words of the text, deterministically. */
export function changeWords(paras: readonly string[], share: number, seed: number): string[] {
  const rnd = random(seed);
  const vocabulary = [...new Set(paras.join(' ').match(/[A-Za-z][a-z]{3,}/g) ?? [])];
  return paras.map((p) =>
    p.replace(/[A-Za-z][\w-]+/g, (w) => {
      if (rnd() >= share) return w;
      let other = w;
      while (other === w) other = vocabulary[Math.floor(rnd() * vocabulary.length)]!;
      return other;
    }),
  );
}

// ---------------------------------------------------------------- generated Resolution-like text

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

