/// <reference lib="dom" />
// Issue 14 item 4 in Chromium on a real data file: a removal (resolution, agenda item, point,
// guest, signatory) is undone by Ctrl+Z with its content and place, in the database too; an undo
// of a field elsewhere on the page shows that field; draft sessions stay numbered 1..n by date in
// each year; a draft session is removed after a confirmation naming it, a final one never.
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { finalize } from '../helpers/db';
import { screenshots, startApp, type TestApp, withGroup } from '../helpers/app';
import { launchChromium, newPage, openGroups } from '../helpers/browser';

interface Stored {
  id: string;
  year: number;
  number: number;
  date: string;
  agenda: { id: string; text: string }[];
  discussion: { id: string; points: { id: string; text: string }[] }[];
  resolutions: { id: string; row: number; title: string | null; body: string; responsible: { text: string }[] }[];
  attendance: { entries: { organizationName: string; person: string | null; status: string }[] };
  signatories: { id: string; name: string }[];
}

describe('undo of removals, and session numbers', () => {
  let browser: Browser;
  let app: TestApp;
  let groupId: string;

  beforeAll(async () => {
    app = await startApp();
    groupId = withGroup(app);
    app.call('sessions.create', { workingGroupId: groupId, date: '1399/02/02' });
    app.call('sessions.create', { workingGroupId: groupId, date: '1405/08/01' });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  const stored = (id: string) => app.call('sessions.get', { id }) as Stored;
  const list = () =>
    (app.call('sessions.list', { workingGroupId: groupId }) as Stored[]).map((s) => `${s.number}@${s.year} ${s.date}`);
  const saved = (page: Page) => page.getByRole('status').filter({ hasText: 'همه تغییرات ذخیره شده است' }).waitFor();
  const note = (page: Page) => page.locator('.undo-note [role="status"]');
  /** Whether an element is inside the window (not scrolled away). */
  const inView = (page: Page, selector: string) =>
    page.locator(selector).evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= window.innerHeight;
    });

  it('follows the repro: the removed resolution comes back, and the date changes only in view', async () => {
    const page = await newPage(browser, { width: 1366, height: 768 });
    await openGroups(page, app.host.url);
    await page.getByRole('button', { name: 'جلسه جدید' }).click();
    const date = page.getByRole('textbox', { name: 'تاریخ جلسه' });
    const today = await date.inputValue();
    await date.fill('۱۳۹۹/۰۳/۱۰');
    await page.keyboard.press('Tab');
    await page.getByRole('heading', { name: 'جلسه ۲ سال ۱۳۹۹' }).waitFor();
    const id = (app.call('sessions.list', { workingGroupId: groupId, year: 1399 }) as Stored[]).find(
      (s) => s.date === '1399/03/10',
    )!.id;

    const box = page.getByRole('textbox', { name: 'مفاد مصوبه تازه' });
    await box.fill('مقرر شد گزارش عملکرد تا پایان خرداد ارسال شود');
    await page.getByRole('button', { name: 'افزودن مصوبه' }).click();
    await page.getByRole('textbox', { name: 'عنوان — مصوبه ۱' }).fill('گزارش عملکرد');
    await expect.poll(() => stored(id).resolutions[0]?.title).toBe('گزارش عملکرد');
    await page.getByRole('combobox', { name: 'افزودن مسئول پیگیری — مصوبه ۱' }).fill('اداره کل بهزیستی');
    await page.keyboard.press('Enter');
    await expect.poll(() => stored(id).resolutions[0]?.responsible.length).toBe(1);
    const before = stored(id).resolutions[0]!;

    await page.getByRole('button', { name: 'حذف — مصوبه ۱' }).click();
    await expect.poll(() => stored(id).resolutions).toHaveLength(0);
    await page.locator(`[data-edit-target="${before.id}.body"]`).waitFor({ state: 'detached' });
    await box.click();
    await page.keyboard.press('Control+z');

    // The resolution is back, whole, under its id, on screen and in the data file.
    await expect.poll(() => stored(id).resolutions).toEqual([before]);
    const body = page.getByRole('textbox', { name: 'مفاد — مصوبه ۱' });
    await expect.poll(() => body.inputValue()).toBe(before.body);
    expect(await page.getByRole('textbox', { name: 'عنوان — مصوبه ۱' }).inputValue()).toBe('گزارش عملکرد');
    await expect.poll(() => note(page).textContent()).toBe('واگرد: حذف مصوبه ۱');
    // …and nothing else moved: the date is what was typed.
    expect(stored(id).date).toBe('1399/03/10');
    expect(await date.inputValue()).toBe('۱۳۹۹/۰۳/۱۰');

    // Scrolled away, each further undo brings its field into view, focused, and says so: the title…
    const title = `[data-edit-target="${before.id}.title"]`;
    const bottom = page.getByRole('combobox', { name: 'امضاکننده تازه (Enter برای افزودن)' });
    await bottom.scrollIntoViewIfNeeded();
    await expect.poll(() => inView(page, title)).toBe(false);
    await page.keyboard.press('Control+z');
    await expect.poll(() => stored(id).resolutions[0]?.title).toBeNull();
    await expect.poll(() => inView(page, title)).toBe(true);
    await expect.poll(() => note(page).textContent()).toBe('واگرد: عنوان — مصوبه ۱');
    // …then the date, at the top of the page.
    await bottom.scrollIntoViewIfNeeded();
    await expect.poll(() => inView(page, '[data-edit-target$=".date"]')).toBe(false);
    await page.keyboard.press('Control+z');
    await expect.poll(() => stored(id).date).not.toBe('1399/03/10');
    await expect.poll(() => inView(page, '[data-edit-target$=".date"]')).toBe(true);
    await expect.poll(() => note(page).textContent()).toBe('واگرد: تاریخ جلسه');
    expect(await date.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.screenshot({ path: path.join(screenshots, 'undo-date-shown.png') });
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => stored(id).date).toBe('1399/03/10');
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => stored(id).resolutions[0]?.title).toBe('گزارش عملکرد');
    await saved(page);

    // It survives a reload, and the years read 1..n: 1399 has two sessions, 1405 one.
    await page.reload();
    await page.getByRole('button', { name: 'جلسه ۱ سال ۱۳۹۹' }).waitFor();
    await page.getByRole('button', { name: 'جلسه ۲ سال ۱۳۹۹' }).click();
    await page.getByRole('heading', { name: 'جلسه ۲ سال ۱۳۹۹' }).waitFor();
    expect(await page.getByRole('textbox', { name: 'تاریخ جلسه' }).inputValue()).toBe('۱۳۹۹/۰۳/۱۰');
    expect(list()).toEqual(['2@1399 1399/03/10', '1@1405 1405/08/01', '1@1399 1399/02/02'].sort(byDate));
    expect(today).not.toBe('');
  });

  it('puts back a removed agenda item, point, guest and signatory in its place', async () => {
    const id = (app.call('sessions.create', { workingGroupId: groupId, date: '1405/08/20' }) as Stored).id;
    for (const text of ['یک', 'دو', 'سه']) app.call('agenda.add', { sessionId: id, text });
    const sp = app.call('discussion.addSpeaker', { sessionId: id, speaker: { name: 'اکرمی', title: null } }) as Stored;
    for (const text of ['الف', 'ب', 'ج']) app.call('discussion.addPoint', { speakerId: sp.id, text });
    for (const name of ['مهمان یک', 'مهمان دو'])
      app.call('attendance.set', { sessionId: id, organizationName: name, status: 'guest', person: `آقای ${name}` });
    for (const name of ['آقازاده', 'اکرمی']) app.call('signatories.add', { sessionId: id, name, title: null });
    const before = stored(id);

    const page = await newPage(browser, { width: 1366, height: 768 });
    await openGroups(page, app.host.url);
    await page.getByRole('button', { name: 'جلسه ۲ سال ۱۴۰۵' }).click();
    await page.getByRole('textbox', { name: 'دستور کار ۲' }).waitFor();

    const guest = (before.attendance.entries[0] as unknown as { organizationId: string }).organizationId;
    // Each removal: its button, the part it changes, and a field of the removed row.
    const removals: [string, (s: Stored) => unknown, string][] = [
      ['حذف — دستور کار ۲', (s) => s.agenda, `${before.agenda[1]!.id}.text`],
      ['حذف — مطلب ۱ — سخنران ۱', (s) => s.discussion, `${before.discussion[0]!.points[0]!.id}.text`],
      ['حذف — مهمان یک', (s) => s.attendance, `${id}.${guest}.person`],
      ['حذف — نام امضاکننده ۱', (s) => s.signatories, `${before.signatories[0]!.id}.name`],
    ];
    for (const [button, part, field] of removals) {
      await page.getByRole('button', { name: button, exact: true }).click();
      await expect.poll(() => part(stored(id))).not.toEqual(part(before));
      // Gone from the screen too (the editor has the removal in its history by then).
      await page.locator(`[data-edit-target="${field}"]`).waitFor({ state: 'detached' });
      await page.keyboard.press('Control+z');
      await expect.poll(() => part(stored(id))).toEqual(part(before));
    }
    expect(stored(id)).toEqual(before);
    await expect.poll(() => page.getByRole('textbox', { name: 'دستور کار ۲' }).inputValue()).toBe('دو');
    await expect.poll(() => page.getByRole('combobox', { name: 'نام امضاکننده ۱' }).inputValue()).toBe('آقازاده');
    await expect
      .poll(() => page.getByRole('combobox', { name: 'نام شخص — مهمان یک' }).inputValue())
      .toBe('آقای مهمان یک');

    // A removed speaker comes back with every point; redo removes it again.
    await page.getByRole('button', { name: 'حذف — سخنران ۱', exact: true }).click();
    await expect.poll(() => stored(id).discussion).toEqual([]);
    await page.locator(`[data-edit-target="${before.discussion[0]!.id}.name"]`).waitFor({ state: 'detached' });
    await page.keyboard.press('Control+z');
    await expect.poll(() => stored(id).discussion).toEqual(before.discussion);
    await page.keyboard.press('Control+y');
    await expect.poll(() => stored(id).discussion).toEqual([]);
  });

  it('changes no field unseen: an undo while the preview is shown waits until the editor is back', async () => {
    const id = (app.call('sessions.create', { workingGroupId: groupId, date: '1405/08/10' }) as Stored).id;
    const location = () => (app.call('sessions.get', { id }) as { location: string | null }).location;
    const page = await newPage(browser, { width: 1366, height: 768 });
    await openGroups(page, app.host.url);
    await page.getByRole('button', { name: 'جلسه ۲ سال ۱۴۰۵' }).click();
    await page.getByRole('textbox', { name: 'مکان' }).fill('سالن الف');
    await expect.poll(location).toBe('سالن الف');
    await page.getByRole('button', { name: 'پیش‌نمایش و چاپ' }).click();
    await page.keyboard.press('Control+z');
    // The step looks for the field a moment (a long list renders a few rows a frame) before saying so.
    await expect
      .poll(() => note(page).textContent(), { timeout: 4000 })
      .toBe('«مکان» روی صفحه نیست؛ واگرد آن انجام نشد');
    expect(location()).toBe('سالن الف');
    await page.getByRole('button', { name: 'ویرایش', exact: true }).click();
    await page.getByRole('textbox', { name: 'مکان' }).waitFor();
    await page.keyboard.press('Control+z');
    await expect.poll(location).toBeNull();
    await expect.poll(() => note(page).textContent()).toBe('واگرد: مکان');
    app.call('sessions.remove', { id });
    await page.close();
  });

  it('removes a draft session after a confirmation that names it, renumbering its year; never a final one', async () => {
    const later = (app.call('sessions.create', { workingGroupId: groupId, date: '1405/09/01' }) as Stored).id;
    expect(list().filter((s) => s.endsWith('1405/09/01'))).toEqual(['3@1405 1405/09/01']);
    const page = await newPage(browser, { width: 1366, height: 768 });
    await openGroups(page, app.host.url);
    await page.getByRole('button', { name: 'جلسه ۲ سال ۱۴۰۵' }).click();
    await page.getByRole('button', { name: 'حذف جلسه' }).click();
    const dialog = page.getByRole('alertdialog');
    await dialog.getByRole('heading', { name: 'جلسه ۲ سال ۱۴۰۵ (۱۴۰۵/۰۸/۲۰) حذف شود؟' }).waitFor();
    await page.screenshot({ path: path.join(screenshots, 'remove-session-confirm.png') });
    await dialog.getByRole('button', { name: 'حذف شود' }).click();
    await page.getByRole('button', { name: 'جلسه جدید' }).waitFor();
    expect(list().filter((s) => s.endsWith('1405/08/20'))).toEqual([]);
    expect(stored(later).number).toBe(2);
    await page.getByRole('button', { name: 'جلسه ۲ سال ۱۴۰۵' }).waitFor();

    finalize(app.db, later);
    await page.getByRole('button', { name: 'جلسه ۲ سال ۱۴۰۵' }).click();
    await page.getByRole('heading', { name: 'جلسه ۲ سال ۱۴۰۵' }).waitFor();
    expect(await page.getByRole('button', { name: 'حذف جلسه' }).count()).toBe(0);
  });
});

/** sessions.list's order: newest date first. */
function byDate(a: string, b: string) {
  return b.split(' ')[1]!.localeCompare(a.split(' ')[1]!);
}
