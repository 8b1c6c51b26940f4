// Attendance: one line per organisation that came (or sent someone, or was excused, or a guest);
// every other member is absent by derivation, so the absentee count is never typed.
import type { AttendanceSheet } from '../../contract';
import type { Db } from '../db/open';
import { isMemberOn } from '../domain/attendance';
import { attendanceSheetFileName } from '../print/file-names';
import { minutesTitle } from '../domain/minutes-title';
import { all, get, run, sql, update } from '../db/sql';
import { DabirError } from '../errors';
import { findOrCreateOrganization, organizationById } from './organizations';
import type { AsyncHandlerFactory, Handlers } from './handlers';
import { listMembers } from './members';
import { sessionReference, withMinutesInfo } from './minutes';
import { shellLacks } from './shell';
import { assertDraft, readAttendance, sessionRow } from './session-read';
import { create, makeRoom, orderedIds, writeOrder, type OrderedList } from './store';

const lines: OrderedList = { table: 'attendance', parentColumn: 'session_id', column: 'position' };

/** A new line's position: at the end (after the highest, which may have gaps), or where an undo puts it back. */
function placeLine(db: Db, sessionId: string, position: number | undefined): number {
  if (position === undefined)
    return (
      (get<{ p: number | null }>(db, sql`SELECT max(position) AS p FROM attendance WHERE session_id = ${sessionId}`)
        ?.p ?? -1) + 1
    );
  writeOrder(db, lines, sessionId, orderedIds(db, lines, sessionId));
  return makeRoom(db, lines, sessionId, position);
}

/**
 * Puts members' new lines (made at the end) among the other members' in the group's order,
 * whatever order they were marked in («بقیه حاضر» after the absent ones); guests stay after them.
 * The lines already there keep their order; the order is written once.
 */
function placeAmongMembers(db: Db, sessionId: string, made: ReadonlySet<string>): void {
  if (made.size === 0) return;
  const placed = all<{ id: string; member: number | null }>(
    db,
    sql`SELECT a.id, m.position AS member FROM attendance a
          JOIN session s ON s.id = a.session_id
          LEFT JOIN membership m ON m.working_group_id = s.working_group_id AND m.organization_id = a.organization_id
        WHERE a.session_id = ${sessionId} ORDER BY a.position`,
  );
  const order = placed.filter((l) => !made.has(l.id));
  for (const line of placed.filter((l) => made.has(l.id))) {
    const member = line.member;
    const at = member === null ? -1 : order.findIndex((o) => o.member === null || o.member > member);
    order.splice(at < 0 ? order.length : at, 0, line);
  }
  writeOrder(
    db,
    lines,
    sessionId,
    order.map((l) => l.id),
  );
}

/** The sheet to sign: drafts too (it is printed before the session starts). */
function attendanceSheet(db: Db, sessionId: string): AttendanceSheet {
  const s = sessionRow(db, sessionId);
  const group = get<{ name: string; province: string | null; print_as_typed: number }>(
    db,
    sql`SELECT name, province, print_as_typed FROM working_group WHERE id = ${s.working_group_id}`,
  );
  return {
    sessionId,
    title: minutesTitle({ name: group?.name ?? '', province: group?.province ?? null }, s).replace(/^صورتجلسه\s+/, ''),
    reference: sessionReference(s),
    date: s.date,
    startTime: s.start_time,
    location: s.location,
    members: listMembers(db, s.working_group_id)
      .filter((m) => isMemberOn(m, s.date))
      .map((m) => m.organizationName),
    printAsTyped: group?.print_as_typed === 1,
  };
}

export const attendanceHandlers = {
  'attendance.sheet': (db, { sessionId }) => attendanceSheet(db, sessionId),
  'attendance.get': (db, { sessionId }) => readAttendance(db, sessionRow(db, sessionId)),
  'attendance.set': (db, input) => {
    const session = assertDraft(db, input.sessionId);
    const org =
      input.organizationId !== undefined
        ? organizationById(db, input.organizationId)
        : findOrCreateOrganization(db, input.organizationName ?? '');
    const line = get<{ id: string; status: string; person: string | null }>(
      db,
      sql`SELECT id, status, person FROM attendance WHERE session_id = ${session.id} AND organization_id = ${org.id}`,
    );
    if (line) {
      update(db, 'attendance', line.id, {
        status: input.status ?? line.status,
        person: input.person === undefined ? line.person : input.person,
      });
    } else {
      const id = create(db, 'attendance', {
        session_id: session.id,
        organization_id: org.id,
        position: placeLine(db, session.id, input.position),
        person: input.person ?? null,
        // Naming who came, without a status, means the organisation attended.
        status: input.status ?? 'present',
      });
      // An undo puts a line back where it was; a new member's line goes to its place.
      if (input.position === undefined) placeAmongMembers(db, session.id, new Set([id]));
    }
    return readAttendance(db, session);
  },
  'attendance.setMany': (db, { sessionId, status, organizationIds }) => {
    const session = assertDraft(db, sessionId);
    const ids =
      organizationIds ??
      readAttendance(db, session)
        .entries.filter((e) => e.derived)
        .map((e) => e.organizationId);
    const made = new Set<string>();
    for (const id of new Set(ids)) {
      const org = organizationById(db, id);
      const line = get<{ id: string }>(
        db,
        sql`SELECT id FROM attendance WHERE session_id = ${session.id} AND organization_id = ${org.id}`,
      );
      if (line) update(db, 'attendance', line.id, { status });
      else
        made.add(
          create(db, 'attendance', {
            session_id: session.id,
            organization_id: org.id,
            position: placeLine(db, session.id, undefined),
            person: null,
            status,
          }),
        );
    }
    placeAmongMembers(db, session.id, made);
    return readAttendance(db, session);
  },
  'attendance.clear': (db, { sessionId, organizationId }) => {
    const session = assertDraft(db, sessionId);
    if (
      run(db, sql`DELETE FROM attendance WHERE session_id = ${sessionId} AND organization_id = ${organizationId}`) === 0
    ) {
      throw new DabirError('not_found', 'این دستگاه در حضور و غیاب این جلسه نیست');
    }
    return readAttendance(db, session);
  },
} satisfies Handlers<'attendance'>;

/** The attendance sheet as PDF: the session checked first, then the shell prints. */
export const attendanceAsyncHandlers: AsyncHandlerFactory<'attendance.sheetPdf'> = (context) => ({
  'attendance.sheetPdf': async (db, { sessionId }, shell) => {
    // Refusals (no such session) in Persian before any printing starts.
    context.run(db, 'attendance.sheet', { sessionId });
    const s = sessionRow(db, sessionId);
    if (!shell.printPdf) throw shellLacks('printing');
    const bytes = withMinutesInfo(db, sessionId, await shell.printPdf({ kind: 'attendance', sessionId }));
    return {
      fileName: attendanceSheetFileName(s),
      mediaType: 'application/pdf',
      data: Buffer.from(bytes).toString('base64'),
    };
  },
});
