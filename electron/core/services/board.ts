// The open-resolutions board: the filters as SQL, one page at a time with the count of all that match.
import type { BoardRow, ResolutionStatus } from '../../contract';
import type { Db } from '../db/open';
import { all, get, sql } from '../db/sql';
import { isDueSoon, isOverdue } from '../domain/follow-up';
import type { Handlers } from './handlers';
import { followed, type Followed } from './followed';
import { dueSoonOf, overdueOf, unreportedOf } from './overdue-sql';
import { originOf } from './store';
import { isHeadquarters } from '../db/installation';
import { readDeadline } from './session-read';
import { asOf } from './typed-values';

export interface BoardQuery {
  workingGroupId?: string;
  year?: number;
  organizationId?: string;
  status?: ResolutionStatus[];
  overdue?: boolean;
  dueSoon?: boolean;
  unreported?: boolean;
  secretariatId?: string;
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
  deadline_kind: string | null;
  deadline_value: string | null;
  due_date: string | null;
  status: ResolutionStatus;
  follow_ups: number;
  last_date: string | null;
  last_text: string | null;
  national: number;
  province: string | null;
}

/** The board's order: by due date (none last), then session and row; the id fixes ties across pages. */
const byDueDate = (f: Followed) => sql`${f.dueDate} IS NULL, ${f.dueDate}, s.date, s.number, r.row, r.id`;

/**
 * The filters as a WHERE clause over resolution r joined to its session s (and, at a province,
 * its national status: services/followed.ts): only the filters given, so SQLite plans each
 * combination with the indexes it can use.
 */
function boardWhere(q: BoardQuery, f: Followed) {
  const statuses = JSON.stringify(q.status ?? ['not_started', 'in_progress']);
  const none = sql``;
  // The open ones (the board's own view) written into the query, not bound: the partial index of
  // migration 140 covers exactly them, and SQLite uses it only when it can see so.
  const status = inBoardOrder(q, f)
    ? sql`r.status IN ('not_started', 'in_progress')`
    : sql`${f.status} IN (SELECT value FROM json_each(${statuses}))`;
  return sql`${status} AND ${f.listed}
    ${q.workingGroupId === undefined ? none : sql`AND s.working_group_id = ${q.workingGroupId}`}
    ${q.secretariatId === undefined ? none : sql`AND s.origin = ${q.secretariatId}`}
    ${q.year === undefined ? none : sql`AND s.year = ${q.year}`}
    ${
      q.organizationId === undefined
        ? none
        : sql`AND EXISTS (SELECT 1 FROM responsible x WHERE x.resolution_id = r.id AND x.organization_id = ${q.organizationId})`
    }
    ${q.overdue === undefined ? none : sql`AND ${q.overdue ? 1 : 0} = ${overdueOf(f.status, f.dueDate, q.today)}`}
    ${flag(q.dueSoon, dueSoonOf(f.status, f.dueDate, q.today))}
    ${flag(q.unreported, unreportedOf(f.status, sql`r.id`, sql`s.date`, q.today))}`;
}

/**
 * A yes/no filter: its terms as they are when asked for, so SQLite sees a due-date range it can
 * read from an index; negated when asked against; nothing when not asked.
 */
const flag = (wanted: boolean | undefined, condition: ReturnType<typeof sql>) =>
  wanted === undefined ? sql`` : wanted ? sql`AND ${condition}` : sql`AND NOT ${condition}`;

const onlyOpen = (q: BoardQuery) =>
  q.status === undefined ||
  (q.status.length === 2 && q.status.includes('not_started') && q.status.includes('in_progress'));

/** Whether a page is read straight from migration 140's index (see pageSource). */
const inBoardOrder = (q: BoardQuery, f: Followed) =>
  f.plain &&
  onlyOpen(q) &&
  q.secretariatId === undefined &&
  q.organizationId === undefined &&
  q.workingGroupId === undefined &&
  // A week's due dates are a range of an index of their own, not a walk down the board's order.
  q.dueSoon === undefined;

/**
 * Where a page is read from. Headquarters holds every province's resolutions (hundreds of
 * thousands): sorting all open ones to keep fifty was most of the board's time. One province's
 * come through its sessions (session_origin); the open ones in the board's order straight from
 * migration 140's index, stopping at the page; one group's or organisation's (a small part of the
 * open ones, which that order would walk past) as SQLite plans them.
 */
function pageSource(q: BoardQuery, f: Followed) {
  if (f.plain && q.secretariatId !== undefined)
    return sql`session s INDEXED BY session_origin CROSS JOIN resolution r ON r.session_id = s.id`;
  if (inBoardOrder(q, f)) return sql`resolution r INDEXED BY resolution_open_due JOIN session s ON s.id = r.session_id`;
  return sql`resolution r JOIN session s ON s.id = r.session_id`;
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
  const f = followed(db, 'r');
  const where = boardWhere(q, f);
  // Counting needs the session only to filter by it (a join per row otherwise); one province's
  // resolutions are counted through its sessions.
  const counted =
    f.plain && q.secretariatId !== undefined
      ? sql`session s INDEXED BY session_origin CROSS JOIN resolution r ON r.session_id = s.id`
      : q.workingGroupId !== undefined ||
          q.year !== undefined ||
          q.secretariatId !== undefined ||
          q.unreported !== undefined
        ? sql`resolution r JOIN session s ON s.id = r.session_id`
        : sql`resolution r`;
  const total = get<{ n: number }>(db, sql`SELECT count(*) AS n FROM ${counted} ${f.join} WHERE ${where}`)!.n;
  const own = originOf(db);
  // Only headquarters holds other secretariats' resolutions to name the province of.
  const headquarters = isHeadquarters(db);
  const rows = all<BoardSqlRow>(
    db,
    sql`SELECT r.id, r.session_id, s.working_group_id, g.name AS working_group_name, s.year, s.number, s.date,
          r.row, r.title, r.body, r.deadline_kind, r.deadline_value, ${f.dueDate} AS due_date, ${f.status} AS status,
          (SELECT count(*) FROM follow_up f WHERE f.resolution_id = r.id) AS follow_ups,
          l.date AS last_date, l.text AS last_text, ${f.national} AS national,
          ${headquarters ? sql`CASE WHEN s.origin = ${own} THEN NULL ELSE sc.province END` : sql`NULL`} AS province
        FROM (SELECT r.id FROM ${pageSource(q, f)} ${f.join} WHERE ${where}
              ORDER BY ${byDueDate(f)} LIMIT ${page.limit} OFFSET ${page.offset}) p
        JOIN resolution r ON r.id = p.id
        JOIN session s ON s.id = r.session_id
        JOIN working_group g ON g.id = s.working_group_id
        ${headquarters ? sql`LEFT JOIN secretariat sc ON sc.id = s.origin` : sql``}
        ${f.join}
        LEFT JOIN follow_up l ON l.id = (SELECT f.id FROM follow_up f WHERE f.resolution_id = r.id ORDER BY f.date DESC, f.created_at DESC LIMIT 1)
        ORDER BY ${byDueDate(f)}`,
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
      national: r.national === 1,
      province: r.province,
    };
  });
  return { rows: shaped, total };
}

export const boardHandlers = {
  'board.list': (db, { limit, offset, ...filter }) =>
    board(db, { ...filter, today: asOf(filter.today) }, { limit, offset }),
} satisfies Handlers<'board'>;
