/// <reference lib="dom" />
// Issue 18 in Chromium: entering resolutions and points. The organisation list stays closed after
// a responsible body is added; a count reads «[۱۰] روز» and is refused only when left wrong;
// Ctrl+Enter adds a resolution; «افزودن سخنران» puts the cursor in the new name; the points'
// labels read «مطلب ۱ — سخنران ۱»; text boxes grow with their text.
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshots, draftSession, startApp, type TestApp, withGroup } from '../helpers/app';
import { seriousViolations } from '../helpers/axe';
import { launchChromium, newPage, openGroups } from '../helpers/browser';

describe('entering resolutions and points', () => {
  let browser: Browser;
  let app: TestApp;
  let sessionId: string;

  beforeAll(async () => {
    app = await startApp();
    const groupId = withGroup(app);
    for (const name of ['اداره کل بهزیستی', 'اداره کل بهداشت', 'اداره کل آموزش و پرورش'])
      app.call('organizations.create', { name });
    sessionId = draftSession(app, groupId);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  type Stored = {
    resolutions: { body: string; deadline: unknown; responsible: { text: string }[] }[];
    discussion: { points: { text: string }[] }[];
  };
  const stored = () => app.call('sessions.get', { id: sessionId }) as Stored;
  const hasFocus = (page: Page, el: ReturnType<Page['getByRole']>) =>
    el.evaluate((node) => node === document.activeElement);
  async function open(page: Page) {
    await openGroups(page, app.host.url);
    await page.getByRole('button', { name: 'جلسه ۱ سال ۱۳۹۹' }).click();
    await page.getByRole('heading', { name: /^مصوبات/ }).waitFor();
  }

  it('adds resolutions with Ctrl+Enter, staying in the box, and clears its refusal as text is typed', async () => {
    const page = await newPage(browser, { width: 1366, height: 768 });
    await open(page);
    const composer = page.getByRole('textbox', { name: 'مفاد مصوبه تازه' });
    // The key is said beside the box (its description).
    await page.getByText('Ctrl+Enter برای افزودن').waitFor();
    expect(await composer.getAttribute('aria-describedby')).toBeTruthy();

    await composer.focus();
    await page.keyboard.press('Control+Enter');
    const refusal = page.getByText('مفاد مصوبه نباید خالی باشد');
    await refusal.waitFor();
    await page.keyboard.type('مقرر شد');
    await expect.poll(() => refusal.count()).toBe(0);
    // Enter is a new line; Ctrl+Enter adds.
    await page.keyboard.press('Enter');
    await page.keyboard.type('گزارش ارسال شود.');
    await page.keyboard.press('Control+Enter');
    await page.getByRole('article', { name: 'مصوبه ۱' }).waitFor();
    await expect.poll(() => composer.inputValue()).toBe('');
    expect(await hasFocus(page, composer)).toBe(true);
    await page.keyboard.type('دومین مصوبه');
    await page.keyboard.press('Control+Enter');
    await page.getByRole('article', { name: 'مصوبه ۲' }).waitFor();
    expect(await hasFocus(page, composer)).toBe(true);
    expect(stored().resolutions.map((r) => r.body)).toEqual(['مقرر شد\nگزارش ارسال شود.', 'دومین مصوبه']);

    // A card's body emptied and left: refused beside it; gone as soon as text is typed again.
    const body2 = page.getByRole('textbox', { name: 'مفاد — مصوبه ۲' });
    const cardRefusal = page.getByRole('article', { name: 'مصوبه ۲' }).getByText('مفاد مصوبه نباید خالی باشد');
    await body2.fill('');
    await body2.blur();
    await cardRefusal.waitFor();
    await body2.click();
    await page.keyboard.type('دومین مصوبه');
    await expect.poll(() => cardRefusal.count()).toBe(0);
    await expect.poll(() => stored().resolutions[1]!.body).toBe('دومین مصوبه');
    await page
      .locator('#resolutions-heading')
      .locator('..')
      .locator('.field')
      .last()
      .screenshot({
        path: path.join(screenshots, 'entry-new-resolution.png'),
      });
    await page.close();
  });

  it('keeps the organisation list closed after a responsible body is added, until typing or ArrowDown', async () => {
    const page = await newPage(browser, { width: 1366, height: 768 });
    await open(page);
    const card = page.getByRole('article', { name: 'مصوبه ۱' });
    const add = page.getByRole('combobox', { name: 'افزودن مسئول پیگیری — مصوبه ۱' });
    // Typed, then Enter on the highlighted option (keyboard).
    await add.focus();
    await page.keyboard.type('بهزیستی');
    await page.getByRole('option', { name: 'اداره کل بهزیستی' }).waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await card.getByRole('row', { name: 'اداره کل بهزیستی' }).waitFor();
    await page.waitForTimeout(300);
    expect(await page.getByRole('listbox').count()).toBe(0);
    expect(await add.getAttribute('aria-expanded')).toBe('false');
    expect(await hasFocus(page, add)).toBe(true);
    // A typed name not in the directory, Enter.
    await page.keyboard.type('دبیرخانه کارگروه');
    await page.keyboard.press('Enter');
    await card.getByRole('row', { name: 'دبیرخانه کارگروه' }).waitFor();
    await page.waitForTimeout(300);
    expect(await page.getByRole('listbox').count()).toBe(0);
    expect(await hasFocus(page, add)).toBe(true);
    // ArrowDown opens it, without the ones already chosen.
    await page.keyboard.press('ArrowDown');
    await page.getByRole('listbox').waitFor();
    expect(await page.getByRole('option').allTextContents()).toEqual(['اداره کل آموزش و پرورش', 'اداره کل بهداشت']);
    // Mouse: an option clicked is added, and the list does not pop open again.
    await page.getByRole('option', { name: 'اداره کل بهداشت' }).click();
    await card.getByRole('row', { name: 'اداره کل بهداشت' }).waitFor();
    await page.waitForTimeout(300);
    expect(await page.getByRole('listbox').count()).toBe(0);
    // Typing offers it again.
    await page.keyboard.type('آموزش');
    await page.getByRole('option', { name: 'اداره کل آموزش و پرورش' }).waitFor();
    await page.keyboard.press('Escape');
    await expect
      .poll(() => stored().resolutions[0]!.responsible.map((r) => r.text))
      .toEqual(['اداره کل بهزیستی', 'دبیرخانه کارگروه', 'اداره کل بهداشت']);
    await page.close();
  });

  it('reads a count as «۱۰ روز» and refuses it only when left wrong', async () => {
    const page = await newPage(browser, { width: 1366, height: 768 });
    await open(page);
    const card = page.getByRole('article', { name: 'مصوبه ۲' });
    const kind = card.getByRole('button', { name: /مهلت اقدام — مصوبه ۲/ });
    const refusal = card.getByText('عددی مثبت بنویسید');
    // Mouse: «روز» picked; the count box has the focus, no refusal yet.
    await kind.click();
    await page.getByRole('option', { name: 'روز', exact: true }).click();
    const count = card.getByRole('textbox', { name: 'تعداد روز' });
    await expect.poll(() => hasFocus(page, count)).toBe(true);
    expect(await refusal.count()).toBe(0);
    // «[۱۰] روز»: in right to left the number comes first, to the right of the unit.
    const boxAt = (await count.boundingBox())!;
    const unitAt = (await kind.boundingBox())!;
    expect(boxAt.x).toBeGreaterThan(unitAt.x + unitAt.width - 1);
    // Typed as a valid count: never refused on the way.
    await page.keyboard.type('10');
    await page.waitForTimeout(500);
    expect(await refusal.count()).toBe(0);
    await page.keyboard.press('Tab');
    await card.getByText('سررسید: ۱۳۹۹/۰۲/۱۲').waitFor();
    expect(stored().resolutions[1]!.deadline).toEqual({ kind: 'days', value: 10 });
    expect(await refusal.count()).toBe(0);

    // Emptied and left: refused; the message goes as soon as the count is right again.
    await count.fill('');
    await count.blur();
    await refusal.waitFor();
    expect(await count.getAttribute('aria-invalid')).toBe('true');
    await count.focus();
    await page.keyboard.type('۵');
    await expect.poll(() => refusal.count()).toBe(0);
    await count.blur();
    await expect.poll(() => stored().resolutions[1]!.deadline).toEqual({ kind: 'days', value: 5 });

    // Keyboard: Enter on the kind, «ماه», Enter: the count box is focused, with the 5 kept.
    await kind.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('option', { name: 'ماه', exact: true }).waitFor();
    // From «روز», highlighted as chosen: «هفته», then «ماه».
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(() => stored().resolutions[1]!.deadline).toEqual({ kind: 'months', value: 5 });
    // Complete as it is: saved at once, and the focus stays on the kind.
    await expect.poll(() => hasFocus(page, kind)).toBe(true);
    expect(await refusal.count()).toBe(0);
    await page.close();
  });

  it('moves the focus into a new speaker, names points naturally, and grows text boxes', async () => {
    const page = await newPage(browser, { width: 1366, height: 768 });
    await open(page);
    const addSpeaker = page.getByRole('button', { name: 'افزودن سخنران' });
    // Keyboard: Enter on the button.
    await addSpeaker.focus();
    await page.keyboard.press('Enter');
    const name1 = page.getByRole('combobox', { name: 'نام سخنران ۱' });
    await expect.poll(() => hasFocus(page, name1)).toBe(true);
    await page.keyboard.type('اکرمی');
    // Mouse: a click.
    await addSpeaker.click();
    const name2 = page.getByRole('combobox', { name: 'نام سخنران ۲' });
    await expect.poll(() => hasFocus(page, name2)).toBe(true);

    const newPoint = page.getByRole('textbox', { name: 'مطلب تازه (Enter برای افزودن) — سخنران ۱' });
    for (const text of ['تشکر از حضور مدیران.', 'تاکید بر حضور شخص مدیران کل.']) {
      await newPoint.fill(text);
      await newPoint.press('Enter');
      await expect.poll(() => newPoint.inputValue()).toBe('');
    }
    const point2 = page.getByRole('textbox', { name: 'مطلب ۲ — سخنران ۱', exact: true });
    await point2.waitFor();
    await page.getByRole('grid', { name: 'مطالب سخنران ۱' }).waitFor();
    await page.getByRole('button', { name: 'حذف — مطلب ۱ — سخنران ۱', exact: true }).waitFor();
    await page.getByRole('button', { name: 'بالا بردن — مطلب ۲ — سخنران ۱', exact: true }).waitFor();
    await page.getByRole('textbox', { name: 'دستور کار تازه (Enter برای افزودن)' }).fill('گزارش عملکرد');
    await page.getByRole('textbox', { name: 'دستور کار تازه (Enter برای افزودن)' }).press('Enter');
    await page.getByRole('textbox', { name: 'دستور کار ۱', exact: true }).waitFor();

    // A point's box and a resolution's body grow as lines are typed (Enter: a new line, in a point's
    // row too), up to a limit.
    const body = page.getByRole('textbox', { name: 'مفاد — مصوبه ۱' });
    const heightOf = async (el: typeof body) => (await el.boundingBox())!.height;
    for (const box of [point2, body]) {
      const before = await heightOf(box);
      await box.click();
      await page.keyboard.press('Control+End');
      for (let i = 0; i < 8; i++) await page.keyboard.press('Enter');
      await page.keyboard.type('پایان');
      await expect.poll(() => box.inputValue()).toMatch(/\n{8}پایان$/);
      await expect.poll(() => heightOf(box)).toBeGreaterThan(before + 100);
      expect(await heightOf(box)).toBeLessThanOrEqual(768 * 0.6 + 1);
    }
    await page.getByRole('status').filter({ hasText: 'همه تغییرات ذخیره شده است' }).waitFor();
    await expect.poll(() => stored().discussion[0]!.points[1]!.text).toMatch(/پایان$/);

    expect(await seriousViolations(page)).toEqual([]);
    for (const [width, height] of [
      [1366, 768],
      [1920, 1080],
    ] as const) {
      await page.setViewportSize({ width, height });
      await page.getByRole('article', { name: 'مصوبه ۲' }).screenshot({
        path: path.join(screenshots, `entry-resolution-${width}.png`),
      });
      await page
        .getByRole('region', { name: 'اهم مطالب مطرح شده' })
        .screenshot({ path: path.join(screenshots, `entry-discussion-${width}.png`) });
    }
    await page.close();
  });
});
