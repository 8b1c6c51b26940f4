/// <reference lib="dom" />
// A resolution with no deadline in the app (issue 17), in Chromium against the real services: the
// real minutes with none imported, a new resolution starting with «بدون مهلت», a kind set and
// cleared again (the value box cleared with it), the preview's مهلت اقدام cells empty, the
// printed PDF with no deadline on it, and the board showing them with no due date, never overdue.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run, type Io } from '../../electron/core/cli/index';
import { screenshots, startApp, type TestApp } from '../helpers/app';
import { launchChromium, newPage, openGroups } from '../helpers/browser';
import { fixture, noDeadlineFixture } from '../helpers/fixtures';
import { pdfFlowText, squash } from '../helpers/pdf';

type Doc = { session: { resolutions: { row: number; deadline: unknown; dueDate: string | null }[] } };

describe('a resolution with no deadline in the editor and in print', () => {
  let browser: Browser;
  let app: TestApp;
  let sessionId: string;

  beforeAll(async () => {
    app = await startApp();
    browser = await launchChromium();
    mkdirSync(screenshots, { recursive: true });
    app.call('secretariat.setup', { name: 'دبیرخانه', province: 'مرکزی' });
    sessionId = (app.call('minutes.import', { document: noDeadlineFixture() }) as { sessionId: string }).sessionId;
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  const exported = () => app.call('minutes.export', { sessionId }) as Doc;
  const last = () => exported().session.resolutions.at(-1);
  const kindOf = (page: Page, n: string) => page.getByRole('button', { name: new RegExp(`مهلت اقدام — مصوبه ${n}`) });

  it('starts a new resolution with «بدون مهلت», sets a kind and clears it again', async () => {
    const page = await newPage(browser, { width: 1280, height: 1200 });
    const consoleErrors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
    await openGroups(page, app.host.url);
    await page.getByRole('button', { name: 'جلسه ۱ سال ۱۳۹۹' }).click();
    await page.getByRole('article', { name: 'مصوبه ۵' }).waitFor();
    // The imported ones have none.
    for (const n of ['۱', '۲', '۳', '۴', '۵']) expect(await kindOf(page, n).textContent()).toContain('بدون مهلت');

    await page.getByRole('textbox', { name: 'مفاد مصوبه تازه' }).fill('مقرر شد گزارش عملکرد به دبیرخانه ارسال شود.');
    await page.getByRole('button', { name: 'افزودن مصوبه' }).click();
    const card = page.getByRole('article', { name: 'مصوبه ۶' });
    await card.waitFor();
    expect(await kindOf(page, '۶').textContent()).toContain('بدون مهلت');
    await card.getByText('سررسید: بدون سررسید').waitFor();
    expect(last()).toMatchObject({ row: 6, deadline: null, dueDate: null });

    // «بدون مهلت» is offered first.
    await kindOf(page, '۶').click();
    await expect
      .poll(() => page.getByRole('option').allTextContents())
      .toEqual(['بدون مهلت', 'روز', 'هفته', 'ماه', 'تا تاریخ', 'مستمر', 'فوری', 'متن دلخواه']);
    await page.getByRole('option', { name: 'روز', exact: true }).click();
    const count = card.getByRole('textbox', { name: 'تعداد روز' });
    await count.fill('۱۰');
    await count.press('Tab');
    await card.getByText('سررسید: ۱۳۹۹/۰۲/۱۲').waitFor();
    await expect.poll(last).toMatchObject({ deadline: { kind: 'days', value: 10 }, dueDate: '1399/02/12' });

    // Back to none: saved as none, the value box gone, and empty when a kind is chosen again.
    await kindOf(page, '۶').click();
    await page.getByRole('option', { name: 'بدون مهلت', exact: true }).click();
    await expect.poll(last).toMatchObject({ deadline: null, dueDate: null });
    await card.getByText('سررسید: بدون سررسید').waitFor();
    expect(await count.count()).toBe(0);
    await kindOf(page, '۶').click();
    await page.getByRole('option', { name: 'هفته', exact: true }).click();
    const weeks = card.getByRole('textbox', { name: 'تعداد هفته' });
    expect(await weeks.inputValue()).toBe('');
    await kindOf(page, '۶').click();
    await page.getByRole('option', { name: 'بدون مهلت', exact: true }).click();
    await expect.poll(() => weeks.count()).toBe(0);
    expect(last()).toMatchObject({ deadline: null, dueDate: null });
    expect(await kindOf(page, '۶').textContent()).toContain('بدون مهلت');
    await page.screenshot({ path: path.join(screenshots, 'no-deadline-editor.png'), fullPage: true });
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('previews and prints empty مهلت اقدام cells', async () => {
    const page = await newPage(browser, { width: 1400, height: 1000 });
    await openGroups(page, app.host.url);
    await page.getByRole('button', { name: 'جلسه ۱ سال ۱۳۹۹' }).click();
    await page.getByRole('button', { name: 'پیش‌نمایش و چاپ' }).click();
    const table = page.locator('.print-area article.sheet table.resolutions');
    await expect.poll(() => table.locator('tbody tr').count()).toBe(6);
    expect(await table.locator('thead th').nth(3).textContent()).toBe('مهلت اقدام');
    expect(await table.locator('tbody tr td:nth-child(4)').allTextContents()).toEqual(Array(6).fill(''));
    expect(await table.locator('tbody tr td:nth-child(3)').first().textContent()).not.toBe('');
    await page.screenshot({ path: path.join(screenshots, 'no-deadline-preview.png') });
    await page.close();

    const file = path.join(path.dirname(app.file), 'no-deadline.pdf');
    const err: string[] = [];
    const io: Io = { out: () => undefined, err: (l) => err.push(l) };
    expect(await run(['print', sessionId, '--db', app.file, '--out', file], io), err.join('\n')).toBe(0);
    const text = squash(pdfFlowText(file));
    // The heading wraps in its narrow column: its first word is enough.
    expect(text).toContain('مهلت');
    expect(text).toContain(squash('مقرر شد گزارش عملکرد به دبیرخانه ارسال شود.'));
    // No deadline of any kind printed (the minutes' own text has none of these words).
    for (const word of ['مستمر', 'فوری', 'یکماه', 'سررسید']) expect(text).not.toContain(squash(word));
  });

  it('lists them on the board with no due date, never overdue, beside a session whose deadlines have passed', async () => {
    const dated = fixture();
    dated.session.number = 2;
    app.call('minutes.import', { document: dated });
    const page = await newPage(browser, { width: 1400, height: 1000 });
    await openGroups(page, app.host.url);
    await page.getByRole('button', { name: 'مصوبات باز' }).click();
    const rows = page.locator('table.board tbody tr');
    await expect.poll(() => rows.count()).toBe(11);
    const none = rows.filter({ hasText: 'جلسه ۱ سال ۱۳۹۹' });
    expect(await none.count()).toBe(6);
    expect(await none.locator('td:nth-child(5)').allTextContents()).toEqual(Array(6).fill('بدون سررسید'));
    expect(await none.locator('[data-overdue]').count()).toBe(0);
    expect(await page.locator('table.board tbody tr[data-overdue]').count()).toBe(3);
    // «فقط گذشته از مهلت»: only the dated ones of session 2 (1399's dates are long past).
    await page.getByRole('checkbox', { name: 'فقط گذشته از مهلت' }).check();
    await expect.poll(() => rows.count()).toBe(3);
    expect(await rows.filter({ hasText: 'جلسه ۱ سال ۱۳۹۹' }).count()).toBe(0);
    await page.screenshot({ path: path.join(screenshots, 'no-deadline-board.png') });
    await page.close();
  });
});
