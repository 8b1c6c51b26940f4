// Import and export of dabir.minutes/1 documents through the API, and the printable form of minutes
// and amendments that preview, print, PDF and Word all use (printed to PDF by the shell).
import type { PrintableMinutes } from '../../contract';
import type { Db } from '../db/open';
import { get, sql } from '../db/sql';
import { minutesTitle } from '../domain/minutes-title';
import { DabirError } from '../errors';
import { pdfFileName } from '../print/file-names';
import { setPdfInfo } from '../print/pdf-info';
import { importMinutes } from '../minutes/import';
import { listAmendments } from './amendments';
import { exportedMinutes, finalColumns, minutesContent } from './final-record';
import type { AsyncHandlerFactory, Handlers } from './handlers';
import { sessionRow, type SessionRow } from './session-read';
import { shellLacks } from './shell';

export const sessionReference = (s: Pick<SessionRow, 'id' | 'year' | 'number'>): string =>
  `${s.year}/${s.number}-${s.id.slice(0, 8)}`;

export function printable(db: Db, sessionId: string): PrintableMinutes {
  const s = sessionRow(db, sessionId);
  const f = finalColumns(db, sessionId);
  const document = minutesContent(db, sessionId);
  return {
    sessionId,
    title: minutesTitle(document.workingGroup, document.session),
    reference: sessionReference(s),
    status: s.status,
    contentHash: f.content_hash,
    finalizedAt: f.finalized_at,
    document,
    amendments: listAmendments(db, sessionId),
    printAsTyped:
      get<{ v: number }>(db, sql`SELECT print_as_typed AS v FROM working_group WHERE id = ${s.working_group_id}`)?.v ===
      1,
  };
}

/**
 * A printed PDF of a session with what Chromium cannot set in its document information: the
 * secretariat the minutes come from as Author, Dabir as Creator (the Title is the print page's
 * <title>, the dates the moment it printed).
 */
export function withMinutesInfo(db: Db, sessionId: string, pdf: Uint8Array): Uint8Array {
  const secretariat = get<{ name: string }>(
    db,
    sql`SELECT sec.name FROM session s JOIN secretariat sec ON sec.id = s.origin WHERE s.id = ${sessionId}`,
  );
  return setPdfInfo(pdf, { Author: secretariat?.name || undefined, Creator: 'دبیر' });
}

export const minutesHandlers = {
  'minutes.import': (db, { document, replaceDraft }) => importMinutes(db, document, replaceDraft),
  // A final session's document is the one stored at finalisation: export and print agree.
  'minutes.export': (db, { sessionId }) => exportedMinutes(db, sessionId),
  'minutes.printable': (db, { sessionId }) => printable(db, sessionId),
} satisfies Handlers<'minutes'>;

/** Printing minutes or an amendment to PDF: the session (and amendment) checked first, then the shell prints. */
export const minutesAsyncHandlers: AsyncHandlerFactory<'minutes.pdf'> = (context) => ({
  'minutes.pdf': async (db, request, shell) => {
    const p = context.run(db, 'minutes.printable', { sessionId: request.sessionId });
    const amendment = request.amendmentId ? p.amendments.find((a) => a.id === request.amendmentId) : undefined;
    if (request.amendmentId && !amendment)
      throw new DabirError('invalid_input', 'این اصلاحیه از آنِ این جلسه نیست', 'amendmentId');
    if (!shell.printPdf) throw shellLacks('printing');
    const bytes = withMinutesInfo(db, request.sessionId, await shell.printPdf({ kind: 'minutes', ...request }));
    return {
      fileName: pdfFileName(p.document, amendment?.number),
      mediaType: 'application/pdf',
      data: Buffer.from(bytes).toString('base64'),
    };
  },
});
