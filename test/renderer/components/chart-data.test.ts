// The charts' figures apart from drawing: how values read, the integer ticks, labels in lines,
// long lists in pages, and how many bars a drawing must have before it is printed.
import { describe, expect, it } from 'vitest';
import {
  barsOf,
  countTicks,
  formatValue,
  pagesOf,
  wrapLabel,
} from '../../../renderer/src/components/charts/chart-data';
import { provinceRows } from '../../../renderer/src/components/charts/province-rows';

describe('chart figures', () => {
  it('reads counts and rates in Persian digits, a missing value as a dash', () => {
    expect(formatValue(16, 'count')).toBe('۱۶');
    expect(formatValue(0.625, 'percent')).toBe('۶۳٪');
    expect(formatValue(0, 'percent')).toBe('۰٪');
    expect(formatValue(null, 'percent')).toBe('—');
  });

  it('ticks from zero past the largest value in steps of 1, 2 or 5 times a power of ten', () => {
    expect(countTicks(0)).toEqual([0, 1]);
    expect(countTicks(4)).toEqual([0, 1, 2, 3, 4]);
    expect(countTicks(10)).toEqual([0, 2, 4, 6, 8, 10]);
    expect(countTicks(11)).toEqual([0, 5, 10, 15]);
    expect(countTicks(78)).toEqual([0, 20, 40, 60, 80]);
    expect(countTicks(1234)).toEqual([0, 500, 1000, 1500]);
  });

  it('breaks a long label between words, a word longer than the line keeping its own', () => {
    expect(wrapLabel('اداره کل میراث فرهنگی، صنایع دستی و گردشگری', 30)).toEqual([
      'اداره کل میراث فرهنگی، صنایع',
      'دستی و گردشگری',
    ]);
    expect(wrapLabel('  شهرداری   اراک ', 30)).toEqual(['شهرداری اراک']);
    expect(wrapLabel('بلند'.repeat(10), 8)).toEqual(['بلند'.repeat(10)]);
  });

  it('pages a long list, and counts the bars to wait for: a zero a sliver, stacked only what is above zero', () => {
    expect(pagesOf([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    const series = [
      { key: 'a', label: 'الف', color: '#000' },
      { key: 'b', label: 'ب', color: '#000' },
    ];
    const rows = [
      { label: 'یک', values: { a: 0, b: 2 } },
      { label: 'دو', values: { a: null, b: 1 } },
    ];
    expect(barsOf(rows, series)).toBe(3);
    expect(barsOf(rows, series, true)).toBe(2);
  });

  it('adds each province’s working groups up: done, open within the deadline, overdue', () => {
    const tally = (done: number, inProgress: number, notStarted: number, cancelled: number, overdue: number) => ({
      sessions: 1,
      finalSessions: 1,
      resolutions: done + inProgress + notStarted + cancelled,
      byStatus: { done, in_progress: inProgress, not_started: notStarted, cancelled },
      overdue,
      present: 0,
      absent: 0,
    });
    const row = (province: string, t: ReturnType<typeof tally>, id: string) => ({
      ...t,
      secretariatId: id,
      secretariatName: province,
      province,
      workingGroupId: id,
      workingGroupName: 'کارگروه',
    });
    expect(
      provinceRows([
        row('مرکزی', tally(2, 1, 2, 1, 1), 'a'),
        row('همدان', tally(0, 0, 5, 0, 3), 'b'),
        row('مرکزی', tally(1, 0, 0, 0, 0), 'c'),
      ]),
    ).toEqual([
      { label: 'مرکزی', values: { done: 3, open: 2, overdue: 1 } },
      { label: 'همدان', values: { done: 0, open: 2, overdue: 3 } },
    ]);
  });
});
