/// <reference lib="dom" />
// Working groups as an office has them: minutes imported before the first run (the first-run
// screen asks only for the secretariat and keeps the groups), and a second group added in the app.
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshots, startApp, type TestApp } from '../helpers/app';
import { seriousViolations } from '../helpers/axe';
import { launchChromium, newPage } from '../helpers/browser';
import { fixture } from '../helpers/fixtures';

describe('working groups', () => {
  let browser: Browser;
  let app: TestApp;

  beforeAll(async () => {
    app = await startApp();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('after an import asks only for the secretariat, then adds a second group with its setup screen', async () => {
    // As `dabir import` leaves a data file: a group and its session, no secretariat named.
    app.call('minutes.import', { document: fixture() });
    const imported = fixture().workingGroup.name as string;
    const page = await newPage(browser, { width: 1366, height: 768 });
    await page.goto(app.host.url);
    await page.getByRole('heading', { name: 'به دبیر خوش آمدید' }).waitFor();
    expect(await page.locator('.existing-groups').innerText()).toContain(imported);
    expect(await page.getByRole('textbox', { name: 'نام کارگروه' }).count()).toBe(0);
    expect(await page.getByText('نخستین کارگروه').count()).toBe(0);
    // The province comes from the imported group, as typed there.
    expect(await page.getByRole('textbox', { name: 'استان' }).inputValue()).toBe('مرکزی');
    await page.screenshot({ path: path.join(screenshots, 'first-run-after-import.png') });
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('textbox', { name: 'نام دبیرخانه' }).fill('دبیرخانه کارگروه‌های استانداری مرکزی');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: new RegExp(imported.slice(0, 20)) }).waitFor();
    expect(app.call('workingGroups.list', {})).toHaveLength(1);
    await page.getByText('۱۳۹۹/۰۲/۰۲').first().waitFor();

    // A second group: refused while its name is empty, with the message beside the field.
    await page.getByRole('button', { name: '+ کارگروه تازه' }).click();
    await page.getByRole('heading', { name: 'کارگروه تازه' }).waitFor();
    const province = page.getByRole('textbox', { name: 'استان' });
    expect(await province.inputValue()).toBe('مرکزی');
    await page.getByRole('button', { name: 'ساخت کارگروه' }).click();
    await page.getByText('این بخش را پر کنید').waitFor();
    expect(app.call('workingGroups.list', {})).toHaveLength(1);

    await page.getByRole('textbox', { name: 'نام کارگروه' }).fill('کارگروه سلامت و امنیت غذایی');
    await page.getByRole('textbox', { name: 'دستگاه برگزارکننده' }).fill('استانداری مرکزی');
    await page.keyboard.press('Enter');
    // Its setup screen comes next: members, officers, people.
    await page.getByRole('heading', { name: 'کارگروه سلامت و امنیت غذایی' }).waitFor();
    await page.getByRole('button', { name: 'بازگشت' }).waitFor();
    await page.screenshot({ path: path.join(screenshots, 'new-group-setup.png') });
    expect(await seriousViolations(page)).toEqual([]);
    // Printing with Persian typography by default; «as typed» is the group's own choice, kept.
    const asTyped = page.getByRole('checkbox', { name: 'چاپ متن همان‌گونه که نوشته شده' });
    expect(await asTyped.isChecked()).toBe(false);
    await asTyped.check();
    const printsAsTyped = () =>
      (app.call('workingGroups.list', {}) as { name: string; printAsTyped: boolean }[]).find(
        (g) => g.name === 'کارگروه سلامت و امنیت غذایی',
      )?.printAsTyped;
    await expect.poll(printsAsTyped).toBe(true);
    await expect.poll(() => asTyped.isChecked()).toBe(true);
    const groups = app.call('workingGroups.list', {}) as { name: string; organization: string | null }[];
    expect(groups.map((g) => [g.name, g.organization]).sort()).toEqual(
      [
        [imported, fixture().workingGroup.organization],
        ['کارگروه سلامت و امنیت غذایی', 'استانداری مرکزی'],
      ].sort(),
    );

    // Both are there after a reload, the imported one with its session.
    await page.reload();
    await page.getByRole('button', { name: 'کارگروه‌ها و جلسه‌ها' }).click();
    await page.getByRole('button', { name: /کارگروه سلامت و امنیت غذایی/ }).waitFor();
    await page.getByRole('button', { name: new RegExp(imported.slice(0, 20)) }).click();
    await page.getByText('۱۳۹۹/۰۲/۰۲').first().waitFor();

    // Cancelling the form creates nothing.
    await page.getByRole('button', { name: '+ کارگروه تازه' }).click();
    await page.getByRole('textbox', { name: 'نام کارگروه' }).fill('کارگروه نیمه‌کاره');
    await page.getByRole('button', { name: 'انصراف' }).click();
    await page.getByRole('heading', { name: 'کارگروه تازه' }).waitFor({ state: 'detached' });
    expect(app.call('workingGroups.list', {})).toHaveLength(2);
  });
});
