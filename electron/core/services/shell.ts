// What the async handlers need from the shell they run under (Electron, or the browser host), and
// the refusal when this run of Dabir has no such part.
import type { PrintTarget } from '../../contract/print-target';
import { DabirError } from '../errors';

/** Prints the app's print page for a target and returns the PDF's bytes. */
export type PdfPrinter = (target: PrintTarget) => Promise<Uint8Array>;

export interface Shell {
  printPdf?: PdfPrinter;
  /**
   * Where to write a file offered under `suggestedName`: Electron's save dialog (null when the
   * secretary cancels), or the browser host's outbox folder beside the data file.
   */
  chooseSavePath?: (suggestedName: string, kind: 'bundle' | 'backup') => Promise<string | null>;
  /**
   * Which backup file to restore: Electron's open dialog (null when cancelled), or in the browser
   * host the newest file of its outbox of saved backups.
   */
  chooseBackupFile?: () => Promise<string | null>;
}

const unavailable = {
  printing: 'چاپ PDF در این اجرای برنامه در دسترس نیست',
  saving: 'ذخیره پرونده در این اجرای برنامه در دسترس نیست',
  opening: 'گشودن پرونده در این اجرای برنامه در دسترس نیست',
};

/** The refusal when the shell cannot print, save or open a file in this run. */
export const shellLacks = (what: keyof typeof unavailable): DabirError => new DabirError('internal', unavailable[what]);
