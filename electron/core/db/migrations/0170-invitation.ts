// Version 170: the invitation (دعوتنامه) of a session, issue 21. The office's own number and date
// for it, and whether it goes as one letter per member organisation or one with a distribution
// list (رونوشت). Kept in this file only, as the letterhead is: the office's paper, not a record
// headquarters follows. Gone with its session.
import type { Migration } from './registry';

export const invitation: Migration = {
  version: 170,
  name: 'invitation',
  up(db) {
    db.exec(`
CREATE TABLE invitation (
  session_id TEXT PRIMARY KEY REFERENCES session (id) ON DELETE CASCADE,
  number TEXT,
  date TEXT CHECK (date IS NULL OR date GLOB '[0-9][0-9][0-9][0-9]/[0-9][0-9]/[0-9][0-9]'),
  mode TEXT NOT NULL CHECK (mode IN ('each', 'copies')),
  updated_at TEXT NOT NULL
) STRICT;
`);
  },
};
