// Today's date in the Jalali calendar as `YYYY/MM/DD`, from @internationalized/date's Persian calendar.
import { getLocalTimeZone, PersianCalendar, toCalendar, today } from '@internationalized/date';

export function todayJalali(): string {
  const d = toCalendar(today(getLocalTimeZone()), new PersianCalendar());
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.year}/${pad(d.month)}/${pad(d.day)}`;
}
