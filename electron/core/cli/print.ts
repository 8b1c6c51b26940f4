// `dabir print SESSION --out FILE.pdf`: the same print page as the app, printed by Electron's own
// printToPDF where its binary is installed, otherwise by a Chromium found on the machine.
// `--out FILE.docx`: the Word copy, the same document as the app's «خروجی Word» (print-docx.ts).
// `--attendance-sheet`: the sheet the members sign during the session, as PDF.
// `--invitation`: the session's invitation, PDF or Word (print-invitation.ts).
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Amendment, PrintableMinutes, PrintRequest } from '../../contract';
import type { PrintTarget } from '../../contract/print-target';
import { createDispatcher } from '../api/dispatch';
import type { Db } from '../db/open';
import { DabirError } from '../errors';
import { chromiumPrinter, findChromium } from '../print/chromium';
import { withMinutesInfo } from '../services/minutes';
import type { Io } from './index';
import { projectRoot } from './project-root';

/** The built renderer: out/renderer, or DABIR_RENDERER_DIR (another build, or none, in tests). */
export const rendererDir = process.env.DABIR_RENDERER_DIR ?? path.join(projectRoot, 'out/renderer');

/** The print page and `dabir serve` need the built renderer: without it, one Persian line says what to run. */
export function requireBuiltRenderer(): void {
  if (!existsSync(path.join(rendererDir, 'index.html')))
    throw new DabirError(
      'invalid_input',
      'برنامه هنوز ساخته نشده است (out/renderer نیست)؛ نخست npm run build را اجرا کنید',
    );
}

/** The Electron executable when the package and its binary are installed, else null. */
export function electronBinary(): string | null {
  try {
    const dir = path.dirname(createRequire(import.meta.url).resolve('electron/package.json'));
    const exe = path.join(dir, 'dist', readFileSync(path.join(dir, 'path.txt'), 'utf8').trim());
    return existsSync(exe) ? exe : null;
  } catch {
    return null;
  }
}

export type Printer = { kind: 'electron'; path: string } | { kind: 'chromium'; path: string };

/** Electron first (the app's own printing), then a system Chromium; `DABIR_PRINTER=chromium` skips Electron. */
export function choosePrinter(): Printer {
  const electron = process.env.DABIR_PRINTER === 'chromium' ? null : electronBinary();
  if (electron && existsSync(path.join(projectRoot, 'out/main/index.js'))) return { kind: 'electron', path: electron };
  const chromium = findChromium();
  if (chromium) return { kind: 'chromium', path: chromium };
  throw new DabirError(
    'internal',
    'نه Electron نصب است و نه Chromium یا Chrome روی این رایانه پیدا شد؛ یکی را نصب کنید (یا مسیر Chromium را در DABIR_CHROMIUM بگذارید)',
  );
}

function amendmentRequest(db: Db, sessionId: string, amendment: string | undefined): PrintRequest {
  if (amendment === undefined) return { sessionId };
  const r = createDispatcher(db)('amendments.list', { sessionId });
  if (!r.ok) throw new DabirError(r.error.code, r.error.message);
  const wanted = Number(amendment);
  const found = (r.value as Amendment[]).find((a) => a.number === wanted);
  if (!found) throw new DabirError('not_found', `اصلاحیه شماره ${amendment} برای این جلسه ثبت نشده است`);
  return { sessionId, amendmentId: found.id };
}

function runElectron(
  exe: string,
  dbFile: string,
  target: PrintTarget & { sessionId: string },
  out: string,
): Promise<void> {
  const args = [path.join(projectRoot, 'out/main/index.js'), '--dabir-print', '--db', dbFile];
  args.push('--session', target.sessionId, '--out', out);
  if (target.kind === 'minutes' && target.amendmentId) args.push('--amendment', target.amendmentId);
  if (target.kind === 'attendance') args.push('--attendance-sheet');
  if (target.kind === 'invitation') args.push('--invitation', ...(target.mode ? ['--mode', target.mode] : []));
  return electronPrint(exe, args);
}

/** Runs `electron out/main/index.js --dabir-print …` (main/print-mode.ts) and waits for it to write. */
export function electronPrint(exe: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(exe, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new DabirError('internal', `Electron چاپ نکرد: ${stderr.trim() || code}`)),
    );
  });
}

export async function printCommand(
  db: Db,
  dbFile: string,
  sessionId: string,
  options: {
    out: string | undefined;
    amendment: string | undefined;
    attendanceSheet?: boolean;
    invitation?: { copies: boolean };
  },
  io: Io,
): Promise<number> {
  if (!options.out) throw new DabirError('invalid_input', 'پرونده خروجی را با --out FILE.pdf یا FILE.docx نام ببرید');
  if (options.invitation)
    return (await import('./print-invitation')).invitationCommand(
      db,
      dbFile,
      sessionId,
      { out: options.out, amendment: options.amendment, copies: options.invitation.copies },
      io,
    );
  const word = path.extname(options.out).toLowerCase() === '.docx';
  if (options.attendanceSheet) {
    if (word || options.amendment !== undefined)
      throw new DabirError(
        'invalid_input',
        'برگه حضور و غیاب تنها PDF است و اصلاحیه ندارد: --attendance-sheet --out FILE.pdf',
      );
    return printPdf(db, dbFile, { kind: 'attendance', sessionId }, options.out, io);
  }
  // As in the app, the Word copy is of the minutes only; an amendment prints as PDF.
  if (word && options.amendment !== undefined)
    throw new DabirError(
      'invalid_input',
      'نسخه Word تنها از صورتجلسه ساخته می‌شود؛ اصلاحیه را با --out FILE.pdf چاپ کنید',
    );
  const request = amendmentRequest(db, sessionId, options.amendment);
  // Persian refusals (no such session, no such amendment) before any browser starts.
  const check = createDispatcher(db)('minutes.printable', { sessionId });
  if (!check.ok) throw new DabirError(check.error.code, check.error.message);
  if (word) {
    const started = performance.now();
    const { minutesWord } = await import('./print-docx');
    writeFileSync(options.out, await minutesWord(check.value as PrintableMinutes));
    io.err(`نوشته شد: ${options.out} (${Math.round(performance.now() - started)} ms)`);
    return 0;
  }
  return printPdf(db, dbFile, { kind: 'minutes', ...request }, options.out, io);
}

/** A print page to PDF: with Electron where installed, else a system Chromium behind a host of its own. */
export async function printPdf(
  db: Db,
  dbFile: string,
  target: PrintTarget & { sessionId: string },
  out: string,
  io: Io,
): Promise<number> {
  // Persian refusals (no such session) before any browser starts.
  if (target.kind === 'attendance') {
    const check = createDispatcher(db)('attendance.sheet', { sessionId: target.sessionId });
    if (!check.ok) throw new DabirError(check.error.code, check.error.message);
  }
  requireBuiltRenderer();
  const printer = choosePrinter();
  const started = performance.now();
  if (printer.kind === 'electron') {
    io.err(`چاپ با Electron (printToPDF): ${printer.path}`);
    await runElectron(printer.path, dbFile, target, out);
  } else {
    io.err(`Electron نصب نیست؛ چاپ با Chromium سیستم: ${printer.path}`);
    const { startHost } = await import('../host/server');
    const host = await startHost({ dispatch: createDispatcher(db), rendererDir });
    const chromium = chromiumPrinter(`http://127.0.0.1:${host.port}`, host.token);
    try {
      writeFileSync(out, withMinutesInfo(db, target.sessionId, await chromium.print(target)));
    } finally {
      await chromium.close();
      await host.close();
    }
  }
  io.err(`نوشته شد: ${out} (${Math.round(performance.now() - started)} ms)`);
  return 0;
}
