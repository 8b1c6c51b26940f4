/// <reference lib="dom" />
// Agenda and resolutions in the session editor, in Chromium: added, reordered, deadlines with
// their due dates, responsible bodies, and nothing lost when the page reloads mid-typing.
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshots, draftSession, startApp, type TestApp, withGroup } from '../helpers/app';
import { seriousViolations } from '../helpers/axe';
import { launchChromium, newPage, openGroups } from '../helpers/browser';

describe('agenda and resolutions', () => {
  let browser: Browser;
  let app: TestApp;
  let sessionId: string;

  beforeAll(async () => {
    app = await startApp();
    const groupId = withGroup(app);
    app.call('organizations.create', { name: 'اداره کل بهزیستی' });
    sessionId = draftSession(app, groupId);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  type Doc = {
    session: {
      agenda: string[];
      resolutions: {
        row: number;
        body: string;
        title: string | null;
        deadline: unknown;
        dueDate: string | null;
        responsible: string[];
      }[];
    };
  };
  const exported = () => app.call('minutes.export', { sessionId }) as Doc;
  const saved = (page: Page) => page.getByRole('status').filter({ hasText: 'همه تغییرات ذخیره شده است' }).waitFor();
  async function open(page: Page) {
    await openGroups(page, app.host.url);
    await page.getByRole('button', { name: 'جلسه ۱ سال ۱۳۹۹' }).click();
    await page
      .getByRole('heading', { name: 'مصوبات (' + '' })
      .or(page.getByRole('heading', { name: /^مصوبات/ }))
      .first()
      .waitFor();
  }

  it('drafts agenda items and resolutions with deadlines and responsible bodies', async () => {
    const page = await newPage(browser, { width: 1280, height: 1400 });
    const consoleErrors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
    await open(page);

    const newAgenda = page.getByRole('textbox', { name: /دستور کار تازه/ });
    for (const text of ['تبیین طرح پوشش مردم کنار مردم', 'ارائه گزارش عملکرد سال ۹۸']) {
      await newAgenda.fill(text);
      await newAgenda.press('Enter');
      await expect.poll(() => newAgenda.inputValue()).toBe('');
    }
    await page.getByRole('button', { name: 'بالا بردن — دستور کار ۲' }).click();
    await expect
      .poll(() => exported().session.agenda)
      .toEqual(['ارائه گزارش عملکرد سال ۹۸', 'تبیین طرح پوشش مردم کنار مردم']);

    // An empty resolution is refused beside the box.
    await page.getByRole('button', { name: 'افزودن مصوبه' }).click();
    await page.getByText('مفاد مصوبه نباید خالی باشد').waitFor();

    const body = 'مقرر گردید: الف) ادارات کل نسبت به برگزاری برنامه‌ها اقدام نمایند.\nب) گزارش هزینه کرد ارسال شود.';
    await page.getByRole('textbox', { name: 'مفاد مصوبه تازه' }).fill(body);
    await page.getByRole('button', { name: 'افزودن مصوبه' }).click();
    await page.getByRole('article', { name: 'مصوبه ۱' }).waitFor();
    await page.getByRole('textbox', { name: 'مفاد مصوبه تازه' }).fill('اعضاء برنامه‌های پیشنهادی را اعلام نمایند.');
    await page.getByRole('button', { name: 'افزودن مصوبه' }).click();
    await page.getByRole('article', { name: 'مصوبه ۲' }).waitFor();

    // Deadline «۱۰ روز» → due date 1399/02/12, shown in Persian digits.
    await page.getByRole('button', { name: /مهلت اقدام — مصوبه ۲/ }).click();
    await page.getByRole('option', { name: 'روز' }).click();
    const count = page.getByRole('article', { name: 'مصوبه ۲' }).getByRole('textbox', { name: 'تعداد روز' });
    await count.fill('۱۰');
    await count.press('Tab');
    await page.getByRole('article', { name: 'مصوبه ۲' }).getByText('سررسید: ۱۳۹۹/۰۲/۱۲').waitFor();

    // Responsible bodies: one from the directory, one typed.
    const responsible = page.getByRole('combobox', { name: 'افزودن مسئول پیگیری — مصوبه ۲' });
    await responsible.fill('اداره کل بهزیستی');
    await responsible.press('Enter');
    await page.getByRole('article', { name: 'مصوبه ۲' }).getByRole('row', { name: 'اداره کل بهزیستی' }).waitFor();
    await responsible.fill('دبیرخانه کارگروه');
    await responsible.press('Enter');
    await page.getByRole('article', { name: 'مصوبه ۲' }).getByRole('row', { name: 'دبیرخانه کارگروه' }).waitFor();

    // Move the second resolution up: rows stay 1..n.
    await page.getByRole('button', { name: 'بالا بردن — مصوبه ۲' }).click();
    await expect
      .poll(() => exported().session.resolutions.map((r) => [r.row, r.body.slice(0, 5), r.dueDate]))
      .toEqual([
        [1, 'اعضاء', '1399/02/12'],
        [2, 'مقرر ', null],
      ]);
    expect(exported().session.resolutions[0]).toMatchObject({
      deadline: { kind: 'days', value: 10 },
      responsible: ['اداره کل بهزیستی', 'دبیرخانه کارگروه'],
    });
    expect(exported().session.resolutions[1]?.body).toBe(body);

    await saved(page);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(screenshots, 'resolutions.png'), fullPage: true });
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('keeps a resolution body typed just before a reload, in a new one and in an existing one', async () => {
    const page = await newPage(browser);
    await open(page);
    await page.getByRole('textbox', { name: 'مفاد مصوبه تازه' }).fill('مقرر شد کلیه دستگاه‌ها نسبت به بروز رسانی');
    const existing = page.getByRole('textbox', { name: 'مفاد — مصوبه ۱' });
    await existing.click();
    await page.keyboard.press('End');
    await page.keyboard.type(' (فوری)');
    await page.reload();
    await page.getByRole('button', { name: 'جلسه ۱ سال ۱۳۹۹' }).click();
    expect(await page.getByRole('textbox', { name: 'مفاد مصوبه تازه' }).inputValue()).toBe(
      'مقرر شد کلیه دستگاه‌ها نسبت به بروز رسانی',
    );
    expect(await page.getByRole('textbox', { name: 'مفاد — مصوبه ۱' }).inputValue()).toBe(
      'اعضاء برنامه‌های پیشنهادی را اعلام نمایند. (فوری)',
    );
    await saved(page);
    expect(exported().session.resolutions[0]?.body).toBe('اعضاء برنامه‌های پیشنهادی را اعلام نمایند. (فوری)');
    await page.close();
  });

  it('drafts a resolution with the keyboard alone', async () => {
    const page = await newPage(browser);
    await open(page);
    const before = exported().session.resolutions.length;
    const composer = page.getByRole('textbox', { name: 'مفاد مصوبه تازه' });
    await composer.focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('مقرر شد گزارش عملکرد هر فصل به دبیرخانه ارسال شود.');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('افزودن مصوبه');
    await page.keyboard.press('Enter');
    const n = (before + 1).toLocaleString('fa-IR');
    await page.getByRole('article', { name: `مصوبه ${n}` }).waitFor();

    // Deadline by keyboard: focus the kind, open with Enter, arrows past «بدون مهلت» and «روز» to
    // «هفته», Enter; the count box («[۲] هفته», before the unit) takes the focus.
    await page.getByRole('button', { name: new RegExp(`مهلت اقدام — مصوبه ${n}`) }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('option', { name: 'روز', exact: true }).waitFor();
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    const count = page.getByRole('article', { name: `مصوبه ${n}` }).getByRole('textbox', { name: 'تعداد هفته' });
    await expect.poll(() => count.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('۲');
    await page.keyboard.press('Tab');
    await expect.poll(() => exported().session.resolutions.at(-1)?.deadline).toEqual({ kind: 'weeks', value: 2 });
    expect(exported().session.resolutions.at(-1)).toMatchObject({
      body: 'مقرر شد گزارش عملکرد هر فصل به دبیرخانه ارسال شود.',
      dueDate: '1399/02/16',
    });
    await page.close();
  });
});
