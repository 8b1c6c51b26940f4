// A resolution may have no deadline (issue 17): the real minutes with none at all import and export
// with `"deadline": null`, a deadline left out is the same, an unknown kind is refused naming the
// kinds; through the API a new resolution has none, a kind is set and cleared again; with none it has
// no due date and is never overdue — on the board, in search, in the reports and their Excel sheet —
// and a final session keeps it in its hash.
import { describe, expect, it } from 'vitest';
import type { FileOutput } from '../../../electron/contract';
import { createAsyncDispatcher } from '../../../electron/core/api/async-dispatch';
import { readWorkbook } from '../../../electron/core/reports/xlsx';
import { api, createDb, dump, finalize } from '../../helpers/db';
import { fixture, noDeadlineFixture } from '../../helpers/fixtures';

type Doc = ReturnType<typeof noDeadlineFixture>;

function withoutFilledIn(doc: Doc): Doc {
  const copy = structuredClone(doc);
  delete copy.workingGroup.id;
  delete copy.session.id;
  for (const r of copy.session.resolutions) {
    delete r.id;
    delete r.dueDate;
  }
  return copy;
}

/** Far past every due date of the fixture: anything with a due date and still open is overdue. */
const LATER = '1405/01/01';

describe('a resolution with no deadline', () => {
  it('imports from the real minutes with no deadline at all and exports unchanged, "deadline": null and no due date', () => {
    const db = createDb();
    const { call } = api(db);
    const source = noDeadlineFixture();
    expect(source.session.resolutions.map((r: { deadline: unknown }) => r.deadline)).toEqual([
      null,
      null,
      null,
      null,
      null,
    ]);
    const { sessionId } = call('minutes.import', { document: source });
    const exported = call('minutes.export', { sessionId });
    expect(withoutFilledIn(exported)).toEqual(source);
    expect(exported.session.resolutions.map((r) => [r.deadline, r.dueDate])).toEqual(Array(5).fill([null, null]));
    expect(JSON.stringify(exported)).toContain('"deadline":null');
    expect(db.prepare(`SELECT DISTINCT deadline_kind, deadline_value, due_date FROM resolution`).all()).toEqual([
      { deadline_kind: null, deadline_value: null, due_date: null },
    ]);
  });

  it('takes a deadline left out as none, beside resolutions that have one', () => {
    const db = createDb();
    const { call } = api(db);
    const doc = fixture();
    delete doc.session.resolutions[0].deadline;
    doc.session.resolutions[1].deadline = null;
    const { sessionId } = call('minutes.import', { document: doc });
    const exported = call('minutes.export', { sessionId });
    expect(exported.session.resolutions.map((r) => r.deadline)).toEqual([
      null,
      null,
      { kind: 'continuous' },
      { kind: 'immediate' },
      { kind: 'continuous' },
    ]);
    expect(exported.session.resolutions.map((r) => r.dueDate)).toEqual([null, null, null, '1399/02/05', null]);
  });

  it('refuses an unknown kind, naming the kinds it knows, and leaves the file as it was', () => {
    const db = createDb();
    const { dispatch } = api(db);
    const doc = noDeadlineFixture();
    doc.session.resolutions[2].deadline = { kind: 'soon' };
    const before = dump(db);
    const r = dispatch('minutes.import', { document: doc, replaceDraft: false });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.problems).toEqual([
      {
        path: 'session.resolutions[2].deadline.kind',
        message:
          'نوع مهلت اقدام نامعتبر است (days، weeks، months، date، continuous، immediate یا text؛ بدون مهلت: null)',
      },
    ]);
    expect(dump(db)).toEqual(before);
  });

  it('is where a new resolution starts; a kind set is cleared again with null, its due date with it', () => {
    const db = createDb();
    const { call } = api(db);
    const { sessionId } = call('minutes.import', { document: noDeadlineFixture() });
    const added = call('resolutions.add', { sessionId, body: 'مقرر شد گزارش ارائه شود' });
    expect(added).toMatchObject({ row: 6, deadline: null, dueDate: null });
    expect(call('resolutions.update', { id: added.id, deadline: { kind: 'days', value: 10 } })).toMatchObject({
      deadline: { kind: 'days', value: 10 },
      dueDate: '1399/02/12',
    });
    expect(call('resolutions.update', { id: added.id, deadline: null })).toMatchObject({
      deadline: null,
      dueDate: null,
    });
    // Another change leaves it with none; a changed session date gives it no due date either.
    expect(call('resolutions.update', { id: added.id, body: 'مقرر شد' })).toMatchObject({ deadline: null });
    call('sessions.update', { id: sessionId, date: '1399/02/09' });
    expect(call('sessions.get', { id: sessionId }).resolutions.map((r) => r.dueDate)).toEqual(Array(6).fill(null));
  });

  it('is never overdue: on the board, in search and in the reports and their Excel sheet', async () => {
    const db = createDb();
    const { call } = api(db);
    const plain = call('minutes.import', { document: noDeadlineFixture() });
    const dated = fixture();
    dated.session.number = 2;
    dated.session.date = '1399/02/09';
    call('minutes.import', { document: dated });

    const board = call('board.list', { today: LATER });
    expect(board.total).toBe(10);
    const none = board.rows.filter((r) => r.sessionId === plain.sessionId);
    expect(none).toHaveLength(5);
    for (const r of none) expect(r).toMatchObject({ deadline: null, dueDate: null, overdue: false, dueSoon: false });
    // By due date, none last: the three dated ones of session 2 come first.
    expect(board.rows.slice(0, 3).map((r) => r.dueDate)).toEqual(['1399/02/12', '1399/02/19', '1399/03/09']);
    const overdue = call('board.list', { today: LATER, overdue: true });
    expect(overdue.rows.map((r) => r.sessionNumber)).toEqual([2, 2, 2]);
    expect(call('board.list', { today: LATER, overdue: false }).rows.map((r) => r.dueDate)).toEqual(
      Array(7).fill(null),
    );

    const hits = (overdue?: boolean) =>
      call('search.query', { query: 'دستگاه های', today: LATER, ...(overdue === undefined ? {} : { overdue }) })
        .filter((h) => h.kind === 'resolution' && h.sessionId === plain.sessionId)
        .map((h) => h.id);
    expect(hits()).not.toEqual([]);
    expect(hits(true)).toEqual([]);
    expect(hits(false)).toEqual(hits());

    const { workingGroupId } = plain;
    expect(call('reports.annual', { workingGroupId, year: 1399, today: LATER })).toMatchObject({
      resolutions: 10,
      overdue: 3,
    });
    const run = createAsyncDispatcher(db);
    const xlsx = await run('reports.xlsx', { report: 'responsible', workingGroupId, year: 1399, today: LATER });
    if (!xlsx.ok) throw new Error(xlsx.error.message);
    const [sheet] = await readWorkbook(Buffer.from((xlsx.value as FileOutput).data, 'base64'));
    const header = sheet!.rows[0]!;
    const overdueAt = header.indexOf('گذشته از مهلت');
    const line = (name: string) => sheet!.rows.find((row) => row[0] === name)!;
    // «دستگاه های اجرایی مرتبط» has only resolution 3, مستمر in session 2 and without a deadline in 1.
    expect(line('دستگاه های اجرایی مرتبط')[header.indexOf('مصوبات')]).toBe(2);
    expect(line('دستگاه های اجرایی مرتبط')[overdueAt]).toBe(0);
    // «دبیرخانه کتاب»: 10 days in session 2 (overdue), none in session 1 (not).
    expect(line('دبیرخانه کتاب')[overdueAt]).toBe(1);
  });

  it('stays none in a final session: its hash covers "deadline": null, and verify finds it intact', () => {
    const db = createDb();
    const { call } = api(db);
    const { sessionId } = call('minutes.import', { document: noDeadlineFixture() });
    finalize(db, sessionId);
    const printable = call('minutes.printable', { sessionId });
    expect(printable.document.session.resolutions.map((r) => r.deadline)).toEqual(Array(5).fill(null));
    expect(call('sessions.verify', { id: sessionId })).toMatchObject({ intact: true });
  });
});
