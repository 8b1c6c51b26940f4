/// <reference lib="dom" />
// A session's invitation, from the session editor of the real minutes (seed 003): the letterhead
// set in place, the office's number and date kept (a bad date refused in Persian, its text kept),
// then the PDF read back with poppler — the true weekday, time, place, every agenda item, one page
// per member organisation, or one letter with every member in «رونوشت» — and the Word copy
// opened by LibreOffice saying the same; `dabir print --invitation` writes the same PDF.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run, type Io } from '../../electron/core/cli/index';
import { screenshots, startApp, type TestApp } from '../helpers/app';
import { seriousViolations } from '../helpers/axe';
import { launchChromium, newPage, openGroups } from '../helpers/browser';
import { fixture } from '../helpers/fixtures';
import { libreOfficePdf, pdfTitle } from '../helpers/libreoffice';
import { pdfFonts, pdfPages, pdfText, squash } from '../helpers/pdf';

const logo = path.resolve(import.meta.dirname, '../fixtures/letterhead/logo.png');
const agenda = [
  'ارائه گزارش عملکرد جلسات کار گروه در سال ۹۸ و تبیین محورهای مهم برنامه سال ۹۹',
  'تبیین طرح پوشش مردم کنار مردم (حمایت از کارگران فصلی آسیب دیده از شیوع بیماری کرونا)',
];

describe('invitation', () => {
  let browser: Browser;
  let app: TestApp;
  let page: Page;
  let sessionId: string;
  let members: string[];
  let dir: string;

  beforeAll(async () => {
    app = await startApp();
    dir = path.dirname(app.file);
    app.call('secretariat.setup', { name: 'دبیرخانه کارگروه‌های استانداری مرکزی', province: 'مرکزی' });
    const imported = app.call('minutes.import', { document: fixture() }) as {
      sessionId: string;
      workingGroupId: string;
    };
    sessionId = imported.sessionId;
    // The seed gives no time: the invitation must say one.
    app.call('sessions.update', { id: sessionId, startTime: '09:00', endTime: '11:00' });
    members = (
      app.call('members.list', { workingGroupId: imported.workingGroupId }) as { organizationName: string }[]
    ).map((m) => m.organizationName);
    browser = await launchChromium();
    page = await newPage(browser, { width: 1366, height: 768 });
    await openGroups(page, app.host.url);
    await page.getByRole('button', { name: 'جلسه ۱ سال ۱۳۹۹' }).click();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  async function looked(name: string) {
    expect(await page.evaluate(() => document.documentElement.scrollWidth), name).toBeLessThanOrEqual(1366);
    expect(await seriousViolations(page), name).toEqual([]);
    await page.locator('.invitation-panel').screenshot({ path: path.join(screenshots, `${name}.png`) });
  }

  async function download(button: string, file: string): Promise<string> {
    const [d] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
    const saved = path.join(dir, file);
    await d.saveAs(saved);
    return saved;
  }

  /** One letter's text holds the date with its weekday, the time, the place and every agenda item. */
  function expectLetter(text: string) {
    const s = squash(text);
    expect(s).toContain(squash('سه‌شنبه ۲ اردیبهشت ۱۳۹۹'));
    expect(s).toContain(squash('ساعت ۰۹:۰۰ تا ۱۱:۰۰'));
    expect(s).toContain(squash('سالن جلسات طبقه چهارم استانداری'));
    expect(s).toContain(squash('دعوت به اولین جلسه کار گروه تخصصی امور اجتماعی، فرهنگی، سلامت، زنان و خانواده'));
    for (const item of agenda) expect(s).toContain(squash(item));
    expect(s).toContain(squash('حضور'));
    expect(s).toContain(squash('سجادی'));
    expect(s).toContain(squash('۱۲۳/د/۹۹'));
    expect(s).toContain(squash('۱۳۹۹/۰۱/۲۸'));
  }

  it('sets the letterhead in place, keeps the number and date, refuses a bad date keeping its text', async () => {
    await page.getByText('دعوتنامه', { exact: true }).click();
    const panel = page.locator('.invitation-panel');
    await panel.getByText('سربرگ دبیرخانه هنوز تنظیم نشده است', { exact: false }).waitFor();
    await panel.getByText('تنظیم سربرگ', { exact: true }).click();
    await panel
      .getByRole('textbox', { name: 'سرعنوان (هر سطر در یک خط)' })
      .fill('استانداری مرکزی\nدبیرخانه کارگروه تخصصی امور اجتماعی');
    await panel.locator('input[type=file]').setInputFiles(logo);
    await panel.getByRole('button', { name: 'ذخیره سربرگ' }).click();
    // Once set, the note goes: the invitation is read again with the letterhead.
    await panel.getByText('سربرگ دبیرخانه هنوز تنظیم نشده است', { exact: false }).waitFor({ state: 'detached' });
    expect((app.call('letterhead.get', {}) as { logo: unknown }).logo).not.toBeNull();

    await panel.getByRole('textbox', { name: 'شماره نامه' }).fill('۱۲۳/د/۹۹');
    const date = panel.getByRole('textbox', { name: 'تاریخ نامه' });
    await date.fill('۱۳۹۹/۱۳/۰۱');
    await panel.getByRole('button', { name: 'ذخیره شماره و تاریخ' }).click();
    await panel.getByText('تاریخ معتبری در تقویم شمسی نیست', { exact: false }).waitFor();
    expect(await date.inputValue()).toBe('۱۳۹۹/۱۳/۰۱');
    expect(await date.getAttribute('aria-invalid')).toBe('true');
    expect((app.call('invitations.printable', { sessionId }) as { mark: unknown }).mark).toBeNull();

    await date.fill('۱۳۹۹/۱/۲۸');
    await panel.getByRole('button', { name: 'ذخیره شماره و تاریخ' }).click();
    await panel.getByRole('status').getByText('شماره و تاریخ دعوتنامه ذخیره شد').waitFor();
    expect((app.call('invitations.printable', { sessionId }) as { mark: unknown }).mark).toEqual({
      number: '۱۲۳/د/۹۹',
      date: '1399/01/28',
      mode: 'each',
    });
    expect(await date.inputValue()).toBe('۱۳۹۹/۰۱/۲۸');
    expect(await panel.getByRole('radio', { name: /یک نامه برای هر دستگاه عضو/ }).isChecked()).toBe(true);
    await looked('invitation');
  });

  it('prints one letter per member organisation, each on its own page, on the letterhead', async () => {
    const file = await download('دعوتنامه PDF', 'invitation-each.pdf');
    expect(pdfPages(file)).toBe(members.length);
    expect(pdfTitle(file)).toBe(
      'دعوتنامه اولین جلسه کار گروه تخصصی امور اجتماعی، فرهنگی، سلامت، زنان و خانواده استان مرکزی در سال ۱۳۹۹',
    );
    expect(pdfFonts(file).every((f) => f.embedded)).toBe(true);
    members.forEach((m, i) => {
      const text = pdfText(file, i + 1);
      expect(squash(text), m).toContain(squash(`به: ${m}`));
      expectLetter(text);
      expect(squash(text)).toContain(squash('استانداری مرکزی'));
      expect(squash(text)).not.toContain(squash('رونوشت'));
    });
    keep(file, 'invitation-each');
  });

  it('prints one letter with every member in «رونوشت», the mode kept as chosen', async () => {
    const panel = page.locator('.invitation-panel');
    await panel.getByRole('radio', { name: 'یک نامه با رونوشت به همه اعضا' }).check();
    await expect
      .poll(() => (app.call('invitations.printable', { sessionId }) as { mark: { mode: string } }).mark.mode)
      .toBe('copies');
    const file = await download('دعوتنامه PDF', 'invitation-copies.pdf');
    const text = squash(Array.from({ length: pdfPages(file) }, (_, i) => pdfText(file, i + 1)).join('\n'));
    // Forty members in two columns: the letter and its «رونوشت» on one page.
    expect(pdfPages(file)).toBe(1);
    expect(text).toContain(squash('اعضای محترم کار گروه تخصصی'));
    expect(text).toContain(squash('رونوشت'));
    for (const m of members) expect(text, m).toContain(squash(m));
    expectLetter(text);
    keep(file, 'invitation-copies');
  });

  it('saves a Word copy that LibreOffice opens with the same letters', async () => {
    const copies = await download('دعوتنامه Word', 'invitation-copies.docx');
    const panel = page.locator('.invitation-panel');
    await panel.getByRole('radio', { name: /یک نامه برای هر دستگاه عضو/ }).check();
    await expect
      .poll(() => (app.call('invitations.printable', { sessionId }) as { mark: { mode: string } }).mark.mode)
      .toBe('each');
    const each = await download('دعوتنامه Word', 'invitation-each.docx');
    const out = path.join(dir, 'lo');
    mkdirSync(out, { recursive: true });
    const { pdfs } = await libreOfficePdf([copies, each], out);
    const [copiesPdf, eachPdf] = pdfs as [string, string];
    keep(eachPdf, 'invitation-word-each');
    keep(copiesPdf, 'invitation-word-copies');
    const copiesText = Array.from({ length: pdfPages(copiesPdf) }, (_, i) => pdfText(copiesPdf, i + 1)).join('\n');
    expectLetter(copiesText);
    // Line by line: squashed whole, «احوال» and the «اداره …» after it would read as a lam-alef.
    const copiesLines = copiesText.split('\n').map(squash);
    for (const m of members) expect(copiesLines, m).toContain(squash(`- ${m}`));
    expect(pdfPages(eachPdf)).toBe(members.length);
    members.forEach((m, i) => {
      const text = pdfText(eachPdf, i + 1);
      expect(squash(text), m).toContain(squash(`به: ${m}`));
      expectLetter(text);
    });
  }, 120_000);

  it('says on screen that a session without agenda is invited to without one', async () => {
    const later = app.call('sessions.create', {
      workingGroupId: (app.call('sessions.get', { id: sessionId }) as { workingGroupId: string }).workingGroupId,
      date: '1399/03/05',
    }) as { id: string; number: number };
    expect(later.number).toBe(2);
    // Made behind the screen's back: the list is read afresh.
    await page.reload();
    await page.getByRole('button', { name: 'کارگروه‌ها و جلسه‌ها' }).click();
    await page
      .getByRole('button', { name: /جلسه ۲ سال ۱۳۹۹|بازگشت به جلسه‌ها/ })
      .first()
      .waitFor();
    const back = page.getByRole('button', { name: 'بازگشت به جلسه‌ها' });
    if (await back.isVisible()) await back.click();
    await page.getByRole('button', { name: 'جلسه ۲ سال ۱۳۹۹' }).click();
    await page.getByText('دعوتنامه', { exact: true }).click();
    const panel = page.locator('.invitation-panel');
    await panel.getByText('این جلسه هنوز دستور کاری ندارد', { exact: false }).waitFor();
    const text = pdfText(await download('دعوتنامه PDF', 'invitation-no-agenda.pdf'), 1);
    expect(squash(text)).toContain(squash('دوشنبه ۵ خرداد ۱۳۹۹'));
    expect(squash(text)).not.toContain(squash('دستور کار جلسه'));
  });

  it('is written by dabir print --invitation, in the mode kept or with --copies', async () => {
    const err: string[] = [];
    const io: Io = { out: () => undefined, err: (l) => err.push(l) };
    const each = path.join(dir, 'cli-each.pdf');
    expect(await run(['print', '1399/1', '--invitation', '--db', app.file, '--out', each], io), err.join('\n')).toBe(0);
    expect(pdfPages(each)).toBe(members.length);
    expectLetter(pdfText(each, 1));
    const copies = path.join(dir, 'cli-copies.pdf');
    expect(
      await run(['print', '1399/1', '--invitation', '--copies', '--db', app.file, '--out', copies], io),
      err.join('\n'),
    ).toBe(0);
    expect(squash(pdfText(copies))).toContain(squash('رونوشت'));
    expect(pdfPages(copies)).toBeLessThan(members.length);
  }, 60_000);
});

/** Kept for a person to look at: the PDF and its first page's image, in test-results/. */
function keep(file: string, name: string) {
  mkdirSync(screenshots, { recursive: true });
  copyFileSync(file, path.join(screenshots, `${name}.pdf`));
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    '70',
    '-f',
    '1',
    '-l',
    '1',
    '-singlefile',
    file,
    path.join(screenshots, name),
  ]);
}
