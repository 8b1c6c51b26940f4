// Exporting a directive bundle at headquarters («ابلاغ به استان‌ها»): for one province or for all,
// the changes since that target's last bundle (or everything, on request), signed with
// headquarters' own key, written whole or not at all, and remembered once written.
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { strToU8 } from 'fflate';
import { ownSecretariatId, roleOf } from '../db/installation';
import type { Db } from '../db/open';
import { latestVersion } from '../db/migrations/registry';
import { all, get, insert, run, sql } from '../db/sql';
import { knownProvince, provinceKey } from '../domain/provinces';
import { DabirError } from '../errors';
import { sha256Hex } from '../minutes/canonical';
import { createArchive } from './archive';
import { DIRECTIVE_FORMAT, targetName, type DirectiveManifest } from './directive-format';
import { directiveRecords } from './directive-records';
import { attachmentEntry, entryNames, type BundleSignature } from './format';
import { ensureIdentity, signBytes } from './identity';

export interface DirectiveOptions {
  /** The province it is for; null or left out: every province. */
  province?: string | null;
  full?: boolean;
  now?: Date;
}

export interface ExportedDirective {
  manifest: DirectiveManifest;
  hash: string;
  bytes: Uint8Array;
  /** The national sessions it concerns: its chain carries them from now on. */
  sessionIds: string[];
}

const refuse = (message: string) => new DabirError('invalid_input', message);

/** Builds the bundle in memory (a directive holds national minutes, not ten years of a province). */
export function exportDirective(db: Db, options: DirectiveOptions = {}): ExportedDirective {
  return db.transaction((): ExportedDirective => {
    if (roleOf(db) !== 'headquarters')
      throw refuse('بسته ابلاغ را ستاد می‌سازد؛ این پرونده داده ستاد نیست (برنامه ستاد با --hq)');
    const own = ownSecretariatId(db);
    const hq = get<{ id: string; name: string; province: string }>(
      db,
      sql`SELECT id, name, province FROM secretariat WHERE id = ${own}`,
    );
    if (!hq || hq.name.trim() === '') throw refuse('ستاد هنوز نام ندارد؛ نخست برنامه را راه‌اندازی کنید');
    const typed = options.province?.trim() ? options.province : null;
    const province = typed === null ? null : knownProvince(typed);
    if (typed !== null && province === null)
      throw refuse(`«${typed}» نام هیچ‌یک از ۳۱ استان نیست؛ نام استان را همان‌گونه که در فهرست استان‌هاست بنویسید`);
    const targetKey = province === null ? '' : provinceKey(province);
    const last = get<{ to_seq: number; bundle_hash: string }>(
      db,
      sql`SELECT to_seq, bundle_hash FROM directive_export WHERE target_key = ${targetKey} ORDER BY id DESC LIMIT 1`,
    );
    const full = options.full === true || !last;
    const upTo = get<{ n: number | null }>(db, sql`SELECT max(seq) AS n FROM change_log`)?.n ?? 0;
    const sent = new Set(
      all<{ session_id: string }>(db, sql`SELECT session_id FROM directive_sent WHERE target_key = ${targetKey}`).map(
        (r) => r.session_id,
      ),
    );
    const { records, sessionIds } = directiveRecords(db, {
      own,
      targetKey,
      since: full || !last ? undefined : { toSeq: last.to_seq, sentSessions: sent },
      upTo,
    });
    if (full && sessionIds.length === 0)
      throw refuse(
        `هیچ صورتجلسه قطعی ستاد مصوبه‌ای ابلاغ‌شده به ${targetName(province)} ندارد؛ نخست جلسه را قطعی و مصوبه را به استان‌ها ابلاغ کنید`,
      );
    if (!full && records.length === 0)
      throw refuse(`از آخرین ابلاغ به ${targetName(province)} تغییری نبوده است؛ بسته تازه‌ای لازم نیست`);

    const identity = ensureIdentity(db, own);
    const lines = records.map((r) => JSON.stringify(r)).join('\n');
    // The signed copies' files, once each (content-addressed), listed in the signed manifest.
    const files = new Map<string, Buffer>();
    for (const r of records)
      if (r.entity === 'attachment' && r.op === 'upsert') {
        const sha = String(r.row.sha256);
        const blob = get<{ data: Buffer }>(db, sql`SELECT data FROM blob WHERE sha256 = ${sha}`);
        if (!blob) throw new DabirError('internal', `محتوای پیوست ${sha} در پرونده داده نیست`);
        files.set(sha, blob.data);
      }
    const counts: DirectiveManifest['counts'] = {};
    for (const r of records) {
      const c = (counts[r.entity] ??= { upserts: 0, deletes: 0 });
      if (r.op === 'upsert') c.upserts++;
      else c.deletes++;
    }
    const manifest: DirectiveManifest = {
      format: DIRECTIVE_FORMAT,
      schemaVersion: latestVersion,
      secretariat: { id: hq.id, name: hq.name, province: hq.province, publicKey: identity.publicKey },
      target: { province },
      full,
      fromSeq: full || !last ? 1 : last.to_seq + 1,
      toSeq: upTo,
      previousBundleHash: last?.bundle_hash ?? null,
      counts,
      recordsSha256: sha256Hex(lines),
      attachments: [...files].map(([sha256, data]) => ({ sha256, size: data.length })),
      createdAt: (options.now ?? new Date()).toISOString(),
    };
    const manifestBytes = strToU8(JSON.stringify(manifest, null, 2));
    const signature: BundleSignature = {
      algorithm: 'ed25519',
      publicKey: identity.publicKey,
      signature: signBytes(identity, manifestBytes),
    };
    const chunks: Uint8Array[] = [];
    const archive = createArchive((chunk) => chunks.push(chunk));
    for (const [name, bytes] of [
      [entryNames.records, strToU8(lines)],
      [entryNames.manifest, manifestBytes],
      [entryNames.signature, strToU8(JSON.stringify(signature, null, 2))],
    ] as const) {
      const entry = archive.entry(name, true);
      entry.push(bytes);
      entry.end();
    }
    for (const [sha, data] of files) {
      // Scans and PDFs are compressed already: stored as they are.
      const entry = archive.entry(attachmentEntry(sha), false);
      entry.push(data);
      entry.end();
    }
    archive.end();
    return { manifest, hash: sha256Hex(manifestBytes), bytes: Buffer.concat(chunks), sessionIds };
  })();
}

/** Remembers a directive as sent, once its file is written: its target's next bundle follows on. */
export function recordDirective(db: Db, exported: ExportedDirective): void {
  const m = exported.manifest;
  const targetKey = m.target.province === null ? '' : provinceKey(m.target.province);
  db.transaction(() => {
    const last = get<{ bundle_hash: string }>(
      db,
      sql`SELECT bundle_hash FROM directive_export WHERE target_key = ${targetKey} ORDER BY id DESC LIMIT 1`,
    );
    if ((last?.bundle_hash ?? null) !== m.previousBundleHash)
      throw new DabirError(
        'conflict',
        'در این میان بسته ابلاغ دیگری ساخته شد؛ این بسته را نفرستید و بسته تازه‌ای بسازید',
      );
    insert(db, 'directive_export', {
      target_key: targetKey,
      from_seq: m.fromSeq,
      to_seq: m.toSeq,
      full: m.full ? 1 : 0,
      bundle_hash: exported.hash,
      created_at: m.createdAt,
    });
    for (const id of exported.sessionIds)
      run(db, sql`INSERT OR IGNORE INTO directive_sent (target_key, session_id) VALUES (${targetKey}, ${id})`);
  })();
}

/** Builds, writes (under `.partial`, flushed, then renamed) and remembers a directive bundle. */
export function writeDirective(db: Db, file: string, options: DirectiveOptions = {}): ExportedDirective {
  const exported = exportDirective(db, options);
  const partial = `${file}.partial`;
  try {
    const fd = openSync(partial, 'w');
    try {
      for (let at = 0; at < exported.bytes.length;) at += writeSync(fd, exported.bytes, at);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(partial, file);
  } catch (e) {
    rmSync(partial, { force: true });
    throw e;
  }
  recordDirective(db, exported);
  return exported;
}
