// Follow-up on a real SQLite file: a year of 16 sessions and 78 resolutions (64 done, 14 in
// progress) reported exactly; attendance against a hand count; the board's filters; reports.
import { describe, expect, it } from 'vitest';
import { api, createDb, dump, finalize } from '../../helpers/db';
import { attendanceOf, buildYear, MEMBERS, YEAR } from '../../helpers/year';

function year() {
  const db = createDb();
  const { call, dispatch } = api(db);
  const y = buildYear((op, input) => call(op as never, input as never));
  return { db, call, dispatch, ...y };
}

describe('the annual report', () => {
  it('says 16 sessions, 78 resolutions, 64 done and 14 in progress', () => {
    const { call, groupId, resolutionIds } = year();
    const report = call('reports.annual', { workingGroupId: groupId, year: YEAR, today: '1405/09/02' });
    // In progress with a dated deadline is overdue by 1405; continuous ones (every third) are not.
    const overdue = resolutionIds.filter((_, n) => n < 70 && n % 5 === 2 && n % 3 !== 0).length;
    expect(report).toEqual({
      workingGroupId: groupId,
      workingGroupName: 'کارگروه تخصصی امور اجتماعی، فرهنگی، سلامت، زنان و خانواده',
      year: YEAR,
      sessions: 16,
      resolutions: 78,
      done: 64,
      inProgress: 14,
      notStarted: 0,
      cancelled: 0,
      overdue,
    });
    expect(overdue).toBeGreaterThan(0);
    expect(call('reports.annual', { workingGroupId: groupId, year: YEAR + 1 })).toMatchObject({
      sessions: 0,
      resolutions: 0,
    });
  });

  it('counts attendance of every member organisation as a hand count does', () => {
    const { call, groupId } = year();
    const rows = call('reports.attendance', { workingGroupId: groupId, year: YEAR });
    expect(rows.map((r) => r.organization)).toEqual(MEMBERS);
    MEMBERS.forEach((_, j) => {
      const hand = { present: 0, deputy: 0, representative: 0, absent: 0, excused: 0 };
      for (let k = 0; k < 16; k++) {
        const status = attendanceOf(k, j) ?? 'absent';
        if (status !== 'guest') hand[status]++;
      }
      const attended = hand.present + hand.deputy + hand.representative;
      expect(rows[j]).toMatchObject({ sessions: 16, ...hand });
      expect(rows[j]!.rate).toBeCloseTo(attended / 16);
    });
  });

  it('gives resolutions per responsible organisation with completion', () => {
    const { call, groupId } = year();
    const rows = call('reports.responsible', { workingGroupId: groupId, year: YEAR, today: '1405/09/02' });
    expect(rows.reduce((n, r) => n + r.resolutions, 0)).toBe(78);
    expect(rows.reduce((n, r) => n + r.done, 0)).toBe(64);
    const first = rows.find((r) => r.organization === MEMBERS[0])!;
    // Resolutions n ≡ 0 (mod 10): 0, 10, …, 70 → 8, of which in progress: n ≡ 2 (mod 5) never → all done.
    expect(first).toMatchObject({ resolutions: 8, done: 8, inProgress: 0, completionRate: 1 });
    const third = rows.find((r) => r.organization === MEMBERS[2])!;
    // n ≡ 2 (mod 10): 2, 12, …, 72 → 8; in progress those below 70 (7 of them).
    expect(third).toMatchObject({ resolutions: 8, done: 1, inProgress: 7 });
    expect(third.completionRate).toBeCloseTo(1 / 8);
  });
});

describe('the board', () => {
  it('lists open resolutions by due date, with overdue, due-soon and the last report', () => {
    const { call, groupId, resolutionIds, organizationIds } = year();
    const { rows: open, total } = call('board.list', { workingGroupId: groupId, today: '1398/02/10' });
    expect(open).toHaveLength(14);
    expect(total).toBe(14);
    expect(open.every((r) => r.status === 'in_progress')).toBe(true);
    const dated = open.filter((r) => r.dueDate !== null).map((r) => r.dueDate!);
    expect(dated).toEqual([...dated].sort());
    expect(open.at(-1)?.dueDate).toBeNull(); // continuous last
    const first = open[0]!;
    expect(first).toMatchObject({
      sessionYear: YEAR,
      workingGroupName: expect.any(String),
      followUps: 0,
      lastFollowUp: null,
    });
    // Due on 1398/02/… : with today 1398/02/10 it is due soon or overdue, never both.
    expect(open.filter((r) => r.overdue && r.dueSoon)).toEqual([]);
    expect(call('board.list', { workingGroupId: groupId, today: '1405/01/01', overdue: true }).rows.length).toBe(
      open.filter((r) => r.dueDate !== null).length,
    );
    expect(call('board.list', { workingGroupId: groupId, status: ['done'] }).rows).toHaveLength(64);
    expect(call('board.list', { workingGroupId: groupId, year: YEAR + 1 })).toEqual({ rows: [], total: 0 });
    const byOrg = call('board.list', { workingGroupId: groupId, organizationId: organizationIds[2]! }).rows;
    expect(byOrg).toHaveLength(7);
    expect(byOrg.every((r) => r.responsible.includes(MEMBERS[2]!))).toBe(true);

    call('followUps.add', {
      resolutionId: first.id,
      date: '1398/03/01',
      text: 'گزارش اول رسید',
      organization: MEMBERS[2]!,
    });
    call('followUps.add', { resolutionId: first.id, date: '1398/04/01', text: 'گزارش دوم رسید' });
    const after = call('board.list', { workingGroupId: groupId }).rows.find((r) => r.id === first.id)!;
    expect(after).toMatchObject({ followUps: 2, lastFollowUp: { date: '1398/04/01', text: 'گزارش دوم رسید' } });
    expect(resolutionIds).toContain(first.id);
  });
});

describe('the board, a page at a time', () => {
  it('splits the rows into pages that join up in order, with the count of all that match', () => {
    const { call, groupId } = year();
    const whole = call('board.list', { workingGroupId: groupId, status: ['done', 'in_progress'], limit: 1000 });
    expect(whole.total).toBe(78);
    expect(whole.rows).toHaveLength(78);
    const pages = [0, 30, 60].map((offset) =>
      call('board.list', { workingGroupId: groupId, status: ['done', 'in_progress'], limit: 30, offset }),
    );
    expect(pages.map((p) => p.rows.length)).toEqual([30, 30, 18]);
    expect(pages.every((p) => p.total === 78)).toBe(true);
    expect(pages.flatMap((p) => p.rows)).toEqual(whole.rows);
    // Past the end: no rows, and still the count.
    expect(call('board.list', { workingGroupId: groupId, status: ['done'], offset: 500 })).toEqual({
      rows: [],
      total: 64,
    });
    // The first page by default.
    expect(call('board.list', { status: ['done', 'in_progress'] }).rows).toHaveLength(78);
  });

  it('refuses a page size out of range, in Persian', () => {
    const { dispatch } = year();
    for (const [input, path] of [
      [{ limit: 0 }, 'limit'],
      [{ limit: 1001 }, 'limit'],
      [{ offset: -1 }, 'offset'],
      [{ limit: 2.5 }, 'limit'],
    ] as const) {
      const out = dispatch('board.list', input);
      expect(out).toMatchObject({ ok: false, error: { code: 'invalid_input', path } });
      if (!out.ok) expect(out.error.message).toMatch(/[\u0600-\u06FF]/);
    }
  });
});

describe('follow-up reports and status', () => {
  it('record a report with its organisation and later session, and can mark the status with it', () => {
    const { db, call, dispatch, sessionIds, resolutionIds, organizationIds } = year();
    const id = resolutionIds[2]!;
    const f = call('followUps.add', {
      resolutionId: id,
      date: '۱۳۹۸/۰۳/۱۵',
      text: 'اقدام انجام شد',
      organization: 'اداره كل ورزش و جوانان', // Arabic ك: still that organisation
      sessionId: sessionIds[3]!,
      status: 'done',
    });
    expect(f).toMatchObject({ date: '1398/03/15', organizationId: organizationIds[2], sessionId: sessionIds[3] });
    expect(call('followUps.list', { resolutionId: id })).toEqual([f]);
    expect(call('board.list', { status: ['done'] }).rows.some((r) => r.id === id)).toBe(true);
    const before = dump(db);
    for (const [input, path] of [
      [{ resolutionId: id, date: '1397/01/01', text: 'قدیمی' }, 'date'],
      [{ resolutionId: id, date: '1398/13/01', text: 'تاریخ بد' }, 'date'],
      [{ resolutionId: id, date: '1398/05/01', text: '  ' }, 'text'],
    ] as const)
      expect(dispatch('followUps.add', input)).toMatchObject({ ok: false, error: { code: 'invalid_input', path } });
    expect(dispatch('resolutions.setStatus', { id, status: 'finished' })).toMatchObject({ ok: false });
    expect(dump(db)).toEqual(before);
    call('followUps.remove', { id: f.id });
    expect(call('followUps.list', { resolutionId: id })).toEqual([]);
  });

  it('follow a resolution of a final session: status and reports are not part of the minutes', () => {
    const { db, call, sessionIds, resolutionIds } = year();
    const hash = finalize(db, sessionIds[0]!);
    call('resolutions.setStatus', { id: resolutionIds[0]!, status: 'in_progress' });
    call('followUps.add', { resolutionId: resolutionIds[0]!, date: '1398/06/01', text: 'در حال اجرا' });
    expect(call('sessions.verify', { id: sessionIds[0]! })).toMatchObject({ intact: true, contentHash: hash });
  });

  it('leave done and cancelled resolutions off the next session’s earlier-resolutions list', () => {
    const { call, groupId, resolutionIds } = year();
    const next = call('sessions.create', { workingGroupId: groupId, date: '1399/01/20' });
    const open = call('resolutions.openBefore', { sessionId: next.id });
    expect(open).toHaveLength(14);
    call('resolutions.setStatus', { id: resolutionIds[2]!, status: 'cancelled' });
    expect(call('resolutions.openBefore', { sessionId: next.id })).toHaveLength(13);
  });
});
