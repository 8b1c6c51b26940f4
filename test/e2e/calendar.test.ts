/// <reference lib="dom" />
// The calendar of sessions in Chromium: two groups' sessions on their days of Esfand 1403 (a leap
// year: 30 days), held and planned told apart; the months across the new year; a session planned
// on a day, by pointer and by keyboard, stored as a draft of that date and opened; a refusal said.
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { draftSession, screenshots, startApp, withGroup, type TestApp } from '../helpers/app';
import { seriousViolations } from '../helpers/axe';
import { launchChromium } from '../helpers/browser';
import { nationalFixture } from '../helpers/national';

describe('calendar of sessions', () => {
  let browser: Browser;
  let app: TestApp;
  let social: string;
  let water: string;
  let held: string;

  beforeAll(async () => {
    app = await startApp();
    social = withGroup(app, 'کارگروه اجتماعی');
    water = (app.call('workingGroups.create', { name: 'کارگروه آب', province: 'مرکزی' }) as { id: string }).id;
    held = draftSession(app, social, '1403/12/05');
    app.call('attendance.set', { sessionId: held, organizationName: 'اداره کل بهزیستی', status: 'present' });
    app.call('signatories.add', { sessionId: held, name: 'سید علی آقازاده', title: 'استاندار' });
    app.call('agenda.add', { sessionId: held, text: 'گزارش عملکرد' });
    app.call('sessions.finalize', { id: held });
    app.call('sessions.create', { workingGroupId: water, date: '1403/12/05', startTime: '10:00' });
    draftSession(app, social, '1403/12/20');
    draftSession(app, water, '1403/12/30');
    draftSession(app, social, '1404/01/15');
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  /** The app at 1366×768 on 1403/12/15 (2025-03-05) in Tehran. */
  async function open(): Promise<Page> {
    const context = await browser.newContext({
      viewport: { width: 1366, height: 768 },
      locale: 'fa-IR',
      timezoneId: 'Asia/Tehran',
    });
    const page = await context.newPage();
    await page.clock.setFixedTime(new Date('2025-03-05T10:00:00+03:30'));
    await page.goto(app.host.url);
    await page.getByRole('button', { name: 'تقویم', exact: true }).click();
    await month(page, 'اسفند ۱۴۰۳');
    return page;
  }
  const month = (page: Page, name: string) => page.getByRole('heading', { name, exact: true }).waitFor();
  const day = (page: Page, name: string) => page.getByRole('button', { name: new RegExp(`^${name}،`) });
  /** A day's chips as «status: text», in their order. */
  const chips = (page: Page, name: string) =>
    page
      .locator('td', { has: day(page, name) })
      .locator('.session-chip')
      .evaluateAll((els) => els.map((e) => `${e.getAttribute('data-status')}: ${e.textContent}`));
  type Row = { working_group_id: string; date: string; status: string; number: number };
  const sessionsOn = (date: string) =>
    app.db.prepare(`SELECT working_group_id, date, status, number FROM session WHERE date = ?`).all(date) as Row[];

  async function looked(page: Page, name: string) {
    expect(await page.evaluate(() => document.documentElement.scrollWidth), name).toBeLessThanOrEqual(1366);
    expect(await seriousViolations(page), name).toEqual([]);
    await page.screenshot({ path: path.join(screenshots, `${name}.png`) });
  }

  it('shows each group’s sessions on their days, held and planned told apart, today marked', async () => {
    const page = await open();
    // By time, the session with none last.
    expect(await chips(page, '۵ اسفند ۱۴۰۳')).toEqual([
      'draft: ◷جلسه ۱ · کارگروه آب',
      'final: ✓جلسه ۱ · کارگروه اجتماعی',
    ]);
    expect(await day(page, '۵ اسفند ۱۴۰۳').textContent()).toBe('۵');
    // Held and planned are told in words too, not by colour alone.
    await page.getByRole('button', { name: 'جلسه ۱ · کارگروه اجتماعی، برگزارشده' }).waitFor();
    await page.getByRole('button', { name: 'جلسه ۱ · کارگروه آب، برنامه‌ریزی‌شده، ساعت ۱۰:۰۰' }).waitFor();
    expect(await chips(page, '۲۰ اسفند ۱۴۰۳')).toEqual(['draft: ◷جلسه ۲ · کارگروه اجتماعی']);
    // 1403 is a leap year: Esfand has its 30th, with the water group's session on it.
    expect(await chips(page, '۳۰ اسفند ۱۴۰۳')).toEqual(['draft: ◷جلسه ۲ · کارگروه آب']);
    expect(await chips(page, '۶ اسفند ۱۴۰۳')).toEqual([]);
    expect(await page.locator('[aria-current="date"]').getAttribute('aria-label')).toBe(
      '۱۵ اسفند ۱۴۰۳، امروز، بی‌جلسه',
    );
    // Saturday first: the 1st (a Wednesday) is the fifth cell of the first week.
    const headings = await page.locator('thead th').allTextContents();
    expect(headings).toEqual(['ش', 'ی', 'د', 'س', 'چ', 'پ', 'ج']);
    const firstWeek = await page.locator('tbody tr').first().locator('td').allTextContents();
    expect(firstWeek.slice(0, 5)).toEqual(['', '', '', '', '۱']);
    // Pressed beside its number: the chips below open their sessions.
    await day(page, '۵ اسفند ۱۴۰۳').click({ position: { x: 30, y: 10 } });
    await page.getByRole('heading', { name: 'یکشنبه ۵ اسفند ۱۴۰۳' }).waitFor();
    await looked(page, 'calendar');
    await page.context().close();
  });

  it('moves across the year: Esfand, Farvardin of the next year, back, and to today', async () => {
    const page = await open();
    await page.getByRole('button', { name: 'ماه بعد' }).click();
    await month(page, 'فروردین ۱۴۰۴');
    expect(await chips(page, '۱۵ فروردین ۱۴۰۴')).toEqual(['draft: ◷جلسه ۱ · کارگروه اجتماعی']);
    expect(await day(page, '۳۱ فروردین ۱۴۰۴').count()).toBe(1);
    await page.getByRole('button', { name: 'ماه قبل' }).click();
    await month(page, 'اسفند ۱۴۰۳');
    await page.getByRole('button', { name: 'ماه قبل' }).click();
    await month(page, 'بهمن ۱۴۰۳');
    expect(await day(page, '۵ بهمن ۱۴۰۳').count()).toBe(1);
    expect(await page.locator('.session-chip').count()).toBe(0);
    await page.getByRole('button', { name: 'ماه جاری', exact: true }).click();
    await month(page, 'اسفند ۱۴۰۳');
    await page.context().close();
  });

  it('opens a session from its chip in the groups section', async () => {
    const page = await open();
    await page.getByRole('button', { name: /^جلسه ۲ · کارگروه آب، برنامه‌ریزی‌شده/ }).click();
    await page.getByRole('heading', { name: 'جلسه ۲ سال ۱۴۰۳' }).waitFor();
    expect(await page.getByRole('textbox', { name: 'تاریخ جلسه' }).inputValue()).toBe('۱۴۰۳/۱۲/۳۰');
    await page.context().close();
  });

  it('plans a session of the chosen group on a day: a draft of that date, opened in the editor', async () => {
    const page = await open();
    await day(page, '۲۴ اسفند ۱۴۰۳').click();
    const panel = page.getByRole('region', { name: 'جمعه ۲۴ اسفند ۱۴۰۳' });
    await panel.getByText('در این روز جلسه‌ای نیست.').waitFor();
    await panel.getByRole('button', { name: /کارگروه/ }).click();
    await page.getByRole('option', { name: 'کارگروه آب' }).click();
    await panel.getByRole('button', { name: 'برنامه‌ریزی جلسه در این روز' }).click();
    // Numbered by date among the year's drafts: after the 5th's, before the 30th's.
    await page.getByRole('heading', { name: 'جلسه ۲ سال ۱۴۰۳' }).waitFor();
    expect(sessionsOn('1403/12/24')).toEqual([
      { working_group_id: water, date: '1403/12/24', status: 'draft', number: 2 },
    ]);
    expect(await page.getByRole('textbox', { name: 'تاریخ جلسه' }).inputValue()).toBe('۱۴۰۳/۱۲/۲۴');
    await page.context().close();
  });

  it('is worked by keyboard: arrows between days and months, Enter chooses, Tab to planning', async () => {
    const page = await open();
    await day(page, '۱۵ اسفند ۱۴۰۳').focus();
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-day'));
    await page.keyboard.press('ArrowLeft');
    expect(await focused()).toBe('1403/12/16');
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toBe('1403/12/23');
    await page.keyboard.press('ArrowRight');
    expect(await focused()).toBe('1403/12/22');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    // From the 29th a week on is Farvardin's 6th (Esfand has 30 days this year).
    expect(await focused()).toBe('1404/01/06');
    await month(page, 'فروردین ۱۴۰۴');
    await page.keyboard.press('PageUp');
    expect(await focused()).toBe('1403/12/06');
    await page.keyboard.press('Enter');
    const panel = page.getByRole('region', { name: 'دوشنبه ۶ اسفند ۱۴۰۳' });
    await panel.waitFor();
    // One tab stop for the month: Tab goes on to the panel, its group and then its button.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('برنامه‌ریزی جلسه در این روز');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: /^جلسه [۰-۹]+ سال ۱۴۰۳$/ }).waitFor();
    // The first group in the list, as the panel offered it (آب before اجتماعی).
    expect(sessionsOn('1403/12/06')).toEqual([
      { working_group_id: water, date: '1403/12/06', status: 'draft', number: 2 },
    ]);
    await page.context().close();
  });

  it('says in Persian why a session cannot be planned, and keeps the day and the group chosen', async () => {
    const gone = (app.call('workingGroups.create', { name: 'کارگروه منحل', province: 'مرکزی' }) as { id: string }).id;
    const page = await open();
    app.call('workingGroups.remove', { id: gone });
    await day(page, '۱۰ اسفند ۱۴۰۳').click();
    const panel = page.getByRole('region', { name: 'جمعه ۱۰ اسفند ۱۴۰۳' });
    await panel.getByRole('button', { name: /کارگروه/ }).click();
    await page.getByRole('option', { name: 'کارگروه منحل' }).click();
    await panel.getByRole('button', { name: 'برنامه‌ریزی جلسه در این روز' }).click();
    await expect.poll(() => panel.getByRole('alert').textContent()).toBe('کارگروه پیدا نشد');
    expect(await panel.getByRole('button', { name: /کارگروه منحل/ }).count()).toBe(1);
    expect(sessionsOn('1403/12/10')).toEqual([]);
    await page.context().close();
  });
});

describe('calendar of sessions at headquarters', () => {
  let browser: Browser;
  let app: TestApp;

  beforeAll(async () => {
    app = await startApp();
    app.call('secretariat.setup', { name: 'ستاد وزارت کشور', province: 'تهران', role: 'headquarters' });
    const { sessionId } = app.call('minutes.import', { document: nationalFixture() }) as { sessionId: string };
    app.call('sessions.finalize', { id: sessionId });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('shows its own national sessions and opens one among its groups', async () => {
    const context = await browser.newContext({
      viewport: { width: 1366, height: 768 },
      locale: 'fa-IR',
      timezoneId: 'Asia/Tehran',
    });
    const page = await context.newPage();
    await page.clock.setFixedTime(new Date('2020-03-27T10:00:00+03:30'));
    await page.goto(app.host.url);
    await page.getByRole('button', { name: 'تقویم', exact: true }).click();
    await page.getByRole('heading', { name: 'فروردین ۱۳۹۹', exact: true }).waitFor();
    const chip = page.getByRole('button', { name: /^جلسه ۱ · .*، برگزارشده/ });
    // The month is drawn before its sessions are read.
    await expect.poll(() => chip.count()).toBe(1);
    expect(await page.locator('td', { has: chip }).locator('[data-day]').getAttribute('data-day')).toBe('1399/01/07');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1366);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(screenshots, 'calendar-hq.png') });
    await chip.click();
    await page.getByRole('heading', { name: 'جلسه ۱ سال ۱۳۹۹' }).waitFor();
    await context.close();
  });
});
