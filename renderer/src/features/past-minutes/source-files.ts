// Which of the files chosen, dropped or found in a folder are past minutes to read: Word and text
// only, by their extension; the others are named as skipped. Files too big are refused here,
// before a byte is read, as the service would refuse them.
import { MAX_PAST_MINUTES_BYTES } from '../../../../electron/contract/limits';
import { inMegabytes } from '../../../../electron/contract/limit-messages';
import { fa } from '../../i18n/fa';

const taken = /\.(docx|doc|txt)$/i;

/** The name the secretary knows it by: its place in the folder chosen, or its own name. */
export function shownName(file: File): string {
  const relative = file.webkitRelativePath;
  return relative && relative.length <= 255 ? relative : file.name;
}

export function sortFiles(files: readonly File[]): { taken: File[]; skipped: string[] } {
  const out = { taken: [] as File[], skipped: [] as string[] };
  for (const f of files) {
    if (taken.test(f.name)) out.taken.push(f);
    else out.skipped.push(shownName(f));
  }
  return out;
}

/** The refusal of a file too big to send, or null. */
export function tooLarge(file: File): string | null {
  return file.size > MAX_PAST_MINUTES_BYTES
    ? fa.pastMinutes.tooLarge(shownName(file), inMegabytes(MAX_PAST_MINUTES_BYTES))
    : null;
}
