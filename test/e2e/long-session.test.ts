/// <reference lib="dom" />
// A long session in the editor (40 resolutions, 50 attendance lines): the first cards show before
// the rest, typing into the first card at once loses nothing while the others appear, every card
// and line is there in the end, and a deadline changed on one card shows its new due date.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { draftSession, startApp, type TestApp, withGroup } from '../helpers/app';
import { launchChromium, newPage, openGroups } from '../helpers/browser';

const RESOLUTIONS = 40;
const MEMBERS = 50;
const fa = (n: number) => n.toLocaleString('fa-IR', { useGrouping: false });

describe('a long session in the editor', () => {
  let browser: Browser;
  let app: TestApp;
  let sessionId: string;

  beforeAll(async () => {
    app = await startApp();
    const groupId = withGroup(app);
    for (let i = 1; i <= MEMBERS; i++)
      app.call('members.add', { workingGroupId: groupId, organizationName: `اداره ${i}` });
    sessionId = draftSession(app, groupId, '1405/09/02');
    for (let i = 1; i <= RESOLUTIONS; i++)
      app.call('resolutions.add', { sessionId, body: `متن مصوبه ${i}`, deadline: { kind: 'days', value: 10 } });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  const bodyOf = (row: number) =>
    (app.call('sessions.get', { id: sessionId }) as { resolutions: { body: string }[] }).resolutions[row - 1]!.body;

  it('shows the first cards at once, keeps what is typed meanwhile, and ends with every card and line', async () => {
    const page = await newPage(browser);
    // How many cards the first paint of the editor held.
    await page.addInitScript(() => {
      const w = window as unknown as { firstCards?: number };
      new MutationObserver(() => {
        const n = document.querySelectorAll('article.resolution').length;
        if (w.firstCards === undefined && n > 0) w.firstCards = n;
      }).observe(document, { childList: true, subtree: true });
    });
    await openGroups(page, app.host.url);
    await page.getByRole('button', { name: 'جلسه ۱ سال ۱۴۰۵' }).click();
    const first = page.getByRole('textbox', { name: 'مفاد — مصوبه ۱', exact: true });
    await first.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' و گزارش آن در جلسه بعد ارائه شود');
    await expect.poll(() => bodyOf(1)).toBe('متن مصوبه 1 و گزارش آن در جلسه بعد ارائه شود');

    expect(await page.evaluate(() => (window as unknown as { firstCards?: number }).firstCards)).toBe(8);
    const cards = page.locator('article.resolution');
    await expect.poll(() => cards.count()).toBe(RESOLUTIONS);
    await expect.poll(() => page.locator('.attendance-table tbody tr').count()).toBe(MEMBERS);
    expect(await first.inputValue()).toBe('متن مصوبه 1 و گزارش آن در جلسه بعد ارائه شود');
    await page.getByRole('textbox', { name: `مفاد — مصوبه ${fa(RESOLUTIONS)}` }).waitFor();

    // A changed deadline is saved, the session reloaded, the new due date shown; the text stays.
    const count = page.getByRole('textbox', { name: /^تعداد (روز|هفته|ماه)$/ }).first();
    await count.fill('۲۰');
    await count.blur();
    await expect
      .poll(
        () =>
          (app.call('sessions.get', { id: sessionId }) as { resolutions: { deadline: unknown }[] }).resolutions[0]!
            .deadline,
      )
      .toEqual({ kind: 'days', value: 20 });
    await page.getByText('سررسید: ۱۴۰۵/۰۹/۲۲').waitFor();
    expect(await first.inputValue()).toBe('متن مصوبه 1 و گزارش آن در جلسه بعد ارائه شود');
    await page.close();
  });
});
