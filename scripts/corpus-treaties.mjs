#!/usr/bin/env node
// Writes test/corpus-kinds/ excerpts of the Constitution (CS), the Convention (CV) and the Radio
// Regulations (RR) of ITU from the Dutch treaty database (wetten.overheid.nl) as rendered in Markdown
// by statengeneraal/laws-markdown. The English text is the database's authentic text; nothing is edited
// by hand: every change made here is a rule written below (test/corpus-kinds/README.md lists them).
//
//   node scripts/corpus-treaties.mjs LAWS_MARKDOWN_GIT_DIR [--out DIR] [--whole]
// (--whole writes the whole English texts, for measuring; the fixtures are the excerpts.)
import { execFileSync } from 'node:child_process';
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const args = process.argv.slice(2);
const laws = args[0];
const outAt = args.indexOf('--out');
const out = outAt > 0 ? path.resolve(args[outAt + 1]) : path.join(root, 'test/corpus-kinds');
const whole = args.includes('--whole');
if (!laws) {
  console.error('usage: node scripts/corpus-treaties.mjs LAWS_MARKDOWN_GIT_DIR [--out DIR] [--whole]');
  process.exit(2);
}

const CS_COMMIT = 'b3cd95652dc85efed7cbadf1d31bfe03368c91dd';
const CS_FILE = 'verdrag/constitution/of/the/international/telecommunication/union/BWBV0001504/README.md';
const RR_COMMIT = '28ef08ac7704853e6b39d3e046477e01205de230';
const RR_FILE = 'verdrag/radio/regulations/BWBV0006093/README.md';
const show = (commit, file) => execFileSync('git', ['--git-dir', laws, 'show', `${commit}:${file}`], { maxBuffer: 64 << 20 }).toString('utf8');

// A margin number as the database writes it: `*2*`, `*3A PP-98*`, `* 468 PP-98 PP-06*`, `*5.338A*`,
// `*9.11A *`, `*166 and 167 PP-98*`, `*219 to 221 PP-98*`, with `bis`/`ter` set apart (`*73**bis*`,
// `*191*bis**`, `*296* * *bis* b)*`). It stands at the start of a line, after two or more spaces, after
// the end of a sentence or item (`.`, `;`, `:`, `)`, then one space or none: `vervallen;*298B*`), or
// before an item label (`or *5* b) on a proposal`, CV No. 5); a reference inside a sentence
// (`Nos. *5.16* to *5.20*`, `No. *9.21*.`, `Article *5*`) is none.
const ONE = String.raw`\d{1,2}\.\d{1,3}[A-Z]{0,3}(?:\.\d{1,3}[A-Z]{0,2})?|\d{1,4}[A-Z]{0,3}`;
const NUMBER = String.raw`(?:${ONE})(?:[ \u00a0]+(?:and|to)[ \u00a0]+(?:${ONE}))?`;
const NOTES = String.raw`(?:[ \u00a0]+(?:PP|WRC|WARC)-\d\d)*`;
const BEFORE = String.raw`(?:^|[ \u00a0]{2,}|(?<=[.;:)](?<!\bNos?\.)(?<!\bArt\.))[ \u00a0]?|(?<=^\s*(?:Preamble|PREAMBLE))[ \u00a0]|[ \u00a0](?=\*[ \u00a0]?(?:${NUMBER})${NOTES}[ \u00a0]*\*[ \u00a0]*\**(?:[a-z]|\d{1,2})[.)]\**[ \u00a0]))`;
const MARKER = new RegExp(String.raw`${BEFORE}\*[ \u00a0]?(${NUMBER})(${NOTES})[ \u00a0]*\*(?:[ \u00a0*]*(bis|ter|quater)\**(?=[ \u00a0]))?[ \u00a0]*`, 'g');
// A footnote of the database: `<sup> 11)  * 5.2.1* It should be noted … </sup>`; a note of the General
// Secretariat (`<sup>*Note by the General Secretariat: …</sup>`) likewise stands apart.
const FOOTNOTE = /<sup>\s*(?:\d+\)\s*)?((?:\*\s*(?:[A-Z]\.)?\d|\*?Note\b|NOTE\b)[\s\S]*?)<\/sup>/g;

/** Plain text of a piece of the database's Markdown: tags, emphasis, images and link targets go. */
function plain(s) {
  return s
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/\*/g, '')
    .replace(/[ \u00a0]+/g, ' ')
    .trim();
}

/**
 * One paragraph per margin number: `168<TAB>text`, `3<TAB>PP-98<TAB>a) …` as ITU prints the margin.
 * A footnote follows the paragraph that first calls it, once (the database repeats a footnote at each
 * call, and a joint footnote `1.125.1, 1.126.1 and 1.127.1` at each of its provisions).
 */
function splitProvisions(text, seen) {
  const found = [];
  const marked = text.replace(FOOTNOTE, (_, note) => `\u0001${found.push(footnote(note)) - 1}\u0002`);
  const piece = (s) => {
    const notes = [...s.matchAll(/\u0001(\d+)\u0002/g)].map((m) => found[Number(m[1])]).filter((n) => once(n, seen));
    return [plain(s.replace(/\u0001\d+\u0002/g, ' ')), notes];
  };
  const lines = [];
  const marks = [...marked.matchAll(MARKER)];
  const [head, headNotes] = piece(marked.slice(0, marks[0]?.index ?? marked.length));
  if (head) lines.push(head);
  lines.push(...headNotes);
  marks.forEach((m, i) => {
    const [body, notes] = piece(marked.slice(m.index + m[0].length, marks[i + 1]?.index ?? marked.length));
    const margin = m[3] ? `${m[1]}${m[3]}` : m[1];
    lines.push([margin, ...m[2].trim().split(/\s+/).filter(Boolean), body].join('\t'), ...notes);
  });
  return lines;
}

/** Whether a footnote is written now: not empty, and not written before (by its number, else its text). */
function once(note, seen) {
  if (!note) return false;
  const key = /^[\dA-Z][^\t ]*/.exec(note)?.[0] ?? note;
  if (seen.has(key)) return false;
  seen.add(key);
  return true;
}

/** A footnote as a paragraph of its own: its RR number as a provision (`5.2.1<TAB>It should …`), else its text. */
function footnote(body) {
  const m = /^\*\s*(\d+\.[\dA-Z.]*\d[A-Z]?)\s*\*\s*([\s\S]*)$/.exec(body.trim());
  return m ? `${m[1]}\t${plain(m[2])}` : plain(body);
}

/**
 * The database's Markdown as an .itu text: headings (`### Article  1`, `####Purposes of the Union`)
 * become their text, the record's Dutch title (`##…`) and the database's status lines ("Wordt
 * voorlopig toegepast per …") go, each margin number starts a paragraph, footnotes follow the
 * paragraph that calls them, table rows become TAB-separated cells. Blank lines go.
 */
function toItu(markdown) {
  const out = [];
  const seen = new Set();
  for (let raw of markdown.split(/\r?\n/)) {
    if (/^<meta\b/.test(raw) || /^##[^#]/.test(raw)) continue;
    if (/^\s*Wordt voorlopig toegepast per\b/.test(raw)) continue;
    // A footnote set on a line of its own after its counter: `<sup>26)</sup> *A.9.1* For the …`.
    raw = raw.replace(/^<sup>\s*\d+\)\s*<\/sup>\s*/, '');
    const heading = /^#{3,4}\s*(.*)$/.exec(raw);
    const notes = [];
    const line = heading ? heading[1].replace(FOOTNOTE, (_, body) => { notes.push(footnote(body)); return ' '; }) : raw;
    if (heading) {
      const h = plain(line);
      if (h) out.push(h);
    } else if (/^\s*\|/.test(line)) {
      const cells = line.trim().replace(/^\||\|$/g, '').split('|').map(plain);
      if (cells.some((c) => c && !/^:?-+:?$/.test(c))) out.push(cells.join('\t'));
    } else if (line.trim()) {
      out.push(...splitProvisions(line, seen));
    }
    out.push(...notes.filter((n) => once(n, seen)));
  }
  return out.join('\n') + '\n';
}

const sha = (s) => crypto.createHash('sha256').update(s).digest('hex').slice(0, 16);
const cs = show(CS_COMMIT, CS_FILE);
const rr = show(RR_COMMIT, RR_FILE);
const lines = (s) => s.split(/\r?\n/);
// The record holds the English CS, then the English CV (from its title line), then the Dutch translation.
const csLines = lines(cs);
const cvAt = csLines.findIndex((l) => /^#+\s*Convention of the International Telecommunication Union/.test(l));
const nlAt = csLines.findIndex((l) => /^#+\s*Statuut van de Internationale Unie/.test(l));
const texts = [
  ['cs-1992-rev2006.itu', 'CONSTITUTION OF THE INTERNATIONAL TELECOMMUNICATION UNION', csLines.slice(0, cvAt)],
  ['cv-1992-rev2006.itu', '', csLines.slice(cvAt, nlAt)],
];
// The RR excerpt: Articles 1 to 9; --whole: every Article the record holds.
const rrLines = lines(rr);
const article10 = rrLines.findIndex((l) => /^#+\s*Article\s+10\s*$/.test(l));
texts.push(whole ? ['rr-2012.itu', '', rrLines] : ['rr-2012-art1-9.itu', '', rrLines.slice(0, article10)]);
for (const [name, title, part] of texts) {
  // The CS part starts with the record's Dutch title and the English title as `####Constitution of …`.
  let text = toItu(part.join('\n'));
  if (title && !text.startsWith(title)) text = text.replace(/^Constitution of the International Telecommunication Union\n/, `${title}\n`);
  fs.writeFileSync(path.join(out, name), text);
}
console.log(`CS/CV source sha256 ${sha(cs)}, RR source sha256 ${sha(rr)}; wrote ${texts.length} texts to ${path.relative(root, out) || out}`);
