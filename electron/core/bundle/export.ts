// Exporting a sync bundle: the changes since the last export (or everything, on request), the
// files they refer to, signed with the secretariat's key, streamed into the file; remembered once
// written, so the next follows on.
import { createHash } from 'node:crypto';
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { strToU8 } from 'fflate';
import { ownSecretariatId, roleOf } from '../db/installation';
import type { Db } from '../db/open';
import { latestVersion } from '../db/migrations/registry';
import { all, get, insert, sql } from '../db/sql';
import { DabirError } from '../errors';
import { sha256Hex } from '../minutes/canonical';
import { createArchive } from './archive';
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
  manifest: BundleManifest;
  /** SHA-256 of manifest.json: what the next bundle names as its previous one. */
  hash: string;
  /** The archive's size in bytes. */
  size: number;
}

const isSynced = (e: string): e is SyncedEntity => (syncedEntities as readonly string[]).includes(e);

/**
 * Whether a row is this secretariat's own: a province's file also holds headquarters' national
 * minutes (from directive bundles), which never go up as the province's.
 */
const isOwn = (entity: SyncedEntity, row: Record<string, unknown>, own: string) =>
  (entity === 'secretariat' ? row.id : row.origin) === own;

/** The last state of every own record changed after `after` (its last change decides: kept or deleted). */
function* changedRecords(db: Db, after: number, upTo: number): Generator<BundleRecord> {
  const own = ownSecretariatId(db);
  const changes = all<{ entity: string; entity_id: string; seq: number; op: string }>(
    db,
    sql`SELECT c.entity, c.entity_id, c.seq, c.op FROM change_log c
        JOIN (SELECT entity, entity_id, max(seq) AS seq FROM change_log WHERE seq > ${after} AND seq <= ${upTo} GROUP BY entity, entity_id) last
          ON last.seq = c.seq
        ORDER BY c.seq`,
  );
  for (const c of changes) {
    if (!isSynced(c.entity)) continue;
    const row =
      c.op === 'delete'
        ? undefined
        : get<Record<string, unknown>>(db, { text: `SELECT * FROM ${c.entity} WHERE id = ?`, params: [c.entity_id] });
    // Deletes are always own: a directive import deletes only assignments, which never go up.
    if (row && !isOwn(c.entity, row, own)) continue;
    yield row
      ? { entity: c.entity, op: 'upsert', id: c.entity_id, seq: c.seq, row }
      : { entity: c.entity, op: 'delete', id: c.entity_id, seq: c.seq };
  }
}

/** Every own record as it is now, parents first, read row by row: what a full bundle carries. */
function* allRecords(db: Db, upTo: number): Generator<BundleRecord> {
  const own = ownSecretariatId(db);
  for (const entity of syncedEntities)
    for (const row of db
      .prepare(`SELECT * FROM ${entity} WHERE ${entity === 'secretariat' ? 'id' : 'origin'} = ? ORDER BY rowid`)
      .iterate(own) as Iterable<Record<string, unknown>>)
      yield { entity, op: 'upsert', id: String(row.id), seq: upTo, row };
}

export interface BundlePlan {
  secretariat: { id: string; name: string; province: string };
  last: { to_seq: number; bundle_hash: string } | undefined;
  /** The change log's last sequence number: what the bundle covers up to. */
  upTo: number;
  full: boolean;
}

/** What a bundle asked for now would be; refuses (in Persian) when none can be made. */
export function bundlePlan(db: Db, options: { full?: boolean } = {}): BundlePlan {
  if (roleOf(db) === 'headquarters')
    throw new DabirError('invalid_input', 'این پرونده داده ستاد است؛ بسته را دبیرخانه‌های استان می‌فرستند، نه ستاد');
  const secretariat = get<{ id: string; name: string; province: string }>(
    db,
    sql`SELECT id, name, province FROM secretariat WHERE id = ${ownSecretariatId(db)}`,
  );
  if (!secretariat || secretariat.name.trim() === '')
    throw new DabirError('invalid_input', 'دبیرخانه هنوز نام ندارد؛ نخست برنامه را راه‌اندازی کنید');
  const last = get<{ to_seq: number; bundle_hash: string }>(
    db,
    sql`SELECT to_seq, bundle_hash FROM bundle_export ORDER BY id DESC LIMIT 1`,
  );
  const upTo = get<{ n: number | null }>(db, sql`SELECT max(seq) AS n FROM change_log`)?.n ?? 0;
  const full = options.full === true || !last;
  if (!full && pendingSummary(db).changes === 0)
    throw new DabirError('invalid_input', 'از آخرین ارسال به ستاد تغییری نبوده است؛ بسته تازه‌ای لازم نیست');
  return { secretariat, last, upTo, full };
}

/**
 * Builds a bundle into `sink` piece by piece, in one read transaction (one moment of the data):
 * records.jsonl is hashed and compressed as it is read, so memory stays small for ten years of a
 * province; manifest.json and its signature come last, once counts and hashes are known.
 */
function buildBundle(
  db: Db,
  options: { full?: boolean; now?: Date },
  sink: (chunk: Uint8Array) => void,
): ExportedBundle {
  return db.transaction((): ExportedBundle => {
    const { secretariat: s, last, upTo, full } = bundlePlan(db, options);
    const identity = ensureIdentity(db, s.id);

    let size = 0;
    const archive = createArchive((chunk) => {
      size += chunk.length;
      sink(chunk);
    });
    const records = archive.entry(entryNames.records, true);
    const recordsHash = createHash('sha256');
    const counts: BundleManifest['counts'] = {};
    const attachmentShas = new Set<string>();
    let n = 0;
    for (const r of full || !last ? allRecords(db, upTo) : changedRecords(db, last.to_seq, upTo)) {
      const line = `${n === 0 ? '' : '\n'}${JSON.stringify(r)}`;
      recordsHash.update(line);
      records.push(line);
      n++;
      const c = (counts[r.entity] ??= { upserts: 0, deletes: 0 });
      if (r.op === 'upsert') c.upserts++;
      else c.deletes++;
      if (r.entity === 'attachment' && r.op === 'upsert') attachmentShas.add(String(r.row.sha256));
    }
    records.end();

    const attachments: BundleManifest['attachments'] = [];
    for (const sha of attachmentShas) {
      const blob = get<{ data: Buffer }>(db, sql`SELECT data FROM blob WHERE sha256 = ${sha}`);
      if (!blob) throw new DabirError('internal', `محتوای پیوست ${sha} در پرونده داده نیست`);
      // Scans and PDFs are compressed already: stored as they are.
      const entry = archive.entry(attachmentEntry(sha), false);
      entry.push(blob.data);
      entry.end();
      attachments.push({ sha256: sha, size: blob.data.length });
    }
    const manifest: BundleManifest = {
      format: BUNDLE_FORMAT,
      schemaVersion: latestVersion,
      secretariat: { id: s.id, name: s.name, province: s.province, publicKey: identity.publicKey },
      full,
      fromSeq: full || !last ? 1 : last.to_seq + 1,
      toSeq: upTo,
      previousBundleHash: last?.bundle_hash ?? null,
      counts,
      recordsSha256: recordsHash.digest('hex'),
      attachments,
      createdAt: (options.now ?? new Date()).toISOString(),
    };
    const manifestBytes = strToU8(JSON.stringify(manifest, null, 2));
    const signature: BundleSignature = {
      algorithm: 'ed25519',
      publicKey: identity.publicKey,
      signature: signBytes(identity, manifestBytes),
    };
    for (const [name, bytes] of [
      [entryNames.manifest, manifestBytes],
      [entryNames.signature, strToU8(JSON.stringify(signature, null, 2))],
    ] as const) {
      const entry = archive.entry(name, true);
      entry.push(bytes);
      entry.end();
    }
    archive.end();
    return { manifest, hash: sha256Hex(manifestBytes), size };
  })();
}

/** A bundle in memory (tests, small uses); `writeBundle` streams one to disk. */
export function exportBundle(
  db: Db,
  options: { full?: boolean; now?: Date } = {},
): ExportedBundle & { bytes: Uint8Array } {
  const chunks: Uint8Array[] = [];
  const exported = buildBundle(db, options, (chunk) => chunks.push(chunk));
  return { ...exported, bytes: Buffer.concat(chunks) };
}

/**
 * Streams a bundle into `file`: written under `.partial`, flushed to the disk, then renamed, so
 * the real name only ever holds a whole bundle and a failed write leaves nothing behind.
 */
export function writeBundle(db: Db, file: string, options: { full?: boolean; now?: Date } = {}): ExportedBundle {
  const partial = `${file}.partial`;
  const fd = openSync(partial, 'w');
  try {
    const exported = buildBundle(db, options, (chunk) => {
      for (let at = 0; at < chunk.length;) at += writeSync(fd, chunk, at);
    });
    fsyncSync(fd);
    closeSync(fd);
    renameSync(partial, file);
    return exported;
  } catch (e) {
    try {
      closeSync(fd);
    } catch {
      // closed already
    }
    rmSync(partial, { force: true });
    throw e;
  }
}

/**
 * What the next incremental bundle would carry, counted without reading the rows: each changed
 * record once, by its last change (a full bundle when nothing was sent yet).
 */
export function pendingSummary(db: Db): { full: boolean; changes: number; counts: BundleManifest['counts'] } {
  const last = get<{ to_seq: number }>(db, sql`SELECT to_seq FROM bundle_export ORDER BY id DESC LIMIT 1`);
  const synced = JSON.stringify(syncedEntities);
  const own = ownSecretariatId(db);
  // Rows of another secretariat (headquarters' national minutes at a province) are not the province's to send.
  const foreign = syncedEntities
    .filter((e) => e !== 'secretariat')
    .map((e) => `WHEN '${e}' THEN EXISTS (SELECT 1 FROM ${e} x WHERE x.id = c.entity_id AND x.origin <> ?)`)
    .join(' ');
  const foreignParams = syncedEntities.filter((e) => e !== 'secretariat').map(() => own);
  const rows = last
    ? all<{ entity: SyncedEntity; deletes: number; n: number }>(db, {
        text: `SELECT c.entity, c.op = 'delete' AS deletes, count(*) AS n FROM change_log c
            JOIN (SELECT entity, entity_id, max(seq) AS seq FROM change_log WHERE seq > ? GROUP BY entity, entity_id) l
              ON l.seq = c.seq
            WHERE c.entity IN (SELECT value FROM json_each(?))
              AND NOT (CASE c.entity ${foreign} ELSE c.entity_id <> ? END)
            GROUP BY c.entity, deletes`,
        params: [last.to_seq, synced, ...foreignParams, own],
      })
    : syncedEntities.map((entity) => ({
        entity,
        deletes: 0,
        n:
          get<{ n: number }>(db, {
            text: `SELECT count(*) AS n FROM ${entity} WHERE ${entity === 'secretariat' ? 'id' : 'origin'} = ?`,
            params: [own],
          })?.n ?? 0,
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
