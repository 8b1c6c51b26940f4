// Keeps the sessions of a (working group, year) numbered by the rule in domain/session-numbers.ts,
// inside the caller's transaction: after a session is created, moved to another date or year, or
// deleted. A year numbered otherwise by an older version (gaps, 3 and 2 without 1) is put right at
// its next change.
import type { Db } from '../db/open';
import { all, run, sql } from '../db/sql';
import { sessionNumbers } from '../domain/session-numbers';

interface Row {
  id: string;
  number: number;
  status: string;
  date: string;
  number_from_document: number;
}

/** The year's sessions in creation order, ready for the rule. */
function yearSessions(db: Db, workingGroupId: string, year: number) {
  return all<Row>(
    db,
    sql`SELECT id, number, status, date, number_from_document FROM session
        WHERE working_group_id = ${workingGroupId} AND year = ${year} ORDER BY created_at, rowid`,
  ).map((r, order) => ({ ...r, order, final: r.status === 'final', fromDocument: r.number_from_document === 1 }));
}

/** A number free in the year for a row about to be renumbered: above every one in use. */
export function spareNumber(db: Db, workingGroupId: string, year: number): number {
  return Math.max(0, ...yearSessions(db, workingGroupId, year).map((r) => r.number)) + 1;
}

/** Renumbers the drafts of one (working group, year); finals and imported numbers are never touched. */
export function renumberYear(db: Db, workingGroupId: string, year: number): void {
  const rows = yearSessions(db, workingGroupId, year);
  const wanted = sessionNumbers(rows);
  const moving = rows.filter((r) => wanted.get(r.id) !== r.number);
  if (moving.length === 0) return;
  // UNIQUE (working_group_id, year, number) is checked row by row: first out of the way (above
  // every number in use), then into place, so two drafts can trade numbers.
  const above = Math.max(...rows.map((r) => r.number)) + 1;
  moving.forEach((r, i) => run(db, sql`UPDATE session SET number = ${above + i} WHERE id = ${r.id}`));
  for (const r of moving) run(db, sql`UPDATE session SET number = ${wanted.get(r.id) ?? r.number} WHERE id = ${r.id}`);
}

/** The number a new draft dated after every other session of the year would get. */
export function nextNumber(db: Db, workingGroupId: string, year: number): number {
  const rows = yearSessions(db, workingGroupId, year);
  const probe = { id: '', number: 0, final: false, date: '9999/99/99', order: rows.length };
  return sessionNumbers([...rows, probe]).get('') ?? 1;
}
