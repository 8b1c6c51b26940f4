// Version 50: the sync bundle (issue 6). The secretariat's Ed25519 key pair — created on first
// open, kept in this file so backups carry it, never logged, so it never leaves in a bundle — and
// the bundles exported so far (what the next incremental one starts after, and the hash chain).
import type { Migration } from './registry';

const schema = `
CREATE TABLE secretariat_key (
  secretariat_id TEXT PRIMARY KEY REFERENCES secretariat (id),
  public_key TEXT NOT NULL,
  private_key TEXT NOT NULL,
  created_at TEXT NOT NULL
) STRICT;

CREATE TABLE bundle_export (
  id INTEGER PRIMARY KEY,
  from_seq INTEGER NOT NULL,
  to_seq INTEGER NOT NULL,
  full INTEGER NOT NULL CHECK (full IN (0, 1)),
  bundle_hash TEXT NOT NULL CHECK (length(bundle_hash) = 64),
  created_at TEXT NOT NULL
) STRICT;
`;

export const bundles: Migration = {
  version: 50,
  name: 'bundles',
  up(db) {
    db.exec(schema);
  },
};
