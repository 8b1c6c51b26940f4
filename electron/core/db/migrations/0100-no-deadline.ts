// Version 100: a resolution may have no deadline (issue 17; minutes-format.md, `deadline` null).
// deadline_kind becomes nullable. SQLite cannot change a column's NOT NULL or CHECK in place, so the
// table is rebuilt by the documented procedure (https://www.sqlite.org/lang_altertable.html#otheralter):
// the runner turns foreign keys off around the transaction (`rebuildsTables`) and checks them before
// it commits. Rows keep their ids, columns and order; the copy writes no change log and queues no
// search update (the new table has no triggers yet), since nothing a user sees changed.
import type { Migration } from './registry';

/** The table as version 90 had it (columns in the same order), with deadline_kind nullable. */
const table = `
CREATE TABLE resolution_new (
  id TEXT PRIMARY KEY,
  origin TEXT NOT NULL,
  session_id TEXT NOT NULL REFERENCES session (id) ON DELETE CASCADE,
  row INTEGER NOT NULL CHECK (row > 0),
  title TEXT,
  body TEXT NOT NULL,
  -- NULL: no deadline («بدون مهلت»), and then no value either.
  deadline_kind TEXT CHECK (deadline_kind IS NULL OR deadline_kind IN ('days', 'weeks', 'months', 'date', 'continuous', 'immediate', 'text')),
  deadline_value TEXT CHECK (deadline_kind IS NOT NULL OR deadline_value IS NULL),
  due_date TEXT,
  status TEXT NOT NULL DEFAULT 'not_started' CHECK (status IN ('not_started', 'in_progress', 'done', 'cancelled'))
) STRICT;
`;

const columns = 'id, origin, session_id, row, title, body, deadline_kind, deadline_value, due_date, status';

export const noDeadline: Migration = {
  version: 100,
  name: 'no-deadline',
  rebuildsTables: true,
  up(db) {
    // Every index and trigger of the table, as the file has them (final-minutes guards, change
    // log, search queue, and any an outside tool added), to be made again exactly so.
    const kept = db
      .prepare(
        `SELECT sql FROM sqlite_schema WHERE tbl_name = 'resolution' AND type IN ('index', 'trigger') AND sql IS NOT NULL ORDER BY rowid`,
      )
      .pluck()
      .all() as string[];
    db.exec(table);
    db.exec(`INSERT INTO resolution_new (${columns}) SELECT ${columns} FROM resolution`);
    db.exec('DROP TABLE resolution');
    // Legacy rename: the final-minutes guards of responsible name resolution, which is gone between
    // the DROP and the RENAME, and a modern RENAME refuses a schema with such a trigger. Nothing
    // names resolution_new, so nothing needs the rewriting legacy mode skips.
    const legacy = db.pragma('legacy_alter_table', { simple: true }) as number;
    db.pragma('legacy_alter_table = ON');
    db.exec('ALTER TABLE resolution_new RENAME TO resolution');
    db.pragma(`legacy_alter_table = ${legacy ? 'ON' : 'OFF'}`);
    for (const sql of kept) db.exec(sql);
  },
};
