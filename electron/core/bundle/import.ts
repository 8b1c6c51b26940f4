// Importing bundles at headquarters: all or nothing in one transaction; the same bundle twice
// changes nothing; a gap or a broken hash chain, a new secretariat not yet trusted, another key,
// a record of another secretariat or one that does not fit the schema — each refused with a
// Persian message, and the headquarters file left as it was. A full bundle re-bases a secretariat.
import { createHash } from 'node:crypto';
import { toPersianDigits } from '../../contract/persian-text';
import { FINAL_GUARD } from '../db/migrations/0030-final-minutes';
import { claimRole, roleOf } from '../db/installation';
import type { Db } from '../db/open';
import { all, get, insert, run, sql } from '../db/sql';
import { DabirError } from '../errors';
import { syncedEntities, type BundleRecord, type SyncedEntity } from './format';
import { readBundle, type VerifiedBundle } from './verify';

export interface ImportResult {
  status: 'imported' | 'already';
  secretariatId: string;
  name: string;
  province: string;
  fingerprint: string;
  registered: boolean;
  records: number;
}

interface Registered {
  id: string;
  public_key: string;
  last_to_seq: number;
  last_bundle_hash: string;
}

const refuse = (what: string, ask: string) => new DabirError('invalid_input', `${what}؛ ${ask}`);

function columnsOf(db: Db, table: string): Set<string> {
  return new Set(
    all<{ name: string }>(db, { text: `SELECT name FROM pragma_table_info(?)`, params: [table] }).map((c) => c.name),
  );
}

/** Writes one record's row: insert, or update of the columns that differ (so guards on unchanged content stay quiet). */
function upsert(db: Db, entity: SyncedEntity, row: Record<string, unknown>, columns: Set<string>, n: number): void {
  for (const key of Object.keys(row))
    if (!columns.has(key))
      throw refuse(`رکورد ${n} (${entity}) ستون ناشناخته «${key}» دارد`, 'از استان بسته تازه‌ای بخواهید');
  const current = get<Record<string, unknown>>(db, { text: `SELECT * FROM ${entity} WHERE id = ?`, params: [row.id] });
  if (!current) return insert(db, entity, row);
  const changed = Object.keys(row).filter((k) => current[k] !== row[k]);
  if (changed.length === 0) return;
  run(db, {
    text: `UPDATE ${entity} SET ${changed.map((c) => `${c} = ?`).join(', ')} WHERE id = ?`,
    params: [...changed.map((c) => row[c]), row.id],
  });
}

function apply(db: Db, b: VerifiedBundle): void {
  const origin = b.manifest.secretariat.id;
  const byEntity = new Map<SyncedEntity, BundleRecord[]>();
  for (const r of b.records) {
    const list = byEntity.get(r.entity);
    if (list) list.push(r);
    else byEntity.set(r.entity, [r]);
  }
  const owner = (entity: SyncedEntity, id: string) =>
    get<{ origin: string }>(db, {
      text:
        entity === 'secretariat'
          ? `SELECT id AS origin FROM secretariat WHERE id = ?`
          : `SELECT origin FROM ${entity} WHERE id = ?`,
      params: [id],
    })?.origin;
  // A secretariat writes only its own records.
  for (const r of b.records) {
    const claimed = r.entity === 'secretariat' ? r.id : r.op === 'upsert' ? r.row.origin : origin;
    const existing = owner(r.entity, r.id);
    if (claimed !== origin || (existing !== undefined && existing !== origin))
      throw refuse(
        `بسته رکوردی از دبیرخانه دیگری دارد (${r.entity} ${r.id.slice(0, 8)})`,
        'بسته پذیرفته نشد؛ از استان بسته تازه‌ای بخواهید',
      );
  }
  // The files first: attachments point at them.
  for (const [sha, data] of b.attachments)
    run(db, sql`INSERT OR IGNORE INTO blob (sha256, size, data) VALUES (${sha}, ${data.length}, ${Buffer.from(data)})`);
  // A full bundle is the whole of the secretariat: what it no longer has goes (children first).
  if (b.manifest.full)
    for (const entity of [...syncedEntities].reverse()) {
      if (entity === 'secretariat') continue;
      const keep = JSON.stringify((byEntity.get(entity) ?? []).map((r) => r.id));
      run(db, {
        text: `DELETE FROM ${entity} WHERE origin = ? AND id NOT IN (SELECT value FROM json_each(?))`,
        params: [origin, keep],
      });
    }
  // Children first for deletes, parents first for the rest.
  for (const entity of [...syncedEntities].reverse())
    for (const r of byEntity.get(entity) ?? [])
      if (r.op === 'delete') run(db, { text: `DELETE FROM ${entity} WHERE id = ?`, params: [r.id] });
  // A final session's parts arrive after it: the session is written as a draft first and made
  // final at the end, so the guards of a final session (migration 30) never see a half record.
  const finals: Record<string, unknown>[] = [];
  let n = 0;
  for (const entity of syncedEntities) {
    const columns = columnsOf(db, entity);
    for (const r of byEntity.get(entity) ?? []) {
      n++;
      if (r.op !== 'upsert') continue;
      let row = r.row;
      const wasFinal = () => get(db, sql`SELECT 1 FROM session WHERE id = ${r.id} AND status = 'final'`) !== undefined;
      if (entity === 'session' && row.status === 'final' && !wasFinal()) {
        finals.push(row);
        row = { ...row, status: 'draft', content_hash: null, final_content: null, finalized_at: null };
      }
      upsert(db, entity, row, columns, n);
    }
  }
  const sessionColumns = columnsOf(db, 'session');
  for (const row of finals) upsert(db, 'session', row, sessionColumns, n);
  // Final sessions arrive with their content hash; headquarters recomputes it.
  for (const s of all<{ id: string; content_hash: string; final_content: string }>(
    db,
    sql`SELECT id, content_hash, final_content FROM session WHERE origin = ${origin} AND status = 'final'`,
  )) {
    if (createHash('sha256').update(s.final_content).digest('hex') !== s.content_hash)
      throw refuse(
        `اثر انگشت صورتجلسه قطعی ${s.id.slice(0, 8)} با محتوای آن نمی‌خواند`,
        'از استان بسته کامل تازه‌ای بخواهید',
      );
  }
}

export function importBundle(
  db: Db,
  bytes: Uint8Array,
  options: { trustNew?: boolean; now?: Date } = {},
): ImportResult {
  const b = readBundle(bytes);
  const m = b.manifest;
  const base = {
    secretariatId: m.secretariat.id,
    name: m.secretariat.name,
    province: m.secretariat.province,
    fingerprint: b.fingerprint,
  };
  const ask = `از دبیرخانه ${m.secretariat.name} (${m.secretariat.province})`;
  return db.transaction((): ImportResult => {
    if (roleOf(db) === 'province')
      throw new DabirError(
        'invalid_input',
        'این پرونده داده دبیرخانه استان است و بسته استان‌های دیگر را نمی‌پذیرد؛ بسته‌ها را در پرونده داده ستاد وارد کنید (برنامه با --hq)',
      );
    // A new, unnamed file becomes headquarters at its first import.
    claimRole(db, 'headquarters');
    if (get(db, sql`SELECT 1 FROM hq_bundle WHERE hash = ${b.hash}`))
      return { ...base, status: 'already', registered: false, records: 0 };
    const known = get<Registered>(
      db,
      sql`SELECT id, public_key, last_to_seq, last_bundle_hash FROM hq_secretariat WHERE id = ${m.secretariat.id}`,
    );
    if (!known && !options.trustNew)
      // path `trustNew`: what the app asks the secretary to confirm before trying again.
      throw new DabirError(
        'invalid_input',
        `دبیرخانه ${m.secretariat.name} (${m.secretariat.province}) تازه است و اثر انگشت کلیدش ${b.fingerprint} است؛ آن را تلفنی با استان مقایسه کنید و اگر یکی بود بسته را با «پذیرش دبیرخانه تازه» (--trust-new) وارد کنید`,
        'trustNew',
      );
    if (known && known.public_key !== m.secretariat.publicKey)
      throw refuse(
        'بسته با کلید دیگری امضا شده است، نه کلیدی که این دبیرخانه با آن ثبت شده',
        `${ask} بپرسید چه شده است و بسته را نپذیرید`,
      );
    if (known && !m.full) {
      if (m.fromSeq > known.last_to_seq + 1)
        throw refuse(
          `بین آخرین بسته واردشده (تا تغییر ${toPersianDigits(known.last_to_seq)}) و این بسته (از ${toPersianDigits(m.fromSeq)}) فاصله هست`,
          `${ask} بسته‌های میانی یا یک بسته کامل بخواهید`,
        );
      if (m.fromSeq <= known.last_to_seq || m.previousBundleHash !== known.last_bundle_hash)
        throw refuse('این بسته دنباله آخرین بسته واردشده از این دبیرخانه نیست', `${ask} یک بسته کامل بخواهید`);
    }
    if (!known && !m.full && m.fromSeq !== 1)
      throw refuse('نخستین بسته یک دبیرخانه باید کامل باشد', `${ask} یک بسته کامل بخواهید`);
    try {
      apply(db, b);
    } catch (e) {
      // The guards of migration 30: a bundle may not change minutes already final here.
      if (e instanceof Error && e.message === FINAL_GUARD)
        throw refuse(
          'بسته صورتجلسه‌ای را تغییر می‌دهد که قطعی شده است',
          `${ask} بپرسید چرا و بسته کامل تازه‌ای بخواهید`,
        );
      throw e;
    }
    const when = (options.now ?? new Date()).toISOString();
    if (known)
      run(
        db,
        sql`UPDATE hq_secretariat SET name = ${m.secretariat.name}, province = ${m.secretariat.province},
                  last_to_seq = ${m.toSeq}, last_bundle_hash = ${b.hash} WHERE id = ${m.secretariat.id}`,
      );
    else
      insert(db, 'hq_secretariat', {
        id: m.secretariat.id,
        name: m.secretariat.name,
        province: m.secretariat.province,
        public_key: m.secretariat.publicKey,
        fingerprint: b.fingerprint,
        last_to_seq: m.toSeq,
        last_bundle_hash: b.hash,
        registered_at: when,
      });
    insert(db, 'hq_bundle', {
      hash: b.hash,
      secretariat_id: m.secretariat.id,
      full: m.full ? 1 : 0,
      from_seq: m.fromSeq,
      to_seq: m.toSeq,
      records: b.records.length,
      imported_at: when,
    });
    return { ...base, status: 'imported', registered: !known, records: b.records.length };
  })();
}
