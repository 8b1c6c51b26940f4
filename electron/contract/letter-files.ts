// The file names of letters to responsible bodies (PDF and Word, in the app and `dabir print`):
// Persian words, Latin digits, the organisation's name made safe on every file system. Plain
// TypeScript: the core and the renderer name the same letter alike.
import type { PrintableLetters } from './letters';

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
