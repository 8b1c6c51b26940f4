/// <reference lib="dom" />
// The people directory in Chromium: quick add from a picker, the working group's default chair and
// secretary, a new session starting with them, and pickers in the editor that fill a person's title.
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshots, startApp, type TestApp, withGroup } from '../helpers/app';
import { seriousViolations } from '../helpers/axe';
import { launchChromium, newPage, openGroups } from '../helpers/browser';

interface Person {
  id: string;
  name: string;
  title: string | null;
}

describe('people directory and default officers', () => {
  let browser: Browser;
  let app: TestApp;
  let groupId: string;

  beforeAll(async () => {
    app = await startApp();
    groupId = withGroup(app);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  const people = () => app.call('people.list', {}) as Person[];
  const group = () => app.call('workingGroups.get', { id: groupId }) as Record<string, unknown>;
  const saved = (page: Page) => page.getByRole('status').filter({ hasText: 'همه تغییرات ذخیره شده است' }).waitFor();

  it('adds people from a picker and the directory, and new sessions start with the default officers', async () => {
    const page = await newPage(browser);
    const consoleErrors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
    await openGroups(page, app.host.url);
    await page.getByRole('button', { name: 'تنظیمات کارگروه' }).click();

    // Quick add: a name not in the directory gets a button that adds it and picks it.
    const chair = page.getByRole('combobox', { name: 'رئیس پیش‌فرض جلسه‌ها' });
    await chair.fill('علی اکرمی');
    await page.getByRole('button', { name: '+ به فهرست اشخاص — رئیس پیش‌فرض جلسه‌ها' }).click();
    await expect.poll(() => people().map((p) => p.name)).toEqual(['علی اکرمی']);
    await expect.poll(() => group().defaultChairId).toBe(people()[0]!.id);
    await page.getByRole('button', { name: '+ به فهرست اشخاص — رئیس پیش‌فرض جلسه‌ها' }).waitFor({ state: 'detached' });

    // The directory: a title for him, and a second person added by name.
    await page.getByRole('textbox', { name: 'سمت — علی اکرمی' }).fill('معاون سیاسی، امنیتی و اجتماعی استاندار');
    const add = page.getByRole('textbox', { name: 'افزودن شخص' });
    await add.fill('سجادی');
    await add.press('Enter');
    await page.getByRole('textbox', { name: 'نام و نام خانوادگی — سجادی' }).waitFor();
    // Rows keep their place while the directory is open: «سجادی», first alphabetically, is added
    // last, and the row being filled above stays where it was.
    expect(
      await page
        .locator('.people-list > li')
        .evaluateAll((rows) => rows.map((r) => (r.querySelector('input') as HTMLInputElement).value)),
    ).toEqual(['علی اکرمی', 'سجادی']);
    expect(await page.getByRole('textbox', { name: 'سمت — علی اکرمی' }).inputValue()).toBe(
      'معاون سیاسی، امنیتی و اجتماعی استاندار',
    );
    await page.getByRole('textbox', { name: 'سمت — سجادی' }).fill('مدیر کل امور اجتماعی و فرهنگی');
    await saved(page);
    expect(people().map((p) => [p.name, p.title])).toEqual([
      ['سجادی', 'مدیر کل امور اجتماعی و فرهنگی'],
      ['علی اکرمی', 'معاون سیاسی، امنیتی و اجتماعی استاندار'],
    ]);

    // Typed on an Arabic keyboard (ي), the secretary picker offers «سجادی»; the keyboard picks him.
    const secretary = page.getByRole('combobox', { name: 'دبیر پیش‌فرض جلسه‌ها' });
    await secretary.fill('سجادي');
    await page.getByRole('option', { name: /سجادی/ }).waitFor();
    await secretary.press('ArrowDown');
    await secretary.press('Enter');
    await expect.poll(() => group().defaultSecretaryId).toBe(people()[0]!.id);
    await expect.poll(() => secretary.inputValue()).toBe('سجادی');

    // The group's own details autosave; a bad number of days gets a Persian message and stays.
    const days = page.getByRole('textbox', { name: 'مهلت «فوری» (روز)' });
    await days.fill('سه');
    await page.getByText('عدد بنویسید').waitFor();
    expect(await days.inputValue()).toBe('سه');
    await days.fill('۵');
    await saved(page);
    expect(group().immediateDays).toBe(5);

    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(screenshots, 'group-setup.png'), fullPage: true });

    // A new session starts with the default chair and secretary, titles included.
    await page.getByRole('button', { name: 'بازگشت به جلسه‌ها' }).click();
    await page.getByRole('button', { name: 'جلسه جدید' }).click();
    const chairName = page.getByRole('combobox', { name: 'رئیس جلسه' });
    await chairName.waitFor();
    expect(await chairName.inputValue()).toBe('علی اکرمی');
    expect(await page.getByRole('textbox', { name: 'سمت رئیس' }).inputValue()).toBe(
      'معاون سیاسی، امنیتی و اجتماعی استاندار',
    );
    expect(await page.getByRole('textbox', { name: 'سمت دبیر' }).inputValue()).toBe('مدیر کل امور اجتماعی و فرهنگی');

    // In the editor, picking a speaker from the directory fills the title; a new name can be added.
    await page.getByRole('button', { name: 'افزودن سخنران' }).click();
    const speaker = page.getByRole('combobox', { name: 'نام سخنران ۱' });
    // Typed key by key, as a secretary does, on an Arabic keyboard.
    await speaker.pressSequentially('اكرمي');
    await page.getByRole('option', { name: /علی اکرمی/ }).click();
    await expect
      .poll(() => page.getByRole('textbox', { name: 'سمت سخنران ۱' }).inputValue())
      .toBe('معاون سیاسی، امنیتی و اجتماعی استاندار');
    await page.getByRole('button', { name: 'افزودن سخنران' }).click();
    await page.getByRole('combobox', { name: 'نام سخنران ۲' }).fill('دکتر رضایی');
    await page.getByRole('button', { name: '+ به فهرست اشخاص — نام سخنران ۲' }).click();
    await expect.poll(() => people().map((p) => p.name)).toContain('دکتر رضایی');
    await saved(page);
    const [first] = app.call('sessions.list', { workingGroupId: groupId }) as { id: string }[];
    const session = app.call('sessions.get', { id: first!.id }) as {
      discussion: { speaker: { name: string | null; title: string | null } }[];
    };
    expect(session.discussion.map((d) => d.speaker)).toEqual([
      { name: 'علی اکرمی', title: 'معاون سیاسی، امنیتی و اجتماعی استاندار' },
      { name: 'دکتر رضایی', title: null },
    ]);
    expect(await seriousViolations(page)).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
