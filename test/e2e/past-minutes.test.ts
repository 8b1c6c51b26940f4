/// <reference lib="dom" />
// «ورود صورتجلسه‌های قبلی» in Chromium against the real services: good and bad files given in one
// go, each bad one refused by name while the others become drafts, then a draft reviewed beside
// the editor (doubtful fields and their source lines, a line left out, an organisation made a
// member) and accepted, until no imported draft waits.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { zipSync } from 'fflate';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PastMinutesReview } from '../../electron/contract';
import { screenshots, startApp, type TestApp } from '../helpers/app';
import { seriousViolations } from '../helpers/axe';
import { launchChromium, newPage, openGroups } from '../helpers/browser';
import { modelToDocx, modelToText, pastMinutesDir, sourceModel } from '../helpers/past-minutes-files';

const seedName = 'markazi-1399-01.txt';
const seed = readFileSync(path.join(pastMinutesDir, seedName));
const variant = 'variants/isfahan-1398-12-label-value-header';
const txt = 'text/plain';
const docxType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

describe('past minutes', () => {
  let browser: Browser;
  let app: TestApp;
  let page: Page;
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    app = await startApp();
    app.call('secretariat.setup', { name: 'دبیرخانه کارگروه‌های استانداری مرکزی', province: 'مرکزی' });
    browser = await launchChromium();
    page = await newPage(browser, { width: 1366, height: 768 });
    page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  type Pending = { sessionId: string; workingGroupName: string; number: number; year: number }[];
  const pending = () => app.call('pastMinutes.pending', {}) as Pending;

  it('reads good and bad files in one go: each bad one refused by its name, the good ones drafts', async () => {
    const docx = await modelToDocx(sourceModel(variant));
    // 200 MB of zeros in a few hundred kilobytes: a .docx that would fill the memory when opened.
    const bomb = zipSync(
      {
        '[Content_Types].xml': new TextEncoder().encode('<Types/>'),
        'word/document.xml': new Uint8Array(200 * 1024 * 1024),
      },
      { level: 9 },
    );
    await openGroups(page, app.host.url);
    await page
      .getByRole('navigation', { name: 'بخش‌ها' })
      .getByRole('button', { name: 'ورود صورتجلسه‌های قبلی' })
      .click();
    await page.getByRole('heading', { name: 'ورود صورتجلسه‌های قبلی' }).waitFor();
    await page.getByText('پیش‌نویس واردشده‌ای در انتظار بررسی نیست.').waitFor();

    await page.locator('input[type=file]:not([webkitdirectory])').setInputFiles([
      { name: seedName, mimeType: txt, buffer: seed },
      { name: 'isfahan-1398-12.docx', mimeType: docxType, buffer: docx },
      {
        name: 'scan.pdf',
        mimeType: 'application/pdf',
        buffer: Buffer.from('%PDF-1.4\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n'),
      },
      { name: 'bomb.docx', mimeType: docxType, buffer: Buffer.from(bomb) },
      { name: 'big.txt', mimeType: txt, buffer: Buffer.alloc(21 * 1024 * 1024, 0x61) },
      { name: 'markazi-again.txt', mimeType: txt, buffer: seed },
    ]);

    const progress = page.getByRole('progressbar', { name: 'پیشرفت ورود پرونده‌ها' });
    await progress.waitFor();
    expect(await progress.getAttribute('aria-valuemax')).toBe('6');
    // Read one at a time on a busy machine: a docx through mammoth, a zip bomb opened up to its limit.
    await expect.poll(() => progress.getAttribute('aria-valuetext'), { timeout: 60_000 }).toBe('۶ از ۶');
    await page.getByText('پایان: ۲ پیش‌نویس ساخته شد، ۴ پرونده خوانده نشد.').waitFor();

    const results = page.getByRole('region', { name: 'نتیجه هر پرونده' }).getByRole('listitem');
    await expect.poll(() => results.count()).toBe(6);
    const texts = await results.allInnerTexts();
    expect(texts[0]).toContain(`${seedName}: کار گروه تخصصی امور اجتماعی`);
    expect(texts[0]).toContain('جلسه ۱ سال ۱۳۹۹، ۱۳۹۹/۰۲/۰۲');
    expect(texts[0]).toContain('۲ مورد برای بررسی');
    expect(texts[1]).toContain('isfahan-1398-12.docx: كارگروه تنظيم بازار، جلسه ۱۲ سال ۱۳۹۸');
    expect(texts[2]).toBe(
      '«scan.pdf»: پرونده PDF است؛ دبیر صورتجلسه را از Word یا متن می‌خواند (متن PDF را رونوشت کنید و بچسبانید)',
    );
    expect(texts[3]).toContain('«bomb.docx»: پرونده Word بیش از حد بزرگ باز می‌شود (شاید «بمب فشرده» باشد)');
    expect(texts[4]).toBe('«big.txt»: پرونده بیش از حد بزرگ است (بیشینه ۲۰ مگابایت)');
    expect(texts[5]).toBe('«markazi-again.txt»: این پرونده پیش‌تر وارد شده است (جلسه ۱ سال ۱۳۹۹)');

    // Both drafts wait for their review, on this screen and in the service.
    expect(pending().map((p) => [p.number, p.year])).toEqual([
      [1, 1399],
      [12, 1398],
    ]);
    const waiting = page.getByRole('region', { name: 'پیش‌نویس‌های واردشده در انتظار بررسی' });
    await expect.poll(() => waiting.getByRole('row').count()).toBe(3);
    expect(await seriousViolations(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1366);
    await page.screenshot({ path: path.join(screenshots, 'past-minutes-import.png'), fullPage: true });
  });

  it('reviews a draft beside the editor, makes an organisation a member and accepts it', async () => {
    const sessionId = pending()[0]!.sessionId;
    const review = app.call('pastMinutes.review', { sessionId }) as PastMinutesReview;
    await page
      .getByRole('region', { name: 'نتیجه هر پرونده' })
      .getByRole('button', { name: 'بررسی جلسه ۱ سال ۱۳۹۹' })
      .click();
    const panel = page.getByRole('complementary', { name: 'بررسی صورتجلسه واردشده' });
    await panel.waitFor();
    await page.getByRole('article', { name: 'مصوبه ۱' }).waitFor();

    // The doubtful fields by their Persian names, with their reason and line.
    const items = panel.getByRole('region', { name: /موارد نیازمند بررسی/ }).getByRole('button');
    expect(await items.allInnerTexts()).toEqual([
      expect.stringMatching(/^حضور و غیاب\s+«\(بهدیر\)» در فهرست حاضرین خوانده نشد\s+سطر ۴۸$/),
      expect.stringMatching(/^حضور و غیاب، ردیف ۳۲ — دستگاه\s+«سیاه روح \.\.\.» ناتمام به نظر می‌رسد\s+سطر ۵۱$/),
    ]);

    // Every source line shown and numbered; one the draft took nothing from is marked so.
    const lines = panel.locator('.source-lines li');
    expect(await lines.count()).toBe(review.lines.length);
    const left = review.lines.find((l) => l.text.trim() !== '' && !review.used.includes(l.n));
    expect(left).toBeDefined();
    const leftLine = panel.locator(`.source-lines li[data-n="${left!.n}"]`);
    expect(await leftLine.getAttribute('class')).toContain('unused');
    expect(await leftLine.innerText()).toContain('در پیش‌نویس نیامده');
    const usedLine = panel.locator(`.source-lines li[data-n="${review.used[0]}"]`);
    expect(await usedLine.getAttribute('class')).toBeNull();

    // Choosing a doubtful field highlights its source line, scrolled into view.
    await items.nth(1).click();
    const line51 = panel.locator('.source-lines li[data-n="51"]');
    await expect.poll(() => line51.getAttribute('aria-current')).toBe('true');
    expect(await line51.getAttribute('class')).toContain('chosen');
    // In view within the source list and the window, the panel's heading still in view.
    const inView = () =>
      line51.evaluate((li) => {
        const list = li.closest('ol')!.getBoundingClientRect();
        const r = li.getBoundingClientRect();
        return r.top >= list.top && r.bottom <= list.bottom && r.top >= 0 && r.bottom <= window.innerHeight;
      });
    await expect.poll(inView).toBe(true);
    expect(await panel.getByRole('heading', { name: 'بررسی صورتجلسه واردشده' }).isVisible()).toBe(true);
    expect(await line51.innerText()).toContain('سیاه روح');
    await page.screenshot({ path: path.join(screenshots, 'past-minutes-review.png') });

    // An organisation of the attendance made a member of the group in one step.
    const organizations = panel.getByRole('region', { name: /دستگاه‌های غیرعضو/ });
    // By keyboard, as by mouse: Space ticks the focused one.
    await organizations.getByRole('checkbox', { name: /^اداره کل بهزیستی/ }).focus();
    await page.keyboard.press('Space');
    await organizations.getByText('جمعیت هلال احمر', { exact: true }).click();
    await organizations.getByRole('button', { name: 'افزودن ۲ دستگاه به اعضای کارگروه' }).click();
    await organizations.getByRole('heading', { name: 'دستگاه‌های غیرعضو در حضور و غیاب (۳۹)' }).waitFor();
    const groupId = (app.call('sessions.get', { id: sessionId }) as { workingGroupId: string }).workingGroupId;
    const members = (app.call('members.list', { workingGroupId: groupId }) as { organizationName: string }[]).map(
      (m) => m.organizationName,
    );
    expect(members).toEqual(expect.arrayContaining(['اداره کل بهزیستی', 'جمعیت هلال احمر']));
    expect(members).toHaveLength(2);
    expect(await organizations.getByRole('checkbox', { name: /^اداره کل بهزیستی/ }).count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1366);

    await panel.evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await page.screenshot({ path: path.join(screenshots, 'past-minutes-review-end.png') });

    await panel.getByRole('button', { name: 'پذیرفتن پیش‌نویس' }).click();
    await panel.waitFor({ state: 'detached' });
    await page.getByRole('article', { name: 'مصوبه ۱' }).waitFor();
    expect((app.call('pastMinutes.review', { sessionId }) as PastMinutesReview).acceptedAt).not.toBeNull();
    expect(pending()).toHaveLength(1);
  });

  it('opens the other draft from the list of those waiting and accepts it: none waits', async () => {
    await page
      .getByRole('navigation', { name: 'بخش‌ها' })
      .getByRole('button', { name: 'ورود صورتجلسه‌های قبلی' })
      .click();
    const waiting = page.getByRole('region', { name: 'پیش‌نویس‌های واردشده در انتظار بررسی' });
    await waiting.getByRole('button', { name: 'بررسی جلسه ۱۲ سال ۱۳۹۸' }).click();
    const panel = page.getByRole('complementary', { name: 'بررسی صورتجلسه واردشده' });
    await panel.getByText('همه بخش‌ها با اطمینان خوانده شد.').waitFor();
    // Folded away, the editor takes the room; shown again, the review is as it was.
    await panel.getByRole('button', { name: 'پنهان کردن بررسی' }).click();
    await page.getByRole('button', { name: 'نمایش بررسی صورتجلسه واردشده' }).click();
    await panel.getByRole('button', { name: 'پذیرفتن پیش‌نویس' }).click();
    await panel.waitFor({ state: 'detached' });
    expect(pending()).toEqual([]);
    await page
      .getByRole('navigation', { name: 'بخش‌ها' })
      .getByRole('button', { name: 'ورود صورتجلسه‌های قبلی' })
      .click();
    await page.getByText('پیش‌نویس واردشده‌ای در انتظار بررسی نیست.').waitFor();
    // Every file's outcome is still listed after the reviews were opened.
    await expect
      .poll(() => page.getByRole('region', { name: 'نتیجه هر پرونده' }).getByRole('listitem').count())
      .toBe(6);
  });

  it('takes a whole folder into a new working group: its Word and text files read, the others named as skipped', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'dabir-past-'));
    const folder = path.join(dir, 'صورتجلسه‌ها');
    mkdirSync(path.join(folder, '1401'), { recursive: true });
    writeFileSync(
      path.join(folder, '1401', 'hamedan-04.txt'),
      modelToText(sourceModel('variants/hamedan-1401-04-numbered')),
    );
    writeFileSync(path.join(folder, '1401', 'scan.jpg'), Buffer.from([0xff, 0xd8, 0xff, 0xe0]));
    writeFileSync(path.join(folder, 'readme.md'), 'notes');

    await page.getByRole('button', { name: /از متن صورتجلسه/ }).click();
    await page.getByRole('option', { name: 'کارگروه تازه…' }).click();
    // No name typed: nothing is read, and the screen says why.
    const before = pending().length;
    await page.locator('input[type=file][webkitdirectory]').setInputFiles(folder);
    await expect
      .poll(() => page.getByRole('alert').allInnerTexts())
      .toContain('نام کارگروه تازه را بنویسید؛ پرونده‌ای خوانده نشد.');
    expect(pending()).toHaveLength(before);
    await page.getByRole('textbox', { name: 'نام کارگروه تازه' }).fill('کارگروه آزمایشی همدان');
    await expect.poll(() => page.getByRole('alert').count()).toBe(0);
    await page.locator('input[type=file][webkitdirectory]').setInputFiles(folder);

    const progress = page.getByRole('progressbar', { name: 'پیشرفت ورود پرونده‌ها' });
    await expect.poll(() => progress.getAttribute('aria-valuetext'), { timeout: 60_000 }).toBe('۷ از ۷');
    const skipped = page.locator('.past-minutes-skipped li');
    expect((await skipped.allInnerTexts()).sort()).toEqual(['صورتجلسه‌ها/1401/scan.jpg', 'صورتجلسه‌ها/readme.md']);
    const last = page.getByRole('region', { name: 'نتیجه هر پرونده' }).getByRole('listitem').last();
    expect(await last.innerText()).toContain('صورتجلسه‌ها/1401/hamedan-04.txt: کارگروه آزمایشی همدان، جلسه ۴ سال ۱۴۰۱');
    expect(await last.innerText()).toContain('کارگروه تازه ساخته شد');
    expect(pending().map((p) => p.workingGroupName)).toEqual(['کارگروه آزمایشی همدان']);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(screenshots, 'past-minutes-folder.png'), fullPage: true });
    await page
      .locator('.past-minutes-skipped')
      .screenshot({ path: path.join(screenshots, 'past-minutes-skipped.png') });
    await last.screenshot({ path: path.join(screenshots, 'past-minutes-folder-file.png') });
    // The new group is in the working groups' list at once.
    await page
      .getByRole('navigation', { name: 'بخش‌ها' })
      .getByRole('button', { name: 'کارگروه‌ها و جلسه‌ها' })
      .click();
    await page.getByRole('navigation', { name: 'کارگروه‌ها' }).getByText('کارگروه آزمایشی همدان').waitFor();
    rmSync(dir, { recursive: true, force: true });
  });

  it('reads minutes pasted as text into the group chosen, and a file dropped on the screen', async () => {
    await page
      .getByRole('navigation', { name: 'بخش‌ها' })
      .getByRole('button', { name: 'ورود صورتجلسه‌های قبلی' })
      .click();
    await page.getByRole('button', { name: /کارگروه تازه…/ }).click();
    await page.getByRole('option', { name: 'كارگروه تنظيم بازار' }).click();
    await page
      .getByRole('textbox', { name: /متن صورتجلسه را اینجا بچسبانید/ })
      .fill(modelToText(sourceModel('variants/yazd-1402-05-header-table')));
    await page.getByRole('button', { name: 'خواندن متن چسبانده‌شده' }).click();
    const progress = page.getByRole('progressbar', { name: 'پیشرفت ورود پرونده‌ها' });
    await expect.poll(() => progress.getAttribute('aria-valuetext'), { timeout: 60_000 }).toBe('۸ از ۸');
    const results = page.getByRole('region', { name: 'نتیجه هر پرونده' }).getByRole('listitem');
    expect(await results.last().innerText()).toContain('متن چسبانده‌شده ۱: كارگروه تنظيم بازار، جلسه ۵ سال ۱۴۰۲');
    expect(await page.getByRole('textbox', { name: /متن صورتجلسه را اینجا بچسبانید/ }).inputValue()).toBe('');

    // Dropped as from the file manager: Chromium's own drag of a file on disk (DevTools protocol).
    const dir = mkdtempSync(path.join(os.tmpdir(), 'dabir-drop-'));
    const dropped = path.join(dir, 'gilan-288.txt');
    writeFileSync(dropped, modelToText(sourceModel('variants/gilan-1402-288-council-votes')));
    const zone = (await page.locator('.past-minutes-drop').boundingBox())!;
    const at = { x: zone.x + zone.width / 2, y: zone.y + zone.height / 2 };
    const cdp = await page.context().newCDPSession(page);
    for (const type of ['dragEnter', 'dragOver', 'drop'] as const)
      await cdp.send('Input.dispatchDragEvent', {
        type,
        ...at,
        data: { items: [], files: [dropped], dragOperationsMask: 1 },
      });
    await expect.poll(() => progress.getAttribute('aria-valuetext'), { timeout: 60_000 }).toBe('۹ از ۹');
    expect(await results.last().innerText()).toContain('gilan-288.txt: كارگروه تنظيم بازار، جلسه ۲۸۸ سال ۱۴۰۲');
    expect(pending().map((p) => [p.workingGroupName, p.number])).toEqual([
      ['کارگروه آزمایشی همدان', 4],
      ['كارگروه تنظيم بازار', 5],
      ['كارگروه تنظيم بازار', 288],
    ]);
    rmSync(dir, { recursive: true, force: true });
    expect(consoleErrors).toEqual([]);
  });

  it('marks a doubtful resolution in the editor and brings it into view when chosen in the review', async () => {
    const waiting = page.getByRole('region', { name: 'پیش‌نویس‌های واردشده در انتظار بررسی' });
    await waiting.getByRole('button', { name: 'بررسی جلسه ۵ سال ۱۴۰۲' }).click();
    const panel = page.getByRole('complementary', { name: 'بررسی صورتجلسه واردشده' });
    await panel.getByRole('button', { name: /^مصوبه ۴ — مهلت اقدام/ }).click();
    const card = page.getByRole('article', { name: 'مصوبه ۴' });
    expect(await card.getAttribute('data-doubtful')).toBe('true');
    expect(await page.getByRole('article', { name: 'مصوبه ۱' }).getAttribute('data-doubtful')).toBeNull();
    await expect
      .poll(() =>
        card.evaluate((el) => el.getBoundingClientRect().top >= 0 && el.getBoundingClientRect().top < innerHeight),
      )
      .toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
