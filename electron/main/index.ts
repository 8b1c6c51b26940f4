// Composition root of the Electron app: one instance, one database, one IPC handler, one window.
// Business logic lives in core; this file only wires it to Electron.
import path from 'node:path';
import { app, dialog, type BrowserWindow } from 'electron';
import { createAsyncDispatcher } from '../core/api/async-dispatch';
import { claimRole } from '../core/db/installation';
import { startBackups } from '../core/backup/schedule';
import { openWithBackups } from '../core/backup/open';
import { repairDataFile } from '../core/backup/repair';
import { restoreOverDamaged } from '../core/backup/restore';
import type { Db } from '../core/db/open';
import { BrokenLinksError, DamagedFileError } from '../core/errors';
import { appFiles } from './app-files';
import { registerInvoke } from './ipc';
import { electronPrinter } from './print';
import { isPrintMode, runPrintMode } from './print-mode';
import { lockDownWebContents } from './security';
import { createMainWindow } from './window';

const files = appFiles(import.meta.dirname);
let mainWindow: BrowserWindow | null = null;

/** Where a bundle for headquarters or a backup goes: the save dialog, opened on the Documents folder. */
async function chooseSavePath(suggestedName: string, kind: 'bundle' | 'backup'): Promise<string | null> {
  const options = {
    defaultPath: path.join(app.getPath('documents'), suggestedName),
    filters: [
      kind === 'bundle'
        ? { name: 'بسته دبیر', extensions: ['dabir'] }
        : { name: 'پشتیبان رمزگذاری‌شده دبیر', extensions: ['age'] },
    ],
  };
  const chosen = mainWindow ? await dialog.showSaveDialog(mainWindow, options) : await dialog.showSaveDialog(options);
  return chosen.canceled || !chosen.filePath ? null : chosen.filePath;
}

/** Which backup file to restore: the open dialog (saved backups are `.age`; a plain `.sqlite` is taken too). */
async function chooseBackupFile(): Promise<string | null> {
  const options = {
    defaultPath: app.getPath('documents'),
    properties: ['openFile' as const],
    filters: [{ name: 'پشتیبان دبیر', extensions: ['age', 'sqlite'] }],
  };
  const chosen = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options);
  return chosen.canceled ? null : (chosen.filePaths[0] ?? null);
}

/**
 * Opens the data file with its backups (before a migration, at start). A damaged file is never
 * started on: the secretary is told, and offered the latest good backup, the damaged file kept
 * aside. Rows pointing at rows gone (an outside tool's DELETE) can also be repaired, after the
 * secretary confirms, the file kept aside as a backup first.
 */
async function openDataFile(file: string): Promise<Db | null> {
  try {
    return await openWithBackups(file);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const repairable = error instanceof BrokenLinksError;
    if (!(error instanceof DamagedFileError) || (!error.latestGood && !repairable)) {
      dialog.showErrorBox('دبیر', message);
      return null;
    }
    const buttons = [
      ...(repairable ? ['درست کردن پرونده (نخست پشتیبانی از آن کنار گذاشته می‌شود)'] : []),
      ...(error.latestGood ? ['بازگرداندن آخرین پشتیبان سالم'] : []),
      'خروج',
    ];
    const choice = await dialog.showMessageBox({
      type: 'error',
      title: 'دبیر',
      message: repairable ? 'پیوند ردیف‌های پرونده داده گسسته است' : 'پرونده داده آسیب دیده است',
      detail: message,
      buttons,
      defaultId: 0,
      cancelId: buttons.length - 1,
    });
    const chosen = buttons[choice.response];
    if (chosen === 'خروج' || chosen === undefined) return null;
    if (chosen.startsWith('درست کردن')) {
      const repaired = await repairDataFile(file);
      await dialog.showMessageBox({
        type: 'info',
        title: 'دبیر',
        message: 'پرونده داده درست شد',
        detail: [...repaired.done, `پرونده پیش از درست کردن: ${repaired.backup ?? ''}`].join('\n'),
      });
    } else await restoreOverDamaged(file, error.latestGood!);
    return openWithBackups(file);
  }
}

async function start(): Promise<void> {
  // `--hq`: headquarters, on its own data file; a province's file is never turned into one.
  const hq = process.argv.includes('--hq');
  const db = await openDataFile(path.join(app.getPath('userData'), hq ? 'dabir-hq.sqlite' : 'dabir.sqlite'));
  if (!db) {
    app.exit(1);
    return;
  }
  try {
    if (hq) claimRole(db, 'headquarters');
  } catch (error) {
    dialog.showErrorBox('دبیر', error instanceof Error ? error.message : String(error));
    app.exit(1);
    return;
  }
  const stopBackups = startBackups(db, { onError: (error) => console.error('dabir: backup', error) });
  // Quitting waits for the closing backup (core decides whether one is needed), then exits
  // (app.exit emits no second before-quit).
  let closing: Promise<void> | null = null;
  app.on('before-quit', (event) => {
    event.preventDefault();
    closing ??= stopBackups().finally(() => {
      db.close();
      app.exit(0);
    });
  });
  registerInvoke(
    createAsyncDispatcher(db, { printPdf: electronPrinter(files), chooseSavePath, chooseBackupFile }),
    files.page,
  );
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
