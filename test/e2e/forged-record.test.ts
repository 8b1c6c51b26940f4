/// <reference lib="dom" />
// A final session changed behind Dabir's back with the sqlite3 CLI (issue 14, item 2), opened in
// the app: its record says at once what differs, field by field, while the sheet keeps the text
// as finalised.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { startApp, type TestApp } from '../helpers/app';
import { launchChromium, newPage, openGroups } from '../helpers/browser';
import { sqlite3 } from '../helpers/cli';
import { finalize } from '../helpers/db';
import { fixture } from '../helpers/fixtures';

const FORGED = 'مبلغ یک میلیارد ریال به حساب دبیرخانه واریز شود';

describe('a forged final session in the app', () => {
  let browser: Browser;
  let app: TestApp;

  beforeAll(async () => {
    app = await startApp();
    browser = await launchChromium();
    app.call('secretariat.setup', { name: 'دبیرخانه', province: 'مرکزی' });
    const { sessionId } = app.call('minutes.import', { document: fixture() }) as { sessionId: string };
    finalize(app.db, sessionId);
    const forged = await sqlite3(
      app.file,
      `DROP TRIGGER resolution_final_update; UPDATE resolution SET body = '${FORGED}' WHERE session_id = '${sessionId}' AND row = 1;`,
    );
    expect(forged).toMatchObject({ code: 0, stderr: '' });
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('shows what differs as the record opens; the sheet keeps the finalised text', async () => {
    const page = await newPage(browser, { width: 1400, height: 1000 });
    await openGroups(page, app.host.url);
    await page.getByRole('button', { name: 'جلسه ۱ سال ۱۳۹۹' }).click();
    const report = page.getByRole('region', { name: 'قطعی' }).getByRole('status');
    await report.filter({ hasText: 'ناسازگار' }).waitFor();
    const row = report.getByRole('row').filter({ hasText: 'مصوبه ردیف ۱ › مفاد' });
    expect(await row.textContent()).toContain(FORGED);
    expect(await row.textContent()).toContain(fixture().session.resolutions[0].body);
    expect(await page.locator('.print-area').textContent()).not.toContain(FORGED);
    await page.close();
  });
});
