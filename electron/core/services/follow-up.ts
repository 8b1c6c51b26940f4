// Following resolutions up: status, dated follow-up reports and the open-resolutions board.
import type { BoardRow, FollowUp, ResolutionStatus } from '../../contract';
import type { Db } from '../db/open';
import { all, get, run, sql, update } from '../db/sql';
import { isDueSoon, isOverdue } from '../domain/follow-up';
import { todayJalali } from '../domain/jalali';
import { invalid, notFound } from '../errors';
import { findOrganization } from './directory';
import type { Handlers } from './handlers';
import { readDeadline } from './session-read';
import { create } from './store';
import { requireDate } from './typed-values';
import { overdueSql } from './overdue-sql';

/** «today» as given (any digits, checked) or the machine's Jalali today. */
export const asOf = (today: string | undefined): string =>
  today === undefined ? todayJalali() : requireDate(today, 'today');

interface FollowUpRow {
  id: string;
  resolution_id: string;
  date: string;
  text: string;
  organization_id: string | null;
  organization: string | null;
  session_id: string | null;
  created_at: string;
}

const toFollowUp = (r: FollowUpRow): FollowUp => ({
  id: r.id,
  resolutionId: r.resolution_id,
  date: r.date,
  text: r.text,
  organizationId: r.organization_id,
  organization: r.organization,
  sessionId: r.session_id,
  createdAt: r.created_at,
});

function resolutionExists(db: Db, id: string): { session_date: string } {
  const row = get<{ session_date: string }>(
    db,
    sql`SELECT s.date AS session_date FROM resolution r JOIN session s ON s.id = r.session_id WHERE r.id = ${id}`,
  );
  if (!row) throw notFound('مصوبه');
  return row;
}

export interface BoardQuery {
  workingGroupId?: string;
  year?: number;
  organizationId?: string;
  status?: ResolutionStatus[];
  overdue?: boolean;
  today: string;
}

interface BoardSqlRow {
  id: string;
  session_id: string;
  working_group_id: string;
  working_group_name: string;
  year: number;
  number: number;
  date: string;
  row: number;
  title: string | null;
  body: string;
  deadline_kind: string;
  deadline_value: string | null;
  due_date: string | null;
  status: ResolutionStatus;
  follow_ups: number;
  last_date: string | null;
  last_text: string | null;
}

/** The board's order: by due date (none last), then session and row; the id fixes ties across pages. */
const byDueDate = sql`r.due_date IS NULL, r.due_date, s.date, s.number, r.row, r.id`;

/**
 * The filters as a WHERE clause over resolution r joined to its session s: only the filters given,
 * so SQLite plans each combination with the indexes it can use.
 */
function boardWhere(q: BoardQuery) {
  const statuses = JSON.stringify(q.status ?? ['not_started', 'in_progress']);
  const none = sql``;
  return sql`r.status IN (SELECT value FROM json_each(${statuses}))
    ${q.workingGroupId === undefined ? none : sql`AND s.working_group_id = ${q.workingGroupId}`}
    ${q.year === undefined ? none : sql`AND s.year = ${q.year}`}
    ${
      q.organizationId === undefined
        ? none
        : sql`AND EXISTS (SELECT 1 FROM responsible x WHERE x.resolution_id = r.id AND x.organization_id = ${q.organizationId})`
    }
    ${q.overdue === undefined ? none : sql`AND ${q.overdue ? 1 : 0} = ${overdueSql('r', q.today)}`}`;
}

/**
 * One page of the board and how many rows match in all: the page is chosen from the resolutions
 * alone, and only its rows get their working group, follow-up count and last report (the whole
 * province has thousands open); their responsible bodies come in one more query.
 */
export function board(
  db: Db,
  q: BoardQuery,
  page: { limit: number; offset: number },
): { rows: BoardRow[]; total: number } {
  const where = boardWhere(q);
  // Counting needs the session only to filter by it (a join per row otherwise).
  const sessions =
    q.workingGroupId !== undefined || q.year !== undefined ? sql`JOIN session s ON s.id = r.session_id` : sql``;
  const total = get<{ n: number }>(db, sql`SELECT count(*) AS n FROM resolution r ${sessions} WHERE ${where}`)!.n;
  const rows = all<BoardSqlRow>(
    db,
    sql`SELECT r.id, r.session_id, s.working_group_id, g.name AS working_group_name, s.year, s.number, s.date,
          r.row, r.title, r.body, r.deadline_kind, r.deadline_value, r.due_date, r.status,
          (SELECT count(*) FROM follow_up f WHERE f.resolution_id = r.id) AS follow_ups,
          l.date AS last_date, l.text AS last_text
        FROM (SELECT r.id FROM resolution r JOIN session s ON s.id = r.session_id WHERE ${where}
              ORDER BY ${byDueDate} LIMIT ${page.limit} OFFSET ${page.offset}) p
        JOIN resolution r ON r.id = p.id
        JOIN session s ON s.id = r.session_id
        JOIN working_group g ON g.id = s.working_group_id
        LEFT JOIN follow_up l ON l.id = (SELECT f.id FROM follow_up f WHERE f.resolution_id = r.id ORDER BY f.date DESC, f.created_at DESC LIMIT 1)
        ORDER BY ${byDueDate}`,
  );
  const responsible = new Map<string, string[]>();
  if (rows.length > 0) {
    for (const x of all<{ resolution_id: string; text: string }>(
      db,
      sql`SELECT resolution_id, text FROM responsible WHERE resolution_id IN (SELECT value FROM json_each(${JSON.stringify(rows.map((r) => r.id))}))
          ORDER BY resolution_id, position`,
    )) {
      const list = responsible.get(x.resolution_id) ?? [];
      list.push(x.text);
      responsible.set(x.resolution_id, list);
    }
  }
  const shaped = rows.map((r) => {
    const followed = { dueDate: r.due_date, status: r.status };
    return {
      id: r.id,
      sessionId: r.session_id,
      workingGroupId: r.working_group_id,
      workingGroupName: r.working_group_name,
      sessionYear: r.year,
      sessionNumber: r.number,
      sessionDate: r.date,
      row: r.row,
      title: r.title,
      body: r.body,
      deadline: readDeadline(r.deadline_kind, r.deadline_value),
      dueDate: r.due_date,
      status: r.status,
      overdue: isOverdue(followed, q.today),
      dueSoon: isDueSoon(followed, q.today),
      responsible: responsible.get(r.id) ?? [],
      followUps: r.follow_ups,
      lastFollowUp: r.last_date === null ? null : { date: r.last_date, text: r.last_text ?? '' },
    };
  });
  return { rows: shaped, total };
}

export const followUpHandlers = {
  'resolutions.setStatus': (db, { id, status }) => {
    resolutionExists(db, id);
    update(db, 'resolution', id, { status });
    return { ok: true as const };
  },
  'followUps.list': (db, { resolutionId }) => {
    resolutionExists(db, resolutionId);
    return all<FollowUpRow>(
      db,
      sql`SELECT * FROM follow_up WHERE resolution_id = ${resolutionId} ORDER BY date, created_at, rowid`,
    ).map(toFollowUp);
  },
  'followUps.add': (db, input) => {
    const r = resolutionExists(db, input.resolutionId);
    const date = requireDate(input.date, 'date');
    if (date < r.session_date) throw invalid('تاریخ پیگیری نمی‌تواند پیش از تاریخ جلسه مصوبه باشد', 'date');
    if (input.sessionId !== null && !get(db, sql`SELECT 1 FROM session WHERE id = ${input.sessionId}`))
      throw invalid('جلسه‌ای که گزارش در آن داده شد پیدا نشد', 'sessionId');
    if (input.organizationId !== null && !get(db, sql`SELECT 1 FROM organization WHERE id = ${input.organizationId}`))
      throw invalid('دستگاه گزارش‌دهنده پیدا نشد', 'organizationId');
    const typed = input.organization?.trim() ? input.organization : null;
    const organizationId = input.organizationId ?? (typed ? (findOrganization(db, typed)?.id ?? null) : null);
    const id = create(db, 'follow_up', {
      resolution_id: input.resolutionId,
      date,
      text: input.text,
      organization_id: organizationId,
      organization: typed,
      session_id: input.sessionId,
      created_at: new Date().toISOString(),
    });
    if (input.status) update(db, 'resolution', input.resolutionId, { status: input.status });
    return toFollowUp(get<FollowUpRow>(db, sql`SELECT * FROM follow_up WHERE id = ${id}`)!);
  },
  'followUps.remove': (db, { id }) => {
    if (run(db, sql`DELETE FROM follow_up WHERE id = ${id}`) === 0) throw notFound('گزارش پیگیری');
    return { ok: true as const };
  },
  'board.list': (db, { limit, offset, ...filter }) =>
    board(db, { ...filter, today: asOf(filter.today) }, { limit, offset }),
} satisfies Handlers<'resolutions.setStatus' | 'followUps' | 'board'>;
