// Version 70: what this data file is. Its own secretariat (at headquarters the secretariat table
// also holds every province's row, so "the first row" is not an answer) and its role: a
// province's secretariat, which writes minutes and sends bundles, or headquarters, which imports
// them. The role is chosen once (first run, or `--hq`) and never changes: a province file that
// took in other provinces' records would send them on as its own.
import type { Migration } from './registry';

const schema = `
CREATE TABLE installation (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  secretariat_id TEXT NOT NULL REFERENCES secretariat (id),
  role TEXT CHECK (role IN ('province', 'headquarters'))
) STRICT;
`;

/**
 * The row for a file that has a secretariat but no installation row yet: the own secretariat is
 * the one holding the key pair (made at every open since version 50), else the first; a file
 * that imported bundles is headquarters, a named one a province.
 */
export const adoptSecretariat = `
  INSERT INTO installation (id, secretariat_id, role)
  SELECT 1, s.id,
         CASE WHEN EXISTS (SELECT 1 FROM hq_secretariat) THEN 'headquarters'
              WHEN s.name <> '' THEN 'province' END
  FROM secretariat s
  ORDER BY EXISTS (SELECT 1 FROM secretariat_key k WHERE k.secretariat_id = s.id) DESC, s.rowid
  LIMIT 1;
`;

export const installation: Migration = {
  version: 70,
  name: 'installation',
  up(db) {
    db.exec(schema);
    db.exec(adoptSecretariat);
  },
};
