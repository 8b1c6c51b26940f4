/// <reference lib="dom" />
// The open-resolutions board of a whole province in Chromium: hundreds open, shown a page at a
// time with the count of all, the next page on request (the keyboard goes on from its first row),
// a status set on a later page keeps the pages shown, a new filter starts again from the first,
// and a list shorter than a page is shown whole with its count alone.
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshots, startApp, type TestApp } from '../helpers/app';
import { launchChromium, newPage, openGroups } from '../helpers/browser';
import { generateProvince, tenYears } from '../helpers/province';

const fa = (n: number) => n.toLocaleString('fa-IR');

describe('the board, a page at a time', () => {
  let browser: Browser;
  let app: TestApp;
  const open = () =>
    app.db
      .prepare(`SELECT count(*) FROM resolution WHERE status IN ('not_started', 'in_progress')`)
      .pluck()
      .get() as number;

  beforeAll(async () => {
    app = await startApp();
    browser = await launchChromium();
    // One year of six working groups: 900 resolutions, about two thirds open.
    generateProvince(app.db, 'مرکزی', { ...tenYears, years: 1 });
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('shows a hundred of hundreds, brings the next hundred, and keeps them through a change', async () => {
    const total = open();
    expect(total).toBeGreaterThan(300);
    const page = await newPage(browser, { width: 1400, height: 1000 });
    await openGroups(page, app.host.url);
    await page.getByRole('button', { name: 'مصوبات باز' }).click();
    const rows = page.locator('table.board tbody tr');
    await expect.poll(() => rows.count()).toBe(100);
    await page.getByText(`۱۰۰ مصوبه از ${fa(total)}`).waitFor();

    await page.getByRole('button', { name: 'نمایش ۱۰۰ مصوبه بعدی' }).click();
    await expect.poll(() => rows.count()).toBe(200);
    await page.getByText(`۲۰۰ مصوبه از ${fa(total)}`).waitFor();
    // The keyboard is on the first row brought; 3 marks it done, and the 199 others stay.
    await expect
      .poll(() =>
        page.evaluate(() => document.activeElement === document.querySelectorAll('table.board tbody tr')[100]),
      )
      .toBe(true);
    await page.keyboard.press('3');
    await expect.poll(() => open()).toBe(total - 1);
    await page.getByText(`۲۰۰ مصوبه از ${fa(total - 1)}`).waitFor();
    expect(await rows.count()).toBe(200);
    await page.screenshot({ path: path.join(screenshots, 'board-pages.png') });

    // A filter starts from its first page.
    await page.getByRole('checkbox', { name: 'فقط گذشته از مهلت' }).check();
    const overdue = (app.call('board.list', { overdue: true }) as { total: number }).total;
    expect(overdue).toBeGreaterThan(100);
    await page.getByText(`۱۰۰ مصوبه از ${fa(overdue)}`).waitFor();
    expect(await rows.count()).toBe(100);
    // One responsible organisation's: fewer than a page, all shown, said as one count.
    const organization = app.db.prepare(`SELECT id, name FROM organization ORDER BY name_key LIMIT 1`).get() as {
      id: string;
      name: string;
    };
    const own = (app.call('board.list', { overdue: true, organizationId: organization.id }) as { total: number }).total;
    expect(own).toBeGreaterThan(0);
    expect(own).toBeLessThan(100);
    await page.getByRole('combobox', { name: 'مسئول پیگیری' }).selectOption(organization.id);
    await expect.poll(() => rows.count()).toBe(own);
    await page.getByText(`${fa(own)} مصوبه`, { exact: true }).waitFor();
    await expect(page.getByRole('button', { name: /مصوبه بعدی/ }).count()).resolves.toBe(0);
    await page.close();
  });
});
