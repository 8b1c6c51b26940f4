// A session's invitation (دعوتنامه): what it prints, read from the session, its group's members on
// its date and the letterhead; and the office's number, date and mode for it, kept per session.
// Printed to PDF by the shell, as the minutes are.
import type { InvitationMark, InvitationRequest, PrintableInvitation } from '../../contract';
import { refuseForeign } from '../db/foreign';
import type { Db } from '../db/open';
import { all, get, run, sql } from '../db/sql';
import { isMemberOn } from '../domain/attendance';
import { longJalaliDate, jalaliWeekday } from '../domain/long-date';
import { groupWithProvince } from '../domain/minutes-title';
import { ordinalWord } from '../domain/ordinals';
import { DabirError, invalid } from '../errors';
import type { AsyncHandlerFactory, Handlers } from './handlers';
import { readLetterhead } from './letterhead';
import { listMembers } from './members';
import { withMinutesInfo } from './minutes';
import { personById } from './people';
import { sessionRow, type SessionRow } from './session-read';
import { shellLacks } from './shell';
import { requireDate } from './typed-values';

/** «دعوتنامه-1399-01.pdf». */
export const invitationFileName = (s: { year: number; number: number }, ext: 'pdf' | 'docx'): string =>
  `دعوتنامه-${s.year}-${String(s.number).padStart(2, '0')}.${ext}`;

export function readMark(db: Db, sessionId: string): InvitationMark | null {
  return (
    get<InvitationMark>(db, sql`SELECT number, date, mode FROM invitation WHERE session_id = ${sessionId}`) ?? null
  );
}

/** Who signs: the session's secretary, else the group's default secretary, else no one named. */
function signatory(db: Db, s: SessionRow, defaultSecretaryId: string | null): PrintableInvitation['signatory'] {
  if (s.secretary_name?.trim()) return { name: s.secretary_name, title: s.secretary_title };
  if (defaultSecretaryId === null) return null;
  const p = personById(db, defaultSecretaryId);
  return { name: p.name, title: p.title };
}

export function printableInvitation(db: Db, request: InvitationRequest): PrintableInvitation {
  const s = sessionRow(db, request.sessionId);
  const group = get<{
    name: string;
    province: string | null;
    print_as_typed: number;
    default_secretary_id: string | null;
  }>(
    db,
    sql`SELECT name, province, print_as_typed, default_secretary_id FROM working_group WHERE id = ${s.working_group_id}`,
  );
  if (!group) throw new DabirError('internal', 'کارگروه این جلسه پیدا نشد');
  const members = listMembers(db, s.working_group_id)
    .filter((m) => isMemberOn(m, s.date))
    .map((m) => ({ organizationId: m.organizationId, name: m.organizationName }));
  if (members.length === 0)
    throw invalid('کارگروه در تاریخ این جلسه دستگاه عضوی ندارد؛ نخست اعضای کارگروه را ثبت کنید', 'sessionId');
  const addressees =
    request.organizationId === undefined ? members : members.filter((m) => m.organizationId === request.organizationId);
  if (addressees.length === 0)
    throw invalid('این دستگاه در تاریخ جلسه عضو کارگروه نیست و دعوتنامه‌ای برایش نوشته نمی‌شود', 'organizationId');
  const secretariat = get<{ name: string }>(db, sql`SELECT name FROM secretariat WHERE id = ${s.origin}`);
  const mark = readMark(db, s.id);
  return {
    sessionId: s.id,
    letterhead: readLetterhead(db),
    secretariat: secretariat?.name ?? '',
    workingGroup: groupWithProvince(group.name, group.province ?? ''),
    session: {
      number: s.number,
      year: s.year,
      ordinal: ordinalWord(s.number),
      date: s.date,
      longDate: longJalaliDate(s.date),
      weekday: jalaliWeekday(s.date),
      startTime: s.start_time,
      endTime: s.end_time,
      location: s.location,
    },
    agenda: all<{ text: string }>(
      db,
      sql`SELECT text FROM agenda_item WHERE session_id = ${s.id} ORDER BY position`,
    ).map((a) => a.text),
    members,
    addressees,
    signatory: signatory(db, s, group.default_secretary_id),
    mark,
    mode: request.mode ?? mark?.mode ?? 'each',
    printAsTyped: group.print_as_typed === 1,
  };
}

export const invitationHandlers = {
  'invitations.printable': (db, request) => printableInvitation(db, request),
  'invitations.mark': (db, { sessionId, number, date, mode }) => {
    const s = sessionRow(db, sessionId);
    // Another secretariat's session (headquarters' national minutes) is not this office's to invite to.
    refuseForeign(db, s.origin);
    const kept = {
      number: number?.trim() ? number.trim() : null,
      date: date === null || date.trim() === '' ? null : requireDate(date, 'date'),
      mode,
    };
    run(
      db,
      sql`INSERT INTO invitation (session_id, number, date, mode, updated_at)
          VALUES (${s.id}, ${kept.number}, ${kept.date}, ${kept.mode}, ${new Date().toISOString()})
          ON CONFLICT (session_id) DO UPDATE SET number = excluded.number, date = excluded.date,
            mode = excluded.mode, updated_at = excluded.updated_at`,
    );
    return kept;
  },
} satisfies Handlers<'invitations'>;

/** The invitation as PDF: refusals (no such session, no members) in Persian first, then the shell prints. */
export const invitationsAsyncHandlers: AsyncHandlerFactory<'invitations.pdf'> = (context) => ({
  'invitations.pdf': async (db, request, shell) => {
    const p = context.run(db, 'invitations.printable', request);
    if (!shell.printPdf) throw shellLacks('printing');
    const bytes = withMinutesInfo(db, request.sessionId, await shell.printPdf({ kind: 'invitation', ...request }));
    return {
      fileName: invitationFileName(p.session, 'pdf'),
      mediaType: 'application/pdf',
      data: Buffer.from(bytes).toString('base64'),
    };
  },
});
