// Version 40: following resolutions up (issue 5) — a status per resolution, dated follow-up
// reports, and the full-text search index over resolutions, agenda items, discussion points and
// follow-up reports. The index holds normalised text (dabir_search_key, registered on every
// connection by db/open.ts) and is kept by triggers, so no write path can leave it stale.
import type { Database } from 'better-sqlite3';
import type { Migration } from './registry';
import { changeLogTriggers } from './change-log-sql';

/** What is indexed: table → the SQL of its searchable text (over NEW/OLD). */
const indexed = {
  resolution: (r: string) => `coalesce(${r}.title, '') || ' ' || ${r}.body`,
  agenda_item: (r: string) => `${r}.text`,
  discussion_point: (r: string) => `${r}.text`,
  follow_up: (r: string) => `${r}.text`,
} as const;
const watched: Record<keyof typeof indexed, string> = {
  resolution: 'title, body',
  agenda_item: 'text',
  discussion_point: 'text',
  follow_up: 'text',
};

function indexTriggers(table: keyof typeof indexed): string {
  const add = `INSERT INTO search_doc (kind, entity_id) VALUES ('${table}', NEW.id);
  INSERT INTO search_index (rowid, text) VALUES (last_insert_rowid(), dabir_search_key(${indexed[table]('NEW')}));`;
  const drop = `DELETE FROM search_index WHERE rowid = (SELECT id FROM search_doc WHERE kind = '${table}' AND entity_id = OLD.id);
  DELETE FROM search_doc WHERE kind = '${table}' AND entity_id = OLD.id;`;
  return `
CREATE TRIGGER ${table}_search_insert AFTER INSERT ON ${table} BEGIN ${add} END;
CREATE TRIGGER ${table}_search_update AFTER UPDATE OF ${watched[table]} ON ${table} BEGIN ${drop} ${add} END;
CREATE TRIGGER ${table}_search_delete AFTER DELETE ON ${table} BEGIN ${drop} END;`;
}

const schema = `
ALTER TABLE resolution ADD COLUMN status TEXT NOT NULL DEFAULT 'not_started'
  CHECK (status IN ('not_started', 'in_progress', 'done', 'cancelled'));
CREATE INDEX resolution_status ON resolution (status, due_date);

-- پیگیری: a dated report on a resolution's progress, by an organisation, optionally given at a later session.
CREATE TABLE follow_up (
  id TEXT PRIMARY KEY,
  origin TEXT NOT NULL,
  resolution_id TEXT NOT NULL REFERENCES resolution (id) ON DELETE CASCADE,
  date TEXT NOT NULL,
  text TEXT NOT NULL,
  organization_id TEXT REFERENCES organization (id) ON DELETE SET NULL,
  organization TEXT,
  session_id TEXT REFERENCES session (id) ON DELETE SET NULL,
  created_at TEXT NOT NULL
) STRICT;
CREATE INDEX follow_up_resolution ON follow_up (resolution_id, date);
CREATE INDEX follow_up_organization ON follow_up (organization_id);
CREATE INDEX follow_up_session ON follow_up (session_id);

-- The search index: one row per searchable record. search_doc gives each a stable integer id
-- (an INTEGER PRIMARY KEY survives VACUUM, unlike the rowid of a table keyed by text).
CREATE TABLE search_doc (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  UNIQUE (kind, entity_id)
) STRICT;
CREATE VIRTUAL TABLE search_index USING fts5 (text, tokenize = 'unicode61 remove_diacritics 2');
${(Object.keys(indexed) as (keyof typeof indexed)[]).map(indexTriggers).join('\n')}
`;

/** Fills the index from the rows already there (also the way to rebuild it). */
export function rebuildSearchIndex(db: Database): void {
  db.exec('DELETE FROM search_index; DELETE FROM search_doc;');
  for (const table of Object.keys(indexed) as (keyof typeof indexed)[]) {
    db.exec(`INSERT INTO search_doc (kind, entity_id) SELECT '${table}', id FROM ${table};
      INSERT INTO search_index (rowid, text)
        SELECT d.id, dabir_search_key(${indexed[table]('t')}) FROM ${table} t JOIN search_doc d ON d.kind = '${table}' AND d.entity_id = t.id;`);
  }
}

export const followUp: Migration = {
  version: 40,
  name: 'follow-up',
  up(db) {
    db.exec(schema);
    db.exec(changeLogTriggers('follow_up'));
    rebuildSearchIndex(db);
  },
};
