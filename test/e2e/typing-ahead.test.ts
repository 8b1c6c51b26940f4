/// <reference lib="dom" />
// A secretary typing ahead: the next agenda item, resolution or signatory typed while the one before
// is still being saved (its answer held back) is kept in the box, not erased when the first one's
// answer comes.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { draftSession, startApp, type TestApp, withGroup } from '../helpers/app';
import { launchChromium, newPage, openGroups } from '../helpers/browser';

/** Holds the answers of `op` back by `ms`, as a slow disk or a busy PC would. */
async function slow(page: Page, op: string, ms: number) {
  await page.route(`**/api/${op}`, async (route) => {
    const answer = await route.fetch();
    await new Promise((r) => setTimeout(r, ms));
    await route.fulfill({ response: answer });
  });
}

describe('typing ahead of a save', () => {
  let browser: Browser;
  let app: TestApp;
  let sessionId: string;

  beforeAll(async () => {
    app = await startApp();
    sessionId = draftSession(app, withGroup(app));
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  type Detail = { agenda: { text: string }[]; signatories: { name: string }[]; resolutions: { body: string }[] };
  const session = () => app.call('sessions.get', { id: sessionId }) as Detail;

  it('keeps the next agenda item, resolution and signatory typed while the one before is saving', async () => {
    const page = await newPage(browser, { width: 1366, height: 768 });
    for (const op of ['agenda.add', 'resolutions.add', 'signatories.add']) await slow(page, op, 700);
    await openGroups(page, app.host.url);
    await page.getByRole('button', { name: 'جلسه ۱ سال ۱۳۹۹' }).click();

    const agenda = page.getByRole('textbox', { name: 'دستور کار تازه (Enter برای افزودن)' });
    await agenda.fill('گزارش عملکرد سال ۹۸');
    await agenda.press('Enter');
    await agenda.fill('تبیین طرح پوشش مردم کنار مردم');
    await agenda.press('Enter');
    await expect
      .poll(() => session().agenda.map((a) => a.text))
      .toEqual(['گزارش عملکرد سال ۹۸', 'تبیین طرح پوشش مردم کنار مردم']);
    await expect.poll(() => agenda.inputValue()).toBe('');

    // A resolution is not added twice by a second Ctrl+Enter while it saves: the next one typed meanwhile
    // stays in the box, whole, to be added once the first is in.
    const resolution = page.getByRole('textbox', { name: /مفاد مصوبه تازه/ });
    await resolution.fill('مقرر شد گزارش ارسال شود.');
    await resolution.press('Control+Enter');
    await resolution.fill('مقرر شد سایت به روز شود.');
    await resolution.press('Control+Enter');
    await expect.poll(() => session().resolutions.map((r) => r.body)).toEqual(['مقرر شد گزارش ارسال شود.']);
    // Its answer in (the add button back), the next one is still there, and goes in.
    await expect.poll(() => page.getByRole('button', { name: 'افزودن مصوبه' }).isEnabled()).toBe(true);
    expect(await resolution.inputValue()).toBe('مقرر شد سایت به روز شود.');
    await resolution.press('Control+Enter');
    await expect
      .poll(() => session().resolutions.map((r) => r.body))
      .toEqual(['مقرر شد گزارش ارسال شود.', 'مقرر شد سایت به روز شود.']);
    await expect.poll(() => resolution.inputValue()).toBe('');

    const signatory = page
      .getByRole('region', { name: 'امضاکنندگان' })
      .getByRole('combobox', { name: 'امضاکننده تازه (Enter برای افزودن)' });
    await signatory.fill('سید علی آقازاده');
    await signatory.press('Enter');
    await signatory.fill('رحیمی');
    await signatory.press('Enter');
    await expect.poll(() => session().signatories.map((s) => s.name)).toEqual(['سید علی آقازاده', 'رحیمی']);
    await expect.poll(() => signatory.inputValue()).toBe('');
    await page.close();
  });
});
