// The home screen «امروز» in Chromium on a day built by hand (test/helpers/day.ts): the core's
// clock is set to 2 Azar 1405 (Monday 23 November 2026), the figures are those counted by hand,
// and each opens what is behind it — the board with the same filter and as many rows, the session
// in the editor, the year's report.
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { screenshots, startApp, type TestApp } from '../helpers/app';
import { seriousViolations } from '../helpers/axe';
import { launchChromium, newPage } from '../helpers/browser';
import { finalize } from '../helpers/db';
import { buildDay, type Day } from '../helpers/day';

describe('the home screen «امروز»', () => {
  let browser: Browser;
  let app: TestApp;
  let day: Day;

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser.close();
  });
  beforeEach(async () => {
    // Only Date is faked, in this process where the core runs: the server and the browser keep time.
    vi.useFakeTimers({ toFake: ['Date'], now: new Date(2026, 10, 23, 9, 0) });
    app = await startApp();
    app.call('secretariat.setup', { name: 'دبیرخانه کارگروه‌های استان مرکزی', province: 'مرکزی' });
    day = buildDay(
      (op, input) => app.call(op, input),
      (id) => finalize(app.db, id),
    );
  });
  afterEach(async () => {
    await app.close();
    vi.useRealTimers();
  });

  async function looked(page: Page, name: string) {
    expect(await page.evaluate(() => document.documentElement.scrollWidth), name).toBeLessThanOrEqual(1366);
    expect(await seriousViolations(page), name).toEqual([]);
    await page.screenshot({ path: path.join(screenshots, `${name}.png`), fullPage: true });
  }

  async function open(): Promise<Page> {
    const page = await newPage(browser, { width: 1366, height: 768 });
    await page.goto(app.host.url);
    await page.getByRole('heading', { name: 'امروز، دوشنبه ۲ آذر ۱۴۰۵' }).waitFor();
    return page;
  }

  it('is the first screen, with the figures counted by hand', async () => {
    const page = await open();
    await expect.poll(() => page.getByRole('button', { name: 'امروز' }).getAttribute('aria-current')).toBeTruthy();
    const figures = page.locator('.today-figure');
    expect(await figures.evaluateAll((b) => b.map((x) => x.textContent))).toEqual([
      '۱ مصوبه گذشته از مهلت',
      '۲ مصوبه سررسید تا ۷ روز آینده',
      '۵ مصوبه بی‌گزارش در ۳۰ روز گذشته',
    ]);

    const groups = page.locator('table.today-groups tbody tr');
    await expect.poll(() => groups.count()).toBe(2);
    const social = groups.nth(0);
    expect(await social.locator('th').innerText()).toBe('کارگروه اجتماعی');
    const cells = await social.locator('td').allInnerTexts();
    expect(cells[0]).toContain('جلسه ۳ — دوشنبه ۱۶ آذر ۱۴۰۵');
    expect(cells[0]).toContain('قطعی نشده');
    expect(cells[1]).toContain('جلسه ۲ — پنجشنبه ۲۸ آبان ۱۴۰۵');
    expect(cells[1]).toContain('قطعی');
    expect(cells.slice(2)).toEqual(['۱', '۲', '۵']);
    expect(await groups.nth(1).locator('td').allInnerTexts()).toEqual([
      'برنامه‌ریزی نشده',
      'هنوز جلسه‌ای نیست',
      '۰',
      '۰',
      '۰',
    ]);

    const year = page.locator('table.today-year');
    expect(await year.locator('thead th').allInnerTexts()).toEqual(['شاخص', '۱۴۰۵ تا ۲ آذر', '۱۴۰۴ تا ۲ آذر', 'تغییر']);
    expect(await year.locator('tbody tr').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).innerText))).toEqual(
      ['جلسه‌های برگزارشده\t۲\t۲\tبی‌تغییر', 'مصوبه‌ها\t۵\t۳\t۲ بیشتر', 'گزارش‌های پیگیری\t۲\t۱\t۱ بیشتر'],
    );
    await looked(page, 'today');
  });

  it('opens the board with the figure’s filter, showing as many resolutions', async () => {
    const page = await open();
    await page.getByRole('button', { name: '۵ مصوبه بی‌گزارش در ۳۰ روز گذشته', exact: true }).click();
    await page.getByRole('heading', { name: 'مصوبات باز' }).waitFor();
    expect(await page.getByRole('checkbox', { name: 'فقط بی‌گزارش در ۳۰ روز گذشته' }).isChecked()).toBe(true);
    await expect.poll(() => page.locator('table tbody tr[data-id]').count()).toBe(5);
    expect(
      (
        await page.locator('table tbody tr[data-id]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-id')))
      ).sort(),
    ).toEqual([...day.unreportedIds].sort());

    // One group's figure: the board of that group, overdue only.
    await page.getByRole('button', { name: 'امروز' }).click();
    await page.getByRole('button', { name: 'کارگروه اجتماعی: ۱ مصوبه گذشته از مهلت' }).click();
    await page.getByRole('heading', { name: 'مصوبات باز' }).waitFor();
    expect(await page.getByRole('checkbox', { name: 'فقط گذشته از مهلت' }).isChecked()).toBe(true);
    // The board's first filter is the working group.
    expect(await page.locator('.board-filters select').first().inputValue()).toBe(day.socialId);
    await expect.poll(() => page.locator('table tbody tr[data-id]').count()).toBe(1);
    expect(await page.locator('table tbody tr[data-id]').getAttribute('data-id')).toBe(day.overdueIds[0]);

    // Chosen from the navigation, the board starts again with no filter.
    await page.getByRole('button', { name: 'امروز' }).click();
    await page.getByRole('button', { name: 'مصوبات باز' }).click();
    expect(await page.getByRole('checkbox', { name: 'فقط گذشته از مهلت' }).isChecked()).toBe(false);
  });

  it('opens the next session in the editor, and the year’s report', async () => {
    const page = await open();
    await page.getByRole('button', { name: 'کارگروه اجتماعی: جلسه ۳ — دوشنبه ۱۶ آذر ۱۴۰۵ — باز کردن' }).click();
    await expect.poll(() => page.getByLabel('تاریخ جلسه').first().inputValue()).toContain('۱۴۰۵/۰۹/۱۶');

    await page.getByRole('button', { name: 'امروز' }).click();
    await page.getByRole('button', { name: 'مصوبه‌ها: ۵ — نمایش گزارش سال' }).click();
    await page.getByRole('heading', { name: /گزارش سال ۱۴۰۵/ }).waitFor();
  });
});
