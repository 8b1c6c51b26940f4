// Exporting a sync bundle: the changes since the last export (or everything, on request), the
// files they refer to, signed with the secretariat's key; remembered once written, so the next follows on.
import { strToU8, zipSync } from 'fflate';
import { ownSecretariatId, roleOf } from '../db/installation';
import type { Db } from '../db/open';
import { latestVersion } from '../db/migrations/registry';
import { all, get, insert, sql } from '../db/sql';
import { DabirError } from '../errors';
import { sha256Hex } from '../minutes/canonical';
import { ensureIdentity, signBytes } from './identity';
import {
  attachmentEntry,
  BUNDLE_FORMAT,
  entryNames,
  syncedEntities,
  type BundleManifest,
  type BundleRecord,
  type BundleSignature,
  type SyncedEntity,
} from './format';

export interface ExportedBundle {
  bytes: Uint8Array;
  manifest: BundleManifest;
  hash: string;
}

const isSynced = (e: string): e is SyncedEntity => (syncedEntities as readonly string[]).includes(e);

function rowOf(db: Db, entity: SyncedEntity, id: string): Record<string, unknown> | undefined {
  return get(db, { text: `SELECT * FROM ${entity} WHERE id = ?`, params: [id] });
}

/** The last state of every record changed after `after` (its last change decides: kept or deleted). */
function changedRecords(db: Db, after: number, upTo: number): BundleRecord[] {
  const changes = all<{ entity: string; entity_id: string; seq: number; op: string }>(
    db,
    sql`SELECT c.entity, c.entity_id, c.seq, c.op FROM change_log c
        JOIN (SELECT entity, entity_id, max(seq) AS seq FROM change_log WHERE seq > ${after} AND seq <= ${upTo} GROUP BY entity, entity_id) last
          ON last.seq = c.seq
        ORDER BY c.seq`,
  );
  const records: BundleRecord[] = [];
  for (const c of changes) {
    if (!isSynced(c.entity)) continue;
    const row = c.op === 'delete' ? undefined : rowOf(db, c.entity, c.entity_id);
    records.push(
      row
        ? { entity: c.entity, op: 'upsert', id: c.entity_id, seq: c.seq, row }
        : { entity: c.entity, op: 'delete', id: c.entity_id, seq: c.seq },
    );
  }
  return records;
}

/** Every record as it is now, parents first: what a full bundle carries. */
function allRecords(db: Db, upTo: number): BundleRecord[] {
  return syncedEntities.flatMap((entity) =>
    all<Record<string, unknown>>(db, { text: `SELECT * FROM ${entity} ORDER BY rowid`, params: [] }).map(
      (row): BundleRecord => ({ entity, op: 'upsert', id: String(row.id), seq: upTo, row }),
    ),
  );
}

/**
 * What the next incremental bundle would carry, counted without reading the rows: each changed
 * record once, by its last change (a full bundle when nothing was sent yet).
 */
export function pendingSummary(db: Db): { full: boolean; changes: number; counts: BundleManifest['counts'] } {
  const last = get<{ to_seq: number }>(db, sql`SELECT to_seq FROM bundle_export ORDER BY id DESC LIMIT 1`);
  const synced = JSON.stringify(syncedEntities);
  const rows = last
    ? all<{ entity: SyncedEntity; deletes: number; n: number }>(
        db,
        sql`SELECT c.entity, c.op = 'delete' AS deletes, count(*) AS n FROM change_log c
            JOIN (SELECT entity, entity_id, max(seq) AS seq FROM change_log WHERE seq > ${last.to_seq} GROUP BY entity, entity_id) l
              ON l.seq = c.seq
            WHERE c.entity IN (SELECT value FROM json_each(${synced}))
            GROUP BY c.entity, deletes`,
      )
    : syncedEntities.map((entity) => ({
        entity,
        deletes: 0,
        n: get<{ n: number }>(db, { text: `SELECT count(*) AS n FROM ${entity}`, params: [] })?.n ?? 0,
      }));
  const counts: BundleManifest['counts'] = {};
  let changes = 0;
  for (const r of rows) {
    if (r.n === 0) continue;
    const c = (counts[r.entity] ??= { upserts: 0, deletes: 0 });
    if (r.deletes) c.deletes += r.n;
    else c.upserts += r.n;
    changes += r.n;
  }
  return { full: !last, changes, counts };
}

export function exportBundle(db: Db, options: { full?: boolean; now?: Date } = {}): ExportedBundle {
  return db.transaction((): ExportedBundle => {
    if (roleOf(db) === 'headquarters')
      throw new DabirError('invalid_input', 'این پرونده داده ستاد است؛ بسته را دبیرخانه‌های استان می‌فرستند، نه ستاد');
    const s = get<{ id: string; name: string; province: string }>(
      db,
      sql`SELECT id, name, province FROM secretariat WHERE id = ${ownSecretariatId(db)}`,
    );
    if (!s || s.name.trim() === '')
      throw new DabirError('invalid_input', 'دبیرخانه هنوز نام ندارد؛ نخست برنامه را راه‌اندازی کنید');
    const identity = ensureIdentity(db, s.id);
    const last = get<{ to_seq: number; bundle_hash: string }>(
      db,
      sql`SELECT to_seq, bundle_hash FROM bundle_export ORDER BY id DESC LIMIT 1`,
    );
    const upTo = get<{ n: number | null }>(db, sql`SELECT max(seq) AS n FROM change_log`)?.n ?? 0;
    const full = options.full === true || !last;
    const fromSeq = full ? 1 : last.to_seq + 1;
    const records = full ? allRecords(db, upTo) : changedRecords(db, last.to_seq, upTo);
    if (!full && records.length === 0)
      throw new DabirError('invalid_input', 'از آخرین ارسال به ستاد تغییری نبوده است؛ بسته تازه‌ای لازم نیست');

    const counts: BundleManifest['counts'] = {};
    for (const r of records) {
      const c = (counts[r.entity] ??= { upserts: 0, deletes: 0 });
      if (r.op === 'upsert') c.upserts++;
      else c.deletes++;
    }
    const recordsBytes = strToU8(records.map((r) => JSON.stringify(r)).join('\n'));
    const files: Record<string, Uint8Array> = {};
    const attachments: BundleManifest['attachments'] = [];
    for (const r of records) {
      if (r.entity !== 'attachment' || r.op !== 'upsert') continue;
      const sha = String(r.row.sha256);
      if (files[attachmentEntry(sha)]) continue;
      const blob = get<{ data: Buffer }>(db, sql`SELECT data FROM blob WHERE sha256 = ${sha}`);
      if (!blob) throw new DabirError('internal', `محتوای پیوست ${sha} در پرونده داده نیست`);
      files[attachmentEntry(sha)] = new Uint8Array(blob.data);
      attachments.push({ sha256: sha, size: blob.data.length });
    }
    const manifest: BundleManifest = {
      format: BUNDLE_FORMAT,
      schemaVersion: latestVersion,
      secretariat: { id: s.id, name: s.name, province: s.province, publicKey: identity.publicKey },
      full,
      fromSeq,
      toSeq: upTo,
      previousBundleHash: last?.bundle_hash ?? null,
      counts,
      recordsSha256: sha256Hex(recordsBytes),
      attachments,
      createdAt: (options.now ?? new Date()).toISOString(),
    };
    const manifestBytes = strToU8(JSON.stringify(manifest, null, 2));
    const signature: BundleSignature = {
      algorithm: 'ed25519',
      publicKey: identity.publicKey,
      signature: signBytes(identity, manifestBytes),
    };
    const hash = sha256Hex(manifestBytes);
    const bytes = zipSync({
      [entryNames.manifest]: manifestBytes,
      [entryNames.records]: recordsBytes,
      ...files,
      [entryNames.signature]: strToU8(JSON.stringify(signature, null, 2)),
    });
    return { bytes, manifest, hash };
  })();
}

/**
 * Remembers a bundle as sent, once its file is safely written: the next incremental bundle starts
 * after it and names its hash. A bundle whose file could not be written is never remembered.
 */
export function recordExport(db: Db, exported: ExportedBundle): void {
  db.transaction(() => {
    // Two bundles built at once would both name the same previous one: only the first is kept.
    const last = get<{ bundle_hash: string }>(db, sql`SELECT bundle_hash FROM bundle_export ORDER BY id DESC LIMIT 1`);
    if ((last?.bundle_hash ?? null) !== exported.manifest.previousBundleHash)
      throw new DabirError('conflict', 'در این میان بسته دیگری ساخته شد؛ این بسته را نفرستید و بسته تازه‌ای بسازید');
    insert(db, 'bundle_export', {
      from_seq: exported.manifest.fromSeq,
      to_seq: exported.manifest.toSeq,
      full: exported.manifest.full ? 1 : 0,
      bundle_hash: exported.hash,
      created_at: exported.manifest.createdAt,
    });
  })();
}
