// Writes a checked dabir.minutes/1 document: the working group, organisations and members it
// names, then the session and all its parts. Runs inside the caller's transaction: all or nothing.
import { MINUTES_FORMAT } from '../../contract/minutes';
import type { Db } from '../db/open';
import { all, remove, sql } from '../db/sql';
import { checkProvinces, writeAssignments } from '../services/assignments';
import { parseJalaliDate, parseTime } from '../domain/jalali';
import { toPersianDigits } from '../../contract/persian-text';
import { DabirError } from '../errors';
import { findOrCreateOrganization } from '../services/organizations';
import { dueDate } from '../domain/deadlines';
import { checkDeadline, writeResponsible } from '../services/resolutions';
import { writeDeadline } from '../services/session-read';
import { create } from '../services/store';
import { addMember } from '../services/members';
import { createWorkingGroup, findWorkingGroup } from '../services/working-groups';
import { checkMinutes } from './validate';
import type { MinutesDocumentInput } from '../../contract/minutes';

export interface Imported {
  sessionId: string;
  workingGroupId: string;
  replaced: boolean;
}

const canonicalDate = (s: string) => {
  const p = parseJalaliDate(s);
  if (!p.ok) throw new DabirError('internal', `تاریخ بررسی‌شده نامعتبر است: ${s}`);
  return p.date;
};
const canonicalTime = (s: string | null | undefined) => (s ? parseTime(s) : null);

export function importMinutes(db: Db, raw: unknown, replaceDraft = false): Imported {
  const checked = checkMinutes(db, raw, replaceDraft);
  if (!checked.ok) {
    const first = checked.problems[0];
    throw new DabirError(
      'import_invalid',
      `سند «${MINUTES_FORMAT}» پذیرفته نشد: ${toPersianDigits(checked.problems.length)} مشکل. ${first ? `${first.path}: ${first.message}` : ''}`.trim(),
      first?.path ?? null,
      checked.problems,
    );
  }
  const { doc, replace } = checked;
  const s = doc.session;
  if (replace) remove(db, 'session', replace.id);

  const group =
    findWorkingGroup(db, doc.workingGroup.name) ??
    createWorkingGroup(db, {
      name: doc.workingGroup.name,
      province: doc.workingGroup.province ?? '',
      organization: doc.workingGroup.organization ?? null,
      immediateDays: 3,
    });

  const sessionId = writeSession(db, group, s, {
    numberFromDocument: true,
    organizationOf: (name) => findOrCreateOrganization(db, name),
    addMembers: true,
  });

  // A national resolution's provinces (checked already, at headquarters only).
  const rows = new Map(
    all<{ id: string; row: number }>(db, sql`SELECT id, row FROM resolution WHERE session_id = ${sessionId}`).map(
      (r) => [r.row, r.id],
    ),
  );
  for (const r of s.resolutions ?? []) {
    if (r.provinces === undefined) continue;
    const checked = checkProvinces(r.provinces, '');
    if (checked.ok)
      writeAssignments(
        db,
        rows.get(r.row)!,
        { date: canonicalDate(s.date), immediateDays: group.immediateDays },
        checked.assignments,
      );
  }

  return { sessionId, workingGroupId: group.id, replaced: replace !== null };
}

export interface WriteOptions {
  /** The number is the document's own (kept when drafts are renumbered), not one Dabir gave. */
  numberFromDocument: boolean;
  /** The organisation an attendance line names: found or made. */
  organizationOf: (name: string) => { id: string };
  /** Every organisation the attendance lists, guests aside, becomes a member of the group. */
  addMembers: boolean;
}

/** Writes a checked session and all its parts under `group`; returns the new session's id. */
export function writeSession(
  db: Db,
  group: { id: string; immediateDays: number },
  s: MinutesDocumentInput['session'],
  o: WriteOptions,
): string {
  const date = canonicalDate(s.date);
  const sessionId = create(db, 'session', {
    working_group_id: group.id,
    year: s.year,
    number: s.number,
    // The number the document gives its session is kept (domain/session-numbers.ts).
    number_from_document: o.numberFromDocument ? 1 : 0,
    date,
    start_time: canonicalTime(s.startTime),
    end_time: canonicalTime(s.endTime),
    location: s.location ?? null,
    chair_name: s.chair?.name ?? null,
    chair_title: s.chair?.title ?? null,
    secretary_name: s.secretary?.name ?? null,
    secretary_title: s.secretary?.title ?? null,
    notes: s.notes ?? null,
    status: 'draft',
    created_at: new Date().toISOString(),
  });

  (s.agenda ?? []).forEach((text, position) => create(db, 'agenda_item', { session_id: sessionId, position, text }));
  (s.discussion ?? []).forEach((d, position) => {
    const speakerId = create(db, 'speaker', {
      session_id: sessionId,
      position,
      name: d.speaker.name ?? null,
      title: d.speaker.title ?? null,
    });
    d.points.forEach((text, p) => create(db, 'discussion_point', { speaker_id: speakerId, position: p, text }));
  });
  (s.resolutions ?? []).forEach((r, i) => {
    // Left out is the same as null: no deadline.
    const deadline = checkDeadline(r.deadline ?? null, `session.resolutions[${i}].deadline`);
    const id = create(db, 'resolution', {
      session_id: sessionId,
      row: r.row,
      title: r.title ?? null,
      body: r.body,
      ...writeDeadline(deadline),
      // The group is in hand: no look-up of its «فوری» days per resolution.
      due_date: dueDate(date, deadline, group.immediateDays),
    });
    writeResponsible(
      db,
      id,
      (r.responsible ?? []).map((text) => ({ organizationId: null, text })),
    );
  });
  (s.attendance ?? []).forEach((a, position) => {
    const org = o.organizationOf(a.organization);
    // Members are every organisation the minutes list except guests: later sessions derive absentees from them.
    if (o.addMembers && a.status !== 'guest') addMember(db, group.id, org.id, null);
    create(db, 'attendance', {
      session_id: sessionId,
      organization_id: org.id,
      position,
      person: a.person ?? null,
      status: a.status,
    });
  });
  (s.signatories ?? []).forEach((g, position) =>
    create(db, 'signatory', { session_id: sessionId, position, name: g.name, title: g.title ?? null }),
  );

  return sessionId;
}
