/// <reference lib="dom" />
// A new secretary's first minutes with Dabir: a fresh data file, the first-run form done with
// the keyboard alone, Persian messages next to empty fields, then the main screen.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshots, startApp, type TestApp } from '../helpers/app';
import { seriousViolations } from '../helpers/axe';
import { launchChromium, newPage } from '../helpers/browser';

describe('first run', () => {
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

  it('names the secretariat and creates the first working group, by keyboard alone', async () => {
    const page = await newPage(browser);
    await page.goto(app.host.url);
    await page.getByRole('heading', { name: 'به دبیر خوش آمدید' }).waitFor();
    mkdirSync(screenshots, { recursive: true });
    expect(await seriousViolations(page)).toEqual([]);

    // The first field has the focus; Enter on an empty form shows a Persian message beside each required field.
    const name = page.getByRole('textbox', { name: 'نام دبیرخانه' });
    await expect.poll(() => name.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByText('این بخش را پر کنید').count()).toBe(3);
    expect(await name.getAttribute('aria-invalid')).toBe('true');
    // Refused in the page: nothing was sent, so nothing half-saved.
    expect(app.call('secretariat.get', {})).toBeNull();
    await expect.poll(() => name.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.screenshot({ path: path.join(screenshots, 'first-run-errors.png') });
    expect(await seriousViolations(page)).toEqual([]);

    // Typed as on an Arabic keyboard layout: kept exactly as written.
    await page.keyboard.type('دبيرخانه كارگروه‌هاي استانداري مركزي');
    await page.keyboard.press('Tab');
    await page.keyboard.type('مرکزی');
    await page.keyboard.press('Tab');
    await page.keyboard.type('کار گروه تخصصی امور اجتماعی، فرهنگی، سلامت، زنان و خانواده');
    await page.keyboard.press('Tab');
    await page.keyboard.type('استانداری مرکزی');
    await page.screenshot({ path: path.join(screenshots, 'first-run-filled.png') });
    await page.keyboard.press('Enter');

    await page.getByRole('button', { name: /کار گروه تخصصی امور اجتماعی/ }).waitFor();
    expect(await page.locator('.app-header').innerText()).toContain('دبيرخانه كارگروه‌هاي استانداري مركزي');
    await page.getByText('این کارگروه هنوز جلسه‌ای ندارد.').waitFor();
    await page.screenshot({ path: path.join(screenshots, 'home-empty.png') });
    expect(await seriousViolations(page)).toEqual([]);

    expect(app.call('secretariat.get', {})).toMatchObject({
      name: 'دبيرخانه كارگروه‌هاي استانداري مركزي',
      province: 'مرکزی',
    });
    expect(app.call('workingGroups.list', {})).toEqual([
      expect.objectContaining({
        name: 'کار گروه تخصصی امور اجتماعی، فرهنگی، سلامت، زنان و خانواده',
        province: 'مرکزی',
        organization: 'استانداری مرکزی',
      }),
    ]);
    await page.close();
  });

  it('shows a refusal from the services next to its field and keeps what was typed', async () => {
    // Back to a fresh installation; while the form is open the same group arrives from elsewhere
    // (the command line), so the services refuse the duplicate, typed here with Arabic ك.
    app.db.prepare(`UPDATE secretariat SET name = ''`).run();
    app.db.prepare(`DELETE FROM working_group`).run();
    const page = await newPage(browser);
    await page.goto(app.host.url);
    await page.getByRole('textbox', { name: 'نام کارگروه' }).fill('كارگروه سلامت');
    app.call('workingGroups.create', { name: 'کارگروه سلامت', province: 'مرکزی' });
    await page.getByRole('textbox', { name: 'نام دبیرخانه' }).fill('دبیرخانه');
    await page.getByRole('textbox', { name: 'استان' }).fill('مرکزی');
    await page.getByRole('button', { name: 'شروع کار' }).click();
    await page.getByText('کارگروه «کارگروه سلامت» از قبل وجود دارد').waitFor();
    expect(await page.getByRole('textbox', { name: 'نام کارگروه' }).inputValue()).toBe('كارگروه سلامت');
    expect(await page.getByRole('textbox', { name: 'نام کارگروه' }).getAttribute('aria-invalid')).toBe('true');
    await page.close();
  });
});
