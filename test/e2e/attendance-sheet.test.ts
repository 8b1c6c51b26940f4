/// <reference lib="dom" />
// The attendance sheet signed during the session, as PDF: saved from the session editor
// («برگه حضور و غیاب») and written by `dabir print SESSION --attendance-sheet`; read back with
// poppler, it holds the session's title and date, the columns, and every member in order.
import { copyFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run, type Io } from '../../electron/core/cli/index';
import { screenshots, startApp, type TestApp } from '../helpers/app';
import { seriousViolations } from '../helpers/axe';
import { launchChromium, newPage, openGroups } from '../helpers/browser';
import { fixture } from '../helpers/fixtures';
import { pdfFlowText, pdfImages, squash } from '../helpers/pdf';

describe('attendance sheet', () => {
  let browser: Browser;
  let app: TestApp;
  let members: string[];

  beforeAll(async () => {
    app = await startApp();
    app.call('secretariat.setup', { name: 'دبیرخانه', province: 'مرکزی' });
    const imported = app.call('minutes.import', { document: fixture() }) as { workingGroupId: string };
    members = (
      app.call('members.list', { workingGroupId: imported.workingGroupId }) as { organizationName: string }[]
    ).map((m) => m.organizationName);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  /** The sheet's text holds the heading, the columns, and each member after the one before. */
  function expectSheet(file: string) {
    expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
    const text = squash(pdfFlowText(file));
    expect(text).toContain(
      squash(
        'برگه حضور و غیاب اولین جلسه کار گروه تخصصی امور اجتماعی، فرهنگی، سلامت، زنان و خانواده استان مرکزی در سال ۱۳۹۹',
      ),
    );
    expect(text).toContain(squash('تاریخ جلسه: ۱۳۹۹/۰۲/۰۲'));
    for (const column of ['ردیف', 'دستگاه', 'نام و نام خانوادگی', 'امضا']) expect(text).toContain(squash(column));
    let at = 0;
    for (const m of members) {
      const found = text.indexOf(squash(m), at);
      expect(found, m).toBeGreaterThanOrEqual(at);
      at = found + squash(m).length;
    }
    expect(members.length).toBeGreaterThan(30);
  }

  it('is saved from the session editor before the session starts', async () => {
    const page = await newPage(browser, { width: 1366, height: 768 });
    await openGroups(page, app.host.url);
    await page.getByRole('button', { name: 'جلسه ۱ سال ۱۳۹۹' }).click();
    const button = page.getByRole('button', { name: 'برگه حضور و غیاب' });
    await button.waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    expect(download.suggestedFilename()).toBe('برگه-حضور-1399-01.pdf');
    const file = path.join(path.dirname(app.file), download.suggestedFilename());
    await download.saveAs(file);
    expectSheet(file);
    copyFileSync(file, path.join(screenshots, 'attendance-sheet.pdf'));
    pdfImages(file, path.join(screenshots, 'attendance-sheet'), 50);
    await page.close();
  });

  it('is written by dabir print --attendance-sheet, and refused as Word', async () => {
    const err: string[] = [];
    const io: Io = { out: () => undefined, err: (l) => err.push(l) };
    const file = path.join(path.dirname(app.file), 'sheet-cli.pdf');
    expect(
      await run(['print', '1399/1', '--attendance-sheet', '--db', app.file, '--out', file], io),
      err.join('\n'),
    ).toBe(0);
    expectSheet(file);
    err.length = 0;
    const docx = path.join(path.dirname(app.file), 'sheet.docx');
    expect(await run(['print', '1399/1', '--attendance-sheet', '--db', app.file, '--out', docx], io)).not.toBe(0);
    expect(err.join('\n')).toContain('برگه حضور و غیاب تنها PDF است');
  });
});
