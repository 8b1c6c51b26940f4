// Version 80: the data file stays a plain SQLite file that any SQLite tool can edit. The search
// triggers of migration 40 called dabir_search_key, which only Dabir's own connections define, so
// every text edit from the sqlite3 CLI or DB Browser failed with «no such function». Now the
// triggers use nothing but SQLite itself: they only queue what changed in search_pending, and
// Dabir indexes the queue (normalising in JS) at open and before every call (search/pending.ts).
import type { Migration } from './registry';

/** The tables indexed when this migration was written (frozen; search/pending.ts has today's list). */
const indexedTables = ['resolution', 'agenda_item', 'discussion_point', 'follow_up'] as const;
type IndexedTable = (typeof indexedTables)[number];

/** The columns whose change changes what is indexed (id too: an outside tool may change it). */
const watched: Record<IndexedTable, string> = {
  resolution: 'id, title, body',
  agenda_item: 'id, text',
  discussion_point: 'id, text',
  follow_up: 'id, text',
};

// INSERT … WHERE NOT EXISTS rather than INSERT OR IGNORE: a conflict clause on the statement that
// fired the trigger (an outside tool's INSERT OR ABORT) would override the trigger's own.
const queue = (table: IndexedTable, row: 'NEW' | 'OLD') =>
  `INSERT INTO search_pending (kind, entity_id) SELECT '${table}', ${row}.id
    WHERE NOT EXISTS (SELECT 1 FROM search_pending WHERE kind = '${table}' AND entity_id = ${row}.id);`;

function queueTriggers(table: IndexedTable): string {
  return `
DROP TRIGGER ${table}_search_insert;
DROP TRIGGER ${table}_search_update;
DROP TRIGGER ${table}_search_delete;
CREATE TRIGGER ${table}_search_insert AFTER INSERT ON ${table} BEGIN ${queue(table, 'NEW')} END;
CREATE TRIGGER ${table}_search_update AFTER UPDATE OF ${watched[table]} ON ${table} BEGIN ${queue(table, 'OLD')} ${queue(table, 'NEW')} END;
CREATE TRIGGER ${table}_search_delete AFTER DELETE ON ${table} BEGIN ${queue(table, 'OLD')} END;`;
}

const schema = `
-- Records whose searchable text changed (inserted, edited, deleted) and is not indexed yet.
CREATE TABLE search_pending (
  kind TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  PRIMARY KEY (kind, entity_id)
) STRICT, WITHOUT ROWID;
${indexedTables.map(queueTriggers).join('\n')}
`;

export const outsideEdits: Migration = {
  version: 80,
  name: 'outside-edits',
  up(db) {
    db.exec(schema);
  },
};
