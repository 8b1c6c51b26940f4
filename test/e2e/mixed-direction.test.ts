/// <reference lib="dom" />
// Latin values inside Persian sentences, in Chromium: the backups folder, a saved bundle's path and
// hash, the key's fingerprint, a final session's content hash, a headquarters refusal naming
// `--trust-new`: each inside an element isolated left to right, the sentence around it right to
// left; and instants (backups, bundles, finalisation, signed copies) as «۱۴۰۵/۰۹/۱۰، ۰۹:۰۴».
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RTL_RUN } from '../../electron/contract/persian-text';
import { backupFolder } from '../../electron/core/backup/names';
import { autoBackup } from '../../electron/core/backup/own';
import { screenshots, startApp, type TestApp } from '../helpers/app';
import { launchChromium, newPage, openGroups } from '../helpers/browser';
import { fixture } from '../helpers/fixtures';

/** A Jalali date and 24-hour time, Persian digits, the Persian comma between. */
const MOMENT = /^[۰-۹]{4}\/[۰-۹]{2}\/[۰-۹]{2}، [۰-۹]{2}:[۰-۹]{2}$/;
const shot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(screenshots, `bidi-${name}.png`), fullPage: true });
/** One part of the screen, to look at closely. */
const part = (where: Locator, name: string) => where.screenshot({ path: path.join(screenshots, `bidi-${name}.png`) });

/** The isolated left-to-right values inside an element, as their text. */
const ltrTexts = (where: Locator) => where.locator('bdi[dir=ltr]').allTextContents();
/** The element's own direction as the browser computed it. */
const direction = (where: Locator) => where.evaluate((e) => getComputedStyle(e).direction);

/**
 * What the eye sees, left to right: the characters of `text` (found in the element's text, the
 * invisible isolates skipped) ordered by where the browser drew them, on one line.
 */
const seenOnScreen = (where: Locator, text: string) =>
  where.evaluate((root, text) => {
    const chars: { node: Text; at: number; c: string }[] = [];
    const walk = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walk.nextNode() as Text | null; n; n = walk.nextNode() as Text | null)
      for (let i = 0; i < n.data.length; i++)
        if (!/[\u2066-\u2069]/.test(n.data[i]!)) chars.push({ node: n, at: i, c: n.data[i]! });
    const start = chars
      .map((x) => x.c)
      .join('')
      .indexOf(text);
    if (start < 0) throw new Error(`«${text}» is not in the element`);
    const drawn = chars.slice(start, start + text.length).map((x) => {
      const r = document.createRange();
      r.setStart(x.node, x.at);
      r.setEnd(x.node, x.at + 1);
      return { c: x.c, box: r.getBoundingClientRect() };
    });
    // One line: every box overlaps every other vertically (faces differ in their boxes' heights).
    if (Math.max(...drawn.map((d) => d.box.top)) >= Math.min(...drawn.map((d) => d.box.bottom)))
      throw new Error(`«${text}» wraps`);
    return drawn
      .sort((a, b) => a.box.left - b.box.left)
      .map((d) => d.c)
      .join('');
  }, text);
/** A left-to-right value as it should look: its Persian runs drawn right to left, all else in order. */
const ltrLooks = (value: string) => value.replace(RTL_RUN, (run) => [...run].reverse().join(''));
/** A Persian phrase as it looks: right to left. */
const rtlLooks = (text: string) => [...text].reverse().join('');

describe('mixed directions on screen', () => {
  let browser: Browser;
  let app: TestApp;
  let hq: TestApp;
  let sessionId: string;

  beforeAll(async () => {
    [app, hq] = await Promise.all([startApp(), startApp()]);
    browser = await launchChromium();
    app.call('secretariat.setup', { name: 'دبیرخانه کارگروه‌های استانداری مرکزی', province: 'مرکزی' });
    sessionId = (app.call('minutes.import', { document: fixture() }) as { sessionId: string }).sessionId;
    app.call('sessions.finalize', { id: sessionId });
    app.call('amendments.add', { sessionId, date: '1399/02/20', changes: 'مهلت مصوبه ۱ بیست روز است', reason: 'خطا' });
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
      'base64',
    );
    app.call('attachments.add', { sessionId, fileName: 'صورتجلسه امضاشده-2.png', data: png.toString('base64') });
    await autoBackup(app.db, 'daily', new Date(2026, 10, 30, 9, 4));
    hq.call('secretariat.setup', { name: 'دفتر ستاد', province: 'تهران', role: 'headquarters' });
  });
  afterAll(async () => {
    await browser?.close();
    await Promise.all([app?.close(), hq?.close()]);
  });

  async function open(at: TestApp): Promise<Page> {
    const page = await newPage(browser, { width: 1366, height: 768 });
    await openGroups(page, at.host.url);
    return page;
  }

  it('the backups screen: the folder isolated left to right, every date in the Persian form', async () => {
    const page = await open(app);
    await page.getByRole('button', { name: 'پشتیبان‌گیری', exact: true }).click();
    const table = page.getByRole('table');
    await table.locator('tbody tr').first().waitFor();
    await shot(page, 'backups');
    await part(table, 'backups-table');
    const caption = table.locator('caption');
    expect(await ltrTexts(caption)).toEqual([backupFolder(app.file)]);
    expect(await direction(caption)).toBe('rtl');
    expect(await seenOnScreen(caption, backupFolder(app.file))).toBe(backupFolder(app.file));
    const dates = await table.locator('tbody th[scope=row]').allTextContents();
    expect(dates.length).toBeGreaterThan(0);
    for (const d of dates) expect(d).toMatch(MOMENT);
    expect(dates).toContain('۱۴۰۵/۰۹/۰۹، ۰۹:۰۴');
    await page.close();
  });

  it('sending to headquarters: the fingerprint, the bundle path and hash isolated, its date in the Persian form', async () => {
    const page = await open(app);
    await page.getByRole('button', { name: 'ارسال به ستاد' }).click();
    await page.getByRole('heading', { name: 'ارسال به ستاد' }).waitFor();
    await page.getByRole('toolbar').getByRole('button', { name: 'ارسال به ستاد' }).click();
    const saved = page.getByRole('status').filter({ hasText: 'بسته ذخیره شد' });
    await saved.waitFor();
    await shot(page, 'send');
    await part(page.locator('.identity'), 'send-fingerprint');
    await part(saved.locator('p').nth(0), 'send-path');
    await part(saved.locator('p').nth(2), 'send-hash');
    await part(page.getByRole('table', { name: 'بسته‌های فرستاده‌شده' }), 'send-list');
    const [bundle = '', hash] = await ltrTexts(saved);
    expect(path.dirname(bundle)).toBe(path.join(path.dirname(app.file), 'bundles'));
    expect(path.basename(bundle)).toMatch(/^بسته-مرکزی-\d{4}-\d{2}-\d{2}-تا-\d+-کامل\.dabir$/);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    const line = saved.locator('p').first();
    expect(await direction(line)).toBe('rtl');
    // The sentence right to left, the path after it (to its left) left to right, date and extension in place.
    expect(await seenOnScreen(line, `بسته ذخیره شد: ${bundle}`)).toBe(
      `${ltrLooks(bundle)} :${rtlLooks('بسته ذخیره شد')}`,
    );
    expect(ltrLooks(path.basename(bundle))).toMatch(/^هتسب-یزکرم-\d{4}-\d{2}-\d{2}-ات-\d+-لماک\.dabir$/);
    expect(await ltrTexts(page.locator('.identity'))).toEqual([
      expect.stringMatching(/^[۰-۹]{4}( [۰-۹]{4}){4}$/) as unknown as string,
    ]);
    const sent = page.getByRole('table', { name: 'بسته‌های فرستاده‌شده' });
    expect(await sent.locator('tbody td').first().textContent()).toMatch(MOMENT);
    await page.close();
  });

  it('a final session: the content hash isolated, finalisation and the signed copy dated in the Persian form', async () => {
    const page = await open(app);
    await page.getByRole('button', { name: 'جلسه ۱ سال ۱۳۹۹' }).click();
    const notice = page.getByRole('region', { name: 'قطعی' });
    await notice.waitFor();
    await page.getByRole('region', { name: 'نسخه امضاشده' }).getByText('صورتجلسه امضاشده-2.png').waitFor();
    await shot(page, 'record');
    await part(notice, 'record-notice');
    await part(page.getByRole('region', { name: 'نسخه امضاشده' }).locator('li').first(), 'record-copy');
    const hash = (app.call('sessions.verify', { id: sessionId }) as { contentHash: string }).contentHash;
    expect(await ltrTexts(notice)).toEqual([hash]);
    // The label's Latin word, inside a string: Unicode isolates around it.
    expect(await notice.textContent()).toContain('(\u2066SHA-256\u2069)');
    const label = 'اثر انگشت محتوا';
    expect(await seenOnScreen(notice, `${label} (SHA-256): ${hash}`)).toBe(`${hash} :)SHA-256( ${rtlLooks(label)}`);
    const finalised = notice.getByText('قطعی شده در', { exact: false });
    expect(((await finalised.textContent()) ?? '').replace('قطعی شده در: ', '')).toMatch(MOMENT);
    const copy = page.getByRole('region', { name: 'نسخه امضاشده' }).locator('li').first();
    expect(await ltrTexts(copy)).toEqual(['صورتجلسه امضاشده-2.png']);
    expect(await seenOnScreen(copy, 'صورتجلسه امضاشده-2.png')).toBe(`${rtlLooks('صورتجلسه امضاشده')}-2.png`);
    expect(await copy.locator('.muted').textContent()).toMatch(/— [۰-۹]{4}\/[۰-۹]{2}\/[۰-۹]{2}، [۰-۹]{2}:[۰-۹]{2}$/);
    const amendments = page.getByRole('region', { name: 'اصلاحیه‌ها' });
    expect(await amendments.locator('li').first().textContent()).toContain('اصلاحیه ۱ — ۱۳۹۹/۰۲/۲۰');
    await page.close();
  });

  it('headquarters: the file name and the fingerprint isolated inside the new secretariat step', async () => {
    const outbox = path.join(path.dirname(app.file), 'bundles');
    const bundle = path.join(outbox, readdirSync(outbox)[0] ?? '');
    const page = await open(hq);
    await page.getByRole('button', { name: 'ورود بسته' }).click();
    await page.locator('input[type=file]').setInputFiles([bundle]);
    const alert = page.locator('.import-result li.fingerprint-step p');
    await alert.waitFor();
    await shot(page, 'hq-import');
    await part(page.locator('.import-result'), 'hq-refusal');
    expect(await ltrTexts(alert)).toEqual([path.basename(bundle)]);
    // The core's message, a string: the fingerprint inside Unicode isolates; the command line's
    // flag is not on screen (the screen has its own button).
    const said = (await alert.textContent()) ?? '';
    expect(said).not.toContain('--trust-new');
    expect(await seenOnScreen(alert, path.basename(bundle))).toBe(ltrLooks(path.basename(bundle)));
    expect(said).toMatch(/کلیدش \u2066[۰-۹]{4}( [۰-۹]{4}){4}\u2069 است/);
    expect(await direction(alert)).toBe('rtl');
    await page.close();
  });
});
