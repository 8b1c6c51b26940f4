/// <reference lib="dom" />
// Sync in Chromium against real hosts and real SQLite files: a province sends its bundle from
// «ارسال به ستاد» (written into the browser host's outbox, its summary shown); a second province
// sends one too; headquarters is set up at first run, imports both after confirming each
// fingerprint, shows both provinces side by side with the totals, and opens a session read-only.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordExport, writeBundle } from '../../electron/core/bundle/export';
import { screenshots, startApp, type TestApp } from '../helpers/app';
import { seriousViolations } from '../helpers/axe';
import { launchChromium, newPage } from '../helpers/browser';
import { fixture } from '../helpers/fixtures';
import { pdfText, squash } from '../helpers/pdf';

const GROUP = 'کار گروه تخصصی امور اجتماعی، فرهنگی، سلامت، زنان و خانواده';

describe('sending bundles and headquarters', () => {
  let browser: Browser;
  let markazi: TestApp;
  let hamedan: TestApp;
  let hq: TestApp;
  let markaziSession: string;

  beforeAll(async () => {
    [markazi, hamedan, hq] = await Promise.all([startApp(), startApp(), startApp()]);
    browser = await launchChromium();
    markazi.call('secretariat.setup', { name: 'دبیرخانه کارگروه‌های استانداری مرکزی', province: 'مرکزی' });
    markaziSession = (markazi.call('minutes.import', { document: fixture() }) as { sessionId: string }).sessionId;
    markazi.call('sessions.finalize', { id: markaziSession });
    hamedan.call('secretariat.setup', { name: 'دبیرخانه کارگروه‌های استانداری همدان', province: 'همدان' });
    const doc = fixture();
    doc.workingGroup.province = 'همدان';
    hamedan.call('minutes.import', { document: doc });
  });
  afterAll(async () => {
    await browser?.close();
    await Promise.all([markazi?.close(), hamedan?.close(), hq?.close()]);
  });

  async function open(app: TestApp): Promise<Page> {
    const page = await newPage(browser);
    await page.goto(app.host.url);
    return page;
  }

  let markaziBundle = '';
  let markaziFingerprint = '';

  it('a province sees its fingerprint and what the bundle holds, sends it, and sees it remembered', async () => {
    const page = await open(markazi);
    await page.getByRole('button', { name: 'ارسال به ستاد' }).click();
    await page.getByRole('heading', { name: 'ارسال به ستاد' }).waitFor();
    markaziFingerprint = (await page.locator('.identity .fingerprint').textContent()) ?? '';
    expect(markaziFingerprint).toMatch(/^[۰-۹]{4}( [۰-۹]{4}){4}$/);
    expect(await page.getByText('نخستین بسته کامل است').count()).toBe(1);
    const next = page.getByRole('table', { name: 'آنچه در بسته بعدی می‌رود' });
    expect(await next.getByRole('row', { name: /^مصوبه ۵ ۰$/ }).count()).toBe(1);
    expect(await next.getByRole('row', { name: /^جلسه ۱ ۰$/ }).count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(screenshots, 'send-before.png'), fullPage: true });

    await page.getByRole('toolbar').getByRole('button', { name: 'ارسال به ستاد' }).click();
    const saved = page.getByRole('status').filter({ hasText: 'بسته ذخیره شد' });
    await saved.waitFor();
    const text = (await saved.textContent()) ?? '';
    markaziBundle = /بسته ذخیره شد: (\S+\.dabir)/.exec(text)?.[1] ?? '';
    // The browser host writes into its outbox beside the data file.
    expect(path.dirname(markaziBundle)).toBe(path.join(path.dirname(markazi.file), 'bundles'));
    expect(existsSync(markaziBundle)).toBe(true);
    expect(text).toContain('کامل');
    expect(await page.getByRole('table', { name: 'بسته‌های فرستاده‌شده' }).getByRole('row').count()).toBe(2);
    expect(await page.getByText('از آخرین ارسال تغییری نبوده است.').count()).toBe(1);
    expect(await page.getByRole('toolbar').getByRole('button', { name: 'ارسال به ستاد' }).isDisabled()).toBe(true);
    await page.screenshot({ path: path.join(screenshots, 'send-after.png'), fullPage: true });
  });

  it('headquarters is chosen at first run, refuses a broken file, and registers each province only once its fingerprint is confirmed', async () => {
    const hamedanBundle = path.join(path.dirname(hamedan.file), 'hamedan.dabir');
    recordExport(hamedan.db, writeBundle(hamedan.db, hamedanBundle));
    const broken = path.join(path.dirname(hq.file), 'broken.dabir');
    writeFileSync(broken, readFileSync(markaziBundle).subarray(0, 400));

    const page = await open(hq);
    await page.getByRole('heading', { name: 'به دبیر خوش آمدید' }).waitFor();
    await page.getByRole('button', { name: 'این رایانه در ستاد است' }).click();
    await page.getByRole('heading', { name: 'به دبیر خوش آمدید — ستاد' }).waitFor();
    // No working group is asked for at headquarters.
    expect(await page.getByRole('textbox').count()).toBe(2);
    await page.getByRole('textbox', { name: 'نام دفتر ستاد' }).fill('دفتر امور کارگروه‌های استانی وزارت کشور');
    await page.getByRole('textbox', { name: 'شهر یا استان ستاد' }).fill('تهران');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'دبیر — ستاد' }).waitFor();
    await page.getByText('هنوز بسته‌ای وارد نشده است', { exact: false }).waitFor();

    await page.getByRole('button', { name: 'ورود بسته' }).click();
    await page.locator('input[type=file]').setInputFiles([broken, markaziBundle, hamedanBundle]);
    const alerts = page.getByRole('alert');
    await expect.poll(() => alerts.count()).toBe(1);
    expect(await alerts.nth(0).textContent()).toContain('ناقص یا خراب است');
    // A new secretariat is the normal first step, not an error: its fingerprint to compare, the
    // name once, no command-line flag, and not drawn in the error's red.
    const steps = page.locator('.import-result li.fingerprint-step');
    expect(await steps.count()).toBe(2);
    expect(await steps.nth(0).textContent()).toContain(markaziFingerprint);
    expect(await steps.nth(1).textContent()).toContain('همدان');
    for (const text of await steps.allTextContents()) {
      expect(text).not.toContain('--trust-new');
      expect(text).not.toContain('trust-new');
      expect(text).not.toMatch(/دبیرخانه\s+دبیرخانه/);
    }
    const colours = await steps.evaluateAll((items) =>
      items.map((li) => [getComputedStyle(li).color, getComputedStyle(li.querySelector('p')!).color]),
    );
    const errorColour = await page.evaluate(() => {
      const probe = document.createElement('p');
      probe.className = 'form-error';
      document.body.append(probe);
      const c = getComputedStyle(probe).color;
      probe.remove();
      return c;
    });
    for (const [li, p] of colours) {
      expect(li).not.toBe(errorColour);
      expect(p).not.toBe(errorColour);
    }
    expect(hq.call('headquarters.secretariats', {})).toEqual([]);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(screenshots, 'hq-confirm.png'), fullPage: true });
    for (const [width, height] of [
      [1366, 768],
      [1920, 1080],
    ] as const) {
      await page.setViewportSize({ width, height });
      await page.screenshot({ path: path.join(screenshots, `hq-import-${width}.png`) });
    }

    const confirm = page.getByRole('button', { name: /اثر انگشت را تلفنی مقایسه کردم/ });
    await confirm.first().click();
    await expect.poll(() => confirm.count()).toBe(1);
    await confirm.first().click();
    await expect.poll(() => page.getByRole('status').count()).toBe(2);
    expect(await page.getByRole('status').allTextContents()).toEqual([
      expect.stringContaining('وارد شد: دبیرخانه کارگروه‌های استانداری مرکزی (مرکزی)'),
      expect.stringContaining('وارد شد: دبیرخانه کارگروه‌های استانداری همدان (همدان)'),
    ]);
    // The same bundle again changes nothing, and says so.
    await page.locator('input[type=file]').setInputFiles([markaziBundle]);
    await page.getByText('پیش‌تر وارد شده است', { exact: false }).waitFor();

    await page.getByRole('button', { name: 'دبیرخانه‌ها' }).click();
    const registered = page.getByRole('table');
    await expect.poll(() => registered.getByRole('row').count()).toBe(3);
    expect(await registered.textContent()).toContain(markaziFingerprint);
  });

  it('shows both provinces side by side with the national totals, and opens a session read-only', async () => {
    const page = await open(hq);
    await page.getByRole('heading', { name: 'استان‌ها' }).waitFor();
    const table = page.locator('table.overview');
    await table.waitFor();
    const rows = table.locator('tbody tr');
    expect(await rows.count()).toBe(2);
    const cells = async (row: ReturnType<typeof rows.nth>) =>
      (await row.locator('th, td').allTextContents()).map((t) => t.trim());
    // The fixture: one session, five resolutions not yet started; attendance from its lists.
    const a = await cells(rows.nth(0));
    const b = await cells(rows.nth(1));
    expect(a.slice(0, 8)).toEqual([
      'مرکزی',
      'دبیرخانه کارگروه‌های استانداری مرکزی',
      GROUP,
      '۱ (۱)',
      '۵',
      '۰',
      '۰',
      '۵',
    ]);
    expect(b.slice(0, 8)).toEqual([
      'همدان',
      'دبیرخانه کارگروه‌های استانداری همدان',
      GROUP,
      '۱ (۰)',
      '۵',
      '۰',
      '۰',
      '۵',
    ]);
    const totals = (await table.locator('tfoot tr').locator('th, td').allTextContents()).map((t) => t.trim());
    expect(totals.slice(0, 6)).toEqual(['جمع کشور', '۲ (۱)', '۱۰', '۰', '۰', '۱۰']);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(screenshots, 'hq-overview.png'), fullPage: true });

    await rows.nth(0).getByRole('button', { name: GROUP }).click();
    await page.getByRole('heading', { name: `جلسات ${GROUP} — مرکزی` }).waitFor();
    await page.getByRole('button', { name: 'جلسه ۱ سال ۱۳۹۹' }).click();
    const sheet = page.locator('.print-area article.sheet');
    await expect
      .poll(() => sheet.locator('h1').textContent())
      .toBe(`صورتجلسه اولین جلسه ${GROUP} استان مرکزی در سال ۱۳۹۹`);
    await page.getByText('در ستاد فقط خواندنی است', { exact: false }).waitFor();
    // Read-only: the final notice gives no advice to record an amendment.
    await page.getByText('همان‌گونه که استان فرستاده', { exact: false }).waitFor();
    expect(await page.getByText('اصلاحیه ثبت کنید', { exact: false }).count()).toBe(0);
    // Nothing that changes the minutes: no finalise, no amendment, no attaching.
    for (const name of ['قطعی کردن', 'ثبت اصلاحیه', /پیوست نسخه امضاشده/])
      expect(await page.getByRole('button', { name }).count(), String(name)).toBe(0);
    await page.getByRole('button', { name: 'بررسی اثر انگشت' }).click();
    await page.getByRole('status').filter({ hasText: 'سالم است' }).waitFor();
    await page.screenshot({ path: path.join(screenshots, 'hq-session.png'), fullPage: true });

    // Printed at headquarters: the PDF is the province's minutes with its hash.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'ذخیره PDF' }).click(),
    ]);
    const pdf = path.join(path.dirname(hq.file), download.suggestedFilename());
    await download.saveAs(pdf);
    const text = squash(pdfText(pdf, 1));
    expect(text).toContain(squash(`صورتجلسه اولین جلسه ${GROUP} استان مرکزی در سال ۱۳۹۹`));
    const hash = (markazi.call('sessions.verify', { id: markaziSession }) as { contentHash: string }).contentHash;
    expect(text).toContain(squash(`اثر انگشت: ${hash.slice(0, 16)}`));
  });
});
