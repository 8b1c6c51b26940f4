// Headquarters' national matrix as an Excel workbook: one sheet with a row per national resolution
// and a column per province (its status, «گذشته از مهلت» when overdue, its last report's date),
// and one with each province's completion. Right to left, A4 landscape, heading row on every page.
import ExcelJS from 'exceljs';
import type { NationalMatrix } from '../../contract';
import {
  nationalSheetNames,
  nationalStatusWords,
  noWord,
  overdueMark,
  provinceSummaryColumns,
} from '../../contract/national-labels';
import { toPersianDigits } from '../../contract/persian-text';
import { formatDeadline } from '../../contract/deadline-text';

function pageSetup(ws: ExcelJS.Worksheet): void {
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: 9, // A4
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: '1:1',
  };
}

/** What a cell of the matrix says: the status (or no word yet), overdue, and the last report's date. */
export function cellText(c: NationalMatrix['resolutions'][number]['provinces'][number]): string {
  const parts = [c.status === null ? noWord : nationalStatusWords[c.status]];
  if (c.overdue) parts.push(overdueMark);
  if (c.lastReport) parts.push(`گزارش ${toPersianDigits(c.lastReport.date)}`);
  return parts.join('، ');
}

export async function nationalWorkbook(matrix: NationalMatrix): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'دبیر';
  const provinces = matrix.provinces.map((p) => p.province);
  const ws = book.addWorksheet(nationalSheetNames.matrix, {
    views: [{ rightToLeft: true, state: 'frozen', ySplit: 1, xSplit: 3 }],
  });
  ws.columns = [
    { key: 'session', header: 'جلسه', width: 16 },
    { key: 'row', header: 'ردیف', width: 6 },
    { key: 'body', header: 'مصوبه', width: 60 },
    { key: 'deadline', header: 'مهلت اقدام', width: 14 },
    ...provinces.map((p, i) => ({ key: `p${i}`, header: p, width: 22 })),
  ];
  ws.getRow(1).font = { bold: true };
  for (const r of matrix.resolutions) {
    const cells = new Map(r.provinces.map((c) => [c.province, c]));
    const row = ws.addRow({
      session: `${toPersianDigits(r.sessionNumber)}/${toPersianDigits(r.sessionYear)}`,
      row: r.row,
      body: r.title ? `${r.title}: ${r.body}` : r.body,
      deadline: formatDeadline(r.deadline),
      ...Object.fromEntries(
        provinces.map((p, i) => {
          const c = cells.get(p);
          return [`p${i}`, c ? cellText(c) : '—'];
        }),
      ),
    });
    row.alignment = { wrapText: true, vertical: 'top' };
  }
  pageSetup(ws);

  const summary = book.addWorksheet(nationalSheetNames.provinces, {
    views: [{ rightToLeft: true, state: 'frozen', ySplit: 1 }],
  });
  summary.columns = provinceSummaryColumns.map(([key, header], i) => ({
    key: String(key),
    header,
    width: i === 0 ? 24 : 14,
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
  pageSetup(summary);
  return Buffer.from(await book.xlsx.writeBuffer());
}
