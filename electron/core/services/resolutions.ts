// Resolutions (مصوبات): rows kept 1..n, due dates computed from the session date and deadline,
// responsible bodies linked to an organisation when the typed name matches one.
import type { Deadline, EarlierResolution, Resolution, ResolutionStatus } from '../../contract';
import { toPersianDigits } from '../../contract/persian-text';
import type { Db } from '../db/open';
import { all, get, run, sql, update } from '../db/sql';
import { dueDate } from '../domain/deadlines';
import { invalid, notFound } from '../errors';
import { findOrganization } from './organizations';
import type { Handlers } from './handlers';
import { setFollowedStatus } from './national-status';
import { assertDraft, readResolutions, sessionRow, writeDeadline } from './session-read';
import { create, makeRoom, moveInList, originOf, parentOf, removeFromList, type OrderedList } from './store';
import { requireDate } from './typed-values';

export const resolutionRows: OrderedList = { table: 'resolution', parentColumn: 'session_id', column: 'row' };

/** A deadline with its date (if any) checked and made canonical; none stays none. */
export function checkDeadline(d: Deadline | null, path: string): Deadline | null {
  if (d?.kind === 'date') return { kind: 'date', value: requireDate(d.value, `${path}.value`) };
  return d;
}

function immediateDays(db: Db, sessionId: string): number {
  const row = get<{ d: number }>(
    db,
    sql`SELECT g.immediate_days AS d FROM session s JOIN working_group g ON g.id = s.working_group_id WHERE s.id = ${sessionId}`,
  );
  return row?.d ?? 3;
}

export function computeDue(db: Db, sessionId: string, sessionDate: string, d: Deadline | null): string | null {
  return dueDate(sessionDate, d, immediateDays(db, sessionId));
}

/** After the session date (or the group's «فوری» days) changed, every due date follows. */
export function recomputeDueDates(db: Db, sessionId: string, sessionDate: string): void {
  const days = immediateDays(db, sessionId);
  for (const r of readResolutions(db, sessionId)) {
    update(db, 'resolution', r.id, { due_date: dueDate(sessionDate, r.deadline, days) });
  }
}

export function writeResponsible(
  db: Db,
  resolutionId: string,
  texts: readonly { organizationId: string | null; text: string }[],
): void {
  const current = all<{ id: string; organization_id: string | null; text: string }>(
    db,
    sql`SELECT id, organization_id, text FROM responsible WHERE resolution_id = ${resolutionId} ORDER BY position`,
  );
  const next = texts.map((t) => ({
    organization_id: t.organizationId ?? findOrganization(db, t.text)?.id ?? null,
    text: t.text,
  }));
  const same =
    current.length === next.length &&
    current.every((c, i) => c.text === next[i]?.text && c.organization_id === next[i]?.organization_id);
  if (same) return;
  run(db, sql`DELETE FROM responsible WHERE resolution_id = ${resolutionId}`);
  next.forEach((r, position) => create(db, 'responsible', { resolution_id: resolutionId, position, ...r }));
}

function requireBody(body: string): void {
  if (body.trim() === '') throw invalid('مفاد مصوبه نباید خالی باشد', 'body');
}

export function resolutionById(db: Db, id: string): Resolution {
  const sessionId = parentOf(db, resolutionRows, id, 'مصوبه');
  const found = readResolutions(db, sessionId).find((r) => r.id === id);
  if (!found) throw notFound('مصوبه');
  return found;
}

/** The resolution's session date; not_found when there is no such resolution. */
export function resolutionExists(db: Db, id: string): { session_date: string } {
  const row = get<{ session_date: string }>(
    db,
    sql`SELECT s.date AS session_date FROM resolution r JOIN session s ON s.id = r.session_id WHERE r.id = ${id}`,
  );
  if (!row) throw notFound('مصوبه');
  return row;
}

export const resolutionHandlers = {
  'resolutions.add': (db, input) => {
    const session = assertDraft(db, input.sessionId);
    requireBody(input.body);
    const deadline = checkDeadline(input.deadline, 'deadline');
    const row = makeRoom(db, resolutionRows, input.sessionId, input.row);
    const id = create(
      db,
      'resolution',
      {
        session_id: input.sessionId,
        row,
        title: input.title,
        body: input.body,
        ...writeDeadline(deadline),
        due_date: computeDue(db, input.sessionId, session.date, deadline),
        status: input.status ?? 'not_started',
      },
      input.id,
    );
    writeResponsible(db, id, input.responsible);
    return resolutionById(db, id);
  },
  'resolutions.update': (db, { id, ...patch }) => {
    const current = resolutionById(db, id);
    const sessionId = parentOf(db, resolutionRows, id, 'مصوبه');
    const session = assertDraft(db, sessionId);
    if (patch.body !== undefined) requireBody(patch.body);
    const deadline = patch.deadline === undefined ? current.deadline : checkDeadline(patch.deadline, 'deadline');
    update(db, 'resolution', id, {
      title: patch.title === undefined ? current.title : patch.title,
      body: patch.body ?? current.body,
      ...writeDeadline(deadline),
      due_date: computeDue(db, sessionId, session.date, deadline),
    });
    if (patch.responsible !== undefined) writeResponsible(db, id, patch.responsible);
    return resolutionById(db, id);
  },
  'resolutions.move': (db, { id, row }) => {
    assertDraft(db, parentOf(db, resolutionRows, id, 'مصوبه'));
    moveInList(db, resolutionRows, id, row, 'مصوبه');
    return { ok: true as const };
  },
  'resolutions.remove': (db, { id }) => {
    assertDraft(db, parentOf(db, resolutionRows, id, 'مصوبه'));
    // Reports are the record of what was done: an undo could not bring them back, so they go first, knowingly.
    const reports =
      get<{ n: number }>(db, sql`SELECT count(*) AS n FROM follow_up WHERE resolution_id = ${id}`)?.n ?? 0;
    if (reports > 0)
      throw invalid(
        `این مصوبه ${toPersianDigits(reports)} گزارش پیگیری دارد و حذف نمی‌شود؛ اگر لازم است، نخست گزارش‌ها را در پیگیری آن حذف کنید`,
      );
    const removed = {
      ...resolutionById(db, id),
      status:
        get<{ status: ResolutionStatus }>(db, sql`SELECT status FROM resolution WHERE id = ${id}`)?.status ??
        'not_started',
    };
    removeFromList(db, resolutionRows, id, 'مصوبه');
    return removed;
  },
  'resolutions.openBefore': (db, { sessionId }) => {
    const s = sessionRow(db, sessionId);
    // «Earlier» by date, and by number for two sessions on the same day; then headquarters'
    // resolutions this province follows (its own status and due date), from sessions up to this date.
    return all<Omit<EarlierResolution, 'overdue' | 'national'> & { national: number }>(
      db,
      sql`SELECT * FROM (
            SELECT r.id, r.session_id AS sessionId, p.year AS sessionYear, p.number AS sessionNumber,
              p.date AS sessionDate, r.row, r.title, r.body, r.due_date AS dueDate, 0 AS national
            FROM session p JOIN resolution r ON r.session_id = p.id
            WHERE p.working_group_id = ${s.working_group_id} AND p.id <> ${s.id}
              AND r.status IN ('not_started', 'in_progress')
              AND (p.date < ${s.date} OR (p.date = ${s.date} AND p.number < ${s.number}))
            UNION ALL
            SELECT r.id, r.session_id, p.year, p.number, p.date, r.row, r.title, r.body, n.due_date, 1
            FROM national_status n JOIN resolution r ON r.id = n.resolution_id JOIN session p ON p.id = r.session_id
            WHERE n.origin = ${originOf(db)} AND p.origin <> ${originOf(db)} AND p.date <= ${s.date}
              AND n.status IN ('not_started', 'in_progress'))
          ORDER BY national, sessionDate DESC, sessionNumber DESC, row`,
    ).map((r) => ({ ...r, national: r.national === 1, overdue: r.dueDate !== null && r.dueDate < s.date }));
  },
  'resolutions.setStatus': (db, { id, status }) => {
    resolutionExists(db, id);
    setFollowedStatus(db, id, status);
    return { ok: true as const };
  },
} satisfies Handlers<'resolutions'>;
