/// <reference lib="dom" />
// The minutes in the app, in Chromium against the real services: preview, «ذخیره PDF» and
// «خروجی Word» as downloaded files, printing from the window (only the sheet), «قطعی کردن»,
// amendments and the signed copy — and a final session offered only as the record it is.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Packer } from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrintableMinutes } from '../../electron/contract';
import { docxFonts } from '../../electron/core/cli/print-docx';
import { minutesDocx } from '../../renderer/src/print/minutes-docx';
import { screenshots, startApp, type TestApp } from '../helpers/app';
import { seriousViolations } from '../helpers/axe';
import { launchChromium, newPage, openGroups } from '../helpers/browser';
import { docxParts } from '../helpers/docx';
import { fixture } from '../helpers/fixtures';
import { pdfFlowText, squash } from '../helpers/pdf';

describe('the minutes record', () => {
  let browser: Browser;
  let app: TestApp;
  let sessionId: string;

  beforeAll(async () => {
    app = await startApp();
    browser = await launchChromium();
    app.call('secretariat.setup', { name: 'دبیرخانه', province: 'مرکزی' });
    sessionId = (app.call('minutes.import', { document: fixture() }) as { sessionId: string }).sessionId;
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  async function openSession(): Promise<Page> {
    const page = await newPage(browser, { width: 1400, height: 1000 });
    await openGroups(page, app.host.url);
    await page.getByRole('button', { name: 'جلسه ۱ سال ۱۳۹۹' }).click();
    return page;
  }

  async function download(page: Page, button: string): Promise<string> {
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: button }).click(),
    ]);
    const target = path.join(path.dirname(app.file), file.suggestedFilename());
    await file.saveAs(target);
    return target;
  }

  it('previews a draft as it prints, and saves it as PDF and Word', async () => {
    const page = await openSession();
    await page.getByRole('button', { name: 'پیش‌نمایش و چاپ' }).click();
    const sheet = page.locator('.print-area article.sheet');
    await expect
      .poll(() => sheet.locator('h1').textContent())
      .toBe('صورتجلسه اولین جلسه کار گروه تخصصی امور اجتماعی، فرهنگی، سلامت، زنان و خانواده استان مرکزی در سال ۱۳۹۹');
    await expect.poll(() => sheet.getByRole('row').count()).toBe(6);
    expect(await sheet.textContent()).toContain('غایبین در جلسه (۱۴ دستگاه)');
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(screenshots, 'minutes-preview.png') });

    const pdf = await download(page, 'ذخیره PDF');
    expect(path.basename(pdf)).toBe('صورتجلسه-1399-01.pdf');
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    expect(squash(pdfFlowText(pdf))).toContain(squash('غایبین در جلسه (۱۴ دستگاه)'));

    const word = await download(page, 'خروجی Word');
    expect(path.basename(word)).toBe('صورتجلسه-1399-01.docx');
    const xml = strFromU8(unzipSync(new Uint8Array(readFileSync(word)))['word/document.xml']!);
    expect(xml).toContain('<w:bidiVisual/>');
    expect(xml).toContain('۱۳۹۹/۰۲/۰۲');
    // With its fonts inside, the same document `dabir print --out FILE.docx` writes (the same builder in Node).
    const printable = app.call('minutes.printable', { sessionId }) as PrintableMinutes;
    const inNode = await Packer.toBuffer(minutesDocx(printable, docxFonts()));
    const saved = docxParts(readFileSync(word));
    expect(Object.keys(saved).filter((f) => f.startsWith('word/fonts/'))).toHaveLength(3);
    expect(saved).toEqual(docxParts(inNode));

    // The window's own print (what the system dialog prints): the sheet alone, no app around it.
    const printed = path.join(path.dirname(app.file), 'window-print.pdf');
    await page.pdf({ path: printed, preferCSSPageSize: true, printBackground: true });
    const text = squash(pdfFlowText(printed));
    expect(text.startsWith(squash('صورتجلسه اولین جلسه'))).toBe(true);
    for (const chrome of ['ذخیره PDF', 'قطعی کردن', 'کارگروه‌ها', 'پیوست نسخه امضاشده'])
      expect(text).not.toContain(squash(chrome));
    await page.close();
  });

  it('shows the pages as they print, drawn from the PDF, and the window still prints the sheet', async () => {
    const page = await openSession();
    const problems: string[] = [];
    page.on('console', (m) => void (m.type() === 'error' && problems.push(m.text())));
    page.on('pageerror', (e) => problems.push(e.message));
    await page.getByRole('button', { name: 'پیش‌نمایش و چاپ' }).click();
    await page.getByRole('button', { name: 'صفحه‌ها چنان‌که چاپ می‌شوند' }).click();
    const pages = page.getByRole('img', { name: /^صفحه [۰-۹] از ۳$/ });
    await expect.poll(() => pages.count(), { timeout: 30_000 }).toBe(3);
    expect(await page.locator('.print-area').isVisible()).toBe(false);
    // Each page is drawn: dark pixels (text, table rules) on white.
    const inked = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLCanvasElement>('canvas.preview-page')].map((c) => {
        const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
        let dark = 0;
        for (let i = 0; i < data.length; i += 4 * 7) if (data[i]! < 100) dark++;
        return dark;
      }),
    );
    expect(
      inked.every((n) => n > 100),
      String(inked),
    ).toBe(true);
    await page.screenshot({ path: path.join(screenshots, 'minutes-paged-preview.png'), fullPage: true });

    const printed = path.join(path.dirname(app.file), 'window-print-paged.pdf');
    await page.pdf({ path: printed, preferCSSPageSize: true, printBackground: true });
    expect(squash(pdfFlowText(printed)).startsWith(squash('صورتجلسه اولین جلسه'))).toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('finalises after a confirmation, then shows only the record with its hash', async () => {
    const page = await openSession();
    await page.getByRole('button', { name: 'پیش‌نمایش و چاپ' }).click();
    await page.getByRole('button', { name: 'قطعی کردن' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'قطعی کردن صورتجلسه' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('اصلاحیه');
    await dialog.getByRole('button', { name: 'انصراف' }).click();
    expect((app.call('sessions.get', { id: sessionId }) as { status: string }).status).toBe('draft');

    await page.getByRole('button', { name: 'قطعی کردن' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'قطعی شود' }).click();
    const notice = page.getByRole('region', { name: 'قطعی' });
    await notice.waitFor();
    const hash = (app.call('sessions.verify', { id: sessionId }) as { contentHash: string }).contentHash;
    expect(await notice.locator('bdi.hash').textContent()).toBe(hash);
    await notice.getByRole('button', { name: 'بررسی اثر انگشت' }).click();
    await page.getByRole('status').filter({ hasText: 'سالم است' }).waitFor();
    // No way back into an editor: no «ویرایش», no «قطعی کردن», no text boxes of the minutes.
    expect(await page.getByRole('button', { name: 'ویرایش' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'قطعی کردن' }).count()).toBe(0);
    expect(await page.getByRole('textbox', { name: 'مکان' }).count()).toBe(0);
    expect(await page.locator('.print-area').textContent()).not.toContain('پیش‌نویس');

    // Reopened later, a final session opens as its record.
    await page.getByRole('button', { name: 'بازگشت' }).click();
    await page.getByRole('button', { name: 'جلسه ۱ سال ۱۳۹۹' }).click();
    await notice.waitFor();
    await page.screenshot({ path: path.join(screenshots, 'minutes-final.png'), fullPage: true });
    await page.close();
  });

  it('records an amendment, refusing a bad date with the text kept, and shows it on its own sheet', async () => {
    const page = await openSession();
    const form = page.getByRole('region', { name: 'اصلاحیه‌ها' });
    await form.getByRole('textbox', { name: 'تاریخ اصلاحیه' }).fill('۱۴۰۰/۱۲/۳۰');
    await form.getByRole('textbox', { name: 'آنچه اصلاح می‌شود' }).fill('مهلت مصوبه ردیف ۱ بیست روز است');
    await form.getByRole('textbox', { name: 'دلیل اصلاح' }).fill('خطای تایپی');
    await form.getByRole('button', { name: 'ثبت اصلاحیه' }).click();
    await form.getByText('تاریخ معتبری در تقویم شمسی نیست').waitFor();
    expect(await form.getByRole('textbox', { name: 'آنچه اصلاح می‌شود' }).inputValue()).toBe(
      'مهلت مصوبه ردیف ۱ بیست روز است',
    );
    await form.getByRole('textbox', { name: 'تاریخ اصلاحیه' }).fill('۱۳۹۹/۰۲/۲۰');
    await form.getByRole('button', { name: 'ثبت اصلاحیه' }).click();
    const sheet = page.locator('.print-area article.sheet.amendment');
    await sheet.waitFor();
    expect(await sheet.textContent()).toContain('مهلت مصوبه ردیف ۱ بیست روز است');
    await page.getByRole('radio', { name: 'صورتجلسه', exact: true }).click();
    await page.locator('.print-area article.sheet:not(.amendment)').waitFor();
    expect(app.call('amendments.list', { sessionId })).toHaveLength(1);
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it('attaches the signed copy, shows an image, and refuses other files with a Persian message', async () => {
    const page = await openSession();
    const section = page.getByRole('region', { name: 'نسخه امضاشده' });
    const input = section.locator('input[type=file]');
    const png = readFileSync(path.resolve(import.meta.dirname, '../../renderer/public/favicon.svg'));
    await input.setInputFiles({ name: 'notes.txt', mimeType: 'image/png', buffer: png });
    await section
      .getByRole('alert')
      .filter({ hasText: /فقط پرونده \u2066PDF\u2069، \u2066JPEG\u2069 یا \u2066PNG\u2069/ })
      .waitFor();
    await input.setInputFiles({
      name: 'huge.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.alloc(21 * 1024 * 1024),
    });
    await section.getByRole('alert').filter({ hasText: '۲۰ مگابایت' }).waitFor();

    const screenshot = await page.screenshot();
    await input.setInputFiles({ name: 'صورتجلسه امضاشده.png', mimeType: 'image/png', buffer: screenshot });
    await section.getByText('صورتجلسه امضاشده.png').waitFor();
    expect(await section.getByRole('alert').count()).toBe(0);
    await section.getByRole('button', { name: 'نمایش' }).click();
    const img = section.getByRole('img', { name: 'صورتجلسه امضاشده.png' });
    await img.waitFor();
    expect(await img.evaluate((i: HTMLImageElement) => i.naturalWidth)).toBe(1400);
    const attached = app.call('attachments.list', { sessionId }) as { size: number; mediaType: string }[];
    expect(attached).toMatchObject([{ size: screenshot.length, mediaType: 'image/png' }]);
    await page.close();
  });
});
