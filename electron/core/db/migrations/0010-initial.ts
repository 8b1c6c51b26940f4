// Version 10: the first schema — secretariat, working groups, directory, sessions and their
// parts, and the append-only change log every write goes through (by trigger, so no code path
// can skip it). Every syncable row has a UUID `id` and the `origin` secretariat id.
import { changeLogTriggers } from './change-log-sql';
import type { Migration } from './registry';

/** Tables whose rows travel in the sync bundle; each gets change-log triggers. */
export const loggedTables = [
  'secretariat',
  'working_group',
  'organization',
  'membership',
  'person',
  'session',
  'agenda_item',
  'speaker',
  'discussion_point',
  'resolution',
  'responsible',
  'attendance',
  'signatory',
] as const;

const schema = `
CREATE TABLE secretariat (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  province TEXT NOT NULL,
  created_at TEXT NOT NULL
) STRICT;

CREATE TABLE working_group (
  id TEXT PRIMARY KEY,
  origin TEXT NOT NULL,
  name TEXT NOT NULL,
  name_key TEXT NOT NULL,
  province TEXT NOT NULL,
  organization TEXT,
  immediate_days INTEGER NOT NULL DEFAULT 3 CHECK (immediate_days >= 0)
) STRICT;
CREATE UNIQUE INDEX working_group_name ON working_group (origin, name_key);

CREATE TABLE organization (
  id TEXT PRIMARY KEY,
  origin TEXT NOT NULL,
  name TEXT NOT NULL,
  name_key TEXT NOT NULL
) STRICT;
CREATE UNIQUE INDEX organization_name ON organization (origin, name_key);

CREATE TABLE membership (
  id TEXT PRIMARY KEY,
  origin TEXT NOT NULL,
  working_group_id TEXT NOT NULL REFERENCES working_group (id) ON DELETE CASCADE,
  organization_id TEXT NOT NULL REFERENCES organization (id) ON DELETE RESTRICT,
  position INTEGER NOT NULL,
  since TEXT,
  until TEXT,
  UNIQUE (working_group_id, organization_id)
) STRICT;
CREATE INDEX membership_organization ON membership (organization_id);

CREATE TABLE person (
  id TEXT PRIMARY KEY,
  origin TEXT NOT NULL,
  name TEXT NOT NULL,
  name_key TEXT NOT NULL,
  title TEXT,
  organization_id TEXT REFERENCES organization (id) ON DELETE SET NULL
) STRICT;
CREATE INDEX person_name ON person (name_key);
CREATE INDEX person_organization ON person (organization_id);

CREATE TABLE session (
  id TEXT PRIMARY KEY,
  origin TEXT NOT NULL,
  working_group_id TEXT NOT NULL REFERENCES working_group (id) ON DELETE RESTRICT,
  year INTEGER NOT NULL,
  number INTEGER NOT NULL CHECK (number > 0),
  date TEXT NOT NULL,
  start_time TEXT,
  end_time TEXT,
  location TEXT,
  chair_name TEXT,
  chair_title TEXT,
  secretary_name TEXT,
  secretary_title TEXT,
  notes TEXT,
  status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'final')),
  created_at TEXT NOT NULL,
  UNIQUE (working_group_id, year, number)
) STRICT;

CREATE TABLE agenda_item (
  id TEXT PRIMARY KEY,
  origin TEXT NOT NULL,
  session_id TEXT NOT NULL REFERENCES session (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  text TEXT NOT NULL
) STRICT;
CREATE INDEX agenda_item_session ON agenda_item (session_id, position);

CREATE TABLE speaker (
  id TEXT PRIMARY KEY,
  origin TEXT NOT NULL,
  session_id TEXT NOT NULL REFERENCES session (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  name TEXT,
  title TEXT
) STRICT;
CREATE INDEX speaker_session ON speaker (session_id, position);

CREATE TABLE discussion_point (
  id TEXT PRIMARY KEY,
  origin TEXT NOT NULL,
  speaker_id TEXT NOT NULL REFERENCES speaker (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  text TEXT NOT NULL
) STRICT;
CREATE INDEX discussion_point_speaker ON discussion_point (speaker_id, position);

CREATE TABLE resolution (
  id TEXT PRIMARY KEY,
  origin TEXT NOT NULL,
  session_id TEXT NOT NULL REFERENCES session (id) ON DELETE CASCADE,
  row INTEGER NOT NULL CHECK (row > 0),
  title TEXT,
  body TEXT NOT NULL,
  deadline_kind TEXT NOT NULL CHECK (deadline_kind IN ('days', 'weeks', 'months', 'date', 'continuous', 'immediate', 'text')),
  deadline_value TEXT,
  due_date TEXT
) STRICT;
CREATE INDEX resolution_session ON resolution (session_id, row);
CREATE INDEX resolution_due ON resolution (due_date);

CREATE TABLE responsible (
  id TEXT PRIMARY KEY,
  origin TEXT NOT NULL,
  resolution_id TEXT NOT NULL REFERENCES resolution (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  organization_id TEXT REFERENCES organization (id) ON DELETE SET NULL,
  text TEXT NOT NULL
) STRICT;
CREATE INDEX responsible_resolution ON responsible (resolution_id, position);
CREATE INDEX responsible_organization ON responsible (organization_id);

CREATE TABLE attendance (
  id TEXT PRIMARY KEY,
  origin TEXT NOT NULL,
  session_id TEXT NOT NULL REFERENCES session (id) ON DELETE CASCADE,
  organization_id TEXT NOT NULL REFERENCES organization (id) ON DELETE RESTRICT,
  position INTEGER NOT NULL,
  person TEXT,
  status TEXT NOT NULL CHECK (status IN ('present', 'deputy', 'representative', 'absent', 'excused', 'guest')),
  UNIQUE (session_id, organization_id)
) STRICT;
CREATE INDEX attendance_organization ON attendance (organization_id);

CREATE TABLE signatory (
  id TEXT PRIMARY KEY,
  origin TEXT NOT NULL,
  session_id TEXT NOT NULL REFERENCES session (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  name TEXT NOT NULL,
  title TEXT
) STRICT;
CREATE INDEX signatory_session ON signatory (session_id, position);

CREATE TABLE change_log (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  entity TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  op TEXT NOT NULL CHECK (op IN ('insert', 'update', 'delete')),
  at TEXT NOT NULL
) STRICT;
CREATE TRIGGER change_log_no_update BEFORE UPDATE ON change_log BEGIN SELECT RAISE(ABORT, 'change_log is append-only'); END;
CREATE TRIGGER change_log_no_delete BEFORE DELETE ON change_log BEGIN SELECT RAISE(ABORT, 'change_log is append-only'); END;
`;

export const initial: Migration = {
  version: 10,
  name: 'initial',
  up(db) {
    db.exec(schema);
    db.exec(loggedTables.map(changeLogTriggers).join('\n'));
  },
};
