// «Overdue» in SQL, made from its one definition (domain/follow-up.ts: isOverdue): a due date,
// passed, and still open. The board, search and headquarters' totals all filter or count with it.
import { sql, type Query } from '../db/sql';
import { UNREPORTED_DAYS, openStatuses } from '../domain/follow-up';
import { addDays } from '../domain/jalali';

/** The statuses as bound parameters: `?, ?`. */
const open = openStatuses.slice(1).reduce<Query>((list, s) => sql`${list}, ${s}`, sql`${openStatuses[0]}`);
/** Table aliases the callers use, as text (`sql` splices a query it made, binds anything else). */
const aliases = { r: sql`r`, rr: sql`rr` } as const;

/** 1 when the resolution aliased `alias` is overdue on `today`, else 0. */
export function overdueSql(alias: keyof typeof aliases, today: string): Query {
  const a = aliases[alias];
  return overdueOf(sql`${a}.status`, sql`${a}.due_date`, today);
}

/** The same over any status and due date (a province follows a national resolution by its own: services/followed.ts). */
export function overdueOf(status: Query, dueDate: Query, today: string): Query {
  return sql`(${dueDate} IS NOT NULL AND ${dueDate} < ${today} AND ${status} IN (${open}))`;
}

/** 1 when due today or within the next 7 days and still open (domain/follow-up.ts: isDueSoon). */
export function dueSoonOf(status: Query, dueDate: Query, today: string): Query {
  return sql`(${dueDate} IS NOT NULL AND ${dueDate} >= ${today} AND ${dueDate} <= ${addDays(today, 7)} AND ${status} IN (${open}))`;
}

/**
 * 1 when open, its session at least UNREPORTED_DAYS old and no report since then (domain/follow-up.ts:
 * isUnreported); `resolution` is the resolution's id, `sessionDate` its session's date.
 */
export function unreportedOf(status: Query, resolution: Query, sessionDate: Query, today: string): Query {
  const since = addDays(today, -UNREPORTED_DAYS);
  return sql`(${status} IN (${open}) AND ${sessionDate} <= ${since}
    AND NOT EXISTS (SELECT 1 FROM follow_up q WHERE q.resolution_id = ${resolution} AND q.date > ${since}))`;
}
