// Applies pending migrations in one transaction and records the version in PRAGMA user_version.
import type { Database } from 'better-sqlite3';
import { toPersianDigits } from '../../contract/persian-text';
import { DabirError } from '../errors';
import { migrations as registry, type Migration } from './migrations/registry';

export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Brings the database up to `target` (default: the newest known version). A file written by a
 * newer Dabir is refused rather than guessed at. All pending steps share one transaction, so a
 * failing step leaves the file exactly as it was.
 */
export function migrate(db: Database, target?: number, list: readonly Migration[] = registry): number {
  const latest = list.at(-1)?.version ?? 0;
  const goal = target ?? latest;
  const current = schemaVersion(db);
  if (current > latest) {
    throw new DabirError(
      'storage',
      `این پرونده داده با نسخه‌ای تازه‌تر از دبیر ساخته شده است (نسخه طرح ${current}، این برنامه تا ${latest}). دبیر را به‌روز کنید؛ پرونده دست نخورد.`,
    );
  }
  const pending = list.filter((m) => m.version > current && m.version <= goal);
  if (pending.length === 0) return current;
  const rebuilds = pending.some((m) => m.rebuildsTables);
  const steps = db.transaction(() => {
    for (const m of pending) {
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
    }
    if (rebuilds) refuseBrokenLinks(db);
  });
  if (!rebuilds) {
    steps();
    return goal;
  }
  // A table rebuilt with foreign keys on would cascade its DROP to every row pointing at it.
  if (db.inTransaction) throw new Error('a migration that rebuilds tables cannot run inside a transaction');
  const foreignKeys = db.pragma('foreign_keys', { simple: true }) as number;
  db.pragma('foreign_keys = OFF');
  try {
    steps();
  } finally {
    db.pragma(`foreign_keys = ${foreignKeys ? 'ON' : 'OFF'}`);
  }
  return goal;
}

/** A rebuilt table must leave every link whole: otherwise nothing of the migrations is kept. */
function refuseBrokenLinks(db: Database): void {
  const broken = db.pragma('foreign_key_check') as { table: string; rowid: number; parent: string }[];
  if (broken.length === 0) return;
  const first = broken[0]!;
  throw new DabirError(
    'storage',
    `به‌روزرسانی پرونده داده انجام نشد: ${toPersianDigits(broken.length)} پیوند شکسته پیدا شد (نخست: ${first.table} ${first.rowid} → ${first.parent})؛ پرونده دست نخورد.`,
  );
}
