// Opening the data file as the app and the command line do: a backup before any migration, and a
// damaged file refused with the latest good backup named. The app's start backup
// (schedule.ts: startBackups) runs once the window is up, so a large file never delays it.
import { existsSync, mkdirSync } from 'node:fs';
import Database from 'better-sqlite3';
import { latestVersion } from '../db/migrations/registry';
import { openDatabase, quickCheck, type Db } from '../db/open';
import { consistencyProblems } from '../db/links';
import { BrokenLinksError, DamagedFileError } from '../errors';
import { backupDatabase } from './backup';
import { backupFolder, backupName } from './names';
import { latestGoodBackup, ownerOf } from './own';

// A damaged file may still say whose it is; if not, its backups are known by their names.
const withLatestGood = (e: DamagedFileError) => {
  const latest = latestGoodBackup({ file: e.file, id: ownerOf(e.file) });
  return e instanceof BrokenLinksError
    ? new BrokenLinksError(e.file, e.links, latest)
    : new DamagedFileError(e.file, e.problem, latest);
};

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
    mkdirSync(backupFolder(file), { recursive: true });
    await backupDatabase(raw, backupName(file, 'migration'));
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
