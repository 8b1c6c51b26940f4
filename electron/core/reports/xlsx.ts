// A report as an Excel workbook (exceljs): right-to-left sheets, Persian headings, rates as
// percentages, numbers as numbers (so the office can sum and chart them).
import ExcelJS from 'exceljs';
import type { AnnualReport, AttendanceReportRow, ResponsibleReportRow } from '../../contract';
import {
  annualLabels,
  attendanceColumns,
  responsibleColumns,
  sheetNames,
  type ReportKind,
} from '../../contract/report-labels';

export type ReportData =
  | { kind: 'annual'; data: AnnualReport }
  | { kind: 'attendance'; data: AttendanceReportRow[] }
  | { kind: 'responsible'; data: ResponsibleReportRow[] };

function sheet(book: ExcelJS.Workbook, kind: ReportKind): ExcelJS.Worksheet {
  return book.addWorksheet(sheetNames[kind], { views: [{ rightToLeft: true, state: 'frozen', ySplit: 1 }] });
}

function table<T>(ws: ExcelJS.Worksheet, columns: [keyof T, string][], rows: readonly T[], rates: (keyof T)[]): void {
  ws.columns = columns.map(([key, header], i) => ({
    key: String(key),
    header,
    width: i === 0 ? 42 : 14,
    style: rates.includes(key) ? { numFmt: '0%' } : {},
  }));
  ws.getRow(1).font = { bold: true };
  for (const r of rows) ws.addRow(Object.fromEntries(columns.map(([key]) => [String(key), r[key] ?? null])));
}

export async function reportWorkbook(report: ReportData): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'دبیر';
  const ws = sheet(book, report.kind);
  if (report.kind === 'annual') {
    ws.columns = [
      { key: 'label', header: 'شاخص', width: 28 },
      { key: 'value', header: 'مقدار', width: 60 },
    ];
    ws.getRow(1).font = { bold: true };
    for (const [key, label] of annualLabels) ws.addRow({ label, value: report.data[key] });
  } else if (report.kind === 'attendance') table(ws, attendanceColumns, report.data, ['rate']);
  else table(ws, responsibleColumns, report.data, ['completionRate']);
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** Reads a sheet back as rows of cell values (tests and `dabir report` checks use it). */
export async function readWorkbook(
  bytes: Uint8Array,
): Promise<{ name: string; rightToLeft: boolean; rows: unknown[][] }[]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return book.worksheets.map((ws) => {
    const rows: unknown[][] = [];
    ws.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    return { name: ws.name, rightToLeft: ws.views[0]?.rightToLeft === true, rows };
  });
}
