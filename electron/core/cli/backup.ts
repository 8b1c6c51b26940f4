// `dabir backup --out FILE` and `dabir restore FILE`: the same online backup and checked restore
// as the app. A saved backup is encrypted (age, with a passphrase: DABIR_PASSPHRASE, asked on the
// terminal, or made by Dabir and printed once); restoring an encrypted one asks for it the same
// way. A restore over a damaged data file renames the damaged one aside; over a sound one it keeps
// the current content as a backup of its own.
import { toPersianDigits } from '../../contract/persian-text';
import type { BackupSummary } from '../backup/backup';
import { openWithBackups } from '../backup/open';
import { generatePassphrase } from '../backup/passphrase';
import { restoreInto, restoreOverDamaged } from '../backup/restore';
import { acceptPassphrase, saveEncryptedBackup, withPlainBackup } from '../backup/saved';
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

const fromEnv = (io: Io) => (io.env ?? process.env).DABIR_PASSPHRASE || null;

/** The passphrase to save with: DABIR_PASSPHRASE, else asked twice on the terminal (empty: Dabir's), else Dabir's. */
async function passphraseToSave(io: Io): Promise<{ passphrase: string; generated: boolean }> {
  const given = fromEnv(io);
  if (given) return { passphrase: acceptPassphrase(given), generated: false };
  if (io.secret) {
    const typed = await io.secret('گذرواژه پشتیبان (خالی بگذارید تا دبیر یکی بسازد): ');
    if (typed !== '') {
      const passphrase = acceptPassphrase(typed);
      if ((await io.secret('همان گذرواژه را دوباره بنویسید: ')) !== typed)
        throw new DabirError('invalid_input', 'دو گذرواژه یکی نیست؛ پشتیبانی نوشته نشد');
      return { passphrase, generated: false };
    }
  }
  return { passphrase: generatePassphrase(), generated: true };
}

export async function backupCommand(db: Db, out: string | undefined, io: Io): Promise<number> {
  if (!out) throw new DabirError('invalid_input', 'پرونده پشتیبان را با --out FILE نام ببرید');
  const { passphrase, generated } = await passphraseToSave(io);
  const summary = await saveEncryptedBackup(db, out, passphrase);
  describeBackup(io, summary);
  io.err(`پشتیبان نوشته، رمزگذاری و بررسی شد: ${summary.file}`);
  if (generated) {
    io.out(`گذرواژه: ${passphrase}`);
    io.err(
      'این گذرواژه تنها همین یک بار نشان داده می‌شود: آن را بنویسید و جدا از حافظه جانبی نگه دارید؛ بی آن، پشتیبان گشوده نمی‌شود.',
    );
  }
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
  try {
    const ask = async () => fromEnv(io) ?? (io.secret ? await io.secret('گذرواژه پشتیبان: ') : null);
    const done = await withPlainBackup(backup, dataFile, ask, (plain) =>
      db ? restoreInto(db, plain) : restoreOverDamaged(dataFile, plain),
    );
    describeBackup(io, { ...done.restored, file: backup });
    io.out(`بازگردانده شد در ${dataFile}`);
    io.out(
      db ? `محتوای پیشین کنار گذاشته شد: ${done.aside}` : `پرونده آسیب‌دیده دست‌نخورده کنار گذاشته شد: ${done.aside}`,
    );
    return 0;
  } finally {
    db?.close();
  }
}
