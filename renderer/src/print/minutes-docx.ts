// The minutes as a Word document (docx library): right to left, Persian digits, the same parts
// and wording (and typography, format.ts textOf) as the printed sheet, for offices that edit them further. Built from the same
// printable form as the print view; runs in the renderer and in Node (tests).
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
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
const persian = { bidirectional: 'fa-IR', value: 'fa-IR' };

function run(text: string, bold = false): TextRun {
  return new TextRun({ text, bold, boldComplexScript: bold, rightToLeft: true, font: FONT, language: persian });
}

function para(children: ParagraphChild[], options: { center?: boolean; spaceAfter?: number } = {}): Paragraph {
  return new Paragraph({
    bidirectional: true,
    alignment: options.center ? AlignmentType.CENTER : AlignmentType.START,
    spacing: { after: options.spaceAfter ?? 80 },
    children,
  });
}

const labelled = (label: string, value: string) => para([run(`${label}: `, true), run(value)]);
const heading = (text: string) => para([run(text, true)], { spaceAfter: 40 });
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

/** ردیف، عنوان، مفاد، مهلت اقدام، مسئول پیگیری: header repeated on each page, rows never split. */
function resolutionsTable(minutes: PrintableMinutes): Table {
  const widths = [6, 12, 52, 11, 19];
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
          cell([para([run(deadlineText(r.deadline))])], widths[3]!),
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
            font: FONT,
            language: persian,
          }),
          run(`   —   ${t.reference}: ${referenceText(minutes.reference)}   —   ${mark}`),
        ],
        { center: true },
      ),
    ],
  });
}

export function minutesDocx(minutes: PrintableMinutes): Document {
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
  if (attendance.present.length > 0) body.push(labelled(t.present, joined(attendance.present)));
  if (attendance.representatives.length > 0) body.push(labelled(t.representatives, joined(attendance.representatives)));
  if (attendance.absentCount > 0) {
    const excused = attendance.excused.length > 0 ? ` — ${t.excused}: ${joined(attendance.excused)}` : '';
    body.push(labelled(t.absent(faDigits(attendance.absentCount)), `${joined(attendance.absent)}${excused}`));
  }
  if (attendance.guests.length > 0) body.push(labelled(t.guests, joined(attendance.guests)));
  for (const x of s.signatories) {
    body.push(para([run(show(x.name), true)], { center: true, spaceAfter: 0 }));
    if (x.title) body.push(para([run(show(x.title))], { center: true }));
  }
  return new Document({
    creator: fa.app.appName,
    title: show(minutes.title),
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
