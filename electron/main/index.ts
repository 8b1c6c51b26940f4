// Composition root of the Electron app: one instance, one database, one IPC handler, one window.
// Business logic lives in core; this file only wires it to Electron.
import path from 'node:path';
import { app, dialog, type BrowserWindow } from 'electron';
import { createAsyncDispatcher } from '../core/api/async-dispatch';
import { openDatabase, type Db } from '../core/db/open';
import { appFiles } from './app-files';
import { registerInvoke } from './ipc';
import { electronPrinter } from './print';
import { isPrintMode, runPrintMode } from './print-mode';
import { lockDownWebContents } from './security';
import { createMainWindow } from './window';

const files = appFiles(import.meta.dirname);
let mainWindow: BrowserWindow | null = null;

function start(): void {
  let db: Db;
  try {
    db = openDatabase(path.join(app.getPath('userData'), 'dabir.sqlite'));
  } catch (error) {
    // openDatabase explains itself in Persian (locked, newer than the app, damaged…).
    dialog.showErrorBox('دبیر', error instanceof Error ? error.message : String(error));
    app.exit(1);
    return;
  }
  app.on('will-quit', () => db.close());
  registerInvoke(createAsyncDispatcher(db, { printPdf: electronPrinter(files) }), files.page);
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
