// Deadlines as minutes write them, into the kinds of minutes-format.md: «۱۰ روز»، «یکماه»، «دو هفته»،
// «مستمر»، «فوری»، «حداکثر تا تاریخ ۱۳۹۸/۰۲/۱۲»، «تا پایان خرداد ماه سال جاری» (to its date);
// what fits none («در اسرع وقت»، «در جلسه بعدی») is kept as text, as written.
import type { Deadline } from '../../contract';
import { canonicalDate, endOfMonth, findDates, MONTHS } from '../domain/date-phrases';
import { NUMBER_WORDS, readNumber } from '../domain/number-words';
import { matchText, tidy, trimPunctuation } from './match-text';

export interface FoundDeadline {
  deadline: Deadline | null;
  /** The words it was read from, as written. */
  text: string;
  /** False when it was read from inside a sentence, or only kept as text: the secretary checks it. */
  sure: boolean;
}

const UNITS: Record<string, 'days' | 'weeks' | 'months'> = { روز: 'days', هفته: 'weeks', ماه: 'months' };
const AMOUNT = `(?<![آ-ی])([0-9]+|${NUMBER_WORDS})\\s*(روز|هفته|ماه)(?:ه)?(?![آ-ی])`;
const MONTH_NAME = `(${MONTHS.join('|')}|امرداد)`;

/** A duration, a date, a month's end, مستمر or فوری inside `text`, with its span; null when none. */
function findKind(
  text: string,
  sessionYear: number | null,
  shortYear: (yy: number) => number,
): { deadline: Deadline; index: number; end: number } | null {
  const f = matchText(text);
  let m: RegExpExecArray | null;
  // «دائمی» alone is a word of the sentence («منبع دائمی»); with «به صورت» or as the whole cell it is مستمر.
  if (
    (m =
      /(?:ب(?:ه)?\s*(?:صورت|طور)\s*)?مستمر|ب(?:ه)?\s*(?:صورت|طور)\s*(?:دائمی|دائم)|^\s*(?:دائمی|دائم|همواره)\s*$/.exec(
        f,
      ))
  )
    return { deadline: { kind: 'continuous' }, index: m.index, end: m.index + m[0].length };
  if ((m = /(?:به\s*صورت\s*)?(?:فوری|فوراً|فورا|بلافاصله)/.exec(f)))
    return { deadline: { kind: 'immediate' }, index: m.index, end: m.index + m[0].length };
  if (
    (m = new RegExp(
      `(?:تا\\s*)?(?:پایان|آخر|انتهای)\\s*${MONTH_NAME}(?:\\s*ماه)?(?:\\s*(?:سال\\s*)?(جاری|امسال|[0-9]{4}))?`,
    ).exec(f))
  ) {
    const year = m[2] && /^[0-9]{4}$/.test(m[2]) ? Number(m[2]) : sessionYear;
    const month = m[1] === 'امرداد' ? 5 : MONTHS.indexOf(m[1] as (typeof MONTHS)[number]) + 1;
    if (year)
      return { deadline: { kind: 'date', value: endOfMonth(year, month) }, index: m.index, end: m.index + m[0].length };
  }
  if ((m = /(?:تا\s*)?پایان\s*(?:سال|اسفند)(?:\s*(?:جاری|امسال))?/.exec(f)) && sessionYear)
    return {
      deadline: { kind: 'date', value: endOfMonth(sessionYear, 12) },
      index: m.index,
      end: m.index + m[0].length,
    };
  const date = findDates(f)[0];
  if (date) {
    const year = date.year === null ? sessionYear : date.shortYear ? shortYear(date.year) : date.year;
    const value = year === null ? null : canonicalDate(year, date.month, date.day);
    if (value) return { deadline: { kind: 'date', value }, index: date.index, end: date.end };
  }
  if ((m = new RegExp(AMOUNT).exec(f))) {
    const n = readNumber(m[1]!);
    const unit = UNITS[m[2]!];
    if (n && unit) return { deadline: { kind: unit, value: n }, index: m.index, end: m.index + m[0].length };
  }
  return null;
}

const centuryOf = (yy: number) => (yy >= 50 ? 1300 + yy : 1400 + yy);

const FILLER = /حداکثر|ظرف|مدت|تاریخ|تا|به\s*صورت|از|[\s\-.،,:()]/g;

/** The whole of a «مهلت اقدام» cell or line: empty is no deadline; what is not a kind stays text. */
export function deadlineOfCell(
  cell: string,
  sessionYear: number | null,
  shortYear: (yy: number) => number = centuryOf,
): FoundDeadline {
  const text = trimPunctuation(cell);
  if (text === '' || /^[-–—ـ.\s]*$/.test(text)) return { deadline: null, text: '', sure: true };
  const found = findKind(text, sessionYear, shortYear);
  if (found) {
    // The cell says more than the kind («۱۰ روز پس از ابلاغ»): the kind is read, the secretary checks.
    const rest = matchText(text.slice(0, found.index) + text.slice(found.end)).replace(FILLER, '');
    const sure = rest === '';
    return { deadline: found.deadline, text, sure };
  }
  return { deadline: { kind: 'text', value: text }, text, sure: false };
}

const IN_SENTENCE: RegExp[] = [
  /(?:حداکثر\s*)?(?:ظرف|طی|در\s*مدت|به\s*مدت)(?:\s*مدت)?\s*(?:[0-9]+|[آ-ی]+(?:\s*و\s*[آ-ی]+)*)\s*(?:روز|هفته|ماه)(?:\s*(?:کاری|آینده|آتی))?/,
  /حداکثر\s*(?:تا\s*)?(?:تاریخ\s*)?[0-9]{2,4}\s*\/\s*[0-9]{1,2}\s*\/\s*[0-9]{1,2}/,
  /تا\s*(?:تاریخ\s*)?[0-9]{2,4}\s*\/\s*[0-9]{1,2}\s*\/\s*[0-9]{1,2}/,
  new RegExp(
    `(?:حداکثر\\s*)?تا\\s*(?:تاریخ\\s*)?[0-9]{1,2}\\s*(?:ام)?\\s*${MONTH_NAME}(?:\\s*ماه)?(?:\\s*(?:سال\\s*)?[0-9]{2,4})?`,
  ),
  /تا\s*(?:پایان|آخر|انتهای)\s*[آ-ی]+(?:\s*ماه)?(?:\s*(?:سال\s*)?(?:جاری|امسال|[0-9]{4}))?/,
  /ب(?:ه)?\s*(?:صورت|طور)\s*(?:مستمر|دائم|دائمی)/,
  /(?:به\s*صورت\s*)?(?:فوری|فوراً|بلافاصله)/,
];
const AS_TEXT =
  /(?:با|قبل\s*از|پیش\s*از|تا)\s*(?:شروع|آغاز)\s*سال\s*(?:تحصیلی|جدید|زراعی)(?:\s*[0-9]{4}(?:\s*-\s*[0-9]{4})?)?|در\s*طول\s*ایام\s*[آ-ی]+(?:\s*[آ-ی]+)?|در\s*اسرع\s*وقت|در\s*(?:اولین\s*)?جلسه\s*(?:بعدی|آتی|آینده|بعد)|تا\s*(?:جلسه|نشست)\s*(?:بعدی|آتی|آینده|بعد)/;

/** A deadline written inside a resolution's sentence; the sentence itself stays as it is. */
export function deadlineInSentence(
  body: string,
  sessionYear: number | null,
  shortYear: (yy: number) => number = centuryOf,
): FoundDeadline | null {
  const f = matchText(body);
  for (const pattern of IN_SENTENCE) {
    const m = pattern.exec(f);
    if (!m) continue;
    const phrase = body.slice(m.index, m.index + m[0].length);
    const found = findKind(phrase, sessionYear, shortYear);
    if (found) return { deadline: found.deadline, text: tidy(phrase), sure: false };
  }
  const m = AS_TEXT.exec(f);
  if (m) {
    const text = tidy(body.slice(m.index, m.index + m[0].length));
    return { deadline: { kind: 'text', value: text }, text, sure: false };
  }
  return null;
}
