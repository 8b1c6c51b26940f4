// Checks a dabir.minutes/1 document as a whole: the contract's structure first, then what needs
// the calendar and the database. Every problem is reported with its JSON path; none is fatal
// on its own, so the secretary sees them all at once.
import { formatPath, type Problem } from '../../contract/define';
import { minutesDocumentSchema, type MinutesDocumentInput } from '../../contract/minutes';
import type { Db } from '../db/open';
import { rowGaps } from '../domain/rows';
import { normalizeForSearch, toPersianDigits } from '../../contract/persian-text';
import { isHeadquarters } from '../db/installation';
import { checkProvinces } from '../services/assignments';
import { findSession } from '../services/sessions';
import { dateProblem, timeProblem } from '../services/typed-values';
import { findWorkingGroup } from '../services/working-groups';

export type Checked =
  { ok: true; doc: MinutesDocumentInput; replace: { id: string } | null } | { ok: false; problems: Problem[] };

export function checkMinutes(db: Db, raw: unknown, replaceDraft: boolean): Checked {
  const parsed = minutesDocumentSchema.safeParse(raw);
  if (!parsed.success) {
    return { ok: false, problems: parsed.error.issues.map((i) => ({ path: formatPath(i.path), message: i.message })) };
  }
  const doc = parsed.data;
  const s = doc.session;
  const problems: Problem[] = [];
  const add = (path: string, message: string, code?: Problem['code']) =>
    problems.push(code ? { path, message, code } : { path, message });

  const dp = dateProblem(s.date);
  if (dp) add('session.date', dp);
  for (const key of ['startTime', 'endTime'] as const) {
    const t = s[key];
    const tp = t ? timeProblem(t) : null;
    if (tp) add(`session.${key}`, tp);
  }
  const resolutions = s.resolutions ?? [];
  for (const i of rowGaps(resolutions.map((r) => r.row))) {
    add(
      `session.resolutions[${i}].row`,
      `ردیف مصوبه‌ها باید از ۱ تا ${toPersianDigits(resolutions.length)} پشت سر هم باشد؛ اینجا ${toPersianDigits(i + 1)} انتظار می‌رفت`,
    );
  }
  const headquarters = isHeadquarters(db);
  resolutions.forEach((r, i) => {
    if (r.provinces !== undefined) {
      const at = `session.resolutions[${i}].provinces`;
      if (!headquarters)
        add(
          at,
          'مصوبه را فقط ستاد به استان‌ها ابلاغ می‌کند؛ این سند را در پرونده داده ستاد وارد کنید (برنامه با --hq)',
        );
      else {
        const checked = checkProvinces(r.provinces, at);
        if (!checked.ok) problems.push(...checked.problems);
      }
    }
    if (r.deadline?.kind === 'date') {
      const p = dateProblem(r.deadline.value);
      if (p) add(`session.resolutions[${i}].deadline.value`, p);
    }
  });
  const seen = new Map<string, number>();
  (s.attendance ?? []).forEach((a, i) => {
    const key = normalizeForSearch(a.organization);
    const first = seen.get(key);
    if (first === undefined) seen.set(key, i);
    else
      add(
        `session.attendance[${i}].organization`,
        `دستگاه «${a.organization}» دو بار در حضور و غیاب آمده است (بار اول: ردیف ${toPersianDigits(first + 1)})`,
      );
  });

  let replace: { id: string } | null = null;
  const group = findWorkingGroup(db, doc.workingGroup.name);
  const existing = group && findSession(db, group.id, s.year, s.number);
  if (existing) {
    const which = `جلسه شماره ${toPersianDigits(s.number)} سال ${toPersianDigits(s.year)} کارگروه «${group.name}»`;
    if (existing.status === 'final') add('session.number', `${which} قطعی شده است و جایگزین نمی‌شود`);
    else if (!replaceDraft)
      add('session.number', `${which} از قبل ثبت شده است؛ برای جایگزینی پیش‌نویس آن، جایگزینی را بخواهید`, 'conflict');
    else replace = { id: existing.id };
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, doc, replace };
}
