// Printed minutes as PDF, made by `dabir print` with the system Chromium and read back with
// poppler: the fixture's text in reading order, the embedded font, a long session whose table
// header repeats and whose rows never split, hostile text printed as plain text, final and amendment sheets.
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run, type Io } from '../../electron/core/cli/index';
import { persianTypography } from '../../electron/contract/print-typography';
import { faDigits } from '../../renderer/src/i18n/digits';
import { screenshots, startApp, type TestApp } from '../helpers/app';
import { finalize } from '../helpers/db';
import { fixture } from '../helpers/fixtures';
import { longMinutes, longOrganization } from '../helpers/long-minutes';
import { pdfFlowText, pdfFonts, pdfImages, pdfPages, pdfText, squash, type Crop } from '../helpers/pdf';

// The resolutions table's columns on an A4 page with 14 mm margins (renderer/src/print/print.css),
// measured from the left edge: ردیف is rightmost, مسئول پیگیری leftmost.
const rowColumn: Crop = { leftMm: 187.5, widthMm: 8 };
const bodyColumn: Crop = { leftMm: 69.5, widthMm: 97 };

/**
 * pdftotext lists space-separated numbers inside right-to-left text in visual order («۹۰۰۷ ۷۵۳۸»
 * comes back «۷۵۳۸ ۹۰۰۷») although they print in the right order; so bodies are compared by
 * their letters in order, and each of their numbers is looked for on its own.
 */
const letters = (s: string) => squash(s).replace(/[0-9۰-۹]/g, '');
const numbersIn = (s: string) => s.match(/[0-9۰-۹]+/g) ?? [];

let app: TestApp;
let dir: string;

beforeAll(async () => {
  app = await startApp();
  dir = path.join(path.dirname(app.file), 'pdf');
  mkdirSync(dir, { recursive: true });
  mkdirSync(screenshots, { recursive: true });
});
afterAll(async () => {
  await app.close();
});

function io() {
  const out: string[] = [];
  const err: string[] = [];
  const sink: Io = { out: (l) => out.push(l), err: (l) => err.push(l) };
  return { sink, out, err };
}

async function print(session: string, name: string, ...extra: string[]): Promise<{ file: string; said: string }> {
  const file = path.join(dir, `${name}.pdf`);
  const { sink, err } = io();
  const code = await run(['print', session, '--db', app.file, '--out', file, ...extra], sink);
  expect(code, err.join('\n')).toBe(0);
  copyFileSync(file, path.join(screenshots, `print-${name}.pdf`));
  return { file, said: err.join('\n') };
}

function importDocument(document: unknown): string {
  return (app.call('minutes.import', { document }) as { sessionId: string }).sessionId;
}

describe('dabir print', () => {
  it('prints the real minutes with Chromium: every resolution, organisation, the date, absentee count and footer, in order', async () => {
    const doc = fixture();
    const sessionId = importDocument(doc);
    const { file, said } = await print(sessionId, 'fixture');
    expect(said).toContain('Chromium');
    expect(said).toContain('/usr/bin/chromium');
    const pages = pdfPages(file);
    expect(pages).toBeGreaterThanOrEqual(2);
    const text = squash(pdfFlowText(file));

    // Reading order: the title, the header, then each resolution body in turn, then attendance.
    const at = (s: string) => text.indexOf(squash(s));
    expect(at('صورتجلسه اولین جلسه کار گروه تخصصی امور اجتماعی')).toBe(0);
    expect(at('تاریخ جلسه:۱۳۹۹/۰۲/۰۲')).toBeGreaterThan(0);
    const bodies = (doc.session.resolutions as { body: string }[]).map((r) => r.body);
    const bodyText = Array.from({ length: pages }, (_, i) => squash(pdfText(file, i + 1, bodyColumn))).join('');
    let last = -1;
    for (const body of bodies) {
      const where = letters(bodyText).indexOf(letters(body));
      expect(where, body.slice(0, 40)).toBeGreaterThan(last);
      last = where;
      for (const number of numbersIn(body)) expect(bodyText).toContain(number);
    }
    last = at('حاضرین در جلسه');
    expect(last).toBeGreaterThan(at('مصوبات'));
    for (const line of doc.session.attendance as { organization: string }[]) {
      const where = text.indexOf(squash(line.organization), last);
      expect(where, line.organization).toBeGreaterThan(-1);
    }
    expect(text).toContain(squash('غایبین در جلسه (۱۴ دستگاه)'));
    for (let page = 1; page <= pages; page++) {
      const pageText = squash(pdfText(file, page));
      expect(pageText).toContain(squash(`صفحه ${faDigits(page)} از ${faDigits(pages)}`));
      expect(pageText).toContain(squash(`مرجع: جلسه ۱ سال ۱۳۹۹، شناسه ${sessionId.slice(0, 8)}`));
      expect(pageText).toContain(squash('پیش‌نویس — قطعی نشده است'));
    }
    expect(text).toContain(squash('سید علی آقازاده'));

    const fonts = pdfFonts(file);
    expect(fonts.filter((f) => f.name.includes('Vazirmatn')).map((f) => f.embedded)).toEqual([true, true]);
    pdfImages(file, path.join(screenshots, 'print-fixture'));
  });

  it('keeps the table header on every page and never splits a row, with 60 resolutions and 80 attendance lines', async () => {
    const doc = longMinutes('کارگروه آزمون چاپ بلند');
    const sessionId = importDocument(doc);
    const { file } = await print(sessionId, 'long');
    const pages = pdfPages(file);
    expect(pages).toBeGreaterThan(8);

    const pageOf = new Map<number, number[]>();
    for (let page = 1; page <= pages; page++) {
      const rows = pdfText(file, page, rowColumn);
      // One row number per line of the ردیف column.
      const numbers = rows
        .split('\n')
        .map((l) => l.replace(/[\p{Cf}\s]/gu, ''))
        .filter((l) => /^[۰-۹]+$/.test(l))
        .map((l) => Number(l.replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x6f0))));
      const body = squash(pdfText(file, page, bodyColumn));
      for (const n of numbers.filter((x) => x >= 1 && x <= 60)) {
        pageOf.set(n, [...(pageOf.get(n) ?? []), page]);
        // The whole body of each row on this page is on this page.
        expect(body, `row ${n} on page ${page}`).toContain(
          squash(persianTypography(doc.session.resolutions[n - 1].body)),
        );
      }
      if (numbers.length > 0) {
        expect(squash(rows), `header on page ${page}`).toContain('ردیف');
        const header = body.indexOf('مفاد');
        expect(header, `header on page ${page}`).toBeGreaterThan(-1);
        expect(header, `header on page ${page}`).toBeLessThan(body.indexOf('مصوبهشماره'));
      }
    }
    // Every row printed exactly once, on one page.
    expect([...pageOf.keys()].sort((a, b) => a - b)).toEqual(Array.from({ length: 60 }, (_, i) => i + 1));
    expect([...pageOf.values()].every((p) => p.length === 1)).toBe(true);
    expect(new Set([...pageOf.values()].flat()).size).toBeGreaterThan(4);

    const text = squash(pdfFlowText(file));
    for (let i = 1; i <= 80; i++) expect(text).toContain(squash(longOrganization(i)));
    expect(text).toContain(squash(`غایبین در جلسه (${faDigits(20)} دستگاه)`));
    for (let page = 1; page <= pages; page++)
      expect(squash(pdfText(file, page))).toContain(squash(`صفحه ${faDigits(page)} از ${faDigits(pages)}`));
    pdfImages(file, path.join(screenshots, 'print-long'), 40);
  });

  it('prints script, HTML and bidi overrides typed in any field as plain text', async () => {
    const doc = fixture();
    doc.workingGroup.name = 'کارگروه آزمون متن خطرناک';
    doc.session.location = '<img src=x onerror=alert(1)>سالن';
    doc.session.agenda = ['<script>document.title="hacked"</script>دستور'];
    doc.session.resolutions[0].title = '<b>پررنگ</b>';
    // U+202E would print «مبلغ ۱۲۳۴ ریال» backwards and U+202D would flip what follows it.
    doc.session.resolutions[0].body = 'پرداخت \u202Eمبلغ 1234 ریال\u202C به حساب';
    doc.session.resolutions[1].responsible = ['\u202Dاداره کل بهزیستی'];
    doc.session.attendance[0].person = '\u2067فرجی</td></tr></table>';
    doc.session.signatories[0].name = '<style>body{display:none}</style>آقازاده';
    const sessionId = importDocument(doc);
    const { file } = await print(sessionId, 'hostile');
    const text = squash(pdfFlowText(file));
    for (const literal of [
      '<img src=x onerror=alert(1)>سالن',
      '<script>document.title="hacked"</script>دستور',
      'پرداخت مبلغ 1234 ریال به حساب',
      'اداره کل بهزیستی',
      'فرجی</td></tr></table>',
      '<style>body{display:none}</style>آقازاده',
    ])
      // As printed: Persian typography, the marks as typed.
      expect(text, literal).toContain(squash(persianTypography(literal)));
    expect(text).not.toMatch(/4321|۴۳۲۱/);
    // The title column is narrow: «<b>پررنگ</b>», one unbreakable run, wraps inside it.
    expect(text).toContain('پررنگ');
    // The brackets themselves are printed too (pdftotext may mirror them), one for each typed.
    const raw = pdfText(file);
    expect(raw.match(/[<>]/g)?.length).toBe(
      [
        doc.session.location,
        doc.session.agenda[0],
        doc.session.resolutions[0].title,
        doc.session.attendance[0].person,
        doc.session.signatories[0].name,
      ]
        .join('')
        .match(/[<>]/g)?.length,
    );
    // Nothing escaped its cell: the rest of the document is all there, in order.
    expect(text.indexOf(squash('حاضرین در جلسه'))).toBeGreaterThan(text.indexOf('پررنگ'));
    expect(text).toContain(squash('غایبین در جلسه (۱۴ دستگاه)'));
  });

  it('prints a final session with its hash in the footer, and an amendment on its own sheet', async () => {
    const doc = fixture();
    doc.session.number = 4;
    const sessionId = importDocument(doc);
    const hash = finalize(app.db, sessionId);
    app.call('amendments.add', {
      sessionId,
      date: '1399/02/20',
      changes: 'مهلت اقدام مصوبه ردیف ۱ از ۱۰ روز به ۲۰ روز تغییر می‌کند',
      reason: 'درخواست اعضای کارگروه در جلسه بعد',
    });
    const final = await print(sessionId, 'final');
    const pages = pdfPages(final.file);
    for (let page = 1; page <= pages; page++) {
      const text = squash(pdfText(final.file, page));
      expect(text).toContain(squash(`اثر انگشت: ${hash.slice(0, 16)}`));
      expect(text).not.toContain(squash('پیش‌نویس'));
    }
    const amendment = await print(sessionId, 'amendment', '--amendment', '1');
    expect(pdfPages(amendment.file)).toBe(1);
    const text = squash(pdfText(amendment.file));
    expect(text).toContain(squash('اصلاحیه شماره ۱ صورتجلسه چهارمین جلسه'));
    expect(text).toContain(hash);
    expect(text).toContain(squash('مهلت اقدام مصوبه ردیف ۱ از ۱۰ روز به ۲۰ روز تغییر می‌کند'));
    expect(text).toContain(squash('درخواست اعضای کارگروه در جلسه بعد'));
    expect(text).toContain(squash('سید علی آقازاده'));
    pdfImages(amendment.file, path.join(screenshots, 'print-amendment'));

    const { sink, err } = io();
    expect(
      await run(['print', sessionId, '--db', app.file, '--out', path.join(dir, 'x.pdf'), '--amendment', '9'], sink),
    ).toBe(1);
    expect(err.join('\n')).toContain('اصلاحیه شماره 9 برای این جلسه ثبت نشده است');
    rmSync(path.join(dir, 'x.pdf'), { force: true });
  });

  it('says what is wrong without printing anything when the session or the output is missing', async () => {
    const { sink, err } = io();
    expect(await run(['print', '1390/1', '--db', app.file, '--out', path.join(dir, 'none.pdf')], sink)).toBe(1);
    expect(
      await run(
        ['print', '1399/1', '--db', app.file, '--group', 'کارگروه تخصصی امور اجتماعی، فرهنگی، سلامت، زنان و خانواده'],
        sink,
      ),
    ).toBe(1);
    expect(err.join('\n')).toMatch(/پیدا نشد|نام ببرید/);
  });
});
