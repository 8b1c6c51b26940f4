// A report as an Excel workbook (exceljs): right-to-left sheets, Persian headings, rates as
// percentages, numbers as numbers (so the office can sum and chart them), and printed on A4 one
// page wide with the heading row on every page.
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
    // The names' column as wide as the longest name, so none runs over into the numbers beside it.
    width: i === 0 ? Math.max(42, ...rows.map((r) => String(r[key] ?? '').length + 2)) : 14,
    style: rates.includes(key) ? { numFmt: '0%' } : {},
  }));
  ws.getRow(1).font = { bold: true };
  for (const r of rows) ws.addRow(Object.fromEntries(columns.map(([key]) => [String(key), r[key] ?? null])));
}

/** Column widths (in characters) that print on a portrait A4 page at full size; wider sheets print landscape. */
const PORTRAIT_WIDTH = 90;

/**
 * A4 (paper size 9), every column on one page across and as many pages down as the rows need
 * (`fitToPage` turns `fitToWidth`/`fitToHeight` on; without it Excel and LibreOffice ignore them,
 * and LibreOffice printed Letter with the labels on one page and the values on the next), the
 * heading row repeated at the top of each page, landscape when the columns are wide.
 */
function printSetup(ws: ExcelJS.Worksheet): void {
  const width = ws.columns.reduce((sum, c) => sum + (c.width ?? 9), 0);
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: 9, // A4 (ExcelJS.PaperSize.A4, a const enum isolatedModules cannot read)
    orientation: width > PORTRAIT_WIDTH ? 'landscape' : 'portrait',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: '1:1',
    horizontalCentered: true,
  };
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
  printSetup(ws);
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
