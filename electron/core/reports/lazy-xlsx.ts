// ExcelJS is large (about a quarter of a second to load): the app and the command line load it
// only when a workbook is written, not at every start.
import type { ReportData } from './xlsx';

export async function writeWorkbook(data: ReportData): Promise<Buffer> {
  const { reportWorkbook } = await import('./xlsx');
  return reportWorkbook(data);
}
