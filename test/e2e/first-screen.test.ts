/// <reference lib="dom" />
// The whole chain in a real browser: renderer → browser host → services → SQLite file → back.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDispatcher } from '../../electron/core/api/dispatch';
import { startHost, type Host } from '../../electron/core/host/server';
import { openDatabase, type Db } from '../../electron/core/db/open';
import { launchChromium } from '../helpers/browser';
import { fixture } from '../helpers/fixtures';

const rendererDir = path.resolve(import.meta.dirname, '../../out/renderer');
const shots = path.resolve(import.meta.dirname, '../../test-results');

describe('first screen in Chromium through the browser host', () => {
  let browser: Browser;
  let host: Host;
  let db: Db;
  let dir: string;

  beforeAll(async () => {
    if (!existsSync(path.join(rendererDir, 'index.html')))
      throw new Error('out/renderer is missing: run `npm run build` first');
    // Its own data folder for the whole suite (the per-test helpers close theirs after each test).
    dir = mkdtempSync(path.join(os.tmpdir(), 'dabir-e2e-'));
    db = openDatabase(path.join(dir, 'dabir.sqlite'));
    const imported = createDispatcher(db)('minutes.import', { document: fixture() });
    if (!imported.ok) throw new Error(imported.error.message);
    host = await startHost({ dispatch: createDispatcher(db), rendererDir });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await host?.close();
    db?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('shows the fixture’s working group and session, right to left, in Vazirmatn, with Persian digits', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    const consoleErrors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
    await page.goto(host.url);

    const group = page.getByRole('button', { name: /کار گروه تخصصی امور اجتماعی، فرهنگی، سلامت، زنان و خانواده/ });
    await group.waitFor();
    const row = page.locator('.session-table tbody tr');
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.innerText()).toMatch(/جلسه ۱ سال ۱۳۹۹\s+۱۳۹۹\/۰۲\/۰۲\s+پیش‌نویس\s+۵\s+۲۶/);

    expect(await page.evaluate(() => getComputedStyle(document.body).direction)).toBe('rtl');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fa');
    await page.evaluate(() => document.fonts.ready);
    expect(await page.evaluate(() => document.fonts.check('16px Vazirmatn', 'جلسه'))).toBe(true);
    expect(
      await page.evaluate(() =>
        [...document.fonts].some((f) => f.family.replaceAll('"', '') === 'Vazirmatn' && f.status === 'loaded'),
      ),
    ).toBe(true);
    // The token left the address bar after it was read.
    expect(page.url()).not.toContain('token');
    expect(consoleErrors).toEqual([]);

    mkdirSync(shots, { recursive: true });
    await page.screenshot({ path: path.join(shots, 'first-screen.png') });
    await page.close();
  });

  it('still works after a reload (the token is kept for the tab) and the page cannot reach the API without it', async () => {
    const page = await browser.newPage();
    await page.goto(host.url);
    await page.locator('.session-table tbody tr').first().waitFor();
    await page.reload();
    await page.locator('.session-table tbody tr').first().waitFor();
    const status = await page.evaluate(
      async () =>
        (
          await fetch('/api/workingGroups.list', {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body: '{}',
          })
        ).status,
    );
    expect(status).toBe(401);
    await page.close();
  });

  it('serves the page with the strict Content-Security-Policy', async () => {
    const page = await browser.newPage();
    const response = await page.goto(host.url);
    expect(response?.headers()['content-security-policy']).toContain("default-src 'self'");
    expect(response?.headers()['content-security-policy']).not.toContain('unsafe');
    await page.close();
  });
});
