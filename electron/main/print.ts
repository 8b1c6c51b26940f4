// Electron's own printing: a hidden, equally locked-down window loads the app's print page for the
// request, and `printToPDF` makes the PDF (the print dialog is the page's own window.print()).
import { BrowserWindow, type WebContents } from 'electron';
import { printQuery } from '../contract/print-target';
import type { PdfPrinter } from '../core/services/shell';
import { DabirError } from '../core/errors';
import type { AppFiles } from './app-files';
import { secureWebPreferences } from './web-preferences';

const readyState = `document.documentElement.dataset.printReady || document.documentElement.dataset.printError || ''`;

async function waitForPrintReady(contents: WebContents): Promise<void> {
  for (let waited = 0; waited < 30_000; waited += 50) {
    const state = (await contents.executeJavaScript(readyState)) as string;
    if (state === 'true') return;
    if (state !== '') throw new DabirError('invalid_input', state);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new DabirError('internal', 'صفحهٔ چاپ در ۳۰ ثانیه آماده نشد');
}

export function electronPrinter(files: AppFiles): PdfPrinter {
  return async (target) => {
    const window = new BrowserWindow({ show: false, webPreferences: secureWebPreferences(files.preload) });
    try {
      await window.loadFile(files.page, { query: printQuery(target) });
      await waitForPrintReady(window.webContents);
      return await window.webContents.printToPDF({
        preferCSSPageSize: true,
        printBackground: true,
        generateTaggedPDF: true,
      });
    } finally {
      window.destroy();
    }
  };
}
