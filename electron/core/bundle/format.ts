// The `.dabir` sync bundle, format `dabir.bundle/1`: a zip with manifest.json (what, from whom,
// which change range, the previous bundle's hash, counts, the SHA-256 of everything else),
// records.jsonl (one record a line), attachments/<sha256> (files the records refer to) and
// signature.json (Ed25519 over manifest.json's bytes, so over all of it). Has its own version,
// separate from the database schema (style.md).

import type { SyncedEntity } from '../../contract/synced-entities';

/** Every synced entity, parents before children (the contract's list: the renderer names them too). */
export { syncedEntities, type SyncedEntity } from '../../contract/synced-entities';

export const BUNDLE_FORMAT = 'dabir.bundle/1';

export type BundleRecord<E extends string = SyncedEntity> =
  | { entity: E; op: 'upsert'; id: string; seq: number; row: Record<string, unknown> }
  | { entity: E; op: 'delete'; id: string; seq: number };

export interface BundleManifest {
  format: typeof BUNDLE_FORMAT;
  schemaVersion: number;
  secretariat: { id: string; name: string; province: string; publicKey: string };
  full: boolean;
  /** Change-log sequence numbers covered, inclusive; a full bundle covers 1..toSeq. */
  fromSeq: number;
  toSeq: number;
  /** SHA-256 of the previous bundle's manifest from this secretariat; null for its first. */
  previousBundleHash: string | null;
  counts: Partial<Record<SyncedEntity, { upserts: number; deletes: number }>>;
  recordsSha256: string;
  attachments: { sha256: string; size: number }[];
  createdAt: string;
}

export interface BundleSignature {
  algorithm: 'ed25519';
  publicKey: string;
  signature: string;
}

export const entryNames = { manifest: 'manifest.json', records: 'records.jsonl', signature: 'signature.json' } as const;
export const attachmentEntry = (sha256: string) => `attachments/${sha256}`;
