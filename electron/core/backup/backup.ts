// Backups with SQLite's online backup API (better-sqlite3's db.backup: page by page, consistent
// while the app keeps writing — never a file copy of a live database): a backup is written under
// `.partial`, made a single self-contained file, checked with integrity_check, then renamed.
// Automatic ones go to `backups/` beside the data file, each data file's its own (own.ts);
// restoring checks the backup first and keeps the current file aside.
import { existsSync, renameSync, rmSync, statSync } from 'node:fs';
import Database from 'better-sqlite3';
import type { BackupReason } from '../../contract/backups';
import { ltrIsolate } from '../../contract/persian-text';
import { DabirError } from '../errors';
import { latestVersion } from '../db/migrations/registry';
import type { Db } from '../db/open';
import { parseName } from './names';

export interface BackupSummary {
  file: string;
  size: number;
  createdAt: string;
  reason: BackupReason | null;
  schemaVersion: number;
  secretariat: { id: string; name: string; province: string } | null;
  counts: { workingGroups: number; sessions: number; finalSessions: number; resolutions: number; followUps: number };
  /** When the last change in it was made (ISO), from its change log. */
  lastChangeAt: string | null;
  /** The sequence number of that change: with lastChangeAt, what says whether it holds the latest work. */
  lastSeq: number | null;
  /** What SQLite's check said: true for «ok». */
  intact: boolean;
  problem: string | null;
}

const tableExists = (db: Database.Database, name: string) =>
  db.prepare(`SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?`).get(name) !== undefined;

export interface ChangeMark {
  seq: number;
  at: string;
}

/**
 * The newest change in a Dabir file. Two files whose newest change has the same number and time
 * hold the same work (the log is append-only; a restore brings its own log back with it).
 */
export function lastChange(db: Database.Database): ChangeMark | null {
  return (
    (db.prepare(`SELECT seq, at FROM change_log ORDER BY seq DESC LIMIT 1`).get() as ChangeMark | undefined) ?? null
  );
}

export const sameMark = (a: ChangeMark | null, b: ChangeMark | null) =>
  a === null ? b === null : b !== null && a.seq === b.seq && a.at === b.at;

/**
 * Reads what a backup (or any Dabir file) holds and, unless `none`, checks it; never changes it.
 * Listing reads only (each was checked when written; a restore checks again in full).
 */
export function inspectBackup(
  file: string,
  check: 'none' | 'quick_check' | 'integrity_check' = 'quick_check',
): BackupSummary {
  const parsed = parseName(file);
  const base = {
    file,
    size: existsSync(file) ? statSync(file).size : 0,
    createdAt: (parsed?.date ?? (existsSync(file) ? statSync(file).mtime : new Date(0))).toISOString(),
    reason: parsed?.reason ?? null,
  };
  const broken = (problem: string): BackupSummary => ({
    ...base,
    schemaVersion: 0,
    secretariat: null,
    counts: { workingGroups: 0, sessions: 0, finalSessions: 0, resolutions: 0, followUps: 0 },
    lastChangeAt: null,
    lastSeq: null,
    intact: false,
    problem,
  });
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch (e) {
    return broken(`پرونده باز نشد: ${(e as Error).message}`);
  }
  try {
    const result =
      check === 'none' ? ['ok'] : (db.pragma(check) as Record<string, string>[]).map((r) => Object.values(r)[0]);
    if (result.length !== 1 || result[0] !== 'ok')
      return broken(`بررسی SQLite خطا یافت: ${result.slice(0, 3).join('؛ ')}`);
    if (!tableExists(db, 'secretariat') || !tableExists(db, 'change_log'))
      return broken('این پرونده، پرونده داده دبیر نیست');
    const count = (table: string, where = '') =>
      tableExists(db, table) ? (db.prepare(`SELECT count(*) FROM ${table} ${where}`).pluck().get() as number) : 0;
    const own = tableExists(db, 'installation')
      ? (db.prepare(`SELECT secretariat_id FROM installation`).pluck().get() as string | undefined)
      : undefined;
    const secretariat = db
      .prepare(`SELECT id, name, province FROM secretariat ${own ? 'WHERE id = ?' : 'ORDER BY rowid LIMIT 1'}`)
      .get(...(own ? [own] : [])) as BackupSummary['secretariat'] | undefined;
    const last = lastChange(db);
    return {
      ...base,
      schemaVersion: db.pragma('user_version', { simple: true }) as number,
      secretariat: secretariat ?? null,
      counts: {
        workingGroups: count('working_group'),
        sessions: count('session'),
        finalSessions: count('session', `WHERE status = 'final'`),
        resolutions: count('resolution'),
        followUps: count('follow_up'),
      },
      lastChangeAt: last?.at ?? null,
      lastSeq: last?.seq ?? null,
      intact: true,
      problem: null,
    };
  } catch (e) {
    return broken(`پرونده خوانده نشد: ${(e as Error).message}`);
  } finally {
    db.close();
  }
}

/** Many pages a step: a backup of a large file is done in a few steps, not thousands. */
const progress = () => 4096;

/** Writes a checked, self-contained backup of `db` to `file`. */
export async function backupDatabase(db: Db, file: string): Promise<BackupSummary> {
  const partial = `${file}.partial`;
  rmSync(partial, { force: true });
  try {
    await db.backup(partial, { progress });
    // One file on its own (no -wal beside it), so it can be carried on a USB stick as it is.
    const own = new Database(partial);
    own.pragma('journal_mode = DELETE');
    own.close();
    const summary = inspectBackup(partial, 'integrity_check');
    if (!summary.intact) throw new DabirError('storage', `پشتیبان سالم نوشته نشد (${summary.problem ?? ''})`);
    renameSync(partial, file);
    return { ...summary, file, ...(parseName(file) ? { reason: parseName(file)!.reason } : {}) };
  } catch (e) {
    rmSync(partial, { force: true });
    if (e instanceof DabirError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new DabirError(
      'storage',
      code === 'ENOSPC' || /SQLITE_FULL|disk is full/i.test((e as Error).message)
        ? 'جا برای پشتیبان نیست (دیسک پر است)؛ پرونده داده دست نخورد.'
        : `پشتیبان نوشته نشد: ${(e as Error).message}؛ پرونده داده دست نخورد.`,
    );
  }
}

/** Refuses a file that cannot be restored, in Persian, with the reason. */
export function checkRestorable(file: string): BackupSummary {
  if (!existsSync(file)) throw new DabirError('invalid_input', `پرونده پشتیبان «${ltrIsolate(file)}» پیدا نشد`);
  const summary = inspectBackup(file, 'integrity_check');
  if (!summary.intact)
    throw new DabirError('invalid_input', `این پشتیبان سالم نیست و بازگردانده نمی‌شود: ${summary.problem ?? ''}`);
  if (summary.schemaVersion > latestVersion)
    throw new DabirError(
      'invalid_input',
      'این پشتیبان با نسخه تازه‌تری از دبیر ساخته شده است؛ نخست دبیر را به‌روز کنید',
    );
  return summary;
}
