// The record a final session keeps: its stored content and hash, checked against the session's
// rows (verify), and the content that leaves Dabir. A final session's printed and exported content
// is the document stored at finalisation, so a later rename of an organisation or change of
// membership never alters the legal record.
import type { MinutesDocument, Verification } from '../../contract';
import type { Db } from '../db/open';
import { get, sql } from '../db/sql';
import { DabirError } from '../errors';
import { sha256Hex } from '../minutes/canonical';
import { differenceLine, liveDifferences } from '../minutes/compare';
import { exportMinutes } from '../minutes/export';
import { provincesOf } from './assignments';
import { sessionRow } from './session-read';

export interface FinalColumns {
  finalized_at: string | null;
  content_hash: string | null;
  final_content: string | null;
}

export function finalColumns(db: Db, id: string): FinalColumns {
  return get<FinalColumns>(db, sql`SELECT finalized_at, content_hash, final_content FROM session WHERE id = ${id}`)!;
}

/**
 * A final session checked three ways: the stored content against the hash recorded at
 * finalisation, and the session's own rows, rebuilt now, against the stored content (see
 * minutes/compare.ts for what counts). Intact only when all agree.
 */
export function verify(db: Db, id: string): Verification {
  const s = sessionRow(db, id);
  const f = finalColumns(db, id);
  const computed = f.final_content === null ? null : sha256Hex(f.final_content);
  let differences: Verification['differences'] = [];
  if (s.status === 'final' && f.final_content !== null) {
    let stored: MinutesDocument | null = null;
    try {
      stored = JSON.parse(f.final_content) as MinutesDocument;
    } catch {
      differences = [{ path: '', stored: f.final_content.slice(0, 200), live: null }];
    }
    if (stored) differences = liveDifferences(db, id, stored);
  }
  const liveMatches = s.status === 'final' ? f.final_content !== null && differences.length === 0 : null;
  return {
    sessionId: id,
    status: s.status,
    contentHash: f.content_hash,
    computedHash: computed,
    liveMatches,
    differences,
    intact: s.status === 'final' && computed !== null && computed === f.content_hash && liveMatches === true,
    finalizedAt: f.finalized_at,
  };
}

/** The document a final session was finalised with; a draft's as it stands now. */
export function minutesContent(db: Db, id: string): MinutesDocument {
  const f = finalColumns(db, id);
  return f.final_content === null ? exportMinutes(db, id) : (JSON.parse(f.final_content) as MinutesDocument);
}

/** Why a final session's record is not to be trusted now, in Persian; null when it is intact. */
export function tamperedMessage(db: Db, id: string, v: Verification = verify(db, id)): DabirError | null {
  if (v.status !== 'final' || v.intact) return null;
  const s = sessionRow(db, id);
  const what =
    v.computedHash !== v.contentHash
      ? 'محتوای ذخیره‌شده آن با اثر انگشت ثبت‌شده نمی‌خواند'
      : `ردیف‌های آن در پرونده داده با آنچه قطعی شد نمی‌خواند (${differenceLine(v.differences[0]!)})`;
  return new DabirError(
    'conflict',
    `صورتجلسه جلسه ${s.number} سال ${s.year} قطعی است ولی ${what}: پرونده داده بیرون از دبیر تغییر کرده است. ` +
      'با «بررسی اثر انگشت» (dabir verify) ببینید چه فرق کرده است و آخرین پشتیبان سالم را بازگردانید.',
    null,
    v.differences.map((d) => ({ path: d.path, message: differenceLine(d) })),
  );
}

/**
 * The dabir.minutes/1 document of a session as it leaves Dabir: a draft as it stands; a final
 * session exactly as finalised — what printing shows — and refused while its record is in doubt.
 */
export function exportedMinutes(db: Db, id: string): MinutesDocument {
  const refused = tamperedMessage(db, id);
  if (refused) throw refused;
  const content = minutesContent(db, id);
  // A national resolution's provinces are added as they stand now: they are not signed content.
  const provinces = provincesOf(db, id);
  if (provinces.size === 0) return content;
  return {
    ...content,
    session: {
      ...content.session,
      resolutions: content.session.resolutions.map((r) => {
        const p = provinces.get(r.id);
        return p ? { ...r, provinces: p } : r;
      }),
    },
  };
}
