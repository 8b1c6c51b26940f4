// The dispatcher transports call: the synchronous operations go to the database dispatcher as
// they are; the few that work outside it (printing a PDF) are awaited here.
// Printing depends on the shell (Electron's printToPDF or a system Chromium), so it is passed in.
import { contract, type FileOutput, type PrintableMinutes, type PrintRequest, type Result } from '../../contract';
import type { PrintTarget } from '../../contract/print-target';
import type { Db } from '../db/open';
import { DabirError } from '../errors';
import { pdfFileName } from '../print/file-names';
import { sheetNames, type ReportKind } from '../reports/labels';
import { reportWorkbook, type ReportData } from '../reports/xlsx';
import { asOf } from '../services/follow-up';
import { annualReport, attendanceReport, responsibleReport } from '../services/reports';

interface XlsxRequest {
  report: ReportKind;
  workingGroupId: string;
  year: number;
  today?: string;
}
import { createDispatcher, isAsyncOperation, type Dispatch } from './dispatch';

export type AsyncDispatch = (op: string, input: unknown) => Promise<Result<unknown>>;

/** Prints the app's print page for a target and returns the PDF's bytes. */
export type PdfPrinter = (target: PrintTarget) => Promise<Uint8Array>;

export interface Shell {
  printPdf?: PdfPrinter;
}

const fail = (code: 'internal' | 'invalid_input', message: string, path: string | null = null): Result<never> => ({
  ok: false,
  error: { code, message, path },
});

export function createAsyncDispatcher(
  db: Db,
  shell: Shell = {},
  dispatch: Dispatch = createDispatcher(db),
): AsyncDispatch {
  const printable = (sessionId: string): Result<PrintableMinutes> =>
    dispatch('minutes.printable', { sessionId }) as Result<PrintableMinutes>;

  const run = {
    'minutes.pdf': async (request: PrintRequest): Promise<Result<FileOutput>> => {
      const p = printable(request.sessionId);
      if (!p.ok) return p;
      const amendment = request.amendmentId ? p.value.amendments.find((a) => a.id === request.amendmentId) : undefined;
      if (request.amendmentId && !amendment)
        return fail('invalid_input', 'این اصلاحیه از آنِ این جلسه نیست', 'amendmentId');
      if (!shell.printPdf) return fail('internal', 'چاپ PDF در این اجرای برنامه در دسترس نیست');
      const bytes = await shell.printPdf({ kind: 'minutes', ...request });
      return {
        ok: true,
        value: {
          fileName: pdfFileName(p.value.document, amendment?.number),
          mediaType: 'application/pdf',
          data: Buffer.from(bytes).toString('base64'),
        },
      };
    },
  };

  const reports = {
    annual: (i: XlsxRequest): ReportData => ({
      kind: 'annual',
      data: annualReport(db, i.workingGroupId, i.year, asOf(i.today)),
    }),
    attendance: (i: XlsxRequest): ReportData => ({
      kind: 'attendance',
      data: attendanceReport(db, i.workingGroupId, i.year),
    }),
    responsible: (i: XlsxRequest): ReportData => ({
      kind: 'responsible',
      data: responsibleReport(db, i.workingGroupId, i.year, asOf(i.today)),
    }),
  };
  const runXlsx = async (i: XlsxRequest): Promise<Result<FileOutput>> => {
    // Read in one transaction, so the workbook shows one moment of the data.
    const data = db.transaction(() => reports[i.report](i))();
    return {
      ok: true,
      value: {
        fileName: `${sheetNames[i.report]}-${i.year}.xlsx`,
        mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        data: (await reportWorkbook(data)).toString('base64'),
      },
    };
  };

  const runReportPdf = async (i: { workingGroupId: string; year: number }): Promise<Result<FileOutput>> => {
    // Refusals (no such group) in Persian before any printing starts.
    const check = dispatch('reports.annual', { workingGroupId: i.workingGroupId, year: i.year });
    if (!check.ok) return check;
    if (!shell.printPdf) return fail('internal', 'چاپ PDF در این اجرای برنامه در دسترس نیست');
    const bytes = await shell.printPdf({ kind: 'report', ...i });
    return {
      ok: true,
      value: {
        fileName: `گزارش-سال-${i.year}.pdf`,
        mediaType: 'application/pdf',
        data: Buffer.from(bytes).toString('base64'),
      },
    };
  };

  return async (op, input) => {
    if (!isAsyncOperation(op)) return dispatch(op, input);
    const parsed = contract[op].input.safeParse(input ?? {});
    if (!parsed.success) {
      const first = parsed.error.issues[0];
      return fail('invalid_input', first?.message ?? 'ورودی نامعتبر است', first?.path.join('.') ?? null);
    }
    try {
      if (op === 'reports.xlsx') return await runXlsx(parsed.data as XlsxRequest);
      if (op === 'reports.pdf') return await runReportPdf(parsed.data as { workingGroupId: string; year: number });
      return await run['minutes.pdf'](parsed.data as PrintRequest);
    } catch (e) {
      if (e instanceof DabirError) return { ok: false, error: { code: e.code, message: e.message, path: e.path } };
      return fail('internal', `کار انجام نشد و چیزی تغییر نکرد: ${e instanceof Error ? e.message : String(e)}`);
    }
  };
}
