/// <reference lib="dom" />
// Attendance in the session editor: members listed, statuses set by keyboard, a guest added,
// the absentee count derived live.
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshots, draftSession, startApp, type TestApp, withGroup } from '../helpers/app';
import { seriousViolations } from '../helpers/axe';
import { launchChromium, newPage, openGroups } from '../helpers/browser';

describe('attendance', () => {
  let browser: Browser;
  let app: TestApp;
  let sessionId: string;

  beforeAll(async () => {
    app = await startApp();
    const groupId = withGroup(app);
    for (const name of ['اداره کل آموزش و پرورش', 'اداره کل بهزیستی', 'جمعیت هلال احمر', 'فرمانداری اراک']) {
      app.call('members.add', { workingGroupId: groupId, organizationName: name });
    }
    sessionId = draftSession(app, groupId);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  type Att = { session: { attendance: { organization: string; person: string | null; status: string }[] } };
  const exported = () => (app.call('minutes.export', { sessionId }) as Att).session.attendance;

  it('marks who came with the keyboard, adds a guest, and derives the absentees', async () => {
    const page = await newPage(browser, { width: 1280, height: 1600 });
    const consoleErrors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
    await openGroups(page, app.host.url);
    await page.getByRole('button', { name: 'جلسه ۱ سال ۱۳۹۹' }).click();
    await page.getByRole('heading', { name: 'غایبین (۴ دستگاه)' }).waitFor();

    // Keyboard only: focus the status of the first member, open with Enter, pick «حاضر», type the person.
    await page.getByRole('button', { name: /وضعیت — اداره کل آموزش و پرورش/ }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('option', { name: 'حاضر' }).waitFor();
    await page.keyboard.press('Home');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'غایبین (۳ دستگاه)' }).waitFor();
    await page.keyboard.press('Tab');
    await page.keyboard.type('فولادوند');
    await page.getByRole('status').filter({ hasText: 'همه تغییرات ذخیره شده است' }).waitFor();

    await page.getByRole('button', { name: /وضعیت — جمعیت هلال احمر/ }).click();
    await page.getByRole('option', { name: 'نماینده' }).click();
    await page.getByRole('button', { name: /وضعیت — فرمانداری اراک/ }).click();
    await page.getByRole('option', { name: 'غایب با اطلاع' }).click();
    await page.getByRole('heading', { name: 'غایبین (۲ دستگاه)' }).waitFor();

    const guest = page.getByRole('combobox', { name: 'افزودن مدعو (دستگاه غیرعضو)' });
    await guest.fill('شهرداری اراک');
    await guest.press('Enter');
    await page.getByRole('rowheader', { name: 'شهرداری اراک' }).waitFor();
    await guest.fill('جمعیت هلال احمر');
    await guest.press('Enter');
    await page.getByText('«جمعیت هلال احمر» از قبل در فهرست حضور و غیاب هست').waitFor();

    await expect
      .poll(() => exported())
      .toEqual([
        { organization: 'اداره کل آموزش و پرورش', person: 'فولادوند', status: 'present' },
        { organization: 'جمعیت هلال احمر', person: null, status: 'representative' },
        { organization: 'فرمانداری اراک', person: null, status: 'excused' },
        { organization: 'شهرداری اراک', person: null, status: 'guest' },
        { organization: 'اداره کل بهزیستی', person: null, status: 'absent' },
      ]);
    expect(await page.locator('.absentees p').innerText()).toBe('فرمانداری اراک (غایب با اطلاع)، اداره کل بهزیستی');
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(screenshots, 'attendance.png'), fullPage: true });
    expect(consoleErrors).toEqual([]);
    await page.close();
  });
});
