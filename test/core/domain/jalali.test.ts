// Jalali parsing, validation and Gregorian conversion, including the leap years and the
// January–February dates that jalaliday's own Gregorian → Jalali conversion gets wrong.
import { describe, expect, it } from 'vitest';
import dayjs from 'dayjs';
import jalaliday from 'jalaliday';
import {
  addDays,
  formatJalaliFa,
  gregorianToJalali,
  isJalaliLeapYear,
  jalaliMonthLength,
  jalaliToGregorian,
  jalaliYear,
  parseJalaliDate,
  parseTime,
} from '../../../electron/core/domain/jalali';

dayjs.extend(jalaliday);

describe('parseJalaliDate', () => {
  it.each([
    ['1399/02/02', '1399/02/02'],
    ['۱۳۹۹/۰۲/۰۲', '1399/02/02'],
    ['١٣٩٩/٠٢/٠٢', '1399/02/02'],
    ['۱۳۹۹/۲/۲', '1399/02/02'],
    ['1399/2/2', '1399/02/02'],
    ['1399-02-02', '1399/02/02'],
    ['۱۳۹۹-۱۰-۵', '1399/10/05'],
    ['  ۱۴۰۳/۱۲/۳۰ \n', '1403/12/30'],
    ['\u200f۱۳۹۹/۰۲/۰۲\u200e', '1399/02/02'],
    ['۱۳۹۹/٠٢/2', '1399/02/02'],
  ])('accepts %j as %s', (input, date) => {
    expect(parseJalaliDate(input)).toEqual({ ok: true, date });
  });

  it.each([
    '۹۹/۲/۲',
    '99/02/02',
    '13990202',
    '1399/02',
    '1399/02/02/01',
    '1399.02.02',
    '1399/02-02',
    '1399/002/02',
    '1399/02/002',
    '',
    'فردا',
    '1399/02/02 10:00',
    '+1399/02/02',
  ])('rejects %j as a format error', (input) => {
    expect(parseJalaliDate(input)).toEqual({ ok: false, reason: 'format' });
  });

  it.each([
    '1399/13/01',
    '1399/00/10',
    '1399/01/00',
    '1399/01/32',
    '1399/07/31',
    '1399/11/31',
    '1400/12/30',
    '1404/12/30',
    '0999/01/01',
    '9999/01/01',
  ])('rejects %j as an invalid date', (input) => {
    expect(parseJalaliDate(input)).toEqual({ ok: false, reason: 'invalid' });
  });

  it('accepts the 30th of Esfand in leap years only', () => {
    expect(parseJalaliDate('1399/12/30')).toEqual({ ok: true, date: '1399/12/30' });
    expect(parseJalaliDate('۱۴۰۰/۱۲/۳۰')).toEqual({ ok: false, reason: 'invalid' });
    expect(parseJalaliDate('1403/12/30')).toEqual({ ok: true, date: '1403/12/30' });
    expect(parseJalaliDate('1408/12/30')).toEqual({ ok: true, date: '1408/12/30' });
    expect(parseJalaliDate('1400/12/29')).toEqual({ ok: true, date: '1400/12/29' });
  });

  it('accepts the 31st in the first six months', () => {
    expect(parseJalaliDate('1399/06/31')).toEqual({ ok: true, date: '1399/06/31' });
    expect(parseJalaliDate('1399/01/31')).toEqual({ ok: true, date: '1399/01/31' });
  });
});

describe('leap years and month lengths', () => {
  it('knows the leap years from 1370 to 1420', () => {
    const leaps = Array.from({ length: 51 }, (_, i) => 1370 + i).filter(isJalaliLeapYear);
    expect(leaps).toEqual([1370, 1375, 1379, 1383, 1387, 1391, 1395, 1399, 1403, 1408, 1412, 1416, 1420]);
  });

  it('gives 31 days to months 1-6, 30 to 7-11, and 29/30 to Esfand', () => {
    expect([1, 2, 3, 4, 5, 6].map((m) => jalaliMonthLength(1400, m))).toEqual([31, 31, 31, 31, 31, 31]);
    expect([7, 8, 9, 10, 11].map((m) => jalaliMonthLength(1400, m))).toEqual([30, 30, 30, 30, 30]);
    expect(jalaliMonthLength(1400, 12)).toBe(29);
    expect(jalaliMonthLength(1399, 12)).toBe(30);
    expect(jalaliMonthLength(1403, 12)).toBe(30);
  });

  it('rejects months outside 1..12', () => {
    expect(() => jalaliMonthLength(1400, 0)).toThrow(RangeError);
    expect(() => jalaliMonthLength(1400, 13)).toThrow(RangeError);
  });
});

describe('Gregorian conversion', () => {
  it.each([
    ['1399/02/02', '2020-04-21'],
    ['1398/12/29', '2020-03-19'],
    ['1399/01/01', '2020-03-20'],
    ['1399/12/30', '2021-03-20'],
    ['1400/01/01', '2021-03-21'],
    ['1403/12/30', '2025-03-20'],
    ['1404/01/01', '2025-03-21'],
    ['1357/11/22', '1979-02-11'],
    // January–February of Gregorian leap years, where jalaliday's toJalaali is a day ahead.
    ['1378/10/11', '2000-01-01'],
    ['1398/10/11', '2020-01-01'],
    ['1398/11/01', '2020-01-21'],
    ['1402/12/01', '2024-02-20'],
    ['1402/12/10', '2024-02-29'],
  ])('%s ↔ %s', (jalali, iso) => {
    expect(jalaliToGregorian(jalali)).toBe(iso);
    expect(gregorianToJalali(iso)).toBe(jalali);
  });

  it('round-trips every day from 1300 to 1500 and agrees with ICU and jalaliday (Jalali → Gregorian)', () => {
    const icu = new Intl.DateTimeFormat('en-u-ca-persian', {
      timeZone: 'UTC',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    let date = '1300/01/01';
    let time = Date.UTC(1921, 2, 21);
    while (date < '1500/01/01') {
      const iso = new Date(time).toISOString().slice(0, 10);
      expect(jalaliToGregorian(date)).toBe(iso);
      expect(gregorianToJalali(iso)).toBe(date);
      if (date.endsWith('/01')) {
        const parts = Object.fromEntries(icu.formatToParts(new Date(time)).map((p) => [p.type, p.value]));
        expect(`${parts.year}/${parts.month}/${parts.day}`).toBe(date);
        expect(dayjs(`${date} 12:00`, { jalali: true }).format('YYYY-MM-DD')).toBe(iso);
      }
      date = addDays(date, 1);
      time += 86_400_000;
    }
  });

  it('throws on dates that are not canonical or not valid', () => {
    expect(() => jalaliToGregorian('1400/12/30')).toThrow(RangeError);
    expect(() => jalaliToGregorian('1399/2/2')).toThrow(RangeError);
    expect(() => jalaliToGregorian('۱۳۹۹/۰۲/۰۲')).toThrow(RangeError);
    expect(() => gregorianToJalali('2021-02-29')).toThrow(RangeError);
    expect(() => gregorianToJalali('2020/04/21')).toThrow(RangeError);
    expect(() => gregorianToJalali('0099-04-21')).toThrow(RangeError);
  });
});

describe('formatJalaliFa and jalaliYear', () => {
  it('prints with Persian digits', () => {
    expect(formatJalaliFa('1399/02/02')).toBe('۱۳۹۹/۰۲/۰۲');
    expect(formatJalaliFa('1403/12/30')).toBe('۱۴۰۳/۱۲/۳۰');
  });

  it('reads the year', () => {
    expect(jalaliYear('1399/02/02')).toBe(1399);
  });

  it('refuses non-canonical input', () => {
    expect(() => formatJalaliFa('1399/2/2')).toThrow(RangeError);
    expect(() => jalaliYear('۱۳۹۹/۰۲/۰۲')).toThrow(RangeError);
  });
});

describe('parseTime', () => {
  it.each([
    ['9:30', '09:30'],
    ['09:30', '09:30'],
    ['۰۹:۳۰', '09:30'],
    ['۹:۳۰', '09:30'],
    ['٠٩:٣٠', '09:30'],
    [' 14:05 ', '14:05'],
    ['0:00', '00:00'],
    ['23:59', '23:59'],
  ])('reads %j as %s', (input, time) => {
    expect(parseTime(input)).toBe(time);
  });

  it.each(['24:00', '12:60', '9:5', '930', '09.30', '009:30', '', 'ساعت ۹', '-1:30'])('refuses %j', (input) => {
    expect(parseTime(input)).toBeNull();
  });
});
