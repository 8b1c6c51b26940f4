// The sync bundle at a province: what the next bundle would carry, the bundles sent, and
// «ارسال به ستاد» (a bundle written where the secretary chooses).
import { pendingSummary } from '../bundle/export';
import { fingerprint } from '../bundle/identity';
import { ownSecretariatId } from '../db/installation';
import { all, get, sql } from '../db/sql';
import type { Handlers } from './handlers';

export const bundleHandlers = {
  'bundle.status': (db) => {
    const key = get<{ public_key: string }>(
      db,
      sql`SELECT public_key FROM secretariat_key WHERE secretariat_id = ${ownSecretariatId(db)}`,
    );
    return {
      fingerprint: key ? fingerprint(key.public_key) : '',
      pending: pendingSummary(db),
      exports: all<{ created_at: string; full: number; from_seq: number; to_seq: number; bundle_hash: string }>(
        db,
        sql`SELECT created_at, full, from_seq, to_seq, bundle_hash FROM bundle_export ORDER BY id DESC`,
      ).map((e) => ({
        createdAt: e.created_at,
        full: e.full === 1,
        fromSeq: e.from_seq,
        toSeq: e.to_seq,
        hash: e.bundle_hash,
      })),
    };
  },
} satisfies Handlers<'bundle'>;
