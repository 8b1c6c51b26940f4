// The fonts the Word copy embeds, for the page: the TrueType files inlined into this chunk (loaded
// only with the Word library, on «خروجی Word»), since the page reads no files by itself.
import bold from '../../../resources/fonts/Vazirmatn-Bold.ttf?inline';
import pageNumbers from '../../../resources/fonts/Vazirmatn-FD-Regular.ttf?inline';
import regular from '../../../resources/fonts/Vazirmatn-Regular.ttf?inline';
import type { DocxFonts } from './minutes-docx';

/** A `data:…;base64,` URL's bytes. */
function bytes(dataUrl: string): Uint8Array {
  const binary = atob(dataUrl.slice(dataUrl.indexOf(',') + 1));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

export const minutesDocxFonts = (): DocxFonts => ({
  regular: bytes(regular),
  bold: bytes(bold),
  pageNumbers: bytes(pageNumbers),
});
