// Importing bundles at headquarters: all or nothing in one transaction; the same bundle twice
// changes nothing; a gap or a broken hash chain, a new secretariat not yet trusted, another key,
// a record of another secretariat or one that does not fit the schema — each refused with a
// Persian message, and the headquarters file left as it was. A full bundle re-bases a secretariat.
import { createHash } from 'node:crypto';
import { ltrIsolate, toPersianDigits } from '../../contract/persian-text';
import { asSyncWriter, FINAL_GUARD } from '../db/guards';
import { claimRole, roleOf } from '../db/installation';
import type { Db } from '../db/open';
import { all, get, insert, run, sql } from '../db/sql';
import { DabirError } from '../errors';
import { nounOf } from '../db/links';
import { differenceLine } from '../minutes/compare';
import { refreshSearchIndex } from '../search/pending';
import { verify } from '../services/final-record';
import { syncedEntities, type BundleRecord, type SyncedEntity } from './format';
import { readBundle, type VerifiedBundle } from './verify';
import { columnsOf, currentRow, upsert as upsertRow } from './rows';
import { keep, keptRecord, type Kept } from './deferred';

export interface ImportResult {
  status: 'imported' | 'already';
  secretariatId: string;
  name: string;
  province: string;
  fingerprint: string;
  registered: boolean;
  records: number;
  /** What a newer Dabir's bundle held that this version keeps for after its update (records and rows' new columns). */
  deferred: number;
}

interface Registered {
  id: string;
  public_key: string;
  last_to_seq: number;
  last_bundle_hash: string;
}

const refuse = (what: string, ask: string) => new DabirError('invalid_input', `${what}؛ ${ask}`);
const ASK_PROVINCE = 'از استان بسته تازه‌ای بخواهید';

/** The session a row of the minutes belongs to (looked up at headquarters for a part's parent); null for other rows. */
function sessionOf(db: Db, entity: SyncedEntity, row: Record<string, unknown> | undefined): string | null {
  if (!row) return null;
  switch (entity) {
    case 'session':
      return String(row.id);
    case 'agenda_item':
    case 'speaker':
    case 'resolution':
    case 'attendance':
    case 'signatory':
      return typeof row.session_id === 'string' ? row.session_id : null;
    case 'discussion_point':
      return get<{ s: string }>(db, sql`SELECT session_id AS s FROM speaker WHERE id = ${row.speaker_id}`)?.s ?? null;
    case 'responsible':
      return (
        get<{ s: string }>(db, sql`SELECT session_id AS s FROM resolution WHERE id = ${row.resolution_id}`)?.s ?? null
      );
    default:
      return null;
  }
}

/**
 * Columns that may change on a final session's rows: follow-up, not minutes (migration 30's
 * guards spare the same ones). Every other column of its rows is the signed record.
 */
const followUpColumns: Partial<Record<SyncedEntity, readonly string[]>> = {
  resolution: ['status'],
  responsible: ['organization_id'],
};

/** The entities whose rows are part of a session's minutes. */
const minutesEntities = new Set<SyncedEntity>([
  'session',
  'agenda_item',
  'speaker',
  'discussion_point',
  'resolution',
  'responsible',
  'attendance',
  'signatory',
]);

interface FinalSession {
  id: string;
  year: number;
  number: number;
}

const finalSession = (db: Db, id: string | null) =>
  id === null
    ? undefined
    : get<FinalSession>(db, sql`SELECT id, year, number FROM session WHERE id = ${id} AND status = 'final'`);

const named = (s: FinalSession) =>
  `جلسه ${toPersianDigits(s.number)} سال ${toPersianDigits(s.year)} (${s.id.slice(0, 8)})`;

/**
 * A bundle may not change (write or delete) any part of a session final here: minutes once
 * signed change only by amendment. Checked before anything is written, whatever guards the file has.
 */
function refuseChangesToFinal(db: Db, b: VerifiedBundle, ask: string): void {
  for (const r of b.records) {
    if (!minutesEntities.has(r.entity)) continue;
    const current = currentRow(db, r.entity, r.id);
    const incoming = r.op === 'upsert' ? r.row : undefined;
    const final =
      finalSession(db, sessionOf(db, r.entity, current)) ?? finalSession(db, sessionOf(db, r.entity, incoming));
    if (!final) continue;
    const spared = new Set(followUpColumns[r.entity] ?? []);
    const changes =
      !current || !incoming || Object.keys(incoming).some((k) => !spared.has(k) && current[k] !== incoming[k]);
    if (changes)
      throw refuse(
        `بسته صورتجلسه قطعی ${named(final)} را تغییر می‌دهد (${r.op === 'delete' ? 'حذف' : 'تغییر'} ${nounOf(r.entity)} ${r.id.slice(0, 8)})؛ صورتجلسه قطعی فقط با اصلاحیه تغییر می‌کند`,
        `${ask} بپرسید چرا؛ پرونده داده استان بیرون از دبیر تغییر کرده است و باید آخرین پشتیبان سالم آن بازگردانده و بسته کامل تازه‌ای فرستاده شود`,
      );
  }
}

function apply(db: Db, b: VerifiedBundle, ask: string): number {
  // A newer Dabir's columns this version lacks: kept for after its update (bundle/deferred.ts).
  const kept: Kept[] = [];
  const keeper = (entity: string, id: string) =>
    b.newer
      ? (data: Record<string, unknown>) => kept.push({ kind: 'columns', entity, id, op: 'upsert', data })
      : undefined;
  const origin = b.manifest.secretariat.id;
  // Sessions whose minutes this bundle wrote to: each final one is checked against its hash at the end.
  const touched = new Set<string>();
  const touch = (id: string | null) => id !== null && touched.add(id);
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
  // A secretariat writes only its own records (a newer Dabir's kept ones too).
  for (const r of [...b.records, ...b.later]) {
    const claimed = r.entity === 'secretariat' ? r.id : r.op === 'upsert' ? r.row.origin : origin;
    const existing = b.later.includes(r) ? undefined : owner(r.entity as SyncedEntity, r.id);
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
      const gone = {
        text: `FROM ${entity} WHERE origin = ? AND id NOT IN (SELECT value FROM json_each(?))`,
        params: [origin, keep],
      };
      for (const row of all<Record<string, unknown>>(db, { ...gone, text: `SELECT * ${gone.text}` })) {
        const final = finalSession(db, sessionOf(db, entity, row));
        if (final)
          throw refuse(
            `بسته کامل صورتجلسه قطعی ${named(final)} را کامل ندارد (${nounOf(entity)} ${String(row.id).slice(0, 8)} در آن نیست)؛ صورتجلسه قطعی فقط با اصلاحیه تغییر می‌کند`,
            `${ask} بپرسید چرا؛ پرونده داده استان بیرون از دبیر تغییر کرده است`,
          );
      }
      run(db, { ...gone, text: `DELETE ${gone.text}` });
    }
  // Children first for deletes, parents first for the rest.
  for (const entity of [...syncedEntities].reverse())
    for (const r of byEntity.get(entity) ?? [])
      if (r.op === 'delete') {
        touch(sessionOf(db, entity, currentRow(db, entity, r.id)));
        run(db, { text: `DELETE FROM ${entity} WHERE id = ?`, params: [r.id] });
      }
  // Drafts are numbered 1..n by date at the province, so a moved draft trades numbers with
  // another: the drafts this bundle rewrites step out of the way first (numbers past any real
  // one), and their upserts set the numbers the province gave them, with no transient clash.
  for (const r of byEntity.get('session') ?? [])
    if (r.op === 'upsert')
      run(db, sql`UPDATE session SET number = number + 1000000 WHERE id = ${r.id} AND status = 'draft'`);
  // A final session's parts arrive after it: the session is written as a draft first and made
  // final at the end, so the guards of a final session (migration 30) never see a half record.
  // Its amendments (which only a final session takes) are written after that.
  const finals: Record<string, unknown>[] = [];
  const amendmentsOfFinals: { row: Record<string, unknown>; n: number }[] = [];
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
      if (entity === 'amendment' && finals.some((f) => f.id === row.session_id)) {
        amendmentsOfFinals.push({ row, n });
        continue;
      }
      // Read once: what upsert compares with, and (only when it wrote) the session it belonged to.
      const before = currentRow(db, entity, r.id);
      if (upsertRow(db, entity, row, columns, n, ASK_PROVINCE, before, keeper(entity, r.id))) {
        touch(sessionOf(db, entity, before));
        touch(sessionOf(db, entity, row));
      }
    }
  }
  const sessionColumns = columnsOf(db, 'session');
  // Their columns this version lacks were kept on the first write.
  const keptAlready = b.newer ? () => undefined : undefined;
  for (const row of finals) {
    upsertRow(db, 'session', row, sessionColumns, n, ASK_PROVINCE, undefined, keptAlready);
    touch(String(row.id));
  }
  const amendmentColumns = columnsOf(db, 'amendment');
  for (const { row, n: at } of amendmentsOfFinals)
    upsertRow(db, 'amendment', row, amendmentColumns, at, ASK_PROVINCE, undefined, keeper('amendment', String(row.id)));
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
  // And the rows this bundle wrote for a final session must give the content its hash covers:
  // the province's rows could have been changed behind its Dabir's back (minutes/compare.ts).
  for (const id of touched) {
    const final = finalSession(db, id);
    if (!final) continue;
    const v = verify(db, id);
    if (!v.intact)
      throw refuse(
        `ردیف‌های صورتجلسه قطعی ${named(final)} در این بسته با اثر انگشت آن نمی‌خواند (${v.differences[0] ? differenceLine(v.differences[0]) : 'محتوای ذخیره‌شده'})`,
        `${ask} بپرسید چرا؛ پرونده داده استان بیرون از دبیر تغییر کرده است و باید آخرین پشتیبان سالم آن بازگردانده و بسته کامل تازه‌ای فرستاده شود`,
      );
  }
  // What the bundle brought is searchable at once (search/pending.ts).
  refreshSearchIndex(db);
  // And what this version cannot write yet is kept, in the same transaction.
  kept.push(...b.later.map((r) => keptRecord(r)));
  keep(db, b.hash, kept);
  return kept.length;
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
  // Most secretariats' names begin with «دبیرخانه»: said once, not «دبیرخانه دبیرخانه …».
  const named = /^دبیرخانه(\s|$)/.test(m.secretariat.name.trim())
    ? m.secretariat.name.trim()
    : `دبیرخانه ${m.secretariat.name}`;
  const ask = `از ${named} (${m.secretariat.province})`;
  return db.transaction((): ImportResult => {
    if (roleOf(db) === 'province')
      throw new DabirError(
        'invalid_input',
        'این پرونده داده دبیرخانه استان است و بسته استان‌های دیگر را نمی‌پذیرد؛ بسته‌ها را در پرونده داده ستاد وارد کنید (برنامه با --hq)',
      );
    // A new, unnamed file becomes headquarters at its first import.
    claimRole(db, 'headquarters');
    if (get(db, sql`SELECT 1 FROM hq_bundle WHERE hash = ${b.hash}`))
      return { ...base, status: 'already', registered: false, records: 0, deferred: 0 };
    const known = get<Registered>(
      db,
      sql`SELECT id, public_key, last_to_seq, last_bundle_hash FROM hq_secretariat WHERE id = ${m.secretariat.id}`,
    );
    if (!known && !options.trustNew)
      // path `trustNew`: what the app asks the secretary to confirm before trying again (with its own
      // button; the command line adds its flag, `--trust-new`, to the message).
      throw new DabirError(
        'invalid_input',
        `${named} (${m.secretariat.province}) تازه است و اثر انگشت کلیدش ${ltrIsolate(b.fingerprint)} است؛ آن را تلفنی با استان مقایسه کنید و اگر یکی بود ثبتش کنید`,
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
    let deferred: number;
    try {
      refuseChangesToFinal(db, b, ask);
      deferred = asSyncWriter(db, () => apply(db, b, ask));
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
    return { ...base, status: 'imported', registered: !known, records: b.records.length, deferred };
  })();
}
