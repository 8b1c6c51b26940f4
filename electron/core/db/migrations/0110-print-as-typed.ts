// Version 110: a working group may print its minutes exactly as typed. By default printing sets
// Persian typography (Persian digits in Persian text, ی/ک for Arabic ي/ك; contract/print-typography.ts);
// a body that wants the text on paper as the secretary typed it turns that off. Stored text never changes.
import type { Migration } from './registry';

export const printAsTyped: Migration = {
  version: 110,
  name: 'print-as-typed',
  up(db) {
    db.exec(
      `ALTER TABLE working_group ADD COLUMN print_as_typed INTEGER NOT NULL DEFAULT 0 CHECK (print_as_typed IN (0, 1))`,
    );
  },
};
