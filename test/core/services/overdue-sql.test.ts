// «Overdue» has one definition (domain/follow-up.ts); the SQL the board, search and headquarters
// use is made from it and must say the same for every status and due date, on real SQLite.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { resolutionStatuses, type ResolutionStatus } from '../../../electron/contract/resolutions';
import { all, sql } from '../../../electron/core/db/sql';
import { isOverdue } from '../../../electron/core/domain/follow-up';
import { overdueSql } from '../../../electron/core/services/overdue-sql';
import { api, createDb } from '../../helpers/db';
import { fixture, noDeadlineFixture } from '../../helpers/fixtures';

describe('overdue in SQL', () => {
  it('agrees with isOverdue for every status and a due date before, on and after today, or none', () => {
    const db = new Database(':memory:');
    db.exec('CREATE TABLE r (id INTEGER PRIMARY KEY, due_date TEXT, status TEXT NOT NULL)');
    const today = '1405/09/10';
    const dues = [null, '1405/09/09', today, '1405/09/11', '1399/02/12'];
    const rows = resolutionStatuses.flatMap((status) => dues.map((dueDate) => ({ status, dueDate })));
    const insert = db.prepare('INSERT INTO r (due_date, status) VALUES (?, ?)');
    for (const row of rows) insert.run(row.dueDate, row.status);
    for (const alias of ['r', 'rr'] as const) {
      const from = alias === 'r' ? sql`r` : sql`r AS rr`;
      const got = all<{ o: number }>(db, sql`SELECT ${overdueSql(alias, today)} AS o FROM ${from} ORDER BY id`);
      expect(got.map((g) => g.o === 1)).toEqual(rows.map((r) => isOverdue(r, today)));
    }
    // Not vacuous: some are overdue and some are not.
    expect(rows.filter((r) => isOverdue(r, today))).toHaveLength(4);
    db.close();
  });

  it('agrees on real resolutions, with and without a deadline, in every status: none without a deadline is overdue', () => {
    const db = createDb();
    const { call } = api(db);
    call('minutes.import', { document: noDeadlineFixture() });
    const dated = fixture();
    dated.session.number = 2;
    call('minutes.import', { document: dated });
    const ids = db.prepare(`SELECT id FROM resolution ORDER BY id`).pluck().all() as string[];
    ids.forEach((id, i) => call('resolutions.setStatus', { id, status: resolutionStatuses[i % 4]! }));
    for (const today of ['1399/02/02', '1399/02/20', '1405/01/01']) {
      const rows = all<{ kind: string | null; due: string | null; status: ResolutionStatus; o: number }>(
        db,
        sql`SELECT r.deadline_kind AS kind, r.due_date AS due, r.status, ${overdueSql('r', today)} AS o FROM resolution r ORDER BY r.id`,
      );
      expect(rows).toHaveLength(10);
      for (const r of rows) {
        expect(r.o === 1).toBe(isOverdue({ dueDate: r.due, status: r.status }, today));
        if (r.kind === null) expect([r.due, r.o]).toEqual([null, 0]);
      }
    }
  });
});
