// Jalali day and month arithmetic, today's date, and independence from the time zone and DST.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { addDays, addMonths, daysBetween, gregorianToJalali, todayJalali } from '../../../electron/core/domain/jalali';

describe('daysBetween', () => {
  it('counts days across months, a leap Esfand and the new year, both ways', () => {
    expect(daysBetween('1399/02/05', '1399/03/11')).toBe(37);
    expect(daysBetween('1399/12/25', '1400/01/05')).toBe(10); // 1399 has 30 Esfand
    expect(daysBetween('1400/12/25', '1401/01/05')).toBe(9);
    expect(daysBetween('1399/03/11', '1399/02/05')).toBe(-37);
    expect(daysBetween('1399/02/02', addDays('1399/02/02', 400))).toBe(400);
  });
});

describe('addDays', () => {
  it.each([
    ['1399/02/02', 10, '1399/02/12'],
    ['1399/02/02', 0, '1399/02/02'],
    ['1399/06/31', 1, '1399/07/01'],
    ['1399/12/29', 1, '1399/12/30'],
    ['1399/12/30', 1, '1400/01/01'],
    ['1400/12/29', 1, '1401/01/01'],
    ['1400/01/01', -1, '1399/12/30'],
    ['1401/01/01', -1, '1400/12/29'],
    ['1399/01/01', 366, '1400/01/01'],
    ['1400/01/01', 365, '1401/01/01'],
    ['1399/02/02', 21, '1399/02/23'],
  ])('%s + %i days = %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });

  it('throws on a fractional count or an invalid date', () => {
    expect(() => addDays('1399/02/02', 1.5)).toThrow(RangeError);
    expect(() => addDays('1400/12/30', 1)).toThrow(RangeError);
  });
});

describe('addMonths', () => {
  it.each([
    ['1399/02/02', 1, '1399/03/02'],
    ['1399/06/31', 1, '1399/07/30'],
    ['1399/11/30', 1, '1399/12/30'],
    ['1400/11/30', 1, '1400/12/29'],
    ['1399/12/15', 1, '1400/01/15'],
    ['1399/12/30', 12, '1400/12/29'],
    ['1399/12/30', 48, '1403/12/30'],
    ['1400/01/31', -1, '1399/12/30'],
    ['1399/05/31', -2, '1399/03/31'],
    ['1399/01/31', 24, '1401/01/31'],
    ['1399/10/10', 3, '1400/01/10'],
    ['1399/02/02', 0, '1399/02/02'],
  ])('%s + %i months = %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });
});

describe('todayJalali', () => {
  it('uses the local calendar day of the given time', () => {
    expect(todayJalali(new Date(2020, 3, 21, 0, 5))).toBe('1399/02/02');
    expect(todayJalali(new Date(2020, 3, 21, 23, 55))).toBe('1399/02/02');
    expect(todayJalali(new Date(2025, 2, 20, 12))).toBe('1403/12/30');
  });

  it('defaults to now', () => {
    const now = new Date();
    const iso = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
    expect(todayJalali()).toBe(gregorianToJalali(iso));
  });
});

describe('time zones', () => {
  const original = process.env.TZ;
  afterEach(() => {
    process.env.TZ = original;
    vi.resetModules();
  });

  // Tehran had DST until 1401; São Paulo's DST began at midnight (2018-11-04 00:00 did not exist).
  it.each(['Asia/Tehran', 'America/Sao_Paulo', 'Pacific/Kiritimati', 'Pacific/Pago_Pago'])(
    'gives the same answers in %s',
    async (tz) => {
      process.env.TZ = tz;
      vi.resetModules();
      const j = await import('../../../electron/core/domain/jalali');
      expect(j.jalaliToGregorian('1399/02/02')).toBe('2020-04-21');
      expect(j.gregorianToJalali('2018-11-04')).toBe('1397/08/13');
      expect(j.addDays('1399/01/01', 1)).toBe('1399/01/02');
      expect(j.addDays('1397/08/12', 1)).toBe('1397/08/13');
      expect(j.isJalaliLeapYear(1403)).toBe(true);
      expect(j.todayJalali(new Date(2018, 10, 4, 12))).toBe('1397/08/13');
    },
  );
});
