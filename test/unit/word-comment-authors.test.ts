// Who made a change or a comment survives a Word round trip through other people (review 9, J12, J27).
// J12: a colleague's comment is written `{==text==}{>>@Germany<<}{>>Which MOD?<<}` (or `{>>@Germany<<}{>>…<<}` where
// it has no highlight) and exported as Germany's comment with its own text. J27: import leaves unattributed only the
// changes and comments of the author export gives unattributed marks to (the importing user, else the document's
// default author), so that a re-export by someone else never takes the original party's changes over.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import JSZip from 'jszip';
import { checkDocument, parseDocument } from '../../server/src/core';
import { commands } from '../../server/src/cli/commands';
import '../../server/src/cli/word';
import { exportDocx } from '../../server/src/word/export';
import { importDocx } from '../../server/src/word/import';
import { createItuService } from '../../server/src/service/service';
import { MemoryWorkspace } from '../support/memoryWorkspace';
import { by, docx, p, r } from '../support/wordml';
import { FIXED_DATE } from '../support/word';

const unxml = (s: string) => s.replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');

/** The Word comments of a package, `author: text`, in order. */
async function wordComments(bytes: Uint8Array): Promise<string[]> {
  const xml = await (await JSZip.loadAsync(bytes)).file('word/comments.xml')?.async('string');
  if (!xml) return [];
  return [...xml.matchAll(/<w:comment [^>]*w:author="([^"]*)"[^>]*>([\s\S]*?)<\/w:comment>/g)].map(
    ([, author, body]) => `${unxml(author)}: ${[...body.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => unxml(t[1])).join('')}`,
  );
}

/** The authors of a package's tracked changes, `author: text` for each w:ins / w:del, in order. */
async function wordChanges(bytes: Uint8Array): Promise<string[]> {
  const xml = (await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string'));
  return [...xml.matchAll(/<w:(ins|del) [^>]*w:author="([^"]*)"[^>]*>([\s\S]*?)<\/w:\1>/g)].map(
    ([, kind, author, body]) => `${unxml(author)} ${kind}: ${[...body.matchAll(/<w:(?:t|delText)(?: [^>]*)?>([^<]*)<\/w:(?:t|delText)>/g)].map((t) => unxml(t[1])).join('')}`,
  );
}

const start = (id: number) => `<w:commentRangeStart w:id="${id}"/>`;
const end = (id: number) => `<w:commentRangeEnd w:id="${id}"/><w:r><w:commentReference w:id="${id}"/></w:r>`;
const point = (id: number) => `<w:r><w:commentReference w:id="${id}"/></w:r>`;
const comment = (id: number, who: string, text: string) => `<w:comment w:id="${id}" w:author="${who}" w:date="2026-11-02T09:00:00Z"><w:p>${r(text)}</w:p></w:comment>`;

/**
 * Where a comment stands in Word: on plain text, at a point, right after a tracked change (named or the owner's), as a
 * reply, right after another comment at the same point.
 */
const PLACES = ['ranged', 'point', 'after named change', 'after own change', 'reply', 'after a mention'] as const;
const OWNER = 'EUR';
const AUTHORS = [OWNER, 'Germany', 'France'];
const TEXTS = (who: string) => ['Which MOD?', '@John please check', `@${who}`, 'Note: see No. 47'];

describe('Word comments keep their author through import, export and import (review 9, J12)', () => {
  it('every comment, wherever it stands and whatever it says, goes back to Word by its author with its text, and the text comes back the same', async () => {
    let body = p(r('MOD\tEUR/1/1'));
    const comments: string[] = [];
    const expected: string[] = [];
    let k = 0;
    for (const place of PLACES) {
      for (const who of AUTHORS) {
        for (const said of TEXTS(who)) {
          const id = k++;
          comments.push(comment(id, who, said));
          expected.push(`${who}: ${said}`);
          let runs: string;
          switch (place) {
            case 'ranged': runs = r('that ') + start(id) + r('alpha') + end(id) + r(' beta;'); break;
            case 'point': runs = r('that alpha') + point(id) + r(' beta;'); break;
            case 'after named change': runs = r('that ') + `<w:ins ${by('France', 1000 + id)}>${r('alpha')}</w:ins>` + point(id) + r(' beta;'); break;
            case 'after own change': runs = r('that ') + `<w:ins ${by(OWNER, 1000 + id)}>${r('alpha')}</w:ins>` + point(id) + r(' beta;'); break;
            case 'after a mention': {
              // The owner's @mention at the same point, in a run of its own, right before: it must not name this one's author.
              const mention = k++;
              comments.push(comment(mention, OWNER, '@Ann see below'));
              expected.push(`${OWNER}: @Ann see below`);
              runs = r('that alpha') + point(mention) + point(id) + r(' beta;');
              break;
            }
            case 'reply': {
              // The question by Spain, the reply by `who`, on one range.
              const question = k++;
              comments.push(comment(question, 'Spain', 'Why?'));
              expected.push('Spain: Why?');
              runs = r('that ') + start(question) + start(id) + r('alpha') + end(question) + end(id) + r(' beta;');
              break;
            }
          }
          body += p(runs);
        }
      }
    }
    body += p(r('Reasons:\tTest.'));
    const first = await importDocx(await docx({ body, comments: comments.join('') }), { author: OWNER });
    const doc = parseDocument(first.text);
    assert.deepEqual(checkDocument(doc).filter((f) => f.code.startsWith('marks.')), [], first.text);
    const exported = await exportDocx(doc, { author: OWNER, date: FIXED_DATE });
    assert.deepEqual((await wordComments(exported)).sort(), expected.sort(), first.text);
    const again = await importDocx(exported, { author: OWNER });
    assert.equal(again.text, first.text);
    // The tracked changes keep theirs too: France's, and the owner's.
    assert.deepEqual([...new Set(await wordChanges(exported))].sort(), ['EUR ins: alpha', 'France ins: alpha']);
  });

  it('a colleague\'s comment on highlighted text, a reply and a point comment: written after the author\'s name; the hover names the author', async () => {
    const body = p(r('MOD\tEUR/1/1')) +
      p(r('that ') + start(0) + start(1) + r('alpha') + end(0) + end(1) + r(' beta') + point(2) + r(';')) + p(r('Reasons:\tTest.'));
    const result = await importDocx(await docx({ body, comments: comment(0, 'Germany', 'Which MOD?') + comment(1, 'France', 'MOD 47.') + comment(2, 'Spain', 'Agreed.') }));
    assert.equal(result.text.split('\n')[1], 'that {==alpha==}{>>@Germany<<}{>>Which MOD?<<}{>>@France<<}{>>MOD 47.<<} beta{>>@Spain<<}{>>Agreed.<<};');
    const doc = parseDocument(result.text);
    assert.deepEqual(doc.marks.map((m) => `${m.kind}${m.author ? ` ${m.author}` : ''}`), ['highlight Germany', 'comment', 'comment Germany', 'comment', 'comment France', 'comment', 'comment Spain']);
    const service = createItuService({ workspace: new MemoryWorkspace() });
    service.open('file:///w/c.itu', 1, result.text);
    const at = result.text.indexOf('Which MOD?');
    const hover = service.hover('file:///w/c.itu', { line: 1, character: at - result.text.indexOf('\n') - 1 });
    assert.match(JSON.stringify(hover), /Comment by Germany/);
  });

  it('the text\'s own forms: a name before a comment names its author only after a highlight or no mark; a change\'s name names the change', async () => {
    const text = 'MOD\tEUR/1/1\n' +
      'a {==b==}{>>@Germany<<}{>>Which MOD?<<} c{>>@France<<}{>>Point.<<} {++d++}{>>@Spain<<}{>>Owner\'s note on Spain\'s change.<<}' +
      ' {--e--}{>>@Spain<<}{>>@Italy<<}{>>Italy on Spain\'s change.<<} {==f==}{>>@USA<<} g{>>@Ann<<}{>>@Ben<<}{>>Owner after Ann\'s "@Ben".<<}\nReasons:\tTest.\n';
    const exported = await exportDocx(parseDocument(text), { author: OWNER, date: FIXED_DATE });
    assert.deepEqual(await wordComments(exported), [
      'Germany: Which MOD?', 'France: Point.', 'EUR: Owner\'s note on Spain\'s change.', 'Italy: Italy on Spain\'s change.', 'USA: @USA', 'Ann: @Ben', 'EUR: Owner after Ann\'s "@Ben".',
    ]);
    assert.deepEqual(await wordChanges(exported), ['Spain ins: d', 'Spain del: e']);
  });

  it('`{>>Name: comment<<}` as earlier imports wrote it: Name\'s comment when the text names Name as an author elsewhere; otherwise text as before', async () => {
    const text = 'MOD\tEUR/1/1\nthe {++Conference++}{>>@France<<} shall {==meet==}{>>France: When?<<} every{>>Germany: Which MOD?<<} {==four==}{>>Note: see No. 47<<} years.\nReasons:\tTest.\n';
    const exported = await exportDocx(parseDocument(text), { author: OWNER, date: FIXED_DATE });
    assert.deepEqual(await wordComments(exported), ['France: When?', 'EUR: Germany: Which MOD?', 'EUR: Note: see No. 47']);
    // Imported again, France's comment is written the new way.
    assert.match((await importDocx(exported, { author: OWNER })).text, /\{==meet==\}\{>>@France<<\}\{>>When\?<<\}/);
  });

  it('the review\'s case: Germany\'s comment in a document France edited comes back to Word as Germany\'s "Which MOD?"', async () => {
    const body = p(r('ADD\tACP/60A2/3')) + p(r('Reasons:\tConsequential') + start(0) + r(' to MOD 47') + end(0) + r('.'));
    const first = await importDocx(await docx({ body, comments: comment(0, 'Germany', 'Which MOD?') }));
    assert.equal(first.text.split('\n').find((l) => l.startsWith('Reasons:')), 'Reasons:\tConsequential{== to MOD 47==}{>>@Germany<<}{>>Which MOD?<<}.');
    const exported = await exportDocx(parseDocument(first.text), { date: FIXED_DATE });
    assert.deepEqual(await wordComments(exported), ['Germany: Which MOD?']);
  });
});

const ACP = [
  'Source:\tAfrican Telecommunications Union Member States',
  'Title:\tProposals',
  '',
  'MOD\tACP/60A2/1',
  '47\tPP-98\tIt shall be convened every {~~four~>five~~} years{++, as a rule++}{>>@France<<}.',
  'Reasons:\tA longer cycle{>>A note of ACP\'s.<<}',
  '',
].join('\n');
const ACP_NAME = 'African Telecommunications Union Member States';

describe('Word changes keep their author through a second person (review 9, J27)', () => {
  it('ACP exports, EUR imports with his name, adds a change and exports: ACP\'s changes stay ACP\'s; ACP imports it back with hers and has her own changes unattributed', async () => {
    const acp = await exportDocx(parseDocument(ACP), { date: FIXED_DATE });
    assert.deepEqual(await wordChanges(acp), [`${ACP_NAME} del: four`, `${ACP_NAME} ins: five`, 'France ins: , as a rule']);
    // EUR imports as EUR: ACP's change and comment are named, France's stays named.
    const atEur = (await importDocx(acp, { author: 'EUR' })).text;
    assert.match(atEur, new RegExp(`\\{~~four~>five~~\\}\\{>>@${ACP_NAME}<<\\}`));
    assert.match(atEur, /\{\+\+, as a rule\+\+\}\{>>@France<<\}/);
    assert.match(atEur, new RegExp(`A longer cycle\\{>>@${ACP_NAME}<<\\}\\{>>A note of ACP's\\.<<\\}`));
    const edited = atEur.replace('It shall be', 'It {++normally ++}shall be');
    const eur = await exportDocx(parseDocument(edited), { author: 'EUR', date: FIXED_DATE });
    assert.deepEqual(await wordChanges(eur), ['EUR ins: normally ', `${ACP_NAME} del: four`, `${ACP_NAME} ins: five`, 'France ins: , as a rule']);
    assert.deepEqual(await wordComments(eur), [`${ACP_NAME}: A note of ACP's.`]);
    // ACP imports EUR's document as ACP: her own change and comment unattributed again, EUR's named.
    const back = (await importDocx(eur, { author: ACP_NAME })).text;
    assert.match(back, /It \{\+\+normally \+\+\}\{>>@EUR<<\}shall be convened every \{~~four~>five~~\} years\{\+\+, as a rule\+\+\}\{>>@France<<\}\./);
    assert.match(back, /A longer cycle\{>>A note of ACP's\.<<\}/);
    // Without a name, the document's default author (EUR, who exported it) is the one left unattributed, as before.
    const plain = (await importDocx(eur)).text;
    assert.match(plain, new RegExp(`It \\{\\+\\+normally \\+\\+\\}shall be convened every \\{~~four~>five~~\\}\\{>>@${ACP_NAME}<<\\}`));
  });

  it('a Word document by others, imported with the user\'s name: only the user\'s own changes are unattributed', async () => {
    const body = p(r('MOD\tX/1/1')) + p(r('that ') + `<w:ins ${by('EUR', 1)}>${r('new')}</w:ins>` + r(' and ') + `<w:del ${by('Germany', 2)}><w:r><w:delText>old</w:delText></w:r></w:del>` + r(';')) + p(r('Reasons:\tR.'));
    const bytes = await docx({ body });
    assert.equal((await importDocx(bytes, { author: 'EUR' })).text.split('\n')[1], 'that {++new++} and {--old--}{>>@Germany<<};');
    assert.equal((await importDocx(bytes)).text.split('\n')[1], 'that {++new++}{>>@EUR<<} and {--old--}{>>@Germany<<};');
  });

  it('the CLI\'s import --author and the editor\'s import request pass the name', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'itu-j27-'));
    try {
      const input = path.join(dir, 'acp.docx');
      fs.writeFileSync(input, await exportDocx(parseDocument(ACP), { date: FIXED_DATE }));
      const out: string[] = [];
      const io = { out: (s: string) => void out.push(s), err: () => undefined };
      assert.equal(await commands.get('import')!([input, '-o', '-', '--author', 'EUR'], io as never), 0);
      assert.match(out.join(''), new RegExp(`\\{~~four~>five~~\\}\\{>>@${ACP_NAME}<<\\}`));
      const service = createItuService({ workspace: new MemoryWorkspace() });
      const reply = (await service.importWord({ input, author: 'EUR' })) as { text: string };
      assert.match(reply.text, new RegExp(`\\{~~four~>five~~\\}\\{>>@${ACP_NAME}<<\\}`));
      const unnamed = (await service.importWord({ input, author: '' })) as { text: string };
      assert.match(unnamed.text, /\{~~four~>five~~\} years/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
