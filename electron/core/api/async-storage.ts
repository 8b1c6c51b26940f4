// The async operations that put the data file at stake: importing a bundle at headquarters (a
// backup first), a backup saved (encrypted) where the secretary chooses, and restoring one from the
// list or from a chosen file. One at a time: a restore must never run under an import.
import path from 'node:path';
import { backupFolder } from '../backup/names';
import { backupBeforeImport, type PendingBackup } from '../backup/own';
import { generatePassphrase } from '../backup/passphrase';
import { restoreInto } from '../backup/restore';
import { acceptPassphrase, saveEncryptedBackup, withPlainBackup } from '../backup/saved';
import { importBundle } from '../bundle/import';
import { todayJalali } from '../domain/jalali';
import { DabirError } from '../errors';
import { summaryOf } from '../services/backups';
import type { AsyncHandlers } from '../services/handlers';

/** The storage handlers; `busy` and the import batch's `guard` are this dispatcher's own. */
export function storageHandlers(): AsyncHandlers<
  'headquarters.import' | 'backups.create' | 'backups.restore' | 'backups.restoreFile'
> {
  let busy: string | null = null;
  // The backup before the batch of bundles being imported (headquarters.import): made before its
  // first bundle, kept once one of them changes the file, dropped while none has.
  let guard: { batch: string | undefined; backup: PendingBackup; changed: boolean } | null = null;
  const exclusive = async <T>(what: string, job: () => Promise<T>): Promise<T> => {
    if (busy) throw new DabirError('invalid_input', `کار دیگری (${busy}) در جریان است؛ صبر کنید تا تمام شود`);
    busy = what;
    try {
      return await job();
    } finally {
      busy = null;
    }
  };

  return {
    'headquarters.import': (db, i) =>
      exclusive('ورود بسته', async () => {
        // A backup first, so a wrong bundle (or batch) imported can be undone by restoring it.
        if (!guard || i.batch === undefined || guard.batch !== i.batch)
          guard = { batch: i.batch, backup: await backupBeforeImport(db), changed: false };
        const current = guard;
        let imported = false;
        try {
          const r = importBundle(db, Buffer.from(i.data, 'base64'), { trustNew: i.trustNew });
          imported = r.status === 'imported';
          return r;
        } finally {
          if (imported && !current.changed) {
            current.changed = true;
            current.backup.settle(true);
          } else if (!current.changed) {
            // Nothing of the batch changed the file yet: its backup is the file itself, so it
            // goes, and the next bundle of the batch makes a fresh one.
            current.backup.settle(false);
            guard = null;
          }
        }
      }),
    'backups.create': (db, i, shell) =>
      exclusive('پشتیبان‌گیری', async () => {
        if (!shell.chooseSavePath) throw new DabirError('internal', 'ذخیره پرونده در این اجرای برنامه در دسترس نیست');
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
      exclusive('بازگردانی', async () => {
        // Only a file of the backups folder, by its name: the page never names a path on disk.
        const file = path.join(backupFolder(db.name), path.basename(i.name));
        const done = await restoreInto(db, file);
        return { restored: summaryOf(done.restored), aside: done.aside };
      }),
    'backups.restoreFile': (db, i, shell) =>
      exclusive('بازگردانی', async () => {
        if (!shell.chooseBackupFile) throw new DabirError('internal', 'گشودن پرونده در این اجرای برنامه در دسترس نیست');
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
  };
}
