// The Word copy of letters to responsible bodies: the same words as the printed letters
// (letter-text.ts) on the same letterhead (letterhead-docx.ts), one organisation a section, and so
// a page. Plain TypeScript and the docx library: the app's «Word» button and `dabir print --word`
// both run it.
import { AlignmentType, Document, Paragraph, Table, TableRow, WidthType } from 'docx';
import type { LetterEntry, PrintableLetters } from '../../../electron/contract';
import { fa } from '../i18n/fa';
import { a4Page, cell, embedded, para, run, type DocxFonts } from './docx-parts';
import { letterheadDocx } from './letterhead-docx';
import { letterText, lettersTitle, markOf } from './letter-text';

export type { DocxFonts } from './docx-parts';

/** Column widths in per cent of the text width: «ردیف» in bold needs 9% whole (minutes-docx.ts). */
const widths = { notification: [9, 59, 15, 17], follow_up: [9, 19, 39, 11, 12, 10] } as const;

/** The A4 text width less 75 mm, in twentieths of a point. */
const SIGNATURE_INDENT = 11906 - 2 * 794 - 4252;

function table(columns: readonly string[], rows: string[][], w: readonly number[], bodyColumn: number): Table {
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: columns.map((h, i) => cell([para([run(h, true)], { center: true })], w[i]!, true)),
  });
  const body = rows.map(
    (row) =>
      new TableRow({
        cantSplit: true,
        children: row.map((c, i) => cell([para([run(c)], { center: i !== bodyColumn, spaceAfter: 0 })], w[i]!)),
      }),
  );
  return new Table({
    visuallyRightToLeft: true,
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [header, ...body],
  });
}

function letterBody(p: PrintableLetters, entry: LetterEntry): (Paragraph | Table)[] {
  const text = letterText(p, entry);
  const signature = text.signatory
    ? [text.signatory.name, text.signatory.title, text.signatory.role].filter((l) => l.trim() !== '')
    : [];
  return [
    ...letterheadDocx(p.letterhead, markOf(entry)),
    para([run(text.to, true)]),
    para([run(text.subject, true)], { spaceAfter: 200 }),
    para([run(text.greeting)]),
    para([run(text.body)], { spaceAfter: 160 }),
    table(text.columns, text.rows, widths[p.kind], p.kind === 'notification' ? 1 : 2),
    para([], { spaceAfter: 120 }),
    para([run(text.closing)], { keep: true, spaceAfter: 600 }),
    // The signature on the left, as on paper: centred in the last 75 mm of the line.
    ...signature.map(
      (line, i) =>
        new Paragraph({
          bidirectional: true,
          alignment: AlignmentType.CENTER,
          indent: { start: SIGNATURE_INDENT },
          keepNext: i < signature.length - 1,
          keepLines: true,
          spacing: { after: 0 },
          children: [run(line, i === 0)],
        }),
    ),
  ];
}

export function lettersDocx(p: PrintableLetters, fonts: DocxFonts): Document {
  return new Document({
    creator: fa.app.appName,
    title: lettersTitle(p),
    fonts: embedded(fonts),
    sections: p.letters.map((entry) => ({ properties: { page: a4Page }, children: letterBody(p, entry) })),
  });
}
