// Benchmark of the session editor (issue 3): a session of 60 resolutions and 60 attendance lines,
// the real renderer in Debian Chromium, the real services and SQLite file behind the browser host.
// Prints, over several runs, the time to open the editor and from a keystroke to the text in SQLite.
// Run: `npm run bench` (builds the renderer first). Not part of `npm test`: figures, not pass/fail.
import { performance } from 'node:perf_hooks';
import type { Page } from 'playwright-core';
import { startApp, withGroup } from '../helpers/app';
import { launchChromium, newPage } from '../helpers/browser';
import { fixture } from '../helpers/fixtures';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
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

function summary(label: string, ms: number[]): string {
  const s = [...ms].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN;
  const f = (v: number) => `${v.toFixed(0)} ms`;
  return `${label.padEnd(52)} min ${f(s[0] ?? NaN)}  median ${f(at(0.5))}  max ${f(s.at(-1) ?? NaN)}  (n=${s.length})`;
}

const app = await startApp();
const groupId = withGroup(app, 'کارگروه سنجش');
const call = <T>(op: string, input: unknown) => app.call(op, input) as T;

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
const target = call<{ resolutions: { id: string }[] }>('sessions.get', { id: sessionId }).resolutions[29]!.id;
const bodyOf = () =>
  (app.db.prepare('SELECT body FROM resolution WHERE id = ?').get(target) as { body: string } | undefined)?.body ?? '';

const browser = await launchChromium();
const appToEditor: number[] = [];
const listToEditor: number[] = [];
const keystrokeToSaved: number[] = [];
try {
  for (let run = 1; run <= RUNS; run++) {
    const page: Page = await newPage(browser);
    const sessionButton = page.getByRole('button', { name: 'جلسه ۱ سال ۱۴۰۵' });
    const lastBody = page.getByRole('textbox', { name: 'مفاد — مصوبه ۶۰' });

    const t0 = performance.now();
    await step('load the app', page.goto(app.host.url));
    await step('session list', sessionButton.waitFor());
    const t1 = performance.now();
    await step('open the editor', sessionButton.click());
    await step('60th resolution shown', lastBody.waitFor());
    const t2 = performance.now();
    appToEditor.push(t2 - t0);
    listToEditor.push(t2 - t1);

    const body = page.getByRole('textbox', { name: 'مفاد — مصوبه ۳۰' });
    await step('focus a body', body.click());
    await step('caret at the end', page.keyboard.press('Control+End'));
    for (let k = 0; k < KEYSTROKES; k++) {
      const letter = 'آبپتثجچحخد'[k]!;
      const before = bodyOf();
      const start = performance.now();
      await page.keyboard.type(letter);
      await step(
        'keystroke saved',
        (async () => {
          while (bodyOf() !== before + letter) await sleep(2);
        })(),
      );
      keystrokeToSaved.push(performance.now() - start);
    }
    await page.context().close();
    process.stdout.write(`run ${run}/${RUNS} done\n`);
  }
} finally {
  await browser.close();
  await app.close();
}

console.log(`\nsession editor, 60 resolutions + 60 attendance lines, ${RUNS} runs (Chromium ${browser.version()})`);
console.log(summary('open: load the app, list, editor shown', appToEditor));
console.log(summary('open: from the session list to the editor', listToEditor));
console.log(summary('keystroke to saved in SQLite (incl. 400 ms pause)', keystrokeToSaved));
