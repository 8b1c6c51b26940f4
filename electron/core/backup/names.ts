// Naming the backups of one data file: `<stem>-<local time>-<reason>.sqlite`, the stem being the
// data file's own name without `.sqlite` (`dabir-hq-2026-11-30T09-41-07-import.sqlite` for
// `dabir-hq.sqlite`), so two data files sharing a folder never share a name, and a reader of the
// folder sees whose each one is. Names from before this scheme (`dabir-<time>-<reason>.sqlite`,
// whatever file made them) parse with the stem `dabir`; whose they really are is read from their
// content (own.ts).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { backupReasons, type BackupReason } from '../../contract/backup-reasons';

/** `backups/` beside the data file: shared by every data file of that folder. */
export const backupFolder = (dataFile: string) => path.join(path.dirname(path.resolve(dataFile)), 'backups');

/** The data file's name without `.sqlite`: the first part of its backups' names. */
export const stemOf = (dataFile: string) => path.basename(dataFile).replace(/\.sqlite$/i, '');

const pad = (n: number) => String(n).padStart(2, '0');
const stamp = (d: Date) =>
  `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}-${pad(d.getMinutes())}-${pad(d.getSeconds())}`;
// The time is fixed-width and the reasons are a closed list, so a stem may hold dashes of its own.
const namePattern = /^(.+)-(\d{4})-(\d{2})-(\d{2})T(\d{2})-(\d{2})-(\d{2})(?:-(\d+))?-([a-z-]+)\.sqlite$/;

/** `<stem>-2026-11-30T09-41-07-start.sqlite`, local time; -2, -3… if taken within the same second. */
export function backupName(dataFile: string, reason: BackupReason, now = new Date()): string {
  const folder = backupFolder(dataFile);
  const stem = stemOf(dataFile);
  let name = `${stem}-${stamp(now)}-${reason}.sqlite`;
  for (let i = 2; existsSync(path.join(folder, name)); i++) name = `${stem}-${stamp(now)}-${i}-${reason}.sqlite`;
  return path.join(folder, name);
}

export interface ParsedName {
  stem: string;
  date: Date;
  /** 1, or the -2, -3… of a name taken within the same second: orders backups made in one second. */
  nth: number;
  reason: BackupReason;
}

export function parseName(file: string): ParsedName | null {
  const m = namePattern.exec(path.basename(file));
  if (!m || !(backupReasons as readonly string[]).includes(m[9]!)) return null;
  const [y, mo, d, h, mi, s] = m.slice(2, 8).map(Number) as [number, number, number, number, number, number];
  return {
    stem: m[1]!,
    date: new Date(y, mo - 1, d, h, mi, s),
    nth: m[8] ? Number(m[8]) : 1,
    reason: m[9] as BackupReason,
  };
}
