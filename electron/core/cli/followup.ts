// `dabir followup add --resolution REF --date D --text T [--status S] [--by ORG]`: a follow-up report
// on a resolution, through the same operation as the app's follow-up panel. REF is `year/number/row`
// (with --group when the file has more than one working group) or the resolution's id.
import type { FollowUp, ResolutionStatus } from '../../contract';
import { resolutionStatuses } from '../../contract/vocabulary';
import { statusWords } from '../../contract/report-labels';
import { normalizeForSearch, toLatinDigits, toPersianDigits } from '../../contract/persian-text';
import { createDispatcher } from '../api/dispatch';
import type { Db } from '../db/open';
import { get, sql } from '../db/sql';
import { DabirError } from '../errors';
import type { Io } from './console-io';
import { resolveSession } from './session-ref';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A status as the secretary may write it: the contract's word, or its Persian name. */
const STATUS_WORDS: Record<string, ResolutionStatus> = {
  'آغاز نشده': 'not_started',
  'شروع نشده': 'not_started',
  'اقدام نشده': 'not_started',
  'در دست اجرا': 'in_progress',
  'در حال اجرا': 'in_progress',
  'در دست اقدام': 'in_progress',
  'اجرا شده': 'done',
  'انجام شده': 'done',
  'لغو شده': 'cancelled',
  منتفی: 'cancelled',
};
function statusOf(typed: string | undefined): ResolutionStatus | undefined {
  if (typed === undefined) return undefined;
  if ((resolutionStatuses as readonly string[]).includes(typed)) return typed as ResolutionStatus;
  const key = normalizeForSearch(typed).replace(/\s+/g, ' ');
  const found = Object.entries(STATUS_WORDS).find(([w]) => normalizeForSearch(w) === key);
  if (found) return found[1];
  throw new DabirError(
    'invalid_input',
    `وضعیت «${typed}» شناخته نیست؛ یکی از این‌ها: ${Object.values(statusWords).join('، ')} (یا ${resolutionStatuses.join('، ')})`,
    'status',
  );
}

function resolveResolution(
  db: Db,
  ref: string,
  group: string | undefined,
): { id: string; row: number; session: string } {
  if (uuid.test(ref)) {
    const r = get<{ id: string; row: number; year: number; number: number }>(
      db,
      sql`SELECT r.id, r.row, s.year, s.number FROM resolution r JOIN session s ON s.id = r.session_id WHERE r.id = ${ref}`,
    );
    if (!r) throw new DabirError('not_found', `مصوبه‌ای با شناسه ${ref} نیست`);
    return { id: r.id, row: r.row, session: `${r.number}/${r.year}` };
  }
  const m = /^(\d{4}\/\d{1,3})\/(\d{1,3})$/.exec(toLatinDigits(ref.trim()));
  if (!m)
    throw new DabirError(
      'invalid_input',
      `«${ref}» نشانی مصوبه نیست؛ به شکل سال/شماره جلسه/ردیف (مثل 1399/1/3) یا شناسه مصوبه بنویسید`,
      'resolution',
    );
  const sessionId = resolveSession(db, m[1]!, group);
  const row = Number(m[2]);
  const r = get<{ id: string }>(db, sql`SELECT id FROM resolution WHERE session_id = ${sessionId} AND row = ${row}`);
  if (!r)
    throw new DabirError('not_found', `جلسه ${toPersianDigits(m[1]!)} مصوبه‌ای با ردیف ${toPersianDigits(row)} ندارد`);
  const [year, number] = m[1]!.split('/');
  return { id: r.id, row, session: `${number}/${year}` };
}

export function followupCommand(
  db: Db,
  rest: string[],
  o: { resolution?: string; date?: string; text?: string; status?: string; by?: string; group?: string },
  io: Io,
): number {
  if (rest[0] !== 'add' || rest.length !== 1)
    throw new DabirError(
      'invalid_input',
      'به این شکل: dabir followup add --resolution 1399/1/3 --date 1399/03/01 --text "…" [--status "اجرا شده"] [--by "اداره کل …"]',
    );
  const missing = (['resolution', 'date', 'text'] as const).filter((k) => !o[k]?.trim());
  if (missing.length > 0)
    throw new DabirError('invalid_input', `این‌ها لازم است: ${missing.map((k) => `--${k}`).join(' ')}`);
  const resolution = resolveResolution(db, o.resolution!, o.group);
  const status = statusOf(o.status);
  const r = createDispatcher(db)('followUps.add', {
    resolutionId: resolution.id,
    date: o.date!,
    text: o.text!,
    organization: o.by?.trim() || null,
    ...(status ? { status } : {}),
  });
  if (!r.ok) throw new DabirError(r.error.code, r.error.message, r.error.path, r.error.problems);
  const f = r.value as FollowUp;
  const [number, year] = resolution.session.split('/');
  io.out(
    `گزارش پیگیری مصوبه ردیف ${toPersianDigits(resolution.row)} جلسه ${toPersianDigits(number!)} سال ${toPersianDigits(year!)} به تاریخ ${toPersianDigits(f.date)} ثبت شد${status ? `؛ وضعیت: ${statusWords[status]}` : ''}${f.organization ? `؛ از ${f.organization}` : ''} (${f.id})`,
  );
  return 0;
}
