// The dispatcher transports call: the synchronous operations go to the database dispatcher as
// they are; the few marked `async` in the contract (printing a PDF, files, dialogs) are awaited
// here, through the same parse step and failure shape as the synchronous ones.
// Printing depends on the shell (Electron's printToPDF or a system Chromium), so it is passed in.
import type { AsyncOperationName, BundleWritten, OutputOf, ParsedInputOf, Result } from '../../contract';
import type { PrintTarget } from '../../contract/print-target';
import { bundlePlan, recordExport, writeBundle } from '../bundle/export';
import { bundleFileName } from '../bundle/file';
import { fingerprint } from '../bundle/identity';
import type { Db } from '../db/open';
import { DabirError } from '../errors';
import { pdfFileName } from '../print/file-names';
import { sheetNames } from '../../contract/report-labels';
import { writeWorkbook } from '../reports/lazy-xlsx';
import type { ReportData } from '../reports/xlsx';
import { handlers } from '../services';
import { asOf } from '../services/typed-values';
import type { AsyncHandlers, AsyncHandlerTable } from '../services/handlers';
import { annualReport, attendanceReport, responsibleReport } from '../services/reports';
import { storageHandlers } from './async-storage';
import {
  createDispatcher,
  failureOf,
  isAsyncOperation,
  oversized,
  parseInput,
  runInTransaction,
  type Dispatch,
} from './dispatch';

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

const noPrinter = () => new DabirError('internal', 'چاپ PDF در این اجرای برنامه در دسترس نیست');

type XlsxRequest = ParsedInputOf<'reports.xlsx'>;
const reports = {
  annual: (db: Db, i: XlsxRequest): ReportData => ({
    kind: 'annual',
    data: annualReport(db, i.workingGroupId, i.year, asOf(i.today)),
  }),
  attendance: (db: Db, i: XlsxRequest): ReportData => ({
    kind: 'attendance',
    data: attendanceReport(db, i.workingGroupId, i.year),
  }),
  responsible: (db: Db, i: XlsxRequest): ReportData => ({
    kind: 'responsible',
    data: responsibleReport(db, i.workingGroupId, i.year, asOf(i.today)),
  }),
};

/** The printing and packing handlers; `exporting` is this dispatcher's own: one bundle at a time. */
function fileHandlers(): AsyncHandlers<'minutes.pdf' | 'reports.xlsx' | 'reports.pdf' | 'bundle.export'> {
  let exporting = false;
  return {
    'minutes.pdf': async (db, request, shell) => {
      const p = runInTransaction(db, handlers, 'minutes.printable', { sessionId: request.sessionId });
      const amendment = request.amendmentId ? p.amendments.find((a) => a.id === request.amendmentId) : undefined;
      if (request.amendmentId && !amendment)
        throw new DabirError('invalid_input', 'این اصلاحیه از آنِ این جلسه نیست', 'amendmentId');
      if (!shell.printPdf) throw noPrinter();
      const bytes = await shell.printPdf({ kind: 'minutes', ...request });
      return {
        fileName: pdfFileName(p.document, amendment?.number),
        mediaType: 'application/pdf',
        data: Buffer.from(bytes).toString('base64'),
      };
    },
    'reports.xlsx': async (db, i) => {
      // Read in one transaction, so the workbook shows one moment of the data.
      const data = db.transaction(() => reports[i.report](db, i))();
      return {
        fileName: `${sheetNames[i.report]}-${i.year}.xlsx`,
        mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        data: (await writeWorkbook(data)).toString('base64'),
      };
    },
    'reports.pdf': async (db, i, shell) => {
      // Refusals (no such group) in Persian before any printing starts.
      runInTransaction(db, handlers, 'reports.annual', { workingGroupId: i.workingGroupId, year: i.year });
      if (!shell.printPdf) throw noPrinter();
      const bytes = await shell.printPdf({ kind: 'report', ...i });
      return {
        fileName: `گزارش-سال-${i.year}.pdf`,
        mediaType: 'application/pdf',
        data: Buffer.from(bytes).toString('base64'),
      };
    },
    'bundle.export': async (db, i, shell): Promise<BundleWritten> => {
      if (!shell.chooseSavePath) throw new DabirError('internal', 'ذخیره پرونده در این اجرای برنامه در دسترس نیست');
      if (exporting) throw new DabirError('invalid_input', 'بسته دیگری در حال ساخته شدن است؛ صبر کنید تا تمام شود');
      exporting = true;
      try {
        // Refusals (nothing changed, not named yet) come before any dialog.
        const plan = bundlePlan(db, { full: i.full });
        const file = await shell.chooseSavePath(bundleFileName(plan), 'bundle');
        if (file === null) return { saved: false };
        const exported = writeBundle(db, file, { full: i.full });
        // Remembered only now that the file is whole: a failed write never skips changes.
        recordExport(db, exported);
        const m = exported.manifest;
        return {
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
        };
      } catch (e) {
        if (e instanceof DabirError) throw e;
        const full = e instanceof Error && 'code' in e && e.code === 'ENOSPC';
        throw new DabirError(
          'storage',
          full
            ? 'جا برای بسته نیست (دیسک یا حافظه جانبی پر است)؛ چیزی فرستاده‌شده به حساب نیامد. جای دیگری را انتخاب کنید.'
            : `بسته نوشته نشد (${e instanceof Error ? e.message : String(e)})؛ چیزی فرستاده‌شده به حساب نیامد.`,
        );
      } finally {
        exporting = false;
      }
    },
  };
}

/** A fresh async table: its state (one export, one storage job, the import batch) is per dispatcher. */
export const createAsyncHandlers = (): AsyncHandlerTable => ({ ...fileHandlers(), ...storageHandlers() });

/** The one generic call site: indexing the table by K gives K's own handler. */
const runAsync = <K extends AsyncOperationName>(
  table: AsyncHandlerTable,
  db: Db,
  op: K,
  input: ParsedInputOf<K>,
  shell: Shell,
): Promise<OutputOf<K>> => table[op](db, input, shell);

export function createAsyncDispatcher(
  db: Db,
  shell: Shell = {},
  dispatch: Dispatch = createDispatcher(db),
): AsyncDispatch {
  const table = createAsyncHandlers();
  return async (op, input) => {
    if (!isAsyncOperation(op)) return dispatch(op, input);
    const tooBig = oversized(op, input);
    if (tooBig) return tooBig;
    const parsed = parseInput(op, input);
    if (!parsed.ok) return parsed;
    try {
      return { ok: true, value: await runAsync(table, db, op, parsed.value, shell) };
    } catch (e) {
      return failureOf(e);
    }
  };
}
