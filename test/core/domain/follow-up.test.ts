// Overdue and due-soon, around the due date, for every deadline kind, with a fixed «today».
import { describe, expect, it } from 'vitest';
import type { Deadline, ResolutionStatus } from '../../../electron/contract';
import { dueDate } from '../../../electron/core/domain/deadlines';
import { completionRate, isDueSoon, isOverdue, isUnreported } from '../../../electron/core/domain/follow-up';
import { addDays } from '../../../electron/core/domain/jalali';

const session = '1399/02/02';
const kinds: [Deadline, string | null][] = [
  [{ kind: 'days', value: 10 }, '1399/02/12'],
  [{ kind: 'weeks', value: 2 }, '1399/02/16'],
  [{ kind: 'months', value: 1 }, '1399/03/02'],
  [{ kind: 'date', value: '1399/03/31' }, '1399/03/31'],
  [{ kind: 'immediate' }, '1399/02/05'],
  [{ kind: 'continuous' }, null],
  [{ kind: 'text', value: 'پس از تصویب بودجه' }, null],
];

describe('overdue', () => {
  it.each(kinds)('%o: on time on its due date, overdue the day after, only while open', (deadline, due) => {
    const d = dueDate(session, deadline, 3);
    expect(d).toBe(due);
    const at = (status: ResolutionStatus, today: string) => isOverdue({ dueDate: d, status }, today);
    if (d === null) {
      // مستمر and free-text deadlines have no due date: never overdue, whatever the day.
      for (const today of ['1399/02/02', '1400/01/01', '1410/12/29'])
        expect(at('not_started', today) || at('in_progress', today)).toBe(false);
      return;
    }
    const dayBefore = addDays(d, -1);
    const dayAfter = addDays(d, 1);
    expect(at('not_started', dayBefore)).toBe(false);
    expect(at('not_started', d)).toBe(false);
    expect(at('not_started', dayAfter)).toBe(true);
    expect(at('in_progress', dayAfter)).toBe(true);
    expect(at('done', dayAfter)).toBe(false);
    expect(at('cancelled', dayAfter)).toBe(false);
  });

  it('crosses month and year ends in the Jalali calendar', () => {
    expect(isOverdue({ dueDate: '1399/06/31', status: 'not_started' }, '1399/07/01')).toBe(true);
    expect(isOverdue({ dueDate: '1399/12/30', status: 'in_progress' }, '1399/12/30')).toBe(false);
    expect(isOverdue({ dueDate: '1399/12/30', status: 'in_progress' }, '1400/01/01')).toBe(true);
  });
});

describe('due soon', () => {
  it('is today through seven days ahead, for open resolutions only', () => {
    const r = (dueDate: string | null, status: ResolutionStatus = 'not_started') => ({ dueDate, status });
    const today = '1399/12/27';
    expect(isDueSoon(r('1399/12/27'), today)).toBe(true);
    expect(isDueSoon(r('1400/01/04'), today)).toBe(true); // 1399 is a leap year: 12/30 exists
    expect(isDueSoon(r('1400/01/05'), today)).toBe(false);
    expect(isDueSoon(r('1399/12/26'), today)).toBe(false);
    expect(isDueSoon(r('1399/12/28', 'done'), today)).toBe(false);
    expect(isDueSoon(r(null), today)).toBe(false);
  });
});

describe('no report for 30 days', () => {
  const today = '1400/01/10';
  const q = (sessionDate: string, lastReport: string | null, status: 'not_started' | 'done' = 'not_started') => ({
    dueDate: null,
    status,
    sessionDate,
    lastReport,
  });
  it('is an open resolution of a session 30 days old or more with no report since (across Esfand of a leap year)', () => {
    // 30 days before 1400/01/10 is 1399/12/10 (1399 has 30 Esfand).
    expect(isUnreported(q('1399/12/10', null), today)).toBe(true);
    expect(isUnreported(q('1399/12/11', null), today)).toBe(false);
    expect(isUnreported(q('1399/06/01', '1399/12/10'), today)).toBe(true);
    expect(isUnreported(q('1399/06/01', '1399/12/11'), today)).toBe(false);
    expect(isUnreported(q('1399/06/01', null, 'done'), today)).toBe(false);
  });
});

describe('completion rate', () => {
  it('counts done over what was not cancelled', () => {
    expect(completionRate(64, 78, 0)).toBeCloseTo(64 / 78);
    expect(completionRate(3, 5, 1)).toBe(0.75);
    expect(completionRate(0, 2, 2)).toBeNull();
  });
});
