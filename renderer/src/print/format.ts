// How values read on paper: Persian digits, deadlines as the seed writes them («۱۰ روز»،
// «یکماه»، «مستمر»), attendance grouped under the minutes' headings.
import type { Deadline, MinutesDocument } from '../../../electron/contract';
import { formatDeadline } from '../../../electron/contract/deadline-text';
import { printableText } from '../../../electron/contract/persian-text';
import { fa } from '../i18n/fa';
import { faDigits } from '../i18n/digits';
import { faPrint as t } from '../i18n/fa-print';

/** User text as printed: exactly as typed, minus bidi overrides (see printableText). */
export const shown = (s: string | null | undefined): string => printableText(s ?? '');

/** As printed (contract/deadline-text.ts), a free-text deadline without bidi overrides; none: empty. */
export const deadlineText = (d: Deadline | null): string => shown(formatDeadline(d));

export const personLine = (p: { name: string | null; title: string | null } | null): string =>
  p ? [shown(p.name), shown(p.title)].filter((s) => s.trim() !== '').join(' ') : '';

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
export function attendeeText(l: Line): string {
  const who = [shown(l.person), shown(l.organization)].filter((s) => s.trim() !== '').join(fa.common.listSeparator);
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
