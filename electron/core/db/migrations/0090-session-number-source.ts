// Version 90: a session's number may come from its document. Drafts typed in Dabir are numbered
// 1..n by date within the year (domain/session-numbers.ts); minutes imported from elsewhere carry
// the number their body gave them («پنجمین جلسه») and keep it, as a final session does, however the
// year's other drafts move. Sessions already imported before this version are marked by nothing
// that says so, so they are left as they were: numbered by date at the year's next change.
import type { Migration } from './registry';

export const sessionNumberSource: Migration = {
  version: 90,
  name: 'session-number-source',
  up(db) {
    db.exec(
      `ALTER TABLE session ADD COLUMN number_from_document INTEGER NOT NULL DEFAULT 0 CHECK (number_from_document IN (0, 1))`,
    );
  },
};
