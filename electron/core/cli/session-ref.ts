// Resolves the SESSION argument of the command line: a session id, or `year/number` within a
// working group (named with --group when the file holds more than one).
import { toLatinDigits, normalizeForSearch } from '../../contract/persian-text';
import type { Db } from '../db/open';
import { all, get, sql } from '../db/sql';
import { DabirError } from '../errors';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function resolveSession(db: Db, ref: string, group?: string): string {
  if (uuid.test(ref)) {
    if (!get(db, sql`SELECT 1 FROM session WHERE id = ${ref}`))
      throw new DabirError('not_found', `جلسه‌ای با شناسه ${ref} نیست`);
    return ref;
  }
  const m = toLatinDigits(ref.trim()).match(/^(\d{4})\/(\d{1,3})$/);
  if (!m)
    throw new DabirError(
      'invalid_input',
      `«${ref}» نشانی جلسه نیست؛ به شکل سال/شماره (مثل 1399/1) یا شناسه جلسه بنویسید`,
    );
  const [year, number] = [Number(m[1]), Number(m[2])];
  const groups = all<{ id: string; name: string }>(
    db,
    group === undefined
      ? sql`SELECT id, name FROM working_group`
      : sql`SELECT id, name FROM working_group WHERE name_key = ${normalizeForSearch(group)}`,
  );
  if (groups.length === 0)
    throw new DabirError(
      'not_found',
      group === undefined ? 'هنوز کارگروهی ثبت نشده است' : `کارگروه «${group}» پیدا نشد`,
    );
  const found = groups.flatMap((g) =>
    all<{ id: string }>(
      db,
      sql`SELECT id FROM session WHERE working_group_id = ${g.id} AND year = ${year} AND number = ${number}`,
    ).map((s) => ({ ...s, group: g.name })),
  );
  if (found.length === 0) throw new DabirError('not_found', `جلسه ${number} سال ${year} پیدا نشد`);
  if (found.length > 1) {
    throw new DabirError(
      'invalid_input',
      `جلسه ${number} سال ${year} در چند کارگروه هست؛ با --group یکی را نام ببرید: ${found.map((f) => f.group).join('، ')}`,
    );
  }
  return found[0]!.id;
}
