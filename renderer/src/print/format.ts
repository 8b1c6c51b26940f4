// How values read on paper: Persian digits, deadlines as the seed writes them («۱۰ روز»،
// «یکماه»، «مستمر»), attendance grouped under the minutes' headings, and typed text with Persian
// typography unless the group prints it as typed (contract/print-typography.ts).
import type { Deadline, MinutesDocument } from '../../../electron/contract';
import { formatDeadline } from '../../../electron/contract/deadline-text';
import { printableText } from '../../../electron/contract/persian-text';
import { persianTypography } from '../../../electron/contract/print-typography';
import { fa } from '../i18n/fa';
import { faDigits } from '../i18n/digits';
import { faPrint as t } from '../i18n/fa-print';

/** Typed text as it goes on paper. */
export type Shown = (s: string | null | undefined) => string;

/** User text exactly as typed, minus bidi overrides (see printableText). */
export const shown: Shown = (s) => printableText(s ?? '');

/** User text with Persian typography: Persian digits in Persian text, ی/ک for Arabic ي/ك. */
export const typeset: Shown = (s) => persianTypography(printableText(s ?? ''));

/** How these minutes print typed text: the group's «چاپ متن همان‌گونه که نوشته شده», typography by default. */
export const textOf = (minutes: { printAsTyped: boolean }): Shown => (minutes.printAsTyped ? shown : typeset);

/** The title line of the minutes or of one of their amendments, as printed: a printed PDF's Title. */
export function printedTitle(
  minutes: { title: string; printAsTyped: boolean },
  amendment: { number: number } | null,
): string {
  const title = textOf(minutes)(minutes.title);
  return amendment ? t.amendmentTitle(faDigits(amendment.number), title) : title;
}

/** As printed (contract/deadline-text.ts), a free-text deadline set as the minutes set typed text; none: empty. */
export const deadlineText = (d: Deadline | null, show: Shown = shown): string => show(formatDeadline(d));

export const personLine = (p: { name: string | null; title: string | null } | null, show: Shown): string =>
  p ? [show(p.name), show(p.title)].filter((s) => s.trim() !== '').join(' ') : '';

export function timeRange(start: string | null, end: string | null): string | null {
  if (start && end) return t.timeRange(faDigits(start), faDigits(end));
  if (start) return faDigits(start);
  return null;
}

type Line = MinutesDocument['session']['attendance'][number];

export interface AttendanceGroups {
  present: Line[];
  representatives: Line[];
  absent: Line[];
  excused: Line[];
  guests: Line[];
  /** Everyone printed under «غایبین», counted from the list itself. */
  absentCount: number;
}

export function groupAttendance(lines: readonly Line[]): AttendanceGroups {
  const of = (...statuses: Line['status'][]) => lines.filter((l) => statuses.includes(l.status));
  const absent = of('absent');
  const excused = of('excused');
  return {
    present: of('present', 'deputy'),
    representatives: of('representative'),
    absent,
    excused,
    guests: of('guest'),
    absentCount: absent.length + excused.length,
  };
}

/** «فولادوند، اداره کل آموزش و پرورش (معاون)». */
export function attendeeText(l: Line, show: Shown): string {
  const who = [show(l.person), show(l.organization)].filter((s) => s.trim() !== '').join(fa.common.listSeparator);
  return l.status === 'deputy' ? t.deputy(who) : who;
}

/** The first 16 hex digits printed in the footer; the whole hash is on the amendment sheet. */
export const shortHash = (hash: string): string => hash.slice(0, 16);

/** «جلسه ۱ سال ۱۳۹۹، شناسه e3b0c442» from the reference `1399/1-e3b0c442`. */
export function referenceText(reference: string): string {
  const m = /^(\d+)\/(\d+)-(.*)$/.exec(reference);
  if (!m) return reference;
  return t.sessionReference(faDigits(m[2] ?? ''), faDigits(m[1] ?? ''), m[3] ?? '');
}
