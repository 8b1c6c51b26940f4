// The Word copy of the minutes, built from the fixture's printable form and read back from the
// .docx itself: right to left (paragraphs, runs, table), header row repeated, rows kept whole,
// Persian digits and every resolution and organisation in the text.
import { Packer } from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { docxFonts } from '../../../electron/core/cli/print-docx';
import { minutesDocx } from '../../../renderer/src/print/minutes-docx';
import { api, createDb, finalize } from '../../helpers/db';
import { fixture, noDeadlineFixture } from '../../helpers/fixtures';

async function documentXml(
  sessionFinal: boolean,
): Promise<{ xml: string; hash: string | null; doc: ReturnType<typeof fixture>; files: Record<string, Uint8Array> }> {
  const db = createDb();
  const { call } = api(db);
  const doc = fixture();
  const { sessionId } = call('minutes.import', { document: doc });
  const hash = sessionFinal ? finalize(db, sessionId) : null;
  const buffer = await Packer.toBuffer(minutesDocx(call('minutes.printable', { sessionId }), docxFonts()));
  const files = unzipSync(new Uint8Array(buffer));
  expect(Object.keys(files)).toContain('word/document.xml');
  const footer = Object.keys(files).find((f) => /^word\/footer\d*\.xml$/.test(f));
  return { xml: strFromU8(files['word/document.xml']!) + strFromU8(files[footer!]!), hash, doc, files };
}

/** The text of all runs, XML entities undone. */
const textOf = (xml: string) =>
  [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
    .map((m) => m[1]!)
    .join('')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

describe('Word export', () => {
  it('is right to left with the minutes’ text, Persian digits and a repeating, unsplittable table', async () => {
    const { xml, doc } = await documentXml(false);
    expect(xml).toContain('<w:bidi/>');
    expect(xml).toContain('<w:rtl/>');
    expect(xml).toContain('<w:bidiVisual/>');
    expect(xml).toContain('<w:tblHeader/>');
    expect(xml.match(/<w:cantSplit\/>/g)?.length).toBe(doc.session.resolutions.length + 1);
    expect(xml).toContain('w:bidi="fa-IR"');
    const text = textOf(xml);
    expect(text).toContain(
      'صورتجلسه اولین جلسه کار گروه تخصصی امور اجتماعی، فرهنگی، سلامت، زنان و خانواده استان مرکزی در سال ۱۳۹۹',
    );
    expect(text).toContain('تاریخ جلسه: ۱۳۹۹/۰۲/۰۲');
    for (const r of doc.session.resolutions as { body: string }[]) expect(text).toContain(r.body);
    for (const a of doc.session.attendance as { organization: string }[]) expect(text).toContain(a.organization);
    expect(text).toContain('غایبین در جلسه (۱۴ دستگاه)');
    expect(text).toContain('یکماه');
    expect(text).toContain('پیش‌نویس — قطعی نشده است');
    expect(text).not.toMatch(/سال 1399/);
    // The signature block keeps with the line before it (the fixture's last: the absent).
    const paragraphs = xml.split('</w:p>');
    const before = paragraphs.findIndex((p) => textOf(p).includes('غایبین در جلسه'));
    expect(textOf(paragraphs[before + 1]!)).toBe(doc.session.signatories[0].name);
    expect(paragraphs[before]).toContain('<w:keepNext/>');
    expect(paragraphs[before + 1]).toContain('<w:keepNext/>');
  });

  it('embeds Vazirmatn (regular, bold, and the Persian-digit face of the page numbers)', async () => {
    const { files } = await documentXml(false);
    expect(Object.keys(files).filter((f) => f.startsWith('word/fonts/'))).toHaveLength(3);
    const table = strFromU8(files['word/fontTable.xml']!);
    expect(table).toMatch(/<w:font w:name="Vazirmatn">.*<w:embedRegular .*<w:embedBold /s);
    expect(table).toMatch(/<w:font w:name="Vazirmatn FD">.*<w:embedRegular /s);
  });

  it('carries the content hash of a final session in its footer', async () => {
    const { xml, hash } = await documentXml(true);
    expect(textOf(xml)).toContain(`اثر انگشت: ${hash!.slice(0, 16)}`);
  });

  it('leaves the deadline cell empty for a resolution with no deadline, beside one that has a deadline', async () => {
    const db = createDb();
    const { call } = api(db);
    const doc = noDeadlineFixture();
    doc.session.resolutions[1].deadline = { kind: 'months', value: 1 };
    const { sessionId } = call('minutes.import', { document: doc });
    const buffer = await Packer.toBuffer(minutesDocx(call('minutes.printable', { sessionId }), docxFonts()));
    const xml = strFromU8(unzipSync(new Uint8Array(buffer))['word/document.xml']!);
    // The resolutions table: the one whose header row names مهلت اقدام; its cells row by row.
    const rows = [...xml.matchAll(/<w:tr>.*?<\/w:tr>/gs)]
      .map((m) => [...m[0].matchAll(/<w:tc>.*?<\/w:tc>/gs)].map((c) => textOf(c[0])))
      .filter((cells) => cells.length === 5);
    const header = rows.findIndex((cells) => cells[3] === 'مهلت اقدام');
    expect(header).toBeGreaterThanOrEqual(0);
    const deadlines = rows.slice(header + 1, header + 6).map((cells) => [cells[0], cells[3]]);
    expect(deadlines).toEqual([
      ['۱', ''],
      ['۲', 'یکماه'],
      ['۳', ''],
      ['۴', ''],
      ['۵', ''],
    ]);
  });
});
