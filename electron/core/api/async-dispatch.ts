// The dispatcher transports call: the synchronous operations go to the database dispatcher as
// they are; the few that work outside it (printing a PDF) are awaited here.
// Printing depends on the shell (Electron's printToPDF or a system Chromium), so it is passed in.
import {
  contract,
  type BundleWritten,
  type FileOutput,
  type PrintableMinutes,
  type PrintRequest,
  type Result,
} from '../../contract';
import type { PrintTarget } from '../../contract/print-target';
import { bundlePlan, recordExport, writeBundle } from '../bundle/export';
import { bundleFileName } from '../bundle/file';
import { fingerprint } from '../bundle/identity';
import type { Db } from '../db/open';
import { DabirError } from '../errors';
import { pdfFileName } from '../print/file-names';
import { sheetNames, type ReportKind } from '../../contract/report-labels';
import { writeWorkbook } from '../reports/lazy-xlsx';
import type { ReportData } from '../reports/xlsx';
import { asOf } from '../services/follow-up';
import { annualReport, attendanceReport, responsibleReport } from '../services/reports';

interface XlsxRequest {
  report: ReportKind;
  workingGroupId: string;
  year: number;
  today?: string;
}
import { storageRunners } from './async-storage';
import { createDispatcher, failureOf, isAsyncOperation, oversized, type Dispatch } from './dispatch';

export type AsyncDispatch = (op: string, input: unknown) => Promise<Result<unknown>>;

/** Prints the app's print page for a target and returns the PDF's bytes. */
export type PdfPrinter = (target: PrintTarget) => Promise<Uint8Array>;

export interface Shell {
  printPdf?: PdfPrinter;
  /**
   * Where to write a file offered under `suggestedName`: Electron's save dialog (null when the
   * secretary cancels), or the browser host's outbox folder beside the data file.
   */
  chooseSavePath?: (suggestedName: string, kind: 'bundle' | 'backup') => Promise<string | null>;
  /**
   * Which backup file to restore: Electron's open dialog (null when cancelled), or in the browser
   * host the newest file of its outbox of saved backups.
   */
  chooseBackupFile?: () => Promise<string | null>;
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
        data: (await writeWorkbook(data)).toString('base64'),
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

  const storage = storageRunners(db, shell);
  let exporting = false;
  const runBundleExport = async (i: { full: boolean }): Promise<Result<BundleWritten>> => {
    if (!shell.chooseSavePath) return fail('internal', 'ذخیره پرونده در این اجرای برنامه در دسترس نیست');
    if (exporting) return fail('invalid_input', 'بسته دیگری در حال ساخته شدن است؛ صبر کنید تا تمام شود');
    exporting = true;
    try {
      // Refusals (nothing changed, not named yet) come before any dialog.
      const plan = bundlePlan(db, { full: i.full });
      const file = await shell.chooseSavePath(bundleFileName(plan), 'bundle');
      if (file === null) return { ok: true, value: { saved: false } };
      const exported = writeBundle(db, file, { full: i.full });
      // Remembered only now that the file is whole: a failed write never skips changes.
      recordExport(db, exported);
      const m = exported.manifest;
      return {
        ok: true,
        value: {
          saved: true,
          path: file,
          size: exported.size,
          full: m.full,
          fromSeq: m.fromSeq,
          toSeq: m.toSeq,
          counts: m.counts,
          attachments: m.attachments.length,
          hash: exported.hash,
          fingerprint: fingerprint(m.secretariat.publicKey),
        },
      };
    } catch (e) {
      if (e instanceof DabirError) throw e;
      const code = (e as NodeJS.ErrnoException).code;
      throw new DabirError(
        'storage',
        code === 'ENOSPC'
          ? 'جا برای بسته نیست (دیسک یا حافظه جانبی پر است)؛ چیزی فرستاده‌شده به حساب نیامد. جای دیگری را انتخاب کنید.'
          : `بسته نوشته نشد (${e instanceof Error ? e.message : String(e)})؛ چیزی فرستاده‌شده به حساب نیامد.`,
      );
    } finally {
      exporting = false;
    }
  };

  return async (op, input) => {
    if (!isAsyncOperation(op)) return dispatch(op, input);
    const tooBig = oversized(op, input);
    if (tooBig) return tooBig;
    const parsed = contract[op].input.safeParse(input ?? {});
    if (!parsed.success) {
      const first = parsed.error.issues[0];
      return fail('invalid_input', first?.message ?? 'ورودی نامعتبر است', first?.path.join('.') ?? null);
    }
    try {
      if (op === 'reports.xlsx') return await runXlsx(parsed.data as XlsxRequest);
      if (op === 'reports.pdf') return await runReportPdf(parsed.data as { workingGroupId: string; year: number });
      if (op === 'bundle.export') return await runBundleExport(parsed.data as { full: boolean });
      if (op === 'minutes.pdf') return await run['minutes.pdf'](parsed.data as PrintRequest);
      return await storage(op, parsed.data);
    } catch (e) {
      return failureOf(e);
    }
  };
}
