#!/usr/bin/env node
// Rebuilds test/corpus-kinds/*.itu from their sources (test/corpus-kinds/README.md): ITU's own Word
// files through the project's importer (`itu-draft import`; a Word 97 .doc is first saved as .docx
// by LibreOffice), and the International Telecommunication Regulations from a Markdown rendering of
// the Dutch treaty database. No text is edited by hand: every change this script makes is a rule
// written below.
//
//   node scripts/corpus-kinds.mjs MN_SAMPLES_ITU_GIT_DIR LAWS_MARKDOWN_GIT_DIR [--only NAME,NAME]
// (the git directories `fetch` of metanorma/mn-samples-itu and statengeneraal/laws-markdown gives;
// --only rebuilds the texts named, with the importer as it is now.)
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const out = path.join(root, 'test/corpus-kinds');
const [mnSamples, laws] = process.argv.slice(2);
const onlyAt = process.argv.indexOf('--only');
const only = onlyAt > 0 ? new Set(process.argv[onlyAt + 1].split(',')) : undefined;
const wanted = (name) => !only || only.has(name);
if (!mnSamples || !laws) {
  console.error('usage: node scripts/corpus-kinds.mjs MN_SAMPLES_ITU_GIT_DIR LAWS_MARKDOWN_GIT_DIR');
  process.exit(2);
}

const MN_COMMIT = 'c508ea55f3dbcbc6bbed0424d7419c799ff5041f';
const WORD = [
  ['references/itu-t/T-REC-E.840-201806-I!!MSW-E.docx', 'T-REC-E.840-201806.itu'],
  ['references/itu-t/T-REC-A.1-201610-I!!MSW-E.docx', 'T-REC-A.1-201610.itu'],
  ['references/itu-t/T-REC-Q.850-201810-I!!MSW-E.docx', 'T-REC-Q.850-201810.itu'],
  ['references/itu-t/T-REC-F.921-201808-I!!MSW-E.docx', 'T-REC-F.921-201808.itu'],
  ['references/itu-r/R-REC-RA.314-10-200306-I!!MSW-E.doc', 'R-REC-RA.314-10-200306.itu'],
  ['references/itu-r/R-REC-BO.600-1-198607-I!!MSW-E.doc', 'R-REC-BO.600-1-198607.itu'],
  ['references/itu-r/R-REC-S.354-2-197407-I!!MSW-E.doc', 'R-REC-S.354-2-197407.itu'],
  // Imported with the pipe-table importer (cover tables `| | Recommendation ITU-T J.1108 |`).
  ['references/itu-t/T-REC-J.1108-201901-P!!MSW-E.docx', 'T-REC-J.1108-201901.itu'],
  ['references/itu-t/T-REC-X.609.7-201812-P!!MSW-E.docx', 'T-REC-X.609.7-201812.itu'],
  ['references/itu-t/T-REC-G.Imp7713.1-200505-I!!MSW-E.doc', 'T-REC-G.Imp7713.1-200505.itu'],
  // Clauses typed `1.` … `6.`, clause 4 typed as a second `3.` (docs/text-kinds.md).
  ['references/itu-t/T-REC-J.383-201901-P!!MSW-E.docx', 'T-REC-J.383-201901.itu'],
];
const LAWS_COMMIT = 'f7521ed92130091a3d7f205771e5b05e864eba9e';
const ITR = 'verdrag/internationaal/telecommunicatie/reglement/BWBV0002750/README.md';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-kinds-'));
const show = (gitDir, commit, file) => execFileSync('git', ['--git-dir', gitDir, 'show', `${commit}:${file}`], { maxBuffer: 64 << 20 });

for (const [file, name] of WORD) {
  if (!wanted(name)) continue;
  let source = path.join(tmp, path.basename(file).replace(/!/g, '_'));
  fs.writeFileSync(source, show(mnSamples, MN_COMMIT, file));
  if (source.endsWith('.doc')) {
    execFileSync('soffice', ['--headless', '--convert-to', 'docx', '--outdir', tmp, source], { stdio: 'ignore' });
    source += 'x';
  }
  execFileSync(path.join(root, 'bin/itu-draft'), ['import', source, '-o', path.join(out, name), '--force'], { stdio: 'inherit' });
}

/**
 * The ITRs (Melbourne, 1988) as the Dutch treaty database renders them in Markdown: `## …`/`####…`
 * headings become their text, `### Article  1` becomes `Article 1`, HTML tags go (their text stays),
 * and a paragraph of the Articles that starts with its margin number (`2 1.1 a) These …`) gets a TAB
 * after it, the separator of an .itu provision (`2<TAB>1.1 a) These …`). Blank lines go: one
 * paragraph a line.
 */
function itrToItu(markdown) {
  const lines = [];
  let inArticles = false;
  for (const raw of markdown.split(/\r?\n/)) {
    let line = raw.replace(/<meta[^>]*>/g, '').replace(/<[^>]+>/g, '').replace(/\s+$/, '');
    if (!line.trim()) continue;
    const heading = /^#{2,4}\s*(.*)$/.exec(line);
    if (heading) {
      line = heading[1].replace(/\*/g, '').replace(/\s+/g, ' ').trim();
      if (/^Article \d+$/.test(line)) inArticles = true;
      if (/^APPENDIX\b/.test(line)) inArticles = false;
      lines.push(line);
      continue;
    }
    const margin = /^(\d{1,3}) (\S.*)$/.exec(line);
    // The preamble's No. 1 stands before the first Article.
    if (margin && (inArticles || lines.length < 4)) line = `${margin[1]}\t${margin[2]}`;
    lines.push(line);
  }
  return lines.join('\n') + '\n';
}
if (wanted('itr-melbourne-1988.itu')) fs.writeFileSync(path.join(out, 'itr-melbourne-1988.itu'), itrToItu(show(laws, LAWS_COMMIT, ITR).toString('utf8')));
fs.rmSync(tmp, { recursive: true, force: true });
console.log(`wrote ${only ? only.size : WORD.length + 1} texts to ${path.relative(root, out)}`);
