// Past minutes recognized and saved as a draft session to review: the working group it belongs to
// (named, the document's, or the only one), the century of a two-digit year, its number, the bodies
// matched to the group's members; the source and what was not sure are kept beside it.
import type { ImportedDraft, SourceKind, SourceLine, UncertainField } from '../../contract';
import { MINUTES_FORMAT, minutesDocumentSchema, type MinutesDocumentInput } from '../../contract/minutes';
import { toPersianDigits } from '../../contract/persian-text';
import type { Db } from '../db/open';
import { all, get, run, sql } from '../db/sql';
import { canonicalDate } from '../domain/date-phrases';
import { DabirError } from '../errors';
import { writeSession } from '../minutes/import';
import { listMembers } from '../services/members';
import { findOrCreateOrganization } from '../services/organizations';
import { readSecretariat } from '../services/secretariat';
import { renumberYear, spareNumber } from '../services/session-numbers';
import { findSession } from '../services/sessions';
import { createWorkingGroup, findWorkingGroup, workingGroupById } from '../services/working-groups';
import { nameKey } from './match-text';
import { matchOrganization } from './organization-match';
import { recognizeMinutes } from './recognize';
import type { Recognized } from './recognized';

export interface DraftSource {
  fileName: string;
  kind: SourceKind;
  sha256: string | null;
  lines: SourceLine[];
  group: string | null;
}

const refuse = (file: string, message: string, code: 'invalid_input' | 'conflict' = 'invalid_input') =>
  new DabirError(code, `«${file}»: ${message}`);

interface Group {
  id: string;
  name: string;
  immediateDays: number;
}

const groupKey = (s: string) =>
  nameKey(s)
    .replace(/کار ?گروه/g, 'کارگروه')
    .replace(/(?:^|\s)(?:تخصصی|استان|استانی)(?=\s|$)/g, ' ')
    .replace(/\s+/g, '');

function chooseGroup(db: Db, src: DraftSource, r: Recognized): { group: Group; created: boolean } {
  const groups = all<{ id: string; name: string }>(db, sql`SELECT id, name FROM working_group ORDER BY name_key`);
  const named = src.group ?? r.groupName?.value ?? null;
  if (named) {
    const key = groupKey(named);
    const found =
      findWorkingGroup(db, named) ??
      groups.find((g) => groupKey(g.name) === key) ??
      (key.length >= 8
        ? groups.filter((g) => groupKey(g.name).includes(key) || key.includes(groupKey(g.name)))
        : []
      ).find((_, __, list) => list.length === 1);
    if (found) return { group: workingGroupById(db, found.id), created: false };
    const province = r.province ?? readSecretariat(db).province;
    return {
      group: createWorkingGroup(db, { name: named.trim(), province, organization: null, immediateDays: 3 }),
      created: true,
    };
  }
  if (groups.length === 1) return { group: workingGroupById(db, groups[0]!.id), created: false };
  throw refuse(
    src.fileName,
    groups.length === 0
      ? 'نام کارگروه در پرونده پیدا نشد و کارگروهی هم ساخته نشده است؛ کارگروه را نام ببرید (--group)'
      : 'نام کارگروه در پرونده پیدا نشد و چند کارگروه هست؛ کارگروه را انتخاب کنید (--group)',
  );
}

/** A two-digit year's century: the group's own years decide; a title's four-digit year too. */
function fullYear(db: Db, groupId: string, yy: number, titleYear: number | null): { year: number; sure: boolean } {
  const candidates = [1300 + yy, 1400 + yy];
  if (titleYear && candidates.includes(titleYear)) return { year: titleYear, sure: true };
  const years = all<{ year: number }>(
    db,
    sql`SELECT DISTINCT year FROM session WHERE working_group_id = ${groupId}`,
  ).map((y) => y.year);
  if (years.length > 0) {
    const mid = years.sort((a, b) => a - b)[Math.floor(years.length / 2)]!;
    const [a, b] = candidates.map((c) => Math.abs(c - mid));
    if (Math.abs(a! - b!) >= 20) return { year: a! < b! ? candidates[0]! : candidates[1]!, sure: true };
  }
  return { year: yy >= 50 ? 1300 + yy : 1400 + yy, sure: false };
}

function sessionDate(db: Db, src: DraftSource, group: Group, r: Recognized, uncertain: UncertainField[]): string {
  const d = r.date?.value;
  const titleYear = r.year?.value ?? null;
  if (!d) {
    if (!titleYear)
      throw refuse(src.fileName, 'نه تاریخ جلسه در پرونده پیدا شد و نه سال آن؛ این پرونده صورتجلسه به نظر نمی‌رسد');
    return `${titleYear}/01/01`;
  }
  let year = d.year ?? titleYear;
  if (d.shortYear && d.year !== null) {
    const full = fullYear(db, group.id, d.year, titleYear);
    year = full.year;
    if (!full.sure)
      uncertain.push({
        path: 'session.date',
        reason: `سال «${toPersianDigits(d.year)}» در تاریخ دو رقمی است؛ ${toPersianDigits(full.year)} گرفته شد`,
        line: r.date!.line,
      });
  }
  if (year === null) throw refuse(src.fileName, 'سال تاریخ جلسه در پرونده نیامده است');
  const date = canonicalDate(year, d.month, d.day);
  if (date) return date;
  uncertain.push({
    path: 'session.date',
    reason: `تاریخ ${toPersianDigits(`${year}/${d.month}/${d.day}`)} در تقویم نیست؛ نخستین روز آن ماه گذاشته شد`,
    line: r.date!.line,
  });
  return canonicalDate(year, Math.min(Math.max(d.month, 1), 12), 1)!;
}

export function saveDraft(db: Db, src: DraftSource): ImportedDraft {
  if (src.sha256) {
    const twice = get<{ session_id: string; year: number; number: number }>(
      db,
      sql`SELECT p.session_id, s.year, s.number FROM past_minutes_source p JOIN session s ON s.id = p.session_id WHERE p.sha256 = ${src.sha256}`,
    );
    if (twice)
      throw refuse(
        src.fileName,
        `این پرونده پیش‌تر وارد شده است (جلسه ${toPersianDigits(twice.number)} سال ${toPersianDigits(twice.year)})`,
        'conflict',
      );
  }
  const organizations = all<{ id: string; name: string }>(db, sql`SELECT id, name FROM organization`);
  const r = recognizeMinutes(src.lines, { knownOrganizations: organizations.map((o) => o.name) });
  if (r.resolutions.length === 0 && r.agenda.length === 0 && r.attendance.length === 0 && !r.date)
    throw refuse(
      src.fileName,
      'در این پرونده دستور کار، مصوبه، حضور و غیاب یا تاریخ جلسه‌ای پیدا نشد؛ صورتجلسه به نظر نمی‌رسد',
    );
  const uncertain = [...r.uncertain];
  const { group, created } = chooseGroup(db, src, r);
  const date = sessionDate(db, src, group, r, uncertain);
  const year = r.year?.value ?? Number(date.slice(0, 4));
  if (r.year && r.year.value !== Number(date.slice(0, 4)))
    uncertain.push({
      path: 'session.year',
      reason: `سال جلسه در عنوان ${toPersianDigits(r.year.value)} است و تاریخ آن در سال دیگری`,
      line: r.year.line,
    });
  const number = r.number?.value ?? spareNumber(db, group.id, year);
  const existing = findSession(db, group.id, year, number);
  if (existing)
    throw refuse(
      src.fileName,
      `جلسه ${toPersianDigits(number)} سال ${toPersianDigits(year)} کارگروه «${group.name}» از قبل ثبت شده است؛ چیزی از این پرونده وارد نشد`,
      'conflict',
    );

  // Bodies: the group's members first (tolerant), then the directory, else a new one (offered to add).
  const members = listMembers(db, group.id).map((m) => ({ id: m.organizationId, name: m.organizationName }));
  const seen = new Map<string, number>();
  const attendance: {
    organizationId: string;
    name: string;
    person: string | null;
    status: (typeof r.attendance)[number]['status'];
    line: number;
  }[] = [];
  const remap = new Map<number, number>();
  r.attendance.forEach((a, i) => {
    const member = matchOrganization(a.organization, members);
    const org = member ?? findOrCreateOrganization(db, a.organization);
    const key = org.id;
    const first = seen.get(key);
    if (first !== undefined) {
      uncertain.push({
        path: `session.attendance[${first}].organization`,
        reason: `«${a.organization}» دو بار در حضور و غیاب آمده است؛ بار دوم کنار گذاشته شد`,
        line: a.line,
      });
      return;
    }
    seen.set(key, attendance.length);
    remap.set(i, attendance.length);
    attendance.push({
      organizationId: org.id,
      name: 'name' in org ? org.name : a.organization,
      person: a.person,
      status: a.status,
      line: a.line,
    });
  });
  const review = uncertain.map((u) => {
    const m = /^session\.attendance\[(\d+)\](.*)$/.exec(u.path);
    if (!m) return u;
    const to = remap.get(Number(m[1]));
    return to === undefined ? u : { ...u, path: `session.attendance[${to}]${m[2]}` };
  });
  const rows = r.resolutions.map((x) => x.row);
  if (rows.some((row, i) => row !== i + 1))
    review.push({
      path: 'session.resolutions',
      reason: 'ردیف مصوبه‌ها در متن پشت سر هم نبود؛ از ۱ شماره‌گذاری شد',
      line: r.resolutions[0]?.line ?? null,
    });

  const session: MinutesDocumentInput['session'] = {
    year,
    number,
    date,
    startTime: r.startTime,
    endTime: r.endTime,
    location: r.location?.value ?? null,
    chair: r.chair?.value ?? null,
    secretary: r.secretary?.value ?? null,
    agenda: r.agenda.map((a) => a.value),
    discussion: r.discussion.map((d) => ({ speaker: d.speaker, points: d.points })),
    resolutions: r.resolutions.map((x, i) => ({
      row: i + 1,
      title: x.title,
      body: x.body,
      deadline: x.deadline,
      responsible: x.responsible,
    })),
    attendance: attendance.map((a) => ({ organization: a.name, person: a.person, status: a.status })),
    signatories: r.signatories.map((s) => ({ name: s.name, title: s.title })),
    notes: null,
  };
  const parsed = minutesDocumentSchema.safeParse({
    format: MINUTES_FORMAT,
    workingGroup: { name: group.name },
    session,
  });
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw refuse(
      src.fileName,
      `آنچه از پرونده خوانده شد پذیرفته نشد: ${first?.path.join('.') ?? ''} ${first?.message ?? ''}`.trim(),
    );
  }
  const ids = new Map(attendance.map((a) => [a.name, { id: a.organizationId }]));
  const sessionId = writeSession(db, group, parsed.data.session, {
    numberFromDocument: r.number !== null,
    organizationOf: (name) => ids.get(name) ?? findOrCreateOrganization(db, name),
    addMembers: false,
  });
  if (!r.number) renumberYear(db, group.id, year);

  const memberIds = new Set(members.map((m) => m.id));
  const unknown = attendance.filter((a) => !memberIds.has(a.organizationId) && a.status !== 'guest');
  run(
    db,
    sql`INSERT INTO past_minutes_source (session_id, file_name, kind, sha256, lines, review, imported_at)
        VALUES (${sessionId}, ${src.fileName}, ${src.kind}, ${src.sha256}, ${JSON.stringify(src.lines)},
                ${JSON.stringify({ used: [...r.used].sort((a, b) => a - b), uncertain: review, organizations: unknown.map((a) => ({ organizationId: a.organizationId, line: a.line })) })},
                ${new Date().toISOString()})`,
  );
  const saved = get<{ number: number }>(db, sql`SELECT number FROM session WHERE id = ${sessionId}`)!;
  return {
    sessionId,
    workingGroupId: group.id,
    workingGroupName: group.name,
    workingGroupCreated: created,
    year,
    number: saved.number,
    date,
    uncertain: review.length,
    unknownOrganizations: unknown.length,
  };
}
