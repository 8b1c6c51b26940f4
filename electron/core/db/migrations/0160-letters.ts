// Version 160: letters to responsible bodies (issue 21). Once a session is final the secretariat
// writes one notification letter («ابلاغ مصوبات») per responsible organisation, and later one
// follow-up letter («پیگیری مصوبات») per organisation for its overdue resolutions. The office's own
// number and date of each letter are typed in and kept here, with the resolutions it covered, so
// each letter shows in their follow-up log. Kept in this file only, like the letterhead: the
// office's correspondence, not a record headquarters follows.
import type { Migration } from './registry';

export const letters: Migration = {
  version: 160,
  name: 'letters',
  up(db) {
    db.exec(`
CREATE TABLE letter (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('notification', 'follow_up')),
  working_group_id TEXT NOT NULL REFERENCES working_group (id) ON DELETE CASCADE,
  session_id TEXT REFERENCES session (id) ON DELETE CASCADE,
  organization_id TEXT REFERENCES organization (id) ON DELETE SET NULL,
  organization TEXT NOT NULL,
  number TEXT NOT NULL,
  date TEXT NOT NULL,
  created_at TEXT NOT NULL,
  CHECK ((kind = 'notification') = (session_id IS NOT NULL))
) STRICT;
CREATE INDEX letter_session ON letter (session_id);
CREATE INDEX letter_group ON letter (working_group_id, kind);
CREATE INDEX letter_organization ON letter (organization_id);

CREATE TABLE letter_resolution (
  letter_id TEXT NOT NULL REFERENCES letter (id) ON DELETE CASCADE,
  resolution_id TEXT NOT NULL REFERENCES resolution (id) ON DELETE CASCADE,
  PRIMARY KEY (letter_id, resolution_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX letter_resolution_resolution ON letter_resolution (resolution_id);
`);
  },
};
