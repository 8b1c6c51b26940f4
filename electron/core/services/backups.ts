// The backups of this data file, as the app lists them, each with how its work stands against the
// file's: the one that holds the latest change, or how many changes the file has since (making and
// restoring one is async: core/api/async-storage.ts).
import path from 'node:path';
import type { BackupSummary, ListedBackup } from '../../contract';
import { lastChange, sameMark, type BackupSummary as CoreSummary } from '../backup/backup';
import { backupFolder } from '../backup/names';
import { listBackups, selfOf } from '../backup/own';
import type { Db } from '../db/open';
import type { Handlers } from './handlers';

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
