// Benchmark of the app in Debian Chromium on a generated 10-year province (test/helpers/province.ts;
// BENCH_SCALE=10 for the stress variant) plus a session of 60 resolutions and 60 attendance lines,
// the real renderer, services and SQLite file behind the browser host. Prints, over several runs:
// the first screen from loading the app (next to bare Chromium showing the same page saved as static
// HTML), opening the editor (its top shown, and every card; and a typical session of 10 resolutions
// and 40 attendance lines), a keystroke to the text in SQLite (the page's part and the save itself
// apart), how many resolution cards and attendance lines render on opening and after a keystroke,
// and the memory of the host process and of the page.
// Run: `npm run bench` (builds the renderer first). Not part of `npm test`: figures, not pass/fail.
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Page, Request } from 'playwright-core';
import Database from 'better-sqlite3';
import { openWithBackups } from '../../electron/core/backup/open';
import { rendererDir, startApp } from '../helpers/app';
import { launchChromium, newPage } from '../helpers/browser';
import { fixture } from '../helpers/fixtures';
import { generateProvince, tenYears } from '../helpers/province';
import { countRenders, takeRenders } from './render-count';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const SCALE = Number(process.env.BENCH_SCALE ?? 1);
const KEYSTROKES = 10;
const STEP_TIMEOUT_MS = 15_000;

/** One step, with its own time limit, so a stuck page fails the run with a name instead of hanging. */
async function step<T>(name: string, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`step «${name}» took over ${STEP_TIMEOUT_MS} ms`)), STEP_TIMEOUT_MS);
  });
  try {
    return await Promise.race([work, limit]);
  } finally {
    clearTimeout(timer);
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Times, inside the page, from the press that opens a session to the first frame showing all its
 * cards and attendance lines: without Playwright's own checks before a click and its polling.
 */
function openedInPage(page: Page, shape: { cards: number; lines: number }): Promise<number> {
  // As a string: a function would be shipped with the helpers tsx adds to named functions.
  return page.evaluate(`new Promise((resolve) => {
    const { cards, lines } = ${JSON.stringify(shape)};
    let pressed = 0;
    document.addEventListener('pointerdown', (e) => (pressed = e.timeStamp), { capture: true, once: true });
    function check(frame) {
      const shown =
        document.querySelectorAll('article.resolution').length >= cards &&
        document.querySelectorAll('.attendance-table tbody tr').length >= lines;
      if (pressed > 0 && shown) resolve(frame - pressed);
      else requestAnimationFrame(check);
    }
    requestAnimationFrame(check);
  })`);
}

function summary(label: string, ms: number[]): string {
  const s = [...ms].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN;
  const f = (v: number) => `${v.toFixed(0)} ms`;
  return `${label.padEnd(52)} min ${f(s[0] ?? NaN)}  median ${f(at(0.5))}  max ${f(s.at(-1) ?? NaN)}  (n=${s.length})`;
}

const app = await startApp();
const generated = generateProvince(app.db, 'مرکزی', { ...tenYears, groups: tenYears.groups * SCALE });
const call = <T>(op: string, input: unknown) => app.call(op, input) as T;
// The measured group sorts first in the list, so the first screen shows it.
const groupId = call<{ id: string }>('workingGroups.create', { name: 'ا کارگروه سنجش', province: 'مرکزی' }).id;

// 60 member organisations, a session with 60 resolutions (bodies, deadlines and responsible bodies
// from the real minutes, cycled) and an attendance line for each member.
const doc = fixture();
const resolutions = doc.session.resolutions as { title: string | null; body: string; deadline: unknown }[];
const organizations = Array.from({ length: 60 }, (_, i) => `اداره کل شماره ${i + 1} استان`);
for (const name of organizations) call('members.add', { workingGroupId: groupId, organizationName: name });
const sessionId = call<{ id: string }>('sessions.create', { workingGroupId: groupId, date: '1405/09/02' }).id;
for (let i = 0; i < 60; i++) {
  const r = resolutions[i % resolutions.length]!;
  call('resolutions.add', {
    sessionId,
    title: r.title,
    body: `${r.body} (${i + 1})`,
    deadline: r.deadline,
    responsible: [{ text: organizations[i]! }, { text: organizations[(i + 7) % 60]! }],
  });
}
const members = call<{ organizationId: string }[]>('members.list', { workingGroupId: groupId });
const statuses = ['present', 'deputy', 'representative', 'absent', 'excused'] as const;
members.forEach((m, i) =>
  call('attendance.set', { sessionId, organizationId: m.organizationId, status: statuses[i % statuses.length] }),
);
// A typical session: 10 resolutions and 40 attendance lines, in a group of 40 members (sorted second).
const typicalGroupId = call<{ id: string }>('workingGroups.create', { name: 'ب کارگروه معمول', province: 'مرکزی' }).id;
for (const name of organizations.slice(0, 40))
  call('members.add', { workingGroupId: typicalGroupId, organizationName: name });
const typicalId = call<{ id: string }>('sessions.create', { workingGroupId: typicalGroupId, date: '1405/09/02' }).id;
for (let i = 0; i < 10; i++) {
  const r = resolutions[i % resolutions.length]!;
  call('resolutions.add', {
    sessionId: typicalId,
    title: r.title,
    body: r.body,
    deadline: r.deadline,
    responsible: [{ text: organizations[i]! }],
  });
}
call<{ organizationId: string }[]>('members.list', { workingGroupId: typicalGroupId }).forEach((m, i) =>
  call('attendance.set', {
    sessionId: typicalId,
    organizationId: m.organizationId,
    status: statuses[i % statuses.length],
  }),
);
const target = call<{ resolutions: { id: string }[] }>('sessions.get', { id: sessionId }).resolutions[29]!.id;
const bodyOf = () =>
  (app.db.prepare('SELECT body FROM resolution WHERE id = ?').get(target) as { body: string } | undefined)?.body ?? '';

// Opening the data file as the app does (quick_check, migrations checked, identity) next to a bare open.
const opens: number[] = [];
const bareOpens: number[] = [];
for (let i = 0; i < RUNS + 1; i++) {
  let t = performance.now();
  (await openWithBackups(app.file)).close();
  if (i > 0) opens.push(performance.now() - t);
  t = performance.now();
  const bare = new Database(app.file);
  // The check the issue asks for at every open is most of it: the raw limit pays it too.
  bare.pragma('quick_check');
  bare.close();
  if (i > 0) bareOpens.push(performance.now() - t);
}

const browser = await launchChromium();
const firstScreen: number[] = [];
const bareFirstScreen: number[] = [];
const savePause: number[] = [];
const appToEditor: number[] = [];
const listToEditor: number[] = [];
const editorShown: number[] = [];
const keystrokeToSaved: number[] = [];
const saveOnly: number[] = [];
const typicalShown: number[] = [];
const inPageShown: number[] = [];
const inPageTypical: number[] = [];
const rendersOnOpen: Record<string, number>[] = [];
const rendersPerKeystroke: Record<string, number>[] = [];
let pageHeap = 0;
let hostRss = 0;
try {
  for (let run = 1; run <= RUNS; run++) {
    const page: Page = await newPage(browser);
    // React reports each commit to a stand-in for its DevTools: cards and lines rendered are counted.
    await countRenders(page);
    const sessionButton = page.getByRole('button', { name: 'جلسه ۱ سال ۱۴۰۵' });
    const lastBody = page.getByRole('textbox', { name: 'مفاد — مصوبه ۶۰' });
    const firstBody = page.getByRole('textbox', { name: 'مفاد — مصوبه ۱', exact: true });

    const t0 = performance.now();
    await step('load the app', page.goto(app.host.url));
    await step('session list', sessionButton.waitFor());
    const t1 = performance.now();
    firstScreen.push(t1 - t0);
    if (run === 1) {
      // The same first screen as static HTML with its CSS and fonts: what bare Chromium needs to show it.
      const html = (await page.content()).replace(/<script[\s\S]*?<\/script>/g, '');
      writeFileSync(path.join(rendererDir, 'bench-first-screen.html'), html);
    }
    const bare = await newPage(browser);
    const b0 = performance.now();
    await step('bare page', bare.goto(`${new URL(app.host.url).origin}/bench-first-screen.html`));
    await step('bare list', bare.getByText('جلسه ۱ سال ۱۴۰۵').first().waitFor());
    bareFirstScreen.push(performance.now() - b0);
    await bare.context().close();
    // From the click (the bare page above is not part of it).
    await takeRenders(page);
    const inPage = openedInPage(page, { cards: 60, lines: 60 });
    const t2 = performance.now();
    await step('open the editor', sessionButton.click());
    await step('first resolution shown', firstBody.waitFor());
    editorShown.push(performance.now() - t2);
    await step('60th resolution shown', lastBody.waitFor());
    await step('60th attendance line shown', page.locator('.attendance-table tbody tr:nth-child(60)').waitFor());
    listToEditor.push(performance.now() - t2);
    inPageShown.push(await step('the page saw it', inPage));
    appToEditor.push(t1 - t0 + (performance.now() - t2));
    // Once the page is idle: everything the opening rendered.
    await sleep(300);
    rendersOnOpen.push(await takeRenders(page));

    const body = page.getByRole('textbox', { name: 'مفاد — مصوبه ۳۰' });
    await step('focus a body', body.click());
    await step('caret at the end', page.keyboard.press('Control+End'));
    for (let k = 0; k < KEYSTROKES; k++) {
      const letter = 'آبپتثجچحخد'[k]!;
      const before = bodyOf();
      let sentAt = 0;
      let answeredAt = 0;
      const onSent = (r: Request) => {
        if (r.url().includes('/api/resolutions.update')) sentAt = performance.now();
      };
      const onAnswered = (r: Request) => {
        if (r.url().includes('/api/resolutions.update')) answeredAt = performance.now();
      };
      await takeRenders(page);
      page.on('request', onSent);
      page.on('requestfinished', onAnswered);
      const start = performance.now();
      await page.keyboard.type(letter);
      await step(
        'keystroke saved',
        (async () => {
          while (bodyOf() !== before + letter) await sleep(1);
        })(),
      );
      const done = performance.now();
      await step(
        'answer seen',
        (async () => {
          while (answeredAt === 0) await sleep(1);
        })(),
      );
      page.off('request', onSent);
      page.off('requestfinished', onAnswered);
      keystrokeToSaved.push(done - start);
      // What rendered for this keystroke: the page has its answer by now.
      await sleep(50);
      rendersPerKeystroke.push(await takeRenders(page));
      // As Playwright sees them: the request leaving the page, and its answer (the row is in SQLite by then).
      savePause.push(sentAt - start);
      saveOnly.push(answeredAt - sentAt);
    }
    // The typical session, opened from its group's list.
    await step('back to the list', page.getByRole('button', { name: 'بازگشت به جلسه‌ها' }).click());
    await step('typical group', page.getByRole('button', { name: /^ب کارگروه معمول/ }).click());
    const typicalButton = page.getByRole('button', { name: 'جلسه ۱ سال ۱۴۰۵' });
    await step('typical list', typicalButton.waitFor());
    const inPageTypicalRun = openedInPage(page, { cards: 10, lines: 40 });
    const t3 = performance.now();
    await step('open the typical session', typicalButton.click());
    await step('10th resolution shown', page.getByRole('textbox', { name: 'مفاد — مصوبه ۱۰' }).waitFor());
    await step('40th attendance line shown', page.locator('.attendance-table tbody tr:nth-child(40)').waitFor());
    typicalShown.push(performance.now() - t3);
    inPageTypical.push(await step('the page saw the typical session', inPageTypicalRun));

    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    const metrics = await cdp.send('Performance.getMetrics');
    pageHeap = Math.max(pageHeap, metrics.metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0);
    hostRss = Math.max(hostRss, process.memoryUsage().rss);
    await page.context().close();
    process.stdout.write(`run ${run}/${RUNS} done\n`);
  }
} finally {
  await browser.close();
  await app.close();
  rmSync(path.join(rendererDir, 'bench-first-screen.html'), { force: true });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
console.log(
  `\nthe app on a generated province (${generated.toLocaleString('en')} rows, scale ${SCALE}) + a session of 60 resolutions and 60 attendance lines, ${RUNS} runs (Chromium ${browser.version()})`,
);
console.log(summary('open the data file (quick_check, schema, identity)', opens));
console.log(summary('  bare better-sqlite3 open and quick_check', bareOpens));
console.log(`  ratio ${(median(opens) / median(bareOpens)).toFixed(2)}×`);
console.log(summary('first screen: load the app until the list shows', firstScreen));
console.log(summary('  bare Chromium, the same screen as static HTML', bareFirstScreen));
console.log(`  ratio ${(median(firstScreen) / median(bareFirstScreen)).toFixed(2)}×`);
console.log(summary('open: load the app, list, the whole editor', appToEditor));
console.log(summary('open: from the list to the editor shown (first card)', editorShown));
console.log(summary('open: from the list to all 60 cards and 60 lines', listToEditor));
console.log(summary('  in the page: from the press to the frame showing them', inPageShown));
console.log(summary('open: a typical session (10 resolutions, 40 lines) all shown', typicalShown));
console.log(summary('  in the page: from the press to the frame showing them', inPageTypical));
const rendered = (counts: Record<string, number>[], name: string) =>
  [...counts.map((c) => c[name] ?? 0)].sort((a, b) => a - b);
const spread = (xs: number[]) => `min ${xs[0] ?? NaN}, median ${median(xs)}, max ${xs.at(-1) ?? NaN}`;
console.log(
  `renders on opening (cards of 60 / lines of 60): ResolutionCard ${spread(rendered(rendersOnOpen, 'ResolutionCard'))}; AttendanceRow ${spread(rendered(rendersOnOpen, 'AttendanceRow'))}`,
);
console.log(
  `renders per keystroke saved (n=${rendersPerKeystroke.length}): ResolutionCard ${spread(rendered(rendersPerKeystroke, 'ResolutionCard'))}; AttendanceRow ${spread(rendered(rendersPerKeystroke, 'AttendanceRow'))}`,
);
console.log(summary('keystroke to saved in SQLite', keystrokeToSaved));
console.log(summary('  of which the page (keystroke to request sent)', savePause));
console.log(summary('  of which the save (request to answer, row in SQLite)', saveOnly));
console.log(
  `memory: host process (services, SQLite, this script) ${(hostRss / 1024 / 1024).toFixed(0)} MB resident; page JS heap ${(pageHeap / 1024 / 1024).toFixed(1)} MB`,
);
