// Reading printed PDFs as a person checks them, with poppler-utils: the text layer (whole, per
// page, or one column of a page), the page count, the embedded fonts, and page images.
import { execFileSync } from 'node:child_process';

/**
 * Text compared without layout noise. pdftotext gives letters and digits in logical order but
 * moves neutral characters around runs of the other direction (a colon after a date, mirrored
 * brackets), wraps runs in bidi controls, and spells the lam-alef ligature as alef-lam
 * («اطلاعات» → «اطالعات»); so both sides keep only letters, digits and marks, spelled alike.
 */
export const squash = (s: string): string => s.replace(/[\p{P}\p{S}\p{Cf}\s]/gu, '').replace(/لا/g, 'ال');

export interface Crop {
  /** From the left edge of the page, in millimetres. */
  leftMm: number;
  widthMm: number;
  /** From the top; the whole height when left out. */
  heightMm?: number;
}

const PT_PER_MM = 72 / 25.4;

/** The text layer in reading order; of one page and one column when asked. */
export function pdfText(file: string, page?: number, crop?: Crop): string {
  const args = ['-enc', 'UTF-8'];
  if (page !== undefined) args.push('-f', String(page), '-l', String(page));
  if (crop)
    args.push(
      '-r',
      '72',
      '-x',
      String(Math.round(crop.leftMm * PT_PER_MM)),
      '-y',
      '0',
      '-W',
      String(Math.round(crop.widthMm * PT_PER_MM)),
      '-H',
      String(Math.round((crop.heightMm ?? 297) * PT_PER_MM)),
    );
  return execFileSync('pdftotext', [...args, file, '-'], { encoding: 'utf8' });
}

/** Every page's text above the footer, one after another: paragraphs that run on across pages read whole. */
export function pdfFlowText(file: string): string {
  const pages = pdfPages(file);
  const above: Crop = { leftMm: 0, widthMm: 210, heightMm: 297 - 16 };
  return Array.from({ length: pages }, (_, i) => pdfText(file, i + 1, above)).join('\n');
}

export function pdfPages(file: string): number {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0);
}

/** `pdffonts` rows: name, whether embedded. */
export function pdfFonts(file: string): { name: string; embedded: boolean }[] {
  const lines = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
  return lines.map((l) => {
    const cols = l.trim().split(/\s+/);
    // name type [type…] encoding emb sub uni object ID: emb is the fifth column from the end.
    return { name: cols[0] ?? '', embedded: cols.at(-5) === 'yes' };
  });
}

/** Page images for a person to look at (test-results/), at a readable resolution. */
export function pdfImages(file: string, prefix: string, dpi = 70): void {
  execFileSync('pdftoppm', ['-png', '-r', String(dpi), file, prefix]);
}
