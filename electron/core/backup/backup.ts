// Backups with SQLite's online backup API (better-sqlite3's db.backup: page by page, consistent
// while the app keeps writing — never a file copy of a live database): a backup is written under
// `.partial`, made a single self-contained file, checked with integrity_check, then renamed.
// Automatic ones go to `backups/` beside the data file and are rotated (rotation.ts); restoring
// checks the backup first and keeps the current file aside.
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { backupReasons, type BackupReason } from '../../contract/backups';
import { DabirError } from '../errors';
import { latestVersion } from '../db/migrations/registry';
import type { Db } from '../db/open';
import { backupsToKeep } from './rotation';

/** Made by the app on its own, and rotated; a manual backup or the file kept at a restore never is. */
const automatic = new Set<BackupReason>(['start', 'daily', 'migration', 'import']);
/** The state before a schema change is worth more than a day's: the last few are kept apart from the rotation. */
const KEEP_MIGRATION = 3;

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
  /** What SQLite's check said: true for «ok». */
  intact: boolean;
  problem: string | null;
}

/** `backups/` beside the data file. */
export const backupFolder = (dataFile: string) => path.join(path.dirname(path.resolve(dataFile)), 'backups');

const pad = (n: number) => String(n).padStart(2, '0');
const stamp = (d: Date) =>
  `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}-${pad(d.getMinutes())}-${pad(d.getSeconds())}`;
const namePattern = /^dabir-(\d{4})-(\d{2})-(\d{2})T(\d{2})-(\d{2})-(\d{2})(?:-\d+)?-([a-z-]+)\.sqlite$/;

/** `dabir-2026-11-30T09-41-07-start.sqlite`, local time; -2, -3… if taken within the same second. */
export function backupName(folder: string, reason: BackupReason, now = new Date()): string {
  let name = `dabir-${stamp(now)}-${reason}.sqlite`;
  for (let i = 2; existsSync(path.join(folder, name)); i++) name = `dabir-${stamp(now)}-${i}-${reason}.sqlite`;
  return path.join(folder, name);
}

function parseName(file: string): { date: Date; reason: BackupReason } | null {
  const m = namePattern.exec(path.basename(file));
  if (!m || !(backupReasons as readonly string[]).includes(m[7]!)) return null;
  const [y, mo, d, h, mi, s] = m.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  return { date: new Date(y, mo - 1, d, h, mi, s), reason: m[7] as BackupReason };
}

const tableExists = (db: Database.Database, name: string) =>
  db.prepare(`SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?`).get(name) !== undefined;

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
      lastChangeAt: (db.prepare(`SELECT max(at) FROM change_log`).pluck().get() as string | null) ?? null,
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

/** The automatic backups in a folder, newest first. */
export function listBackups(folder: string): BackupSummary[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((n) => parseName(n))
    .map((n) => inspectBackup(path.join(folder, n), 'none'))
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/** Deletes the automatic backups rotation does not keep; manual and before-restore ones stay. */
export function rotateBackups(folder: string): string[] {
  if (!existsSync(folder)) return [];
  const auto = readdirSync(folder)
    .map((name) => ({ name, parsed: parseName(name) }))
    .filter((b) => b.parsed && automatic.has(b.parsed.reason))
    .map((b) => ({ name: b.name, date: b.parsed!.date, reason: b.parsed!.reason }));
  const rotated = auto.filter((b) => b.reason !== 'migration');
  const keep = backupsToKeep(rotated);
  const migrations = auto.filter((b) => b.reason === 'migration').sort((a, b) => b.date.getTime() - a.date.getTime());
  const removed = [...rotated.filter((b) => !keep.has(b.name)), ...migrations.slice(KEEP_MIGRATION)].map((b) => b.name);
  for (const name of removed) rmSync(path.join(folder, name), { force: true });
  return removed;
}

/** An automatic backup of the open data file into its `backups/` folder, then rotation. */
export async function autoBackup(db: Db, reason: BackupReason, now = new Date()): Promise<BackupSummary> {
  const folder = backupFolder(db.name);
  mkdirSync(folder, { recursive: true });
  // A backup cut short (the app killed mid-way) leaves a .partial: never a backup, so it goes.
  for (const name of readdirSync(folder))
    if (name.endsWith('.partial')) rmSync(path.join(folder, name), { force: true });
  const summary = await backupDatabase(db, backupName(folder, reason, now));
  rotateBackups(folder);
  return summary;
}

/** The newest automatic backup's time, or null. */
export function newestBackupAt(folder: string): Date | null {
  if (!existsSync(folder)) return null;
  const dates = readdirSync(folder)
    .map((n) => parseName(n))
    .filter((p): p is NonNullable<typeof p> => p !== null && automatic.has(p.reason))
    .map((p) => p.date.getTime());
  return dates.length ? new Date(Math.max(...dates)) : null;
}

/**
 * The app's backups while it runs: one now (at start, in the background: a large file never delays
 * the window), then every hour a daily one if the newest is a day old. stop() ends them; the timer
 * never keeps the process alive.
 */
export function startBackups(db: Db, onError: (e: unknown) => void = () => undefined): () => void {
  const folder = backupFolder(db.name);
  autoBackup(db, 'start').catch(onError);
  const tick = () => {
    const newest = newestBackupAt(folder);
    if (db.open && (!newest || Date.now() - newest.getTime() >= 24 * 3_600_000)) autoBackup(db, 'daily').catch(onError);
  };
  const timer = setInterval(tick, 3_600_000);
  timer.unref();
  return () => clearInterval(timer);
}

/** Refuses a file that cannot be restored, in Persian, with the reason. */
export function checkRestorable(file: string): BackupSummary {
  if (!existsSync(file)) throw new DabirError('invalid_input', `پرونده پشتیبان «${file}» پیدا نشد`);
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
