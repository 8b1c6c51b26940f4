// Version 120: the source of a draft read from past minutes (a Word or text file), kept beside the
// draft with what the recognizer was not sure of, so the secretary reviews it against the original.
// Local to this installation: the draft itself is an ordinary session; its source never leaves the PC.
import type { Migration } from './registry';

export const pastMinutesSource: Migration = {
  version: 120,
  name: 'past-minutes-source',
  up(db) {
    db.exec(`
CREATE TABLE past_minutes_source (
  session_id TEXT PRIMARY KEY REFERENCES session (id) ON DELETE CASCADE,
  file_name TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('docx', 'doc', 'txt', 'pasted')),
  sha256 TEXT,
  -- JSON: the source lines as read ({text, cells}).
  lines TEXT NOT NULL,
  -- JSON: {used: [line], uncertain: [{path, reason, line}], organizations: [{organizationId, line}]}.
  review TEXT NOT NULL,
  imported_at TEXT NOT NULL,
  accepted_at TEXT
) STRICT;
CREATE INDEX past_minutes_source_sha256 ON past_minutes_source (sha256);
`);
  },
};
