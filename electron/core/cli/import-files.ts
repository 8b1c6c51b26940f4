// Importing bundle files from the command line, one after another, each all or nothing: a backup
// first, kept (and the backups rotated) only if a file changed the data file; a refusal named
// with its file and reason, and the others still go; exit status 1 if any was refused.
import { readFileSync } from 'node:fs';
import { keptNotice } from '../../contract/sync-messages';
import { backupBeforeImport } from '../backup/own';
import type { Db } from '../db/open';
import { DabirError } from '../errors';
import type { Io } from './console-io';

/** What one file did: imported or already there, the line said, and what a newer Dabir's held that was kept. */
export interface FileImported {
  imported: boolean;
  said: string;
  deferred: number;
}

export async function importFiles(
  db: Db,
  files: string[],
  importOne: (bytes: Buffer) => FileImported,
  io: Io,
): Promise<number> {
  const backup = await backupBeforeImport(db);
  let failed = 0;
  let changed = false;
  for (const f of files) {
    try {
      const r = importOne(readFileSync(f));
      changed ||= r.imported;
      io.out(`${f}: ${r.said}`);
      if (r.deferred > 0) io.out(`  ${keptNotice(r.deferred)}`);
    } catch (e) {
      failed++;
      // A new key is confirmed here with the flag; the app has its own button for it.
      const trust = e instanceof DabirError && e.path === 'trustNew' ? ' (با --trust-new دوباره وارد کنید)' : '';
      io.err(`${f}: ${e instanceof Error ? e.message : String(e)}${trust}`);
    }
  }
  backup.settle(changed);
  io.err(
    changed
      ? `پشتیبان پیش از ورود: ${backup.summary.file}`
      : 'چیزی وارد نشد و پرونده داده دست نخورد؛ پشتیبان‌ها همان است که بود',
  );
  return failed === 0 ? 0 : 1;
}
