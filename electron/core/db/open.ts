// Opens (or creates) the one SQLite file: WAL, foreign keys, full sync, migrations, identity.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { normalizeForSearch } from '../../contract/persian-text';
import { DabirError } from '../errors';
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

export function openDatabase(file: string): Db {
  let db: Db;
  try {
    if (file !== ':memory:') mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    db = new Database(file);
    configure(db);
  } catch (e) {
    throw new DabirError('storage', `پرونده داده «${file}» باز نشد: ${(e as Error).message}`);
  }
  try {
    migrate(db);
    ensureIdentity(db, ensureInstallation(db));
  } catch (e) {
    db.close();
    throw e;
  }
  return db;
}
