/// <reference lib="dom" />
// «پشتیبان‌گیری» in Chromium against the real host and SQLite file: the automatic backups listed
// with what each holds and which has the latest work (a damaged one marked and not offered), a
// restore confirmed in a dialog that brings back what was removed, the replaced content kept aside;
// a saved backup encrypted with the passphrase shown once (Debian's `age` opens it), a weak chosen
// one refused, and restoring the saved file: a wrong passphrase refused, the right one restores.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inspectBackup } from '../../electron/core/backup/backup';
import { backupFolder } from '../../electron/core/backup/names';
import { autoBackup } from '../../electron/core/backup/own';
import { screenshots, startApp, type TestApp } from '../helpers/app';
import { seriousViolations } from '../helpers/axe';
import { launchChromium, newPage, openGroups } from '../helpers/browser';
import { fixture } from '../helpers/fixtures';
import { runInPty } from '../helpers/pty';

describe('backups in the app', () => {
  let browser: Browser;
  let app: TestApp;
  let sessionId: string;
  let groupId: () => string;

  beforeAll(async () => {
    app = await startApp();
    browser = await launchChromium();
    app.call('secretariat.setup', { name: 'دبیرخانه کارگروه‌های استانداری مرکزی', province: 'مرکزی' });
    sessionId = (app.call('minutes.import', { document: fixture() }) as { sessionId: string }).sessionId;
    groupId = () => (app.call('workingGroups.list', {}) as { id: string }[])[0]!.id;
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

  it('lists the backups, marks the one with the latest work, and restores one after confirming', async () => {
    const page = await newPage(browser);
    await openGroups(page, app.host.url);
    await page.getByRole('button', { name: 'پشتیبان‌گیری', exact: true }).click();
    const table = page.getByRole('table');
    await expect.poll(() => table.locator('tbody tr').count()).toBe(3);
    const rows = await table.locator('tbody tr').allTextContents();
    expect(rows[0]).toContain('روزانه');
    expect(rows[0]).toContain('۱ کارگروه، ۱ جلسه (۰ قطعی)، ۵ مصوبه');
    expect(rows[0]).toContain('سالم');
    expect(rows[0]).toContain('آخرین تغییرات را دارد');
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
    const aside = (await done.locator('bdi[dir=ltr]').textContent()) ?? '';
    expect(existsSync(aside)).toBe(true);
    expect(inspectBackup(aside).counts.sessions).toBe(0);
    expect(readFileSync(aside).length).toBeGreaterThan(0);

    await page.getByRole('button', { name: 'ادامه کار با داده‌های بازگردانده' }).click();
    await page.getByRole('button', { name: /کار گروه تخصصی امور اجتماعی/ }).waitFor();
    await page.getByRole('button', { name: 'جلسه ۱ سال ۱۳۹۹' }).waitFor();
    expect((app.call('sessions.get', { id: sessionId }) as { resolutions: unknown[] }).resolutions).toHaveLength(5);
  });

  it('saves an encrypted backup with its passphrase shown once, and restores it from the file with that passphrase', async () => {
    const page = await newPage(browser);
    await openGroups(page, app.host.url);
    await page.getByRole('button', { name: 'پشتیبان‌گیری', exact: true }).click();
    const table = page.getByRole('table');
    await table.locator('tbody tr').first().waitFor();
    // A change since the newest backup: the list says none holds it, and what the newest lacks.
    app.call('agenda.add', { sessionId, text: 'دستور کار افزوده پس از آخرین پشتیبان' });
    await page.reload();
    await page.getByRole('button', { name: 'پشتیبان‌گیری', exact: true }).click();
    await page.getByText('هیچ پشتیبانی آخرین تغییرات', { exact: false }).waitFor();
    // The backup restored lacks the one change; the content kept at the restore has changes the file has not.
    expect(await table.textContent()).toContain('۱ تغییر پس از آن در داده کنونی هست');
    expect(await table.textContent()).toContain('تغییراتی دارد که در داده کنونی نیست');

    // A chosen passphrase that is too weak is refused before anything is written.
    await page.getByLabel(/گذرواژه را خودم می‌گذارم/).check();
    await page.getByLabel('گذرواژه', { exact: true }).fill('123456');
    await page.getByLabel('تکرار گذرواژه').fill('123456');
    await page.getByRole('button', { name: /ذخیره پشتیبان رمزگذاری‌شده/ }).click();
    await page.getByText('کوتاه یا ساده است', { exact: false }).waitFor();
    const outbox = path.join(path.dirname(app.file), 'saved-backups');
    expect(existsSync(outbox) ? readdirSync(outbox) : []).toEqual([]);

    // Dabir's own passphrase: shown once, in five groups of five digits.
    await page.getByLabel(/گذرواژه را خودم می‌گذارم/).uncheck();
    await page.getByRole('button', { name: /ذخیره پشتیبان رمزگذاری‌شده/ }).click();
    const saved = page.getByRole('status').filter({ hasText: 'پشتیبان رمزگذاری، ذخیره و بررسی شد' });
    await saved.waitFor();
    const file = (await saved.locator('bdi[dir=ltr]').textContent()) ?? '';
    expect(path.dirname(file)).toBe(outbox);
    expect(file.endsWith('.sqlite.age')).toBe(true);
    const passphrase = ((await saved.locator('.passphrase').textContent()) ?? '').trim();
    expect(passphrase).toMatch(/^\d{5}(-\d{5}){4}$/);
    await page.screenshot({ path: path.join(screenshots, 'backup-saved-encrypted.png'), fullPage: true });
    expect(readFileSync(file).includes(Buffer.from('SQLite format 3'))).toBe(false);
    const opened = path.join(path.dirname(app.file), 'opened-by-age.sqlite');
    expect(runInPty(['age', '-d', '-o', opened, file], [passphrase])).toMatchObject({ status: 0 });
    expect(inspectBackup(opened, 'integrity_check')).toMatchObject({ intact: true, counts: { sessions: 1 } });

    // The session is removed; restoring the saved file brings it back, with the right passphrase only.
    app.call('sessions.remove', { id: sessionId });
    await page.getByRole('button', { name: 'بازگردانی از پرونده…' }).click();
    const dialog = page.getByRole('alertdialog');
    await dialog.getByLabel('گذرواژه پشتیبان (اگر رمزگذاری شده است)').fill('11111-22222-33333-44444-55555');
    await dialog.getByRole('button', { name: 'بازگردانده شود' }).click();
    await dialog.getByText('گذرواژه این پشتیبان درست نیست', { exact: false }).waitFor();
    expect(app.call('sessions.list', { workingGroupId: groupId() })).toHaveLength(0);
    // Typed as read over the phone: Persian digits and spaces.
    const spoken = passphrase.replace(/\d/g, (d) => '۰۱۲۳۴۵۶۷۸۹'[Number(d)]!).replaceAll('-', ' ');
    await dialog.getByLabel('گذرواژه پشتیبان (اگر رمزگذاری شده است)').fill(spoken);
    await dialog.getByRole('button', { name: 'بازگردانده شود' }).click();
    await page.getByRole('status').filter({ hasText: 'پشتیبان بازگردانده شد' }).waitFor();
    expect(app.call('sessions.list', { workingGroupId: groupId() })).toHaveLength(1);
    expect(await seriousViolations(page)).toEqual([]);
  });
});
