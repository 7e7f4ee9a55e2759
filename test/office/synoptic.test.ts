// The synoptic table of a compilation (issue 12) opened by LibreOffice: its rows, its columns'
// tracked changes with each party as author, and the conflict shading survive.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { BaseIndex, compile, parseDocument } from '../../server/src/core';
import { synopticDocx } from '../../server/src/word/synoptic';
import { findSoffice, Office, trackedChanges } from '../support/office';
import { FIXED_DATE } from '../support/word';
import { ACP, ASMG, BASE, EUR } from '../support/compile';

const soffice = findSoffice();
const skip = soffice ? false : 'LibreOffice (soffice) is not installed: run scripts/office/setup.sh to run these tests';

describe('LibreOffice: the synoptic table', () => {
  let office: Office;
  let dir: string;
  before(() => {
    if (skip) return;
    office = new Office(soffice!);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'itu-office-synoptic-'));
  });
  after(() => {
    office?.dispose();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('opens with one row per paragraph, a column per proposal and each party as the author of its changes', { skip }, async () => {
    const index = new BaseIndex();
    const sources = [['res52.itu', BASE], ['acp.itu', ACP], ['asmg.itu', ASMG], ['eur.itu', EUR]].map(([location, text]) => {
      const doc = parseDocument(text);
      index.update(location, text, doc);
      return { location, doc };
    });
    const c = compile('Resolution 52', sources, index.lookup)!;
    const file = path.join(dir, 'synoptic.docx');
    fs.writeFileSync(file, await synopticDocx(c, { date: FIXED_DATE }));
    const fodt = fs.readFileSync(office.convert(file, 'fodt', path.join(dir, 'fodt')), 'utf8');
    assert.equal(fodt.match(/<table:table-row\b/g)?.length, c.paragraphs.length + 1, 'header and paragraphs');
    const header = fodt.slice(fodt.indexOf('<table:table-row'), fodt.indexOf('</table:table-row>'));
    assert.equal(header.match(/<table:table-cell\b/g)?.length, 5, 'text in force, three proposals, status');
    for (const name of ['ACP (ACP/40A9/1)', 'ASMG (ASMG/27A5/1)', 'EUR (EUR/35A12/1)']) assert.ok(header.includes(name), name);
    const changes = trackedChanges(fodt);
    assert.deepEqual([...new Set(changes.map((x) => x.author))].sort(), ['ACP', 'ASMG', 'EUR']);
    assert.ok(changes.some((x) => x.author === 'EUR' && x.kind === 'insertion' && x.text.includes('substantial')));
    assert.ok(changes.some((x) => x.author === 'ASMG' && x.kind === 'deletion' && x.text.includes('that addressing the issue of spam')));
    assert.match(fodt, /fo:background-color="#ffe699"/i, 'the conflict row shaded');
  });
});
