/// <reference lib="dom" />
// Working group setup in Chromium: the ordered member list, added, reordered, dated and trimmed.
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshots, startApp, type TestApp, withGroup } from '../helpers/app';
import { seriousViolations } from '../helpers/axe';
import { launchChromium, newPage, openGroups } from '../helpers/browser';

describe('working group members', () => {
  let browser: Browser;
  let app: TestApp;
  let groupId: string;

  beforeAll(async () => {
    app = await startApp();
    groupId = withGroup(app);
    app.call('organizations.create', { name: 'اداره کل بهزیستی' });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  const members = () =>
    app.call('members.list', { workingGroupId: groupId }) as { organizationName: string; since: string | null }[];

  it('adds, reorders, dates and removes members, and keeps a bad date on screen with a Persian message', async () => {
    const page = await newPage(browser);
    const consoleErrors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
    await openGroups(page, app.host.url);
    await page.getByRole('button', { name: 'تنظیمات کارگروه' }).click();
    const box = page.getByRole('combobox', { name: 'افزودن دستگاه عضو' });
    for (const name of ['اداره کل آموزش و پرورش', 'اداره کل بهزیستی', 'جمعیت هلال احمر']) {
      await box.fill(name);
      await box.press('Enter');
      await expect.poll(() => box.inputValue()).toBe('');
    }
    await expect
      .poll(() => members().map((m) => m.organizationName))
      .toEqual(['اداره کل آموزش و پرورش', 'اداره کل بهزیستی', 'جمعیت هلال احمر']);
    // The known organisation was reused, not created twice.
    expect((app.call('organizations.list', {}) as unknown[]).length).toBe(3);

    // Typed on an Arabic keyboard (ي), the picker still offers the Persian name; the keyboard picks it.
    await app.call('organizations.create', { name: 'فرمانداری اراک' });
    await page.reload();
    await page.getByRole('button', { name: 'تنظیمات کارگروه' }).click();
    await box.fill('فرمانداري');
    await page.getByRole('option', { name: 'فرمانداری اراک' }).waitFor();
    await box.press('ArrowDown');
    await box.press('Enter');
    await expect.poll(() => members().map((m) => m.organizationName)).toContain('فرمانداری اراک');
    await page.getByRole('button', { name: 'حذف — فرمانداری اراک' }).click();
    await expect.poll(() => members().length).toBe(3);
    expect((app.call('organizations.list', {}) as unknown[]).length).toBe(4);

    // A duplicate is refused beside the box, and what was typed stays.
    await box.fill('جمعیت هلال احمر');
    await box.press('Enter');
    await page.getByText('«جمعیت هلال احمر» از قبل عضو این کارگروه است').waitFor();
    expect(await box.inputValue()).toBe('جمعیت هلال احمر');
    await box.fill('');
    await box.press('Escape');
    await expect.poll(() => page.getByText('از قبل عضو این کارگروه است').count()).toBe(0);

    // Reorder with the keyboard alone: to the last row, Tab through it to «move up», Enter.
    await page.getByRole('row', { name: 'جمعیت هلال احمر' }).focus();
    const label = () =>
      page.evaluate(
        () => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent ?? '',
      );
    for (let i = 0; i < 8 && (await label()) !== 'بالا بردن — جمعیت هلال احمر'; i++) await page.keyboard.press('Tab');
    expect(await label()).toBe('بالا بردن — جمعیت هلال احمر');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => members().map((m) => m.organizationName))
      .toEqual(['اداره کل آموزش و پرورش', 'جمعیت هلال احمر', 'اداره کل بهزیستی']);

    // Dates typed with Persian digits are stored canonical; an impossible one gets a message and is kept.
    const since = page.getByRole('textbox', { name: 'عضویت از — اداره کل بهزیستی' });
    await since.fill('۱۴۰۰/۱۲/۳۰');
    await since.press('Tab');
    await page.getByText('«۱۴۰۰/۱۲/۳۰» تاریخ معتبری در تقویم شمسی نیست').waitFor();
    expect(await since.inputValue()).toBe('۱۴۰۰/۱۲/۳۰');
    await since.fill('۱۳۹۹/۱۲/۳۰');
    await since.press('Tab');
    await expect.poll(() => members().find((m) => m.organizationName === 'اداره کل بهزیستی')?.since).toBe('1399/12/30');
    await expect.poll(() => page.getByText('تاریخ معتبری در تقویم شمسی نیست').count()).toBe(0);

    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(screenshots, 'members.png') });

    await page.getByRole('button', { name: 'حذف — اداره کل آموزش و پرورش' }).click();
    await expect.poll(() => members().map((m) => m.organizationName)).toEqual(['جمعیت هلال احمر', 'اداره کل بهزیستی']);
    await page.getByRole('heading', { name: /دستگاه‌های عضو \(۲\)/ }).waitFor();
    // Refusals are answers (HTTP 200 with ok: false), never console errors; CSP holds with the popovers open.
    expect(consoleErrors).toEqual([]);
  });
});
