// The synoptic table of a compilation (issue 12): the text in force in the first column, one
// column per proposal with its changes as Word tracked changes (author: the party), one row per
// paragraph (inserted paragraphs where they stand), conflicting rows shaded.
import { DeletedTextRun, Document, InsertedTextRun, Packer, PageOrientation, Paragraph, ShadingType, Table, TableCell, TableRow, TextRun, WidthType, type ParagraphChild } from 'docx';
import { BaseComparer, draftWords, versionPieces, type Compilation } from '../core';
import { mostlyRightToLeft, xmlSafe } from './common';

const SHADE: Record<string, string | undefined> = { conflict: 'FFE699', combined: 'DDEBF7', agreed: 'E2EFDA' };

export async function synopticDocx(c: Compilation, options: { date?: Date } = {}): Promise<Uint8Array> {
  const date = (options.date ?? new Date()).toISOString().replace(/\.\d{3}Z$/, 'Z');
  // Headings and statuses in the language of the text compiled (a French text's table is read in French).
  const words = draftWords(c);
  const comparer = new BaseComparer();
  let revision = 1;
  const text = (s: string) => xmlSafe(s.replace(/\t/g, ' '));
  // A text in force in a right-to-left script (Arabic) makes a right-to-left table, its headings right to left;
  // each cell's paragraph follows its own text, as the export's do (review 6, G20).
  // A new text (ADDs only) has no text in force: its proposals' paragraphs tell.
  const rtlTable = mostlyRightToLeft([c.base.numberLine, ...c.paragraphs.flatMap((r) => (c.added ? Object.values(r.versions).map((v) => v ?? '') : [r.base ?? '']))]);
  const cell = (children: ParagraphChild[], status?: string, rtl = rtlTable) =>
    new TableCell({
      children: [new Paragraph({ children, ...(rtl ? { bidirectional: true } : {}) })],
      shading: status && SHADE[status] ? { type: ShadingType.CLEAR, color: 'auto', fill: SHADE[status]! } : undefined,
    });
  // The table's own words (headings, statuses) are in the text's language: right to left where they are Arabic.
  const word = (t: string, bold = false) => new TextRun({ text: t, bold, rightToLeft: mostlyRightToLeft([t]) });
  const header = new TableRow({
    tableHeader: true,
    children: [
      cell([word(c.added ? words.noneInForce(text(c.target)) : words.inForce(text(c.base.numberLine)), true)]),
      ...c.proposals.map((p) => cell([word(`${p.party} (${p.id})`, true)])),
      cell([word(words.status, true)]),
    ],
  });
  const rows = c.paragraphs.map((row) => {
    const baseRtl = row.base === null ? rtlTable : mostlyRightToLeft([row.base]);
    const cells = [cell(row.base === null ? [] : [new TextRun({ text: text(row.base), rightToLeft: baseRtl })], row.status, baseRtl)];
    for (const p of c.proposals) {
      const pieces = versionPieces(comparer, row.base, row.versions[p.id] ?? null);
      const rtl = pieces.length ? mostlyRightToLeft(pieces.map((piece) => piece.text)) : rtlTable;
      const runs: ParagraphChild[] = pieces.map((piece) => {
        if (piece.kind === 'equal') return new TextRun({ text: text(piece.text), rightToLeft: rtl });
        const options = { text: text(piece.text), id: revision++, author: xmlSafe(p.party), date, rightToLeft: rtl };
        return piece.kind === 'insert' ? new InsertedTextRun(options) : new DeletedTextRun(options);
      });
      cells.push(cell(runs, row.status, rtl));
    }
    cells.push(cell([word(words.statuses[row.status])], row.status));
    return new TableRow({ children: cells });
  });
  const doc = new Document({
    creator: 'itu-draft',
    title: words.table(c.target),
    sections: [{
      properties: { page: { size: { orientation: PageOrientation.LANDSCAPE } } },
      children: [
        new Paragraph({ children: [new TextRun({ text: words.title(text(c.target)), bold: true })] }),
        new Table({ rows: [header, ...rows], width: { size: 100, type: WidthType.PERCENTAGE }, ...(rtlTable ? { visuallyRightToLeft: true } : {}) }),
      ],
    }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
