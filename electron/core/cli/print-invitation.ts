// `dabir print SESSION --invitation --out FILE.pdf|FILE.docx [--copies]`: the session's invitation,
// the same letters as the app prints — PDF through the print page, Word through the renderer's own
// invitation-docx.ts — in the mode kept for it (else one letter per member organisation), or with
// --copies one letter with the «رونوشت» of every member.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { PrintableInvitation } from '../../contract';
import { createDispatcher } from '../api/dispatch';
import type { Db } from '../db/open';
import { DabirError } from '../errors';
import type { Io } from './index';

export async function invitationCommand(
  db: Db,
  dbFile: string,
  sessionId: string,
  options: { out: string; copies: boolean; amendment: string | undefined },
  io: Io,
): Promise<number> {
  if (options.amendment !== undefined)
    throw new DabirError('invalid_input', 'دعوتنامه اصلاحیه ندارد: --invitation --out FILE.pdf یا FILE.docx');
  const ext = path.extname(options.out).toLowerCase();
  if (ext !== '.pdf' && ext !== '.docx')
    throw new DabirError('invalid_input', 'دعوتنامه PDF یا Word است: --out FILE.pdf یا FILE.docx');
  const request = { sessionId, ...(options.copies ? { mode: 'copies' as const } : {}) };
  // Persian refusals (no such session, no members) before any browser starts.
  const check = createDispatcher(db)('invitations.printable', request);
  if (!check.ok) throw new DabirError(check.error.code, check.error.message);
  const invitation = check.value as PrintableInvitation;
  if (ext === '.pdf') {
    const { printPdf } = await import('./print');
    return printPdf(db, dbFile, { kind: 'invitation', ...request }, options.out, io);
  }
  const started = performance.now();
  const [{ Packer }, { invitationDocx }, { docxFonts }] = await Promise.all([
    import('docx'),
    import('../../../renderer/src/print/invitation-docx'),
    import('./print-docx'),
  ]);
  writeFileSync(options.out, await Packer.toBuffer(invitationDocx(invitation, docxFonts())));
  io.err(`نوشته شد: ${options.out} (${Math.round(performance.now() - started)} ms)`);
  return 0;
}
