// The minutes as a Word document (docx library): right to left, Persian digits, the same parts
// and wording (and typography: format.ts textOf) as the printed sheet, for offices that edit them
// further. Built from the same printable form as the print view; runs in the renderer («خروجی
// Word») and in Node (`dabir print … --out FILE.docx`, tests), so it imports nothing of the page:
// no DOM, no React.
import { Document, Footer, PageNumber, type Paragraph, Table, TableRow, TextRun, WidthType } from 'docx';
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
import {
  a4Page,
  cell,
  dash,
  embedded,
  heading,
  labelled,
  PAGE_NUMBER_FONT,
  para,
  persian,
  run,
  type DocxFonts,
} from './docx-parts';

export { docxFontFiles, type DocxFonts } from './docx-parts';

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
        properties: { page: a4Page },
        footers: { default: footer(minutes) },
        children: body,
      },
    ],
  });
}
