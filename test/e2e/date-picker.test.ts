/// <reference lib="dom" />
// The session date's Jalali calendar in Chromium: opens on the typed date's month, picks a day with
// the mouse or the keyboard (right-to-left arrows), and the day is saved like a typed one.
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { draftSession, screenshots, startApp, type TestApp, withGroup } from '../helpers/app';
import { seriousViolations } from '../helpers/axe';
import { launchChromium, newPage, openGroups } from '../helpers/browser';

describe('Jalali date picker', () => {
  let browser: Browser;
  let app: TestApp;
  let sessionId: string;

  beforeAll(async () => {
    app = await startApp();
    sessionId = draftSession(app, withGroup(app), '1405/09/02');
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  const storedDate = () => (app.call('sessions.get', { id: sessionId }) as { date: string }).date;
  const day = (page: Page, text: string) =>
    page
      .locator('.calendar-popover td [role=button]:not([data-outside-month])')
      .filter({ hasText: new RegExp(`^${text}$`) });

  it('picks the session date from a Persian month calendar, by mouse and by keyboard', async () => {
    const page = await newPage(browser);
    const consoleErrors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
    await openGroups(page, app.host.url);
    await page.getByRole('button', { name: 'جلسه ۱ سال ۱۴۰۵' }).click();
    const open = page.getByRole('button', { name: 'انتخاب از تقویم — تاریخ جلسه' });
    await open.click();
    const calendar = page.getByRole('dialog', { name: 'تاریخ جلسه' });
    // The title a reader sees; the grid itself is named «تاریخ جلسه, ۱۴۰۵ آذر» for screen readers.
    const title = () => calendar.locator('.calendar-title').textContent();
    await expect.poll(() => title()).toBe('آذر ۱۴۰۵');
    // Seven weekday columns, Saturday first, and the typed day selected.
    expect(await calendar.locator('th').allTextContents()).toHaveLength(7);
    expect(await calendar.locator('[data-selected]').textContent()).toBe('۲');
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(screenshots, 'date-picker.png') });

    await day(page, '۱۰').click();
    await calendar.waitFor({ state: 'detached' });
    const box = page.getByRole('textbox', { name: 'تاریخ جلسه' });
    expect(await box.inputValue()).toBe('۱۴۰۵/۰۹/۱۰');
    await expect.poll(storedDate).toBe('1405/09/10');

    // Keyboard: the button, Enter, the focused day moves with the arrows (left is the next day in
    // right-to-left), Enter picks; the next month's button goes to دی.
    await open.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => title()).toBe('آذر ۱۴۰۵');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('۱۰');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Enter');
    await calendar.waitFor({ state: 'detached' });
    await expect.poll(storedDate).toBe('1405/09/11');

    await open.click();
    await calendar.getByRole('button', { name: 'ماه بعد' }).click();
    await expect.poll(() => title()).toBe('دی ۱۴۰۵');
    await day(page, '۱').click();
    await expect.poll(storedDate).toBe('1405/10/01');
    expect(consoleErrors).toEqual([]);
  });
});
