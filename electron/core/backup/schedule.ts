// When the app backs up on its own while it runs: at start (in the background: a large file never
// delays the window), daily, after a quiet spell that follows changes, and when it closes — so a
// day's work is in a backup the same day, and the newest backup holds the latest work. The shells
// (Electron's main, `dabir serve`) start this and await its stop when they close.
import type { Db } from '../db/open';
import { lastChange, sameMark, type BackupSummary } from './backup';
import { autoBackup, lastBackedUp, listBackups, newestBackupAt, rememberBackedUp, selfOf } from './own';

const HOUR = 3_600_000;

export interface BackupSchedule {
  onError?: (e: unknown) => void;
  /** How long without a change, after changes, before a «quiet» backup. */
  quietMs?: number;
  /** How often the quiet spell and the daily backup are looked at. */
  pollMs?: number;
}

/** Whether a backup of the file's own already holds its latest change. */
export function latestWorkBackedUp(db: Db): boolean {
  const now = lastChange(db);
  const known = lastBackedUp(db);
  if (known !== undefined && sameMark(known, now)) return true;
  const found = listBackups(selfOf(db)).some(
    (b) => b.intact && sameMark(b.lastSeq === null ? null : { seq: b.lastSeq, at: b.lastChangeAt ?? '' }, now),
  );
  // Found by reading the folder: remembered, so the next look is in memory.
  if (found) rememberBackedUp(db, now);
  return found;
}

/** The backup as the app closes, if the latest work is not in one yet; null when it was. */
export async function closeBackup(db: Db): Promise<BackupSummary | null> {
  if (!db.open || latestWorkBackedUp(db)) return null;
  return autoBackup(db, 'close');
}

/**
 * Starts the backups of an open data file. The returned stop() ends the timers (they never keep
 * the process alive), waits for a backup under way, then makes the closing one if it is needed.
 */
export function startBackups(db: Db, options: BackupSchedule = {}): () => Promise<void> {
  const { onError = () => undefined, quietMs = 10 * 60_000, pollMs = 60_000 } = options;
  // One backup at a time: they would only slow each other down.
  let running: Promise<unknown> = Promise.resolve();
  const backup = (job: () => Promise<unknown>) => {
    running = running.then(job).catch(onError);
    return running;
  };
  void backup(() => autoBackup(db, 'start'));

  let seen = db.open ? lastChange(db) : null;
  let changedAt = Date.now();
  let lastDailyCheck = Date.now();
  const tick = () => {
    if (!db.open) return;
    const now = lastChange(db);
    if (!sameMark(now, seen)) {
      seen = now;
      changedAt = Date.now();
      return;
    }
    if (Date.now() - changedAt >= quietMs && !latestWorkBackedUp(db)) {
      void backup(() => autoBackup(db, 'quiet'));
      return;
    }
    if (Date.now() - lastDailyCheck >= HOUR) {
      lastDailyCheck = Date.now();
      const newest = newestBackupAt(selfOf(db));
      if (!newest || Date.now() - newest.getTime() >= 24 * HOUR) void backup(() => autoBackup(db, 'daily'));
    }
  };
  const timer = setInterval(tick, pollMs);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
    await backup(() => closeBackup(db));
  };
}
