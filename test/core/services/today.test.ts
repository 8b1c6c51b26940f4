// The home screen's figures on a day built by hand (test/helpers/day.ts), and that each one is
// what the board shows when it opens with the same filter.
import { describe, expect, it } from 'vitest';
import { api, createDb, finalize } from '../../helpers/db';
import { buildDay, ECONOMIC, SOCIAL, TODAY } from '../../helpers/day';

function setup() {
  const db = createDb();
  const { call, dispatch } = api(db);
  const any = call as unknown as (op: string, input: unknown) => unknown;
  any('secretariat.setup', { name: 'دبیرخانه کارگروه‌های استان مرکزی', province: 'مرکزی' });
  const day = buildDay(any, (id) => finalize(db, id));
  return { db, call, dispatch, day };
}

describe('today.summary', () => {
  it('gives each group its next and last session, and what needs attention', () => {
    const { call, day } = setup();
    const s = call('today.summary', { today: TODAY });
    expect(s.today).toBe(TODAY);
    // In the order of their names (اجتماعی before اقتصادی).
    expect(s.groups.map((g) => g.name)).toEqual([SOCIAL, ECONOMIC]);
    const [social, economic] = s.groups;
    expect(economic).toMatchObject({ next: null, last: null, overdue: 0, dueSoon: 0, unreported: 0, national: false });
    expect(social!.next).toMatchObject({ id: day.nextId, date: '1405/09/16', status: 'draft' });
    expect(social!.last).toMatchObject({ id: day.lastId, date: '1405/08/28', status: 'final' });
    expect(social).toMatchObject({ overdue: 1, dueSoon: 2, unreported: 5 });
    expect(s.totals).toEqual({ overdue: 1, dueSoon: 2, unreported: 5 });
  });

  it('counts the year so far beside the same point last year', () => {
    const { call } = setup();
    const s = call('today.summary', { today: '۱۴۰۵/۰۹/۰۲' });
    expect(s.thisYear).toEqual({ year: 1405, to: TODAY, sessions: 2, resolutions: 5, followUps: 2 });
    expect(s.lastYear).toEqual({ year: 1404, to: '1404/09/02', sessions: 2, resolutions: 3, followUps: 1 });
  });

  it('agrees with the board it opens: overdue, due within 7 days, no report for 30 days', () => {
    const { call, day } = setup();
    const ids = (filter: Record<string, unknown>) =>
      call('board.list', { today: TODAY, workingGroupId: day.socialId, ...filter })
        .rows.map((r) => r.id)
        .sort();
    expect(ids({ overdue: true })).toEqual([...day.overdueIds].sort());
    expect(ids({ dueSoon: true })).toEqual([...day.dueSoonIds].sort());
    expect(ids({ unreported: true })).toEqual([...day.unreportedIds].sort());
    expect(call('board.list', { today: TODAY, unreported: true }).total).toBe(5);
  });

  it('moves with the day: a draft of today is next, a final of today is the last, 30 Esfand falls back', () => {
    const { call, day } = setup();
    const onNext = call('today.summary', { today: '1405/09/16' }).groups.find((g) => g.name === SOCIAL)!;
    expect(onNext.next?.id).toBe(day.nextId);
    expect(onNext.last?.id).toBe(day.lastId);
    // 1403 is a leap year: its 30 Esfand is compared with 29 Esfand 1402.
    expect(call('today.summary', { today: '1403/12/30' }).lastYear.to).toBe('1402/12/29');
  });

  it('refuses a day that is not a date, in Persian', () => {
    const { dispatch } = setup();
    const r = dispatch('today.summary', { today: '1405/13/01' });
    expect(r.ok).toBe(false);
    expect(r.ok ? '' : r.error.message).toContain('تاریخ معتبری');
  });
});
