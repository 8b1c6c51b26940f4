// The Word copy of the fixture as an office sees it: opened by LibreOffice on a computer without
// Vazirmatn (helpers/libreoffice.ts) and printed to PDF, then read with poppler. One LibreOffice
// start-up (about a second) converts both files: the fixture, and the fixture with 112 guests,
// whose long last line before the signatures ends where, without keep-with-next, LibreOffice
// 7.4 put the signature block alone on page 4.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Packer } from 'docx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docxFonts } from '../../../electron/core/cli/print-docx';
import { minutesDocx } from '../../../renderer/src/print/minutes-docx';
import { persianTypography } from '../../../electron/contract/print-typography';
import { api, createDb } from '../../helpers/db';
import { fixture } from '../../helpers/fixtures';
import { drawnBy, glyphOf } from '../../helpers/truetype';
import { libreOfficePdf, pageImages, pdfPageSizes, pdfTitle } from '../../helpers/libreoffice';
import { pdfFonts, pdfPages, pdfText, squash } from '../../helpers/pdf';

/** One page's text lines without bidi controls. */
const lines = (text: string) => text.split('\n').map((l) => l.replace(/\p{Cf}/gu, '').trim());

const guests = Array.from({ length: 112 }, (_, i) => ({
  organization: `مهمان شماره ${i} از سازمان برنامه و بودجه استان`,
  person: null,
  status: 'guest',
}));

describe('Word copy in LibreOffice', () => {
  let pdf = '';
  let longPdf = '';
  let pages = 0;
  const doc = fixture();

  let dir = '';
  afterAll(() => dir && rmSync(dir, { recursive: true, force: true }));

  beforeAll(async () => {
    // Its own folder: helpers/db removes its temporary folders after each test.
    dir = mkdtempSync(path.join(tmpdir(), 'dabir-docx-'));
    const write = async (name: string, document: unknown) => {
      const { call } = api(createDb());
      const { sessionId } = call('minutes.import', { document });
      const docx = path.join(dir, `${name}.docx`);
      writeFileSync(docx, await Packer.toBuffer(minutesDocx(call('minutes.printable', { sessionId }), docxFonts())));
      return docx;
    };
    const long = fixture();
    long.session.attendance.push(...guests);
    const converted = await libreOfficePdf([await write('minutes', doc), await write('many-guests', long)], dir);
    [pdf, longPdf] = converted.pdfs as [string, string];
    pages = pdfPages(pdf);
    pageImages(pdf, 'docx-libreoffice');
    pageImages(longPdf, 'docx-libreoffice-many-guests');
    console.log(
      `LibreOffice: two Word copies to PDF in ${converted.seconds.toFixed(1)} s, ${pages} and ${pdfPages(longPdf)} pages`,
    );
  }, 90_000);

  it('is A4 with «صفحه N از M» on every page, its numbers in the Persian-digit face', () => {
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(pdfPageSizes(pdf).every((p) => p.width === 595 && p.height === 842)).toBe(true);
    for (let n = 1; n <= pages; n++) expect(squash(pdfText(pdf, n))).toContain(`صفحه${n}از${pages}`);
    // The fields are laid out in Latin digits (so the text layer reads 1 and 2) but drawn by
    // Vazirmatn FD, whose 0-9 are the outlines of ۰-۹.
    const fd = readFileSync(path.resolve('resources/fonts/Vazirmatn-FD-Regular.ttf'));
    expect([...'۰۱۲۳۴۵۶۷۸۹'].every((d) => glyphOf(fd, d) !== 0)).toBe(true);
    expect([...'0123456789'].map((d) => drawnBy(fd, d))).toEqual([...'۰۱۲۳۴۵۶۷۸۹'].map((d) => drawnBy(fd, d)));
  });

  it('uses the fonts it embeds: Vazirmatn regular and bold, and the page numbers’ face', () => {
    const fonts = pdfFonts(pdf);
    for (const name of ['Vazirmatn-Regular', 'Vazirmatn-Bold', 'Vazirmatn-FD-Regular'])
      expect(fonts.find((f) => f.name.endsWith(`+${name}`))?.embedded).toBe(true);
  });

  it('titles the document in Persian digits and prints «ردیف» whole on each page of the table', () => {
    expect(pdfTitle(pdf)).toContain('در سال ۱۳۹۹');
    expect(pdfTitle(pdf)).not.toMatch(/[0-9]/);
    expect(squash(pdfText(pdf, 1))).toContain('خانوادهاستانمرکزیدرسال۱۳۹۹');
    const headerPages = Array.from({ length: pages }, (_, i) => i + 1).filter((n) =>
      lines(pdfText(pdf, n)).includes('مسئول پیگیری'),
    );
    expect(headerPages.length).toBeGreaterThanOrEqual(2);
    for (const n of headerPages) expect(lines(pdfText(pdf, n))).toContain('ردیف');
  });

  it('never leaves the signature block alone on a page', () => {
    const signer = doc.session.signatories[0].name as string;
    // The end of the attendance line before it is on the same page: the fixture's last absent
    // organisation, the last guest.
    const absent = (doc.session.attendance as { organization: string; status: string }[]).filter(
      (a) => a.status === 'absent',
    );
    for (const [file, before] of [
      [pdf, absent.at(-1)!.organization],
      [longPdf, guests.at(-1)!.organization],
    ] as const) {
      const count = pdfPages(file);
      const page = Array.from({ length: count }, (_, i) => i + 1).find((n) => pdfText(file, n).includes(signer));
      expect(page).toBeDefined();
      // As printed: the Word copy sets typed text in Persian typography (Persian digits).
      expect(squash(pdfText(file, page))).toContain(squash(persianTypography(before)));
    }
  });
});
