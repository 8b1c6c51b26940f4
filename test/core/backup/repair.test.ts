// Repairing broken links (backup/repair.ts) after deletions an outside tool made with foreign keys
// off: a deleted session's parts go with it, a deleted working group's sessions and a deleted
// organisation's attendance lines stay under a remade parent, a person's link is cleared; the
// file as it was is kept first, and the repaired file opens and passes SQLite's own check.
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { repairDataFile } from '../../../electron/core/backup/repair';
import { openDatabase } from '../../../electron/core/db/open';
import { BrokenLinksError } from '../../../electron/core/errors';
import { api, createDb, tempDir } from '../../helpers/db';
import { fixture } from '../../helpers/fixtures';

/** A file with two sessions of one group and a person in an organisation; then `outside` runs with foreign keys off. */
function broken(outside: (raw: Database.Database, ids: { sessionId: string; other: string; groupId: string }) => void) {
  const file = path.join(tempDir(), 'dabir.sqlite');
  const db = createDb(file);
  const { call } = api(db);
  const { sessionId, workingGroupId: groupId } = call('minutes.import', { document: fixture() });
  const second = fixture();
  second.session.number = 2;
  const other = call('minutes.import', { document: second }).sessionId;
  db.close();
  const raw = new Database(file);
  raw.pragma('foreign_keys = OFF');
  outside(raw, { sessionId, other, groupId });
  raw.close();
  return { file, sessionId, other, groupId };
}

const count = (file: string, q: string, ...params: unknown[]) => {
  const db = new Database(file, { readonly: true });
  try {
    return db
      .prepare(q)
      .pluck()
      .get(...params) as number;
  } finally {
    db.close();
  }
};

describe('repairing broken links', () => {
  it('removes the parts of a deleted session, with a backup of the file kept first', async () => {
    const { file, sessionId, other } = broken((raw, { sessionId }) =>
      raw.prepare(`DELETE FROM session WHERE id = ?`).run(sessionId),
    );
    expect(() => openDatabase(file)).toThrow(BrokenLinksError);
    expect(() => openDatabase(file)).toThrow(/۵ مصوبه به جلسه‌ای اشاره می‌کنند که دیگر نیست/);
    const result = await repairDataFile(file);
    expect(result.done).toEqual(expect.arrayContaining([expect.stringMatching(/^۵ مصوبه حذف شد، چون به جلسه‌ای/)]));
    expect(count(result.backup!, `SELECT count(*) FROM resolution WHERE session_id = ?`, sessionId)).toBe(5);
    expect(count(file, `SELECT count(*) FROM resolution WHERE session_id = ?`, sessionId)).toBe(0);
    // The parts' own parts went with them (responsible lines), and the other session is whole.
    expect(count(file, `SELECT count(*) FROM responsible WHERE resolution_id NOT IN (SELECT id FROM resolution)`)).toBe(
      0,
    );
    expect(count(file, `SELECT count(*) FROM resolution WHERE session_id = ?`, other)).toBe(5);
    const db = openDatabase(file);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(api(db).call('minutes.export', { sessionId: other }).session.resolutions).toHaveLength(5);
    db.close();
  });

  it('keeps the sessions of a deleted working group and the attendance of a deleted organisation under remade parents', async () => {
    let orgId = '';
    const { file, groupId, sessionId } = broken((raw, { groupId, sessionId }) => {
      orgId = raw
        .prepare(`SELECT organization_id FROM attendance WHERE session_id = ? LIMIT 1`)
        .pluck()
        .get(sessionId) as string;
      raw
        .prepare(
          `INSERT INTO person (id, origin, name, name_key, organization_id) SELECT 'p1', origin, 'علی', 'علی', ? FROM organization WHERE id = ?`,
        )
        .run(orgId, orgId);
      raw.prepare(`DELETE FROM working_group WHERE id = ?`).run(groupId);
      raw.prepare(`DELETE FROM organization WHERE id = ?`).run(orgId);
    });
    let error: BrokenLinksError | undefined;
    try {
      openDatabase(file);
    } catch (e) {
      error = e as BrokenLinksError;
    }
    expect(error?.message).toContain('۲ جلسه به کارگروهی اشاره می‌کنند که دیگر نیست');
    expect(error?.message).toContain('ردیف حضور و غیاب به دستگاهی اشاره');
    expect(error?.message).toContain('dabir repair');
    const result = await repairDataFile(file);
    expect(result.done.join('\n')).toContain(`کارگروه «کارگروه بازیابی‌شده ${groupId.slice(0, 8)}» دوباره ساخته شد`);
    expect(result.done.join('\n')).toContain(`دستگاه «دستگاه بازیابی‌شده ${orgId.slice(0, 8)}» دوباره ساخته شد`);
    expect(result.done.join('\n')).toMatch(/۱ شخص دیگر به دستگاهی که نیست اشاره نمی‌کند/);
    const db = openDatabase(file);
    const s = api(db).call('sessions.get', { id: sessionId });
    expect(s.resolutions).toHaveLength(5);
    expect(s.attendance.entries.map((e) => e.organizationName)).toContain(`دستگاه بازیابی‌شده ${orgId.slice(0, 8)}`);
    db.close();
  });

  it('changes nothing, and keeps no backup, on a sound file', async () => {
    const file = path.join(tempDir(), 'ok.sqlite');
    createDb(file).close();
    expect(await repairDataFile(file)).toEqual({ found: [], done: [], backup: null });
  });
});
