// Restoring a backup. Into the open data file (the app, the command line on a healthy file): the
// backup is checked, the current content kept aside as a backup of its own, then the backup is
// written into the live file with the online backup API and brought to this version's schema.
// Over a damaged file: the damaged file is renamed aside (never deleted), the backup put in place.
import { existsSync, mkdirSync, renameSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { ensureIdentity } from '../bundle/identity';
import { ensureInstallation, forgetInstallation, ownSecretariatId } from '../db/installation';
import { migrate } from '../db/migrate';
import type { Db } from '../db/open';
import { get, sql } from '../db/sql';
import { DabirError } from '../errors';
import { backupDatabase, checkRestorable, type BackupSummary } from './backup';
import { backupFolder, backupName, stemOf } from './names';

const progress = () => 4096;

export interface Restored {
  restored: BackupSummary;
  /** Where the content replaced by the restore was kept. */
  aside: string;
}

export async function restoreInto(db: Db, backupFile: string, now = new Date()): Promise<Restored> {
  const restored = checkRestorable(backupFile);
  if (path.resolve(backupFile) === path.resolve(db.name))
    throw new DabirError('invalid_input', 'این خود پرونده داده است، نه پشتیبان آن');
  const own = get<{ id: string; name: string }>(
    db,
    sql`SELECT id, name FROM secretariat WHERE id = ${ownSecretariatId(db)}`,
  );
  // A backup of another secretariat would mix two offices' records; a file never set up takes any.
  if (own && own.name !== '' && restored.secretariat && restored.secretariat.id !== own.id)
    throw new DabirError(
      'invalid_input',
      `این پشتیبان از «${restored.secretariat.name}» است، نه از «${own.name}»؛ بازگردانده نشد`,
    );
  mkdirSync(backupFolder(db.name), { recursive: true });
  const aside = await backupDatabase(db, backupName(db.name, 'before-restore', now));
  const source = new Database(backupFile, { readonly: true, fileMustExist: true });
  try {
    await source.backup(db.name, { progress });
  } finally {
    source.close();
  }
  forgetInstallation(db);
  migrate(db);
  ensureIdentity(db, ensureInstallation(db));
  return { restored, aside: aside.file };
}

/** Puts a backup in place of a damaged data file, which is renamed aside with its -wal and -shm. */
export async function restoreOverDamaged(dataFile: string, backupFile: string, now = new Date()): Promise<Restored> {
  const restored = checkRestorable(backupFile);
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const aside = path.join(path.dirname(path.resolve(dataFile)), `${stemOf(dataFile)}-damaged-${stamp}.sqlite`);
  if (existsSync(dataFile)) renameSync(dataFile, aside);
  for (const extra of ['-wal', '-shm']) if (existsSync(dataFile + extra)) renameSync(dataFile + extra, aside + extra);
  const source = new Database(backupFile, { readonly: true, fileMustExist: true });
  try {
    await source.backup(dataFile, { progress });
  } finally {
    source.close();
  }
  return { restored, aside };
}
