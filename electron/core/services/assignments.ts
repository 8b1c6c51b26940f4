// Assigning a national resolution to provinces (ابلاغ به استان‌ها), at headquarters: to every
// province or to named ones, each with the resolution's deadline or one of its own. Written from a
// dabir.minutes/1 document's `provinces` and read back for its export.
import type { Deadline } from '../../contract';
import type { Problem } from '../../contract/define';
import type { MinutesDocument, ProvincesInput } from '../../contract/minutes';
import { toPersianDigits } from '../../contract/persian-text';
import type { Db } from '../db/open';
import { all, sql } from '../db/sql';
import { dueDate } from '../domain/deadlines';
import { parseJalaliDate } from '../domain/jalali';
import { knownProvince, provinceKey } from '../domain/provinces';
import { readDeadline, writeDeadline } from './session-read';
import { create } from './store';

/** One assignment as written: a province (null: every one) and its own deadline (null: the resolution's). */
export interface AssignmentInput {
  province: string | null;
  deadline: Deadline | null;
}

/** The `provinces` of one resolution checked: the assignments, or what is wrong with each (by path). */
export function checkProvinces(
  provinces: ProvincesInput,
  path: string,
): { ok: true; assignments: AssignmentInput[] } | { ok: false; problems: Problem[] } {
  if (provinces === 'all') return { ok: true, assignments: [{ province: null, deadline: null }] };
  const problems: Problem[] = [];
  const seen = new Map<string, number>();
  const assignments: AssignmentInput[] = [];
  provinces.forEach((item, i) => {
    const at = `${path}[${i}]`;
    const typed = typeof item === 'string' ? item : item.province;
    const deadline = typeof item === 'string' ? null : (item.deadline ?? null);
    const province = knownProvince(typed);
    if (province === null) {
      problems.push({
        path: typeof item === 'string' ? at : `${at}.province`,
        message: `«${typed}» نام هیچ‌یک از ۳۱ استان نیست (مثلاً «مرکزی»، «آذربایجان شرقی»، «کهگیلویه و بویراحمد»)`,
      });
      return;
    }
    const first = seen.get(provinceKey(province));
    if (first !== undefined) {
      problems.push({
        path: at,
        message: `استان «${province}» دو بار آمده است (بار اول: ${toPersianDigits(first + 1)})`,
      });
      return;
    }
    seen.set(provinceKey(province), i);
    if (deadline?.kind === 'date' && !parseJalaliDate(deadline.value).ok) {
      problems.push({ path: `${at}.deadline.value`, message: `تاریخ مهلت «${deadline.value}» تاریخ شمسی درستی نیست` });
      return;
    }
    assignments.push({ province, deadline });
  });
  if (provinces.length === 0)
    problems.push({ path, message: 'فهرست استان‌ها خالی است؛ "all" یا نام استان‌ها را بنویسید' });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, assignments };
}

/** Writes a resolution's assignments; each own deadline gets its due date from the session's date. */
export function writeAssignments(
  db: Db,
  resolutionId: string,
  session: { date: string; immediateDays: number },
  assignments: readonly AssignmentInput[],
): void {
  const now = new Date().toISOString();
  for (const a of assignments) {
    const deadline =
      a.deadline?.kind === 'date' && parseJalaliDate(a.deadline.value).ok
        ? { kind: 'date' as const, value: (parseJalaliDate(a.deadline.value) as { date: string }).date }
        : a.deadline;
    create(db, 'assignment', {
      resolution_id: resolutionId,
      province: a.province,
      province_key: a.province === null ? '' : provinceKey(a.province),
      ...writeDeadline(deadline),
      due_date: deadline === null ? null : dueDate(session.date, deadline, session.immediateDays),
      created_at: now,
    });
  }
}

type ProvincesOut = NonNullable<MinutesDocument['session']['resolutions'][number]['provinces']>;

/** The `provinces` of each of a session's resolutions that has any, by resolution id (export). */
export function provincesOf(db: Db, sessionId: string): Map<string, ProvincesOut> {
  const out = new Map<string, ProvincesOut>();
  for (const a of all<{ resolution_id: string; province: string | null; kind: string | null; value: string | null }>(
    db,
    sql`SELECT a.resolution_id, a.province, a.deadline_kind AS kind, a.deadline_value AS value
        FROM assignment a JOIN resolution r ON r.id = a.resolution_id
        WHERE r.session_id = ${sessionId} ORDER BY a.resolution_id, a.rowid`,
  )) {
    if (a.province === null) {
      out.set(a.resolution_id, 'all');
      continue;
    }
    const list = out.get(a.resolution_id);
    if (list === 'all') continue;
    const item = { province: a.province, deadline: readDeadline(a.kind, a.value) };
    if (list) list.push(item);
    else out.set(a.resolution_id, [item]);
  }
  return out;
}
