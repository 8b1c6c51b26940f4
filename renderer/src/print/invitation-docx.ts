// The invitation as a Word document (docx library): the same letters as the printed sheet
// (invitation-letters.ts) on the same letterhead (letterhead-docx.ts), each letter a section of
// its own so it starts a new page. Runs in the renderer («دعوتنامه Word») and in Node (`dabir
// print … --invitation --out FILE.docx`): nothing of the page.
import { BorderStyle, Document, LineRuleType, type Paragraph, Table, TableCell, TableRow, WidthType } from 'docx';
import type { PrintableInvitation } from '../../../electron/contract';
import { faDigits } from '../i18n/digits';
import { fa } from '../i18n/fa';
import { faInvitation as t } from '../i18n/fa-invitation';
import { a4Page, embedded, para, run, type DocxFonts } from './docx-parts';
import { invitationLetters, invitationTitle, type InvitationLetter } from './invitation-letters';
import { letterheadDocx } from './letterhead-docx';

const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const noBorders = { top: none, bottom: none, left: none, right: none };

/** A borderless table of cells, right to left: the signature on the left, the «رونوشت» in two columns. */
function layout(rows: Paragraph[][][], widths: number[]): Table {
  return new Table({
    visuallyRightToLeft: true,
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: { ...noBorders, insideHorizontal: none, insideVertical: none },
    rows: rows.map(
      (cells) =>
        new TableRow({
          cantSplit: true,
          children: cells.map(
            (children, i) =>
              new TableCell({
                children: children.length > 0 ? children : [para([])],
                width: { size: widths[i] ?? 50, type: WidthType.PERCENTAGE },
                borders: noBorders,
              }),
          ),
        }),
    ),
  });
}

function letterDocx(letterhead: PrintableInvitation['letterhead'], letter: InvitationLetter): (Paragraph | Table)[] {
  const labelled = (label: string, value: string) =>
    para([run(`${label}: `, true), run(value, true)], { spaceAfter: 40 });
  const body: (Paragraph | Table)[] = [
    ...letterheadDocx(letterhead, letter.mark),
    labelled(t.to, letter.to),
    labelled(t.subject, letter.subject),
    para([], { spaceAfter: 80 }),
    para([run(letter.greeting)], { spaceAfter: 120 }),
    para([run(letter.body)], { spaceAfter: 120 }),
  ];
  if (letter.agenda.length > 0)
    body.push(
      para([run(t.agenda, true)], { spaceAfter: 60, keep: true }),
      ...letter.agenda.map((a, i) => para([run(`${faDigits(i + 1)}- ${a}`)], { spaceAfter: 60 })),
    );
  body.push(
    para([run(letter.closing)], { spaceAfter: 480, keepNext: true }),
    layout(
      [
        [
          [],
          [
            ...(letter.signatory.name
              ? [para([run(letter.signatory.name, true)], { center: true, spaceAfter: 0 })]
              : []),
            para([run(letter.signatory.title)], { center: true, spaceAfter: 0 }),
          ],
        ],
      ],
      [55, 45],
    ),
  );
  if (letter.copies) {
    // Two columns, the first read down then the second, as the printed sheet's; a row each pair,
    // so a long list runs on to the next page instead of being cut at its foot.
    const copies = letter.copies;
    const half = Math.ceil(copies.length / 2);
    const item = (c: string | undefined) => (c === undefined ? [] : [para([run(`- ${c}`)], { spaceAfter: 0 })]);
    const rows = copies.slice(0, half).map((c, i) => [item(c), item(copies[half + i])]);
    body.push(
      para([], { spaceAfter: 240 }),
      para([run(`${t.copies}:`, true)], { spaceAfter: 40, keep: true }),
      layout(rows, [50, 50]),
    );
  }
  return body;
}

export function invitationDocx(invitation: PrintableInvitation, fonts: DocxFonts): Document {
  return new Document({
    creator: fa.app.appName,
    title: invitationTitle(invitation),
    fonts: embedded(fonts),
    // A letter's size and leading, as printed (11.5 pt; half-points and 240ths of a line).
    styles: {
      default: {
        document: {
          run: { size: 23, sizeComplexScript: 23 },
          paragraph: { spacing: { line: 312, lineRule: LineRuleType.AUTO } },
        },
      },
    },
    // Each letter a section: it starts a page of its own.
    sections: invitationLetters(invitation).map((letter) => ({
      properties: { page: a4Page },
      children: letterDocx(invitation.letterhead, letter),
    })),
  });
}
