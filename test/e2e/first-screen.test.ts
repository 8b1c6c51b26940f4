/// <reference lib="dom" />
// The whole chain in a real browser: renderer → browser host → services → SQLite file → back.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshots as shots, startApp, type TestApp } from '../helpers/app';
import { launchChromium } from '../helpers/browser';
import { fixture } from '../helpers/fixtures';

describe('first screen in Chromium through the browser host', () => {
  let browser: Browser;
  let app: TestApp;

  beforeAll(async () => {
    app = await startApp();
    app.call('secretariat.setup', { name: 'دبیرخانه کارگروه‌های استانداری مرکزی', province: 'مرکزی' });
    app.call('minutes.import', { document: fixture() });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('shows the fixture’s working group and session, right to left, in Vazirmatn, with Persian digits', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    const consoleErrors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
    await page.goto(app.host.url);
    // The first screen is «امروز»: the group in its table, its sessions one press away.
    const today = page.locator('table.today-groups tbody th');
    await today.first().waitFor();
    expect(await today.allInnerTexts()).toEqual(['کار گروه تخصصی امور اجتماعی، فرهنگی، سلامت، زنان و خانواده']);
    await page.getByRole('button', { name: 'کارگروه‌ها و جلسه‌ها' }).click();

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
    await page.goto(app.host.url);
    await page.locator('.session-table tbody tr').first().waitFor();
    await page.reload();
    // «امروز» again, its figures read through the API with the token kept.
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
    const response = await page.goto(app.host.url);
    expect(response?.headers()['content-security-policy']).toContain("default-src 'self'");
    expect(response?.headers()['content-security-policy']).not.toContain('unsafe');
    await page.close();
  });

  it('gives the page no Node, and the CSP stops injected script and remote content', async () => {
    const page = await browser.newPage();
    await page.goto(app.host.url);
    await page.getByRole('heading', { name: 'دبیر' }).waitFor();
    expect(
      await page.evaluate(() => [
        typeof (window as unknown as { require?: unknown }).require,
        typeof (globalThis as { process?: unknown }).process,
        typeof (window as unknown as { module?: unknown }).module,
      ]),
    ).toEqual(['undefined', 'undefined', 'undefined']);
    // An inline script and a remote image, as injected HTML would bring them: neither runs nor loads.
    const blocked: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) blocked.push(m.text());
    });
    const outcome = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.injected = true';
      document.body.append(script);
      const img = document.createElement('img');
      const loaded = new Promise<string>((resolve) => {
        img.onload = () => resolve('loaded');
        img.onerror = () => resolve('blocked');
      });
      img.src = 'https://example.com/x.png';
      document.body.append(img);
      return { injected: (window as unknown as { injected?: boolean }).injected ?? false, image: await loaded };
    });
    expect(outcome).toEqual({ injected: false, image: 'blocked' });
    await expect.poll(() => blocked.length).toBeGreaterThan(0);
    await page.close();
  });
});
