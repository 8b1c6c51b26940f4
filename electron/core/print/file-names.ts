// File names offered when saving minutes: Persian words, Latin digits (safe on every file system).
import type { MinutesDocument } from '../../contract';

const base = (doc: MinutesDocument) => `صورتجلسه-${doc.session.year}-${String(doc.session.number).padStart(2, '0')}`;

export const pdfFileName = (doc: MinutesDocument, amendmentNumber?: number): string =>
  amendmentNumber === undefined ? `${base(doc)}.pdf` : `اصلاحیه-${amendmentNumber}-${base(doc)}.pdf`;

/** The attendance sheet of a session: «برگه-حضور-1399-01.pdf». */
export const attendanceSheetFileName = (s: { year: number; number: number }): string =>
  `برگه-حضور-${s.year}-${String(s.number).padStart(2, '0')}.pdf`;

export { fileNamePart, lettersFileName } from '../../contract/letter-files';
