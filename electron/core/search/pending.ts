// Keeps the full-text index in step with the rows. Triggers (migration 80) only queue what
// changed in search_pending, using SQLite alone, so any SQLite tool can edit the file; Dabir
// indexes the queue here with its own normalisation (dabir_search_key, db/open.ts) at open and
// before every call, so the index is right whenever Dabir next searches. Empty, it costs one lookup.
import type { Database } from 'better-sqlite3';

export const indexedTables = ['resolution', 'agenda_item', 'discussion_point', 'follow_up'] as const;
export type IndexedTable = (typeof indexedTables)[number];

/** The searchable text of a row of each indexed table (alias `t`). */
const textOf: Record<IndexedTable, string> = {
  resolution: `coalesce(t.title, '') || ' ' || t.body`,
  agenda_item: 't.text',
  discussion_point: 't.text',
  follow_up: 't.text',
};

const statements = new WeakMap<Database, { any: () => boolean; drain: () => void }>();

function prepared(db: Database) {
  let s = statements.get(db);
  if (s) return s;
  const any = db.prepare('SELECT 1 FROM search_pending LIMIT 1').pluck();
  const steps = [
    // What is queued leaves the index first, then comes back if its row is still there.
    `DELETE FROM search_index WHERE rowid IN
       (SELECT d.id FROM search_pending p JOIN search_doc d ON d.kind = p.kind AND d.entity_id = p.entity_id)`,
    `DELETE FROM search_doc WHERE id IN
       (SELECT d.id FROM search_pending p JOIN search_doc d ON d.kind = p.kind AND d.entity_id = p.entity_id)`,
    ...indexedTables.flatMap((table) => [
      `INSERT INTO search_doc (kind, entity_id)
         SELECT p.kind, p.entity_id FROM search_pending p JOIN ${table} t ON t.id = p.entity_id WHERE p.kind = '${table}'`,
      `INSERT INTO search_index (rowid, text)
         SELECT d.id, dabir_search_key(${textOf[table]}) FROM search_pending p
         JOIN ${table} t ON t.id = p.entity_id
         JOIN search_doc d ON d.kind = p.kind AND d.entity_id = p.entity_id
         WHERE p.kind = '${table}'`,
    ]),
    'DELETE FROM search_pending',
  ].map((text) => db.prepare(text));
  s = {
    any: () => any.get() !== undefined,
    drain: db.transaction(() => {
      for (const step of steps) step.run();
    }),
  };
  statements.set(db, s);
  return s;
}

/** Indexes what the queue holds; returns whether there was anything. */
export function refreshSearchIndex(db: Database): boolean {
  const s = prepared(db);
  if (!s.any()) return false;
  s.drain();
  return true;
}

/** Queues every indexed row: the way to rebuild the whole index. */
export function queueEverything(db: Database): void {
  db.transaction(() => {
    for (const table of indexedTables)
      db.exec(`INSERT OR IGNORE INTO search_pending (kind, entity_id) SELECT '${table}', id FROM ${table}`);
  })();
}
