// Composition root of the Electron app: one instance, one database, one IPC handler, one window.
// Business logic lives in core; this file only wires it to Electron.
import path from 'node:path';
import { app, dialog, type BrowserWindow } from 'electron';
import { createAsyncDispatcher } from '../core/api/async-dispatch';
import { claimRole } from '../core/db/installation';
import { openDatabase, type Db } from '../core/db/open';
import { appFiles } from './app-files';
import { registerInvoke } from './ipc';
import { electronPrinter } from './print';
import { isPrintMode, runPrintMode } from './print-mode';
import { lockDownWebContents } from './security';
import { createMainWindow } from './window';

const files = appFiles(import.meta.dirname);
let mainWindow: BrowserWindow | null = null;

/** Where a bundle for headquarters goes: the save dialog, opened on the Documents folder. */
async function chooseSavePath(suggestedName: string): Promise<string | null> {
  const options = {
    defaultPath: path.join(app.getPath('documents'), suggestedName),
    filters: [{ name: 'بسته دبیر', extensions: ['dabir'] }],
  };
  const chosen = mainWindow ? await dialog.showSaveDialog(mainWindow, options) : await dialog.showSaveDialog(options);
  return chosen.canceled || !chosen.filePath ? null : chosen.filePath;
}

function start(): void {
  let db: Db;
  // `--hq`: headquarters, on its own data file; a province's file is never turned into one.
  const hq = process.argv.includes('--hq');
  try {
    db = openDatabase(path.join(app.getPath('userData'), hq ? 'dabir-hq.sqlite' : 'dabir.sqlite'));
    if (hq) claimRole(db, 'headquarters');
  } catch (error) {
    // openDatabase explains itself in Persian (locked, newer than the app, damaged…).
    dialog.showErrorBox('دبیر', error instanceof Error ? error.message : String(error));
    app.exit(1);
    return;
  }
  app.on('will-quit', () => db.close());
  registerInvoke(createAsyncDispatcher(db, { printPdf: electronPrinter(files), chooseSavePath }), files.page);
  mainWindow = createMainWindow(files);
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

function focusExistingWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
}

if (isPrintMode(process.argv)) {
  // `dabir print` with Electron: a PDF and out, beside a running app if there is one (WAL allows it).
  lockDownWebContents(files.page);
  runPrintMode(process.argv, files).then(
    () => app.exit(0),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : String(error));
      app.exit(1);
    },
  );
} else if (app.requestSingleInstanceLock()) {
  // A second launch would open the same SQLite file twice; it hands over to the first instead.
  lockDownWebContents(files.page);
  app.on('second-instance', focusExistingWindow);
  app.on('window-all-closed', () => app.quit());
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      console.error('dabir: the app could not start', error);
      app.exit(1);
    });
} else {
  app.quit();
}
