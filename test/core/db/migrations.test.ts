// Migrations: from an empty file, from each earlier version with data, refusal of a newer file,
// and all-or-nothing when a step fails. Also the connection settings every file runs with.
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { configure, openDatabase } from '../../../electron/core/db/open';
import { migrate, schemaVersion } from '../../../electron/core/db/migrate';
import { latestVersion, migrations } from '../../../electron/core/db/migrations/registry';
import { refreshSearchIndex } from '../../../electron/core/search/pending';
import { createDb, explainPlan, insertRows, migrateTo, readRows, tempDir } from '../../helpers/db';

/** Rows a secretary could have at any version since 10; later migrations must carry them. */
function seedV10(db: Database.Database): void {
  insertRows(db, 'secretariat', [
    { id: 's1', name: 'دبیرخانه', province: 'مرکزی', created_at: '2020-04-21T00:00:00Z' },
  ]);
  insertRows(db, 'working_group', [
    {
      id: 'g1',
      origin: 's1',
      name: 'کارگروه',
      name_key: 'کارگروه',
      province: 'مرکزی',
      organization: null,
      immediate_days: 3,
    },
  ]);
  insertRows(db, 'organization', [{ id: 'o1', origin: 's1', name: 'بهزیستی', name_key: 'بهزیستی' }]);
  insertRows(db, 'membership', [
    { id: 'm1', origin: 's1', working_group_id: 'g1', organization_id: 'o1', position: 0, since: null, until: null },
  ]);
  insertRows(db, 'session', [
    {
      id: 'x1',
      origin: 's1',
      working_group_id: 'g1',
      year: 1399,
      number: 1,
      date: '1399/02/02',
      status: 'draft',
      created_at: 'now',
    },
  ]);
  insertRows(db, 'resolution', [
    {
      id: 'r1',
      origin: 's1',
      session_id: 'x1',
      row: 1,
      body: 'مقرر شد',
      deadline_kind: 'days',
      deadline_value: '10',
      due_date: '1399/02/12',
    },
  ]);
  insertRows(db, 'attendance', [
    { id: 'a1', origin: 's1', session_id: 'x1', organization_id: 'o1', position: 0, person: null, status: 'present' },
  ]);
}

describe('migrations', () => {
  it('bring an empty file to the latest version, with WAL, foreign keys and full sync', () => {
    const db = createDb();
    expect(schemaVersion(db)).toBe(latestVersion);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(readRows(db, 'secretariat')).toHaveLength(1);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('are numbered in steps of 10, in order', () => {
    migrations.forEach((m, i) => expect(m.version).toBe((i + 1) * 10));
  });

  // 0 is the empty file; every later version gets the rows a secretary could have had then.
  it.each([0, ...migrations.map((m) => m.version).filter((v) => v < latestVersion)])(
    'carry data from version %i to the latest',
    (from) => {
      const db = migrateTo(from);
      const seeded = from >= 10;
      if (seeded) seedV10(db);
      migrate(db);
      expect(schemaVersion(db)).toBe(latestVersion);
      expect(readRows(db, 'resolution')).toMatchObject(
        seeded ? [{ id: 'r1', body: 'مقرر شد', due_date: '1399/02/12' }] : [],
      );
      expect(db.pragma('foreign_key_check')).toEqual([]);
    },
  );

  it('20: groups keep their rows with no default chair or secretary; deleting the person clears one', () => {
    const db = migrateTo(10);
    seedV10(db);
    insertRows(db, 'person', [
      {
        id: 'p1',
        origin: 's1',
        name: 'علی احمدی',
        name_key: 'علی احمدی',
        title: 'معاون استاندار',
        organization_id: null,
      },
    ]);
    migrate(db);
    expect(readRows(db, 'working_group')).toMatchObject([
      { id: 'g1', name: 'کارگروه', immediate_days: 3, default_chair_id: null, default_secretary_id: null },
    ]);
    db.prepare(`UPDATE working_group SET default_chair_id = 'p1', default_secretary_id = 'p1'`).run();
    expect(() => db.prepare(`UPDATE working_group SET default_chair_id = 'nobody'`).run()).toThrow(/FOREIGN KEY/);
    const updates = () =>
      (
        db.prepare(`SELECT count(*) AS n FROM change_log WHERE entity = 'working_group' AND op = 'update'`).get() as {
          n: number;
        }
      ).n;
    const before = updates();
    db.prepare(`DELETE FROM person WHERE id = 'p1'`).run();
    expect(readRows(db, 'working_group')).toMatchObject([{ default_chair_id: null, default_secretary_id: null }]);
    // The cleared defaults are a change like any other: it reaches headquarters through the log.
    expect(updates()).toBeGreaterThan(before);
  });

  it('30: sessions stay drafts with no hash; a final one needs its content, and then its parts are locked', () => {
    const db = migrateTo(20);
    seedV10(db);
    migrate(db);
    expect(readRows(db, 'session')).toMatchObject([
      { id: 'x1', status: 'draft', content_hash: null, final_content: null, finalized_at: null },
    ]);
    expect(() => db.prepare(`UPDATE session SET status = 'final' WHERE id = 'x1'`).run()).toThrow(/needs its content/);
    db.prepare(
      `UPDATE session SET status = 'final', content_hash = ?, final_content = '{}', finalized_at = 'now' WHERE id = 'x1'`,
    ).run('a'.repeat(64));
    expect(() => db.prepare(`UPDATE resolution SET body = 'دیگر' WHERE id = 'r1'`).run()).toThrow('session_final');
    expect(() => db.prepare(`DELETE FROM attendance WHERE id = 'a1'`).run()).toThrow('session_final');
    expect(readRows(db, 'resolution')).toMatchObject([{ id: 'r1', body: 'مقرر شد' }]);
    // Amendments and attachments are logged for the sync bundle like every other record.
    const triggers = db
      .prepare(`SELECT name FROM sqlite_schema WHERE type = 'trigger' AND name LIKE '%_log_insert'`)
      .pluck()
      .all();
    expect(triggers).toEqual(expect.arrayContaining(['amendment_log_insert', 'attachment_log_insert']));
  });

  it('40: resolutions start not started, and the search index is built from the rows already there', () => {
    const db = migrateTo(30);
    seedV10(db);
    insertRows(db, 'agenda_item', [{ id: 'ag1', origin: 's1', session_id: 'x1', position: 0, text: 'گزارش كميته' }]);
    // Version 40 alone: its triggers indexed every edit at once (migration 80 queues them instead).
    migrate(db, 40);
    expect(readRows(db, 'resolution')).toMatchObject([{ id: 'r1', status: 'not_started' }]);
    const hits = (q: string) =>
      db
        .prepare(
          `SELECT d.entity_id FROM search_index JOIN search_doc d ON d.id = search_index.rowid WHERE search_index MATCH ?`,
        )
        .pluck()
        .all(q);
    expect(hits('"مقرر"*')).toEqual(['r1']);
    expect(hits('"کمیته"*')).toEqual(['ag1']);
    db.prepare(`UPDATE resolution SET body = 'تصویب شد' WHERE id = 'r1'`).run();
    expect(hits('"مقرر"*')).toEqual([]);
    expect(hits('"تصویب"*')).toEqual(['r1']);
  });

  it('70: the own secretariat is the keyed one, even where headquarters holds others; its role follows what the file did', () => {
    const province = migrateTo(60);
    seedV10(province);
    migrate(province);
    expect(readRows(province, 'installation')).toEqual([{ id: 1, secretariat_id: 's1', role: 'province' }]);

    const hq = migrateTo(60);
    insertRows(hq, 'secretariat', [
      { id: 'p1', name: 'دبیرخانه مرکزی', province: 'مرکزی', created_at: 'now' },
      { id: 'h1', name: 'ستاد', province: 'تهران', created_at: 'now' },
    ]);
    insertRows(hq, 'secretariat_key', [{ secretariat_id: 'h1', public_key: 'k', private_key: 'k', created_at: 'now' }]);
    insertRows(hq, 'hq_secretariat', [
      {
        id: 'p1',
        name: 'دبیرخانه مرکزی',
        province: 'مرکزی',
        public_key: 'p',
        fingerprint: 'f',
        last_to_seq: 1,
        last_bundle_hash: 'a'.repeat(64),
        registered_at: 'now',
      },
    ]);
    migrate(hq);
    expect(readRows(hq, 'installation')).toEqual([{ id: 1, secretariat_id: 'h1', role: 'headquarters' }]);

    // A file never set up has no role yet: first run (or --hq) chooses.
    const fresh = migrateTo(60);
    insertRows(fresh, 'secretariat', [{ id: 'n1', name: '', province: '', created_at: 'now' }]);
    migrate(fresh);
    expect(readRows(fresh, 'installation')).toEqual([{ id: 1, secretariat_id: 'n1', role: null }]);
  });

  it('80: the search triggers only queue, with SQLite alone; the index stays right across the step and after edits', () => {
    const db = migrateTo(70);
    seedV10(db);
    insertRows(db, 'agenda_item', [{ id: 'ag1', origin: 's1', session_id: 'x1', position: 0, text: 'گزارش كميته' }]);
    migrate(db, 80);
    expect(schemaVersion(db)).toBe(80);
    const hits = (q: string) =>
      db
        .prepare(
          `SELECT d.entity_id FROM search_index JOIN search_doc d ON d.id = search_index.rowid WHERE search_index MATCH ?`,
        )
        .pluck()
        .all(q);
    expect(hits('"مقرر"*')).toEqual(['r1']);
    expect(hits('"کمیته"*')).toEqual(['ag1']);
    const triggers = db.prepare(`SELECT sql FROM sqlite_schema WHERE type = 'trigger'`).pluck().all() as string[];
    expect(triggers.filter((t) => t.includes('dabir_'))).toEqual([]);
    // An edit is queued, then indexed by Dabir's normalisation; a delete leaves the index.
    db.prepare(`UPDATE resolution SET body = 'تصويب شد' WHERE id = 'r1'`).run();
    db.prepare(`DELETE FROM agenda_item WHERE id = 'ag1'`).run();
    expect(readRows(db, 'search_pending', 'kind')).toEqual([
      { kind: 'agenda_item', entity_id: 'ag1' },
      { kind: 'resolution', entity_id: 'r1' },
    ]);
    expect(refreshSearchIndex(db)).toBe(true);
    expect(readRows(db, 'search_pending', 'kind')).toEqual([]);
    expect(hits('"مقرر"*')).toEqual([]);
    expect(hits('"تصویب"*')).toEqual(['r1']);
    expect(hits('"کمیته"*')).toEqual([]);
    expect(refreshSearchIndex(db)).toBe(false);
  });

  it('90: sessions say whether their number came from their document; those before it did not', () => {
    const db = migrateTo(80);
    seedV10(db);
    const before = readRows(db, 'session');
    migrate(db, 90);
    expect(schemaVersion(db)).toBe(90);
    expect(readRows(db, 'session')).toEqual(before.map((s) => ({ ...s, number_from_document: 0 })));
    expect(() => db.prepare(`UPDATE session SET number_from_document = 2`).run()).toThrow(/CHECK/);
  });

  it('100: a resolution may have no deadline; the rebuilt table keeps its rows, guards, change log, search queue and links', () => {
    const db = migrateTo(90);
    seedV10(db);
    insertRows(db, 'session', [
      { id: 'x2', origin: 's1', working_group_id: 'g1', year: 1399, number: 2, date: '1399/03/02', created_at: 'now' },
    ]);
    insertRows(db, 'resolution', [
      { id: 'r2', origin: 's1', session_id: 'x2', row: 1, body: 'تشکیل کمیته', deadline_kind: 'continuous' },
    ]);
    insertRows(db, 'responsible', [
      { id: 'p1', origin: 's1', resolution_id: 'r1', position: 0, organization_id: 'o1', text: 'بهزیستی' },
    ]);
    insertRows(db, 'follow_up', [
      { id: 'f1', origin: 's1', resolution_id: 'r1', date: '1399/02/20', text: 'انجام شد', created_at: 'now' },
    ]);
    db.prepare(
      `UPDATE session SET status = 'final', content_hash = ?, final_content = '{}', finalized_at = 'now' WHERE id = 'x2'`,
    ).run('a'.repeat(64));
    refreshSearchIndex(db);
    const schemaOf = () =>
      db
        .prepare(
          `SELECT type, name, sql FROM sqlite_schema WHERE tbl_name = 'resolution' AND type IN ('index', 'trigger') ORDER BY name`,
        )
        .all();
    const before = { rows: readRows(db, 'resolution'), schema: schemaOf(), log: readRows(db, 'change_log', 'seq') };
    expect(before.schema.length).toBeGreaterThanOrEqual(12);

    migrate(db, 100);
    expect(schemaVersion(db)).toBe(100);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    // Same rows, same indexes and triggers, and nothing logged or queued for what no one changed.
    expect(readRows(db, 'resolution')).toEqual(before.rows);
    expect(schemaOf()).toEqual(before.schema);
    expect(readRows(db, 'change_log', 'seq')).toEqual(before.log);
    expect(readRows(db, 'search_pending', 'kind')).toEqual([]);

    // No deadline: kind and value null; a value without a kind, or an unknown kind, still refused.
    insertRows(db, 'resolution', [
      { id: 'r3', origin: 's1', session_id: 'x1', row: 2, body: 'بدون مهلت', deadline_kind: null },
    ]);
    expect(readRows(db, 'resolution')).toMatchObject([{ id: 'r1' }, { id: 'r2' }, { id: 'r3', deadline_kind: null }]);
    expect(() => db.prepare(`UPDATE resolution SET deadline_value = '3' WHERE id = 'r3'`).run()).toThrow(/CHECK/);
    expect(() => db.prepare(`UPDATE resolution SET deadline_kind = 'soon' WHERE id = 'r3'`).run()).toThrow(/CHECK/);
    // The final session's resolution is still locked (its status is follow-up, not minutes).
    expect(() => db.prepare(`UPDATE resolution SET deadline_kind = NULL WHERE id = 'r2'`).run()).toThrow(
      'session_final',
    );
    expect(() => db.prepare(`DELETE FROM resolution WHERE id = 'r2'`).run()).toThrow('session_final');
    db.prepare(`UPDATE resolution SET status = 'done' WHERE id = 'r2'`).run();
    // Every change still reaches the change log, and the search queue.
    const logged = db.prepare(`SELECT entity_id, op FROM change_log WHERE seq > ? ORDER BY seq`).all(before.log.length);
    expect(logged).toEqual([
      { entity_id: 'r3', op: 'insert' },
      { entity_id: 'r2', op: 'update' },
    ]);
    db.prepare(`UPDATE resolution SET body = 'تصويب شد' WHERE id = 'r1'`).run();
    expect(readRows(db, 'search_pending', 'entity_id')).toEqual([
      { kind: 'resolution', entity_id: 'r1' },
      { kind: 'resolution', entity_id: 'r3' },
    ]);
    refreshSearchIndex(db);
    const hits = db
      .prepare(
        `SELECT d.entity_id FROM search_index JOIN search_doc d ON d.id = search_index.rowid WHERE search_index MATCH ? ORDER BY 1`,
      )
      .pluck();
    expect(hits.all('"تصویب"*')).toEqual(['r1']);
    expect(hits.all('"کمیته"*')).toEqual(['r2']);
    // Links still hold both ways: to the session above, from responsible lines and reports below.
    expect(() =>
      insertRows(db, 'resolution', [{ id: 'r4', origin: 's1', session_id: 'nowhere', row: 1, body: 'x' }]),
    ).toThrow(/FOREIGN KEY/);
    db.prepare(`DELETE FROM session WHERE id = 'x1'`).run();
    expect(readRows(db, 'resolution')).toMatchObject([{ id: 'r2' }]);
    expect(readRows(db, 'responsible')).toEqual([]);
    expect(readRows(db, 'follow_up')).toEqual([]);
    expect(db.pragma('foreign_key_check')).toEqual([]);
  });

  it('a table rebuild that leaves a broken link is undone whole, with foreign keys back on', () => {
    const db = migrateTo(90);
    seedV10(db);
    const breaking = [
      ...migrations,
      {
        version: latestVersion + 10,
        name: 'breaks-a-link',
        rebuildsTables: true as const,
        up: (d: Database.Database) => d.exec(`UPDATE resolution SET session_id = 'gone'`),
      },
    ];
    expect(() => migrate(db, undefined, breaking)).toThrow(/پیوند شکسته/);
    expect(schemaVersion(db)).toBe(90);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(readRows(db, 'resolution')).toMatchObject([{ id: 'r1', session_id: 'x1', deadline_kind: 'days' }]);
    // Refused inside a transaction, where foreign keys cannot be turned off.
    expect(() => db.transaction(() => migrate(db))()).toThrow(/inside a transaction/);
    expect(schemaVersion(db)).toBe(90);
  });

  it('110: groups print with Persian typography until told to print as typed', () => {
    const db = migrateTo(90);
    seedV10(db);
    const before = readRows(db, 'working_group');
    migrate(db, 110);
    expect(schemaVersion(db)).toBe(110);
    expect(readRows(db, 'working_group')).toEqual(before.map((g) => ({ ...g, print_as_typed: 0 })));
    expect(() => db.prepare(`UPDATE working_group SET print_as_typed = 2`).run()).toThrow(/CHECK/);
    db.prepare(`UPDATE working_group SET print_as_typed = 1`).run();
    expect(readRows(db, 'change_log', 'seq').at(-1)).toMatchObject({ entity: 'working_group', op: 'update' });
  });

  it('120: a draft read from past minutes keeps its source beside it; deleting the session takes the source along', () => {
    const db = migrateTo(110);
    seedV10(db);
    const before = readRows(db, 'session');
    migrate(db, 120);
    expect(schemaVersion(db)).toBe(120);
    expect(readRows(db, 'session')).toEqual(before);
    const changes = readRows(db, 'change_log').length;
    insertRows(db, 'past_minutes_source', [
      {
        session_id: 'x1',
        file_name: 'قدیمی.docx',
        kind: 'docx',
        sha256: null,
        lines: '[]',
        review: '{}',
        imported_at: 'now',
      },
    ]);
    // Local to the PC: the source is not a change to send.
    expect(readRows(db, 'change_log')).toHaveLength(changes);
    expect(() =>
      insertRows(db, 'past_minutes_source', [
        {
          session_id: 'nope',
          file_name: 'x',
          kind: 'docx',
          sha256: null,
          lines: '[]',
          review: '{}',
          imported_at: 'now',
        },
      ]),
    ).toThrow(/FOREIGN KEY/);
    expect(() => db.prepare(`UPDATE past_minutes_source SET kind = 'pdf'`).run()).toThrow(/CHECK/);
    db.prepare(`DELETE FROM resolution`).run();
    db.prepare(`DELETE FROM attendance`).run();
    db.prepare(`DELETE FROM session WHERE id = 'x1'`).run();
    expect(readRows(db, 'past_minutes_source')).toEqual([]);
  });

  it('130: another secretariat’s rows are written only by a bundle import; assignments and national statuses are logged', () => {
    const db = migrateTo(120);
    seedV10(db);
    insertRows(db, 'installation', [{ id: 1, secretariat_id: 's1', role: 'province' }]);
    const before = readRows(db, 'resolution');
    migrate(db, 130);
    expect(schemaVersion(db)).toBe(130);
    expect(readRows(db, 'resolution')).toEqual(before);
    // Its own rows change as before.
    db.prepare(`UPDATE resolution SET body = 'مقرر شد که' WHERE id = 'r1'`).run();
    // Headquarters' session, as a directive import writes it, and only then.
    const national = {
      id: 'x9',
      origin: 'hq',
      working_group_id: 'g9',
      year: 1399,
      number: 1,
      date: '1399/03/01',
      status: 'draft',
      created_at: 'now',
    };
    const group = { id: 'g9', origin: 'hq', name: 'ملی', name_key: 'ملی', province: '', organization: null };
    expect(() => insertRows(db, 'working_group', [group])).toThrow('foreign_record');
    db.transaction(() => {
      insertRows(db, 'sync_writer', [{ id: 1 }]);
      insertRows(db, 'working_group', [group]);
      insertRows(db, 'session', [national]);
      insertRows(db, 'resolution', [
        { id: 'r9', origin: 'hq', session_id: 'x9', row: 1, body: 'استانداران', deadline_kind: null },
      ]);
      insertRows(db, 'assignment', [
        { id: 'a9', origin: 'hq', resolution_id: 'r9', province: null, province_key: '', created_at: 'now' },
      ]);
      db.prepare('DELETE FROM sync_writer').run();
    })();
    for (const statement of [
      `UPDATE resolution SET body = 'x' WHERE id = 'r9'`,
      `DELETE FROM assignment WHERE id = 'a9'`,
      `UPDATE resolution SET status = 'done' WHERE id = 'r9'`,
      `INSERT INTO agenda_item (id, origin, session_id, position, text) VALUES ('i9', 's1', 'x9', 0, 'x')`,
    ])
      expect(() => db.prepare(statement).run(), statement).toThrow('foreign_record');
    // The province's own status of it is its own row; so is its report.
    const logged = readRows(db, 'change_log').length;
    insertRows(db, 'national_status', [
      { id: 'n9', origin: 's1', resolution_id: 'r9', status: 'in_progress', updated_at: 'now' },
    ]);
    insertRows(db, 'follow_up', [
      { id: 'f9', origin: 's1', resolution_id: 'r9', date: '1399/03/05', text: 'انجام شد', created_at: 'now' },
    ]);
    expect(
      readRows<{ entity: string }>(db, 'change_log')
        .slice(logged)
        .map((c) => c.entity),
    ).toEqual(['national_status', 'follow_up']);
    expect(() => db.prepare(`UPDATE national_status SET status = 'gone' WHERE id = 'n9'`).run()).toThrow(/CHECK/);
    expect(() =>
      insertRows(db, 'assignment', [
        { id: 'a8', origin: 's1', resolution_id: 'r1', province: 'فارس', province_key: '', created_at: 'now' },
      ]),
    ).toThrow(/CHECK/);
  });

  it('140: the open resolutions are read in the board’s order, one province’s through its sessions', () => {
    const db = migrateTo(130);
    seedV10(db);
    const before = readRows(db, 'resolution');
    migrate(db, 140);
    expect(readRows(db, 'resolution')).toEqual(before);
    const page = `SELECT r.id FROM resolution r INDEXED BY resolution_open_due JOIN session s ON s.id = r.session_id
      WHERE r.status IN ('not_started', 'in_progress') ORDER BY r.due_date IS NULL, r.due_date, s.date, s.number, r.row, r.id LIMIT 50`;
    expect(explainPlan(db, page)).toContain('SCAN r USING INDEX resolution_open_due');
    expect(db.prepare(page).pluck().all()).toEqual(['r1']);
    expect(explainPlan(db, `SELECT 1 FROM session WHERE origin = 's1'`)).toContain('session_origin');
  });

  it('150: one letterhead row at most, its logo typed; sessions are found by date', () => {
    const db = migrateTo(140);
    seedV10(db);
    const before = readRows(db, 'session');
    migrate(db, 150);
    expect(readRows(db, 'session')).toEqual(before);
    expect(readRows(db, 'letterhead')).toEqual([]);
    db.prepare(`INSERT INTO letterhead (id, heading, updated_at) VALUES (1, 'استانداری', 'now')`).run();
    expect(() => db.prepare(`INSERT INTO letterhead (id, heading, updated_at) VALUES (2, 'x', 'now')`).run()).toThrow();
    expect(() => db.prepare(`UPDATE letterhead SET logo = x'89' WHERE id = 1`).run()).toThrow(/CHECK/);
    const month = `SELECT id FROM session WHERE origin = 's1' AND date BETWEEN '1399/02/01' AND '1399/02/31' ORDER BY date`;
    expect(explainPlan(db, month)).toContain('USING INDEX session_origin_date');
    expect(explainPlan(db, month)).not.toContain('TEMP B-TREE');
    expect(db.prepare(month).pluck().all()).toEqual(['x1']);
    expect(
      explainPlan(
        db,
        `SELECT id FROM session WHERE working_group_id = 'g1' AND date < '1399/03/01' ORDER BY date DESC LIMIT 1`,
      ),
    ).toContain('session_group_date');
    expect(
      explainPlan(
        db,
        `SELECT count(*) FROM follow_up WHERE origin = 's1' AND date BETWEEN '1399/01/01' AND '1399/09/02'`,
      ),
    ).toContain('follow_up_origin_date');
  });

  it('160: letters keep their number and date, the resolutions they covered, and go with them', () => {
    const db = migrateTo(150);
    seedV10(db);
    const before = readRows(db, 'resolution');
    migrate(db, 160);
    expect(readRows(db, 'resolution')).toEqual(before);
    insertRows(db, 'organization', [{ id: 'o2', origin: 's1', name: 'فرمانداری', name_key: 'فرمانداری' }]);
    const letter = {
      working_group_id: 'g1',
      organization: 'فرمانداری',
      number: '۱۲۳',
      date: '1399/02/10',
      created_at: 'now',
    };
    insertRows(db, 'letter', [{ id: 'l1', kind: 'notification', session_id: 'x1', organization_id: 'o2', ...letter }]);
    insertRows(db, 'letter_resolution', [{ letter_id: 'l1', resolution_id: 'r1' }]);
    // A notification names its session; a follow-up letter covers the group's sessions, none in particular.
    expect(() => insertRows(db, 'letter', [{ id: 'l2', kind: 'follow_up', session_id: 'x1', ...letter }])).toThrow(
      /CHECK/,
    );
    expect(() => insertRows(db, 'letter', [{ id: 'l3', kind: 'notification', ...letter }])).toThrow(/CHECK/);
    expect(() => insertRows(db, 'letter', [{ id: 'l4', kind: 'invitation', session_id: 'x1', ...letter }])).toThrow(
      /CHECK/,
    );
    expect(() => insertRows(db, 'letter_resolution', [{ letter_id: 'l1', resolution_id: 'r1' }])).toThrow(
      /UNIQUE|PRIMARY/,
    );
    expect(explainPlan(db, `SELECT letter_id FROM letter_resolution WHERE resolution_id = 'r1'`)).toContain(
      'letter_resolution_resolution',
    );
    // The organisation gone from the directory: the letter keeps the name it was addressed to.
    db.prepare(`DELETE FROM organization WHERE id = 'o2'`).run();
    expect(readRows(db, 'letter')).toMatchObject([{ id: 'l1', organization_id: null, organization: 'فرمانداری' }]);
    db.prepare(`DELETE FROM resolution WHERE id = 'r1'`).run();
    expect(readRows(db, 'letter_resolution', 'letter_id')).toEqual([]);
    db.prepare(`DELETE FROM session WHERE id = 'x1'`).run();
    expect(readRows(db, 'letter')).toEqual([]);
  });

  it('170: a session’s invitation number, date and mode, gone with its session', () => {
    const db = migrateTo(160);
    seedV10(db);
    const before = readRows(db, 'session');
    migrate(db, 170);
    expect(readRows(db, 'session')).toEqual(before);
    expect(readRows(db, 'invitation')).toEqual([]);
    const mark = (values: string) => () =>
      db
        .prepare(`INSERT OR REPLACE INTO invitation (session_id, number, date, mode, updated_at) VALUES ${values}`)
        .run();
    mark(`('x1', '۱۲۳/د', '1399/01/28', 'each', 'now')`)();
    expect(readRows(db, 'invitation')).toEqual([
      { session_id: 'x1', number: '۱۲۳/د', date: '1399/01/28', mode: 'each', updated_at: 'now' },
    ]);
    expect(mark(`('x1', null, '۱۳۹۹/۰۱/۲۸', 'each', 'now')`)).toThrow(/CHECK/);
    expect(mark(`('x1', null, null, 'all', 'now')`)).toThrow(/CHECK/);
    expect(mark(`('nope', null, null, 'each', 'now')`)).toThrow(/FOREIGN KEY/);
    db.prepare(`DELETE FROM attendance`).run();
    db.prepare(`DELETE FROM resolution`).run();
    db.prepare(`DELETE FROM session WHERE id = 'x1'`).run();
    expect(readRows(db, 'invitation')).toEqual([]);
  });

  it('reopen a file with data without touching it', () => {
    const file = path.join(tempDir(), 'd.sqlite');
    const first = migrateTo(latestVersion, file);
    seedV10(first);
    first.close();
    const again = openDatabase(file);
    expect(readRows(again, 'session')).toHaveLength(1);
    expect(readRows(again, 'secretariat')).toHaveLength(1);
    again.close();
  });

  it('refuse a file written by a newer Dabir, and leave it as it was', () => {
    const file = path.join(tempDir(), 'new.sqlite');
    const raw = new Database(file);
    raw.pragma(`user_version = ${latestVersion + 10}`);
    raw.close();
    expect(() => openDatabase(file)).toThrow(/نسخه‌ای تازه‌تر از دبیر/);
    const check = new Database(file);
    expect(check.pragma('user_version', { simple: true })).toBe(latestVersion + 10);
    expect(check.prepare(`SELECT count(*) AS n FROM sqlite_schema`).get()).toEqual({ n: 0 });
    check.close();
  });

  it('roll back every pending step when one fails', () => {
    const db = new Database(':memory:');
    configure(db);
    const broken = [
      ...migrations,
      {
        version: latestVersion + 10,
        name: 'ok',
        up: (d: Database.Database) => d.exec('CREATE TABLE extra (x) STRICT'),
      },
      { version: latestVersion + 20, name: 'broken', up: (d: Database.Database) => d.exec('CREATE TABLE nope (') },
    ];
    expect(() => migrate(db, undefined, broken)).toThrow();
    expect(schemaVersion(db)).toBe(0);
    expect(db.prepare(`SELECT count(*) AS n FROM sqlite_schema`).get()).toEqual({ n: 0 });
    db.close();
  });
});

describe('query plans', () => {
  it('find a group’s sessions and a session’s parts by index, not by scanning', () => {
    const db = createDb();
    expect(
      explainPlan(db, 'SELECT id FROM session WHERE working_group_id = ? AND year = ? ORDER BY number', 'g', 1399),
    ).toMatch(/USING (COVERING )?INDEX/);
    for (const [table, column] of [
      ['resolution', 'session_id'],
      ['attendance', 'session_id'],
      ['agenda_item', 'session_id'],
      ['membership', 'working_group_id'],
    ] as const) {
      expect(explainPlan(db, `SELECT * FROM ${table} WHERE ${column} = ?`, 'x')).toMatch(/USING (COVERING )?INDEX/);
    }
  });
});
