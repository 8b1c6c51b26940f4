// The messages the database's own guards raise (RAISE(ABORT, …) in migration 30's triggers):
// written once here, for the migration that creates the triggers and the code that reads them.
// They are stored inside every data file's triggers, so they never change.

/** Raised by every write to a final session or its parts; dispatch turns it into `session_final`. */
export const FINAL_GUARD = 'session_final';

/** Raised by any change to a recorded amendment. */
export const AMENDMENT_GUARD = 'amendment_recorded';

/** Raised by a write to another secretariat's row outside a bundle import (migration 130). */
export const FOREIGN_GUARD = 'foreign_record';

/**
 * Runs `write` as the one writer of other secretariats' rows (a bundle import), inside the
 * caller's transaction: the mark is gone when `write` returns or throws.
 */
export function asSyncWriter<T>(db: { exec(sql: string): unknown }, write: () => T): T {
  db.exec('INSERT INTO sync_writer (id) VALUES (1)');
  try {
    return write();
  } finally {
    db.exec('DELETE FROM sync_writer');
  }
}
