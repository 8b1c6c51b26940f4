// Jalali calendar dates as canonical `YYYY/MM/DD` strings (Latin digits): parsing user input,
// validation, conversion to and from Gregorian, day/month arithmetic, and `HH:MM` times.
import dayjs from 'dayjs';
import jalaliday from 'jalaliday';
import { toLatinDigits, toPersianDigits } from '../../contract/persian-text';

dayjs.extend(jalaliday);

export type ParsedDate = { ok: true; date: string } | { ok: false; reason: 'format' | 'invalid' };

// jalaliday 3.1.1 converts Jalali → Gregorian correctly (the jalaali-js 33-year breaks table),
// but its Gregorian → Jalali direction is wrong by a day in January–February of Gregorian leap
// years (2020-01-21 comes out as 1398/11/02, not 1398/11/01), and `.calendar('jalali')`
// formatting and month arithmetic go through it. So dayjs is used only to find each year's
// Nowruz; everything else counts days from it, which also keeps the result independent of the
// time zone and DST.
//
// The year range is where that table is defined (it ends at 3177), with room for a year after.
const FIRST_YEAR = 1000;
const LAST_YEAR = 3000;
const DAY_MS = 86_400_000;

interface Parts {
  year: number;
  month: number;
  day: number;
}

const nowruzCache = new Map<number, number>();

/** Day number (days since 1970-01-01) of Farvardin 1st of `year`. */
function nowruz(year: number): number {
  if (!Number.isInteger(year) || year < FIRST_YEAR || year > LAST_YEAR + 1) {
    throw new RangeError(`Jalali year out of range ${FIRST_YEAR}..${LAST_YEAR}: ${year}`);
  }
  let day = nowruzCache.get(year);
  if (day === undefined) {
    // Noon, so that a DST jump at midnight cannot move the parsed instant to another day.
    const local = dayjs(`${year}/01/01 12:00`, { jalali: true }).toDate();
    day = Date.UTC(local.getFullYear(), local.getMonth(), local.getDate()) / DAY_MS;
    nowruzCache.set(year, day);
  }
  return day;
}

export function isJalaliLeapYear(year: number): boolean {
  return nowruz(year + 1) - nowruz(year) === 366;
}

export function jalaliMonthLength(year: number, month: number): number {
  if (!Number.isInteger(month) || month < 1 || month > 12)
    throw new RangeError(`Jalali month out of range 1..12: ${month}`);
  if (month <= 6) return 31;
  if (month <= 11) return 30;
  return isJalaliLeapYear(year) ? 30 : 29;
}

function isValid({ year, month, day }: Parts): boolean {
  return (
    year >= FIRST_YEAR &&
    year <= LAST_YEAR &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= jalaliMonthLength(year, month)
  );
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function format({ year, month, day }: Parts): string {
  return `${pad(year, 4)}/${pad(month)}/${pad(day)}`;
}

/** Reads a canonical date; anything else is a caller bug, not user input, so it throws. */
function partsOf(date: string): Parts {
  const m = /^(\d{4})\/(\d{2})\/(\d{2})$/.exec(date);
  const parts = m && { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  if (!parts || !isValid(parts)) throw new RangeError(`Not a valid canonical Jalali date: ${date}`);
  return parts;
}

function toDayNumber({ year, month, day }: Parts): number {
  const daysBeforeMonth = month <= 7 ? (month - 1) * 31 : 186 + (month - 7) * 30;
  return nowruz(year) + daysBeforeMonth + day - 1;
}

function fromDayNumber(dayNumber: number): Parts {
  const gregorianYear = new Date(dayNumber * DAY_MS).getUTCFullYear();
  let year = gregorianYear - 621;
  if (dayNumber < nowruz(year)) year -= 1;
  const offset = dayNumber - nowruz(year);
  if (offset < 186) return { year, month: Math.floor(offset / 31) + 1, day: (offset % 31) + 1 };
  return { year, month: Math.floor((offset - 186) / 30) + 7, day: ((offset - 186) % 30) + 1 };
}

// Bidi marks often come along when a date is pasted from Word or a PDF.
const BIDI_MARKS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Parses a date typed or imported by a person: Persian, Arabic-Indic or Latin digits, `/` or `-`. */
export function parseJalaliDate(input: string): ParsedDate {
  const m = /^(\d{4})([/-])(\d{1,2})\2(\d{1,2})$/.exec(toLatinDigits(input).replace(BIDI_MARKS, '').trim());
  if (!m) return { ok: false, reason: 'format' };
  const parts = { year: Number(m[1]), month: Number(m[3]), day: Number(m[4]) };
  return isValid(parts) ? { ok: true, date: format(parts) } : { ok: false, reason: 'invalid' };
}

/** Canonical Jalali date → ISO `YYYY-MM-DD`. */
export function jalaliToGregorian(date: string): string {
  return new Date(toDayNumber(partsOf(date)) * DAY_MS).toISOString().slice(0, 10);
}

/** ISO `YYYY-MM-DD` → canonical Jalali date. */
export function gregorianToJalali(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const utc = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  if (!utc || utc.toISOString().slice(0, 10) !== iso) throw new RangeError(`Not a valid ISO date: ${iso}`);
  return format(fromDayNumber(utc.getTime() / DAY_MS));
}

export function addDays(date: string, days: number): string {
  if (!Number.isInteger(days)) throw new RangeError(`Days must be an integer: ${days}`);
  return format(fromDayNumber(toDayNumber(partsOf(date)) + days));
}

/** Days from one Jalali date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return toDayNumber(partsOf(to)) - toDayNumber(partsOf(from));
}

/** Adds Jalali months; the day is clamped to the target month (1399/06/31 + 1 month = 1399/07/30). */
export function addMonths(date: string, months: number): string {
  if (!Number.isInteger(months)) throw new RangeError(`Months must be an integer: ${months}`);
  const { year, month, day } = partsOf(date);
  const index = year * 12 + (month - 1) + months;
  const target = { year: Math.floor(index / 12), month: (index % 12) + 1, day: 1 };
  return format({ ...target, day: Math.min(day, jalaliMonthLength(target.year, target.month)) });
}

/** The Jalali date of `now` on the local calendar (the secretariat's wall clock). */
export function todayJalali(now: Date = new Date()): string {
  return format(fromDayNumber(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()) / DAY_MS));
}

/** `1399/02/02` → `۱۳۹۹/۰۲/۰۲`. */
export function formatJalaliFa(date: string): string {
  return toPersianDigits(format(partsOf(date)));
}

export function jalaliYear(date: string): number {
  return partsOf(date).year;
}

/** Parses `9:30`, `09:30`, `۰۹:۳۰` or Arabic-Indic digits to canonical `HH:MM`; null when not a time. */
export function parseTime(input: string): string | null {
  const m = /^(\d{1,2}):(\d{2})$/.exec(toLatinDigits(input).replace(BIDI_MARKS, '').trim());
  if (!m) return null;
  const hour = Number(m[1]);
  const minute = Number(m[2]);
  return hour <= 23 && minute <= 59 ? `${pad(hour)}:${pad(minute)}` : null;
}
