// How a stored instant and a file size are shown: the Jalali date and 24-hour time, Persian digits.
import { CalendarDate, fromDate, getLocalTimeZone, PersianCalendar, toCalendar } from '@internationalized/date';
import { faDigits } from './digits';
import { fa } from './fa';

const two = (n: number) => String(n).padStart(2, '0');

/**
 * An ISO instant as «۱۴۰۵/۰۹/۱۰، ۰۹:۰۴»: the Jalali date as dates are written everywhere else in
 * Dabir, the Persian comma, the time to the minute (the machine's time zone unless given).
 * `toLocaleString('fa-IR-u-ca-persian')` gave «۱۴۰۵/۹/۱۰, ۹:۰۴:۰۰» — Latin comma, no zeros, seconds.
 */
export function jalaliMoment(iso: string, timeZone = getLocalTimeZone()): string {
  const t = fromDate(new Date(iso), timeZone);
  const d = toCalendar(t, new PersianCalendar());
  return faDigits(`${d.year}/${two(d.month)}/${two(d.day)}، ${two(t.hour)}:${two(t.minute)}`);
}

/** A size in whole kilobytes, at least one. */
export const kilobytes = (bytes: number): string =>
  fa.common.kilobytes(faDigits(Math.max(1, Math.round(bytes / 1024))));

/**
 * A Jalali date (`YYYY/MM/DD`) as «سه‌شنبه ۲ آذر ۱۴۰۵»: its weekday from the calendar library (the
 * day it falls on in the Gregorian calendar), the month by name.
 */
export function longJalali(date: string): string {
  const [y, m, d] = date.split('/').map(Number) as [number, number, number];
  const day = new CalendarDate(new PersianCalendar(), y, m, d).toDate(getLocalTimeZone());
  const weekday = new Intl.DateTimeFormat('fa-IR', { weekday: 'long' }).format(day);
  return `${weekday} ${faDigits(d)} ${fa.calendar.months[m - 1]} ${faDigits(y)}`;
}
