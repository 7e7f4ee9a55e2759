// Resolution 52 in force and three regional MODs of it (agreed, single, combined and conflicting
// changes, an insertion and a deletion that force relettering), for the compile tests.
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { BaseIndex, parseDocument, type CompileSource } from '../../server/src/core';
import { matchNumberLine } from '../../server/src/core/lang/match';

const SHARED = path.resolve(__dirname, '../../../shared');
// Written as the regional groups write them: the Resolution with revision marks, after a cover.
export const BASE_FILE = path.join(SHARED, 'examples/res52-dubai-2012.itu');
export const BASE = fs.readFileSync(BASE_FILE, 'utf8');
/** AFCP/42A25: a real MOD of Resolution 52 (it numbers a paragraph the text in force leaves unlabelled). */
export const AFCP = fs.readFileSync(path.join(SHARED, 'examples/afcp-42a25-res52.itu'), 'utf8');
export const RESOLUTION = BASE.slice(BASE.indexOf('RESOLUTION 52'));

/** A MOD of Resolution 52: each [find, replace] applied once to the text in force (it must occur exactly once). */
export function mod(party: string, doc: string, source: string, edits: [string, string][]): string {
  let text = RESOLUTION;
  for (const [find, replace] of edits) {
    const at = text.indexOf(find);
    assert.ok(at >= 0 && text.indexOf(find, at + 1) < 0, `${party}: "${find}" once in the text`);
    text = text.slice(0, at) + replace + text.slice(at + find.length);
  }
  return `Document:\t${doc}\nSource:\t${source}\nProposals:\t${party}\nTitle:\tProposed modifications to Resolution 52\n\nMOD\t${party}/${doc}/1\n${text.trimEnd()}\n\nReasons:\tTo update the Resolution.\n`;
}

const MEETING: [string, string][] = [
  ['RESOLUTION 52 (Rev. Dubai, 2012)', 'RESOLUTION 52 (Rev. {--Dubai, 2012--}{++Hammamet, 2016++})'],
  ['Johannesburg, 2008; Dubai, 2012)', 'Johannesburg, 2008; Dubai, 2012{++; Hammamet, 2016++})'],
  ['Assembly (Dubai, 2012),', 'Assembly ({--Dubai, 2012--}{++Hammamet, 2016++}),'],
];

export const EUR = mod('EUR', '35A12', 'European Conference of Postal and Telecommunications Administrations', [
  ...MEETING,
  // considering c): a word left out (combined with ASMG's change further on)
  ['causing potential loss of revenue', 'causing {--potential --}loss of revenue'],
  // considering d): a word replaced (ACP replaces the same word differently: conflict)
  ['with significant investments', 'with {~~significant~>substantial~~} investments'],
  // resolves 1: the same change as ACP (agreed)
  ['in particular in Study Group\u00a017, related', 'in particular in Study Group\u00a017{++ and Study Group 3++}, related'],
]);

export const ASMG = mod('ASMG', '27A5', 'Arab States Administrations', [
  ...MEETING,
  ['mobile telecommunication operators and business users;', 'mobile telecommunication operators{++, business users++} and {~~business~>end~~} users;'],
  // considering h) deleted; i) to k) follow with marks
  ['h)\tthat addressing the issue of spam is a matter of urgency;\n', '{--h)\tthat addressing the issue of spam is a matter of urgency;--}\n'],
  ['i)\tthat many countries', '{~~i~>h~~})\tthat many countries'],
  ['j)\tthat relevant Recommendations', '{~~j~>i~~})\tthat relevant Recommendations'],
  ['k)\tthat technical measures', '{~~k~>j~~})\tthat technical measures'],
  // instructs the Director 3: changed by ASMG alone (single)
  ['to ensure coordination among these different activities', 'to ensure coordination among these different activities{++ and to report to the Council++}'],
]);

export const ACP = mod('ACP', '40A9', 'Asia-Pacific Telecommunity', [
  // The number line and history as the others; the enacting formula's white space differs only.
  MEETING[0],
  MEETING[1],
  ['Assembly (Dubai, 2012),', 'Assembly  ({--Dubai, 2012--}{++Hammamet, 2016++}),'],
  // considering: a new c) after b); c) to g) relettered
  ['b)\tthat there are currently a variety of definitions for the term "spam";\n', 'b)\tthat there are currently a variety of definitions for the term "spam";\n{++c)\tthat spam is increasingly sent through mobile messaging and social media applications;++}\n'],
  ['c)\tthat spam has become', '{~~c~>d~~})\tthat spam has become'],
  ['d)\tthat countering spam', '{~~d~>e~~})\tthat countering spam'],
  ['e)\tthat spam creates', '{~~e~>f~~})\tthat spam creates'],
  ['f)\tthat spamming is used', '{~~f~>g~~})\tthat spamming is used'],
  ['g)\tthat spam is a global', '{~~g~>h~~})\tthat spam is a global'],
  ['h)\tthat addressing', '{~~h~>i~~})\tthat addressing'],
  ['i)\tthat many countries', '{~~i~>j~~})\tthat many countries'],
  ['j)\tthat relevant Recommendations', '{~~j~>k~~})\tthat relevant Recommendations'],
  ['k)\tthat technical measures', '{~~k~>l~~})\tthat technical measures'],
  ['with significant investments', 'with {~~significant~>considerable~~} investments'],
  ['in particular in Study Group\u00a017, related', 'in particular in Study Group\u00a017{++ and Study Group 3++}, related'],
]);

export const RCC = 'Proposals:\tRCC\n\nSUP\tRCC/20A1/1\nRESOLUTION 52 (Rev. Dubai, 2012)\nCountering and combating spam\n\nReasons:\tCovered by Resolution 50.\n';


/** Files of a workspace as the compile tests give them (location → text): the base index of them, and them as compile sources. */
export function compileWorkspace(files: Record<string, string>): { index: BaseIndex; sources: CompileSource[] } {
  const index = new BaseIndex();
  const sources: CompileSource[] = [];
  for (const [location, text] of Object.entries(files)) {
    const doc = parseDocument(text);
    index.update(location, text, doc);
    sources.push({ location, doc });
  }
  return { index, sources };
}

/**
 * A text in force the repository holds (`file`, from the project's root), for the generated compile tests: its text,
 * its lines from its number line on, and an index holding it as `base.itu`.
 */
export function inForce(file: string): { text: string; body: string[]; index: BaseIndex } {
  const text = fs.readFileSync(path.resolve(__dirname, '../..', file), 'utf8');
  const number = text.split('\n').find((l) => matchNumberLine(l) !== undefined)!;
  const index = new BaseIndex();
  index.update('base.itu', text);
  return { text, body: text.slice(text.indexOf(number)).trimEnd().split('\n'), index };
}
