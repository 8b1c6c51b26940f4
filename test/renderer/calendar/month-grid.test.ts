// The calendar of sessions' month grid: weeks from Saturday, every day of the month once, Esfand of
// a leap year with its 30th day, and the span the core is asked for.
import { describe, expect, it } from 'vitest';
import { jalaliToGregorian } from '../../../electron/core/domain/jalali';
import { fromStored, monthSpan, monthWeeks, stored } from '../../../renderer/src/features/calendar/month-grid';

const days = (d: string) =>
  monthWeeks(fromStored(d))
    .flat()
    .flatMap((c) => (c ? [stored(c)] : []));

describe('the month grid', () => {
  it('puts each day under its weekday, Saturday first', () => {
    // 1403/12/01 was a Wednesday (2025-02-19): Saturday to Tuesday before it are empty.
    expect(new Date(`${jalaliToGregorian('1403/12/01')}T12:00:00Z`).getUTCDay()).toBe(3);
    const weeks = monthWeeks(fromStored('1403/12/15'));
    expect(weeks[0]!.slice(0, 4).map((c) => c && stored(c))).toEqual([null, null, null, null]);
    expect(stored(weeks[0]![4]!)).toBe('1403/12/01');
    for (const w of weeks) expect(w).toHaveLength(7);
    // Every Saturday of the month stands in the first column.
    for (const w of weeks)
      for (const [i, c] of w.entries())
        if (c) expect(new Date(`${jalaliToGregorian(stored(c))}T12:00:00Z`).getUTCDay()).toBe((i + 6) % 7);
  });

  it('holds 30 days in Esfand of a leap year, 29 in another, each once', () => {
    expect(days('1403/12/01')).toHaveLength(30);
    expect(days('1403/12/01').at(-1)).toBe('1403/12/30');
    expect(days('1404/12/01')).toHaveLength(29);
    expect(days('1404/01/01')).toHaveLength(31);
    expect(new Set(days('1404/07/01')).size).toBe(30);
    expect(monthSpan(fromStored('1403/12/10'))).toEqual({ from: '1403/12/01', to: '1403/12/30' });
  });

  it('moves across the year: Esfand, then Farvardin of the next year', () => {
    const next = fromStored('1403/12/30').add({ months: 1 });
    expect(monthSpan(next)).toEqual({ from: '1404/01/01', to: '1404/01/31' });
    expect(monthSpan(fromStored('1404/01/01').subtract({ months: 1 }))).toEqual({
      from: '1403/12/01',
      to: '1403/12/30',
    });
  });
});
