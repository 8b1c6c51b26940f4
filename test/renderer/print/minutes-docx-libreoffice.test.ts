// The Word copy of the fixture as an office sees it: opened by LibreOffice on a computer without
// Vazirmatn (helpers/libreoffice.ts) and printed to PDF, then read with poppler. One conversion
// for the whole file (a LibreOffice start-up costs about a second).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Packer } from 'docx';
import { beforeAll, describe, expect, it } from 'vitest';
import { docxFonts } from '../../../electron/core/cli/print-docx';
import { minutesDocx } from '../../../renderer/src/print/minutes-docx';
import { api, createDb } from '../../helpers/db';
import { fixture } from '../../helpers/fixtures';
import { drawnBy, glyphOf } from '../../helpers/truetype';
import { libreOfficePdf, pageImages, pdfPageSizes, pdfTitle } from '../../helpers/libreoffice';
import { pdfFonts, pdfPages, pdfText, squash } from '../../helpers/pdf';

/** One page's text lines without bidi controls. */
const lines = (text: string) => text.split('\n').map((l) => l.replace(/\p{Cf}/gu, '').trim());

describe('Word copy in LibreOffice', () => {
  let pdf = '';
  let pages = 0;
  const doc = fixture();

  beforeAll(async () => {
    // Its own folder: helpers/db removes its temporary folders after each test.
    const dir = mkdtempSync(path.join(tmpdir(), 'dabir-docx-'));
    const { call } = api(createDb());
    const { sessionId } = call('minutes.import', { document: doc });
    const docx = path.join(dir, 'minutes.docx');
    writeFileSync(docx, await Packer.toBuffer(minutesDocx(call('minutes.printable', { sessionId }), docxFonts())));
    const converted = await libreOfficePdf([docx], dir);
    pdf = converted.pdfs[0]!;
    pages = pdfPages(pdf);
    pageImages(pdf, 'docx-libreoffice');
    console.log(`LibreOffice: the Word copy to PDF in ${converted.seconds.toFixed(1)} s, ${pages} pages`);
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
    const page = Array.from({ length: pages }, (_, i) => i + 1).find((n) => pdfText(pdf, n).includes(signer))!;
    expect(page).toBeDefined();
    // The attendance line before it (the absent, the fixture's last) is on the same page.
    expect(pdfText(pdf, page)).toContain('غایبین در جلسه');
  });
});
