// Backups saved outside the data folder («ذخیره پشتیبان», `dabir backup --out`): a checked online
// backup written to a temporary file beside the data file (where the plain data already is),
// encrypted with a passphrase onto the chosen path, the plain copy deleted. Restoring a chosen
// file: an encrypted one is decrypted the same way first, then restored as any backup.
import { randomUUID } from 'node:crypto';
import { mkdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { ltrIsolate } from '../../contract/persian-text';
import type { Db } from '../db/open';
import { DabirError } from '../errors';
import { backupDatabase, type BackupSummary } from './backup';
import { decryptFile, encryptFile, isEncrypted, wrongPassphrase } from './encrypted';
import { backupFolder, stemOf } from './names';
import { canonicalPassphrase, checkChosenPassphrase } from './passphrase';

/** Saved backups end in `.age`: what they are is in their name (`age -d` opens them). */
export const savedPath = (out: string) => (out.endsWith('.age') ? out : `${out}.age`);

/** A temporary plain file in the data file's backups folder: never a backup, never listed (no backup's name). */
function temporary(dataFile: string, purpose: 'save' | 'open'): string {
  mkdirSync(backupFolder(dataFile), { recursive: true });
  return path.join(backupFolder(dataFile), `.${stemOf(dataFile)}-${purpose}-${randomUUID()}.tmp`);
}

/** Accepts Dabir's own passphrase (in any digits and grouping) as it is, and checks one chosen by the secretary. */
export function acceptPassphrase(typed: string): string {
  const canonical = canonicalPassphrase(typed);
  return canonical !== typed || /^\d{5}(-\d{5}){4}$/.test(typed) ? canonical : checkChosenPassphrase(typed);
}

/** A checked backup of the open file, encrypted with the passphrase onto `out` (`.age` added if missing). */
export async function saveEncryptedBackup(db: Db, out: string, passphrase: string): Promise<BackupSummary> {
  const file = savedPath(out);
  const plain = temporary(db.name, 'save');
  try {
    const summary = await backupDatabase(db, plain);
    await encryptFile(plain, file, passphrase);
    return { ...summary, file, size: statSync(file).size, reason: 'manual' };
  } finally {
    rmSync(plain, { force: true });
  }
}

/**
 * Runs `use` on the plain content of a chosen backup file: the file itself if it is not
 * encrypted, else its decryption into a temporary file (deleted afterwards). `ask` gives the
 * passphrase (null: none to give); a wrong one is refused in Persian and nothing is changed.
 */
export async function withPlainBackup<T>(
  file: string,
  dataFile: string,
  ask: () => Promise<string | null>,
  use: (plain: string) => Promise<T>,
): Promise<T> {
  let encrypted: boolean;
  try {
    encrypted = isEncrypted(file);
  } catch {
    throw new DabirError('invalid_input', `پرونده پشتیبان «${ltrIsolate(file)}» پیدا نشد یا خوانده نشد`);
  }
  if (!encrypted) return use(file);
  const typed = await ask();
  if (!typed)
    throw new DabirError(
      'invalid_input',
      'این پشتیبان رمزگذاری شده است؛ گذرواژه آن را وارد کنید (در خط فرمان: در پایانه، یا در DABIR_PASSPHRASE)',
      'passphrase',
    );
  const plain = temporary(dataFile, 'open');
  try {
    // As typed first; then, if it reads as one of Dabir's own in other digits or grouping, so.
    const tries = [...new Set([typed, canonicalPassphrase(typed)])];
    for (const [i, p] of tries.entries()) {
      try {
        await decryptFile(file, plain, p);
        break;
      } catch (e) {
        if (!(e instanceof DabirError && e.message === wrongPassphrase) || i === tries.length - 1) throw e;
      }
    }
    return await use(plain);
  } finally {
    rmSync(plain, { force: true });
  }
}
