/// <reference lib="dom" />
// Letters to responsible bodies, as the secretary uses them in Chromium: the fixture session
// finalised lists one notification letter per responsible organisation; a number and date typed
// are kept across a reload (a bad date refused in Persian, the text kept); the PDF holds one
// organisation a page with its resolutions and due dates in Persian digits; the Word copy, opened
// by LibreOffice, says the same; a resolution's follow-up log shows the letter; the «نامه‌ها»
// screen writes the overdue letters of a later day; and `dabir print --letters / --overdue-letters`.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run, type Io } from '../../electron/core/cli/index';
import { screenshots, startApp, type TestApp } from '../helpers/app';
import { seriousViolations } from '../helpers/axe';
import { launchChromium, newPage, openGroups } from '../helpers/browser';
import { fixture } from '../helpers/fixtures';
import { libreOfficePdf, pageImages, pdfTitle } from '../helpers/libreoffice';
import { pdfPages, pdfText, squash } from '../helpers/pdf';

const logo = path.resolve(import.meta.dirname, '../fixtures/letterhead/logo.png');
const group = 'کار گروه تخصصی امور اجتماعی، فرهنگی، سلامت، زنان و خانواده';
/** The fixture's responsible bodies, in the order their resolutions come. */
const bodies = [
  'دبیرخانه کتاب',
  'اعضای کارگروه',
  'کمیته امداد امام خمینی (ره)',
  'بهزیستی',
  'بنیاد شهید و امور ایثارگران',
  'دستگاه های اجرایی مرتبط',
  'دستگاه های عضو کارگروه',
];

describe('letters to responsible bodies', () => {
  let browser: Browser;
  let app: TestApp;
  let sessionId: string;
  let resolutions: { id: string; row: number; body: string }[];

  beforeAll(async () => {
    app = await startApp();
    app.call('secretariat.setup', { name: 'دبیرخانه کارگروه‌های استانداری مرکزی', province: 'مرکزی' });
    ({ sessionId } = app.call('minutes.import', { document: fixture() }) as { sessionId: string });
    app.call('letterhead.set', {
      heading: 'استانداری مرکزی\nدبیرخانه کارگروه تخصصی امور اجتماعی و فرهنگی',
      logo: readFileSync(logo).toString('base64'),
    });
    resolutions = (app.call('sessions.get', { id: sessionId }) as { resolutions: typeof resolutions }).resolutions;
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  async function looked(page: Page, name: string) {
    expect(await page.evaluate(() => document.documentElement.scrollWidth), name).toBeLessThanOrEqual(1366);
    expect(await seriousViolations(page), name).toEqual([]);
    await page.screenshot({ path: path.join(screenshots, `${name}.png`), fullPage: true });
  }

  async function download(page: Page, button: ReturnType<Page['getByRole']>): Promise<string> {
    const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
    const saved = path.join(path.dirname(app.file), file.suggestedFilename());
    await file.saveAs(saved);
    return saved;
  }

  /** Page n of a letters PDF is the letter to `body`, and to no other. */
  function expectLetterPage(file: string, n: number, body: string, others: string[]) {
    const text = squash(pdfText(file, n));
    expect(text, `page ${n}`).toContain(squash(`به: ${body}`));
    for (const o of others.filter((x) => x !== body)) expect(text, `page ${n}`).not.toContain(squash(`به: ${o}`));
    return text;
  }

  const body = (row: number) => resolutions.find((r) => r.row === row)!.body;
  /**
   * The resolutions' column of a page, read alone: pdftotext reads a table's row across its cells
   * line by line, so a body of several lines reads whole only in its own column. Printed: right of
   * the due date (24 mm) and deadline (22 mm) beside the 14 mm margin; in Word, 59% of the width.
   */
  const bodyColumn = (file: string, page: number, word = false) =>
    letters(pdfText(file, page, word ? { leftMm: 72, widthMm: 107 } : { leftMm: 60, widthMm: 126 }));
  /** Without digits too: pdftotext reads a run of numbers in a right-to-left line in either order. */
  const letters = (s: string) => squash(s).replace(/[0-9۰-۹]/g, '');

  it('lists a notification letter per responsible body once final; number and date are kept across a reload', async () => {
    const page = await newPage(browser, { width: 1366, height: 768 });
    await openGroups(page, app.host.url);
    await page.getByRole('button', { name: 'جلسه ۱ سال ۱۳۹۹' }).click();
    // A draft has no letters yet.
    await page.getByRole('heading', { name: 'جلسه ۱ سال ۱۳۹۹' }).waitFor();
    expect(await page.getByRole('region', { name: 'نامه‌های ابلاغ مصوبات' }).count()).toBe(0);
    app.call('sessions.finalize', { id: sessionId });
    await page.reload();
    await page.getByRole('button', { name: 'کارگروه‌ها و جلسه‌ها' }).click();
    await page.getByRole('button', { name: 'جلسه ۱ سال ۱۳۹۹' }).click();
    const panel = page.getByRole('region', { name: 'نامه‌های ابلاغ مصوبات' });
    await panel.waitFor();
    const rows = panel.getByRole('listitem');
    // The panel is there before its letters are read.
    await expect.poll(() => rows.count()).toBe(bodies.length);
    expect(await rows.locator('strong').allTextContents()).toEqual(bodies);
    const members = rows.filter({ has: page.getByText('دستگاه های عضو کارگروه', { exact: true }) });
    expect(await members.textContent()).toContain('۲ مصوبه');

    // A date that is not one: refused in Persian beside the field, what was typed stays.
    await members.getByRole('textbox', { name: 'شماره نامه' }).fill('۱۲۳/ص');
    await members.getByRole('textbox', { name: 'تاریخ نامه' }).fill('۱۳۹۹/۱۳/۰۱');
    await members.getByRole('button', { name: 'ثبت شماره و تاریخ' }).click();
    await members.getByText('تاریخ معتبری در تقویم شمسی نیست').waitFor();
    expect(await members.getByRole('textbox', { name: 'شماره نامه' }).inputValue()).toBe('۱۲۳/ص');
    expect(await members.getByRole('textbox', { name: 'تاریخ نامه' }).inputValue()).toBe('۱۳۹۹/۱۳/۰۱');
    await members.getByRole('textbox', { name: 'تاریخ نامه' }).fill('۱۳۹۹/۲/۱۰');
    await members.getByRole('button', { name: 'ثبت شماره و تاریخ' }).click();
    await members.getByRole('status').getByText('ثبت شد').waitFor();
    await looked(page, 'letters');

    await page.reload();
    await page.getByRole('button', { name: 'کارگروه‌ها و جلسه‌ها' }).click();
    await page.getByRole('button', { name: 'جلسه ۱ سال ۱۳۹۹' }).click();
    const again = page
      .getByRole('region', { name: 'نامه‌های ابلاغ مصوبات' })
      .getByRole('listitem')
      .filter({ has: page.getByText('دستگاه های عضو کارگروه', { exact: true }) });
    await again.waitFor();
    expect(await again.getByRole('textbox', { name: 'شماره نامه' }).inputValue()).toBe('۱۲۳/ص');
    expect(await again.getByRole('textbox', { name: 'تاریخ نامه' }).inputValue()).toBe('۱۳۹۹/۰۲/۱۰');
    await page.close();
  });

  it('prints every letter in one PDF, one body a page, with its resolutions and due dates in Persian digits', async () => {
    const page = await newPage(browser, { width: 1366, height: 768 });
    await openGroups(page, app.host.url);
    await page.getByRole('button', { name: 'جلسه ۱ سال ۱۳۹۹' }).click();
    const file = await download(page, page.getByRole('button', { name: 'همه نامه‌ها در یک PDF' }));
    expect(path.basename(file)).toBe('ابلاغ-مصوبات-1399-01.pdf');
    expect(pdfPages(file)).toBe(bodies.length);
    expect(pdfTitle(file)).toContain('نامه ابلاغ مصوبات جلسه شماره ۱ مورخ ۱۳۹۹/۰۲/۰۲');
    bodies.forEach((b, i) => expectLetterPage(file, i + 1, b, bodies));
    const first = expectLetterPage(file, 1, bodies[0]!, bodies);
    expect(bodyColumn(file, 1)).toContain(letters(body(1)));
    expect(first).toContain(squash('۱۳۹۹/۰۲/۱۲'));
    expect(first).toContain(squash('۱۰ روز'));
    expect(first).toContain(squash(`موضوع: ابلاغ مصوبات جلسه شماره ۱ مورخ ۱۳۹۹/۰۲/۰۲ ${group}`));
    expect(first).toContain(squash('با سلام و احترام'));
    expect(first).toContain(squash('استانداری مرکزی'));
    expect(first).toContain(squash('سجادی'));
    // No Latin digits in a letter's own words: the dates are Persian.
    expect(pdfText(file, 1)).not.toMatch(/1399/);
    const members = expectLetterPage(file, 7, 'دستگاه های عضو کارگروه', bodies);
    expect(bodyColumn(file, 7)).toContain(letters(body(4)));
    expect(bodyColumn(file, 7)).toContain(letters(body(5)));
    expect(bodyColumn(file, 7)).not.toContain(letters(body(1)));
    // Its kept number and date in the head, row 4's due date («فوری»: the group's days after the session).
    expect(members).toContain(squash('شماره: ۱۲۳/ص'));
    expect(members).toContain(squash('تاریخ: ۱۳۹۹/۰۲/۱۰'));
    expect(members).toContain(squash('۱۳۹۹/۰۲/۰۵'));
    pageImages(file, 'letters-notification', 70);

    // One body's letter alone, and its Word copy as LibreOffice opens it.
    const row = page
      .getByRole('region', { name: 'نامه‌های ابلاغ مصوبات' })
      .getByRole('listitem')
      .filter({ has: page.getByText('دستگاه های عضو کارگروه', { exact: true }) });
    const one = await download(page, row.getByRole('button', { name: 'PDF نامه دستگاه های عضو کارگروه' }));
    expect(path.basename(one)).toBe('ابلاغ-مصوبات-1399-01-دستگاه-های-عضو-کارگروه.pdf');
    expect(pdfPages(one)).toBe(1);
    const word = await download(page, row.getByRole('button', { name: 'Word نامه دستگاه های عضو کارگروه' }));
    expect(path.basename(word)).toBe('ابلاغ-مصوبات-1399-01-دستگاه-های-عضو-کارگروه.docx');
    const [converted] = (await libreOfficePdf([word], path.join(path.dirname(app.file), 'lo'))).pdfs;
    const text = squash(pdfText(converted!));
    for (const part of [
      'به: دستگاه های عضو کارگروه',
      `موضوع: ابلاغ مصوبات جلسه شماره ۱ مورخ ۱۳۹۹/۰۲/۰۲ ${group}`,
      '۱۳۹۹/۰۲/۰۵',
      'شماره: ۱۲۳/ص',
      'تاریخ: ۱۳۹۹/۰۲/۱۰',
      'مهلت اقدام',
      'تاریخ سررسید',
      'سجادی',
      'استانداری مرکزی',
    ])
      expect(text, part).toContain(squash(part));
    for (const row of [4, 5]) expect(bodyColumn(converted!, 1, true)).toContain(letters(body(row)));
    pageImages(converted!, 'letters-word-libreoffice', 70);
    await page.close();
  }, 120_000);

  it('shows the letter in the follow-up log of each resolution it covered', async () => {
    const page = await newPage(browser, { width: 1366, height: 768 });
    await page.goto(app.host.url);
    await page.getByRole('button', { name: 'مصوبات باز' }).click();
    const r4 = resolutions.find((r) => r.row === 4)!;
    const row = page.locator(`table.board tbody tr[data-id="${r4.id}"]`);
    await row.dblclick();
    const panel = page.locator('.follow-up-panel');
    await panel.getByText('نامه ابلاغ شماره ۱۲۳/ص مورخ ۱۳۹۹/۰۲/۱۰ — دستگاه های عضو کارگروه').waitFor();
    await looked(page, 'letters-follow-up-log');
    await page.close();
  });

  it('writes the follow-up letters of a later day from the «نامه‌ها» screen, a bad day refused', async () => {
    const page = await newPage(browser, { width: 1366, height: 768 });
    await page.goto(app.host.url);
    await page.getByRole('button', { name: 'نامه‌ها' }).click();
    const day = page.getByRole('textbox', { name: 'سررسیدگذشته تا تاریخ' });
    await day.fill('۱۳۹۹/۱۳/۱۰');
    await page.getByRole('alert').getByText('تاریخ معتبری در تقویم شمسی نیست').waitFor();
    await day.fill('۱۳۹۹/۰۳/۱۰');
    const region = page.getByRole('region', { name: 'نامه‌های پیگیری مصوبات سررسیدگذشته' });
    const rows = region.getByRole('listitem');
    // Row 4 (due ۱۳۹۹/۰۲/۰۵), row 1 (۱۳۹۹/۰۲/۱۲) and row 2 (۱۳۹۹/۰۳/۰۲) are overdue; 3 and 5 are continuous.
    const overdue = ['دستگاه های عضو کارگروه', ...bodies.slice(0, 5)];
    await expect.poll(() => rows.locator('strong').allTextContents()).toEqual(overdue);
    const first = rows.first();
    await first.getByRole('textbox', { name: 'شماره نامه' }).fill('۴۵۶');
    await first.getByRole('textbox', { name: 'تاریخ نامه' }).fill('۱۳۹۹/۰۳/۱۱');
    await first.getByRole('button', { name: 'ثبت شماره و تاریخ' }).click();
    await first.getByRole('status').waitFor();
    await looked(page, 'letters-overdue');
    const file = await download(page, region.getByRole('button', { name: 'همه نامه‌ها در یک PDF' }));
    expect(path.basename(file)).toBe('پیگیری-مصوبات-1399-03-10.pdf');
    expect(pdfPages(file)).toBe(overdue.length);
    overdue.forEach((b, i) => expectLetterPage(file, i + 1, b, overdue));
    const text = expectLetterPage(file, 2, 'دبیرخانه کتاب', overdue);
    expect(text).toContain(squash(`موضوع: پیگیری مصوبات ${group}`));
    expect(text).toContain(squash('روز تأخیر'));
    // Row 1, due ۱۳۹۹/۰۲/۱۲: ۲۹ days late on ۱۳۹۹/۰۳/۱۰; a report asked for by ten days on.
    expect(text).toContain(squash('۱۳۹۹/۰۲/۱۲'));
    expect(text).toContain(squash('۲۹'));
    expect(text).toContain(squash('تا تاریخ ۱۳۹۹/۰۳/۲۰'));
    const members = expectLetterPage(file, 1, 'دستگاه های عضو کارگروه', overdue);
    expect(members).toContain(squash('شماره: ۴۵۶'));
    expect(members).toContain(squash('تا تاریخ ۱۳۹۹/۰۳/۲۱'));
    pageImages(file, 'letters-follow-up', 70);
    // The follow-up letter joins the log of the resolution it covered.
    const r4 = resolutions.find((r) => r.row === 4)!;
    expect(app.call('letters.ofResolution', { resolutionId: r4.id })).toMatchObject([
      { kind: 'notification', number: '۱۲۳/ص' },
      { kind: 'follow_up', number: '۴۵۶', date: '1399/03/11' },
    ]);
    await page.close();
  }, 60_000);

  it('dabir print --letters and --overdue-letters write one file per body, as PDF or Word', async () => {
    const err: string[] = [];
    const out: string[] = [];
    const io: Io = { out: (l) => out.push(l), err: (l) => err.push(l) };
    const dir = path.join(path.dirname(app.file), 'cli-letters');
    expect(await run(['print', '1399/1', '--letters', '--db', app.file, '--out', dir], io), err.join('\n')).toBe(0);
    const pdfs = readdirSync(dir).sort();
    expect(pdfs).toHaveLength(bodies.length);
    expect(pdfs).toContain('ابلاغ-مصوبات-1399-01-کمیته-امداد-امام-خمینی-(ره).pdf');
    for (const f of pdfs) expect(pdfPages(path.join(dir, f))).toBe(1);
    const one = path.join(dir, 'ابلاغ-مصوبات-1399-01-بهزیستی.pdf');
    expect(bodyColumn(one, 1)).toContain(letters(body(2)));

    const followUps = path.join(path.dirname(app.file), 'cli-follow-up');
    const args = ['print', '--overdue-letters', '--group', group, '--today', '۱۳۹۹/۰۳/۱۰', '--word'];
    expect(await run([...args, '--db', app.file, '--out', followUps], io), err.join('\n')).toBe(0);
    const docs = readdirSync(followUps).sort();
    expect(docs).toHaveLength(6);
    expect(docs.every((d) => d.startsWith('پیگیری-مصوبات-1399-03-10-') && d.endsWith('.docx'))).toBe(true);
  }, 90_000);
});
