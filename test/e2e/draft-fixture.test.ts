/// <reference lib="dom" />
// A new secretary types the real Markazi minutes by hand, from first run to signatories, in
// Chromium; then `dabir export` of that session equals the fixture (apart from ids and due dates).
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshots, startApp, type TestApp } from '../helpers/app';
import { launchChromium, newPage } from '../helpers/browser';
import { fixture } from '../helpers/fixtures';

const bin = path.resolve(import.meta.dirname, '../../bin/dabir.mjs');
const statusLabel: Record<string, string> = { present: 'حاضر', deputy: 'معاون', representative: 'نماینده' };
const kindLabel: Record<string, string> = {
  days: 'روز',
  weeks: 'هفته',
  months: 'ماه',
  continuous: 'مستمر',
  immediate: 'فوری',
};

describe('drafting the real minutes by hand', () => {
  let browser: Browser;
  let app: TestApp;
  const doc = fixture();
  const s = doc.session;

  beforeAll(async () => {
    app = await startApp();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  const saved = (page: Page) => page.getByRole('status').filter({ hasText: 'همه تغییرات ذخیره شده است' }).waitFor();
  const enter = async (page: Page, name: string, text: string) => {
    const box = page.getByRole('textbox', { name }).or(page.getByRole('combobox', { name }));
    await box.fill(text);
    await box.press('Enter');
    await expect.poll(() => box.inputValue()).toBe('');
  };

  it('types the whole session and exports the fixture', async () => {
    const page = await newPage(browser, { width: 1280, height: 1000 });
    await page.goto(app.host.url);

    // First run.
    await page.getByRole('textbox', { name: 'نام دبیرخانه' }).fill('دبیرخانه کارگروه‌های استانداری مرکزی');
    await page.getByRole('textbox', { name: 'استان' }).fill(doc.workingGroup.province);
    await page.getByRole('textbox', { name: 'نام کارگروه' }).fill(doc.workingGroup.name);
    await page.getByRole('textbox', { name: 'دستگاه برگزارکننده' }).fill(doc.workingGroup.organization);
    await page.getByRole('button', { name: 'شروع کار' }).click();

    // The 40 member organisations, in the order of the minutes.
    await page.getByRole('button', { name: 'تنظیمات کارگروه' }).click();
    for (const a of s.attendance) await enter(page, 'افزودن دستگاه عضو', a.organization);
    await page.getByRole('heading', { name: 'دستگاه‌های عضو (۴۰)' }).waitFor();
    await page.getByRole('button', { name: 'بازگشت به جلسه‌ها' }).click();

    // A new session, moved to the minutes' date: it becomes session 1 of 1399.
    await page.getByRole('button', { name: 'جلسه جدید' }).click();
    await page.getByRole('textbox', { name: 'تاریخ جلسه' }).fill('۱۳۹۹/۰۲/۰۲');
    await page.getByRole('heading', { name: 'جلسه ۱ سال ۱۳۹۹' }).waitFor();
    await page.getByRole('textbox', { name: 'مکان' }).fill(s.location);
    await page.getByRole('combobox', { name: 'رئیس جلسه' }).fill(s.chair.name);
    await page.getByRole('textbox', { name: 'سمت رئیس' }).fill(s.chair.title);
    await page.getByRole('combobox', { name: 'دبیر جلسه' }).fill(s.secretary.name);
    await page.getByRole('textbox', { name: 'سمت دبیر' }).fill(s.secretary.title);

    for (const item of s.agenda) await enter(page, 'دستور کار تازه (Enter برای افزودن)', item);

    for (const [i, d] of s.discussion.entries()) {
      const n = (i + 1).toLocaleString('fa-IR');
      await page.getByRole('button', { name: 'افزودن سخنران' }).click();
      if (d.speaker.name) await page.getByRole('combobox', { name: `نام سخنران ${n}` }).fill(d.speaker.name);
      await page.getByRole('textbox', { name: `سمت سخنران ${n}` }).fill(d.speaker.title);
      for (const p of d.points) await enter(page, `مطلب تازه (Enter برای افزودن) — سخنران ${n}`, p);
    }

    for (const r of s.resolutions) {
      const n = r.row.toLocaleString('fa-IR');
      // The third body is typed half in the new-resolution box, half key by key in its own box,
      // and the page reloads right after the last key: every character must come back.
      const cut = r.row === 3 ? Math.floor(r.body.length / 2) : r.body.length;
      await page.getByRole('textbox', { name: 'مفاد مصوبه تازه' }).fill(r.body.slice(0, cut));
      await page.getByRole('button', { name: 'افزودن مصوبه' }).click();
      const card = page.getByRole('article', { name: `مصوبه ${n}` });
      await card.waitFor();
      if (cut < r.body.length) {
        await card.getByRole('textbox', { name: `مفاد — مصوبه ${n}` }).click();
        await page.keyboard.press('Control+End');
        await page.keyboard.type(r.body.slice(cut));
        await page.reload();
        await page.getByRole('button', { name: 'کارگروه‌ها و جلسه‌ها' }).click();
        await page.getByRole('button', { name: 'جلسه ۱ سال ۱۳۹۹' }).click();
        expect(await card.getByRole('textbox', { name: `مفاد — مصوبه ${n}` }).inputValue()).toBe(r.body);
      }
      if (r.title) await card.getByRole('textbox', { name: `عنوان — مصوبه ${n}` }).fill(r.title);
      await page.getByRole('button', { name: new RegExp(`مهلت اقدام — مصوبه ${n}`) }).click();
      await page.getByRole('option', { name: kindLabel[r.deadline.kind], exact: true }).click();
      if ('value' in r.deadline) {
        const count = card.getByRole('textbox', { name: /^تعداد (روز|هفته|ماه)$/ });
        await count.fill(String(r.deadline.value));
        await count.press('Tab');
      }
      for (const who of r.responsible) await enter(page, `افزودن مسئول پیگیری — مصوبه ${n}`, who);
      // The picker's list stays open while it has the focus; Escape closes it, as a secretary would.
      await page.getByRole('combobox', { name: `افزودن مسئول پیگیری — مصوبه ${n}` }).press('Escape');
    }

    for (const a of s.attendance.filter((x: { status: string }) => x.status !== 'absent')) {
      await page
        .getByRole('button', { name: new RegExp(`وضعیت — ${a.organization.replace(/[()]/g, '\\$&')}$`) })
        .click();
      await page.getByRole('option', { name: statusLabel[a.status], exact: true }).click();
      if (a.person) await page.getByRole('combobox', { name: `نام شخص — ${a.organization}` }).fill(a.person);
    }
    await page.getByRole('heading', { name: 'غایبین (۱۴ دستگاه)' }).waitFor();

    for (const g of s.signatories) {
      await enter(page, 'امضاکننده تازه (Enter برای افزودن)', g.name);
      await page.getByRole('textbox', { name: 'سمت امضاکننده ۱' }).fill(g.title);
    }
    await saved(page);
    await page.screenshot({ path: path.join(screenshots, 'draft-fixture.png'), fullPage: true });

    const { stdout } = await promisify(execFile)(process.execPath, [bin, 'export', '1399/1', '--db', app.file], {
      encoding: 'utf8',
    });
    const out = JSON.parse(stdout);
    delete out.workingGroup.id;
    delete out.session.id;
    for (const r of out.session.resolutions) {
      delete r.id;
      delete r.dueDate;
    }
    expect(out).toEqual(doc);
    await page.close();
  }, 240_000);
});
