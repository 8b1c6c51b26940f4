/// <reference lib="dom" />
// Reordering in Chromium: agenda items dragged with the mouse or react-aria's keyboard drag (Enter
// on the row's handle, arrows to the drop place, Enter), resolution cards dragged by their handle;
// the new order is stored and the rows stay 1..n.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { draftSession, startApp, type TestApp, withGroup } from '../helpers/app';
import { seriousViolations } from '../helpers/axe';
import { launchChromium, newPage, openGroups } from '../helpers/browser';

describe('reordering', () => {
  let browser: Browser;
  let app: TestApp;
  let sessionId: string;

  beforeAll(async () => {
    app = await startApp();
    sessionId = draftSession(app, withGroup(app), '1405/09/02');
    for (const text of ['گزارش دبیرخانه', 'برنامه هفته کتاب', 'پیگیری مصوبات جلسه قبل'])
      app.call('agenda.add', { sessionId, text });
    for (const body of ['مصوبه الف', 'مصوبه ب', 'مصوبه ج'])
      app.call('resolutions.add', { sessionId, body, deadline: { kind: 'continuous' } });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  const order = () =>
    (app.call('sessions.get', { id: sessionId }) as { agenda: { text: string }[] }).agenda.map((a) => a.text);

  it('moves an item by dragging its row with the mouse, or its handle with the keyboard', async () => {
    const page = await newPage(browser);
    await openGroups(page, app.host.url);
    await page.getByRole('button', { name: 'جلسه ۱ سال ۱۴۰۵' }).click();
    const rows = page.getByRole('grid', { name: 'دستور کار' }).getByRole('row');
    await expect.poll(() => rows.count()).toBe(3);

    // The mouse: the third row dragged by its number onto the top edge of the first. `force`, as the
    // rows shift while react-aria shows its drop places, which Playwright reads as «not stable».
    await rows
      .nth(2)
      .locator('.ordered-number')
      .dragTo(rows.nth(0), { force: true, targetPosition: { x: 100, y: 3 } });
    await expect.poll(order).toEqual(['پیگیری مصوبات جلسه قبل', 'گزارش دبیرخانه', 'برنامه هفته کتاب']);
    await expect
      .poll(() => page.getByRole('textbox', { name: 'دستور کار ۱' }).inputValue())
      .toBe('پیگیری مصوبات جلسه قبل');

    // The keyboard: Enter on the first row's handle starts a drag; ArrowDown moves to the next drop
    // place (after the second row); Enter drops. Each key waits for the list to have answered the last.
    await page.getByRole('button', { name: 'برای جابه‌جایی بکشید — دستور کار ۱' }).focus();
    await page.keyboard.press('Enter');
    await page.locator('.ordered-item[data-dragging]').waitFor();
    const target = page.locator('.ordered-grid [data-drop-target]');
    await target.waitFor({ state: 'attached' });
    const first = await target.evaluate((el) => el.getAttribute('aria-label') ?? el.outerHTML);
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => target.evaluate((el) => el.getAttribute('aria-label') ?? el.outerHTML)).not.toBe(first);
    await page.keyboard.press('Enter');
    await expect.poll(order).toEqual(['گزارش دبیرخانه', 'پیگیری مصوبات جلسه قبل', 'برنامه هفته کتاب']);

    // A mouse drag inside a row's text box selects text; it does not drag the row.
    const box = page.getByRole('textbox', { name: 'دستور کار ۱' });
    // Once the drop is over: its drop places collapse and the rows move up.
    await expect.poll(() => box.inputValue()).toBe('گزارش دبیرخانه');
    await page.locator('.react-aria-DropIndicator').first().waitFor({ state: 'detached' });
    const b = (await box.boundingBox())!;
    await page.mouse.move(b.x + b.width - 12, b.y + b.height / 2);
    await page.mouse.down();
    await page.mouse.move(b.x + b.width - 120, b.y + b.height / 2, { steps: 8 });
    await page.mouse.up();
    expect(await box.evaluate((el: HTMLInputElement) => el.selectionEnd! - el.selectionStart!)).toBeGreaterThan(3);
    expect(order()).toEqual(['گزارش دبیرخانه', 'پیگیری مصوبات جلسه قبل', 'برنامه هفته کتاب']);

    // Keys typed in a row's text box stay in the text: End, Space and Home do not move the list.
    const third = page.getByRole('textbox', { name: 'دستور کار ۳' });
    await third.click();
    await page.keyboard.press('End');
    await page.keyboard.type(' (سال 1405)');
    await page.keyboard.press('Home');
    await page.keyboard.type('- ');
    await expect.poll(() => order()[2]).toBe('- برنامه هفته کتاب (سال 1405)');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('moves a resolution card by dragging its handle; the rows follow', async () => {
    // Tall enough for the three cards to be on screen at once, as on a secretary's large monitor.
    const page = await newPage(browser, { width: 1280, height: 3200 });
    await openGroups(page, app.host.url);
    await page.getByRole('button', { name: 'جلسه ۱ سال ۱۴۰۵' }).click();
    const card = (n: string) => page.getByRole('article', { name: `مصوبه ${n}` });
    const resolutions = () =>
      (app.call('sessions.get', { id: sessionId }) as { resolutions: { row: number; body: string }[] }).resolutions;

    // The third card onto the upper half of the first: it becomes row 1.
    await card('۳')
      .locator('.drag')
      .dragTo(card('۱'), { targetPosition: { x: 200, y: 10 } });
    await expect
      .poll(() => resolutions().map((r) => [r.row, r.body]))
      .toEqual([
        [1, 'مصوبه ج'],
        [2, 'مصوبه الف'],
        [3, 'مصوبه ب'],
      ]);
    await expect.poll(() => page.getByRole('textbox', { name: 'مفاد — مصوبه ۱' }).inputValue()).toBe('مصوبه ج');

    // The first onto the lower half of the last: it becomes the last row.
    const last = (await card('۳').boundingBox())!;
    await card('۱')
      .locator('.drag')
      .dragTo(card('۳'), { targetPosition: { x: 200, y: last.height * 0.75 } });
    await expect.poll(() => resolutions().map((r) => r.body)).toEqual(['مصوبه الف', 'مصوبه ب', 'مصوبه ج']);
    expect(await seriousViolations(page)).toEqual([]);
  });
});
