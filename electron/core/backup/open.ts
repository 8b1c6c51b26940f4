// Opening the data file as the app and the command line do: a backup before any migration, and a
// damaged file refused with the latest good backup named. The app's start backup
// (backup.ts: startBackups) runs once the window is up, so a large file never delays it.
import { existsSync, mkdirSync } from 'node:fs';
import Database from 'better-sqlite3';
import { latestVersion } from '../db/migrations/registry';
import { openDatabase, quickCheck, type Db } from '../db/open';
import { consistencyProblems } from '../db/links';
import { BrokenLinksError, DamagedFileError } from '../errors';
import { backupDatabase, backupFolder, backupName, inspectBackup, listBackups } from './backup';

/** Whether every row's links hold in a backup (a backup of a file with orphans is no good one). */
function linksHold(file: string): boolean {
  try {
    const db = new Database(file, { readonly: true, fileMustExist: true });
    try {
      return consistencyProblems(db).length === 0;
    } finally {
      db.close();
    }
  } catch {
    return false;
  }
}

/** The newest backup in the data file's `backups/` folder that passes SQLite's checks now. */
export function latestGoodBackup(dataFile: string): string | null {
  for (const b of listBackups(backupFolder(dataFile)))
    if (inspectBackup(b.file, 'quick_check').intact && linksHold(b.file)) return b.file;
  return null;
}

const withLatestGood = (e: DamagedFileError) =>
  e instanceof BrokenLinksError
    ? new BrokenLinksError(e.file, e.links, latestGoodBackup(e.file))
    : new DamagedFileError(e.file, e.problem, latestGoodBackup(e.file));

/** Backs the file up if this Dabir is about to migrate it. */
async function backupBeforeMigration(file: string): Promise<void> {
  if (!existsSync(file)) return;
  let raw: Database.Database;
  try {
    raw = new Database(file, { fileMustExist: true });
  } catch {
    return; // openDatabase says what is wrong
  }
  try {
    const version = raw.pragma('user_version', { simple: true }) as number;
    if (version === 0 || version >= latestVersion) return;
    const damage = quickCheck(raw);
    if (damage) throw withLatestGood(new DamagedFileError(file, damage));
    const broken = consistencyProblems(raw);
    if (broken.length > 0) throw withLatestGood(new BrokenLinksError(file, broken));
    const folder = backupFolder(file);
    mkdirSync(folder, { recursive: true });
    await backupDatabase(raw, backupName(folder, 'migration'));
  } finally {
    raw.close();
  }
}

export async function openWithBackups(file: string): Promise<Db> {
  await backupBeforeMigration(file);
  let db: Db;
  try {
    db = openDatabase(file);
  } catch (e) {
    throw e instanceof DamagedFileError ? withLatestGood(e) : e;
  }
  return db;
}
