// Resolves the SESSION argument of the command line: a session id, or `year/number` within a
// working group (named with --group when the file holds more than one).
import { sameText, toLatinDigits } from '../../contract/persian-text';
import type { Db } from '../db/open';
import { DabirError } from '../errors';
import { findSession } from '../services/sessions';
import { sessionRow } from '../services/session-read';
import { allWorkingGroups } from '../services/working-groups';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function resolveSession(db: Db, ref: string, group?: string): string {
  if (uuid.test(ref)) {
    try {
      return sessionRow(db, ref).id;
    } catch {
      throw new DabirError('not_found', `جلسه‌ای با شناسه ${ref} نیست`);
    }
  }
  const m = toLatinDigits(ref.trim()).match(/^(\d{4})\/(\d{1,3})$/);
  if (!m)
    throw new DabirError(
      'invalid_input',
      `«${ref}» نشانی جلسه نیست؛ به شکل سال/شماره (مثل 1399/1) یا شناسه جلسه بنویسید`,
    );
  const [year, number] = [Number(m[1]), Number(m[2])];
  // Every group in the file (at headquarters, every province's), by name as the app matches it.
  const groups = allWorkingGroups(db).filter((g) => group === undefined || sameText(g.name, group));
  if (groups.length === 0)
    throw new DabirError(
      'not_found',
      group === undefined ? 'هنوز کارگروهی ثبت نشده است' : `کارگروه «${group}» پیدا نشد`,
    );
  const found = groups.flatMap((g) => {
    const s = findSession(db, g.id, year, number);
    return s ? [{ id: s.id, group: g.name }] : [];
  });
  if (found.length === 0) throw new DabirError('not_found', `جلسه ${number} سال ${year} پیدا نشد`);
  if (found.length > 1) {
    throw new DabirError(
      'invalid_input',
      `جلسه ${number} سال ${year} در چند کارگروه هست؛ با --group یکی را نام ببرید: ${found.map((f) => f.group).join('، ')}`,
    );
  }
  return found[0]!.id;
}
