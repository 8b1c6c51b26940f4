// The letterhead in a Word copy: the same three parts as the printed head (Letterhead.tsx) in a
// borderless table of three cells, right to left, with the logo at its printed size.
import { BorderStyle, ImageRun, type Paragraph, Table, TableCell, TableRow, WidthType } from 'docx';
import type { Letterhead } from '../../../electron/contract';
import { faDigits } from '../i18n/digits';
import { faLetters as t } from '../i18n/fa-letters';
import { para, run } from './docx-parts';
import { typeset } from './format';
import type { LetterMark } from './Letterhead';

const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const noBorders = { top: none, bottom: none, left: none, right: none };
const rule = { style: BorderStyle.SINGLE, size: 6, color: '000000' };

/** The logo's print size in pixels (96 to the inch): at most 20 mm high and 32 mm wide, as on paper. */
export function logoSize(width: number, height: number): { width: number; height: number } {
  const maxHeight = 75;
  const maxWidth = 121;
  const scale = Math.min(maxHeight / height, maxWidth / width);
  return { width: Math.round(width * scale), height: Math.round(height * scale) };
}

const bytesOf = (base64: string) => Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));

function logoParagraph(logo: NonNullable<Letterhead['logo']>): Paragraph {
  return para(
    [
      new ImageRun({
        type: logo.mediaType === 'image/png' ? 'png' : 'jpg',
        data: bytesOf(logo.data),
        transformation: logoSize(logo.width, logo.height),
        altText: { name: t.logoAlt, description: t.logoAlt, title: t.logoAlt },
      }),
    ],
    { center: true, spaceAfter: 40 },
  );
}

function cellOf(children: Paragraph[], widthPct: number): TableCell {
  return new TableCell({
    children: children.length > 0 ? children : [para([])],
    width: { size: widthPct, type: WidthType.PERCENTAGE },
    borders: { ...noBorders, bottom: rule },
  });
}

/** The letter's head as one borderless table with a rule under it; a paragraph of space after it. */
export function letterheadDocx(letterhead: Letterhead, mark: LetterMark): (Table | Paragraph)[] {
  const own = [
    ...(letterhead.logo ? [logoParagraph(letterhead.logo)] : []),
    ...letterhead.lines.map((l) => para([run(typeset(l), true)], { center: true, spaceAfter: 0 })),
  ];
  const field = (label: string, value: string | null | undefined, show: (v: string) => string) =>
    para([run(`${label}: `, true), run(value ? show(value) : t.notYet)], { spaceAfter: 0 });
  const marks = [
    field(t.number, mark.number, typeset),
    field(t.date, mark.date, faDigits),
    field(t.attachments, mark.attachments, typeset),
  ];
  return [
    new Table({
      visuallyRightToLeft: true,
      width: { size: 100, type: WidthType.PERCENTAGE },
      borders: { ...noBorders, insideHorizontal: none, insideVertical: none },
      rows: [
        new TableRow({
          cantSplit: true,
          children: [
            cellOf(own, 46),
            cellOf([para([run(t.invocation, true)], { center: true })], 18),
            cellOf(marks, 36),
          ],
        }),
      ],
    }),
    para([], { spaceAfter: 200 }),
  ];
}
