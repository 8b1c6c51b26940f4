// The app has two Jalali calendars: core's (electron/core/domain/jalali.ts: due dates, validation,
// reports) and @internationalized/date's Persian calendar behind the renderer's date picker and
// «today». They must agree on every day, or a picked date and its due date would differ.
import { CalendarDate, GregorianCalendar, PersianCalendar, toCalendar } from '@internationalized/date';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  gregorianToJalali,
  isJalaliLeapYear,
  jalaliMonthLength,
  jalaliToGregorian,
} from '../../../electron/core/domain/jalali';

const persian = new PersianCalendar();
const gregorian = new GregorianCalendar();
const pad = (n: number) => String(n).padStart(2, '0');
const show = (d: { year: number; month: number; day: number }, sep: string) =>
  `${d.year}${sep}${pad(d.month)}${sep}${pad(d.day)}`;

describe('core and the date picker agree on the Jalali calendar', () => {
  it('on every day from 1300/01/01 to 1499/12/end, both ways', () => {
    let date = '1300/01/01';
    let days = 0;
    const disagreements: string[] = [];
    while (date < '1500/01/01') {
      const [y, m, d] = date.split('/').map(Number) as [number, number, number];
      // Jalali → Gregorian by the picker's calendar, against core.
      const picked = toCalendar(new CalendarDate(persian, y, m, d), gregorian);
      if (show(picked, '-') !== jalaliToGregorian(date)) disagreements.push(`${date} → ${show(picked, '-')}`);
      // Gregorian → Jalali by the picker's calendar («today»), against core.
      const back = toCalendar(new CalendarDate(picked.year, picked.month, picked.day), persian);
      if (show(back, '/') !== gregorianToJalali(show(picked, '-')))
        disagreements.push(`${show(picked, '-')} → ${show(back, '/')}`);
      date = addDays(date, 1);
      days++;
    }
    expect(disagreements).toEqual([]);
    // Every day of those 200 years was compared: 1921-03-21 to 2121-03-20.
    expect(days).toBe((Date.UTC(2121, 2, 21) - Date.UTC(1921, 2, 21)) / 86_400_000);
  });

  it('on the length of every month and on leap years', () => {
    const differ: string[] = [];
    for (let year = 1300; year < 1500; year++) {
      // A leap year's Esfand has 30 days.
      if ((persian.getDaysInMonth(new CalendarDate(persian, year, 12, 1)) === 30) !== isJalaliLeapYear(year))
        differ.push(`${year}`);
      for (let month = 1; month <= 12; month++)
        if (persian.getDaysInMonth(new CalendarDate(persian, year, month, 1)) !== jalaliMonthLength(year, month))
          differ.push(`${year}/${month}`);
    }
    expect(differ).toEqual([]);
  });
});
