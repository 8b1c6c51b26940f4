// `electron out/main/index.js --dabir-print --db PATH --session ID [--amendment ID | --attendance-sheet |
// --invitation [--mode each|copies]] --out FILE`:
// what `dabir print` runs when Electron is installed. No visible window; exits when written.
// `--target JSON --out FILE`: any print target (letters), written as printed.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { app } from 'electron';
import { createAsyncDispatcher } from '../core/api/async-dispatch';
import { openDatabase } from '../core/db/open';
import { withMinutesInfo } from '../core/services/minutes';
import type { AppFiles } from './app-files';
import type { PrintTarget } from '../contract/print-target';
import { registerInvoke } from './ipc';
import { electronPrinter } from './print';

export const PRINT_FLAG = '--dabir-print';

export function isPrintMode(argv: readonly string[]): boolean {
  return argv.includes(PRINT_FLAG);
}

export async function runPrintMode(argv: readonly string[], files: AppFiles): Promise<void> {
  const { values } = parseArgs({
    args: argv.slice(argv.indexOf(PRINT_FLAG) + 1),
    options: {
      db: { type: 'string' },
      session: { type: 'string' },
      amendment: { type: 'string' },
      'attendance-sheet': { type: 'boolean' },
      invitation: { type: 'boolean' },
      mode: { type: 'string' },
      out: { type: 'string' },
      target: { type: 'string' },
    },
  });
  if (!values.db || !values.out || (!values.session && !values.target))
    throw new Error('--db, --session (or --target) and --out are required');
  await app.whenReady();
  const db = openDatabase(values.db);
  try {
    const print = electronPrinter(files);
    registerInvoke(createAsyncDispatcher(db, { printPdf: print }), files.page);
    if (values.target) {
      // The command line checked the target and adds the PDF's information itself.
      writeFileSync(values.out, await print(JSON.parse(values.target) as PrintTarget));
      return;
    }
    if (!values.session) return;
    const mode = values.mode === 'each' || values.mode === 'copies' ? values.mode : undefined;
    const pdf = await print(
      values.invitation
        ? { kind: 'invitation', sessionId: values.session, mode }
        : values['attendance-sheet']
          ? { kind: 'attendance', sessionId: values.session }
          : { kind: 'minutes', sessionId: values.session, amendmentId: values.amendment },
    );
    writeFileSync(values.out, withMinutesInfo(db, values.session, pdf));
  } finally {
    db.close();
  }
}
