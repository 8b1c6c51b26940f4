// `dabir repair [--yes]`: the broken links an open refused (db/links.ts) named, and repaired only
// when the secretary confirms with --yes (backup/repair.ts: the file is kept aside as a backup
// first). Like restore, it works on a file Dabir will not otherwise open.
import { repairDataFile } from '../backup/repair';
import { consistencyProblems } from '../db/links';
import { openWithBackups } from '../backup/open';
import Database from 'better-sqlite3';
import { DabirError } from '../errors';
import type { Io } from './index';

function describe(file: string): string[] {
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch (e) {
    throw new DabirError('storage', `پرونده داده «${file}» باز نشد: ${(e as Error).message}`);
  }
  try {
    return consistencyProblems(db).map((l) => l.description);
  } finally {
    db.close();
  }
}

export async function repairCommand(file: string, yes: boolean, io: Io): Promise<number> {
  if (!yes) {
    const found = describe(file);
    if (found.length === 0) {
      io.out('پیوند گسسته‌ای در پرونده داده نیست؛ درست کردنی لازم نیست');
      return 0;
    }
    io.out(`در «${file}»:`);
    for (const line of found) io.out(`  ${line}`);
    io.out(
      `برای درست کردن (نخست پشتیبانی از همین پرونده کنار گذاشته می‌شود، سپس آنچه معنایی ندارد حذف و آنچه ماندنی است نگه داشته می‌شود): dabir repair --db "${file}" --yes`,
    );
    return 1;
  }
  const result = await repairDataFile(file);
  if (result.backup === null) {
    io.out('پیوند گسسته‌ای در پرونده داده نیست؛ درست کردنی لازم نیست');
    return 0;
  }
  io.out(`پیدا شد: ${result.found.join('؛ ')}`);
  for (const line of result.done) io.out(`  ${line}`);
  io.out(`پرونده پیش از درست کردن کنار گذاشته شد: ${result.backup}`);
  // Opened as every command opens it: the proof that it is whole again.
  (await openWithBackups(file)).close();
  io.out('پرونده داده درست شد و باز می‌شود');
  return 0;
}
