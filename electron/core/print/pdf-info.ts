// Fills in a printed PDF's document information (Author, Creator) that Chromium's printing cannot
// set: its Title comes from the page's <title> and its dates from the moment it printed, but it has
// no author and names the browser as creator. Done as a PDF incremental update (ISO 32000-1 §7.5.6):
// the bytes Chromium wrote stay as they are, a new Info dictionary (the old entries, these
// replaced) and a one-entry cross-reference section follow them. No PDF library needed.

export interface PdfInfo {
  Author?: string;
  Creator?: string;
}

const latin1 = (b: Uint8Array): string => Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('latin1');

/** A PDF text string: UTF-16BE with its byte-order mark, in hex. */
function textString(s: string): string {
  const units = Buffer.from(s, 'utf16le').swap16().toString('hex').toUpperCase();
  return `<FEFF${units}>`;
}

/** A literal `(…)` (with its escapes) or hex `<…>` string, an array of them, a name, a number or a reference. */
const VALUE = String.raw`(?:\((?:\\[\s\S]|[^\\)])*\)|<[0-9A-Fa-f\s]*>|\[[^\]]*\]|/[^\s/<>()[\]]+|\d+ \d+ R|[-+.\d]+)`;

function entries(dict: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of dict.matchAll(new RegExp(String.raw`/([A-Za-z]+)\s*(${VALUE})`, 'g'))) out.set(m[1]!, m[2]!);
  return out;
}

/**
 * The PDF with `info` in its Info dictionary. A file whose last trailer or Info dictionary cannot
 * be read as Chromium writes them (a cross-reference stream, say) is returned as it was.
 */
export function setPdfInfo(pdf: Uint8Array, info: PdfInfo): Uint8Array {
  const text = latin1(pdf);
  const start = text.lastIndexOf('startxref');
  const trailerAt = text.lastIndexOf('trailer', start);
  if (start < 0 || trailerAt < 0) return pdf;
  const prev = /startxref\s+(\d+)/.exec(text.slice(start))?.[1];
  const trailer = entries(/<<([\s\S]*?)>>\s*startxref/.exec(text.slice(trailerAt))?.[1] ?? '');
  const size = Number(trailer.get('Size'));
  const infoRef = /^(\d+) (\d+) R$/.exec(trailer.get('Info') ?? '');
  if (!prev || !Number.isInteger(size) || !trailer.has('Root')) return pdf;

  // The old Info dictionary's entries are kept (Title, dates, Producer); an Info-less file gets a new object.
  let id = size;
  let generation = 0;
  let old = new Map<string, string>();
  if (infoRef) {
    id = Number(infoRef[1]);
    generation = Number(infoRef[2]);
    // The last definition of the object is the one in force (an earlier update may have made it).
    const body = [
      ...text.matchAll(new RegExp(String.raw`(?:^|\s)${id} ${generation} obj\s*<<([\s\S]*?)>>\s*endobj`, 'g')),
    ].at(-1);
    if (!body) return pdf;
    old = entries(body[1]!);
  }
  for (const [key, value] of Object.entries(info) as [string, string | undefined][])
    if (value !== undefined) old.set(key, textString(value));

  const dict = [...old].map(([k, v]) => `/${k} ${v}`).join('\n');
  const object = `${id} ${generation} obj\n<<${dict}>>\nendobj\n`;
  const separator = text.endsWith('\n') ? '' : '\n';
  const objectAt = pdf.byteLength + separator.length;
  const xrefAt = objectAt + object.length;
  const kept = ['Root', 'ID', 'Encrypt'].flatMap((k) => (trailer.has(k) ? [`/${k} ${trailer.get(k)}`] : []));
  const tail =
    `${separator}${object}xref\n${id} 1\n${String(objectAt).padStart(10, '0')} ${String(generation).padStart(5, '0')} n \n` +
    `trailer\n<</Size ${Math.max(size, id + 1)} ${kept.join(' ')} /Info ${id} ${generation} R /Prev ${prev}>>\n` +
    `startxref\n${xrefAt}\n%%EOF\n`;
  const out = new Uint8Array(pdf.byteLength + tail.length);
  out.set(pdf);
  out.set(Buffer.from(tail, 'latin1'), pdf.byteLength);
  return out;
}
