// Version 140: the board at headquarters' scale (issue 20). Headquarters holds every province's
// resolutions; its board sorted every open one to show the first fifty. A partial index holds the
// open ones in the board's order (no due date last), so a page is read and stops; and one
// province's sessions are found by their secretariat (services/board.ts names both).
import type { Migration } from './registry';

export const boardOrder: Migration = {
  version: 140,
  name: 'board-order',
  up(db) {
    db.exec(`
CREATE INDEX resolution_open_due ON resolution (due_date IS NULL, due_date)
  WHERE status IN ('not_started', 'in_progress');
CREATE INDEX session_origin ON session (origin);
`);
  },
};
