// Broken links between rows: SQLite's foreign_key_check, named in Persian. An outside tool (the
// sqlite3 CLI, DB Browser) has foreign keys off unless told, so a DELETE there can leave rows
// pointing at one that is gone — `responsible` lines of a deleted resolution — which Dabir would
// otherwise open silently and then export as a document its own import refuses. The same DELETE
// also leaves a gap in a draft's resolution rows (ردیف 2..5), which import refuses too: named here.
import type { Database } from 'better-sqlite3';
import { toPersianDigits } from '../../contract/persian-text';

/** Orphans of one kind: `count` rows of `table` whose `parent` row (through `column`) is gone. */
export interface BrokenLink {
  table: string;
  parent: string;
  column: string;
  count: number;
  /** «۴ مسئول پیگیری به مصوبه‌ای اشاره می‌کنند که دیگر نیست» */
  description: string;
}

/** A row of each table in the secretary's words. */
const noun: Record<string, string> = {
  secretariat: 'دبیرخانه',
  secretariat_key: 'کلید دبیرخانه',
  installation: 'مشخصات این پرونده',
  working_group: 'کارگروه',
  organization: 'دستگاه',
  membership: 'عضویت در کارگروه',
  person: 'شخص',
  session: 'جلسه',
  agenda_item: 'بند دستور کار',
  speaker: 'سخنران',
  discussion_point: 'نکته سخنرانان',
  resolution: 'مصوبه',
  responsible: 'مسئول پیگیری',
  attendance: 'ردیف حضور و غیاب',
  signatory: 'امضاکننده',
  amendment: 'اصلاحیه',
  attachment: 'پیوست',
  blob: 'پرونده پیوست',
  follow_up: 'گزارش پیگیری',
  hq_secretariat: 'دبیرخانه ثبت‌شده در ستاد',
  hq_bundle: 'بسته واردشده',
  assignment: 'ابلاغ مصوبه ستاد به استان',
  national_status: 'وضعیت استان در مصوبه ستاد',
};
/** «… به X اشاره می‌کنند»: the indefinite form of each table rows point at. */
const pointedAt: Record<string, string> = {
  secretariat: 'دبیرخانه‌ای',
  hq_secretariat: 'دبیرخانه‌ای',
  working_group: 'کارگروهی',
  organization: 'دستگاهی',
  person: 'شخصی',
  session: 'جلسه‌ای',
  speaker: 'سخنرانی',
  resolution: 'مصوبه‌ای',
  blob: 'پرونده‌ای',
};
export const indefinite = (table: string) => pointedAt[table] ?? `ردیفی از ${table}`;

export const nounOf = (table: string) => noun[table] ?? table;

interface CheckRow {
  table: string;
  rowid: number;
  parent: string;
  fkid: number;
}

/** The raw violations: one row per orphan and foreign key. */
export function foreignKeyViolations(db: Database): CheckRow[] {
  return db.pragma('foreign_key_check') as CheckRow[];
}

/** The column a foreign key of `table` goes from. */
export function foreignKeyColumn(db: Database, table: string, fkid: number): { from: string; onDelete: string } {
  const fk = (
    db.pragma(`foreign_key_list(${JSON.stringify(table)})`) as { id: number; from: string; on_delete: string }[]
  ).find((f) => f.id === fkid);
  return { from: fk?.from ?? '?', onDelete: fk?.on_delete ?? 'NO ACTION' };
}

/** What foreign_key_check finds, grouped by kind; empty when every link holds. */
export function brokenLinks(db: Database): BrokenLink[] {
  const groups = new Map<string, BrokenLink>();
  for (const v of foreignKeyViolations(db)) {
    const { from } = foreignKeyColumn(db, v.table, v.fkid);
    const key = `${v.table}\u0000${v.parent}\u0000${from}`;
    const g = groups.get(key);
    if (g) g.count++;
    else groups.set(key, { table: v.table, parent: v.parent, column: from, count: 1, description: '' });
  }
  return [...groups.values()].map((g) => ({
    ...g,
    description: `${toPersianDigits(g.count)} ${nounOf(g.table)} به ${indefinite(g.parent)} اشاره ${g.count === 1 ? 'می‌کند' : 'می‌کنند'} که دیگر نیست`,
  }));
}

/** Draft sessions whose resolution rows are not 1..n (a final one is checked against its stored content). */
export function rowGaps(db: Database): { sessionId: string; year: number; number: number; rows: number[] }[] {
  // A new file has no tables yet.
  if (!db.prepare(`SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'resolution'`).get()) return [];
  return (
    db
      .prepare(
        `SELECT s.id AS sessionId, s.year, s.number, json_group_array(r.row) AS rows FROM session s
         JOIN (SELECT session_id, row FROM resolution ORDER BY session_id, row) r ON r.session_id = s.id
         WHERE s.status = 'draft' AND s.id IN (SELECT session_id FROM resolution GROUP BY session_id
                                                HAVING min(row) <> 1 OR max(row) <> count(*) OR count(DISTINCT row) <> count(*))
         GROUP BY s.id`,
      )
      .all() as { sessionId: string; year: number; number: number; rows: string }[]
  ).map((g) => ({ ...g, rows: JSON.parse(g.rows) as number[] }));
}

/** Everything an open refuses a sound file for: broken links, then broken numbering. */
export function consistencyProblems(db: Database): { description: string }[] {
  const gaps = rowGaps(db).map((g) => ({
    description: `ردیف مصوبات جلسه ${toPersianDigits(g.number)} سال ${toPersianDigits(g.year)} پیوسته نیست (${g.rows.map((r) => toPersianDigits(r)).join('، ')})`,
  }));
  return [...brokenLinks(db), ...gaps];
}
