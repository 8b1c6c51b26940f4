// Dates as minutes write them, found in folded text (match-text.ts: Latin digits, ی/ک):
// «1399/02/02»، «99/2/2» (a two-digit year, its century decided by the caller), «1403-02-20»,
// «2 اردیبهشت 1399» (the month by name, the year optional), and a Gregorian 2021-05-09.
import { gregorianToJalali, jalaliMonthLength } from './jalali';

export const MONTHS = [
  'فروردین',
  'اردیبهشت',
  'خرداد',
  'تیر',
  'مرداد',
  'شهریور',
  'مهر',
  'آبان',
  'آذر',
  'دی',
  'بهمن',
  'اسفند',
] as const;
const MONTH_NAMES = `(${[...MONTHS, 'امرداد'].sort((a, b) => b.length - a.length).join('|')})`;

export interface DatePhrase {
  /** Four digits, or two when `shortYear` (the century is the caller's to infer); null: not written. */
  year: number | null;
  month: number;
  day: number;
  shortYear: boolean;
  index: number;
  end: number;
}

const NOT_DIGIT_BEFORE = '(?<![0-9/\\-.])';
const NOT_DIGIT_AFTER = '(?![0-9]|[/\\-.][0-9])';
const SEP = '\\s*[/\\-.]\\s*';

const FORMS: { pattern: RegExp; read: (m: RegExpExecArray) => Omit<DatePhrase, 'index' | 'end'> | null }[] = [
  {
    pattern: new RegExp(`${NOT_DIGIT_BEFORE}([0-9]{4})${SEP}([0-9]{1,2})${SEP}([0-9]{1,2})${NOT_DIGIT_AFTER}`, 'g'),
    read: (m) => fourDigit(Number(m[1]), Number(m[2]), Number(m[3])),
  },
  {
    pattern: new RegExp(`${NOT_DIGIT_BEFORE}([0-9]{1,2})${SEP}([0-9]{1,2})${SEP}([0-9]{4})${NOT_DIGIT_AFTER}`, 'g'),
    read: (m) => fourDigit(Number(m[3]), Number(m[2]), Number(m[1])),
  },
  {
    pattern: new RegExp(
      `${NOT_DIGIT_BEFORE}([0-9]{2})\\s*/\\s*([0-9]{1,2})\\s*/\\s*([0-9]{1,2})${NOT_DIGIT_AFTER}`,
      'g',
    ),
    read: (m) => ({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]), shortYear: true }),
  },
  {
    pattern: new RegExp(
      `${NOT_DIGIT_BEFORE}([0-9]{1,2})\\s*(?:ام|م)?\\s*${MONTH_NAMES}(?:\\s*ماه)?(?:\\s*(?:سال|،|,))?(?:\\s*([0-9]{4}|[0-9]{2})(?![0-9]))?`,
      'g',
    ),
    read: (m) => {
      const month = monthNumber(m[2]!);
      const y = m[3];
      return { year: y ? Number(y) : null, month, day: Number(m[1]), shortYear: y?.length === 2 };
    },
  },
];

function monthNumber(name: string): number {
  return name === 'امرداد' ? 5 : MONTHS.indexOf(name as (typeof MONTHS)[number]) + 1;
}

function fourDigit(year: number, month: number, day: number): Omit<DatePhrase, 'index' | 'end'> | null {
  if (year >= 1900 && year <= 2200) {
    // A Gregorian date (a print-out from another system): the same day in the Jalali calendar.
    const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    try {
      const [y, mo, d] = gregorianToJalali(iso).split('/').map(Number);
      return { year: y!, month: mo!, day: d!, shortYear: false };
    } catch {
      return null;
    }
  }
  return { year, month, day, shortYear: false };
}

/** Every date in the folded text, in order, the longest form winning where two overlap. */
export function findDates(folded: string): DatePhrase[] {
  const found: DatePhrase[] = [];
  for (const form of FORMS) {
    for (const m of folded.matchAll(form.pattern)) {
      const read = form.read(m);
      if (!read || read.month < 1 || read.month > 12 || read.day < 1 || read.day > 31) continue;
      const index = m.index;
      const end = index + m[0].length;
      if (found.some((f) => index < f.end && end > f.index)) continue;
      found.push({ ...read, index, end });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/** `YYYY/MM/DD` when the parts make a real Jalali date, else null. */
export function canonicalDate(year: number, month: number, day: number): string | null {
  if (year < 1000 || year > 3000 || month < 1 || month > 12) return null;
  if (day < 1 || day > jalaliMonthLength(year, month)) return null;
  return `${year}/${String(month).padStart(2, '0')}/${String(day).padStart(2, '0')}`;
}

/** The last day of a Jalali month: «تا پایان خرداد» of 1401 → 1401/03/31. */
export function endOfMonth(year: number, month: number): string {
  return canonicalDate(year, month, jalaliMonthLength(year, month))!;
}
