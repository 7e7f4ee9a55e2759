// A compiled table row keeps its cells: no revision mark of the merge takes a cell's bar. The word comparison knows no
// cells, so two parties' footnotes added at the end of one cell were one conflict `{~~5.341 |~>[EUR: 5.341 ADD 5.A117 |]
// [ACP: 5.341 ADD 5.A118 |]~~}`: the new text had a cell more, and Word export could not make the line a table row.
// Generated tables and generated edits of their cells by two or three parties (insertions at a cell's start, end or
// middle, words deleted or replaced, a cell rewritten or emptied), compiled as J19 compiles a page of the TFA.
//   node --import tsx --test test/unit/compile-table-cells.test.ts
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits, BaseIndex, checkDocument, compileTarget, mergedDraft, parseDocument, projectText, readAlternatives, scanMarks, type CompileSource } from '../../server/src/core';
import { seeded } from '../support/random';
import { lines } from './helpers';
import { cases } from '../support/scale';

const PAGE = ['| 1 300-1 525 MHz | | |', '| --- | --- | --- |', '| Allocation to services | | |', '| Region 1 | Region 2 | Region 3 |'];
const SERVICES = ['FIXED', 'MOBILE', 'RADIOLOCATION', 'AERONAUTICAL RADIONAVIGATION', 'SPACE RESEARCH (passive)', 'RADIO ASTRONOMY', 'EARTH EXPLORATION-SATELLITE (passive)', 'Amateur'];
const NOTES = ['5.149', '5.334', '5.338', '5.338A', '5.339', '5.340', '5.341', '5.342'];
const PARTIES = ['EUR', 'ACP', 'CITEL'];

/** The unescaped bars of a text. */
const bars = (text: string) => [...text.matchAll(/(?<!\\)\|/g)].length;

function generateTable(rnd: () => number): string[][][] {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  const rows: string[][][] = [];
  for (let r = 0; r < 3; r++) {
    const band = `1 ${300 + 40 * r}-1 ${340 + 40 * r}`;
    const cells: string[][] = [];
    for (let k = 0; k < 3; k++) {
      const words = [`${band}`, pick(SERVICES), pick(SERVICES)];
      for (let n = Math.floor(rnd() * 3); n > 0; n--) words.push(pick(NOTES));
      cells.push(words);
    }
    rows.push(cells);
  }
  return rows;
}

const rowText = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;

/** One party's version of a cell, its change in revision marks. */
function editCell(words: readonly string[], rnd: () => number, party: string): string {
  const w = [...words];
  const note = `ADD 5.A1${Math.floor(rnd() * 90) + 10}${party === 'EUR' ? '' : party[0]}`;
  const at = 1 + Math.floor(rnd() * (w.length - 1));
  switch (Math.floor(rnd() * 7)) {
    case 0: return `${w.join(' ')}{++ ${note}++}`;
    case 1: return `{++${party === 'ACP' ? 'MOBILE' : 'FIXED'} ++}${w.join(' ')}`;
    case 2: return [...w.slice(0, at), `{++${note}++}`, ...w.slice(at)].join(' ');
    case 3: return [...w.slice(0, at), `{--${w[at]}--}`, ...w.slice(at + 1)].join(' ').replace(/ \{--/, '{-- ');
    case 4: return [...w.slice(0, at), `{~~${w[at]}~>${party === 'EUR' ? 'MOBILE' : 'FIXED'}~~}`, ...w.slice(at + 1)].join(' ');
    case 5: return `{~~${w.join(' ')}~>${w[0]} ${party}~~}`;
    default: return `{--${w.join(' ')}--}`;
  }
}

function compileCase(seed: number) {
  const rnd = seeded(seed);
  const table = generateTable(rnd);
  const inForce = lines('RADIO REGULATIONS', 'ARTICLE 5', 'Frequency allocations', 'Section IV – Table of Frequency Allocations', '', ...PAGE, ...table.map((cells) => rowText(cells.map((w) => w.join(' ')))), '', '5.341\tIn the bands.');
  const files: Record<string, string> = { 'rr.itu': inForce };
  const parties = PARTIES.slice(0, 2 + Math.floor(rnd() * 2));
  for (const party of parties) {
    // Each party edits one or two cells of one or two rows; the same cell often, so that edits meet.
    const rows = table.map((cells, r) => {
      if (r > 0 && rnd() < 0.4) return undefined;
      return rowText(cells.map((words, k) => (k === 0 || rnd() < 0.4 ? editCell(words, rnd, party) : words.join(' '))));
    }).filter((r): r is string => r !== undefined);
    files[`${party}.itu`] = lines('Meeting:\tWorld Radiocommunication Conference (WRC-27)', `Proposals:\t${party}`, '', `MOD\t${party}/18A1/1`, PAGE[0], PAGE[1], ...rows, 'Reasons:\tr.', '');
  }
  const index = new BaseIndex();
  for (const [f, t] of Object.entries(files)) index.update(f, t);
  const sources: CompileSource[] = Object.entries(files).map(([location, t]) => ({ location, doc: parseDocument(t) }));
  const c = compileTarget('Table 1 300-1 525 MHz', sources, index.lookup);
  assert.ok(c, `compiled (seed ${seed})`);
  return { c, files, table };
}

test('generated cell conflicts: no revision mark of a compiled row takes a cell bar, and the merged row keeps its cells', () => {
  let conflicts = 0;
  for (let seed = 1; seed <= cases(150); seed++) {
    const { c, files, table } = compileCase(seed);
    const where = `seed ${seed}\n${Object.values(files).slice(1).join('\n')}\n${c.merged.join('\n')}`;
    for (const line of c.merged.filter((l) => l.trimStart().startsWith('|'))) {
      const marks = scanMarks(line).marks.filter((m) => m.kind !== 'comment');
      // A row inserted or deleted whole may hold its bars; any other mark stays inside one cell.
      if (marks.length === 1 && marks[0].start === 0 && line.slice(marks[0].end).startsWith('{>>')) continue;
      for (const m of marks) assert.equal(bars(line.slice(m.start, m.end)), 0, `a mark takes a bar: ${line.slice(m.start, m.end)}\n${where}`);
      // The merged row, alternatives and all, has the cells of the row in force.
      assert.equal(bars(projectText(line, 'new')), bars(projectText(line, 'old')), `the row keeps its cells: ${line}\n${where}`);
    }
    conflicts += c.paragraphs.filter((p) => p.status === 'conflict').length;
    assert.equal(c.merged.filter((l) => table.some((cells) => l.includes(cells[0][0]))).length, table.length, `every row once: ${where}`);
  }
  assert.ok(conflicts > cases(50), `conflicts generated: ${conflicts}`);
});

test('two footnotes added at the end of one cell: a conflict of insertions inside the cell, the bar after it', () => {
  const row = '| 1 400-1 427 EARTH EXPLORATION 5.340 5.341 | MOBILE 5.342 | FIXED 5.343 |';
  const inForce = lines('RADIO REGULATIONS', 'ARTICLE 5', 'Frequency allocations', 'Section IV – Table of Frequency Allocations', '', ...PAGE, row, '', '5.341\tIn the bands.');
  const mod = (party: string, r: string) => lines('Meeting:\tWorld Radiocommunication Conference (WRC-27)', `Proposals:\t${party}`, '', `MOD\t${party}/18A1/1`, PAGE[0], PAGE[1], r, 'Reasons:\tr.', '');
  const files: Record<string, string> = {
    'rr.itu': inForce,
    'eur.itu': mod('EUR', row.replace('5.341 |', '5.341{++ ADD 5.A117++} |')),
    'acp.itu': mod('ACP', row.replace('5.341 |', '5.341{++ ADD 5.A118++} |')),
  };
  const index = new BaseIndex();
  for (const [f, t] of Object.entries(files)) index.update(f, t);
  const c = compileTarget('Table 1 300-1 525 MHz', Object.entries(files).map(([location, t]) => ({ location, doc: parseDocument(t) })), index.lookup)!;
  const merged = c.merged.find((l) => l.includes('1 400-1 427'))!;
  assert.equal(merged, '| 1 400-1 427 EARTH EXPLORATION 5.340 5.341{++[EUR: ADD 5.A117] [ACP: ADD 5.A118]++}{>>@EUR, ACP<<} | MOBILE 5.342 | FIXED 5.343 |');
});

test('a cell EUR takes out and ACP edits: a conflict of the cell\'s contents, `(delete cell)` taken takes the cell out with its bar', () => {
  const row = '| 1 400-1 427 EARTH EXPLORATION 5.340 5.341 | MOBILE 5.342 | FIXED 5.343 |';
  const inForce = lines('RADIO REGULATIONS', 'ARTICLE 5', 'Frequency allocations', 'Section IV – Table of Frequency Allocations', '', ...PAGE, row, '', '5.341\tIn the bands.');
  const mod = (party: string, r: string) => lines('Meeting:\tWorld Radiocommunication Conference (WRC-27)', `Proposals:\t${party}`, '', `MOD\t${party}/18A1/1`, PAGE[0], PAGE[1], r, 'Reasons:\tr.', '');
  const files: Record<string, string> = {
    'rr.itu': inForce,
    'eur.itu': mod('EUR', row.replace(' MOBILE 5.342 |', '{-- MOBILE 5.342 |--}')),
    'acp.itu': mod('ACP', row.replace('MOBILE 5.342', 'MOBILE{++ ADD 5.A118++} 5.342')),
  };
  const index = new BaseIndex();
  for (const [f, t] of Object.entries(files)) index.update(f, t);
  const c = compileTarget('Table 1 300-1 525 MHz', Object.entries(files).map(([location, t]) => ({ location, doc: parseDocument(t) })), index.lookup)!;
  const merged = c.merged.find((l) => l.includes('1 400-1 427'))!;
  // Not `{~~| MOBILE 5.342 |~>[EUR: |] [ACP: | MOBILE ADD 5.A118 5.342 |]~~}`.
  assert.equal(merged, '| 1 400-1 427 EARTH EXPLORATION 5.340 5.341 |{~~ MOBILE 5.342 ~>[EUR: (delete cell)] [ACP: MOBILE ADD 5.A118 5.342]~~}{>>@EUR, ACP<<}| FIXED 5.343 |');
  const text = mergedDraft(c);
  const f = checkDocument(parseDocument(text), { bases: index.lookup }).find((x) => x.code === 'compile.unresolved')!;
  const take = (who: string) => applyEdits(text, [f.fix!, ...f.fix!.alternatives!].find((x) => x.title.endsWith(who))!.edits).split('\n').find((l) => l.includes('1 400-1 427'));
  assert.equal(take('EUR'), '| 1 400-1 427 EARTH EXPLORATION 5.340 5.341 |{-- MOBILE 5.342 |--}{>>@EUR<<} FIXED 5.343 |');
  assert.equal(take('ACP'), '| 1 400-1 427 EARTH EXPLORATION 5.340 5.341 | MOBILE {++ADD 5.A118 ++}{>>@ACP<<}5.342 | FIXED 5.343 |');
});

/**
 * Generated: as above, and EUR also adds a cell to one row (a column, at any place) or takes one of its cells out
 * (one no party edits). Its other cells merge as they would if it kept the row's cells: the merged row, EUR's mark
 * of that cell put back as in force, is the merged row of the same edits without it. A row of another number of
 * cells was compared whole: a footnote EUR and ACP both added at the end of one cell was no conflict, both stood.
 * (EUR empties no cell of that row: an emptied cell next to an added one could be either.)
 */
test('generated: a row whose party adds or takes out a cell merges its other cells cell by cell', () => {
  let changed = 0;
  for (let seed = 1; seed <= cases(120); seed++) {
    const rnd = seeded(10_000 + seed);
    const table = generateTable(rnd);
    const inForce = lines('RADIO REGULATIONS', 'ARTICLE 5', 'Frequency allocations', 'Section IV – Table of Frequency Allocations', '', ...PAGE, ...table.map((cells) => rowText(cells.map((w) => w.join(' ')))), '', '5.341\tIn the bands.');
    const parties = PARTIES.slice(0, 2 + Math.floor(rnd() * 2));
    const row = Math.floor(rnd() * table.length);
    const adding = rnd() < 0.6;
    // Where the cell goes (before cell q; 3: at the end), or which cell goes.
    const q = Math.floor(rnd() * (adding ? 4 : 3));
    const column = `Region ${q + 4} allocation`;
    const rows = new Map<string, (string[] | undefined)[]>();
    for (const party of parties) {
      rows.set(party, table.map((cells, r) => {
        if (r !== row && r > 0 && rnd() < 0.4) return undefined;
        return cells.map((words, k) => {
          const kept = words.join(' ');
          if (r === row && !adding && k === q) return kept;
          if (!(k === 0 || rnd() < 0.4)) return kept;
          if (party === 'EUR' && r === row && !adding) return kept;
          let edited = editCell(words, rnd, party);
          // EUR empties no cell of the row it adds a cell to.
          while (party === 'EUR' && r === row && edited === `{--${kept}--}`) edited = editCell(words, rnd, party);
          return edited;
        });
      }));
    }
    const compiled = (withColumn: boolean) => {
      const files: Record<string, string> = { 'rr.itu': inForce };
      for (const party of parties) {
        const own = rows.get(party)!.map((cells, r) => {
          if (!cells || party !== 'EUR' || r !== row || !withColumn) return cells;
          return adding ? [...cells.slice(0, q), column, ...cells.slice(q)] : cells.filter((_, k) => k !== q);
        });
        files[`${party}.itu`] = lines('Meeting:\tWorld Radiocommunication Conference (WRC-27)', `Proposals:\t${party}`, '', `MOD\t${party}/18A1/1`, PAGE[0], PAGE[1], ...own.flatMap((cells) => (cells ? [rowText(cells)] : [])), 'Reasons:\tr.', '');
      }
      const index = new BaseIndex();
      for (const [f, t] of Object.entries(files)) index.update(f, t);
      const c = compileTarget('Table 1 300-1 525 MHz', Object.entries(files).map(([location, t]) => ({ location, doc: parseDocument(t) })), index.lookup);
      assert.ok(c, `seed ${seed}`);
      return { merged: c.merged, files };
    };
    const [withIt, without] = [compiled(true), compiled(false)];
    const where = `seed ${seed}: EUR ${adding ? `adds a cell before cell ${q}` : `takes out cell ${q}`} of row ${row}\n${Object.values(withIt.files).slice(1).join('\n')}`;
    const band = table[row][0][0];
    const [a, b] = [withIt, without].map((x) => x.merged.find((l) => l.includes(band))!);
    // EUR's mark of the cell, put back as in force.
    const cell = adding ? column : table[row][q].join(' ');
    const marks = scanMarks(a).marks.filter((m) => m.kind !== 'comment' && a.slice(m.start, m.end).includes(cell));
    assert.equal(marks.length, 1, `one mark of the cell: ${a}\n${where}`);
    const m = marks[0];
    assert.equal(a.slice(m.start, m.end), adding ? m.newText && `{++${a.slice(m.newText.start, m.newText.end)}++}` : `{--${a.slice(m.oldText!.start, m.oldText!.end)}--}`, `the cell's mark is EUR's alone: ${a}\n${where}`);
    assert.ok(a.slice(m.end).startsWith('{>>@EUR<<}'), `${a}\n${where}`);
    const back = a.slice(0, m.start) + (adding ? '' : a.slice(m.oldText!.start, m.oldText!.end)) + a.slice(m.end + '{>>@EUR<<}'.length);
    const fold = (t: string) => t.replace(/\s*\|\s*/g, ' | ').replace(/\s+/g, ' ').trim();
    assert.equal(fold(back), fold(b), `${where}\nwith the cell:    ${a}\nwithout the cell: ${b}`);
    // The other rows merge alike.
    assert.deepEqual(withIt.merged.filter((l) => !l.includes(band)), without.merged.filter((l) => !l.includes(band)), where);
    changed++;
  }
  assert.ok(changed > 0);
});

/**
 * Generated: one party takes a cell out of a row (any cell: its row has a cell less), the others edit cells of the table,
 * that cell often, and sometimes take it out too. A cell taken out and edited is a conflict of the cell's contents:
 * the bars stay outside the mark (the merged row has the cells of the row in force), no alternative holds a bar, and
 * the parties taking it out have `(delete cell)`. Taking an alternative (compile.unresolved's fix) gives that party's
 * row: the cell out with its bar (`|{-- MOBILE 5.342 |--}{>>@EUR<<}`), as a cell taken out by one party alone is
 * written, or the cell with that party's content; the old text stays the row in force. The alternatives were the
 * whole cells, bars and all (`{~~| MOBILE 5.342 |~>[EUR: |] [ACP: | MOBILE ADD 5.A118 5.342 |]~~}`).
 */
test('generated: a cell one party takes out and another edits is a conflict of the cell\'s contents, each alternative taken a well-formed row', () => {
  const fold = (t: string) => t.replace(/\s+/g, ' ').trim();
  const cellsOf = (row: string) => row.split(/(?<!\\)\|/).slice(1, -1).map(fold);
  let conflicts = 0;
  for (let seed = 1; seed <= cases(120); seed++) {
    const rnd = seeded(20_000 + seed);
    const table = generateTable(rnd);
    const inForce = lines('RADIO REGULATIONS', 'ARTICLE 5', 'Frequency allocations', 'Section IV – Table of Frequency Allocations', '', ...PAGE, ...table.map((cells) => rowText(cells.map((w) => w.join(' ')))), '', '5.341\tIn the bands.');
    const parties = PARTIES.slice(0, 2 + Math.floor(rnd() * 2));
    const remover = parties[Math.floor(rnd() * parties.length)];
    const row = Math.floor(rnd() * table.length);
    const q = Math.floor(rnd() * 3);
    // Two cells alike in the row: either is the one taken out (the earlier one is read so), a row this test does not draw.
    if (new Set(table[row].map((w) => w.join(' '))).size < 3) continue;
    const files: Record<string, string> = { 'rr.itu': inForce };
    // Each party's version of cell q of the row: undefined when it takes it out (or leaves the row out).
    const cellBy = new Map<string, string | undefined>();
    for (const party of parties) {
      const removes = party === remover || rnd() < 0.15;
      const rows = table.map((cells, r) => {
        if (r !== row && r > 0 && rnd() < 0.4) return undefined;
        const own = cells.map((words, k) => {
          const kept = words.join(' ');
          if (r === row && removes) return k === q ? undefined : kept;
          if (r === row && k === q) return rnd() < 0.8 ? editCell(words, rnd, party) : kept;
          return k === 0 || rnd() < 0.4 ? editCell(words, rnd, party) : kept;
        });
        if (r === row) cellBy.set(party, own[q] === undefined ? undefined : fold(projectText(own[q]!, 'new')));
        return rowText(own.filter((c): c is string => c !== undefined));
      });
      files[`${party}.itu`] = lines('Meeting:\tWorld Radiocommunication Conference (WRC-27)', `Proposals:\t${party}`, '', `MOD\t${party}/18A1/1`, PAGE[0], PAGE[1], ...rows.filter((r): r is string => r !== undefined), 'Reasons:\tr.', '');
    }
    const index = new BaseIndex();
    for (const [f, t] of Object.entries(files)) index.update(f, t);
    const c = compileTarget('Table 1 300-1 525 MHz', Object.entries(files).map(([location, t]) => ({ location, doc: parseDocument(t) })), index.lookup);
    assert.ok(c, `seed ${seed}`);
    const band = table[row][0][0];
    const inForceRow = rowText(table[row].map((w) => w.join(' ')));
    const where = `seed ${seed}: ${[...cellBy.keys()].filter((p) => cellBy.get(p) === undefined).join(', ')} take out cell ${q} of row ${row}\n${Object.values(files).slice(1).join('\n')}`;
    const isRow = (l: string) => l.includes(band) && projectText(l, 'old').startsWith('|');
    const line = c.merged.find(isRow);
    assert.ok(line, where);
    const at = `${where}\nmerged: ${line}`;
    assert.equal(projectText(line, 'old'), inForceRow, at);
    // No mark takes a bar but a cell taken out by every party that changes it (`|{-- MOBILE 5.342 |--}`).
    for (const m of scanMarks(line).marks.filter((x) => x.kind !== 'comment')) {
      const marked = line.slice(m.start, m.end);
      if (bars(marked) === 0) continue;
      assert.ok(m.kind === 'deletion' && bars(marked) === 1 && marked.endsWith('|--}') && line[m.start - 1] === '|', `a mark takes a bar: ${marked}\n${at}`);
    }
    const removers = parties.filter((p) => cellBy.has(p) && cellBy.get(p) === undefined);
    const editors = parties.filter((p) => cellBy.get(p) !== undefined && cellBy.get(p) !== fold(table[row][q].join(' ')));
    if (editors.length === 0) continue;
    // A conflict over the cell: the merged row keeps its cells; the alternatives are contents.
    conflicts++;
    assert.equal(bars(projectText(line, 'new')), bars(inForceRow), `the row keeps its cells: ${at}`);
    const text = mergedDraft(c);
    const draft = parseDocument(text);
    const lineAt = text.indexOf(line);
    const found = checkDocument(draft, { bases: index.lookup }).filter((f) => f.code === 'compile.unresolved' && f.start >= lineAt && f.end <= lineAt + line.length);
    const conflict = found.find((f) => {
      const m = draft.marks.find((x) => x.start === f.start)!;
      return readAlternatives(text.slice(m.newText!.start, m.newText!.end))!.some((a) => a.cell);
    });
    assert.ok(conflict, `a conflict over the cell taken out: ${at}`);
    const mark = draft.marks.find((x) => x.start === conflict.start)!;
    const alternatives = readAlternatives(text.slice(mark.newText!.start, mark.newText!.end))!;
    for (const a of alternatives) assert.equal(bars(a.text), 0, `an alternative holds a bar: ${a.text}\n${at}`);
    // Every party's content of the cell is an alternative, and so is taking it out.
    for (const p of editors) assert.ok(alternatives.some((a) => a.who.split(', ').includes(p) && fold(a.text) === cellBy.get(p)), `${p}'s cell: ${at}`);
    for (const p of removers) assert.ok(alternatives.some((a) => a.who.split(', ').includes(p) && a.cell), `${p} takes the cell out: ${at}`);
    const fixes = [conflict.fix!, ...(conflict.fix!.alternatives ?? [])];
    assert.equal(fixes.length, alternatives.length, at);
    const untaken = cellsOf(projectText(line, 'new'));
    for (const [k, a] of alternatives.entries()) {
      const after = applyEdits(text, fixes[k].edits);
      const takenLine = after.split('\n').find(isRow)!;
      const shown = `${at}\ntaking ${a.who}: ${takenLine}`;
      assert.equal(projectText(takenLine, 'old'), inForceRow, shown);
      const now = cellsOf(projectText(takenLine, 'new'));
      if (a.cell) {
        // The party's row: a cell less, the others as the merge has them.
        assert.deepEqual(now, untaken.filter((_, j) => j !== q), shown);
        assert.match(takenLine, new RegExp(`\\|\\{--[^|]*\\|--\\}\\{>>@${a.who}<<\\}`), shown);
      } else {
        assert.equal(now.length, untaken.length, shown);
        assert.equal(now[q], fold(a.text), shown);
        assert.deepEqual(now.filter((_, j) => j !== q), untaken.filter((_, j) => j !== q), shown);
      }
    }
  }
  assert.ok(conflicts > cases(40), `conflicts over a cell taken out: ${conflicts}`);
});
