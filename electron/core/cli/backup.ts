// `dabir backup --out FILE` and `dabir restore FILE`: the same online backup and checked restore
// as the app. A restore over a damaged data file renames the damaged one aside; over a sound one
// it keeps the current content as a backup of its own.
import { toPersianDigits } from '../../contract/persian-text';
import { backupDatabase, type BackupSummary } from '../backup/backup';
import { openWithBackups } from '../backup/open';
import { restoreInto, restoreOverDamaged } from '../backup/restore';
import type { Db } from '../db/open';
import { DabirError, DamagedFileError } from '../errors';
import type { Io } from './index';

export function describeBackup(io: Io, b: BackupSummary): void {
  io.out(
    `${b.secretariat ? `${b.secretariat.name} (${b.secretariat.province})` : 'بی‌نام'} — نسخه داده ${b.schemaVersion}`,
  );
  io.out(
    `کارگروه ${toPersianDigits(b.counts.workingGroups)}، جلسه ${toPersianDigits(b.counts.sessions)} (قطعی ${toPersianDigits(b.counts.finalSessions)})، مصوبه ${toPersianDigits(b.counts.resolutions)}، پیگیری ${toPersianDigits(b.counts.followUps)}`,
  );
  if (b.lastChangeAt) io.out(`آخرین تغییر: ${b.lastChangeAt}`);
}

export async function backupCommand(db: Db, out: string | undefined, io: Io): Promise<number> {
  if (!out) throw new DabirError('invalid_input', 'پرونده پشتیبان را با --out FILE نام ببرید');
  const summary = await backupDatabase(db, out);
  describeBackup(io, summary);
  io.err(`پشتیبان نوشته و بررسی شد: ${out}`);
  return 0;
}

export async function restoreCommand(dataFile: string, backup: string | undefined, io: Io): Promise<number> {
  if (!backup) throw new DabirError('invalid_input', 'پرونده پشتیبان را نام ببرید: dabir restore FILE --db PATH');
  let db: Db | null = null;
  try {
    db = await openWithBackups(dataFile);
  } catch (e) {
    if (!(e instanceof DamagedFileError)) throw e;
  }
  const done = db ? await restoreInto(db, backup) : await restoreOverDamaged(dataFile, backup);
  db?.close();
  describeBackup(io, done.restored);
  io.out(`بازگردانده شد در ${dataFile}`);
  io.out(
    db ? `محتوای پیشین کنار گذاشته شد: ${done.aside}` : `پرونده آسیب‌دیده دست‌نخورده کنار گذاشته شد: ${done.aside}`,
  );
  return 0;
}
