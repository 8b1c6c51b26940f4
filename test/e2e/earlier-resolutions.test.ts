/// <reference lib="dom" />
// Open resolutions of earlier sessions in the editor: listed newest first, overdue marked as of
// this session's date, and put on the agenda as a follow-up item with one press.
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { draftSession, screenshots, startApp, type TestApp, withGroup } from '../helpers/app';
import { seriousViolations } from '../helpers/axe';
import { launchChromium, newPage, openGroups } from '../helpers/browser';

describe('open resolutions of earlier sessions', () => {
  let browser: Browser;
  let app: TestApp;
  let current: string;

  beforeAll(async () => {
    app = await startApp();
    const group = withGroup(app);
    const earlier = draftSession(app, group, '1405/07/01');
    for (const [body, deadline] of [
      ['دبیرخانه گزارش اجرای طرح را به استانداری ارسال نماید.', { kind: 'days', value: 10 }],
      ['کلیه دستگاه‌ها برنامه‌های هفته کتاب را به صورت مستمر اجرا نمایند.', { kind: 'continuous' }],
    ] as const)
      app.call('resolutions.add', { sessionId: earlier, body, deadline });
    current = draftSession(app, group, '1405/09/02');
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('shows them in the editor and adds a follow-up to the agenda', async () => {
    const page = await newPage(browser);
    const consoleErrors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
    await openGroups(page, app.host.url);
    await page.getByRole('button', { name: 'جلسه ۲ سال ۱۴۰۵' }).click();
    const summary = page.getByText('مصوبات باز جلسه‌های قبل (۲)');
    await summary.click();
    const rows = page.locator('.earlier-list li');
    await expect.poll(() => rows.count()).toBe(2);
    expect(await rows.nth(0).textContent()).toContain('سررسید ۱۴۰۵/۰۷/۱۱ — گذشته از سررسید');
    expect(await rows.nth(1).textContent()).toContain('بدون سررسید');
    expect(await rows.nth(1).textContent()).not.toContain('گذشته از سررسید');

    const add = page.getByRole('button', { name: 'پیگیری در دستور کار — ردیف ۱ جلسه ۱ سال ۱۴۰۵' });
    await add.focus();
    await page.keyboard.press('Enter');
    const agenda = () => (app.call('sessions.get', { id: current }) as { agenda: { text: string }[] }).agenda;
    await expect
      .poll(() => agenda().map((a) => a.text))
      .toEqual(['پیگیری مصوبه ردیف ۱ جلسه ۱ سال ۱۴۰۵: دبیرخانه گزارش اجرای طرح را به استانداری ارسال نماید.']);
    // Once on the agenda, the same follow-up is not offered twice.
    await expect.poll(() => add.textContent()).toBe('در دستور کار است');
    expect(await add.isDisabled()).toBe(true);

    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(screenshots, 'earlier-resolutions.png') });
    expect(consoleErrors).toEqual([]);
  });
});
