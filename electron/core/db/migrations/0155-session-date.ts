// Version 155: the calendar of sessions (issue 21) reads this secretariat's own sessions of a
// month, every group at once; an index by origin and date finds them without reading the rest
// (headquarters holds every province's sessions). Numbered between 150 and 160, taken by others.
import type { Migration } from './registry';

export const sessionDate: Migration = {
  version: 155,
  name: 'session-date',
  up(db) {
    db.exec(`CREATE INDEX session_origin_date ON session (origin, date);`);
  },
};
