// The Jalali month as weeks from Saturday, and dates between @internationalized/date's Persian
// calendar and the stored «YYYY/MM/DD»: no calendar arithmetic of our own.
import { CalendarDate, endOfMonth, getDayOfWeek, PersianCalendar, startOfMonth } from '@internationalized/date';

export const persian = new PersianCalendar();

const pad = (n: number) => String(n).padStart(2, '0');

/** The stored form: `1403/12/30`, Latin digits. */
export const stored = (d: CalendarDate): string => `${d.year}/${pad(d.month)}/${pad(d.day)}`;

/** A stored date as a Persian-calendar date. */
export function fromStored(date: string): CalendarDate {
  const [year = 0, month = 1, day = 1] = date.split('/').map(Number);
  return new CalendarDate(persian, year, month, day);
}

/** The first and last day of the month holding `d`, as the calendar asks the core for them. */
export function monthSpan(d: CalendarDate): { from: string; to: string } {
  return { from: stored(startOfMonth(d)), to: stored(endOfMonth(d)) };
}

/** The month's days in rows of seven, Saturday first as an Iranian calendar; null outside the month. */
export function monthWeeks(d: CalendarDate): (CalendarDate | null)[][] {
  const first = startOfMonth(d);
  const days = persian.getDaysInMonth(first);
  const cells: (CalendarDate | null)[] = Array.from({ length: getDayOfWeek(first, 'fa-IR', 'sat') }, () => null);
  for (let i = 0; i < days; i++) cells.push(first.add({ days: i }));
  while (cells.length % 7 !== 0) cells.push(null);
  return Array.from({ length: cells.length / 7 }, (_, w) => cells.slice(w * 7, w * 7 + 7));
}
