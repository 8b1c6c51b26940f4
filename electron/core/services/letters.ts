// Letters to the responsible bodies. A final session's resolutions are grouped by the organisation
// responsible for them — by its directory id, else by its name with ی/ک and half-spaces folded —
// into one notification letter each; a group's overdue resolutions (overdue-sql.ts, the one
// definition) into one follow-up letter each. The office's number and date are kept per letter
// with the resolutions it covered, for their follow-up log.
import { randomUUID } from 'node:crypto';
import type {
  KeptLetter,
  LetterEntry,
  LetterKind,
  LetterLine,
  NotificationLetters,
  OverdueLetters,
  ParsedInputOf,
  PrintableLetters,
} from '../../contract';
import { FOLLOW_UP_REPORT_DAYS } from '../../contract/letters';
import type { Db } from '../db/open';
import { all, get, insert, run, sql, update, type Query } from '../db/sql';
import { addDays, daysBetween } from '../domain/jalali';
import { DabirError, invalid, notFound } from '../errors';
import { setPdfInfo } from '../print/pdf-info';
import { lettersFileName } from '../print/file-names';
import type { AsyncHandlerFactory, Handlers } from './handlers';
import { readLetterhead } from './letterhead';
import { nameKey as matchKey } from '../past-minutes/match-text';
import { followed } from './followed';
import { overdueOf } from './overdue-sql';
import { readDeadline } from './session-read';
import { shellLacks } from './shell';
import { asOf, requireDate } from './typed-values';

export const refusedDraft = 'نامه ابلاغ پس از قطعی شدن صورتجلسه ساخته می‌شود';

interface LineRow {
  resolution_id: string;
  row: number;
  title: string | null;
  body: string;
  deadline_kind: string | null;
  deadline_value: string | null;
  due_date: string | null;
  session_id: string;
  year: number;
  number: number;
  date: string;
  organization_id: string | null;
  name: string;
}

interface LetterRow {
  id: string;
  organization_id: string | null;
  organization: string;
  number: string;
  date: string;
  resolutions: string;
}

/** A typed name's key, as past minutes match names: ی/ک folded, a half-space counted as the space many type. */
const nameKey = (name: string) => `name:${matchKey(name)}`;

/**
 * The lines grouped into one entry per organisation, in the order they first appear. A name typed
 * without a directory link joins the organisation of the same name that has one.
 */
type Grouped = Omit<LetterEntry, 'letter' | 'lastLetter' | 'reportBy'>;

function group(rows: LineRow[], today: string | null): Grouped[] {
  const entries = new Map<string, Grouped & { seen: Set<string> }>();
  const byName = new Map<string, string>();
  for (const r of rows) if (r.organization_id) byName.set(nameKey(r.name), `id:${r.organization_id}`);
  for (const r of rows) {
    const key = r.organization_id ? `id:${r.organization_id}` : (byName.get(nameKey(r.name)) ?? nameKey(r.name));
    let e = entries.get(key);
    if (!e) {
      e = { key, organizationId: r.organization_id, organization: r.name.trim(), resolutions: [], seen: new Set() };
      entries.set(key, e);
    }
    if (e.seen.has(r.resolution_id)) continue;
    e.seen.add(r.resolution_id);
    e.resolutions.push({
      resolutionId: r.resolution_id,
      row: r.row,
      title: r.title,
      body: r.body,
      deadline: readDeadline(r.deadline_kind, r.deadline_value),
      dueDate: r.due_date,
      session: { id: r.session_id, year: r.year, number: r.number, date: r.date },
      daysOverdue: today && r.due_date ? daysBetween(r.due_date, today) : null,
    } satisfies LetterLine);
  }
  return [...entries.values()].map(({ seen: _seen, ...e }) => e);
}

const lineColumns = sql`r.id AS resolution_id, r.row, r.title, r.body, r.deadline_kind, r.deadline_value,
  s.id AS session_id, s.year, s.number, s.date, x.organization_id, coalesce(o.name, x.text) AS name`;
const lineJoins = sql`FROM responsible x
  JOIN resolution r ON r.id = x.resolution_id
  JOIN session s ON s.id = r.session_id
  LEFT JOIN organization o ON o.id = x.organization_id`;

function keptLetters(db: Db, kind: LetterKind, where: Query): LetterRow[] {
  return all<LetterRow>(
    db,
    sql`SELECT l.id, l.organization_id, l.organization, l.number, l.date,
               (SELECT json_group_array(resolution_id) FROM letter_resolution WHERE letter_id = l.id) AS resolutions
        FROM letter l WHERE l.kind = ${kind} AND ${where}
        ORDER BY l.date DESC, l.created_at DESC, l.rowid DESC`,
  );
}

const addressedTo = (l: LetterRow, e: { organizationId: string | null; organization: string }) =>
  (e.organizationId !== null && l.organization_id === e.organizationId) ||
  nameKey(l.organization) === nameKey(e.organization);
const sameSet = (l: LetterRow, e: { resolutions: LetterLine[] }) => {
  const covered = JSON.parse(l.resolutions) as string[];
  return covered.length === e.resolutions.length && e.resolutions.every((r) => covered.includes(r.resolutionId));
};
const kept = (l: LetterRow | undefined): KeptLetter | null => (l ? { id: l.id, number: l.number, date: l.date } : null);

function workingGroup(db: Db, id: string) {
  const g = get<{ id: string; name: string }>(db, sql`SELECT id, name FROM working_group WHERE id = ${id}`);
  if (!g) throw notFound('کارگروه');
  return g;
}

function finalSession(db: Db, sessionId: string) {
  const s = get<{ id: string; year: number; number: number; date: string; status: string; working_group_id: string }>(
    db,
    sql`SELECT id, year, number, date, status, working_group_id FROM session WHERE id = ${sessionId}`,
  );
  if (!s) throw notFound('جلسه');
  if (s.status !== 'final') throw invalid(refusedDraft, 'sessionId');
  return s;
}

export function notificationLetters(db: Db, sessionId: string): NotificationLetters {
  const s = finalSession(db, sessionId);
  const rows = all<LineRow>(
    db,
    sql`SELECT ${lineColumns}, r.due_date ${lineJoins}
        WHERE r.session_id = ${sessionId} ORDER BY r.row, x.position`,
  );
  const letters = keptLetters(db, 'notification', sql`l.session_id = ${sessionId}`);
  const entries = group(rows, null).map((e) => {
    const letter = kept(letters.find((l) => addressedTo(l, e)));
    return { ...e, letter, lastLetter: letter, reportBy: null };
  });
  return {
    workingGroup: workingGroup(db, s.working_group_id),
    session: { id: s.id, year: s.year, number: s.number, date: s.date },
    entries,
  };
}

export function overdueLetters(db: Db, workingGroupId: string, today: string): OverdueLetters {
  const g = workingGroup(db, workingGroupId);
  const f = followed(db, 'r');
  const rows = all<LineRow>(
    db,
    sql`SELECT ${lineColumns}, ${f.dueDate} AS due_date ${lineJoins} ${f.join}
        WHERE s.working_group_id = ${workingGroupId} AND s.status = 'final' AND ${f.listed}
          AND ${overdueOf(f.status, f.dueDate, today)}
        ORDER BY ${f.dueDate}, s.date, s.number, r.row, x.position`,
  );
  const letters = keptLetters(db, 'follow_up', sql`l.working_group_id = ${workingGroupId}`);
  const entries = group(rows, today).map((e) => {
    const theirs = letters.filter((l) => addressedTo(l, e));
    const letter = kept(theirs.find((l) => sameSet(l, e)));
    return {
      ...e,
      letter,
      lastLetter: kept(theirs[0]),
      reportBy: addDays(letter?.date ?? today, FOLLOW_UP_REPORT_DAYS),
    };
  });
  return { workingGroup: g, today, entries };
}

function entryOf(entries: LetterEntry[], key: string): LetterEntry {
  const e = entries.find((x) => x.key === key);
  if (!e) throw invalid('این دستگاه در این نامه‌ها مصوبه‌ای ندارد', 'key');
  return e;
}

/** Keeps one organisation's letter: its number and date, and the resolutions it covers now. */
function markLetter(db: Db, input: ParsedInputOf<'letters.mark'>): LetterEntry {
  // The date checked before anything is written: a refusal leaves the letter as it was.
  const date = requireDate(input.date, 'date');
  const number = input.number.trim();
  const isNotification = input.kind === 'notification';
  const read = () =>
    isNotification
      ? notificationLetters(db, input.sessionId)
      : overdueLetters(db, input.workingGroupId, asOf(input.today));
  const answer = read();
  const entry = entryOf(answer.entries, input.key);
  const fields = { number, date, organization_id: entry.organizationId, organization: entry.organization };
  let id = entry.letter?.id;
  if (id) {
    update(db, 'letter', id, fields);
    run(db, sql`DELETE FROM letter_resolution WHERE letter_id = ${id}`);
  } else {
    id = randomUUID();
    insert(db, 'letter', {
      id,
      kind: input.kind,
      working_group_id: answer.workingGroup.id,
      session_id: isNotification ? input.sessionId : null,
      created_at: new Date().toISOString(),
      ...fields,
    });
  }
  for (const r of entry.resolutions) insert(db, 'letter_resolution', { letter_id: id, resolution_id: r.resolutionId });
  return entryOf(read().entries, input.key);
}

function signatoryOf(db: Db, groupId: string, sessionId: string | null): PrintableLetters['signatory'] {
  const fromSession = sessionId
    ? get<{ name: string | null; title: string | null }>(
        db,
        sql`SELECT secretary_name AS name, secretary_title AS title FROM session WHERE id = ${sessionId}`,
      )
    : undefined;
  if (fromSession && (fromSession.name || fromSession.title)) return fromSession;
  const byDefault = get<{ name: string; title: string | null }>(
    db,
    sql`SELECT p.name, p.title FROM working_group g JOIN person p ON p.id = g.default_secretary_id WHERE g.id = ${groupId}`,
  );
  if (byDefault) return byDefault;
  // A follow-up letter without a default secretary: the one of the group's latest final session.
  const latest = get<{ name: string | null; title: string | null }>(
    db,
    sql`SELECT secretary_name AS name, secretary_title AS title FROM session
        WHERE working_group_id = ${groupId} AND status = 'final' AND (secretary_name IS NOT NULL OR secretary_title IS NOT NULL)
        ORDER BY date DESC, number DESC LIMIT 1`,
  );
  return latest ?? null;
}

export function printableLetters(db: Db, which: ParsedInputOf<'letters.printable'>): PrintableLetters {
  const today = asOf(which.kind === 'follow_up' ? which.today : undefined);
  const read =
    which.kind === 'notification'
      ? notificationLetters(db, which.sessionId)
      : overdueLetters(db, which.workingGroupId, today);
  const letters = which.key === undefined ? read.entries : [entryOf(read.entries, which.key)];
  if (letters.length === 0)
    throw invalid(
      which.kind === 'notification'
        ? 'هیچ مصوبه‌ای از این جلسه دستگاه مسئول ندارد؛ نامه ابلاغی نیست'
        : 'این کارگروه مصوبه سررسیدگذشته‌ای ندارد؛ نامه پیگیری نیست',
    );
  const session = 'session' in read ? read.session : null;
  return {
    kind: which.kind,
    letterhead: readLetterhead(db),
    workingGroup: read.workingGroup,
    session,
    today,
    signatory: signatoryOf(db, read.workingGroup.id, session?.id ?? null),
    letters,
  };
}

export const letterHandlers = {
  'letters.notifications': (db, { sessionId }) => notificationLetters(db, sessionId),
  'letters.overdue': (db, { workingGroupId, today }) => overdueLetters(db, workingGroupId, asOf(today)),
  'letters.mark': (db, input) => markLetter(db, input),
  'letters.ofResolution': (db, { resolutionId }) => {
    if (!get(db, sql`SELECT 1 FROM resolution WHERE id = ${resolutionId}`)) throw notFound('مصوبه');
    return all(
      db,
      sql`SELECT l.id, l.kind, l.number, l.date, l.organization
          FROM letter_resolution lr JOIN letter l ON l.id = lr.letter_id
          WHERE lr.resolution_id = ${resolutionId}
          ORDER BY l.date, l.created_at, l.rowid`,
    );
  },
  'letters.printable': (db, which) => printableLetters(db, which),
} satisfies Handlers<'letters'>;

/** Letters to PDF: checked (and refused in Persian) first, then printed by the shell. */
export const lettersAsyncHandlers: AsyncHandlerFactory<'letters.pdf'> = (context) => ({
  'letters.pdf': async (db, which, shell) => {
    const p = context.run(db, 'letters.printable', which);
    if (!shell.printPdf) throw shellLacks('printing');
    const author = get<{ name: string }>(
      db,
      sql`SELECT sec.name FROM working_group g JOIN secretariat sec ON sec.id = g.origin WHERE g.id = ${p.workingGroup.id}`,
    )?.name;
    const target =
      which.kind === 'notification'
        ? { kind: 'letters' as const, letter: 'notification' as const, sessionId: which.sessionId, key: which.key }
        : {
            kind: 'letters' as const,
            letter: 'follow_up' as const,
            workingGroupId: which.workingGroupId,
            today: p.today,
            key: which.key,
          };
    const bytes = setPdfInfo(await shell.printPdf(target), { Author: author || undefined, Creator: 'دبیر' });
    if (bytes.length === 0) throw new DabirError('internal', 'چاپ نامه‌ها چیزی نساخت');
    return {
      fileName: lettersFileName(p, which.key === undefined ? null : (p.letters[0]?.organization ?? null), 'pdf'),
      mediaType: 'application/pdf',
      data: Buffer.from(bytes).toString('base64'),
    };
  },
});
