/// <reference lib="dom" />
// Undo and redo in the session editor: Ctrl+Z takes back the last edits (a run of typing is one,
// even one typed a moment ago), Ctrl+Shift+Z puts them back, on screen and in the database alike.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { draftSession, startApp, type TestApp, withGroup } from '../helpers/app';
import { launchChromium, newPage, openGroups } from '../helpers/browser';

describe('undo and redo', () => {
  let browser: Browser;
  let app: TestApp;
  let sessionId: string;

  beforeAll(async () => {
    app = await startApp();
    sessionId = draftSession(app, withGroup(app), '1405/09/02');
    app.call('resolutions.add', { sessionId, body: 'مقرر شد', deadline: { kind: 'continuous' } });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  const stored = () =>
    app.call('sessions.get', { id: sessionId }) as { location: string | null; resolutions: { body: string }[] };
  const saved = (page: Page) => page.getByRole('status').filter({ hasText: 'همه تغییرات ذخیره شده است' }).waitFor();

  it('takes back and puts back the last edits across fields', async () => {
    const page = await newPage(browser);
    await openGroups(page, app.host.url);
    await page.getByRole('button', { name: 'جلسه ۱ سال ۱۴۰۵' }).click();
    const location = page.getByRole('textbox', { name: 'مکان' });
    const body = page.getByRole('textbox', { name: 'مفاد — مصوبه ۱' });

    await location.fill('سالن الف');
    await expect.poll(() => stored().location).toBe('سالن الف');
    // A pause in typing (over a second: edit-history.tsx) ends an edit; what follows is the next one.
    await page.waitForTimeout(1100);
    await location.fill('سالن شهید بهشتی');
    await expect.poll(() => stored().location).toBe('سالن شهید بهشتی');
    await body.focus();
    await page.keyboard.press('End');
    // Every keystroke is saved, and the run of typing is one edit: one undo takes it all back,
    // even pressed while the last keystroke's save is still on its way.
    await page.keyboard.type(' تا پایان آذر');
    await page.keyboard.press('Control+z');
    await saved(page);
    expect(await body.inputValue()).toBe('مقرر شد');
    expect(stored().resolutions[0]?.body).toBe('مقرر شد');

    await page.keyboard.press('Control+z');
    await expect.poll(() => location.inputValue()).toBe('سالن الف');
    await expect.poll(() => stored().location).toBe('سالن الف');
    await page.keyboard.press('Control+z');
    await expect.poll(() => stored().location).toBeNull();
    // The database answers first; the field shows it once the undo's answer is back.
    await expect.poll(() => location.inputValue()).toBe('');

    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => stored().location).toBe('سالن الف');
    await page.keyboard.press('Control+y');
    await expect.poll(() => stored().location).toBe('سالن شهید بهشتی');
    await page.keyboard.press('Control+Shift+Z');
    await expect.poll(() => stored().resolutions[0]?.body).toBe('مقرر شد تا پایان آذر');
    await expect.poll(() => body.inputValue()).toBe('مقرر شد تا پایان آذر');
    await saved(page);

    // A new edit after undoing forgets what could be redone.
    await page.keyboard.press('Control+z');
    await expect.poll(() => stored().resolutions[0]?.body).toBe('مقرر شد');
    await location.fill('سالن ج');
    await expect.poll(() => stored().location).toBe('سالن ج');
    await page.keyboard.press('Control+Shift+z');
    await page.waitForTimeout(300);
    expect(stored().resolutions[0]?.body).toBe('مقرر شد');
  });
});
