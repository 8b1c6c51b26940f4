// Version 20: a working group's default chair and secretary, people from the directory. A new
// session with no earlier one to copy from starts with them; deleting the person clears them.
import type { Migration } from './registry';

export const groupOfficers: Migration = {
  version: 20,
  name: 'group-officers',
  up(db) {
    db.exec(`
ALTER TABLE working_group ADD COLUMN default_chair_id TEXT REFERENCES person (id) ON DELETE SET NULL;
ALTER TABLE working_group ADD COLUMN default_secretary_id TEXT REFERENCES person (id) ON DELETE SET NULL;
CREATE INDEX working_group_default_chair ON working_group (default_chair_id);
CREATE INDEX working_group_default_secretary ON working_group (default_secretary_id);
`);
  },
};
