// Reads a past minutes file into source lines with libraries made for each container: mammoth for
// .docx (its tables and paragraphs kept), word-extractor for the older .doc, and text in UTF-8,
// UTF-16 or Windows-1256 (Persian Windows' own). A file that is none of these, damaged, locked with
// a password, too big or a zip bomb is refused whole with a Persian message.
import { createHash } from 'node:crypto';
import { Unzip, UnzipInflate } from 'fflate';
import mammoth from 'mammoth';
import WordExtractor from 'word-extractor';
import type { SourceKind, SourceLine } from '../../contract';
import { inMegabytes } from '../../contract/limit-messages';
import { MAX_PAST_MINUTES_BYTES } from '../../contract/limits';
import { DabirError } from '../errors';
import { htmlToLines } from './html-lines';
import { linesOfText } from './source-lines';

/** What a .docx may unpack to: far more than any minutes with their pictures, far less than a zip bomb's. */
const MAX_UNPACKED_BYTES = 150 * 1024 * 1024;

export interface ReadFile {
  kind: SourceKind;
  sha256: string;
  lines: SourceLine[];
}

const refuse = (message: string) => new DabirError('invalid_input', message, 'data');

const starts = (b: Uint8Array, ...bytes: number[]) => bytes.every((x, i) => b[i] === x);

/** Unpacks every part once, counting: a part that says it is small and is not stops it too. */
function checkZip(bytes: Uint8Array): Set<string> {
  const names = new Set<string>();
  let total = 0;
  const unzip = new Unzip((file) => {
    names.add(file.name);
    file.ondata = (err, chunk) => {
      if (err) throw err;
      total += chunk.length;
      if (total > MAX_UNPACKED_BYTES)
        throw refuse('پرونده Word بیش از حد بزرگ باز می‌شود (شاید «بمب فشرده» باشد)؛ خوانده نشد');
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    unzip.push(bytes, true);
  } catch (e) {
    if (e instanceof DabirError) throw e;
    throw refuse('پرونده Word خراب است و باز نمی‌شود');
  }
  return names;
}

async function readDocx(bytes: Uint8Array): Promise<SourceLine[]> {
  const parts = checkZip(bytes);
  if (!parts.has('word/document.xml')) {
    if (parts.has('xl/workbook.xml'))
      throw refuse('این پرونده Excel است، نه Word؛ صورتجلسه را به شکل .docx یا متن بدهید');
    if (parts.has('content.xml'))
      throw refuse('این پرونده OpenDocument (.odt) است؛ آن را در Word یا LibreOffice با قالب .docx ذخیره کنید');
    throw refuse('این پرونده فشرده است ولی Word نیست');
  }
  try {
    const { value } = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes) },
      // Pictures (logos, signatures) are not read: they are not text and only cost time.
      { convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })) },
    );
    return htmlToLines(value);
  } catch {
    throw refuse('پرونده Word خراب است و خوانده نشد');
  }
}

async function readDoc(bytes: Uint8Array): Promise<SourceLine[]> {
  // A .docx locked with a password is an OLE file holding an EncryptedPackage stream.
  // Both streams' names, as the OLE directory spells them (UTF-16), not a word a .doc's text may hold once.
  const b = Buffer.from(bytes);
  if (b.includes(Buffer.from('EncryptedPackage', 'utf16le')) && b.includes(Buffer.from('EncryptionInfo', 'utf16le')))
    throw refuse('پرونده Word با گذرواژه قفل شده است؛ آن را در Word بی‌گذرواژه ذخیره کنید و دوباره بدهید');
  let body: string;
  try {
    body = (await new WordExtractor().extract(Buffer.from(bytes))).getBody();
  } catch {
    throw refuse('پرونده Word (.doc) خراب است یا Word نیست و خوانده نشد');
  }
  return docTextToLines(body);
}

/**
 * word-extractor's text of a .doc: a cell ends with a tab and a row with a tab then a line break,
 * a cell's paragraphs are separated by line breaks. A row is the lines from one holding a tab to
 * the next that ends with one; the other lines are paragraphs.
 */
export function docTextToLines(body: string): SourceLine[] {
  const lines = body.replace(/\r\n?/g, '\n').split('\n');
  const out: SourceLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.includes('\t')) {
      out.push({ text: line.trimEnd(), cells: null });
      continue;
    }
    let end = i;
    while (!lines[end]!.endsWith('\t') && end + 1 < lines.length && end - i < 200) end++;
    if (!lines[end]!.endsWith('\t')) end = i;
    const cells = lines
      .slice(i, end + 1)
      .join('\n')
      .replace(/\t$/, '')
      .split('\t')
      .map((c) =>
        c
          .split('\n')
          .map((p) => p.trim())
          .filter(Boolean),
      );
    out.push({ text: cells.map((c) => c.join(' ')).join('\t'), cells });
    i = end;
  }
  return out;
}

function decodeText(bytes: Uint8Array): string {
  if (starts(bytes, 0xff, 0xfe)) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (starts(bytes, 0xfe, 0xff)) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  if (bytes.subarray(0, 4096).includes(0))
    throw refuse('این پرونده نه Word است و نه متن؛ صورتجلسه را به شکل .docx، .doc یا .txt بدهید');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\ufeff/, '');
  } catch {
    // Not UTF-8: Persian Windows saves «ANSI» text as Windows-1256.
    return new TextDecoder('windows-1256').decode(bytes);
  }
}

export async function readPastMinutesFile(bytes: Uint8Array): Promise<ReadFile> {
  if (bytes.length > MAX_PAST_MINUTES_BYTES)
    throw refuse(
      `پرونده بیش از حد بزرگ است (بیشینه ${inMegabytes(MAX_PAST_MINUTES_BYTES)})؛ صورتجلسه‌ای چنین بزرگ نیست`,
    );
  if (bytes.length === 0) throw refuse('پرونده خالی است');
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  if (starts(bytes, 0x50, 0x4b, 0x03, 0x04)) return { kind: 'docx', sha256, lines: await readDocx(bytes) };
  if (starts(bytes, 0xd0, 0xcf, 0x11, 0xe0)) return { kind: 'doc', sha256, lines: await readDoc(bytes) };
  if (starts(bytes, 0x25, 0x50, 0x44, 0x46))
    throw refuse('پرونده PDF است؛ دبیر صورتجلسه را از Word یا متن می‌خواند (متن PDF را رونوشت کنید و بچسبانید)');
  if (starts(bytes, 0x7b, 0x5c, 0x72, 0x74, 0x66))
    throw refuse('پرونده RTF است؛ آن را در Word با قالب .docx ذخیره کنید');
  if (starts(bytes, 0xff, 0xd8) || starts(bytes, 0x89, 0x50, 0x4e, 0x47))
    throw refuse('این پرونده تصویر است، نه Word یا متن');
  const text = decodeText(bytes);
  return { kind: 'txt', sha256, lines: linesOfText(text) };
}
