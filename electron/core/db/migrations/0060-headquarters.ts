// Version 60: the headquarters side of sync (issue 6). The secretariats registered by their first
// bundle (with the public key every later bundle must be signed by), and every bundle imported,
// so the same bundle twice changes nothing and a gap in a secretariat's chain is seen.
import type { Migration } from './registry';

const schema = `
CREATE TABLE hq_secretariat (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  province TEXT NOT NULL,
  public_key TEXT NOT NULL,
  fingerprint TEXT NOT NULL,
  last_to_seq INTEGER NOT NULL,
  last_bundle_hash TEXT NOT NULL,
  registered_at TEXT NOT NULL
) STRICT;

CREATE TABLE hq_bundle (
  hash TEXT PRIMARY KEY CHECK (length(hash) = 64),
  secretariat_id TEXT NOT NULL REFERENCES hq_secretariat (id),
  full INTEGER NOT NULL CHECK (full IN (0, 1)),
  from_seq INTEGER NOT NULL,
  to_seq INTEGER NOT NULL,
  records INTEGER NOT NULL,
  imported_at TEXT NOT NULL
) STRICT;
CREATE INDEX hq_bundle_secretariat ON hq_bundle (secretariat_id, to_seq);
`;

export const headquarters: Migration = {
  version: 60,
  name: 'headquarters',
  up(db) {
    db.exec(schema);
  },
};
