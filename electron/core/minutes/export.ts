// One session as a dabir.minutes/1 document: every field present, derived absentees included,
// plus the ids and computed due dates Dabir fills in.
import { MINUTES_FORMAT, type MinutesDocument } from '../../contract/minutes';
import type { Db } from '../db/open';
import { readSession } from '../services/session-read';
import { workingGroupById } from '../services/working-groups';

export function exportMinutes(db: Db, sessionId: string): MinutesDocument {
  const s = readSession(db, sessionId);
  const g = workingGroupById(db, s.workingGroupId);
  return {
    format: MINUTES_FORMAT,
    workingGroup: { id: g.id, name: g.name, province: g.province, organization: g.organization },
    session: {
      id: s.id,
      year: s.year,
      number: s.number,
      date: s.date,
      startTime: s.startTime,
      endTime: s.endTime,
      location: s.location,
      chair: s.chair,
      secretary: s.secretary,
      agenda: s.agenda.map((a) => a.text),
      discussion: s.discussion.map((d) => ({ speaker: d.speaker, points: d.points.map((p) => p.text) })),
      resolutions: s.resolutions.map((r) => ({
        id: r.id,
        row: r.row,
        title: r.title,
        body: r.body,
        deadline: r.deadline,
        dueDate: r.dueDate,
        responsible: r.responsible.map((x) => x.text),
      })),
      attendance: s.attendance.entries.map((e) => ({
        organization: e.organizationName,
        person: e.person,
        status: e.status,
      })),
      signatories: s.signatories.map((x) => ({ name: x.name, title: x.title })),
      notes: s.notes,
    },
  };
}
