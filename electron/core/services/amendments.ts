// Amendments (اصلاحیه) to a final session: listed in order, and recorded with the hash of the
// minutes they amend and their own.
import type { Amendment } from '../../contract';
import type { Db } from '../db/open';
import { all, get, sql } from '../db/sql';
import { invalid } from '../errors';
import { contentHash } from '../minutes/canonical';
import { finalColumns } from './final-record';
import type { Handlers } from './handlers';
import { sessionRow } from './session-read';
import { create } from './store';
import { requireDate } from './typed-values';

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

export const amendmentHandlers = {
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
} satisfies Handlers<'amendments'>;
