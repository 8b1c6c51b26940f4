/// <reference lib="dom" />
// Discussion and signatories in the session editor: speakers with their points, in order.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { draftSession, startApp, type TestApp, withGroup } from '../helpers/app';
import { seriousViolations } from '../helpers/axe';
import { launchChromium, newPage, openGroups } from '../helpers/browser';

describe('discussion and signatories', () => {
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

  type Doc = {
    session: {
      discussion: { speaker: { name: string | null; title: string | null }; points: string[] }[];
      signatories: { name: string; title: string | null }[];
    };
  };
  const exported = () => (app.call('minutes.export', { sessionId }) as Doc).session;

  it('records speakers with their points and the signatories', async () => {
    const page = await newPage(browser, { width: 1280, height: 1400 });
    await openGroups(page, app.host.url);
    await page.getByRole('button', { name: 'جلسه ۱ سال ۱۳۹۹' }).click();
    await page.getByRole('button', { name: 'افزودن سخنران' }).click();
    await page.getByRole('combobox', { name: 'نام سخنران ۱' }).fill('اکرمی');
    await page.getByRole('textbox', { name: 'سمت سخنران ۱' }).fill('معاون سیاسی، امنیتی و اجتماعی استانداری');
    const point = page.getByRole('textbox', { name: 'مطلب تازه (Enter برای افزودن) — سخنران ۱' });
    for (const text of ['تشکر از حضور فعال مدیران کل.', 'تاکید بر حضور شخص مدیران کل در جلسات.']) {
      await point.fill(text);
      await point.press('Enter');
      await expect.poll(() => point.inputValue()).toBe('');
    }
    await page.getByRole('button', { name: 'افزودن سخنران' }).click();
    await page.getByRole('textbox', { name: 'سمت سخنران ۲' }).fill('استاندار محترم');

    const signatory = page.getByRole('combobox', { name: 'امضاکننده تازه (Enter برای افزودن)' });
    await signatory.fill('سید علی آقازاده');
    await signatory.press('Enter');
    await page.getByRole('textbox', { name: 'سمت امضاکننده ۱' }).fill('استاندار مرکزی');
    await page.getByRole('status').filter({ hasText: 'همه تغییرات ذخیره شده است' }).waitFor();

    await expect
      .poll(() => exported())
      .toEqual({
        ...exported(),
        discussion: [
          {
            speaker: { name: 'اکرمی', title: 'معاون سیاسی، امنیتی و اجتماعی استانداری' },
            points: ['تشکر از حضور فعال مدیران کل.', 'تاکید بر حضور شخص مدیران کل در جلسات.'],
          },
          { speaker: { name: null, title: 'استاندار محترم' }, points: [] },
        ],
        signatories: [{ name: 'سید علی آقازاده', title: 'استاندار مرکزی' }],
      });
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });
});
