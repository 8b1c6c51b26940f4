// Opens (or creates) the one SQLite file: WAL, foreign keys, full sync, migrations, identity.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { ltrIsolate, normalizeForSearch } from '../../contract/persian-text';
import { BrokenLinksError, DabirError, DamagedFileError } from '../errors';
import { refreshSearchIndex } from '../search/pending';
import { consistencyProblems } from './links';
import { applyKept } from '../bundle/deferred';
import { ensureIdentity } from '../bundle/identity';
import { migrate } from './migrate';
import { ensureInstallation } from './installation';

export type Db = Database.Database;

/** Applies the connection settings every Dabir database runs with. */
export function configure(db: Db): void {
  db.pragma('journal_mode = WAL');
  // FULL: a write the secretary saw acknowledged survives a power cut, not only a crash.
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  // The search index's triggers call this: one normalisation for the index and the query.
  db.function('dabir_search_key', { deterministic: true }, (text: unknown) =>
    typeof text === 'string' ? normalizeForSearch(text) : '',
  );
}

/** SQLite's quick_check: null when the file is sound, else the first problems it names. */
export function quickCheck(db: Db): string | null {
  try {
    const rows = (db.pragma('quick_check') as Record<string, string>[]).map((r) => String(Object.values(r)[0]));
    return rows.length === 1 && rows[0] === 'ok' ? null : rows.slice(0, 3).join('؛ ');
  } catch (e) {
    return (e as Error).message;
  }
}

export function openDatabase(file: string): Db {
  let db: Db;
  try {
    if (file !== ':memory:') mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    db = new Database(file);
    configure(db);
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') throw new DamagedFileError(file, (e as Error).message);
    throw new DabirError('storage', `پرونده داده «${ltrIsolate(file)}» باز نشد: ${(e as Error).message}`);
  }
  // Never start on top of a damaged file: checked at every open, before anything is written.
  const damage = quickCheck(db);
  if (damage) {
    db.close();
    throw new DamagedFileError(file, damage);
  }
  // Nor on rows that point at rows gone (an outside tool's DELETE with foreign keys off).
  const broken = consistencyProblems(db);
  if (broken.length > 0) {
    db.close();
    throw new BrokenLinksError(file, broken);
  }
  try {
    migrate(db);
    ensureIdentity(db, ensureInstallation(db));
    // What a newer Dabir's bundle brought before this update, written now that its tables may be here.
    applyKept(db);
    // What an outside tool changed since Dabir last ran is indexed before the first search.
    refreshSearchIndex(db);
  } catch (e) {
    db.close();
    throw e;
  }
  return db;
}
