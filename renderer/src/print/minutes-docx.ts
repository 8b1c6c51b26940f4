// The minutes as a Word document (docx library): right to left, Persian digits, the same parts
// and wording (and typography: format.ts textOf) as the printed sheet, for offices that edit them
// further. Built from the same printable form as the print view; runs in the renderer («خروجی
// Word») and in Node (`dabir print … --out FILE.docx`, tests), so it imports nothing of the page:
// no DOM, no React.
import {
  AlignmentType,
  BorderStyle,
  CharacterSet,
  Document,
  Footer,
  type IPropertiesOptions,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import type { PrintableMinutes } from '../../../electron/contract';
import { faDigits } from '../i18n/digits';
import { fa } from '../i18n/fa';
import { faPrint as t } from '../i18n/fa-print';
import {
  attendeeText,
  deadlineText,
  groupAttendance,
  personLine,
  referenceText,
  shortHash,
  textOf,
  timeRange,
} from './format';

const FONT = { ascii: 'Vazirmatn', hAnsi: 'Vazirmatn', cs: 'Vazirmatn', eastAsia: 'Vazirmatn' };
/**
 * The page numbers' font: Vazirmatn FD draws the digits 0-9 as ۰-۹. Word and LibreOffice write a
 * PAGE or NUMPAGES field in Latin digits whatever its format (no field switch or `pgNumType`
 * format gives Persian digits: `hindiNumbers` is Arabic-Indic in Word and Latin in LibreOffice),
 * so the font draws them Persian, in every program that opens the file.
 */
const PAGE_NUMBER_FONT = { ascii: 'Vazirmatn FD', hAnsi: 'Vazirmatn FD', cs: 'Vazirmatn FD', eastAsia: 'Vazirmatn FD' };
const persian = { bidirectional: 'fa-IR', value: 'fa-IR' };

function run(text: string, bold = false): TextRun {
  return new TextRun({ text, bold, boldComplexScript: bold, rightToLeft: true, font: FONT, language: persian });
}

interface ParaOptions {
  center?: boolean;
  spaceAfter?: number;
  /** On the same page as the next paragraph, and never split across two pages (short lines only). */
  keep?: boolean;
  /**
   * On the same page as the next paragraph, but free to run across pages when longer than one
   * (with keepLines too, a page-long attendance line left the signatures alone in LibreOffice).
   */
  keepNext?: boolean;
}

function para(children: ParagraphChild[], options: ParaOptions = {}): Paragraph {
  return new Paragraph({
    bidirectional: true,
    alignment: options.center ? AlignmentType.CENTER : AlignmentType.START,
    spacing: { after: options.spaceAfter ?? 80 },
    ...(options.keep ? { keepNext: true, keepLines: true } : options.keepNext ? { keepNext: true } : {}),
    children,
  });
}

const labelled = (label: string, value: string, keepNext = false) =>
  para([run(`${label}: `, true), run(value)], { keepNext });
/** A heading stays with what it heads. */
const heading = (text: string) => para([run(text, true)], { spaceAfter: 40, keep: true });
const dash = (text: string) => para([run(`- ${text}`)], { spaceAfter: 20 });

const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const borders = { top: border, bottom: border, left: border, right: border };

function cell(paragraphs: Paragraph[], widthPct: number, shaded = false): TableCell {
  return new TableCell({
    children: paragraphs,
    width: { size: widthPct, type: WidthType.PERCENTAGE },
    borders,
    shading: shaded ? { fill: 'E6E6E6' } : undefined,
  });
}

/**
 * ردیف، عنوان، مفاد، مهلت اقدام، مسئول پیگیری: header repeated on each page, rows never split.
 * Each header fits its column whole: «ردیف» in bold needs 9% of the A4 text width with the
 * cells' margins (at 6% Word and LibreOffice broke it as «ردی / ف»).
 */
function resolutionsTable(minutes: PrintableMinutes): Table {
  const widths = [9, 13, 49, 11, 18];
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: [t.row, t.title, t.body, t.deadline, t.responsible].map((h, i) =>
      cell([para([run(h, true)], { center: true })], widths[i]!, true),
    ),
  });
  const show = textOf(minutes);
  const rows = minutes.document.session.resolutions.map(
    (r) =>
      new TableRow({
        cantSplit: true,
        children: [
          cell([para([run(faDigits(r.row))], { center: true })], widths[0]!),
          cell([para([run(show(r.title))])], widths[1]!),
          cell([para([run(show(r.body))])], widths[2]!),
          cell([para([run(deadlineText(r.deadline, show))])], widths[3]!),
          cell(
            r.responsible.map((x) =>
              para([run(r.responsible.length > 1 ? `- ${show(x)}` : show(x))], { spaceAfter: 0 }),
            ),
            widths[4]!,
          ),
        ],
      }),
  );
  return new Table({
    visuallyRightToLeft: true,
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [header, ...rows],
  });
}

function footer(minutes: PrintableMinutes): Footer {
  const mark = minutes.contentHash ? `${t.hash}: ${shortHash(minutes.contentHash)}` : t.draftMark;
  return new Footer({
    children: [
      para(
        [
          new TextRun({
            children: t.pageParts(PageNumber.CURRENT, PageNumber.TOTAL_PAGES),
            rightToLeft: true,
            font: PAGE_NUMBER_FONT,
            language: persian,
          }),
          run(`   —   ${t.reference}: ${referenceText(minutes.reference)}   —   ${mark}`),
        ],
        { center: true },
      ),
    ],
  });
}

/** Bytes of a font file, as docx embeds them (it types them Buffer but only reads them as bytes). */
type FontData = NonNullable<IPropertiesOptions['fonts']>[number]['data'];

/** The TrueType files the Word copy embeds (resources/fonts/; Word embeds no woff2). */
export const docxFontFiles = {
  regular: 'Vazirmatn-Regular.ttf',
  bold: 'Vazirmatn-Bold.ttf',
  pageNumbers: 'Vazirmatn-FD-Regular.ttf',
} as const;
export type DocxFonts = Record<keyof typeof docxFontFiles, Uint8Array>;

/**
 * The fonts go inside the file, so it looks the same on a computer without Vazirmatn (Word and
 * LibreOffice use embedded fonts; without them they fall back to another face, Latin digits
 * and all).
 */
function embedded(fonts: DocxFonts): IPropertiesOptions['fonts'] {
  const data = (bytes: Uint8Array) => bytes as unknown as FontData;
  return [
    { name: 'Vazirmatn', data: data(fonts.regular), bold: data(fonts.bold), characterSet: CharacterSet.ARABIC },
    { name: 'Vazirmatn FD', data: data(fonts.pageNumbers), characterSet: CharacterSet.ARABIC },
  ];
}

export function minutesDocx(minutes: PrintableMinutes, fonts: DocxFonts): Document {
  const s = minutes.document.session;
  const attendance = groupAttendance(s.attendance);
  const time = timeRange(s.startTime, s.endTime);
  const show = textOf(minutes);
  const joined = (lines: typeof s.attendance) => lines.map((l) => attendeeText(l, show)).join(' - ');
  const chair = personLine(s.chair, show);
  const secretary = personLine(s.secretary, show);
  const location = show(s.location).trim();
  const body: (Paragraph | Table)[] = [
    para([run(show(minutes.title), true)], { center: true, spaceAfter: 200 }),
    // Only the fields that have a value, as on the printed sheet.
    ...(chair !== '' ? [labelled(t.chair, chair)] : []),
    ...(secretary !== '' ? [labelled(t.secretary, secretary)] : []),
    labelled(t.date, faDigits(s.date)),
    ...(time ? [labelled(t.time, time)] : []),
    ...(location !== '' ? [labelled(t.location, location)] : []),
  ];
  if (s.agenda.length > 0) body.push(heading(`${t.agenda}:`), ...s.agenda.map((a) => dash(show(a))));
  if (s.discussion.length > 0) {
    body.push(heading(`${t.discussion}:`));
    for (const d of s.discussion) {
      const speaker = personLine(d.speaker, show);
      if (speaker !== '') body.push(para([run(`✳ ${speaker}:`, true)], { spaceAfter: 20 }));
      body.push(...d.points.map((p) => dash(show(p))));
    }
  }
  if (s.notes) body.push(heading(`${t.notes}:`), para([run(show(s.notes))]));
  if (s.resolutions.length > 0) body.push(heading(t.resolutions), resolutionsTable(minutes));
  // The attendance lines, then the signatures: the signature block is never alone on a page, it
  // keeps with the last line before it, and its own lines keep together.
  const closing: [label: string, value: string][] = [];
  if (attendance.present.length > 0) closing.push([t.present, joined(attendance.present)]);
  if (attendance.representatives.length > 0) closing.push([t.representatives, joined(attendance.representatives)]);
  if (attendance.absentCount > 0) {
    const excused = attendance.excused.length > 0 ? ` — ${t.excused}: ${joined(attendance.excused)}` : '';
    closing.push([t.absent(faDigits(attendance.absentCount)), `${joined(attendance.absent)}${excused}`]);
  }
  if (attendance.guests.length > 0) closing.push([t.guests, joined(attendance.guests)]);
  const signed = s.signatories.length > 0;
  body.push(...closing.map(([label, value], i) => labelled(label, value, signed && i === closing.length - 1)));
  s.signatories.forEach((x, i) => {
    const last = i === s.signatories.length - 1;
    body.push(para([run(show(x.name), true)], { center: true, spaceAfter: 0, keep: !last || Boolean(x.title) }));
    if (x.title) body.push(para([run(show(x.title))], { center: true, keep: !last }));
  });
  return new Document({
    creator: fa.app.appName,
    title: show(minutes.title),
    fonts: embedded(fonts),
    sections: [
      {
        properties: {
          // A4 portrait, margins as on the printed sheet (14 mm; twentieths of a point).
          page: { size: { width: 11906, height: 16838 }, margin: { top: 794, bottom: 1020, left: 794, right: 794 } },
        },
        footers: { default: footer(minutes) },
        children: body,
      },
    ],
  });
}
