// The backups of this data file, as the app lists them, each with how its work stands against the
// file's: the one that holds the latest change, or how many changes the file has since; and saving
// one (encrypted) where the secretary chooses, and restoring one from the list or a chosen file.
import path from 'node:path';
import type { BackupSummary, ListedBackup } from '../../contract';
import { lastChange, sameMark, type BackupSummary as CoreSummary } from '../backup/backup';
import { backupFolder } from '../backup/names';
import { listBackups, selfOf } from '../backup/own';
import { generatePassphrase } from '../backup/passphrase';
import { restoreInto } from '../backup/restore';
import { acceptPassphrase, saveEncryptedBackup, withPlainBackup } from '../backup/saved';
import { todayJalali } from '../domain/jalali';
import type { Db } from '../db/open';
import type { AsyncHandlerFactory, Handlers } from './handlers';
import { shellLacks } from './shell';

export const summaryOf = (b: CoreSummary): BackupSummary => ({ ...b, name: path.basename(b.file) });

/** Whether a backup holds the file's latest change; if not, how many changes came after its last one. */
function workOf(db: Db, b: CoreSummary): Pick<ListedBackup, 'latest' | 'missing'> {
  const now = lastChange(db);
  const mark = b.lastSeq === null ? null : { seq: b.lastSeq, at: b.lastChangeAt ?? '' };
  if (sameMark(mark, now)) return { latest: true, missing: 0 };
  // Its last change is in the file's log: the file has moved on by the changes after it.
  const inLog =
    mark === null || db.prepare(`SELECT at FROM change_log WHERE seq = ?`).pluck().get(mark.seq) === mark.at;
  if (!inLog) return { latest: false, missing: null };
  const after = db
    .prepare(`SELECT count(*) FROM change_log WHERE seq > ?`)
    .pluck()
    .get(mark?.seq ?? 0) as number;
  return { latest: false, missing: after };
}

export const backupHandlers = {
  'backups.list': (db) => {
    const now = lastChange(db);
    return {
      folder: backupFolder(db.name),
      lastChangeAt: now?.at ?? null,
      backups: listBackups(selfOf(db)).map((b) => ({
        ...summaryOf(b),
        ...(b.intact ? workOf(db, b) : { latest: false, missing: null }),
      })),
    };
  },
} satisfies Handlers<'backups'>;

/** Saving and restoring backups, each one job at a time (never under an import). */
export const backupsAsyncHandlers: AsyncHandlerFactory<'backups.create' | 'backups.restore' | 'backups.restoreFile'> = (
  context,
) => ({
  'backups.create': (db, i, shell) =>
    context.exclusive('پشتیبان‌گیری', async () => {
      if (!shell.chooseSavePath) throw shellLacks('saving');
      // A weak chosen passphrase is refused before any dialog.
      const passphrase = i.passphrase === null ? generatePassphrase() : acceptPassphrase(i.passphrase);
      const file = await shell.chooseSavePath(
        `دبیر-پشتیبان-${todayJalali().replaceAll('/', '-')}.sqlite.age`,
        'backup',
      );
      if (file === null) return { saved: false as const };
      const backup = summaryOf(await saveEncryptedBackup(db, file, passphrase));
      return { saved: true as const, backup, passphrase: i.passphrase === null ? passphrase : null };
    }),
  'backups.restore': (db, i) =>
    context.exclusive('بازگردانی', async () => {
      // Only a file of the backups folder, by its name: the page never names a path on disk.
      const file = path.join(backupFolder(db.name), path.basename(i.name));
      const done = await restoreInto(db, file);
      return { restored: summaryOf(done.restored), aside: done.aside };
    }),
  'backups.restoreFile': (db, i, shell) =>
    context.exclusive('بازگردانی', async () => {
      if (!shell.chooseBackupFile) throw shellLacks('opening');
      const file = await shell.chooseBackupFile();
      if (file === null) return { chosen: false as const };
      const done = await withPlainBackup(
        file,
        db.name,
        () => Promise.resolve(i.passphrase || null),
        (plain) => restoreInto(db, plain),
      );
      return { chosen: true as const, restored: summaryOf({ ...done.restored, file }), aside: done.aside };
    }),
});
