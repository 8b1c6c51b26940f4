// The home screen «امروز»: a handful of grouped counts over this file's own sessions and the
// resolutions it follows. Attention is counted with the board's own definitions (overdue-sql.ts),
// so a figure and the board it opens always agree.
import type { SessionBrief, TodayGroup, TodaySummary, YearSoFar } from '../../contract';
import { ownSecretariatId } from '../db/installation';
import type { Db } from '../db/open';
import { all, get, sql } from '../db/sql';
import { jalaliMonthLength, jalaliYear } from '../domain/jalali';
import type { Handlers } from './handlers';
import { followed } from './followed';
import { dueSoonOf, overdueOf, unreportedOf } from './overdue-sql';
import type { SessionRow } from './session-read';
import { asOf } from './typed-values';

type BriefRow = Pick<
  SessionRow,
  'id' | 'working_group_id' | 'year' | 'number' | 'date' | 'start_time' | 'location' | 'status'
>;

const brief = (r: BriefRow): SessionBrief => ({
  id: r.id,
  year: r.year,
  number: r.number,
  date: r.date,
  startTime: r.start_time,
  location: r.location,
  status: r.status,
});

/**
 * Each group's next session (the earliest draft dated today or later) and its last (the latest
 * dated before today, or today once final: a draft of today is still to come), by migration 150's
 * index of a group's sessions by date.
 */
function nextAndLast(db: Db, own: string, today: string): Map<string, { next?: SessionBrief; last?: SessionBrief }> {
  const rows = all<BriefRow & { which: 'next' | 'last' }>(
    db,
    sql`WITH picked AS (
          SELECT g.id AS g,
            (SELECT s.id FROM session s WHERE s.working_group_id = g.id AND s.date >= ${today} AND s.status = 'draft'
              ORDER BY s.date, s.number LIMIT 1) AS next,
            (SELECT s.id FROM session s WHERE s.working_group_id = g.id AND s.date <= ${today}
                AND (s.date < ${today} OR s.status = 'final')
              ORDER BY s.date DESC, s.number DESC LIMIT 1) AS last
          FROM working_group g WHERE g.origin = ${own})
        SELECT 'next' AS which, s.* FROM picked p JOIN session s ON s.id = p.next
        UNION ALL SELECT 'last' AS which, s.* FROM picked p JOIN session s ON s.id = p.last`,
  );
  const byGroup = new Map<string, { next?: SessionBrief; last?: SessionBrief }>();
  for (const r of rows) byGroup.set(r.working_group_id, { ...byGroup.get(r.working_group_id), [r.which]: brief(r) });
  return byGroup;
}

/** The same day a year earlier: 30 Esfand of a leap year is 29 Esfand of a common one. */
function sameDayYearBefore(today: string): string {
  const [y, m, d] = today.split('/').map(Number) as [number, number, number];
  const day = Math.min(d, jalaliMonthLength(y - 1, m));
  return `${y - 1}/${String(m).padStart(2, '0')}/${String(day).padStart(2, '0')}`;
}

function yearSoFar(db: Db, own: string, to: string): YearSoFar {
  const year = jalaliYear(to);
  const from = `${year}/01/01`;
  const counts = get<{ sessions: number; resolutions: number; follow_ups: number }>(
    db,
    sql`SELECT
          (SELECT count(*) FROM session s WHERE s.date BETWEEN ${from} AND ${to} AND s.origin = ${own}) AS sessions,
          (SELECT count(*) FROM session s JOIN resolution r ON r.session_id = s.id
            WHERE s.date BETWEEN ${from} AND ${to} AND s.origin = ${own}) AS resolutions,
          (SELECT count(*) FROM follow_up f WHERE f.date BETWEEN ${from} AND ${to} AND f.origin = ${own}) AS follow_ups`,
  )!;
  return { year, to, sessions: counts.sessions, resolutions: counts.resolutions, followUps: counts.follow_ups };
}

export function todaySummary(db: Db, today: string): TodaySummary {
  const own = ownSecretariatId(db);
  const f = followed(db, 'r');
  const mine = sql`s.origin = ${own}`;
  const sessions = nextAndLast(db, own, today);
  // Open resolutions this file follows, by group: at headquarters its own; at a province its own
  // and the national ones assigned to it (f.listed).
  const counted = all<{ working_group_id: string; overdue: number; due_soon: number; unreported: number }>(
    db,
    sql`SELECT s.working_group_id,
          sum(${overdueOf(f.status, f.dueDate, today)}) AS overdue,
          sum(${dueSoonOf(f.status, f.dueDate, today)}) AS due_soon,
          sum(${unreportedOf(f.status, sql`r.id`, sql`s.date`, today)}) AS unreported
        FROM resolution r JOIN session s ON s.id = r.session_id ${f.join}
        WHERE ${f.status} IN ('not_started', 'in_progress') AND ${f.listed} ${f.plain ? sql`AND ${mine}` : sql``}
        GROUP BY s.working_group_id`,
  );
  const attention = new Map(counted.map((c) => [c.working_group_id, c]));
  const groups: TodayGroup[] = all<{ id: string; name: string; origin: string }>(
    db,
    sql`SELECT id, name, origin FROM working_group ORDER BY name_key, id`,
  )
    // Another secretariat's group shows only for the resolutions of it this file follows.
    .filter((g) => g.origin === own || attention.has(g.id))
    .map((g) => {
      const c = attention.get(g.id);
      return {
        workingGroupId: g.id,
        name: g.name,
        national: g.origin !== own,
        next: sessions.get(g.id)?.next ?? null,
        last: sessions.get(g.id)?.last ?? null,
        overdue: c?.overdue ?? 0,
        dueSoon: c?.due_soon ?? 0,
        unreported: c?.unreported ?? 0,
      };
    });
  const sum = (k: 'overdue' | 'dueSoon' | 'unreported') => groups.reduce((n, g) => n + g[k], 0);
  return {
    today,
    groups,
    totals: { overdue: sum('overdue'), dueSoon: sum('dueSoon'), unreported: sum('unreported') },
    thisYear: yearSoFar(db, own, today),
    lastYear: yearSoFar(db, own, sameDayYearBefore(today)),
  };
}

export const todayHandlers = {
  'today.summary': (db, { today }) => todaySummary(db, asOf(today)),
} satisfies Handlers<'today'>;
