// Version 130: the national loop (issue 20). Headquarters holds sessions of its own and assigns
// their resolutions to provinces (assignment); a province keeps its own status of each national
// resolution assigned to it and the due date it follows it by (national_status: its own row, which
// travels up in its bundle; a province's board, search and reports read a national resolution's
// status from it, never from headquarters' row); each side remembers the directive bundles (ابلاغ) it sent or took in. And one guard for every synced
// table: a row of another secretariat — a province's at headquarters, headquarters' at a province —
// is written only by a bundle import, which marks itself in sync_writer for its transaction.
import { FOREIGN_GUARD } from '../guards';
import { changeLogTriggers } from './change-log-sql';
import type { Migration } from './registry';

/** The tables with an `origin` column when this migration was written (frozen). */
const originTables = [
  'organization',
  'person',
  'working_group',
  'membership',
  'session',
  'agenda_item',
  'speaker',
  'discussion_point',
  'resolution',
  'responsible',
  'attendance',
  'signatory',
  'amendment',
  'attachment',
  'follow_up',
  'assignment',
  'national_status',
] as const;

const own = `(SELECT secretariat_id FROM installation)`;
const importing = `EXISTS (SELECT 1 FROM sync_writer)`;
const refuse = `SELECT RAISE(ABORT, '${FOREIGN_GUARD}')`;

function foreignGuards(table: (typeof originTables)[number]): string {
  return `
CREATE TRIGGER ${table}_foreign_insert BEFORE INSERT ON ${table}
  WHEN NEW.origin <> ${own} AND NOT ${importing} BEGIN ${refuse}; END;
CREATE TRIGGER ${table}_foreign_update BEFORE UPDATE ON ${table}
  WHEN (OLD.origin <> ${own} OR NEW.origin <> ${own}) AND NOT ${importing} BEGIN ${refuse}; END;
CREATE TRIGGER ${table}_foreign_delete BEFORE DELETE ON ${table}
  WHEN OLD.origin <> ${own} AND NOT ${importing} BEGIN ${refuse}; END;`;
}

/**
 * A row of one's own may not hang under another secretariat's: an agenda item added to a
 * province's session at headquarters would reach no one. The parent's origin, as SQL over NEW.
 * A follow-up report on headquarters' resolution is exactly what a province writes: refused only
 * at headquarters (on a province's resolution).
 */
const parentOrigin: Partial<Record<(typeof originTables)[number], string>> = {
  session: `(SELECT origin FROM working_group WHERE id = NEW.working_group_id)`,
  membership: `(SELECT origin FROM working_group WHERE id = NEW.working_group_id)`,
  agenda_item: `(SELECT origin FROM session WHERE id = NEW.session_id)`,
  speaker: `(SELECT origin FROM session WHERE id = NEW.session_id)`,
  resolution: `(SELECT origin FROM session WHERE id = NEW.session_id)`,
  attendance: `(SELECT origin FROM session WHERE id = NEW.session_id)`,
  signatory: `(SELECT origin FROM session WHERE id = NEW.session_id)`,
  amendment: `(SELECT origin FROM session WHERE id = NEW.session_id)`,
  attachment: `(SELECT origin FROM session WHERE id = NEW.session_id)`,
  discussion_point: `(SELECT origin FROM speaker WHERE id = NEW.speaker_id)`,
  responsible: `(SELECT origin FROM resolution WHERE id = NEW.resolution_id)`,
  assignment: `(SELECT origin FROM resolution WHERE id = NEW.resolution_id)`,
};

function parentGuards(table: keyof typeof parentOrigin): string {
  // Another's row itself is the foreign guards' (above).
  const when = `NEW.origin = ${own} AND ${parentOrigin[table]} <> ${own} AND NOT ${importing}`;
  return `
CREATE TRIGGER ${table}_foreign_parent_insert BEFORE INSERT ON ${table} WHEN ${when} BEGIN ${refuse}; END;
CREATE TRIGGER ${table}_foreign_parent_update BEFORE UPDATE ON ${table} WHEN ${when} BEGIN ${refuse}; END;`;
}

const followUpGuard = `
CREATE TRIGGER follow_up_foreign_parent_insert BEFORE INSERT ON follow_up
  WHEN (SELECT origin FROM resolution WHERE id = NEW.resolution_id) <> ${own}
   AND (SELECT role FROM installation) = 'headquarters' AND NOT ${importing}
  BEGIN ${refuse}; END;`;

const schema = `
-- A row here only inside a bundle import's transaction: the one writer of other secretariats' rows.
CREATE TABLE sync_writer (id INTEGER PRIMARY KEY CHECK (id = 1)) STRICT;

-- ابلاغ به استان: a national resolution assigned to one province (province_key its name normalised),
-- or to every province (province NULL, province_key ''). A deadline of its own, or NULL: the resolution's.
CREATE TABLE assignment (
  id TEXT PRIMARY KEY,
  origin TEXT NOT NULL,
  resolution_id TEXT NOT NULL REFERENCES resolution (id) ON DELETE CASCADE,
  province TEXT,
  province_key TEXT NOT NULL,
  deadline_kind TEXT CHECK (deadline_kind IN ('days', 'weeks', 'months', 'date', 'continuous', 'immediate', 'text')),
  deadline_value TEXT,
  due_date TEXT,
  created_at TEXT NOT NULL,
  UNIQUE (resolution_id, province_key),
  CHECK ((province IS NULL) = (province_key = ''))
) STRICT;
CREATE INDEX assignment_province ON assignment (province_key, resolution_id);

-- A province's own status of a national resolution assigned to it (one row a province a resolution),
-- made when the directive brings it; due_date is the one the province follows it by (its own deadline, or the resolution's).
CREATE TABLE national_status (
  id TEXT PRIMARY KEY,
  origin TEXT NOT NULL,
  resolution_id TEXT NOT NULL REFERENCES resolution (id) ON DELETE CASCADE,
  status TEXT NOT NULL CHECK (status IN ('not_started', 'in_progress', 'done', 'cancelled')),
  due_date TEXT,
  updated_at TEXT NOT NULL,
  UNIQUE (resolution_id, origin)
) STRICT;
CREATE INDEX national_status_origin ON national_status (origin, status, due_date);

-- What a bundle from a newer Dabir carried that this version cannot write yet: a record of an entity
-- it lacks ('record': data is the row, or {} for a delete), or the columns of a row it lacks
-- ('columns'). Kept until an update brings them; then written where they belong (bundle/deferred.ts).
CREATE TABLE sync_deferred (
  id INTEGER PRIMARY KEY,
  bundle_hash TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('record', 'columns')),
  entity TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  op TEXT NOT NULL CHECK (op IN ('upsert', 'delete')),
  data TEXT NOT NULL,
  received_at TEXT NOT NULL
) STRICT;

-- At headquarters: the directive bundles sent, a chain for each target ('' every province).
CREATE TABLE directive_export (
  id INTEGER PRIMARY KEY,
  target_key TEXT NOT NULL,
  from_seq INTEGER NOT NULL,
  to_seq INTEGER NOT NULL,
  full INTEGER NOT NULL CHECK (full IN (0, 1)),
  bundle_hash TEXT NOT NULL CHECK (length(bundle_hash) = 64),
  created_at TEXT NOT NULL
) STRICT;
CREATE INDEX directive_export_target ON directive_export (target_key, id);
-- The national sessions a target's chain has carried whole: the next bundle sends only their changes.
CREATE TABLE directive_sent (
  target_key TEXT NOT NULL,
  session_id TEXT NOT NULL,
  PRIMARY KEY (target_key, session_id)
) STRICT, WITHOUT ROWID;

-- At a province: headquarters' key, registered once by its fingerprint, and each chain taken in.
CREATE TABLE directive_source (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  secretariat_id TEXT NOT NULL,
  name TEXT NOT NULL,
  public_key TEXT NOT NULL,
  fingerprint TEXT NOT NULL,
  registered_at TEXT NOT NULL
) STRICT;
CREATE TABLE directive_chain (
  target_key TEXT PRIMARY KEY,
  last_to_seq INTEGER NOT NULL,
  last_bundle_hash TEXT NOT NULL CHECK (length(last_bundle_hash) = 64)
) STRICT;
CREATE TABLE directive_import (
  hash TEXT PRIMARY KEY CHECK (length(hash) = 64),
  target_key TEXT NOT NULL,
  full INTEGER NOT NULL CHECK (full IN (0, 1)),
  from_seq INTEGER NOT NULL,
  to_seq INTEGER NOT NULL,
  records INTEGER NOT NULL,
  imported_at TEXT NOT NULL
) STRICT;
`;

export const nationalLoop: Migration = {
  version: 130,
  name: 'national-loop',
  up(db) {
    db.exec(schema);
    db.exec(['assignment', 'national_status'].map(changeLogTriggers).join('\n'));
    db.exec(originTables.map(foreignGuards).join('\n'));
    db.exec((Object.keys(parentOrigin) as (keyof typeof parentOrigin)[]).map(parentGuards).join('\n'));
    db.exec(followUpGuard);
  },
};
