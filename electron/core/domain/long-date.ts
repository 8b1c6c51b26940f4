// A Jalali date as a letter writes it: «سه‌شنبه ۲ اردیبهشت ۱۳۹۹», the weekday its true one,
// counted from the Gregorian day (jalali.ts), never typed.
import { toPersianDigits } from '../../contract/persian-text';
import { MONTHS } from './date-phrases';
import { jalaliToGregorian } from './jalali';

/** By JavaScript's getUTCDay: 0 is Sunday (یکشنبه); the Persian week starts on شنبه. */
const WEEKDAYS = ['یکشنبه', 'دوشنبه', 'سه‌شنبه', 'چهارشنبه', 'پنج‌شنبه', 'جمعه', 'شنبه'] as const;

/** The weekday of a canonical Jalali date: 1399/02/02 (2020-04-21) → «سه‌شنبه». */
export function jalaliWeekday(date: string): string {
  const day = new Date(`${jalaliToGregorian(date)}T00:00:00Z`).getUTCDay();
  return WEEKDAYS[day]!;
}

/** «سه‌شنبه ۲ اردیبهشت ۱۳۹۹»: weekday, day without its zero, month by name, year; Persian digits. */
export function longJalaliDate(date: string): string {
  const [year, month, day] = date.split('/').map(Number) as [number, number, number];
  return `${jalaliWeekday(date)} ${toPersianDigits(day)} ${MONTHS[month - 1]!} ${toPersianDigits(year)}`;
}
