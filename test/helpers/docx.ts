// Two writings of one Word document compared part for part: the parts of a .docx with what
// differs between writings taken out (the embedded fonts' random keys, and so the obfuscated
// first 32 bytes of each font, and the time it was written).
import { strFromU8, unzipSync } from 'fflate';

export function docxParts(bytes: Uint8Array): Record<string, string> {
  const files = unzipSync(bytes);
  return Object.fromEntries(
    Object.entries(files).map(([name, data]) => [
      name,
      name.endsWith('.odttf')
        ? Buffer.from(data.subarray(32)).toString('base64')
        : strFromU8(data)
            .replace(/w:fontKey="\{[0-9A-F-]+\}"/g, 'w:fontKey=""')
            .replace(/<dcterms:(created|modified)[^>]*>[^<]*<\/dcterms:\1>/g, ''),
    ]),
  );
}
