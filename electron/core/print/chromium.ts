// Printing the app's print page to PDF with a Chromium found on the machine (playwright-core
// drives it; nothing is downloaded). Used by `dabir print` and by the browser host's «ذخیره PDF»
// when Electron's own printToPDF is not there.
import { existsSync } from 'node:fs';
import type { Browser, BrowserContext } from 'playwright-core';
import { printQuery, type PrintTarget } from '../../contract/print-target';
import { DabirError } from '../errors';

const candidates = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/microsoft-edge',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
];

/** The Chromium to print with: `DABIR_CHROMIUM` if set, else the first one installed. */
export function findChromium(): string | null {
  const chosen = process.env.DABIR_CHROMIUM;
  if (chosen) return existsSync(chosen) ? chosen : null;
  return candidates.find((c) => existsSync(c)) ?? null;
}

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export async function launchChromium(executablePath = findChromium()): Promise<Browser> {
  if (!executablePath)
    throw new DabirError(
      'internal',
      'مرورگر Chromium یا Chrome روی این رایانه پیدا نشد؛ آن را نصب کنید یا مسیرش را در DABIR_CHROMIUM بگذارید',
    );
  // Loaded when a PDF is first wanted: playwright-core takes over half a second to load, which
  // every start of the app and the command line would otherwise pay.
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath, args: chromiumArgs, headless: true });
}

/** The print page of a host (`http://127.0.0.1:port/`) for a target, its token in the fragment. */
export function printPageUrl(origin: string, token: string, target: PrintTarget): string {
  return `${origin}/?${new URLSearchParams(printQuery(target)).toString()}#token=${token}`;
}

/** Same options as Electron's printToPDF in the app: the page's own A4 size and margins. */
export const pdfOptions = { preferCSSPageSize: true, printBackground: true, tagged: true } as const;

/**
 * Loads a print page, waits until it says it is ready (data and fonts in), and prints it. Given
 * the printer's own context, the page's code and fonts come from its cache after the first print.
 */
export async function printPage(where: Browser | BrowserContext, url: string): Promise<Buffer> {
  const page = await where.newPage();
  try {
    // Not waiting for `load`: the page says itself when its data and fonts are in.
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(
      () => document.documentElement.dataset.printReady === 'true' || document.documentElement.dataset.printError,
      undefined,
      { timeout: 30_000, polling: 10 },
    );
    const error = await page.evaluate(() => document.documentElement.dataset.printError);
    if (error) throw new DabirError('invalid_input', error);
    return await page.pdf(pdfOptions);
  } finally {
    await page.close();
  }
}

/**
 * A printer for one host that starts Chromium on first use and keeps it, with one context whose
 * cache holds the print page's code and fonts, until closed.
 */
export function chromiumPrinter(origin: string, token: string) {
  let browser: Promise<Browser> | null = null;
  let context: Promise<BrowserContext> | null = null;
  return {
    print: async (target: PrintTarget): Promise<Uint8Array> => {
      browser ??= launchChromium().catch((e: unknown) => {
        browser = null;
        throw e;
      });
      const b = browser;
      context ??= b
        .then((open) => open.newContext())
        .catch((e: unknown) => {
          context = null;
          throw e;
        });
      return printPage(await context, printPageUrl(origin, token, target));
    },
    close: async (): Promise<void> => {
      if (browser) await (await browser).close();
      browser = null;
      context = null;
    },
  };
}
