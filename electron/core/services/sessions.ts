// Sessions: list per working group and year, create, edit the header, delete drafts, finalise
// (قطعی کردن) and verify; numbers kept by session-numbers.ts in the same transaction as every
// change that moves them.
import type { CalendarSession, MinutesDocument, SessionSummary } from '../../contract';
import type { Db } from '../db/open';
import { all, get, remove, sql, update } from '../db/sql';
import { addMonths, jalaliYear } from '../domain/jalali';
import { DabirError, invalid } from '../errors';
import { canonicalJson, sha256Hex } from '../minutes/canonical';
import { exportMinutes } from '../minutes/export';
import { verify } from './final-record';
import type { Handlers } from './handlers';
import { recomputeDueDates } from './resolutions';
import { assertDraft, readSession, type SessionRow } from './session-read';
import { nextNumber, renumberYear, spareNumber } from './session-numbers';
import { create, originOf } from './store';
import { optionalTime, requireDate } from './typed-values';
import { personById } from './people';
import { workingGroupById } from './working-groups';

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

/** The group's most recent session, whose header a new session starts from. */
function latestSession(db: Db, workingGroupId: string): SessionRow | undefined {
  return get<SessionRow>(
    db,
    sql`SELECT * FROM session WHERE working_group_id = ${workingGroupId} ORDER BY date DESC, year DESC, number DESC LIMIT 1`,
  );
}

/** The group's default chair or secretary as a name and title; the group's setting wins over the last session's. */
function officer(db: Db, personId: string | null): { name: string | null; title: string | null } | undefined {
  if (personId === null) return undefined;
  const p = personById(db, personId);
  return { name: p.name, title: p.title };
}

/** The session holding a number in a group's year (the minutes import checks against it). */
export function findSession(
  db: Db,
  workingGroupId: string,
  year: number,
  number: number,
): { id: string; status: string } | undefined {
  return get(
    db,
    sql`SELECT id, status FROM session WHERE working_group_id = ${workingGroupId} AND year = ${year} AND number = ${number}`,
  );
}

/** The longest span the calendar is asked for: a month view needs one, a season three. */
const CALENDAR_MONTHS = 3;

/**
 * This secretariat's own sessions between two dates, both included: a province's (not the
 * headquarters minutes it holds for national resolutions), headquarters' national ones (not the
 * provinces' it imported). By index session_origin_date (migration 155).
 */
function calendar(db: Db, input: { from: string; to: string }): CalendarSession[] {
  const from = requireDate(input.from, 'from');
  const to = requireDate(input.to, 'to');
  if (to < from) throw invalid('تاریخ پایان بازه پیش از تاریخ آغاز آن است', 'to');
  if (to > addMonths(from, CALENDAR_MONTHS))
    throw invalid('بازه تقویم بیش از سه ماه است؛ بازه‌ای کوتاه‌تر بخواهید', 'to');
  return all<CalendarSession>(
    db,
    sql`SELECT s.id, s.working_group_id AS workingGroupId, g.name AS workingGroupName, s.year, s.number, s.date,
          s.start_time AS startTime, s.location, s.status
        FROM session s JOIN working_group g ON g.id = s.working_group_id
        WHERE s.origin = ${originOf(db)} AND s.date BETWEEN ${from} AND ${to}
        ORDER BY s.date, s.start_time IS NULL, s.start_time, g.name_key, s.year, s.number`,
  );
}

export const sessionHandlers = {
  'sessions.list': (db, { workingGroupId, year }) => {
    workingGroupById(db, workingGroupId);
    return all<SessionSummary>(
      db,
      sql`SELECT s.id, s.working_group_id AS workingGroupId, s.year, s.number, s.date, s.status,
            (SELECT count(*) FROM resolution r WHERE r.session_id = s.id) AS resolutionCount,
            (SELECT count(*) FROM attendance a WHERE a.session_id = s.id AND a.status IN ('present', 'deputy', 'representative')) AS attendeeCount
          FROM session s
          WHERE s.working_group_id = ${workingGroupId} AND (${year ?? null} IS NULL OR s.year = ${year ?? null})
          ORDER BY s.date DESC, s.year DESC, s.number DESC`,
    );
  },
  'sessions.get': (db, { id }) => readSession(db, id),
  'sessions.calendar': calendar,
  'sessions.nextNumber': (db, { workingGroupId, year }) => {
    workingGroupById(db, workingGroupId);
    return nextNumber(db, workingGroupId, year);
  },
  'sessions.create': (db, input) => {
    const group = workingGroupById(db, input.workingGroupId);
    const date = requireDate(input.date, 'date');
    const year = input.year ?? jalaliYear(date);
    const previous = latestSession(db, input.workingGroupId);
    const chair = input.chair ??
      officer(db, group.defaultChairId) ?? { name: previous?.chair_name ?? null, title: previous?.chair_title ?? null };
    const secretary = input.secretary ??
      officer(db, group.defaultSecretaryId) ?? {
        name: previous?.secretary_name ?? null,
        title: previous?.secretary_title ?? null,
      };
    const id = create(db, 'session', {
      working_group_id: input.workingGroupId,
      year,
      number: spareNumber(db, input.workingGroupId, year),
      date,
      start_time:
        input.startTime === undefined ? (previous?.start_time ?? null) : optionalTime(input.startTime, 'startTime'),
      end_time: input.endTime === undefined ? (previous?.end_time ?? null) : optionalTime(input.endTime, 'endTime'),
      location: input.location === undefined ? (previous?.location ?? null) : input.location,
      chair_name: chair.name,
      chair_title: chair.title,
      secretary_name: secretary.name,
      secretary_title: secretary.title,
      notes: input.notes,
      status: 'draft',
      created_at: new Date().toISOString(),
    });
    renumberYear(db, input.workingGroupId, year);
    return readSession(db, id);
  },
  'sessions.update': (db, { id, ...patch }) => {
    const s = assertDraft(db, id);
    const date = patch.date === undefined ? s.date : requireDate(patch.date, 'date');
    // A date moved into another Jalali year takes the session's numbering with it, unless the
    // year is given; both years are renumbered below.
    const dateYear = jalaliYear(date);
    const followsDate = patch.year === undefined && patch.date !== undefined && dateYear !== s.year;
    const year = patch.year ?? (followsDate ? dateYear : s.year);
    update(db, 'session', id, {
      year,
      number: year === s.year ? s.number : spareNumber(db, s.working_group_id, year),
      date,
      start_time: patch.startTime === undefined ? s.start_time : optionalTime(patch.startTime, 'startTime'),
      end_time: patch.endTime === undefined ? s.end_time : optionalTime(patch.endTime, 'endTime'),
      location: patch.location === undefined ? s.location : patch.location,
      chair_name: patch.chair?.name === undefined ? s.chair_name : patch.chair.name,
      chair_title: patch.chair?.title === undefined ? s.chair_title : patch.chair.title,
      secretary_name: patch.secretary?.name === undefined ? s.secretary_name : patch.secretary.name,
      secretary_title: patch.secretary?.title === undefined ? s.secretary_title : patch.secretary.title,
      notes: patch.notes === undefined ? s.notes : patch.notes,
    });
    if (date !== s.date) recomputeDueDates(db, id, date);
    if (date !== s.date || year !== s.year) {
      renumberYear(db, s.working_group_id, year);
      if (year !== s.year) renumberYear(db, s.working_group_id, s.year);
    }
    return readSession(db, id);
  },
  'sessions.remove': (db, { id }) => {
    const s = assertDraft(db, id);
    remove(db, 'session', id);
    renumberYear(db, s.working_group_id, s.year);
    return { ok: true as const };
  },
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
} satisfies Handlers<'sessions'>;
