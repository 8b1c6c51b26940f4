/// <reference lib="dom" />
// The charts in Chromium against the real services: the seed's year on the reports screen (months,
// attendance, completion), each drawn right to left in Persian digits with as many bars as its
// rows, and a table of the same figures behind it that a button shows; the same charts in the
// printed report's PDF (its text read, its pages turned into images to look at); headquarters'
// provinces side by side from two provinces' bundles.
import { copyFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importBundle } from '../../electron/core/bundle/import';
import { screenshots, startApp, type TestApp } from '../helpers/app';
import { seriousViolations } from '../helpers/axe';
import { launchChromium, newPage } from '../helpers/browser';
import { fixture } from '../helpers/fixtures';
import { province } from '../helpers/national';
import { pdfImages, pdfPages, pdfText, squash } from '../helpers/pdf';
import { buildYear, MEMBERS, YEAR } from '../helpers/year';

const MONTHS = ['فروردین', 'اردیبهشت', 'خرداد', 'تیر', 'مرداد', 'شهریور', 'مهر', 'آبان', 'آذر', 'دی', 'بهمن', 'اسفند'];
const fa = (n: number) => String(n).replace(/\d/g, (d) => '۰۱۲۳۴۵۶۷۸۹'[Number(d)]!);
const percent = (rate: number | null) => (rate === null ? '—' : `${fa(Math.round(rate * 100))}٪`);

/** Nothing wider than an office PC's window, and no serious accessibility violation. */
async function looked(page: Page, name: string) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth), name).toBeLessThanOrEqual(1366);
  expect(await seriousViolations(page), name).toEqual([]);
  await page.screenshot({ path: path.join(screenshots, `${name}.png`) });
}

/** The drawn bars' boxes, and every text the drawing shows. */
async function drawing(figure: Locator) {
  return figure.evaluate((f) => ({
    bars: [...f.querySelectorAll('.recharts-bar-rectangle path')].map((p) => {
      const r = p.getBoundingClientRect();
      return { left: r.left, right: r.right, top: r.top, bottom: r.bottom, fill: p.getAttribute('fill') };
    }),
    texts: [...f.querySelectorAll('svg text')].map((t) => ({
      text: t.textContent ?? '',
      left: t.getBoundingClientRect().left,
      right: t.getBoundingClientRect().right,
      font: getComputedStyle(t).fontFamily,
    })),
    hidden: f.querySelector('.chart-drawing')?.getAttribute('aria-hidden'),
  }));
}

/** Waits until `count` charts are on the page with every bar drawn (recharts lays out over a few renders). */
async function allDrawn(page: Page, count: number) {
  await expect
    .poll(() =>
      page
        .locator('figure[data-bars]')
        .evaluateAll(
          (figures, n) =>
            figures.length === n &&
            figures.every(
              (f) => f.querySelectorAll('.recharts-bar-rectangle').length >= Number(f.getAttribute('data-bars')),
            ),
          count,
        ),
    )
    .toBe(true);
}

/** The table view's body rows as their cells' text. */
const tableRows = (figure: Locator) =>
  figure
    .locator('table tbody tr')
    .evaluateAll((rows) => rows.map((r) => [...r.children].map((c) => (c.textContent ?? '').trim())));

describe('charts', () => {
  let browser: Browser;
  let app: TestApp;
  let hq: TestApp;
  let groupId = '';

  beforeAll(async () => {
    [app, hq] = await Promise.all([startApp(), startApp()]);
    browser = await launchChromium();
    app.call('secretariat.setup', { name: 'دبیرخانه', province: 'مرکزی' });
    groupId = buildYear((op, input) => app.call(op, input)).groupId;
  });
  afterAll(async () => {
    await browser?.close();
    await Promise.all([app?.close(), hq?.close()]);
  });

  async function reports(): Promise<Page> {
    const page = await newPage(browser, { width: 1366, height: 768 });
    const blocked: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) blocked.push(m.text());
    });
    await page.goto(app.host.url);
    await page.getByRole('button', { name: 'گزارش‌ها' }).click();
    await allDrawn(page, 3);
    // The CSP (no inline style, no eval) lets recharts draw: it styles through the DOM, not markup.
    expect(blocked).toEqual([]);
    return page;
  }

  it('draws the year’s three charts right to left in Persian digits, a bar for every row', async () => {
    const page = await reports();
    const monthly = page.getByRole('figure', { name: `جلسات و مصوبات هر ماه سال ${fa(YEAR)}` });
    const attendance = page.getByRole('figure', { name: 'نرخ حضور دستگاه‌های عضو در جلسات سال' });
    const completion = page.getByRole('figure', { name: 'درصد اجرای مصوبات به تفکیک مسئول پیگیری' });

    // Months: twelve, two columns each (sessions and resolutions), Farvardin on the right.
    const m = await drawing(monthly);
    expect(m.hidden).toBe('true');
    expect(m.bars).toHaveLength(24);
    const at = (name: string) => m.texts.find((t) => t.text === name)!;
    for (const name of MONTHS) expect(at(name), name).toBeDefined();
    for (let i = 1; i < 12; i++) expect(at(MONTHS[i]!).right).toBeLessThan(at(MONTHS[i - 1]!).left);

    // Attendance: one bar per member, each label on the right of its bar and the bars growing leftwards from one line.
    const rows = app.call('reports.attendance', { workingGroupId: groupId, year: YEAR }) as {
      organization: string;
      rate: number;
    }[];
    const a = await drawing(attendance);
    expect(a.bars).toHaveLength(MEMBERS.length);
    const rightEdges = new Set(a.bars.map((b) => Math.round(b.right)));
    expect(rightEdges.size).toBe(1);
    const axis = [...rightEdges][0]!;
    const labels = a.texts.filter((t) => /[آ-ی]/.test(t.text) && !/٪/.test(t.text));
    expect(labels.length).toBeGreaterThanOrEqual(MEMBERS.length);
    for (const l of labels) expect(l.left, l.text).toBeGreaterThanOrEqual(axis);
    // The longest bar is the highest rate.
    const widest = a.bars.reduce((w, b, i) => (b.right - b.left > a.bars[w]!.right - a.bars[w]!.left ? i : w), 0);
    expect(rows[widest]!.rate).toBe(Math.max(...rows.map((r) => r.rate)));

    const c = await drawing(completion);
    const responsible = app.call('reports.responsible', { workingGroupId: groupId, year: YEAR }) as unknown[];
    expect(c.bars).toHaveLength(responsible.length);

    // Every figure and tick in Persian digits, percentages as «۷۵٪», in Vazirmatn.
    for (const t of [...m.texts, ...a.texts, ...c.texts]) {
      expect(t.text, t.text).not.toMatch(/[0-9]/);
      expect(t.font).toContain('Vazirmatn');
    }
    expect(a.texts.map((t) => t.text)).toContain(percent(rows[0]!.rate));
    expect(a.texts.map((t) => t.text)).toContain('۱۰۰٪');
    // A member that attended nothing keeps its row: a sliver of a bar and «۰٪».
    expect(rows.some((r) => r.rate === 0)).toBe(true);
    expect(a.texts.filter((t) => t.text === '۰٪')).toHaveLength(rows.filter((r) => r.rate === 0).length + 1);
    await looked(page, 'charts-reports');
    await monthly.screenshot({ path: path.join(screenshots, 'charts-monthly.png') });
    await attendance.screenshot({ path: path.join(screenshots, 'charts-attendance.png') });
    await completion.screenshot({ path: path.join(screenshots, 'charts-completion.png') });
    await page.close();
  });

  it('keeps a table of the same figures behind each chart, shown at «نمایش جدول»', async () => {
    const page = await reports();
    const attendance = page.getByRole('figure', { name: 'نرخ حضور دستگاه‌های عضو در جلسات سال' });
    const table = attendance.getByRole('table', { name: 'نرخ حضور دستگاه‌های عضو در جلسات سال' });
    // Read by screen readers all along, shown only when asked for.
    expect(await table.getByRole('row').count()).toBe(MEMBERS.length + 1);
    expect(
      await attendance.locator('.chart-table').evaluate((t) => t.getBoundingClientRect().width),
    ).toBeLessThanOrEqual(1);
    const rows = app.call('reports.attendance', { workingGroupId: groupId, year: YEAR }) as {
      organization: string;
      rate: number;
    }[];
    expect(await tableRows(attendance)).toEqual(rows.map((r) => [r.organization, percent(r.rate)]));

    await attendance.getByRole('button', { name: 'نمایش جدول' }).click();
    expect(await table.isVisible()).toBe(true);
    expect(await attendance.locator('svg').first().isVisible()).toBe(false);
    expect(await table.evaluate((t) => t.getBoundingClientRect().width)).toBeGreaterThan(200);
    const monthly = page.getByRole('figure', { name: /جلسات و مصوبات هر ماه/ });
    await monthly.getByRole('button', { name: 'نمایش جدول' }).click();
    const months = app.call('reports.monthly', { workingGroupId: groupId, year: YEAR }) as {
      sessions: number;
      resolutions: number;
    }[];
    expect(await tableRows(monthly)).toEqual(months.map((r, i) => [MONTHS[i], fa(r.sessions), fa(r.resolutions)]));
    await page.getByRole('region', { name: 'گزارش سالانه' }).waitFor();
    await monthly.scrollIntoViewIfNeeded();
    await looked(page, 'charts-table-view');
    await attendance.getByRole('button', { name: 'نمایش نمودار' }).click();
    expect(await attendance.locator('svg').first().isVisible()).toBe(true);
    expect(await attendance.getByRole('button', { name: 'نمایش جدول' }).count()).toBe(1);
    await page.close();
  });

  it('prints the charts in the year report’s PDF', async () => {
    const page = await reports();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'ذخیره PDF' }).click(),
    ]);
    const file = path.join(path.dirname(app.file), download.suggestedFilename());
    await download.saveAs(file);
    await page.close();
    // Letters only, lam and alef aside: pdftotext gives the lam-alef ligature as «ال», also across words.
    const skeleton = (s: string) => squash(s).replace(/[لا]/g, '');
    const text = skeleton(pdfText(file));
    for (const caption of [
      `جلسات و مصوبات هر ماه سال ${fa(YEAR)}`,
      'نرخ حضور دستگاه‌های عضو در جلسات سال',
      'درصد اجرای مصوبات به تفکیک مسئول پیگیری',
      'فروردین',
      'اسفند',
      'شهرداری اراک',
      '۱۰۰٪',
    ])
      expect(text, caption).toContain(skeleton(caption));
    // The toggle is not printed.
    expect(text).not.toContain(skeleton('نمایش جدول'));
    copyFileSync(file, path.join(screenshots, 'charts-report.pdf'));
    const prefix = path.join(screenshots, 'charts-report-pdf');
    pdfImages(file, prefix, 60);
    const images = readdirSync(screenshots).filter((f) => f.startsWith('charts-report-pdf') && f.endsWith('.png'));
    expect(images.length).toBe(pdfPages(file));
  });

  it('draws a long list in charts no taller than a printed page', async () => {
    // A group of 30 members with one session: 30 bars over two drawings (22 rows at most in each).
    const big = (app.call('workingGroups.create', { name: 'کارگروه بزرگ', province: 'مرکزی' }) as { id: string }).id;
    for (let j = 0; j < 30; j++)
      app.call('members.add', { workingGroupId: big, organizationName: `دستگاه عضو شماره ${fa(j + 1)}`, since: null });
    const s = app.call('sessions.create', { workingGroupId: big, date: '1398/07/01' }) as { id: string };
    app.call('resolutions.add', { sessionId: s.id, body: 'مصوبه', responsible: [{ text: 'دستگاه عضو شماره ۱' }] });
    const page = await newPage(browser, { width: 1366, height: 768 });
    const url = new URL(app.host.url);
    url.search = `?print=report&group=${big}&year=1398`;
    await page.goto(url.href);
    await page.waitForFunction(() => document.documentElement.dataset.printReady === 'true');
    const attendance = page.getByRole('figure', { name: 'نرخ حضور دستگاه‌های عضو در جلسات سال' });
    expect(await attendance.locator('.recharts-bar-rectangle').count()).toBe(30);
    const heights = await attendance
      .locator('svg.recharts-surface')
      .evaluateAll((svgs) => svgs.map((svg) => svg.getBoundingClientRect().height));
    expect(heights).toHaveLength(2);
    // A4's printable height at 96 dpi (297 mm less 32 mm of margins) is about 1,000 px.
    for (const h of heights) expect(h).toBeLessThan(900);
    const file = path.join(path.dirname(app.file), 'long.pdf');
    await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
    await page.close();
    const text = squash(pdfText(file));
    for (const n of [1, 22, 23, 30]) expect(text).toContain(squash(`دستگاه عضو شماره ${fa(n)}`));
    pdfImages(file, path.join(screenshots, 'charts-long-pdf'), 60);
  });

  it('shows headquarters the provinces side by side, with the table behind the chart', async () => {
    hq.call('secretariat.setup', { name: 'ستاد وزارت کشور', province: 'تهران', role: 'headquarters' });
    const [markazi, hamedan] = [province('مرکزی'), province('همدان')];
    for (const [p, name] of [
      [markazi, 'مرکزی'],
      [hamedan, 'همدان'],
    ] as const) {
      const doc = fixture();
      doc.workingGroup.province = name;
      p.call('minutes.import', { document: doc });
    }
    // Markazi has done two of its five; Hamedan none.
    const done = markazi
      .call('board.list', { status: ['not_started'], today: '1399/02/02' })
      .rows.slice(0, 2)
      .map((r) => r.id);
    for (const id of done) markazi.call('resolutions.setStatus', { id, status: 'done' });
    for (const p of [markazi, hamedan]) importBundle(hq.db, p.send(true), { trustNew: true });
    const overview = hq.call('headquarters.overview', {}) as {
      rows: { province: string; byStatus: Record<string, number>; overdue: number }[];
    };

    const page = await newPage(browser, { width: 1366, height: 768 });
    await page.goto(hq.host.url);
    const figure = page.getByRole('figure', { name: /مصوبات هر استان/ });
    await allDrawn(page, 1);
    const d = await drawing(figure);
    // Stacked: one segment per non-empty status of each province.
    const segments = overview.rows.reduce(
      (n, r) =>
        n +
        [r.byStatus.done!, r.byStatus.in_progress! + r.byStatus.not_started! - r.overdue, r.overdue].filter(
          (v) => v > 0,
        ).length,
      0,
    );
    expect(d.bars).toHaveLength(segments);
    expect(d.texts.map((t) => t.text)).toEqual(expect.arrayContaining(['مرکزی', 'همدان']));
    for (const t of d.texts) expect(t.text).not.toMatch(/[0-9]/);
    const byProvince = Object.fromEntries(overview.rows.map((r) => [r.province, r]));
    const row = (p: string) => {
      const r = byProvince[p]!;
      return [
        p,
        fa(r.byStatus.done!),
        fa(r.byStatus.in_progress! + r.byStatus.not_started! - r.overdue),
        fa(r.overdue),
      ];
    };
    expect(await tableRows(figure)).toEqual(overview.rows.map((r) => row(r.province)));
    expect(byProvince['مرکزی']!.byStatus.done).toBe(2);
    await looked(page, 'charts-headquarters');
    await figure.getByRole('button', { name: 'نمایش جدول' }).click();
    expect(await figure.getByRole('table').isVisible()).toBe(true);
    await looked(page, 'charts-headquarters-table');
    await page.close();
  });
});
