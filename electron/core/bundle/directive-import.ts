// Importing headquarters' directive bundle at a province: all or nothing in one transaction; the
// same bundle twice changes nothing; headquarters' key registered once (after its fingerprint is
// compared by phone) and every later bundle signed by it; a gap, a replay out of order, a bundle
// for another province or one that is not headquarters' own national minutes — refused in Persian
// with what to ask for, and the province's file left as it was. What is assigned to this province
// gets a national_status row of its own: its status and the due date it follows the resolution by.
import { createHash } from 'node:crypto';
import { ltrIsolate, toPersianDigits } from '../../contract/persian-text';
import { asSyncWriter, FINAL_GUARD } from '../db/guards';
import { claimRole, ownSecretariatId, roleOf } from '../db/installation';
import type { Db } from '../db/open';
import { all, get, insert, run, sql } from '../db/sql';
import { provinceKey } from '../domain/provinces';
import { DabirError } from '../errors';
import { refreshSearchIndex } from '../search/pending';
import { verify } from '../services/final-record';
import { create } from '../services/store';
import {
  directiveBundle,
  directiveEntities,
  targetName,
  type DirectiveEntity,
  type DirectiveManifest,
} from './directive-format';
import { columnsOf, currentRow, upsert } from './rows';
import { readBundle, type VerifiedBundle } from './verify';
import { keep, keptRecord, type Kept } from './deferred';

export interface DirectiveImportResult {
  status: 'imported' | 'already';
  headquarters: string;
  fingerprint: string;
  registered: boolean;
  records: number;
  /** National resolutions assigned to this province after the import. */
  assigned: number;
  /** What a newer Dabir's directive held that this version keeps for after its update. */
  deferred: number;
}

const refuse = (what: string, ask: string) => new DabirError('invalid_input', `${what}؛ ${ask}`);
const ASK = 'از ستاد بسته ابلاغ کامل تازه‌ای بخواهید';

/** The national resolutions assigned to the province keyed `key` (or to every province), by id. */
function assignedHere(db: Db, hq: string, key: string) {
  return all<{ resolution_id: string; due_date: string | null; own_due: number }>(
    db,
    sql`SELECT a.resolution_id,
               coalesce(max(CASE WHEN a.province_key = ${key} AND a.deadline_kind IS NOT NULL THEN a.due_date END),
                        max(CASE WHEN a.province_key = '' AND a.deadline_kind IS NOT NULL THEN a.due_date END),
                        r.due_date) AS due_date,
               max(a.deadline_kind IS NOT NULL) AS own_due
        FROM assignment a JOIN resolution r ON r.id = a.resolution_id
        WHERE a.origin = ${hq} AND a.province_key IN ('', ${key})
        GROUP BY a.resolution_id`,
  );
}

/** Brings national_status in step with what is assigned here: made when new, its due date kept to the assignment's. */
function followAssigned(db: Db, hq: string, key: string, own: string, now: string): number {
  const assigned = assignedHere(db, hq, key);
  const ids = new Set(assigned.map((a) => a.resolution_id));
  for (const a of assigned) {
    const current = get<{ id: string; due_date: string | null }>(
      db,
      sql`SELECT id, due_date FROM national_status WHERE resolution_id = ${a.resolution_id} AND origin = ${own}`,
    );
    if (!current)
      create(db, 'national_status', {
        resolution_id: a.resolution_id,
        status: 'not_started',
        due_date: a.due_date,
        updated_at: now,
      });
    else if (current.due_date !== a.due_date)
      run(db, sql`UPDATE national_status SET due_date = ${a.due_date} WHERE id = ${current.id}`);
  }
  // Withdrawn by headquarters: gone if the province did nothing with it yet; kept (with its reports) if it did.
  for (const n of all<{ id: string; resolution_id: string; status: string }>(
    db,
    sql`SELECT n.id, n.resolution_id, n.status FROM national_status n JOIN resolution r ON r.id = n.resolution_id
        WHERE n.origin = ${own} AND r.origin = ${hq}`,
  ))
    if (
      !ids.has(n.resolution_id) &&
      n.status === 'not_started' &&
      !get(db, sql`SELECT 1 FROM follow_up WHERE resolution_id = ${n.resolution_id} AND origin = ${own}`)
    )
      run(db, sql`DELETE FROM national_status WHERE id = ${n.id}`);
  return ids.size;
}

function apply(db: Db, b: VerifiedBundle<DirectiveEntity>, m: DirectiveManifest, key: string): number {
  const records = b.records;
  const hq = m.secretariat.id;
  // A newer Dabir's records and columns this version lacks: kept for after its update (bundle/deferred.ts).
  const kept: Kept[] = b.later.map(keptRecord);
  const keeper = (entity: string, id: string) =>
    b.newer
      ? (data: Record<string, unknown>) => kept.push({ kind: 'columns', entity, id, op: 'upsert', data })
      : undefined;
  for (const r of b.later)
    if (r.op === 'upsert' && r.row.origin !== hq)
      throw refuse(`بسته ابلاغ رکوردی دارد که از آنِ ستاد نیست (${r.entity} ${r.id.slice(0, 8)})`, ASK);
  for (const r of records) {
    const existing = currentRow(db, r.entity, r.id);
    if ((r.op === 'upsert' && r.row.origin !== hq) || (existing && existing.origin !== hq))
      throw refuse(`بسته ابلاغ رکوردی دارد که از آنِ ستاد نیست (${r.entity} ${r.id.slice(0, 8)})`, ASK);
    if (r.op === 'delete' && r.entity !== 'assignment')
      throw refuse(
        `بسته ابلاغ ${r.entity} ${r.id.slice(0, 8)} را حذف می‌کند؛ ستاد جز ابلاغ مصوبه چیزی را در استان حذف نمی‌کند`,
        ASK,
      );
    if (r.op === 'upsert' && r.entity === 'session' && r.row.status !== 'final')
      throw refuse(`بسته ابلاغ پیش‌نویس جلسه ${r.id.slice(0, 8)} را دارد؛ ستاد فقط صورتجلسه قطعی ابلاغ می‌کند`, ASK);
  }
  // The signed copies' files first: attachments point at them.
  for (const [sha, data] of b.attachments)
    run(db, sql`INSERT OR IGNORE INTO blob (sha256, size, data) VALUES (${sha}, ${data.length}, ${Buffer.from(data)})`);
  // A full bundle is the whole of what the target was assigned: assignments it no longer has go.
  if (m.full) {
    const keep = JSON.stringify(records.filter((r) => r.entity === 'assignment').map((r) => r.id));
    run(
      db,
      sql`DELETE FROM assignment WHERE origin = ${hq} AND id NOT IN (SELECT value FROM json_each(${keep}))
            AND (${m.target.province === null ? 1 : 0} = 1 OR province_key IN ('', ${key}))`,
    );
  }
  for (const r of records) if (r.op === 'delete') run(db, sql`DELETE FROM assignment WHERE id = ${r.id}`);
  // A session new here is written as a draft with its parts and made final last, as a province's
  // bundle at headquarters (bundle/import.ts): the final guards never see half a record.
  const finals: Record<string, unknown>[] = [];
  const touched = new Set<string>();
  let n = 0;
  for (const entity of directiveEntities) {
    const columns = columnsOf(db, entity);
    for (const r of records) {
      if (r.entity !== entity) continue;
      n++;
      if (r.op !== 'upsert') continue;
      let row = r.row;
      if (entity === 'session') {
        touched.add(r.id);
        if (!get(db, sql`SELECT 1 FROM session WHERE id = ${r.id} AND status = 'final'`)) {
          finals.push(row);
          row = { ...row, status: 'draft', content_hash: null, final_content: null, finalized_at: null };
        }
      }
      if (entity === 'amendment' && finals.some((f) => f.id === row.session_id)) continue;
      upsert(db, entity, row, columns, n, ASK, undefined, keeper(entity, r.id));
    }
  }
  const sessionColumns = columnsOf(db, 'session');
  // Their columns this version lacks were kept on the first write.
  for (const row of finals)
    upsert(db, 'session', row, sessionColumns, n, ASK, undefined, b.newer ? () => undefined : undefined);
  const amendmentColumns = columnsOf(db, 'amendment');
  for (const r of records)
    if (r.entity === 'amendment' && r.op === 'upsert' && finals.some((f) => f.id === r.row.session_id))
      upsert(db, 'amendment', r.row, amendmentColumns, n, ASK, undefined, keeper('amendment', r.id));
  // Each national session is signed content: its hash, and its rows against what it covers.
  for (const id of touched) {
    const s = get<{ number: number; year: number; content_hash: string; final_content: string }>(
      db,
      sql`SELECT number, year, content_hash, final_content FROM session WHERE id = ${id}`,
    )!;
    const v = verify(db, id);
    if (createHash('sha256').update(s.final_content).digest('hex') !== s.content_hash || !v.intact)
      throw refuse(
        `صورتجلسه جلسه ${toPersianDigits(s.number)} سال ${toPersianDigits(s.year)} ستاد در این بسته با اثر انگشت آن نمی‌خواند`,
        ASK,
      );
  }
  keep(db, b.hash, kept);
  return kept.length;
}

export function importDirective(
  db: Db,
  bytes: Uint8Array,
  options: { trustNew?: boolean; now?: Date } = {},
): DirectiveImportResult {
  const b = readBundle(bytes, directiveBundle);
  const m = b.manifest as unknown as DirectiveManifest;
  const target = m.target as { province?: unknown } | undefined;
  if (
    typeof target !== 'object' ||
    target === null ||
    !(target.province === null || typeof target.province === 'string')
  )
    throw refuse('استان مقصد در شناسنامه بسته ابلاغ نیامده است', directiveBundle.askAgain);
  const base = { headquarters: m.secretariat.name, fingerprint: b.fingerprint };
  return db.transaction((): DirectiveImportResult => {
    if (roleOf(db) === 'headquarters')
      throw new DabirError('invalid_input', 'این پرونده داده ستاد است؛ بسته ابلاغ را دبیرخانه استان وارد می‌کند');
    const own = ownSecretariatId(db);
    const me = get<{ name: string; province: string }>(
      db,
      sql`SELECT name, province FROM secretariat WHERE id = ${own}`,
    );
    if (!me || me.name.trim() === '' || me.province.trim() === '')
      throw new DabirError('invalid_input', 'دبیرخانه هنوز نام و استان ندارد؛ نخست برنامه را راه‌اندازی کنید');
    claimRole(db, 'province');
    const key = provinceKey(me.province);
    if (m.target.province !== null && provinceKey(m.target.province) !== key)
      throw refuse(
        `این بسته ابلاغ برای استان ${m.target.province} است، نه استان ${me.province}`,
        `از ستاد بسته ابلاغ استان ${me.province} یا ابلاغ همه استان‌ها را بخواهید`,
      );
    const assigned = () => assignedHere(db, m.secretariat.id, key).length;
    if (get(db, sql`SELECT 1 FROM directive_import WHERE hash = ${b.hash}`))
      return { ...base, status: 'already', registered: false, records: 0, assigned: assigned(), deferred: 0 };
    const source = get<{ secretariat_id: string; public_key: string }>(
      db,
      sql`SELECT secretariat_id, public_key FROM directive_source WHERE id = 1`,
    );
    if (!source && !options.trustNew)
      throw new DabirError(
        'invalid_input',
        `کلید ستاد (${m.secretariat.name}) هنوز ثبت نشده است و اثر انگشت آن ${ltrIsolate(b.fingerprint)} است؛ آن را تلفنی با ستاد مقایسه کنید و اگر یکی بود ثبتش کنید`,
        'trustNew',
      );
    if (source && (source.secretariat_id !== m.secretariat.id || source.public_key !== m.secretariat.publicKey))
      throw refuse(
        'بسته ابلاغ با کلیدی امضا شده است که کلید ثبت‌شده ستاد نیست',
        'آن را نپذیرید و تلفنی از ستاد بپرسید چه شده است',
      );
    const targetKey = m.target.province === null ? '' : key;
    const chain = get<{ last_to_seq: number; last_bundle_hash: string }>(
      db,
      sql`SELECT last_to_seq, last_bundle_hash FROM directive_chain WHERE target_key = ${targetKey}`,
    );
    const ask = `از ستاد ابلاغ‌های میانی ${targetName(m.target.province)} یا یک ابلاغ کامل بخواهید`;
    if (chain && !m.full) {
      if (m.fromSeq > chain.last_to_seq + 1)
        throw refuse(
          `بین آخرین ابلاغ واردشده (تا تغییر ${toPersianDigits(chain.last_to_seq)}) و این بسته (از ${toPersianDigits(m.fromSeq)}) فاصله هست`,
          ask,
        );
      if (m.fromSeq <= chain.last_to_seq || m.previousBundleHash !== chain.last_bundle_hash)
        throw refuse('این بسته دنباله آخرین ابلاغ واردشده نیست (قدیمی‌تر است یا جای دیگری از زنجیره)', ask);
    }
    if (!chain && !m.full)
      throw refuse(
        `نخستین ابلاغ ${targetName(m.target.province)} باید کامل باشد`,
        `از ستاد ابلاغ کامل ${targetName(m.target.province)} را بخواهید`,
      );

    const when = (options.now ?? new Date()).toISOString();
    let written: { count: number; deferred: number };
    try {
      written = asSyncWriter(db, () => {
        const kept = apply(db, b, m, key);
        return { count: followAssigned(db, m.secretariat.id, key, own, when), deferred: kept };
      });
    } catch (e) {
      // The guards of migration 30: a directive may not change national minutes final here.
      if (e instanceof Error && e.message === FINAL_GUARD)
        throw refuse('بسته ابلاغ صورتجلسه قطعی ستاد را که پیش‌تر وارد شده است تغییر می‌دهد', ASK);
      throw e;
    }
    const { count, deferred } = written;
    refreshSearchIndex(db);
    if (!source)
      insert(db, 'directive_source', {
        id: 1,
        secretariat_id: m.secretariat.id,
        name: m.secretariat.name,
        public_key: m.secretariat.publicKey,
        fingerprint: b.fingerprint,
        registered_at: when,
      });
    else run(db, sql`UPDATE directive_source SET name = ${m.secretariat.name} WHERE id = 1`);
    run(
      db,
      sql`INSERT INTO directive_chain (target_key, last_to_seq, last_bundle_hash) VALUES (${targetKey}, ${m.toSeq}, ${b.hash})
          ON CONFLICT (target_key) DO UPDATE SET last_to_seq = excluded.last_to_seq, last_bundle_hash = excluded.last_bundle_hash`,
    );
    insert(db, 'directive_import', {
      hash: b.hash,
      target_key: targetKey,
      full: m.full ? 1 : 0,
      from_seq: m.fromSeq,
      to_seq: m.toSeq,
      records: b.records.length,
      imported_at: when,
    });
    return { ...base, status: 'imported', registered: !source, records: b.records.length, assigned: count, deferred };
  })();
}
