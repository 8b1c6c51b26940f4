// `dabir print SESSION --out FILE.docx`: the Word copy of the minutes, built by the very code the
// app's «خروجی Word» runs (renderer/src/print/minutes-docx.ts: plain TypeScript and the docx
// library, nothing of the page), here in Node, with the fonts read from resources/fonts/.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Packer } from 'docx';
import { docxFontFiles, minutesDocx, type DocxFonts } from '../../../renderer/src/print/minutes-docx';
import type { PrintableMinutes } from '../../contract';
import { projectRoot } from './project-root';

/** The TrueType files the Word copy embeds, as shipped with the app. */
export function docxFonts(dir = path.join(projectRoot, 'resources/fonts')): DocxFonts {
  const read = (file: string) => new Uint8Array(readFileSync(path.join(dir, file)));
  return {
    regular: read(docxFontFiles.regular),
    bold: read(docxFontFiles.bold),
    pageNumbers: read(docxFontFiles.pageNumbers),
  };
}

export async function minutesWord(minutes: PrintableMinutes): Promise<Buffer> {
  return Packer.toBuffer(minutesDocx(minutes, docxFonts()));
}
