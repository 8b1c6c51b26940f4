// Debian Chromium driven by playwright-core, with the flags this offline machine needs.
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

export const chromiumPath = process.env.DABIR_CHROMIUM ?? '/usr/bin/chromium';

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(chromiumPath))
    throw new Error(`Chromium not found at ${chromiumPath}: apt-get install chromium (or set DABIR_CHROMIUM)`);
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-gpu',
    ],
  });
}

/** A page in its own browser context (fresh storage; what axe's builder needs). */
export async function newPage(browser: Browser, viewport = { width: 1280, height: 800 }) {
  const context = await browser.newContext({ viewport, locale: 'fa-IR' });
  return context.newPage();
}

/**
 * Opens a province's app at its working groups and their sessions: the first screen is «امروز»,
 * and most tests start from a group's sessions, one press away.
 */
export async function openGroups(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.getByRole('button', { name: 'کارگروه‌ها و جلسه‌ها' }).click();
}
