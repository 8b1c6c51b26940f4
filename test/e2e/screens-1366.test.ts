/// <reference lib="dom" />
// The screens at a laptop's 1366×768 (and 1920×1080) in Chromium: the open-resolutions board with
// rows of a few lines, its mouse actions and a status change said with «بازگرداندن»; the main
// navigation on one line; the reports' year picked from the years with sessions; the members'
// date placeholder whole.
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshots, startApp, type TestApp } from '../helpers/app';
import { seriousViolations } from '../helpers/axe';
import { launchChromium, newPage } from '../helpers/browser';

const LONG =
  'دستگاه‌های عضو کارگروه موظفند ظرف مهلت مقرر گزارش کامل اقدامات انجام‌شده در اجرای برنامه ساماندهی کودکان کار و خیابان، شامل شمار کودکان شناسایی‌شده، خدمات آموزشی، درمانی و حمایتی ارائه‌شده و هماهنگی با دادگستری و نیروی انتظامی استان را با ذکر اعتبارات هزینه‌شده و موانع اجرایی به دبیرخانه کارگروه ارسال نمایند تا در جلسه آینده بررسی و برای رفع موانع تصمیم‌گیری شود';

interface BoardRow {
  id: string;
  status: string;
}

describe('the screens at 1366×768', () => {
  let browser: Browser;
  let app: TestApp;
  let groupId: string;

  beforeAll(async () => {
    app = await startApp();
    browser = await launchChromium();
    app.call('secretariat.setup', { name: 'دبیرخانه کارگروه‌های استانداری مرکزی', province: 'مرکزی' });
    groupId = (
      app.call('workingGroups.create', {
        name: 'کارگروه تخصصی امور اجتماعی، فرهنگی، سلامت، زنان و خانواده',
        province: 'مرکزی',
      }) as { id: string }
    ).id;
    for (const name of ['اداره کل بهزیستی', 'اداره کل آموزش و پرورش', 'دانشگاه علوم پزشکی اراک'])
      app.call('members.add', { workingGroupId: groupId, organizationName: name, since: null });
    for (const [name, title] of [
      ['علی اکرمی', 'معاون سیاسی، امنیتی و اجتماعی استاندار'],
      ['زهرا سجادی', 'مدیر کل امور اجتماعی و فرهنگی'],
    ]) {
      const p = app.call('people.create', { name }) as { id: string };
      app.call('people.update', { id: p.id, title });
    }
    // Sessions in 1398 and 1400 only: the reports' years; the board's rows long, as minutes are.
    const early = app.call('sessions.create', { workingGroupId: groupId, date: '1398/03/05' }) as { id: string };
    app.call('resolutions.add', { sessionId: early.id, body: 'گزارش کوتاه', deadline: { kind: 'days', value: 10 } });
    const later = app.call('sessions.create', { workingGroupId: groupId, date: '1400/02/10' }) as { id: string };
    for (let i = 0; i < 12; i++) {
      const r = app.call('resolutions.add', {
        sessionId: later.id,
        body: `${LONG} (${i + 1})`,
        deadline: { kind: 'days', value: 10 + i },
        responsible: [{ text: 'اداره کل بهزیستی' }, { text: 'اداره کل آموزش و پرورش' }],
      }) as { id: string };
      if (i % 3 === 0)
        app.call('followUps.add', {
          resolutionId: r.id,
          date: '1400/03/01',
          text: 'گزارش اقدامات بهزیستی رسید و در دبیرخانه بررسی شد؛ آموزش و پرورش هنوز گزارشی نفرستاده است و پیگیری تلفنی شد',
          organization: 'اداره کل بهزیستی',
        });
    }
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  async function open(width = 1366, height = 768): Promise<Page> {
    const page = await newPage(browser, { width, height });
    await page.goto(app.host.url);
    await page.getByRole('button', { name: 'کارگروه‌ها و جلسه‌ها' }).click();
    return page;
  }
  const boardRows = () => app.call('board.list', { workingGroupId: groupId }) as { rows: BoardRow[] };
  const inTable = (page: Page) =>
    page.evaluate(
      () => document.activeElement?.closest('table.board tbody') !== null && document.activeElement !== null,
    );

  it('keeps the main navigation on one line', async () => {
    const page = await open();
    const nav = page.getByRole('navigation', { name: 'بخش‌ها' });
    const box = await nav.boundingBox();
    const line = await nav.getByRole('button').first().boundingBox();
    expect(box!.height).toBeLessThan(line!.height * 1.5);
    for (const button of await nav.getByRole('button').all()) {
      const b = await button.boundingBox();
      expect(b!.height).toBeLessThan(line!.height * 1.2);
    }
    await page.close();
  });

  it('shows at least eight rows of the board in the first screen, each with its actions', async () => {
    const page = await open();
    await page.getByRole('button', { name: 'مصوبات باز' }).click();
    const rows = page.locator('table.board tbody tr');
    await expect.poll(() => rows.count()).toBe(13);
    // The working groups stay with their own screen: the board has the width.
    expect(await page.locator('.sidebar').count()).toBe(0);
    const inView = await rows.evaluateAll(
      (trs) => trs.filter((tr) => tr.getBoundingClientRect().bottom <= window.innerHeight).length,
    );
    await page.screenshot({ path: path.join(screenshots, 'board-1366.png') });
    expect(inView).toBeGreaterThanOrEqual(8);
    // Nothing wider than the window: no sideways scrolling.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1366);
    expect(await seriousViolations(page)).toEqual([]);

    // The visible «پیگیری» opens the follow-up, with the body whole.
    await rows.nth(1).getByRole('button', { name: 'پیگیری — ردیف ۱ جلسه ۱ سال ۱۴۰۰' }).click();
    const panel = page.locator('.follow-up-panel');
    await panel.waitFor();
    expect(await panel.locator('.resolution-body').textContent()).toBe(`${LONG} (1)`);
    expect(await panel.locator('.follow-up-list li').first().textContent()).toMatch(/^۱\. /);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(screenshots, 'board-follow-up-1366.png') });
    await panel.getByRole('button', { name: 'بستن' }).click();

    const wide = await open(1920, 1080);
    await wide.getByRole('button', { name: 'مصوبات باز' }).click();
    await expect.poll(() => wide.locator('table.board tbody tr').count()).toBe(13);
    await wide.screenshot({ path: path.join(screenshots, 'board-1920.png') });
    await wide.close();
    await page.close();
  });

  it('says a status set with «بازگرداندن», which sets the one before again; the focus stays in the table', async () => {
    const page = await open();
    await page.getByRole('button', { name: 'مصوبات باز' }).click();
    const rows = page.locator('table.board tbody tr');
    await expect.poll(() => rows.count()).toBe(13);
    const second = boardRows().rows[1]!;
    // By keyboard: «3» marks the second row done; it leaves the board, the focus goes to the next.
    await rows.nth(1).focus();
    await page.keyboard.press('3');
    const notice = page.locator('.board-notice');
    await notice.getByRole('button', { name: 'بازگرداندن' }).waitFor();
    expect(await notice.textContent()).toContain('«اجرا شده» شد');
    await expect.poll(() => rows.count()).toBe(12);
    expect(await inTable(page)).toBe(true);
    await page.screenshot({ path: path.join(screenshots, 'board-notice-1366.png') });
    // Undone from the keyboard too, on the row the focus went to.
    await page.keyboard.press('Control+z');
    await expect.poll(() => rows.count()).toBe(13);
    expect(boardRows().rows.find((r) => r.id === second.id)?.status).toBe(second.status);
    await expect.poll(() => notice.textContent()).toContain('بازگشت');
    await expect.poll(() => inTable(page)).toBe(true);
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.id)).toBe(second.id);

    // By mouse: the row's status picker, then «بازگرداندن»; the row stays (still open), and so does the focus.
    const third = boardRows().rows[2]!;
    await rows
      .nth(2)
      .getByRole('button', { name: /وضعیت — ردیف/ })
      .click();
    await page.getByRole('listbox').getByRole('option', { name: 'در دست اجرا' }).click();
    await notice.getByRole('button', { name: 'بازگرداندن' }).waitFor();
    await expect.poll(() => boardRows().rows.find((r) => r.id === third.id)?.status).toBe('in_progress');
    expect(await inTable(page)).toBe(true);
    await notice.getByRole('button', { name: 'بازگرداندن' }).click();
    await expect.poll(() => boardRows().rows.find((r) => r.id === third.id)?.status).toBe(third.status);
    // Back on the row restored, not left on the notice's button.
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLElement).dataset.id)).toBe(third.id);
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it('picks the reports’ year from the years with sessions, the latest first', async () => {
    for (const [width, height] of [
      [1366, 768],
      [1920, 1080],
    ] as const) {
      const page = await open(width, height);
      await page.getByRole('button', { name: 'گزارش‌ها' }).click();
      const year = page.getByRole('combobox', { name: 'سال' });
      await year.waitFor();
      expect(await year.locator('option').allTextContents()).toEqual(['۱۴۰۰', '۱۳۹۸']);
      expect(await year.inputValue()).toBe('1400');
      const annual = page.getByRole('region', { name: 'گزارش سالانه' });
      await expect.poll(() => annual.textContent()).toContain('مصوبات۱۲');
      await year.selectOption('1398');
      await expect.poll(() => annual.textContent()).toContain('مصوبات۱');
      expect(await seriousViolations(page)).toEqual([]);
      await page.screenshot({ path: path.join(screenshots, `reports-${width}.png`) });
      await page.close();
    }
  });

  it('shows the members’ date placeholder whole and the people directory at both sizes', async () => {
    for (const [width, height] of [
      [1366, 768],
      [1920, 1080],
    ] as const) {
      const page = await open(width, height);
      await page.getByRole('button', { name: 'تنظیمات کارگروه' }).click();
      const since = page.getByRole('textbox', { name: 'عضویت از — اداره کل بهزیستی' });
      await since.waitFor();
      expect(await since.getAttribute('placeholder')).toBe('سال/ماه/روز');
      // The placeholder's own width against the box's.
      const fits = await since.evaluate((input: HTMLInputElement) => {
        const probe = document.createElement('span');
        const style = getComputedStyle(input);
        probe.style.font = style.font;
        probe.style.position = 'absolute';
        probe.textContent = input.placeholder;
        document.body.append(probe);
        const text = probe.getBoundingClientRect().width;
        probe.remove();
        const inner = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
        return { text, inner, scroll: input.scrollWidth, client: input.clientWidth };
      });
      expect(fits.scroll).toBeLessThanOrEqual(fits.client);
      expect(fits.text).toBeLessThanOrEqual(fits.inner);
      const people = page.getByRole('region', { name: /فهرست اشخاص/ });
      await people.scrollIntoViewIfNeeded();
      expect(await seriousViolations(page)).toEqual([]);
      await page.screenshot({ path: path.join(screenshots, `people-${width}.png`) });
      await page.close();
    }
  });
});
