// File names offered when saving minutes: Persian words, Latin digits (safe on every file system).
import type { MinutesDocument, PrintableLetters } from '../../contract';

const base = (doc: MinutesDocument) => `صورتجلسه-${doc.session.year}-${String(doc.session.number).padStart(2, '0')}`;

export const pdfFileName = (doc: MinutesDocument, amendmentNumber?: number): string =>
  amendmentNumber === undefined ? `${base(doc)}.pdf` : `اصلاحیه-${amendmentNumber}-${base(doc)}.pdf`;

/** The attendance sheet of a session: «برگه-حضور-1399-01.pdf». */
export const attendanceSheetFileName = (s: { year: number; number: number }): string =>
  `برگه-حضور-${s.year}-${String(s.number).padStart(2, '0')}.pdf`;

/** A name typed by a person as part of a file name: no path or reserved characters, spaces as dashes. */
export function fileNamePart(name: string): string {
  const safe = name
    // eslint-disable-next-line no-control-regex -- control characters are what must go
    .replace(/[\u0000-\u001f\u007f\u200e\u200f\u202a-\u202e\u2066-\u2069/\\:*?"<>|]+/g, ' ')
    .trim()
    .replace(/[\s.]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return safe.slice(0, 80) || 'دستگاه';
}

/** Letters: «ابلاغ-مصوبات-1399-01[-دستگاه].pdf», «پیگیری-مصوبات-1405-09-10[-دستگاه].pdf». */
export function lettersFileName(
  p: Pick<PrintableLetters, 'kind' | 'session' | 'today'>,
  organization: string | null,
  extension: 'pdf' | 'docx',
): string {
  const base =
    p.kind === 'notification' && p.session
      ? `ابلاغ-مصوبات-${p.session.year}-${String(p.session.number).padStart(2, '0')}`
      : `پیگیری-مصوبات-${p.today.replaceAll('/', '-')}`;
  return `${base}${organization === null ? '' : `-${fileNamePart(organization)}`}.${extension}`;
}
