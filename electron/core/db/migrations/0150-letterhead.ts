// Version 150: the secretary's day (issue 21). The secretariat's letterhead (سربرگ) — the heading
// lines and logo its invitations and letters are printed on — is set once: one row, kept in this
// file only (it is the office's paper, not a record headquarters follows). Sessions are found by
// their date: this secretariat's own in a span of days, for the calendar of sessions (headquarters
// also holds every province's), and one group's next and last session, for the home screen; its
// follow-up reports of a span of days, for the home screen's year so far.
import type { Migration } from './registry';

export const letterhead: Migration = {
  version: 150,
  name: 'letterhead',
  up(db) {
    db.exec(`
CREATE TABLE letterhead (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  heading TEXT NOT NULL,
  logo BLOB,
  logo_media_type TEXT CHECK (logo_media_type IN ('image/png', 'image/jpeg')),
  updated_at TEXT NOT NULL,
  CHECK ((logo IS NULL) = (logo_media_type IS NULL))
) STRICT;
CREATE INDEX session_origin_date ON session (origin, date);
CREATE INDEX session_group_date ON session (working_group_id, date);
CREATE INDEX follow_up_origin_date ON follow_up (origin, date);
`);
  },
};
