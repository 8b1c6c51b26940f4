// Headquarters' national matrix as an Excel workbook: a line per national resolution and province
// (status, due date, overdue, last report), each province's completion, and the same as a table
// (a row per resolution, a column per province). Right to left, A4 landscape, headings on every page.
import ExcelJS from 'exceljs';
import type { NationalMatrix } from '../../contract';
import { nationalSheetNames, noWord, overdueMark, provinceSummaryColumns } from '../../contract/national-labels';
import { toPersianDigits } from '../../contract/persian-text';
import { statusWords } from '../../contract/report-labels';
import { formatDeadline } from '../../contract/deadline-text';

/** A4 landscape with the heading row on every page; one page wide, or (a wide table) across pages at full size. */
function pageSetup(ws: ExcelJS.Worksheet, onePageWide: boolean): void {
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: 9, // A4
    orientation: 'landscape',
    fitToPage: onePageWide,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: '1:1',
  };
}

/**
 * A row's height for wrapped text in a column `width` characters wide: LibreOffice does not grow a
 * row for wrapped text on opening a file, so the text would overlap the next row.
 */
const lineHeight = (text: string, width: number) => 15 * Math.max(1, Math.ceil(text.length / width));

/** What a cell of the matrix says: the status (or no word yet), overdue, and the last report's date. */
export function cellText(c: NationalMatrix['resolutions'][number]['provinces'][number]): string {
  const parts = [c.status === null ? noWord : statusWords[c.status]];
  if (c.overdue) parts.push(overdueMark);
  if (c.lastReport) parts.push(`گزارش ${toPersianDigits(c.lastReport.date)}`);
  return parts.join('، ');
}

export async function nationalWorkbook(matrix: NationalMatrix): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'دبیر';
  const session = (r: NationalMatrix['resolutions'][number]) =>
    `${toPersianDigits(r.sessionNumber)}/${toPersianDigits(r.sessionYear)}`;

  // Each resolution on a line of its own, then a line per province (status, due date, overdue, last report).
  const list = book.addWorksheet(nationalSheetNames.matrix, {
    views: [{ rightToLeft: true, state: 'frozen', ySplit: 1 }],
  });
  list.columns = [
    { key: 'session', header: 'جلسه', width: 9 },
    { key: 'row', header: 'ردیف', width: 6 },
    { key: 'province', header: 'استان', width: 20 },
    { key: 'status', header: 'وضعیت', width: 12 },
    { key: 'dueDate', header: 'سررسید', width: 12 },
    { key: 'overdue', header: overdueMark, width: 13 },
    { key: 'reports', header: 'گزارش‌ها', width: 9 },
    { key: 'lastReport', header: 'آخرین گزارش', width: 50 },
  ];
  list.getRow(1).font = { bold: true };
  for (const r of matrix.resolutions) {
    const heading = list.addRow({ session: session(r), row: r.row });
    list.mergeCells(heading.number, 3, heading.number, 8);
    const body = `${r.title ? `${r.title}: ` : ''}${r.body} (${formatDeadline(r.deadline) || 'بی‌مهلت'})`;
    heading.getCell(3).value = body;
    heading.font = { bold: true };
    heading.alignment = { wrapText: true, vertical: 'top' };
    heading.height = lineHeight(body, 120);
    for (const c of r.provinces) {
      const last = c.lastReport ? `${toPersianDigits(c.lastReport.date)}: ${c.lastReport.text}` : '';
      const line = list.addRow({
        province: c.province,
        status: c.status === null ? noWord : statusWords[c.status],
        dueDate: c.dueDate === null ? '' : toPersianDigits(c.dueDate),
        overdue: c.overdue ? overdueMark : '',
        reports: c.reports,
        lastReport: last,
      });
      line.alignment = { wrapText: true, vertical: 'top' };
      line.height = lineHeight(last, 50);
    }
  }
  pageSetup(list, true);

  const summary = book.addWorksheet(nationalSheetNames.provinces, {
    views: [{ rightToLeft: true, state: 'frozen', ySplit: 1 }],
  });
  summary.columns = provinceSummaryColumns.map(([key, header], i) => ({
    key: String(key),
    header,
    width: i === 0 ? 22 : Math.max(10, header.length + 4),
    style: key === 'completion' ? { numFmt: '0%' } : {},
  }));
  summary.getRow(1).font = { bold: true };
  for (const p of matrix.provinces)
    summary.addRow({
      ...p,
      done: p.byStatus.done,
      inProgress: p.byStatus.in_progress,
      notStarted: p.byStatus.not_started,
    });
  pageSetup(summary, true);

  // The same as a table, a row per resolution and a column per province, to read on screen.
  const provinces = matrix.provinces.map((p) => p.province);
  const table = book.addWorksheet(nationalSheetNames.table, {
    views: [{ rightToLeft: true, state: 'frozen', ySplit: 1, xSplit: 3 }],
  });
  table.columns = [
    { key: 'session', header: 'جلسه', width: 9 },
    { key: 'row', header: 'ردیف', width: 6 },
    { key: 'body', header: 'مصوبه', width: 50 },
    ...provinces.map((p, i) => ({ key: `p${i}`, header: p, width: 20 })),
  ];
  table.getRow(1).font = { bold: true };
  for (const r of matrix.resolutions) {
    const cells = new Map(r.provinces.map((c) => [c.province, c]));
    table.addRow({
      session: session(r),
      row: r.row,
      body: r.body,
      ...Object.fromEntries(
        provinces.map((p, i) => {
          const c = cells.get(p);
          return [`p${i}`, c ? cellText(c) : '—'];
        }),
      ),
    }).alignment = { wrapText: true, vertical: 'top' };
  }
  pageSetup(table, false);
  return Buffer.from(await book.xlsx.writeBuffer());
}
