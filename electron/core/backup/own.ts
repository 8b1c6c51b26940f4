// Which backups in the shared `backups/` folder are a data file's own, and the automatic backups
// of that file: made, listed and rotated among its own only. A backup is a file's own when its
// content says so — the installation's secretariat id inside it — so an old-style
// `dabir-<time>-…` name of headquarters' file, or the backups of a file since renamed, go with
// the file they came from. Rotation is stricter still: it deletes only a backup that is both
// ours by content and ours by name (or named after a data file that is no longer beside us).
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { BackupReason } from '../../contract/backups';
import { ownSecretariatId } from '../db/installation';
import { consistencyProblems } from '../db/links';
import type { Db } from '../db/open';
import { backupDatabase, inspectBackup, lastChange, type BackupSummary, type ChangeMark } from './backup';
import { backupFolder, backupName, parseName, stemOf } from './names';
import { backupsToKeep } from './rotation';

/** Made by the app on its own, and rotated; a manual backup or the file kept at a restore never is. */
const automatic = new Set<BackupReason>(['start', 'daily', 'quiet', 'close', 'migration', 'import']);
/** The state before a schema change is worth more than a day's: the last few are kept apart from the rotation. */
const KEEP_MIGRATION = 3;

/** The secretariat id a Dabir file (data file or backup) says is its own; null if it cannot be read. */
export function ownerOf(file: string): string | null {
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch {
    return null;
  }
  try {
    const has = (t: string) => db.prepare(`SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?`).get(t);
    // Before migration 70 a file had no installation row: its first secretariat is the one it adopts.
    const id = has('installation')
      ? db.prepare(`SELECT secretariat_id FROM installation`).pluck().get()
      : has('secretariat')
        ? db.prepare(`SELECT id FROM secretariat ORDER BY rowid LIMIT 1`).pluck().get()
        : undefined;
    return typeof id === 'string' ? id : null;
  } catch {
    return null;
  } finally {
    db.close();
  }
}

/** Who a data file is: its name (for naming) and its secretariat id (for ownership; null if unreadable). */
export interface Self {
  file: string;
  id: string | null;
}

export const selfOf = (db: Db): Self => ({ file: db.name, id: ownSecretariatId(db) });

const names = (folder: string) => (existsSync(folder) ? readdirSync(folder) : []);

/** The data file's backups (automatic, manual, kept at a restore), newest first. */
export function listBackups(self: Self): BackupSummary[] {
  const folder = backupFolder(self.file);
  const stem = stemOf(self.file);
  return names(folder)
    .filter((n) => parseName(n))
    .map((n) => inspectBackup(path.join(folder, n), 'none'))
    .filter((b) =>
      // An unreadable one (damaged) goes by its name: it cannot say whose it is.
      b.secretariat && self.id ? b.secretariat.id === self.id : parseName(b.file)!.stem === stem,
    )
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || parseName(b.file)!.nth - parseName(a.file)!.nth);
}

/** Deletes this file's automatic backups that rotation does not keep; nobody else's, never a manual one. */
export function rotateBackups(self: Self): string[] {
  if (!self.id) return [];
  const folder = backupFolder(self.file);
  const dir = path.dirname(path.resolve(self.file));
  const stem = stemOf(self.file);
  const auto = names(folder)
    .map((name) => ({ name, parsed: parseName(name) }))
    .filter(
      (b) =>
        b.parsed &&
        automatic.has(b.parsed.reason) &&
        (b.parsed.stem === stem || !existsSync(path.join(dir, `${b.parsed.stem}.sqlite`))) &&
        ownerOf(path.join(folder, b.name)) === self.id,
    )
    // Made within one second, the -2, -3… is the later: a millisecond apart, so rotation keeps the newest.
    .map((b) => ({ name: b.name, date: new Date(b.parsed!.date.getTime() + b.parsed!.nth), reason: b.parsed!.reason }));
  const rotated = auto.filter((b) => b.reason !== 'migration');
  const keep = backupsToKeep(rotated);
  const migrations = auto.filter((b) => b.reason === 'migration').sort((a, b) => b.date.getTime() - a.date.getTime());
  const removed = [...rotated.filter((b) => !keep.has(b.name)), ...migrations.slice(KEEP_MIGRATION)].map((b) => b.name);
  for (const name of removed) rmSync(path.join(folder, name), { force: true });
  return removed;
}

/** What the last backup made of each open file holds: lets the schedule skip a backup of nothing new. */
const backedUp = new WeakMap<Db, ChangeMark | null>();
export const lastBackedUp = (db: Db): ChangeMark | null | undefined => backedUp.get(db);
export const rememberBackedUp = (db: Db, mark: ChangeMark | null) => void backedUp.set(db, mark);

/** A backup of the open data file into `backups/`, not yet rotated: see `autoBackup` and `backupBeforeImport`. */
async function ownBackup(db: Db, reason: BackupReason, now: Date): Promise<BackupSummary> {
  const folder = backupFolder(db.name);
  mkdirSync(folder, { recursive: true });
  // A backup of ours cut short (the app killed mid-way) leaves a .partial: never a backup, so it
  // goes. Another file's may be being written right now by another Dabir: it stays.
  for (const name of names(folder))
    if (name.endsWith('.partial') && parseName(name.slice(0, -'.partial'.length))?.stem === stemOf(db.name))
      rmSync(path.join(folder, name), { force: true });
  const mark = lastChange(db);
  const summary = await backupDatabase(db, backupName(db.name, reason, now));
  backedUp.set(db, mark);
  return summary;
}

/** An automatic backup of the open data file, then rotation of its own backups. */
export async function autoBackup(db: Db, reason: BackupReason, now = new Date()): Promise<BackupSummary> {
  const summary = await ownBackup(db, reason, now);
  rotateBackups(selfOf(db));
  return summary;
}

export interface PendingBackup {
  summary: BackupSummary;
  /** After the change it guards: kept and rotated if something changed, deleted if nothing did. */
  settle(changed: boolean): void;
}

/**
 * The backup before importing bundles. Rotation waits for the import: a refused (or repeated)
 * import changed nothing, so its backup — the same content as the data file — is deleted and
 * every other backup is left as it was; only an import that changed the file rotates.
 */
export async function backupBeforeImport(db: Db, now = new Date()): Promise<PendingBackup> {
  const summary = await ownBackup(db, 'import', now);
  let settled = false;
  return {
    summary,
    settle(changed) {
      if (settled) return;
      settled = true;
      if (changed) rotateBackups(selfOf(db));
      else rmSync(summary.file, { force: true });
    },
  };
}

/** The newest automatic backup's time among the file's own, or null. */
export function newestBackupAt(self: Self): Date | null {
  const dates = listBackups(self)
    .filter((b) => b.reason && automatic.has(b.reason))
    .map((b) => new Date(b.createdAt).getTime());
  return dates.length ? new Date(Math.max(...dates)) : null;
}

/** The newest backup among the file's own, or null; any reason, checked now with SQLite's quick_check. */
export function latestGoodBackup(self: Self): string | null {
  for (const b of listBackups(self))
    if (inspectBackup(b.file, 'quick_check').intact && linksHold(b.file)) return b.file;
  return null;
}

/** Whether every row's links hold in a backup (a backup of a file with orphans is no good one). */
function linksHold(file: string): boolean {
  try {
    const db = new Database(file, { readonly: true, fileMustExist: true });
    try {
      return consistencyProblems(db).length === 0;
    } finally {
      db.close();
    }
  } catch {
    return false;
  }
}
