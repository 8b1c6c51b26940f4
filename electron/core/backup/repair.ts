// Repairing broken links (db/links.ts), after the secretary confirms: the file is first kept aside
// as a backup, then, in one transaction, every orphan is dealt with as SQLite itself would have had
// the outside tool had foreign keys on, except where that would lose what can be kept:
// - a link that is cleared on delete (ON DELETE SET NULL: a person's organisation) is cleared;
// - a part of a row that is gone (ON DELETE CASCADE: the responsible lines of a deleted resolution,
//   the resolutions of a deleted session) is removed with its own parts: without its session a
//   resolution has no date, number or group, so it cannot be printed, followed up or sent; it stays
//   in the backup kept first, and restoring the latest good backup brings the whole session back;
// - a row whose parent could never have been deleted (ON DELETE RESTRICT: the attendance lines of
//   an organisation, the sessions of a working group) keeps its data: the missing organisation or
//   working group is made again under a name saying so, for the secretary to rename;
// - a draft's resolution rows left with a gap (2..5) are numbered 1..n again, in their order.
import { mkdirSync } from 'node:fs';
import Database from 'better-sqlite3';
import { ltrIsolate, normalizeForSearch, toPersianDigits } from '../../contract/persian-text';
import { consistencyProblems, foreignKeyColumn, foreignKeyViolations, indefinite, nounOf, rowGaps } from '../db/links';
import { configure, quickCheck } from '../db/open';
import { get, insert, sql } from '../db/sql';
import { DabirError, DamagedFileError } from '../errors';
import { backupDatabase } from './backup';
import { backupFolder, backupName } from './names';

export interface RepairResult {
  /** What was wrong, as opening the file names it; empty when nothing was. */
  found: string[];
  /** What the repair did, one Persian line per kind of row. */
  done: string[];
  /** The backup of the file as it was, kept before anything changed; null when nothing was wrong. */
  backup: string | null;
}

/** Parents that are made again rather than losing the rows pointing at them. */
const remade: Record<string, (db: Database.Database, id: string, origin: string) => string> = {
  organization: (db, id, origin) => {
    const name = `دستگاه بازیابی‌شده ${id.slice(0, 8)}`;
    insert(db, 'organization', { id, origin, name, name_key: normalizeForSearch(name) });
    return name;
  },
  working_group: (db, id, origin) => {
    const name = `کارگروه بازیابی‌شده ${id.slice(0, 8)}`;
    insert(db, 'working_group', { id, origin, name, name_key: normalizeForSearch(name), province: '' });
    return name;
  },
};

function ownOrigin(db: Database.Database): string {
  return (
    get<{ id: string }>(db, sql`SELECT secretariat_id AS id FROM installation`)?.id ??
    get<{ id: string }>(db, sql`SELECT id FROM secretariat ORDER BY rowid LIMIT 1`)?.id ??
    ''
  );
}

function renumber(db: Database.Database, count: (line: string) => void): void {
  for (const gap of rowGaps(db)) {
    const ids = db
      .prepare(`SELECT id FROM resolution WHERE session_id = ? ORDER BY row, rowid`)
      .pluck()
      .all(gap.sessionId);
    ids.forEach((id, i) => db.prepare(`UPDATE resolution SET row = ? WHERE id = ?`).run(i + 1, id));
    count(`ردیف مصوبات جلسه ${toPersianDigits(gap.number)} سال ${toPersianDigits(gap.year)} از ۱ پشت سر هم شد`);
  }
}

function fixAll(db: Database.Database): string[] {
  const tally = new Map<string, number>();
  const count = (line: string) => tally.set(line, (tally.get(line) ?? 0) + 1);
  // A removal can orphan nothing new (cascades take the parts along), but a remade parent or a
  // cleared link is checked again; a few rounds always suffice.
  for (let round = 0; round < 10; round++) {
    const violations = foreignKeyViolations(db);
    if (violations.length === 0) {
      renumber(db, count);
      return [...tally].map(([line, n]) => line.replace('{n}', toPersianDigits(n)));
    }
    for (const v of violations) {
      const { from, onDelete } = foreignKeyColumn(db, v.table, v.fkid);
      const row = get<Record<string, unknown>>(db, {
        text: `SELECT * FROM ${v.table} WHERE rowid = ?`,
        params: [v.rowid],
      });
      if (!row) continue; // already gone with an earlier removal's cascade
      const make = remade[v.parent];
      if (onDelete === 'SET NULL') {
        db.prepare(`UPDATE ${v.table} SET ${from} = NULL WHERE rowid = ?`).run(v.rowid);
        count(`{n} ${nounOf(v.table)} دیگر به ${indefinite(v.parent)} که نیست اشاره نمی‌کند (${from} خالی شد)`);
      } else if (onDelete !== 'CASCADE' && make) {
        const parentId = String(row[from]);
        if (!get(db, { text: `SELECT 1 FROM ${v.parent} WHERE id = ?`, params: [parentId] })) {
          const name = make(db, parentId, typeof row.origin === 'string' ? row.origin : ownOrigin(db));
          count(`${nounOf(v.parent)} «${name}» دوباره ساخته شد تا ردیف‌های وابسته به آن بمانند؛ نامش را درست کنید`);
        }
      } else {
        db.prepare(`DELETE FROM ${v.table} WHERE rowid = ?`).run(v.rowid);
        count(`{n} ${nounOf(v.table)} حذف شد، چون به ${indefinite(v.parent)} اشاره می‌کرد که دیگر نیست`);
      }
    }
  }
  throw new DabirError('storage', 'پیوندهای گسسته با درست کردن خودکار درست نشد');
}

/** Repairs the data file's broken links; `file` must not be open elsewhere in this process. */
export async function repairDataFile(file: string, now = new Date()): Promise<RepairResult> {
  let db: Database.Database;
  try {
    db = new Database(file, { fileMustExist: true });
    configure(db);
  } catch (e) {
    throw new DamagedFileError(file, (e as Error).message);
  }
  try {
    const damage = quickCheck(db);
    // A damaged file is not repaired in place: only a backup brings it back.
    if (damage) throw new DamagedFileError(file, damage);
    const found = consistencyProblems(db).map((l) => l.description);
    if (found.length === 0) return { found, done: [], backup: null };
    const folder = backupFolder(file);
    mkdirSync(folder, { recursive: true });
    const kept = await backupDatabase(db, backupName(file, 'before-repair', now));
    let done: string[];
    try {
      done = db.transaction(() => fixAll(db))();
    } catch (e) {
      throw new DabirError(
        'storage',
        `پرونده درست نشد و دست‌نخورده ماند (${(e as Error).message})؛ آخرین پشتیبان سالم را بازگردانید (${ltrIsolate('dabir restore')})`,
      );
    }
    return { found, done, backup: kept.file };
  } finally {
    db.close();
  }
}
