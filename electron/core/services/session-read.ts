// Reads a session with all its parts, in order, as the contract's SessionDetail.
import type { Deadline, SessionDetail } from '../../contract';
import type { Db } from '../db/open';
import { all, get, sql } from '../db/sql';
import { deriveAttendance } from '../domain/attendance';
import { DabirError, notFound } from '../errors';
import { toPersianDigits } from '../../contract/persian-text';
import { refuseForeign } from '../db/foreign';
import { listMembers } from './members';

export interface SessionRow {
  id: string;
  working_group_id: string;
  year: number;
  number: number;
  date: string;
  start_time: string | null;
  end_time: string | null;
  location: string | null;
  chair_name: string | null;
  chair_title: string | null;
  secretary_name: string | null;
  secretary_title: string | null;
  notes: string | null;
  status: 'draft' | 'final';
  origin: string;
}

export function sessionRow(db: Db, id: string): SessionRow {
  const row = get<SessionRow>(db, sql`SELECT * FROM session WHERE id = ${id}`);
  if (!row) throw notFound('جلسه');
  return row;
}

/** Every change to a session goes through here first: a final session is the legal record. */
export function assertDraft(db: Db, sessionId: string): SessionRow {
  const row = sessionRow(db, sessionId);
  // Another secretariat's session (headquarters' at a province, a province's at headquarters) is not this one's to change.
  refuseForeign(db, row.origin);
  if (row.status === 'final') {
    throw new DabirError(
      'session_final',
      `صورتجلسه جلسه ${toPersianDigits(row.number)} سال ${toPersianDigits(row.year)} قطعی شده است و تغییر نمی‌کند؛ تغییر را به صورت اصلاحیه ثبت کنید`,
    );
  }
  return row;
}

/** The stored deadline; a null kind is a resolution with no deadline. */
export function readDeadline(kind: string | null, value: string | null): Deadline | null {
  switch (kind) {
    case null:
      return null;
    case 'days':
    case 'weeks':
    case 'months':
      return { kind, value: Number(value) };
    case 'date':
    case 'text':
      return { kind, value: value ?? '' };
    case 'continuous':
    case 'immediate':
      return { kind };
    default:
      throw new DabirError('internal', `نوع مهلت ناشناخته در پایگاه داده: ${kind}`);
  }
}

export function writeDeadline(d: Deadline | null): { deadline_kind: string | null; deadline_value: string | null } {
  if (d === null) return { deadline_kind: null, deadline_value: null };
  return { deadline_kind: d.kind, deadline_value: 'value' in d ? String(d.value) : null };
}

export function readAttendance(db: Db, session: SessionRow): SessionDetail['attendance'] {
  const lines = all<{
    organization_id: string;
    organization_name: string;
    person: string | null;
    status: SessionDetail['attendance']['entries'][number]['status'];
    position: number;
  }>(
    db,
    sql`SELECT a.organization_id, o.name AS organization_name, a.person, a.status, a.position
        FROM attendance a JOIN organization o ON o.id = a.organization_id WHERE a.session_id = ${session.id} ORDER BY a.position`,
  );
  const derived = deriveAttendance(
    listMembers(db, session.working_group_id),
    lines.map((l) => ({
      organizationId: l.organization_id,
      organizationName: l.organization_name,
      person: l.person,
      status: l.status,
      position: l.position,
    })),
    session.date,
  );
  return {
    entries: derived.entries.map((e) => ({
      organizationId: e.organizationId,
      organizationName: e.organizationName,
      person: e.person,
      status: e.status,
      derived: e.derived,
    })),
    absentCount: derived.absentCount,
  };
}

export function readResolutions(db: Db, sessionId: string): SessionDetail['resolutions'] {
  const rows = all<{
    id: string;
    row: number;
    title: string | null;
    body: string;
    deadline_kind: string | null;
    deadline_value: string | null;
    due_date: string | null;
  }>(
    db,
    sql`SELECT id, row, title, body, deadline_kind, deadline_value, due_date FROM resolution WHERE session_id = ${sessionId} ORDER BY row`,
  );
  const responsible = all<{ resolution_id: string; position: number; organization_id: string | null; text: string }>(
    db,
    sql`SELECT r.resolution_id, r.position, r.organization_id, r.text FROM responsible r JOIN resolution s ON s.id = r.resolution_id
        WHERE s.session_id = ${sessionId} ORDER BY r.position`,
  );
  return rows.map((r) => ({
    id: r.id,
    row: r.row,
    title: r.title,
    body: r.body,
    deadline: readDeadline(r.deadline_kind, r.deadline_value),
    dueDate: r.due_date,
    responsible: responsible
      .filter((x) => x.resolution_id === r.id)
      .map((x) => ({ position: x.position, organizationId: x.organization_id, text: x.text })),
  }));
}

export function readSession(db: Db, id: string): SessionDetail {
  const s = sessionRow(db, id);
  const group = get<{ name: string; province: string }>(
    db,
    sql`SELECT name, province FROM working_group WHERE id = ${s.working_group_id}`,
  );
  const speakers = all<{ id: string; position: number; name: string | null; title: string | null }>(
    db,
    sql`SELECT id, position, name, title FROM speaker WHERE session_id = ${id} ORDER BY position`,
  );
  const points = all<{ id: string; speaker_id: string; position: number; text: string }>(
    db,
    sql`SELECT p.id, p.speaker_id, p.position, p.text FROM discussion_point p JOIN speaker s ON s.id = p.speaker_id
        WHERE s.session_id = ${id} ORDER BY p.position`,
  );
  return {
    id: s.id,
    workingGroupId: s.working_group_id,
    workingGroupName: group?.name ?? '',
    province: group?.province ?? '',
    year: s.year,
    number: s.number,
    date: s.date,
    startTime: s.start_time,
    endTime: s.end_time,
    location: s.location,
    chair: { name: s.chair_name, title: s.chair_title },
    secretary: { name: s.secretary_name, title: s.secretary_title },
    notes: s.notes,
    status: s.status,
    agenda: all(db, sql`SELECT id, position, text FROM agenda_item WHERE session_id = ${id} ORDER BY position`),
    discussion: speakers.map((sp) => ({
      id: sp.id,
      position: sp.position,
      speaker: { name: sp.name, title: sp.title },
      points: points
        .filter((p) => p.speaker_id === sp.id)
        .map((p) => ({ id: p.id, position: p.position, text: p.text })),
    })),
    resolutions: readResolutions(db, id),
    attendance: readAttendance(db, s),
    signatories: all(
      db,
      sql`SELECT id, position, name, title FROM signatory WHERE session_id = ${id} ORDER BY position`,
    ),
  };
}
