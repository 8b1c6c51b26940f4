// Benchmark of printing (issue 4): the PDF of the fixture and of a 60-resolution session through
// Dabir's pipeline (browser host + print page + Chromium's printToPDF, as `dabir print` and
// «ذخیره PDF» do), against bare Chromium printing the same HTML (the rendered print page saved as
// a static file with its CSS and fonts) in the same run, the two by turns. Prints medians and the ratio.
// Run: `npm run bench`. Not part of `npm test`: figures, not pass/fail.
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Browser } from 'playwright-core';
import { createDispatcher } from '../../electron/core/api/dispatch';
import { openDatabase } from '../../electron/core/db/open';
import { startHost } from '../../electron/core/host/server';
import { launchChromium, pdfOptions, printPage, printPageUrl } from '../../electron/core/print/chromium';
import { footerCss } from '../../renderer/src/print/use-page-footer';
import { rendererDir } from '../helpers/app';
import { fixture } from '../helpers/fixtures';
import { longMinutes } from '../helpers/long-minutes';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);

const median = (ms: number[]) => [...ms].sort((a, b) => a - b)[Math.floor(ms.length / 2)] ?? NaN;
const f = (ms: number) => `${ms.toFixed(0)} ms`;

/** Times two pipelines run by turns (so a slower minute of the machine weighs on both alike). */
async function timeByTurns(a: () => Promise<unknown>, b: () => Promise<unknown>): Promise<[number[], number[]]> {
  await a(); // warm-up: first load of the page's code and fonts
  await b();
  const out: [number[], number[]] = [[], []];
  for (let i = 0; i < RUNS; i++)
    for (const [k, work] of [a, b].entries()) {
      const t = performance.now();
      await work();
      out[k]!.push(performance.now() - t);
    }
  return out;
}

const dir = mkdtempSync(path.join(os.tmpdir(), 'dabir-bench-print-'));
const db = openDatabase(path.join(dir, 'bench.sqlite'));
const dispatch = createDispatcher(db);
dispatch('secretariat.setup', { name: 'دبیرخانه', province: 'مرکزی' });
const ids: Record<string, string> = {};
for (const [name, doc] of [
  ['fixture (3 pages)', fixture()],
  ['60 resolutions, 80 attendance lines', longMinutes('کارگروه سنجش چاپ')],
] as const) {
  const r = dispatch('minutes.import', { document: doc });
  if (!r.ok) throw new Error(r.error.message);
  ids[name] = (r.value as { sessionId: string }).sessionId;
}

const host = await startHost({ dispatch, rendererDir });
const origin = `http://127.0.0.1:${host.port}`;
let browser: Browser | null = null;

/** The print page as rendered, made a static file: no script, its footer rules as a <style>. */
async function staticCopy(b: Browser, sessionId: string, name: string): Promise<string> {
  const page = await b.newPage();
  await page.goto(printPageUrl(origin, host.token, { kind: 'minutes', sessionId }));
  await page.waitForFunction(() => document.documentElement.dataset.printReady === 'true');
  const html = await page.evaluate(() =>
    `<!doctype html>${document.documentElement.outerHTML}`
      .replace(/<script[^>]*>[\s\S]*?<\/script>/g, '')
      .replace(/<link rel="modulepreload"[^>]*>/g, ''),
  );
  const printable = dispatch('minutes.printable', { sessionId });
  if (!printable.ok) throw new Error(printable.error.message);
  await page.close();
  const folder = path.join(dir, name.replace(/\W+/g, '-'));
  mkdirSync(path.join(folder, 'assets'), { recursive: true });
  for (const f of readdirSync(path.join(rendererDir, 'assets')))
    copyFileSync(path.join(rendererDir, 'assets', f), path.join(folder, 'assets', f));
  const p = printable.value as { reference: string; contentHash: string | null };
  const footer = footerCss({ reference: p.reference, mark: p.contentHash ?? 'پیش‌نویس' });
  const file = path.join(folder, 'sheet.html');
  writeFileSync(file, html.replace('</head>', `<style>${footer}</style></head>`));
  return file;
}

try {
  console.log(
    `Printing benchmark, ${RUNS} runs each after a warm-up (${os.cpus().length} cores, ${os.cpus()[0]?.model ?? ''})`,
  );
  // Cold: what one `dabir print` pays — Chromium's start — measured once per pipeline.
  let t = performance.now();
  browser = await launchChromium();
  console.log(`  Chromium start (paid once per dabir print; «ذخیره PDF» keeps it):  ${f(performance.now() - t)}`);
  const b = browser;
  // The printer's own context, as «ذخیره PDF» and the command line use it: its cache keeps the page's code and fonts.
  const printer = await b.newContext();
  for (const [name, sessionId] of Object.entries(ids)) {
    const file = await staticCopy(b, sessionId, name);
    let pages = 0;
    const [dabir, bare] = await timeByTurns(
      async () => {
        const pdf = await printPage(printer, printPageUrl(origin, host.token, { kind: 'minutes', sessionId }));
        pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      },
      async () => {
        const page = await b.newPage();
        await page.goto(`file://${file}`);
        await page.evaluate(() => document.fonts.ready.then(() => undefined));
        await page.pdf(pdfOptions);
        await page.close();
      },
    );
    t = median(dabir) / median(bare);
    console.log(`  ${name}, ${pages} pages:`);
    console.log(
      `    Dabir (print page: code, API, render, PDF)  median ${f(median(dabir))}  min ${f(Math.min(...dabir))}`,
    );
    console.log(
      `    bare Chromium, same HTML from a file         median ${f(median(bare))}  min ${f(Math.min(...bare))}`,
    );
    console.log(`    ratio ${t.toFixed(2)}× (target ≤ 1.3×)`);
  }
} finally {
  await browser?.close();
  await host.close();
  db.close();
  rmSync(dir, { recursive: true, force: true });
}
