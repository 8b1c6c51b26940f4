// Files that are not minutes, or not readable, refused whole by pastMinutes.read on a real database (a Persian message naming the file, nothing written); the seed as a secretary's PC saves it (UTF-8 with BOM, UTF-16, Windows-1256, Word 97) made a draft.
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { Zip, ZipDeflate, deflateSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { Result } from '../../../electron/contract';
import { MAX_PAST_MINUTES_BYTES, inputLimit } from '../../../electron/contract/limits';
import { toPersianDigits } from '../../../electron/contract/persian-text';
import { createAsyncDispatcher } from '../../../electron/core/api/async-dispatch';
import type { Db } from '../../../electron/core/db/open';
import { api, createDb, dump } from '../../helpers/db';
import { convertWithLibreOffice, modelToDocx, pastMinutesDir, sourceModel } from '../../helpers/past-minutes-files';

const seed = readFileSync(path.join(pastMinutesDir, 'markazi-1399-01.txt'));
const seedText = seed.toString('utf8');

function secretariat(): Db {
  const db = createDb();
  api(db).call('secretariat.setup', { name: 'دبیرخانه کارگروه‌های استانداری مرکزی', province: 'مرکزی' });
  return db;
}

const read = (db: Db, fileName: string, bytes: Uint8Array, group: string | null = null): Promise<Result<unknown>> =>
  createAsyncDispatcher(db)('pastMinutes.read', { fileName, data: Buffer.from(bytes).toString('base64'), group });

const sources = (db: Db) => (db.prepare('SELECT count(*) AS n FROM past_minutes_source').get() as { n: number }).n;
const sessions = (db: Db) => (db.prepare('SELECT count(*) AS n FROM session').get() as { n: number }).n;

/** The refusal's message, after checking it names the file, is Persian, and nothing was written. */
async function refused(db: Db, fileName: string, bytes: Uint8Array, group: string | null = null): Promise<string> {
  const before = dump(db);
  const r = await read(db, fileName, bytes, group);
  if (r.ok) throw new Error(`«${fileName}» was read into a draft: ${JSON.stringify(r.value)}`);
  expect(r.error.message.startsWith(`«${fileName}»: `), r.error.message).toBe(true);
  expect(r.error.message.slice(fileName.length + 4)).toMatch(/^[\u0600-\u06FF]/);
  expect(r.error.message).not.toMatch(/Error|undefined|\bat\b/);
  expect(dump(db)).toEqual(before);
  return r.error.message;
}

/** Bytes that look like nothing: SHA-256 in counter mode, the same every run. */
function noise(length: number): Buffer {
  const out = Buffer.alloc(length);
  for (let i = 0; i * 32 < length; i++)
    createHash('sha256')
      .update(`noise ${i}`)
      .digest()
      .copy(out, i * 32);
  out[0] = 0x13; // not any container's first byte
  return out;
}

/** A one-pixel PNG, chunk CRCs and all. */
function png(): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    return Buffer.concat([len, body, crc]);
  };
  const ihdr = Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0]);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', Buffer.from(deflateSync(Uint8Array.of(0, 255, 255, 255)))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return (c ^ 0xffffffff) >>> 0;
}

/** A small real PDF: one page saying a line, with its cross-reference table. */
function pdf(): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    '<< /Length 44 >>\nstream\nBT /F1 24 Tf 72 760 Td (Minutes 1399) Tj ET\nendstream',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let text = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(text.length);
    text += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = text.length;
  text += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  text += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  text += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(text, 'latin1');
}

/**
 * A .docx locked with a password as Office saves it: an OLE compound file (version 3, 512-byte
 * sectors) holding an EncryptionInfo stream (agile encryption, version 4.4) and the EncryptedPackage
 * (the zip's size, then its encrypted bytes). LibreOffice 7.4 headless could not be made to save
 * one from the command line, so it is built here, sector by sector.
 */
function passwordProtectedDocx(): Buffer {
  const SECTOR = 512;
  const FREE = 0xffffffff;
  const END = 0xfffffffe;
  const FATSECT = 0xfffffffd;
  const info = Buffer.concat([
    Buffer.from([0x04, 0x00, 0x04, 0x00, 0x40, 0x00, 0x00, 0x00]),
    Buffer.from(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<encryption xmlns="http://schemas.microsoft.com/office/2006/encryption" xmlns:p="http://schemas.microsoft.com/office/2006/keyEncryptor/password"><keyData saltSize="16" blockSize="16" keyBits="256" hashSize="64" cipherAlgorithm="AES" cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512" saltValue="AAAAAAAAAAAAAAAAAAAAAA=="/><keyEncryptors><keyEncryptor uri="http://schemas.microsoft.com/office/2006/keyEncryptor/password"><p:encryptedKey spinCount="100000" saltSize="16" blockSize="16" keyBits="256" hashSize="64" cipherAlgorithm="AES" cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512"/></keyEncryptor></keyEncryptors></encryption>',
      'utf8',
    ),
  ]);
  const infoStream = Buffer.concat([info, Buffer.alloc(4096 - info.length)]); // past the mini-stream cutoff
  const packageSize = 8192;
  const pkg = Buffer.concat([Buffer.alloc(8), noise(packageSize)]);
  pkg.writeUInt32LE(packageSize, 0);
  const streams = [
    { name: 'EncryptionInfo', data: infoStream },
    { name: 'EncryptedPackage', data: pkg },
  ];
  // Sector 0: the FAT; 1: the directory; then each stream's sectors in a chain.
  const fat = Buffer.alloc(SECTOR, 0xff);
  fat.writeUInt32LE(FATSECT, 0);
  fat.writeUInt32LE(END, 4);
  let next = 2;
  const starts = streams.map((s) => {
    const n = Math.ceil(s.data.length / SECTOR);
    const first = next;
    for (let i = 0; i < n; i++) fat.writeUInt32LE(i === n - 1 ? END : first + i + 1, (first + i) * 4);
    next += n;
    return first;
  });
  const entry = (
    name: string,
    type: number,
    left: number,
    right: number,
    child: number,
    start: number,
    size: number,
  ) => {
    const e = Buffer.alloc(128);
    e.write(name, 0, 'utf16le');
    e.writeUInt16LE(name ? (name.length + 1) * 2 : 0, 64);
    e[66] = type;
    e[67] = 1; // black
    e.writeUInt32LE(left, 68);
    e.writeUInt32LE(right, 72);
    e.writeUInt32LE(child, 76);
    e.writeUInt32LE(start, 116);
    e.writeUInt32LE(size, 120);
    return e;
  };
  // Siblings are ordered by name length first: EncryptionInfo (14) before EncryptedPackage (16).
  const directory = Buffer.concat([
    entry('Root Entry', 5, FREE, FREE, 1, END, 0),
    entry('EncryptionInfo', 2, FREE, 2, FREE, starts[0]!, streams[0]!.data.length),
    entry('EncryptedPackage', 2, FREE, FREE, FREE, starts[1]!, streams[1]!.data.length),
    entry('', 0, FREE, FREE, FREE, 0, 0),
  ]);
  const header = Buffer.alloc(SECTOR);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
  header.writeUInt16LE(0x003e, 24); // minor version
  header.writeUInt16LE(0x0003, 26); // major version 3
  header.writeUInt16LE(0xfffe, 28); // little-endian
  header.writeUInt16LE(9, 30); // 512-byte sectors
  header.writeUInt16LE(6, 32); // 64-byte mini sectors
  header.writeUInt32LE(1, 44); // one FAT sector
  header.writeUInt32LE(1, 48); // the directory's first sector
  header.writeUInt32LE(4096, 56); // mini-stream cutoff
  header.writeUInt32LE(END, 60); // no mini FAT
  header.writeUInt32LE(0, 64);
  header.writeUInt32LE(END, 68); // no DIFAT sectors
  header.writeUInt32LE(0, 72);
  header.fill(0xff, 76);
  header.writeUInt32LE(0, 76); // DIFAT[0]: the FAT is sector 0
  const pad = (b: Buffer) => Buffer.concat([b, Buffer.alloc((SECTOR - (b.length % SECTOR)) % SECTOR)]);
  return Buffer.concat([header, fat, directory, ...streams.map((s) => pad(s.data))]);
}

/** A zip whose word/document.xml unpacks to `mb` megabytes of zeros, deflated a megabyte at a time. */
function zipBomb(mb: number): Buffer {
  const parts: Uint8Array[] = [];
  const zip = new Zip((err, chunk) => {
    if (err) throw err;
    parts.push(chunk);
  });
  const add = (name: string, text: string) => {
    const f = new ZipDeflate(name, { level: 9 });
    zip.add(f);
    f.push(new TextEncoder().encode(text), true);
  };
  add(
    '[Content_Types].xml',
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
  );
  const doc = new ZipDeflate('word/document.xml', { level: 1 });
  zip.add(doc);
  const zeros = new Uint8Array(1024 * 1024);
  for (let i = 0; i < mb; i++) doc.push(zeros, i === mb - 1);
  zip.end();
  return Buffer.concat(parts);
}

/** Text as Windows «ANSI» (Windows-1256) saves it: its best fit for Persian ی and digits, «?» for the rest. */
function windows1256(text: string): Buffer {
  const decoder = new TextDecoder('windows-1256');
  const byteOf = new Map<string, number>();
  for (let b = 0xff; b >= 0; b--) byteOf.set(decoder.decode(Uint8Array.of(b)), b);
  const bestFit = text.replace(/ی/g, 'ي').replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x06f0));
  return Buffer.from([...bestFit].map((c) => byteOf.get(c) ?? 0x3f));
}

async function seedDocx(): Promise<Buffer> {
  return modelToDocx(sourceModel('markazi-1399-01'));
}

describe('pastMinutes.read refuses what is not minutes, naming the file, and writes nothing', () => {
  it('refuses random bytes named .doc, a PDF, RTF, a PNG and an empty file by what they are', async () => {
    const db = secretariat();
    expect(await refused(db, 'صورتجلسه ۱۴۰۲.doc', noise(50_000))).toContain('نه Word است و نه متن');
    expect(await refused(db, 'صورتجلسه.pdf', pdf())).toContain('پرونده PDF است');
    const rtf = Buffer.from(
      `{\\rtf1\\ansi\\ansicpg1256\\deff0{\\fonttbl{\\f0 Tahoma;}}\\rtlpar\\f0 ${seedText.slice(0, 200)}\\par}`,
    );
    expect(await refused(db, 'minutes.rtf', rtf)).toContain('پرونده RTF است');
    expect(await refused(db, 'اسکن.png', png())).toContain('تصویر است');
    expect(await refused(db, 'خالی.txt', new Uint8Array(0))).toContain('پرونده خالی است');
    expect(sources(db)).toBe(0);
  });

  it('refuses an Excel workbook, a zip that is not Word and a .docx cut in half', async () => {
    const db = secretariat();
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('مصوبات');
    sheet.addRow(['ردیف', 'مفاد', 'مهلت اقدام', 'مسئول پیگیری']);
    sheet.addRow([1, 'اعضاء کارگروه برنامه های پیشنهادی را اعلام نمایند', '۱۰ روز', 'دبیرخانه']);
    const xlsx = Buffer.from(await book.xlsx.writeBuffer());
    expect(xlsx.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(await refused(db, 'مصوبات.xlsx', xlsx)).toContain('Excel است');

    const zip = Buffer.from(zipSync({ 'notes.txt': seed, 'photo/logo.png': png() }));
    expect(await refused(db, 'پیوست‌ها.docx', zip)).toContain('فشرده است ولی Word نیست');

    const docx = await seedDocx();
    expect(await refused(db, 'نیمه.docx', docx.subarray(0, Math.floor(docx.length / 2)))).toContain('خراب است');
    expect(sources(db)).toBe(0);
  });

  it('refuses a zip bomb (200 MB of zeros as word/document.xml)', async () => {
    const db = secretariat();
    const bomb = zipBomb(200);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    expect(await refused(db, 'bomb.docx', bomb)).toContain('بیش از حد بزرگ باز می‌شود');
  }, 60_000);

  it('refuses a .docx locked with a password (an OLE file with an EncryptedPackage stream)', async () => {
    const locked = passwordProtectedDocx();
    // A compound file a real OLE reader opens, holding the two streams Office writes.
    const OleCompoundDoc = createRequire(import.meta.url)('word-extractor/lib/ole-compound-doc.js') as new (
      reader: unknown,
    ) => { read(): Promise<{ _rootStorage: { _dirEntry: { streams: Record<string, { size: number }> } } }> };
    const BufferReader = createRequire(import.meta.url)('word-extractor/lib/buffer-reader.js') as new (
      b: Buffer,
    ) => unknown;
    const ole = await new OleCompoundDoc(new BufferReader(locked)).read();
    expect(Object.keys(ole._rootStorage._dirEntry.streams).sort()).toEqual(['EncryptedPackage', 'EncryptionInfo']);
    expect(ole._rootStorage._dirEntry.streams.EncryptedPackage!.size).toBe(8200);

    const db = secretariat();
    expect(await refused(db, 'قفل.docx', locked)).toContain('با گذرواژه قفل شده است');
  });

  it('refuses a file over 20 MB: the contract answers first with the size', async () => {
    const db = secretariat();
    const before = dump(db);
    const line = Buffer.from(`${seedText.split('\n')[9]}\n`);
    const big = Buffer.alloc(21 * 1024 * 1024);
    for (let at = 0; at < big.length; at += line.length) line.copy(big, at);
    const r = await read(db, 'بزرگ.txt', big);
    if (r.ok) throw new Error('a 21 MB file was read');
    expect(r.error.code).toBe('invalid_input');
    // The size said, in kilobytes: what was sent (21 MB as base64, in its JSON) and the most taken.
    const sent = JSON.stringify({ fileName: 'بزرگ.txt', data: big.toString('base64'), group: null }).length;
    const kb = (n: number) => toPersianDigits(Math.ceil(n / 1024));
    expect(r.error.message).toBe(
      `ورودی بیش از حد بزرگ است (${kb(sent)} کیلوبایت؛ بیشینه ${kb(inputLimit('pastMinutes.read'))} کیلوبایت)`,
    );
    expect(kb(sent)).toBe('۲۸۶۷۳');
    // Just over 20 MB fits the input limit's margin and is refused by the field's own limit.
    const over = await read(db, 'کمی بزرگ.txt', big.subarray(0, MAX_PAST_MINUTES_BYTES + 1024));
    if (over.ok) throw new Error('a file over 20 MB was read');
    expect(over.error.message).toContain('پرونده بیش از حد بزرگ است (بیشینه ۲۰ مگابایت)');
    expect(dump(db)).toEqual(before);
  }, 60_000);

  it('refuses the seed imported twice; the first draft stays', async () => {
    const db = secretariat();
    const first = await read(db, 'markazi-1399-01.txt', seed);
    if (!first.ok) throw new Error(first.error.message);
    const kept = dump(db);
    expect(sources(db)).toBe(1);
    const again = await refused(db, 'نسخه دوم.txt', seed);
    expect(again).toContain('این پرونده پیش‌تر وارد شده است (جلسه ۱ سال ۱۳۹۹)');
    expect(dump(db)).toEqual(kept);
    expect(sessions(db)).toBe(1);
  });

  it('refuses a second file naming a session that exists (the seed as text, then as Word)', async () => {
    const db = secretariat();
    const first = await read(db, 'markazi-1399-01.txt', seed);
    if (!first.ok) throw new Error(first.error.message);
    const message = await refused(db, 'markazi-1399-01.docx', await seedDocx());
    expect(message).toMatch(/جلسه ۱ سال ۱۳۹۹ کارگروه «.+» از قبل ثبت شده است؛ چیزی از این پرونده وارد نشد/);
    expect(sessions(db)).toBe(1);
    expect(sources(db)).toBe(1);
  });
});

describe('pastMinutes.read takes the seed as a secretary’s PC saves it', () => {
  const drafted = async (fileName: string, bytes: Uint8Array, kind: string) => {
    const db = secretariat();
    const r = await read(db, fileName, bytes);
    if (!r.ok) throw new Error(`${fileName}: ${r.error.message}`);
    const { sessionId } = r.value as { sessionId: string };
    const doc = api(db).call('minutes.export', { sessionId });
    expect(doc.session.date).toBe('1399/02/02');
    expect(doc.session.number).toBe(1);
    expect(doc.session.year).toBe(1399);
    const source = db.prepare('SELECT file_name, kind, sha256 FROM past_minutes_source').all();
    expect(source).toEqual([{ file_name: fileName, kind, sha256: createHash('sha256').update(bytes).digest('hex') }]);
    return doc;
  };

  it('UTF-8 with a BOM', async () => {
    const doc = await drafted('bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), seed]), 'txt');
    expect(doc.session.resolutions).toHaveLength(5);
    expect(doc.workingGroup.name.startsWith('\ufeff')).toBe(false);
  });

  it('UTF-16LE with a BOM (Notepad’s «Unicode»)', async () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(seedText, 'utf16le')]);
    const doc = await drafted('unicode.txt', bytes, 'txt');
    expect(doc.session.resolutions).toHaveLength(5);
    expect(doc.session.resolutions[0]!.body).toContain('اعضاء کارگروه');
  });

  it('Windows-1256 (Notepad’s «ANSI» on Persian Windows)', async () => {
    const bytes = windows1256(seedText);
    // Not UTF-8, so read as Windows-1256: the text comes back but for what that code page lacks.
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    const doc = await drafted('ansi.txt', bytes, 'txt');
    expect(doc.session.resolutions).toHaveLength(5);
    expect(doc.session.resolutions[0]!.body).toContain('اعضاء کارگروه');
  });

  /** The seed's .docx saved again by LibreOffice as Word 97, converted once for both tests below. */
  let doc97: Promise<Buffer> | undefined;
  const seedDoc = () =>
    (doc97 ??= (async () => {
      const dir = mkdtempSync(path.join(tmpdir(), 'dabir-doc97-'));
      try {
        const docx = path.join(dir, 'markazi-1399-01.docx');
        writeFileSync(docx, await seedDocx());
        return readFileSync(await convertWithLibreOffice(docx, 'doc', path.join(dir, 'out')));
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    })());

  it('Word 97 .doc saved by LibreOffice from the seed’s .docx: its date and number', async () => {
    const bytes = await seedDoc();
    expect(bytes.subarray(0, 4)).toEqual(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]));
    await drafted('markazi-1399-01.doc', bytes, 'doc');
  }, 90_000);

  // word-extractor ends a cell's paragraphs with a line break: a row is rebuilt from its cell and
  // row marks (read-file.ts), so the responsible bodies and «الف) ب)» clauses stay in their row.
  it('Word 97 .doc saved by LibreOffice from the seed’s .docx: its five resolutions', async () => {
    const db = secretariat();
    const r = await read(db, 'markazi-1399-01.doc', await seedDoc());
    if (!r.ok) throw new Error(r.error.message);
    const doc = api(db).call('minutes.export', { sessionId: (r.value as { sessionId: string }).sessionId });
    expect(doc.session.resolutions).toHaveLength(5);
  }, 90_000);
});
