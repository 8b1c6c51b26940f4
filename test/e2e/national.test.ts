/// <reference lib="dom" />
// The national loop in Chromium against real hosts and real SQLite files: headquarters opens its
// own national session, assigns a resolution to a province it picks, writes the directive bundle;
// a province takes it in after confirming headquarters' fingerprint, sees «مصوبه ستاد» on its
// board with the text read-only, sets a status and reports; its bundle goes up and headquarters
// sees the province's status in its matrix and, read-only, on the board of every province.
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportBundle, recordExport } from '../../electron/core/bundle/export';
import { importBundle } from '../../electron/core/bundle/import';
import { screenshots, startApp, type TestApp } from '../helpers/app';
import { seriousViolations } from '../helpers/axe';
import { launchChromium, newPage } from '../helpers/browser';
import { fixture } from '../helpers/fixtures';
import { nationalFixture } from '../helpers/national';

describe('the national loop', () => {
  let browser: Browser;
  let hq: TestApp;
  let markazi: TestApp;
  let sessionId: string;
  let directive = '';

  beforeAll(async () => {
    [hq, markazi] = await Promise.all([startApp(), startApp()]);
    browser = await launchChromium();
    hq.call('secretariat.setup', { name: 'ستاد وزارت کشور', province: 'تهران', role: 'headquarters' });
    sessionId = (hq.call('minutes.import', { document: nationalFixture() }) as { sessionId: string }).sessionId;
    markazi.call('secretariat.setup', { name: 'دبیرخانه کارگروه‌های استانداری مرکزی', province: 'مرکزی' });
    // The province's own session beside what headquarters assigns it.
    markazi.call('minutes.import', { document: fixture() });
  });
  afterAll(async () => {
    await browser?.close();
    await Promise.all([hq?.close(), markazi?.close()]);
  });

  /** Nothing wider than an office PC's window, and no serious accessibility violation. */
  async function looked(page: Page, name: string) {
    expect(await page.evaluate(() => document.documentElement.scrollWidth), name).toBeLessThanOrEqual(1366);
    expect(await seriousViolations(page), name).toEqual([]);
    await page.screenshot({ path: path.join(screenshots, `${name}.png`) });
  }

  async function open(app: TestApp): Promise<Page> {
    const page = await newPage(browser, { width: 1366, height: 768 });
    await page.goto(app.host.url);
    return page;
  }

  it('headquarters assigns a resolution of its own session to a province it picks, then writes the directive', async () => {
    const page = await open(hq);
    await page.getByRole('button', { name: 'کارگروه‌های ستاد' }).click();
    await page.getByRole('button', { name: 'جلسه ۱ سال ۱۳۹۹' }).first().waitFor();
    await looked(page, 'national-groups');
    await page.getByRole('button', { name: 'جلسه ۱ سال ۱۳۹۹' }).first().click();
    const assignments = page.getByRole('region', { name: 'ابلاغ به استان‌ها' });
    await assignments.waitFor();
    // Rows 1-3 are every province's, row 4 Markazi's and Fars', row 5 no one's yet.
    const row5 = page.getByRole('group', { name: 'مصوبه ۵' });
    expect(await row5.getByRole('radio', { name: 'ابلاغ نشده' }).isChecked()).toBe(true);
    expect(
      await page.getByRole('group', { name: 'مصوبه ۱' }).getByRole('radio', { name: 'همه استان‌ها' }).isChecked(),
    ).toBe(true);
    await row5.getByRole('radio', { name: 'استان‌های انتخابی' }).check();
    // Checked once the assignment is saved (the box shows what is stored).
    await row5.getByRole('checkbox', { name: 'یزد' }).click();
    await expect.poll(() => row5.getByRole('checkbox', { name: 'یزد' }).isChecked()).toBe(true);
    // Row 4: Fars with 10 days of its own; Markazi given «فوری» of its own here.
    const row4 = page.getByRole('group', { name: 'مصوبه ۴' });
    await row4.getByRole('textbox', { name: 'تعداد روز' }).waitFor();
    expect(await row4.getByRole('textbox', { name: 'تعداد روز' }).inputValue()).toBe('۱۰');
    await page.getByRole('button', { name: /مهلت استان — مرکزی — مصوبه ۴/ }).click();
    await page.getByRole('option', { name: 'فوری', exact: true }).click();
    await expect
      .poll(() =>
        (hq.call('national.assignments', { sessionId }) as { provinces: unknown }[]).some((a) =>
          JSON.stringify(a.provinces).includes('"province":"مرکزی","deadline":{"kind":"immediate"}'),
        ),
      )
      .toBe(true);
    await looked(page, 'national-assign');
    expect(
      (hq.call('national.assignments', { sessionId }) as { resolutionId: string; provinces: unknown }[]).map(
        (a) => a.provinces,
      ),
    ).toContainEqual([{ province: 'یزد', deadline: null }]);

    // Final, its assignments still editable; then the directive for every province.
    hq.call('sessions.finalize', { id: sessionId });
    await page.getByRole('button', { name: 'مصوبات ستاد' }).click();
    await page.getByRole('textbox', { name: 'سال' }).fill('۱۳۹۹');
    await page.getByRole('table').first().getByText('مطالعه دقیق بیانیه').waitFor();
    await page.getByRole('button', { name: 'ساختن بسته ابلاغ' }).click();
    const saved = page.getByRole('status').filter({ hasText: 'بسته ابلاغ' });
    await saved.waitFor();
    directive = /(\/\S+\.dabir)/.exec((await saved.textContent()) ?? '')?.[1] ?? '';
    expect(directive).toMatch(/ابلاغ-همه-استان‌ها-.*\.dabir$/);
    await page.close();
  });

  it('a province takes the directive in once headquarters’ fingerprint is confirmed, and follows it on its board', async () => {
    const page = await open(markazi);
    await page.getByRole('button', { name: 'ارسال به ستاد' }).click();
    await page.getByRole('heading', { name: 'دریافت ابلاغ ستاد' }).waitFor();
    await page
      .getByRole('region', { name: 'دریافت ابلاغ ستاد' })
      .locator('input[type=file]')
      .setInputFiles([directive]);
    await page.getByText('کلید ستاد:', { exact: false }).waitFor();
    expect(await page.getByText(/اثر انگشت آن .*[۰-۹]{4}/).count()).toBe(1);
    await page.getByRole('button', { name: /اثر انگشت را تلفنی با ستاد مقایسه کردم/ }).click();
    await page.getByRole('status').filter({ hasText: '۴ مصوبه ستاد برای این استان' }).waitFor();
    await looked(page, 'national-receive');

    await page.getByRole('button', { name: 'مصوبات باز' }).click();
    const rows = page.locator('table.board tbody tr');
    // Its own five beside headquarters' four, by due date: headquarters' «فوری» first.
    await expect.poll(() => rows.count()).toBe(9);
    expect(await page.locator('table.board .tag.national').count()).toBe(4);
    // A status from the keyboard, and a report in the follow-up panel, where the text is headquarters'.
    const first = rows.first();
    expect(await first.locator('.tag.national').count()).toBe(1);
    await first.focus();
    await page.keyboard.press('Digit2');
    await page.getByRole('status').filter({ hasText: 'در دست اجرا' }).first().waitFor();
    await page.keyboard.press('Enter');
    await page.getByText('متن آن از ستاد است و تغییر نمی‌کند', { exact: false }).waitFor();
    // The minutes it came from, as printed, read-only.
    await page.getByText('صورتجلسه ستاد که این مصوبه از آن است').click();
    await page.getByText('همان‌گونه که ستاد ابلاغ کرده', { exact: false }).waitFor();
    await page.locator('.national-minutes .sheet').first().waitFor();
    for (const name of ['ثبت اصلاحیه', /پیوست نسخه امضاشده/])
      expect(await page.getByRole('button', { name }).count(), String(name)).toBe(0);
    await looked(page, 'national-minutes');
    await page.getByRole('textbox', { name: 'متن گزارش' }).fill('بیانیه در جلسه کارگروه استان ابلاغ شد');
    await page.getByRole('button', { name: 'ثبت گزارش پیگیری' }).click();
    await page.getByText('بیانیه در جلسه کارگروه استان ابلاغ شد', { exact: false }).first().waitFor();
    await looked(page, 'national-board');
    await page.close();
  });

  it('headquarters sees the province’s status in its matrix and, read-only, on the board of every province', async () => {
    const b = exportBundle(markazi.db);
    recordExport(markazi.db, b);
    expect(importBundle(hq.db, b.bytes, { trustNew: true })).toMatchObject({ status: 'imported' });
    const page = await open(hq);
    await page.getByRole('button', { name: 'مصوبات ستاد' }).click();
    await page.getByRole('textbox', { name: 'سال' }).fill('۱۳۹۹');
    const row1 = page.locator('table.national tbody tr').first();
    await row1.getByText('مطالعه دقیق بیانیه').waitFor();
    // One province in progress, 30 with no word yet.
    expect((await row1.locator(':scope > td').allTextContents()).slice(4)).toEqual([
      '۰',
      '۱',
      '۰',
      '۳۰',
      expect.any(String),
    ]);
    await row1.locator('summary').click();
    const markaziLine = row1.getByRole('row', { name: /^مرکزی/ });
    await markaziLine.getByText('در دست اجرا').waitFor();
    expect(await markaziLine.textContent()).toContain('بیانیه در جلسه کارگروه استان ابلاغ شد');
    const summary = page.locator('table.national-summary tbody tr', { hasText: 'مرکزی' });
    expect((await summary.locator('td').allTextContents()).slice(0, 2)).toEqual(['۴', '۰']);
    await looked(page, 'national-matrix');

    await page.getByRole('button', { name: 'پیگیری استان‌ها' }).click();
    await page.getByRole('combobox', { name: 'استان' }).selectOption({ label: 'مرکزی' });
    const boardRows = page.locator('table.board tbody tr');
    await expect.poll(() => boardRows.count()).toBe(5);
    await looked(page, 'national-provinces-board');

    // The search box over every province: a hit names its province and opens its minutes read-only.
    await page.getByRole('searchbox', { name: /جستجو/ }).fill('کرونا');
    const hit = page.locator('.search-hit', { hasText: 'مرکزی —' }).first();
    await hit.waitFor();
    await looked(page, 'national-search');
    await hit.click();
    await page.getByRole('heading', { name: 'صورتجلسه استان (از جستجو)' }).waitFor();
    await page.locator('.sheet').first().waitFor();
    expect(await page.getByRole('button', { name: 'قطعی کردن' }).count()).toBe(0);
    // The province's follow-up, not headquarters': no status picker, no report form.
    expect(await page.locator('table.board .board-status').count()).toBe(0);
    await page.close();
  });
});
