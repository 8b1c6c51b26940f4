// Dates as minutes write them, found in folded text: four- and two-digit years, dashes, month names, Gregorian.
import { describe, expect, it } from 'vitest';
import { canonicalDate, endOfMonth, findDates } from '../../../electron/core/domain/date-phrases';
import { matchText } from '../../../electron/core/past-minutes/match-text';

const first = (s: string) => {
  const d = findDates(matchText(s))[0];
  return d && { year: d.year, month: d.month, day: d.day, shortYear: d.shortYear };
};

describe('dates in minutes', () => {
  it('reads the forms minutes use', () => {
    expect(first('تاریخ جلسه: ۱۳۹۹/۰۲/۰۲')).toEqual({ year: 1399, month: 2, day: 2, shortYear: false });
    expect(first('در تاریخ ۹۹/۲/۲ برگزار شد')).toEqual({ year: 99, month: 2, day: 2, shortYear: true });
    expect(first('مورخ 1403-02-20')).toEqual({ year: 1403, month: 2, day: 20, shortYear: false });
    expect(first('روز سه‌شنبه ۲ اردیبهشت ۱۳۹۹')).toEqual({ year: 1399, month: 2, day: 2, shortYear: false });
    expect(first('۱۵ خرداد ماه')).toEqual({ year: null, month: 3, day: 15, shortYear: false });
    expect(first('٢٠/٠٢/١٣٩٩')).toEqual({ year: 1399, month: 2, day: 20, shortYear: false });
  });

  it('turns a Gregorian date into its Jalali day', () => {
    expect(first('2020-04-21')).toEqual({ year: 1399, month: 2, day: 2, shortYear: false });
  });

  it('leaves numbers that are not dates', () => {
    expect(first('حساب شماره ۹۰۰۷ ۷۵۳۸ ۳۳۷۸')).toBeUndefined();
    expect(first('۱۶ جلسه، ۷۸ مصوبه')).toBeUndefined();
    expect(first('۱۳۹۹/۱۳/۰۱')).toBeUndefined();
  });

  it('knows a month’s end and refuses days the calendar has not', () => {
    expect(endOfMonth(1401, 3)).toBe('1401/03/31');
    expect(endOfMonth(1399, 12)).toBe('1399/12/30');
    expect(endOfMonth(1400, 12)).toBe('1400/12/29');
    expect(canonicalDate(1400, 12, 30)).toBeNull();
  });
});
