/// <reference lib="dom" />
// Issue 14 item 5 in Chromium on a real data file: a refused write is said where the secretary
// acted, and what was typed stays on screen. The session is finalised behind the open editor
// (as from a second window), so every write of every part is refused; the people directory and
// the signed copies are refused by a row removed elsewhere; the board says when it is loading
// and when it cannot be read.
import path from 'node:path';
import type { Browser, Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ltrIsolate } from '../../electron/contract/persian-text';
import { finalize } from '../helpers/db';
import { draftSession, screenshots, startApp, type TestApp, withGroup } from '../helpers/app';
import { launchChromium, newPage, openGroups } from '../helpers/browser';

const FINAL = /قطعی شده است/;

describe('refusals on screen', () => {
  let browser: Browser;
  let app: TestApp;
  let groupId: string;

  beforeAll(async () => {
    app = await startApp();
    groupId = withGroup(app);
    app.call('members.add', { workingGroupId: groupId, organizationName: 'اداره کل آموزش و پرورش' });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  /** The refusal is visible inside `scope`, the part the secretary acted in. */
  const said = (scope: Locator, message: RegExp = FINAL) => scope.getByText(message).first().waitFor();

  it('says in each part of the editor that a session finalised elsewhere refuses the change, keeping what was typed', async () => {
    const sessionId = draftSession(app, groupId, '1399/02/02');
    app.call('agenda.add', { sessionId, text: 'گزارش عملکرد' });
    const sp = app.call('discussion.addSpeaker', { sessionId, speaker: { name: 'اکرمی', title: null } }) as {
      id: string;
    };
    app.call('discussion.addPoint', { speakerId: sp.id, text: 'مطلب نخست' });
    app.call('resolutions.add', { sessionId, body: 'مقرر شد', deadline: { kind: 'continuous' } });
    app.call('signatories.add', { sessionId, name: 'آقازاده', title: null });

    const page = await newPage(browser, { width: 1366, height: 768 });
    await openGroups(page, app.host.url);
    await page.getByRole('button', { name: 'جلسه ۱ سال ۱۳۹۹' }).click();
    await page.getByRole('textbox', { name: 'مکان' }).fill('سالن الف');
    await expect
      .poll(() => (app.call('sessions.get', { id: sessionId }) as { location: string }).location)
      .toBe('سالن الف');
    // The second window: the session is signed and finalised there.
    finalize(app.db, sessionId);

    const header = page.getByRole('region', { name: 'مشخصات جلسه' });
    await page.getByRole('textbox', { name: 'مکان' }).fill('سالن شهید بهشتی');
    await said(header);
    expect(await page.getByRole('textbox', { name: 'مکان' }).inputValue()).toBe('سالن شهید بهشتی');

    const agenda = page.getByRole('region', { name: 'دستور کار' });
    const newAgenda = page.getByRole('textbox', { name: /دستور کار تازه/ });
    await newAgenda.fill('تبیین طرح');
    await newAgenda.press('Enter');
    await said(agenda);
    expect(await newAgenda.inputValue()).toBe('تبیین طرح');
    await agenda.getByRole('button', { name: 'حذف — دستور کار ۱' }).click();
    await expect.poll(() => page.getByRole('textbox', { name: 'دستور کار ۱' }).inputValue()).toBe('گزارش عملکرد');

    const discussion = page.getByRole('region', { name: 'اهم مطالب مطرح شده' });
    const speaker = page.getByRole('article', { name: 'سخنران ۱' });
    await speaker.getByRole('button', { name: 'حذف — سخنران ۱' }).click();
    await said(speaker);
    const newPoint = page.getByRole('textbox', { name: 'مطلب تازه (Enter برای افزودن) — سخنران ۱' });
    await newPoint.fill('مطلب دوم');
    await newPoint.press('Enter');
    await expect.poll(() => speaker.getByText(FINAL).count()).toBeGreaterThan(0);
    expect(await newPoint.inputValue()).toBe('مطلب دوم');
    await discussion.getByRole('button', { name: 'افزودن سخنران' }).click();
    await said(discussion.locator(':scope > .form-error'));

    const card = page.getByRole('article', { name: 'مصوبه ۱' });
    await card.getByRole('button', { name: 'حذف — مصوبه ۱' }).click();
    await said(card);
    expect(await card.getByRole('textbox', { name: 'مفاد — مصوبه ۱' }).inputValue()).toBe('مقرر شد');
    const newResolution = page.getByRole('textbox', { name: 'مفاد مصوبه تازه' });
    await newResolution.fill('مقرر شد گزارش ارسال شود');
    await page.getByRole('button', { name: 'افزودن مصوبه' }).click();
    await said(
      page
        .getByRole('region', { name: /^مصوبات/ })
        .locator('.field')
        .last(),
    );
    expect(await newResolution.inputValue()).toBe('مقرر شد گزارش ارسال شود');

    const attendance = page.getByRole('region', { name: 'حاضرین و غایبین' });
    await attendance.getByRole('button', { name: /وضعیت — اداره کل آموزش و پرورش/ }).click();
    await page.getByRole('option', { name: 'حاضر', exact: true }).click();
    await said(attendance.getByRole('row', { name: /اداره کل آموزش و پرورش/ }));
    const guest = page.getByRole('combobox', { name: 'افزودن مدعو (دستگاه غیرعضو)' });
    await guest.fill('شهرداری اراک');
    await guest.press('Enter');
    await said(attendance.locator('.member-add'));
    expect(await guest.inputValue()).toBe('شهرداری اراک');

    const signatories = page.getByRole('region', { name: 'امضاکنندگان' });
    const newSignatory = page.getByRole('combobox', { name: 'امضاکننده تازه (Enter برای افزودن)' });
    await newSignatory.fill('سجادی');
    await newSignatory.press('Enter');
    await said(signatories);
    expect(await newSignatory.inputValue()).toBe('سجادی');
    await signatories.getByRole('button', { name: 'حذف — نام امضاکننده ۱' }).click();
    await expect.poll(() => signatories.getByText(FINAL).count()).toBe(2);

    // An undo (of «سالن الف») is refused too, and said; the location typed is still there.
    await page.getByRole('textbox', { name: 'مکان' }).focus();
    await page.keyboard.press('Control+z');
    await said(page.locator('.undo-note'));
    expect(await page.getByRole('textbox', { name: 'مکان' }).inputValue()).toBe('سالن شهید بهشتی');
    await page.screenshot({ path: path.join(screenshots, 'refusals-editor.png'), fullPage: true });
    await page.close();
  });

  it('says a refusal in the people directory and on a signed copy', async () => {
    const gone = app.call('people.create', { name: 'سجادی', title: null }) as { id: string };
    const page = await newPage(browser, { width: 1366, height: 768 });
    await openGroups(page, app.host.url);
    await page.getByRole('button', { name: 'تنظیمات کارگروه' }).click();
    await page.getByRole('button', { name: 'حذف — سجادی' }).waitFor();
    // Removing asks first (undo cannot bring a person back); cancelled, nothing changes.
    await page.getByRole('button', { name: 'حذف — سجادی' }).click();
    const ask = page.getByRole('alertdialog', { name: '«سجادی» از فهرست اشخاص حذف شود؟' });
    await ask.getByRole('button', { name: 'انصراف' }).click();
    await ask.waitFor({ state: 'detached' });
    expect((app.call('people.list', {}) as { id: string }[]).map((x) => x.id)).toContain(gone.id);
    app.call('people.remove', { id: gone.id });
    await page.getByRole('button', { name: 'حذف — سجادی' }).click();
    await ask.getByRole('button', { name: 'حذف شود' }).click();
    await said(ask, /پیدا نشد/);
    await ask.getByRole('button', { name: 'انصراف' }).click();

    const sessionId = draftSession(app, groupId, '1398/04/01');
    finalize(app.db, sessionId);
    const png = await page.screenshot();
    const copy = app.call('attachments.add', {
      sessionId,
      fileName: 'امضاشده.png',
      data: png.toString('base64'),
    }) as { id: string };
    await page.reload();
    await page.getByRole('button', { name: 'کارگروه‌ها و جلسه‌ها' }).click();
    await page.getByRole('button', { name: 'جلسه ۱ سال ۱۳۹۸' }).click();
    const section = page.getByRole('region', { name: 'نسخه امضاشده' });
    await section.getByText('امضاشده.png').waitFor();
    // The signed copy may be the only one: removing it asks first.
    await section.getByRole('button', { name: 'حذف امضاشده.png' }).click();
    // The file name is isolated left to right inside the question (Unicode isolates).
    const askCopy = page.getByRole('alertdialog', { name: `نسخه امضاشده «${ltrIsolate('امضاشده.png')}» حذف شود؟` });
    await askCopy.getByRole('button', { name: 'انصراف' }).click();
    await askCopy.waitFor({ state: 'detached' });
    expect(app.call('attachments.list', { sessionId })).toHaveLength(1);
    app.call('attachments.remove', { id: copy.id });
    await section.getByRole('button', { name: 'ذخیره' }).click();
    await said(section, /پیدا نشد/);
    await page.close();
  });

  it('shows the board loading, then a refusal to read it, where the rows would be', async () => {
    const page = await newPage(browser, { width: 1366, height: 768 });
    let release: () => void = () => undefined;
    const held = new Promise<void>((r) => (release = r));
    await page.route('**/api/board.list', async (route) => {
      await held;
      await route.fulfill({
        contentType: 'application/json',
        body: JSON.stringify({
          ok: false,
          error: { code: 'storage', message: 'پرونده داده قفل است؛ دوباره بکوشید', path: null },
        }),
      });
    });
    await openGroups(page, app.host.url);
    await page.getByRole('button', { name: 'مصوبات باز' }).click();
    const board = page.getByRole('region', { name: 'مصوبات باز' });
    await board.getByRole('status').filter({ hasText: 'در حال بارگذاری' }).waitFor();
    release();
    await board.getByRole('alert').filter({ hasText: 'پرونده داده قفل است' }).waitFor();
    expect(await board.getByText('مصوبه‌ای با این شرایط نیست.').count()).toBe(0);
    await page.screenshot({ path: path.join(screenshots, 'board-refused.png') });
    await page.close();
  });
});
