// The long date of a letter, its weekday computed: checked against days whose weekday is known
// (the Gregorian calendar's), across years, leap years and the year's ends.
import { describe, expect, it } from 'vitest';
import { jalaliToGregorian } from '../../../electron/core/domain/jalali';
import { jalaliWeekday, longJalaliDate } from '../../../electron/core/domain/long-date';

describe('long Jalali date', () => {
  it('gives each date its true weekday', () => {
    const known: [jalali: string, gregorian: string, weekday: string][] = [
      // The seed's session: 2020-04-21 was a Tuesday (the issue's «یکشنبه» is not).
      ['1399/02/02', '2020-04-21', 'سه‌شنبه'],
      ['1400/01/01', '2021-03-21', 'یکشنبه'],
      // 1399 is a leap year: its 30 Esfand is a Saturday.
      ['1399/12/30', '2021-03-20', 'شنبه'],
      ['1402/12/29', '2024-03-19', 'سه‌شنبه'],
      ['1403/01/01', '2024-03-20', 'چهارشنبه'],
      ['1357/11/22', '1979-02-11', 'یکشنبه'],
      ['1405/09/10', '2026-12-01', 'سه‌شنبه'],
    ];
    for (const [jalali, gregorian, weekday] of known) {
      expect(jalaliToGregorian(jalali)).toBe(gregorian);
      expect(jalaliWeekday(jalali), jalali).toBe(weekday);
    }
  });

  it('seven days on is the same weekday, one day on the next', () => {
    expect(jalaliWeekday('1399/02/09')).toBe('سه‌شنبه');
    expect(jalaliWeekday('1399/02/03')).toBe('چهارشنبه');
    expect(jalaliWeekday('1399/02/06')).toBe('شنبه');
    expect(jalaliWeekday('1399/02/07')).toBe('یکشنبه');
  });

  it('writes the day without its zero, the month by name, Persian digits', () => {
    expect(longJalaliDate('1399/02/02')).toBe('سه‌شنبه ۲ اردیبهشت ۱۳۹۹');
    expect(longJalaliDate('1403/12/25')).toBe('شنبه ۲۵ اسفند ۱۴۰۳');
    expect(longJalaliDate('1400/07/01')).toBe('پنج‌شنبه ۱ مهر ۱۴۰۰');
  });

  it('refuses what is not a canonical date', () => {
    expect(() => longJalaliDate('1400/12/30')).toThrow(RangeError);
    expect(() => jalaliWeekday('99/2/2')).toThrow(RangeError);
  });
});
