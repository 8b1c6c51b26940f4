// Every screen of a province, at an office PC's 1366×768 and at 1920×1080, on the real minutes:
// no serious or critical accessibility violation, nothing wider than the window, and a screenshot
// of each (test-results/screen-NAME-WIDTH.png) for a person to look at. Headquarters' screens are
// looked at the same way in headquarters.test.ts.
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshots, startApp, type TestApp } from '../helpers/app';
import { seriousViolations } from '../helpers/axe';
import { launchChromium, newPage } from '../helpers/browser';
import { finalize } from '../helpers/db';
import { fixture } from '../helpers/fixtures';
import { modelToText, sourceModel } from '../helpers/past-minutes-files';

let app: TestApp;
let browser: Browser;

beforeAll(async () => {
  app = await startApp();
  app.call('secretariat.setup', { name: 'دبیرخانه کارگروه‌های استانداری مرکزی', province: 'مرکزی' });
  const { sessionId } = app.call('minutes.import', { document: fixture() }) as { sessionId: string };
  finalize(app.db, sessionId);
  const draft = fixture();
  draft.session.number = 2;
  draft.session.date = '1399/03/02';
  app.call('minutes.import', { document: draft });
  // An imported draft of the same group waiting for its review, with doubtful resolutions.
  const [group] = app.call('workingGroups.list', {}) as { name: string }[];
  const pasted = modelToText(sourceModel('variants/khorasan-razavi-1401-02-deadlines-in-text'));
  app.call('pastMinutes.save', {
    fileName: 'khorasan-razavi-1401-02.txt',
    kind: 'pasted',
    lines: pasted
      .split('\n')
      .filter((text) => text !== '')
      .map((text) => ({ text, cells: null })),
    group: group!.name,
  });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

/** The screens, each reached from the first one as a secretary would. */
const screens: [name: string, reach: (page: Page) => Promise<void>][] = [
  ['sessions', async (p) => p.getByRole('button', { name: /^جلسه ۲ سال ۱۳۹۹/ }).waitFor()],
  [
    'editor',
    async (p) => {
      await p.getByRole('button', { name: /^جلسه ۲ سال ۱۳۹۹/ }).click();
      await p.getByRole('article', { name: 'مصوبه ۵' }).waitFor();
    },
  ],
  [
    'preview',
    async (p) => {
      await p.getByRole('button', { name: /^جلسه ۲ سال ۱۳۹۹/ }).click();
      await p.getByRole('button', { name: 'پیش‌نمایش و چاپ' }).click();
      await p.locator('.sheet').first().waitFor();
    },
  ],
  [
    'record',
    async (p) => {
      await p.getByRole('button', { name: /^جلسه ۱ سال ۱۳۹۹/ }).click();
      await p.getByText('اثر انگشت محتوا').first().waitFor();
    },
  ],
  [
    'group-setup',
    async (p) => {
      await p.getByRole('button', { name: 'تنظیمات کارگروه' }).click();
      await p.getByRole('heading', { name: /دستگاه‌های عضو/ }).waitFor();
    },
  ],
  [
    'past-minutes',
    async (p) =>
      section(
        p,
        'ورود صورتجلسه‌های قبلی',
        p.getByRole('region', { name: 'پیش‌نویس‌های واردشده در انتظار بررسی' }).getByRole('row').nth(1),
      ),
  ],
  [
    'review',
    async (p) => {
      await p.getByRole('button', { name: /^جلسه ۲ سال ۱۴۰۱/ }).click();
      await p.getByRole('complementary', { name: 'بررسی صورتجلسه واردشده' }).waitFor();
      await p.locator('article.resolution[data-doubtful]').first().waitFor();
    },
  ],
  ['calendar', async (p) => section(p, 'تقویم', p.locator('[aria-current="date"]'))],
  ['board', async (p) => section(p, 'مصوبات باز', p.locator('table.board tbody tr').first())],
  ['reports', async (p) => section(p, 'گزارش‌ها', p.locator('main.content table').first())],
  [
    'letters',
    async (p) => section(p, 'نامه‌ها', p.getByRole('region', { name: 'نامه‌های پیگیری مصوبات سررسیدگذشته' })),
  ],
  ['send', async (p) => section(p, 'ارسال به ستاد', p.getByRole('button', { name: /ارسال به ستاد|ساخت بسته/ }).last())],
  ['backups', async (p) => section(p, 'پشتیبان‌گیری', p.locator('main.content h2, main.content h3').first())],
  [
    'search',
    async (p) => {
      const box = p
        .getByRole('searchbox')
        .or(p.getByRole('combobox', { name: /جستجو/ }))
        .first();
      await box.fill('کرونا');
      await p.locator('.search-hit').first().waitFor();
    },
  ],
];

async function section(page: Page, name: string, shown: ReturnType<Page['locator']>) {
  await page.getByRole('navigation', { name: 'بخش‌ها' }).getByRole('button', { name }).click();
  await shown.waitFor();
}

describe('every screen at both sizes', () => {
  for (const [width, height] of [
    [1366, 768],
    [1920, 1080],
  ] as const) {
    for (const [name, reach] of screens) {
      it(`${name} at ${width}×${height}: no serious violation, nothing wider than the window`, async () => {
        const page = await newPage(browser, { width, height });
        await page.goto(app.host.url);
        await page.getByRole('button', { name: /^جلسه ۲ سال ۱۳۹۹/ }).waitFor();
        await reach(page);
        await page.screenshot({ path: path.join(screenshots, `screen-${name}-${width}.png`) });
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
        // No field or button sticks out of the box it is drawn in (a grid pushed past its card).
        const outside =
          await page.evaluate(`[...document.querySelectorAll('main input, main button, main select, main textarea')]
          .filter((el) => el.getClientRects().length > 0)
          .filter((el) => {
            const box = el.closest('.editor-section, section, article, main').getBoundingClientRect();
            const r = el.getBoundingClientRect();
            return r.left < box.left - 1 || r.right > box.right + 1;
          })
          .map((el) => el.getAttribute('aria-label') || el.textContent || el.tagName)`);
        expect(outside).toEqual([]);
        expect(await seriousViolations(page)).toEqual([]);
        await page.close();
      });
    }
  }
});
