// Finalising minutes (قطعی کردن), checking their hash, recording amendments (اصلاحیه), and the
// printable form. A final session's printed content is the document stored at finalisation, so a
// later rename of an organisation or change of membership never alters the legal record.
import type { Amendment, MinutesDocument, PrintableMinutes, Verification } from '../../contract';
import type { Db } from '../db/open';
import { all, get, sql, update } from '../db/sql';
import { ordinalWord } from '../domain/ordinals';
import { DabirError, invalid } from '../errors';
import { canonicalJson, contentHash, sha256Hex } from '../minutes/canonical';
import { differenceLine, liveDifferences } from '../minutes/compare';
import { exportMinutes } from '../minutes/export';
import type { Handlers } from './handlers';
import { assertDraft, sessionRow, type SessionRow } from './session-read';
import { create } from './store';
import { requireDate } from './typed-values';

interface FinalColumns {
  finalized_at: string | null;
  content_hash: string | null;
  final_content: string | null;
}

function finalColumns(db: Db, id: string): FinalColumns {
  return get<FinalColumns>(db, sql`SELECT finalized_at, content_hash, final_content FROM session WHERE id = ${id}`)!;
}

/** What must be in minutes before they can be signed; each problem names its part of the editor. */
function finalisationProblems(doc: MinutesDocument): { path: string; message: string }[] {
  const problems: { path: string; message: string }[] = [];
  if (doc.session.signatories.length === 0)
    problems.push({ path: 'signatories', message: 'امضاکننده‌ای ثبت نشده است؛ صورتجلسه بی‌امضا قطعی نمی‌شود' });
  if (!doc.session.attendance.some((a) => ['present', 'deputy', 'representative'].includes(a.status)))
    problems.push({ path: 'attendance', message: 'هیچ حاضری ثبت نشده است' });
  if (doc.session.agenda.length === 0 && doc.session.resolutions.length === 0)
    problems.push({ path: 'agenda', message: 'نه دستور کاری ثبت شده است و نه مصوبه‌ای' });
  return problems;
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
  return minutesContent(db, id);
}

interface AmendmentRow {
  id: string;
  session_id: string;
  number: number;
  date: string;
  changes: string;
  reason: string;
  original_hash: string;
  content_hash: string;
  created_at: string;
}

const toAmendment = (r: AmendmentRow): Amendment => ({
  id: r.id,
  sessionId: r.session_id,
  number: r.number,
  date: r.date,
  changes: r.changes,
  reason: r.reason,
  originalHash: r.original_hash,
  contentHash: r.content_hash,
  createdAt: r.created_at,
});

export function listAmendments(db: Db, sessionId: string): Amendment[] {
  sessionRow(db, sessionId);
  return all<AmendmentRow>(db, sql`SELECT * FROM amendment WHERE session_id = ${sessionId} ORDER BY number`).map(
    toAmendment,
  );
}

/** «صورتجلسه اولین جلسه کار گروه … استان مرکزی در سال 1399». */
export function minutesTitle(doc: MinutesDocument): string {
  const province = doc.workingGroup.province.trim();
  const where = province === '' ? '' : province.startsWith('استان') ? ` ${province}` : ` استان ${province}`;
  return `صورتجلسه ${ordinalWord(doc.session.number)} جلسه ${doc.workingGroup.name}${where} در سال ${doc.session.year}`;
}

export const sessionReference = (s: Pick<SessionRow, 'id' | 'year' | 'number'>): string =>
  `${s.year}/${s.number}-${s.id.slice(0, 8)}`;

export function printable(db: Db, sessionId: string): PrintableMinutes {
  const s = sessionRow(db, sessionId);
  const f = finalColumns(db, sessionId);
  const document = minutesContent(db, sessionId);
  return {
    sessionId,
    title: minutesTitle(document),
    reference: sessionReference(s),
    status: s.status,
    contentHash: f.content_hash,
    finalizedAt: f.finalized_at,
    document,
    amendments: listAmendments(db, sessionId),
  };
}

export const finalMinutesHandlers = {
  'sessions.finalize': (db, { id }) => {
    assertDraft(db, id);
    const doc = exportMinutes(db, id);
    const problems = finalisationProblems(doc);
    if (problems.length > 0)
      throw new DabirError(
        'invalid_input',
        `صورتجلسه هنوز قطعی نمی‌شود: ${problems[0]!.message}`,
        problems[0]!.path,
        problems,
      );
    const content = canonicalJson(doc);
    update(db, 'session', id, {
      status: 'final',
      finalized_at: new Date().toISOString(),
      content_hash: sha256Hex(content),
      final_content: content,
    });
    return verify(db, id);
  },
  'sessions.verify': (db, { id }) => verify(db, id),
  'amendments.list': (db, { sessionId }) => listAmendments(db, sessionId),
  'amendments.add': (db, input) => {
    const s = sessionRow(db, input.sessionId);
    const f = finalColumns(db, input.sessionId);
    if (s.status !== 'final' || f.content_hash === null)
      throw invalid('اصلاحیه فقط برای صورتجلسه قطعی ثبت می‌شود؛ پیش‌نویس را مستقیم ویرایش کنید');
    const date = requireDate(input.date, 'date');
    if (date < s.date) throw invalid('تاریخ اصلاحیه نمی‌تواند پیش از تاریخ جلسه باشد', 'date');
    const number =
      (get<{ n: number | null }>(db, sql`SELECT max(number) AS n FROM amendment WHERE session_id = ${s.id}`)?.n ?? 0) +
      1;
    const content = {
      sessionId: s.id,
      originalHash: f.content_hash,
      number,
      date,
      changes: input.changes,
      reason: input.reason,
    };
    const id = create(db, 'amendment', {
      session_id: s.id,
      number,
      date,
      changes: input.changes,
      reason: input.reason,
      original_hash: f.content_hash,
      content_hash: contentHash(content),
      created_at: new Date().toISOString(),
    });
    return toAmendment(get<AmendmentRow>(db, sql`SELECT * FROM amendment WHERE id = ${id}`)!);
  },
  'minutes.printable': (db, { sessionId }) => printable(db, sessionId),
} satisfies Handlers<'sessions.finalize' | 'sessions.verify' | 'amendments' | 'minutes.printable'>;
