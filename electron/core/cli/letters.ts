// `dabir print SESSION --letters --out DIR`: a final session's notification letters, one PDF per
// responsible organisation; `dabir print --overdue-letters --group NAME --out DIR [--today D]`:
// the group's follow-up letters, one per organisation with overdue resolutions. `--word` (or
// `--docx`) writes the Word copies instead, built by the app's own code (print/letter-docx.ts).
// PDFs print as `dabir print` does: Electron's printToPDF where installed, else a system Chromium.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FileOutput, PrintableLetters, WhichLetters } from '../../contract';
import { toPersianDigits } from '../../contract/persian-text';
import type { PrintTarget } from '../../contract/print-target';
import { createAsyncDispatcher } from '../api/async-dispatch';
import { createDispatcher } from '../api/dispatch';
import type { Db } from '../db/open';
import { DabirError } from '../errors';
import { chromiumPrinter } from '../print/chromium';
import { lettersFileName } from '../print/file-names';
import type { PdfPrinter } from '../services/shell';
import type { Io } from './index';
import { choosePrinter, electronPrint, rendererDir, requireBuiltRenderer } from './print';
import { projectRoot } from './project-root';

/** A printer for the letters and its closing: Electron one PDF a run, or one Chromium for them all. */
async function letterPrinter(
  db: Db,
  dbFile: string,
  io: Io,
): Promise<{ print: PdfPrinter; close: () => Promise<void> }> {
  requireBuiltRenderer();
  const printer = choosePrinter();
  if (printer.kind === 'electron') {
    io.err(`چاپ با Electron (printToPDF): ${printer.path}`);
    const dir = mkdtempSync(path.join(os.tmpdir(), 'dabir-letters-'));
    return {
      print: async (target: PrintTarget) => {
        const out = path.join(dir, 'letter.pdf');
        const main = path.join(projectRoot, 'out/main/index.js');
        await electronPrint(printer.path, [
          main,
          '--dabir-print',
          '--db',
          dbFile,
          '--target',
          JSON.stringify(target),
          '--out',
          out,
        ]);
        return new Uint8Array(readFileSync(out));
      },
      close: () => Promise.resolve(rmSync(dir, { recursive: true, force: true })),
    };
  }
  io.err(`Electron نصب نیست؛ چاپ با Chromium سیستم: ${printer.path}`);
  const { startHost } = await import('../host/server');
  const host = await startHost({ dispatch: createDispatcher(db), rendererDir });
  const chromium = chromiumPrinter(`http://127.0.0.1:${host.port}`, host.token);
  return {
    print: chromium.print,
    close: async () => {
      await chromium.close();
      await host.close();
    },
  };
}

function printable(db: Db, which: WhichLetters): PrintableLetters {
  const r = createDispatcher(db)('letters.printable', which);
  if (!r.ok) throw new DabirError(r.error.code, r.error.message);
  return r.value as PrintableLetters;
}

/** A file name not yet used in this run (two organisations whose names fold to the same one). */
function unique(used: Set<string>, name: string): string {
  let candidate = name;
  for (let i = 2; used.has(candidate); i++) candidate = name.replace(/(\.[a-z]+)$/, `-${i}$1`);
  used.add(candidate);
  return candidate;
}

export async function lettersCommand(
  db: Db,
  dbFile: string,
  which: WhichLetters,
  options: { out: string | undefined; word: boolean },
  io: Io,
): Promise<number> {
  if (!options.out) throw new DabirError('invalid_input', 'پوشه خروجی نامه‌ها را با --out DIR نام ببرید');
  // Persian refusals (a draft session, nothing overdue) before any folder or browser.
  const all = printable(db, which);
  mkdirSync(options.out, { recursive: true });
  const started = performance.now();
  const used = new Set<string>();
  const write = (name: string, data: Uint8Array) => {
    const file = path.join(options.out!, unique(used, name));
    writeFileSync(file, data);
    io.out(file);
  };
  if (options.word) {
    const [{ Packer }, { lettersDocx }, { docxFonts }] = await Promise.all([
      import('docx'),
      import('../../../renderer/src/print/letter-docx'),
      import('./print-docx'),
    ]);
    const fonts = docxFonts();
    for (const entry of all.letters) {
      const one = { ...all, letters: [entry] };
      write(lettersFileName(all, entry.organization, 'docx'), await Packer.toBuffer(lettersDocx(one, fonts)));
    }
  } else {
    const printer = await letterPrinter(db, dbFile, io);
    try {
      const run = createAsyncDispatcher(db, { printPdf: printer.print });
      const asked = which.kind === 'follow_up' ? { ...which, today: all.today } : which;
      for (const entry of all.letters) {
        const r = await run('letters.pdf', { ...asked, key: entry.key });
        if (!r.ok) throw new DabirError(r.error.code, r.error.message);
        const file = r.value as FileOutput;
        write(file.fileName, Buffer.from(file.data, 'base64'));
      }
    } finally {
      await printer.close();
    }
  }
  io.err(
    `${toPersianDigits(all.letters.length)} نامه نوشته شد در ${options.out} (${Math.round(performance.now() - started)} ms)`,
  );
  return 0;
}
