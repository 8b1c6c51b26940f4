// The data file stays a plain SQLite file (issue 14, item 3), tested with Debian's sqlite3 on a
// real file: an outside tool can update, insert and delete text (no trigger needs a function only
// Dabir defines) and Dabir's search is right when it next opens; a DELETE there with foreign keys
// off leaves orphans that Dabir names in Persian and refuses to start on until repaired, a backup
// kept first; the repaired file exports a document Dabir's own import accepts.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/core/db/open';
import { BrokenLinksError } from '../../../electron/core/errors';
import { dabir, sqlite3 } from '../../helpers/cli';
import { api, createDb, migrateTo, tempDir } from '../../helpers/db';
import { fixture, fixturePath } from '../../helpers/fixtures';

function importedFile() {
  const file = path.join(tempDir(), 'dabir.sqlite');
  const db = createDb(file);
  const { call } = api(db);
  const { sessionId } = call('minutes.import', { document: fixture() });
  const s = call('sessions.get', { id: sessionId });
  db.close();
  return { file, sessionId, s };
}

const ids = (file: string, query: string) => {
  const db = openDatabase(file);
  try {
    return api(db)
      .call('search.query', { query })
      .map((r) => r.id);
  } finally {
    db.close();
  }
};

describe('editing the data file with the sqlite3 CLI', () => {
  it('at version 70 fails with «no such function»; from 80 on updates, inserts and deletes work and search follows', async () => {
    // The repro on the old schema: the search triggers call dabir_search_key.
    const old = path.join(tempDir(), 'v70.sqlite');
    const v70 = migrateTo(70, old);
    v70.exec(`INSERT INTO secretariat VALUES ('s1', 'دبیرخانه', 'مرکزی', 'now');
      INSERT INTO working_group (id, origin, name, name_key, province) VALUES ('g1', 's1', 'کارگروه', 'کارگروه', 'مرکزی');
      INSERT INTO session (id, origin, working_group_id, year, number, date, created_at) VALUES ('x1', 's1', 'g1', 1399, 1, '1399/02/02', 'now');
      INSERT INTO resolution (id, origin, session_id, row, body, deadline_kind) VALUES ('r1', 's1', 'x1', 1, 'متن نخست', 'continuous');`);
    v70.close();
    const refused = await sqlite3(old, `UPDATE resolution SET body = 'متن دیگر' WHERE id = 'r1';`);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain('no such function: dabir_search_key');

    const { file, s } = importedFile();
    const r0 = s.resolutions[0]!;
    const agenda = s.agenda[0]!;
    const edited = await sqlite3(
      file,
      `UPDATE resolution SET body = 'گزارش بازسازي قنات‌هاي روستا ارسال شود' WHERE id = '${r0.id}';
       INSERT INTO agenda_item (id, origin, session_id, position, text)
         SELECT '7d3a1c2e-4b5f-4c6d-8e9f-0a1b2c3d4e5f', origin, session_id, 99, 'بررسی طرح آبرسانی روستایی' FROM agenda_item WHERE id = '${agenda.id}';
       DELETE FROM agenda_item WHERE id = '${agenda.id}';`,
    );
    expect(edited).toMatchObject({ code: 0, stderr: '' });

    // Reopened by Dabir: the new text is found (Arabic ي/ك folded as always), the old is not.
    expect(ids(file, 'بازسازی قناتهای')).toEqual([r0.id]);
    expect(ids(file, r0.body.split(' ').slice(0, 3).join(' '))).not.toContain(r0.id);
    expect(ids(file, 'آبرسانی')).toEqual(['7d3a1c2e-4b5f-4c6d-8e9f-0a1b2c3d4e5f']);
    expect(ids(file, agenda.text)).not.toContain(agenda.id);
    // The outside edits reached the change log too (its triggers use SQLite alone), for the next bundle.
    const db = openDatabase(file);
    const logged = db.prepare(`SELECT entity, entity_id, op FROM change_log ORDER BY seq DESC LIMIT 3`).all().reverse();
    db.close();
    expect(logged).toEqual([
      { entity: 'resolution', entity_id: r0.id, op: 'update' },
      { entity: 'agenda_item', entity_id: '7d3a1c2e-4b5f-4c6d-8e9f-0a1b2c3d4e5f', op: 'insert' },
      { entity: 'agenda_item', entity_id: agenda.id, op: 'delete' },
    ]);
  }, 30_000);

  it('no trigger calls a function only Dabir defines', async () => {
    const { file } = importedFile();
    const triggers = await sqlite3(file, `SELECT name, sql FROM sqlite_schema WHERE type = 'trigger';`);
    expect(triggers.code).toBe(0);
    expect(triggers.stdout).not.toMatch(/dabir_/);
    expect(triggers.stdout).toContain('resolution_search_update');
  });
});

describe('orphans left by an outside DELETE with foreign keys off', () => {
  it('are named in Persian at open, repaired after confirmation with a backup kept, and the export imports again', async () => {
    const { file, s } = importedFile();
    const first = s.resolutions[0]!;
    const deleted = await sqlite3(file, `DELETE FROM resolution WHERE id = '${first.id}';`);
    expect(deleted).toMatchObject({ code: 0, stderr: '' });

    // Dabir's open refuses, naming what is wrong.
    let error: unknown;
    try {
      openDatabase(file).close();
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(BrokenLinksError);
    const n = first.responsible.length;
    expect((error as BrokenLinksError).message).toContain(
      `${n.toLocaleString('fa-IR')} مسئول پیگیری به مصوبه‌ای اشاره می‌کنند که دیگر نیست`,
    );
    expect((error as BrokenLinksError).message).toContain('ردیف مصوبات جلسه ۱ سال ۱۳۹۹ پیوسته نیست (۲، ۳، ۴، ۵)');

    // Every command refuses the same way and says how to repair.
    const exported = await dabir('export', '1399/1', '--db', file);
    expect(exported.code).toBe(1);
    expect(exported.stderr).toContain('مسئول پیگیری به مصوبه‌ای اشاره می‌کنند که دیگر نیست');
    expect(exported.stderr).toContain(`dabir repair --db "${file}" --yes`);

    // Without --yes nothing changes.
    const asked = await dabir('repair', '--db', file);
    expect(asked.code).toBe(1);
    expect(asked.stdout).toContain('--yes');
    expect((await dabir('export', '1399/1', '--db', file)).code).toBe(1);

    const repaired = await dabir('repair', '--db', file, '--yes');
    expect(repaired.stderr).toBe('');
    expect(repaired.code).toBe(0);
    expect(repaired.stdout).toContain(
      `${n.toLocaleString('fa-IR')} مسئول پیگیری حذف شد، چون به مصوبه‌ای اشاره می‌کرد که دیگر نیست`,
    );
    expect(repaired.stdout).toContain('ردیف مصوبات جلسه ۱ سال ۱۳۹۹ از ۱ پشت سر هم شد');
    const kept = /کنار گذاشته شد: (.+)$/m.exec(repaired.stdout)?.[1];
    expect(kept && existsSync(kept)).toBe(true);
    // The backup is the file as it was, orphans and all.
    expect(
      (await sqlite3(kept!, `SELECT count(*) FROM responsible WHERE resolution_id = '${first.id}';`)).stdout.trim(),
    ).toBe(String(n));

    // The repaired file exports a document Dabir's own import accepts.
    const out = path.join(tempDir(), 'out.json');
    expect((await dabir('export', '1399/1', '--db', file, '--out', out)).code).toBe(0);
    const doc = JSON.parse(readFileSync(out, 'utf8'));
    expect(doc.session.resolutions.map((r: { row: number }) => r.row)).toEqual([1, 2, 3, 4]);
    const other = path.join(tempDir(), 'other.sqlite');
    const imported = await dabir('import', out, '--db', other);
    expect(imported.stderr).toBe('');
    expect(imported.code).toBe(0);
    expect(fixturePath).toBeTruthy();
  }, 60_000);
});
