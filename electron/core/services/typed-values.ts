// Checks dates and times as the secretary typed them (any digits) and returns them canonical,
// or throws invalid_input with a Persian message naming the field; «today» as given or the machine's.
import { parseJalaliDate, parseTime, todayJalali } from '../domain/jalali';
import { invalid } from '../errors';

export function dateProblem(input: string): string | null {
  const parsed = parseJalaliDate(input);
  if (parsed.ok) return null;
  return parsed.reason === 'format'
    ? `«${input}» تاریخ شمسی نیست؛ به شکل ۱۳۹۹/۰۲/۰۲ بنویسید (سال چهاررقمی)`
    : `«${input}» تاریخ معتبری در تقویم شمسی نیست`;
}

export function requireDate(input: string, path: string): string {
  const parsed = parseJalaliDate(input);
  if (!parsed.ok) throw invalid(dateProblem(input) ?? '', path);
  return parsed.date;
}

export function optionalDate(input: string | null, path: string): string | null {
  return input === null || input.trim() === '' ? null : requireDate(input, path);
}

export function timeProblem(input: string): string | null {
  return parseTime(input) === null ? `«${input}» ساعت معتبری نیست؛ به شکل ۰۹:۳۰ بنویسید` : null;
}

export function optionalTime(input: string | null, path: string): string | null {
  if (input === null || input.trim() === '') return null;
  const time = parseTime(input);
  if (time === null) throw invalid(timeProblem(input) ?? '', path);
  return time;
}

/** «today» as given (any digits, checked) or the machine's Jalali today. */
export const asOf = (today: string | undefined): string =>
  today === undefined ? todayJalali() : requireDate(today, 'today');
