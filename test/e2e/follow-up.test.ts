/// <reference lib="dom" />
// Follow-up in Chromium against the real services: the year's reports on screen and as Excel,
// the open-resolutions board by keyboard (a status in one key, a report after Enter), and the
// search box from any screen with Ctrl+K.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readWorkbook } from '../../electron/core/reports/xlsx';
import { screenshots, startApp, type TestApp } from '../helpers/app';
import { seriousViolations } from '../helpers/axe';
import { launchChromium, newPage, openGroups } from '../helpers/browser';
import { pdfFlowText, squash } from '../helpers/pdf';
import { buildYear, type Year } from '../helpers/year';

describe('follow-up', () => {
  let browser: Browser;
  let app: TestApp;
  let year: Year;

  beforeAll(async () => {
    app = await startApp();
    browser = await launchChromium();
    app.call('secretariat.setup', { name: 'دبیرخانه', province: 'مرکزی' });
    year = buildYear((op, input) => app.call(op, input));
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  async function open(): Promise<Page> {
    const page = await newPage(browser, { width: 1400, height: 1000 });
    await openGroups(page, app.host.url);
    await page.getByRole('button', { name: 'کارگروه‌ها و جلسه‌ها' }).waitFor();
    return page;
  }

  it('shows the year as the seed reported it, and writes it to Excel', async () => {
    const page = await open();
    await page.getByRole('button', { name: 'گزارش‌ها' }).click();
    // The only year with sessions, picked at once.
    expect(await page.getByRole('combobox', { name: 'سال' }).inputValue()).toBe('1398');
    const annual = page.getByRole('region', { name: 'گزارش سالانه' });
    await expect.poll(() => annual.textContent()).toContain('جلسات برگزارشده۱۶');
    const text = (await annual.textContent()) ?? '';
    for (const figure of ['مصوبات۷۸', 'اجرا شده۶۴', 'در دست اجرا۱۴', 'آغاز نشده۰']) expect(text).toContain(figure);
    const rows = page.getByRole('region', { name: 'حضور و غیاب دستگاه‌ها' }).getByRole('row');
    await expect.poll(() => rows.count()).toBe(11);
    // The same sheet as PDF, through the printer the minutes use.
    const [pdf] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'ذخیره PDF' }).click(),
    ]);
    const pdfFile = path.join(path.dirname(app.file), pdf.suggestedFilename());
    await pdf.saveAs(pdfFile);
    const printed = squash(pdfFlowText(pdfFile));
    for (const figure of ['گزارش سال ۱۳۹۸', 'جلسات برگزارشده ۱۶', 'مصوبات ۷۸', 'اجرا شده ۶۴', 'در دست اجرا ۱۴'])
      expect(printed).toContain(squash(figure));
    // Its document information: the report's title line, the secretariat as Author.
    const info = execFileSync('pdfinfo', [pdfFile], { encoding: 'utf8' });
    expect(info).toMatch(/^Title:\s+گزارش سال ۱۳۹۸/m);
    expect(info).toMatch(/^Author:\s+دبیرخانه$/m);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(screenshots, 'reports.png'), fullPage: true });

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'خروجی Excel: گزارش سالانه' }).click(),
    ]);
    const file = path.join(path.dirname(app.file), download.suggestedFilename());
    await download.saveAs(file);
    const [sheet] = await readWorkbook(readFileSync(file));
    expect(sheet!.rightToLeft).toBe(true);
    expect(Object.fromEntries(sheet!.rows.slice(1).map(([k, v]) => [k, v]))).toMatchObject({
      'جلسات برگزارشده': 16,
      مصوبات: 78,
      'اجرا شده': 64,
      'در دست اجرا': 14,
    });
    await page.close();
  });

  it('sets a status with one key and records a report after Enter on the board', async () => {
    const page = await open();
    await page.getByRole('button', { name: 'مصوبات باز' }).click();
    const rows = page.locator('table.board tbody tr');
    await expect.poll(() => rows.count()).toBe(14);
    await rows.first().focus();
    const firstId = (app.call('board.list', { workingGroupId: year.groupId }) as { rows: { id: string }[] }).rows[0]!
      .id;
    await page.keyboard.press('3');
    await expect.poll(() => rows.count()).toBe(13);
    expect(
      (app.call('board.list', { status: ['done'] }) as { rows: { id: string }[] }).rows.some((r) => r.id === firstId),
    ).toBe(true);

    await rows.first().focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    const panel = page.locator('.follow-up-panel');
    await panel.waitFor();
    await page.keyboard.type('گزارش اقدام از استان رسید');
    await panel.getByRole('textbox', { name: 'تاریخ گزارش' }).fill('۱۳۹۸/۱۱/۱۰');
    await panel.getByRole('button', { name: 'ثبت گزارش پیگیری' }).click();
    await panel.getByText('گزارش اقدام از استان رسید').waitFor();
    await expect.poll(() => rows.nth(1).textContent()).toContain('۱۳۹۸/۱۱/۱۰: گزارش اقدام از استان رسید');
    // A refused report keeps its text, with the reason beside the field.
    await panel.getByRole('textbox', { name: 'متن گزارش' }).fill('گزارش دوم');
    await panel.getByRole('textbox', { name: 'تاریخ گزارش' }).fill('۱۳۹۸/۱۳/۰۱');
    await panel.getByRole('button', { name: 'ثبت گزارش پیگیری' }).click();
    await panel.getByText('تاریخ معتبری در تقویم شمسی نیست').waitFor();
    expect(await panel.getByRole('textbox', { name: 'متن گزارش' }).inputValue()).toBe('گزارش دوم');
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(screenshots, 'board.png'), fullPage: true });
    await page.close();
  });

  it('searches from any screen with Ctrl+K, Arabic letters included, and opens the session', async () => {
    const page = await open();
    await page.getByRole('button', { name: 'مصوبات باز' }).click();
    await page.keyboard.press('Control+KeyK');
    await page.keyboard.type('مصوبه ۷۷ نمايند');
    const results = page.getByRole('region', { name: /جستجو/ });
    const hit = results.getByRole('button').first();
    await hit.waitFor();
    expect(await hit.locator('mark').allTextContents()).toEqual(['مصوبه', '77', 'نمایند']);
    await page.screenshot({ path: path.join(screenshots, 'search.png') });
    // The board's filters narrow the hits: 78 is done, so «in progress» leaves nothing.
    await results.getByRole('combobox', { name: 'وضعیت' }).selectOption('in_progress');
    await results.getByText('چیزی پیدا نشد.').waitFor();
    await results.getByRole('combobox', { name: 'وضعیت' }).selectOption('done');
    await hit.waitFor();
    await hit.click();
    await page.getByRole('heading', { name: 'جلسه ۱۶ سال ۱۳۹۸' }).waitFor();
    await page.close();
  });
});
