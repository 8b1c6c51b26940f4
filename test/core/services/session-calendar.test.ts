// The calendar of sessions (sessions.calendar) on a real SQLite file: every group's sessions of a
// span by date, time and group, held and planned told apart, only this secretariat's own at
// headquarters, and a span that is not one refused in Persian.
import { describe, expect, it } from 'vitest';
import type { ApiError } from '../../../electron/contract';
import { api, createDb, explainPlan, finalize } from '../../helpers/db';
import { headquarters, province } from '../../helpers/national';

function setup() {
  const db = createDb();
  const { call, dispatch } = api(db);
  call('secretariat.setup', { name: 'دبیرخانه کارگروه‌های استانداری مرکزی', province: 'مرکزی' });
  const social = call('workingGroups.create', { name: 'کارگروه امور اجتماعی', province: 'مرکزی', organization: null });
  const water = call('workingGroups.create', { name: 'کارگروه آب', province: 'مرکزی', organization: null });
  return { db, call, dispatch, social, water };
}

const refusal = (r: { ok: boolean; error?: ApiError }) => (r.ok ? null : r.error!);

describe('sessions.calendar', () => {
  it('lists every group’s sessions of the span by date, time and group, held and planned, both ends included', () => {
    const { db, call, social, water } = setup();
    const make = (g: string, date: string, startTime: string | null) =>
      call('sessions.create', { workingGroupId: g, date, startTime, location: 'سالن' });
    const held = make(social.id, '1403/12/01', '09:00');
    finalize(db, held.id);
    const late = make(water.id, '1403/12/10', '14:00');
    const early = make(social.id, '1403/12/10', '09:00');
    const untimed = make(water.id, '1403/12/10', null);
    const sameTime = make(water.id, '1403/12/10', '09:00');
    const leapDay = make(social.id, '1403/12/30', '10:00');
    make(social.id, '1403/11/30', '10:00');
    make(water.id, '1404/01/01', '10:00');

    const rows = call('sessions.calendar', { from: '۱۴۰۳/۱۲/۰۱', to: '1403/12/30' });
    expect(rows.map((r) => r.id)).toEqual([held.id, sameTime.id, early.id, late.id, untimed.id, leapDay.id]);
    expect(rows[0]).toEqual({
      id: held.id,
      workingGroupId: social.id,
      workingGroupName: 'کارگروه امور اجتماعی',
      year: 1403,
      number: 1,
      date: '1403/12/01',
      startTime: '09:00',
      location: 'سالن',
      status: 'final',
    });
    expect(rows.filter((r) => r.status === 'draft')).toHaveLength(5);
    expect(call('sessions.calendar', { from: '1404/01/01', to: '1404/01/31' }).map((r) => r.date)).toEqual([
      '1404/01/01',
    ]);
  });

  it('reads a month by the index on origin and date, not by scanning the sessions', () => {
    const { db } = setup();
    const plan = explainPlan(
      db,
      `SELECT s.id FROM session s JOIN working_group g ON g.id = s.working_group_id
        WHERE s.origin = ? AND s.date BETWEEN ? AND ? ORDER BY s.date, s.start_time IS NULL, s.start_time, g.name_key`,
      'x',
      '1403/12/01',
      '1403/12/30',
    );
    expect(plan).toContain('SEARCH s USING INDEX session_origin_date (origin=? AND date>? AND date<?)');
  });

  it('shows headquarters its own national sessions, not the provinces’ it imported', () => {
    const hq = headquarters();
    const markazi = province('مرکزی');
    const group = markazi.call('workingGroups.create', { name: 'کارگروه آب', province: 'مرکزی', organization: null });
    markazi.call('sessions.create', { workingGroupId: group.id, date: '1399/01/07' });
    expect(hq.take(markazi.send())).toMatchObject({ status: 'imported' });
    const rows = hq.call('sessions.calendar', { from: '1399/01/01', to: '1399/01/31' });
    expect(rows.map((r) => r.id)).toEqual([hq.sessionId]);
    expect(rows[0]).toMatchObject({ date: '1399/01/07', status: 'final' });
    expect(markazi.call('sessions.calendar', { from: '1399/01/01', to: '1399/01/31' })).toHaveLength(1);
  });

  it.each([
    [{ from: 'فردا', to: '1403/12/30' }, 'from', /تاریخ شمسی نیست/],
    [{ from: '1404/12/30', to: '1405/01/10' }, 'from', /تاریخ معتبری در تقویم شمسی نیست/],
    [{ from: '1403/12/30', to: '1403/12/01' }, 'to', /پیش از تاریخ آغاز/],
    [{ from: '1403/10/01', to: '1404/01/02' }, 'to', /بیش از سه ماه/],
  ])('refuses %j in Persian, naming the field', (input, path, message) => {
    const { dispatch } = setup();
    const error = refusal(dispatch('sessions.calendar', input));
    expect(error).toMatchObject({ code: 'invalid_input', path });
    expect(error?.message).toMatch(message);
  });

  it('takes a span of three months exactly', () => {
    const { call } = setup();
    expect(call('sessions.calendar', { from: '1403/10/01', to: '1404/01/01' })).toEqual([]);
  });
});
