/// <reference lib="dom" />
// New session and the editor's header in Chromium: prefilled from the previous session,
// autosaved as the secretary types, refusals shown beside the field, nothing lost on reload.
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshots, startApp, type TestApp } from '../helpers/app';
import { seriousViolations } from '../helpers/axe';
import { launchChromium, newPage, openGroups } from '../helpers/browser';
import { fixture } from '../helpers/fixtures';

describe('session editor', () => {
  let browser: Browser;
  let app: TestApp;
  let groupId: string;

  beforeAll(async () => {
    app = await startApp();
    app.call('secretariat.setup', { name: 'دبیرخانه', province: 'مرکزی' });
    groupId = (app.call('minutes.import', { document: fixture() }) as { workingGroupId: string }).workingGroupId;
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  type Row = { id: string; year: number; location: string | null; date: string };
  /** The newest session, read back from the database through the services. */
  const newest = () => {
    const [first] = app.call('sessions.list', { workingGroupId: groupId }) as { id: string }[];
    return app.call('sessions.get', { id: first!.id }) as Row;
  };
  const saved = (page: Page) => page.getByRole('status').filter({ hasText: 'همه تغییرات ذخیره شده است' }).waitFor();

  it('starts a new session from the previous one and autosaves every field', async () => {
    const page = await newPage(browser);
    const consoleErrors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
    await openGroups(page, app.host.url);
    await page.getByRole('button', { name: 'جلسه جدید' }).click();
    await page.getByRole('heading', { name: /^جلسه ۱ سال ۱۴[۰-۹]{2}$/ }).waitFor();
    const session = newest();
    expect(session.year).toBeGreaterThanOrEqual(1405);

    // Prefilled from the imported 1399 session.
    expect(await page.getByRole('combobox', { name: 'رئیس جلسه' }).inputValue()).toBe('اکرمی');
    expect(await page.getByRole('textbox', { name: 'مکان' }).inputValue()).toBe('سالن جلسات طبقه چهارم استانداری');

    const location = page.getByRole('textbox', { name: 'مکان' });
    await location.fill('سالن شهید بهشتی');
    await saved(page);
    expect(newest().location).toBe('سالن شهید بهشتی');

    // One half of the chair changes; the other stays.
    await page.getByRole('textbox', { name: 'سمت رئیس' }).fill('معاون استاندار');
    await saved(page);
    expect((app.call('sessions.get', { id: session.id }) as { chair: unknown }).chair).toEqual({
      name: 'اکرمی',
      title: 'معاون استاندار',
    });

    // An impossible date is refused beside the field, stays on screen, and changes nothing.
    const date = page.getByRole('textbox', { name: 'تاریخ جلسه' });
    await date.fill('۱۴۰۰/۱۲/۳۰');
    await page.getByText('«۱۴۰۰/۱۲/۳۰» تاریخ معتبری در تقویم شمسی نیست').waitFor();
    await page.getByRole('status').filter({ hasText: 'ذخیره نشد' }).waitFor();
    expect(newest().date).toBe(session.date);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(screenshots, 'session-editor-refused.png') });
    await date.fill('۱۴۰۵/۹/۱۰');
    await saved(page);
    expect(newest().date).toBe('1405/09/10');
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('lists the sessions newest first and filters them by Jalali year', async () => {
    const page = await newPage(browser);
    await openGroups(page, app.host.url);
    const rows = page.locator('.session-table tbody tr');
    await expect.poll(() => rows.count()).toBe(2);
    expect(await rows.first().innerText()).toMatch(/^جلسه ۱ سال ۱۴/);
    await page.getByRole('button', { name: /همه سال‌ها/ }).click();
    await page.getByRole('option', { name: '۱۳۹۹' }).click();
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().innerText()).toMatch(/^جلسه ۱ سال ۱۳۹۹/);
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it('keeps every character typed before a reload and saves it when the session opens again', async () => {
    const page = await newPage(browser);
    await openGroups(page, app.host.url);
    await page.getByRole('button', { name: /^جلسه ۱ سال ۱۴/ }).click();
    const location = page.getByRole('textbox', { name: 'مکان' });
    await location.focus();
    await page.keyboard.press('End');
    // Typed and reloaded at once: well before the autosave delay.
    await page.keyboard.type('، طبقه چهارم');
    await page.reload();
    await page.getByRole('button', { name: /^جلسه ۱ سال ۱۴/ }).click();
    expect(await page.getByRole('textbox', { name: 'مکان' }).inputValue()).toBe('سالن شهید بهشتی، طبقه چهارم');
    await saved(page);
    expect(newest().location).toBe('سالن شهید بهشتی، طبقه چهارم');
    await page.screenshot({ path: path.join(screenshots, 'session-editor.png') });
    await page.close();
  });
});
