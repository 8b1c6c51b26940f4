/// <reference lib="dom" />
// «پشتیبان‌گیری» in Chromium against the real host and SQLite file: the automatic backups listed
// with what each holds (a damaged one marked and not offered), a backup saved and checked, and a
// restore confirmed in a dialog that brings back what was removed, the replaced content kept aside.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inspectBackup } from '../../electron/core/backup/backup';
import { backupFolder } from '../../electron/core/backup/names';
import { autoBackup } from '../../electron/core/backup/own';
import { screenshots, startApp, type TestApp } from '../helpers/app';
import { seriousViolations } from '../helpers/axe';
import { launchChromium, newPage } from '../helpers/browser';
import { fixture } from '../helpers/fixtures';

describe('backups in the app', () => {
  let browser: Browser;
  let app: TestApp;
  let sessionId: string;

  beforeAll(async () => {
    app = await startApp();
    browser = await launchChromium();
    app.call('secretariat.setup', { name: 'دبیرخانه کارگروه‌های استانداری مرکزی', province: 'مرکزی' });
    sessionId = (app.call('minutes.import', { document: fixture() }) as { sessionId: string }).sessionId;
    await autoBackup(app.db, 'start', new Date(2026, 10, 29, 8, 30));
    await autoBackup(app.db, 'daily', new Date(2026, 10, 30, 8, 30));
    // A backup spoilt on disk: listed as damaged, never offered for restore.
    const spoilt = path.join(backupFolder(app.file), 'dabir-2026-11-28T08-30-00-daily.sqlite');
    writeFileSync(spoilt, 'خراب');
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('lists the backups, saves a checked copy, and restores one after confirming', async () => {
    const page = await newPage(browser);
    await page.goto(app.host.url);
    await page.getByRole('button', { name: 'پشتیبان‌گیری', exact: true }).click();
    const table = page.getByRole('table');
    await expect.poll(() => table.locator('tbody tr').count()).toBe(3);
    const rows = await table.locator('tbody tr').allTextContents();
    expect(rows[0]).toContain('روزانه');
    expect(rows[0]).toContain('۱ کارگروه، ۱ جلسه (۰ قطعی)، ۵ مصوبه');
    expect(rows[0]).toContain('سالم');
    expect(rows[1]).toContain('باز شدن برنامه');
    expect(rows[2]).toContain('آسیب‌دیده');
    expect(
      await table
        .locator('tbody tr')
        .nth(2)
        .getByRole('button', { name: /بازگردانی/ })
        .isDisabled(),
    ).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('button', { name: /پشتیبان‌گیری در پوشه دلخواه/ }).click();
    const saved = page.getByRole('status').filter({ hasText: 'پشتیبان ذخیره و بررسی شد' });
    await saved.waitFor();
    const file = (await saved.locator('bdi').textContent()) ?? '';
    expect(path.dirname(file)).toBe(path.join(path.dirname(app.file), 'saved-backups'));
    expect(inspectBackup(file, 'integrity_check')).toMatchObject({ intact: true, counts: { sessions: 1 } });
    await page.screenshot({ path: path.join(screenshots, 'backups.png'), fullPage: true });

    // The session is removed; the newest backup brings it back.
    app.call('sessions.remove', { id: sessionId });
    await table
      .locator('tbody tr')
      .first()
      .getByRole('button', { name: /بازگردانی/ })
      .click();
    const dialog = page.getByRole('alertdialog');
    await dialog.getByText('داده‌های کنونی پیش از بازگردانی', { exact: false }).waitFor();
    await page.screenshot({ path: path.join(screenshots, 'backup-restore-dialog.png') });
    await dialog.getByRole('button', { name: 'بازگردانده شود' }).click();
    const done = page.getByRole('status').filter({ hasText: 'پشتیبان بازگردانده شد' });
    await done.waitFor();
    const aside = (await done.locator('bdi').textContent()) ?? '';
    expect(existsSync(aside)).toBe(true);
    expect(inspectBackup(aside).counts.sessions).toBe(0);
    expect(readFileSync(aside).length).toBeGreaterThan(0);

    await page.getByRole('button', { name: 'ادامه کار با داده‌های بازگردانده' }).click();
    await page.getByRole('button', { name: /کار گروه تخصصی امور اجتماعی/ }).waitFor();
    await page.getByRole('button', { name: 'جلسه ۱ سال ۱۳۹۹' }).waitFor();
    expect((app.call('sessions.get', { id: sessionId }) as { resolutions: unknown[] }).resolutions).toHaveLength(5);
  });
});
