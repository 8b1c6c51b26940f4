/// <reference lib="dom" />
// Benchmark of drafting the real Markazi minutes (test/fixtures/minutes/markazi-1399-01.json) in the
// app, in Chromium behind the browser host, as test/e2e/draft-fixture.test.ts does (issue 18): it
// counts what the secretary does beyond typing the text of the minutes — every click, and every key
// press that is not a character of the minutes (Enter, Tab, arrows, Escape, Ctrl+…, a letter used to
// pick an option) — per part of the session, and in all. It measures the best path a practised
// secretary would take with what the UI offers today: the mouse or the keyboard, whichever reaches
// the next field or choice in fewer actions. The typed text itself counts 0 (`act.type`, which first
// checks that the field it types into has the focus: reaching a field is always counted). At the end
// `dabir export` of the session must equal the fixture, so the figures are of a complete session.
// Each part's path is one function below (`paths`): change one when the UI offers a shorter way.
// Run: `node --import tsx test/bench/drafting.ts` after `npx electron-vite build` (or `npm run bench`).
// BENCH_TRACE=1 prints every action with the element that has the focus after it.
import { execFile } from 'node:child_process';
import { isDeepStrictEqual, promisify } from 'node:util';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { startApp } from '../helpers/app';
import { launchChromium, newPage } from '../helpers/browser';
import { fixture } from '../helpers/fixtures';

const TRACE = process.env.BENCH_TRACE === '1';
const bin = path.resolve(import.meta.dirname, '../../bin/dabir.mjs');

const parts = ['header', 'agenda', 'discussion', 'resolutions', 'attendance', 'signatories'] as const;
type Part = (typeof parts)[number] | 'setup';
const targets: Partial<Record<Part | 'total', number>> = { attendance: 40, total: 150 };
/** Today's figures (the UI of b76299b, 2026-12-01), printed first: the count on the code run comes next to them. */
const before: Record<Part, number> = {
  setup: 48,
  header: 8,
  agenda: 3,
  discussion: 24,
  resolutions: 37,
  attendance: 77,
  signatories: 3,
};

/** Every action the secretary takes, counted where it is taken: the script acts on the page only through it (waits and checks are not actions). */
class Actions {
  readonly counts = new Map<Part, number>();
  readonly clicks = new Map<Part, number>();
  part: Part = 'setup';
  constructor(readonly page: Page) {}

  private async count(what: string) {
    this.counts.set(this.part, (this.counts.get(this.part) ?? 0) + 1);
    if (what.startsWith('click')) this.clicks.set(this.part, (this.clicks.get(this.part) ?? 0) + 1);
    if (TRACE) {
      const focused = await this.page.evaluate(() => {
        const el = document.activeElement;
        return el
          ? `${el.tagName.toLowerCase()} «${el.getAttribute('aria-label') ?? el.textContent?.slice(0, 30)}»`
          : '';
      });
      console.log(`  ${this.part} ${this.counts.get(this.part)}: ${what} → ${focused}`);
    }
  }
  /** A click: 1. */
  async click(target: Locator) {
    await target.click();
    await this.count(`click ${String(target)}`);
  }
  /** A key that is not a character of the minutes (Enter, Tab, Escape, Control+a, a letter picking an option): 1. */
  async press(key: string) {
    await this.page.keyboard.press(key);
    await this.count(`press ${key}`);
  }
  /**
   * Letters pressed as a command, each one counted (a select's type-ahead: «مس» is 2). As a Persian
   * keyboard sends them, a key down with its character: Playwright's keyboard knows only US keys.
   */
  async keys(letters: string) {
    const cdp = await this.page.context().newCDPSession(this.page);
    for (const key of letters) {
      await cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', key, text: key, unmodifiedText: key });
      await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key });
      await this.count(`key ${key}`);
    }
    await cdp.detach();
  }
  /** The minutes' own text, typed into the field that has the focus: 0 (reaching the field was counted). */
  async type(field: Locator, text: string) {
    if (!(await field.evaluate((el) => el === document.activeElement)))
      throw new Error(`typing into ${String(field)} without the focus there: the path misses an action`);
    await this.page.keyboard.insertText(text);
  }
}

/** Waits that are not actions: the app catching up before the next one. */
const emptied = async (box: Locator) => {
  for (let i = 0; i < 200 && (await box.inputValue()) !== ''; i++) await new Promise((r) => setTimeout(r, 10));
  if ((await box.inputValue()) !== '') throw new Error(`${String(box)} was not emptied after Enter`);
};

const doc = fixture();
const s = doc.session;
type Attendance = { organization: string; person: string | null; status: string };
type Resolution = {
  row: number;
  title: string | null;
  body: string;
  deadline: { kind: string; value?: number };
  responsible: string[];
};

/** The paths, one function a part: the shortest the UI offers today. */
const paths: Record<Part, (act: Actions, page: Page) => Promise<void>> = {
  // Once for the group, not per session: counted apart, outside the session's total.
  async setup(act, page) {
    const fields: [string, string][] = [
      ['نام دبیرخانه', 'دبیرخانه کارگروه‌های استانداری مرکزی'],
      ['استان', doc.workingGroup.province],
      ['نام کارگروه', doc.workingGroup.name],
      ['دستگاه برگزارکننده', doc.workingGroup.organization],
    ];
    for (const [i, [name, text]] of fields.entries()) {
      const box = page.getByRole('textbox', { name });
      if (i === 0) await act.click(box);
      else await act.press('Tab');
      await act.type(box, text);
    }
    await act.click(page.getByRole('button', { name: 'شروع کار' }));
    await act.click(page.getByRole('button', { name: 'تنظیمات کارگروه' }));
    const add = page.getByRole('combobox', { name: 'افزودن دستگاه عضو' });
    await act.click(add);
    for (const a of s.attendance as Attendance[]) {
      await act.type(add, a.organization);
      await act.press('Enter');
      await emptied(add);
    }
    await page.getByRole('heading', { name: 'دستگاه‌های عضو (۴۰)' }).waitFor();
    await act.click(page.getByRole('button', { name: 'بازگشت به جلسه‌ها' }));
  },

  // A new session, moved to the minutes' date (it becomes session 1 of 1399), its place, chair and secretary.
  async header(act, page) {
    await act.click(page.getByRole('button', { name: 'جلسه جدید' }));
    const date = page.getByRole('textbox', { name: 'تاریخ جلسه' });
    await act.click(date);
    // Today's date is there: select it, then type the minutes' date over it.
    await act.press('Control+a');
    await act.type(
      date,
      s.date.replace(/\d/g, (d: string) => '۰۱۲۳۴۵۶۷۸۹'[Number(d)]!),
    );
    await page.getByRole('heading', { name: 'جلسه ۱ سال ۱۳۹۹' }).waitFor();
    const location = page.getByRole('textbox', { name: 'مکان' });
    await act.click(location);
    await act.type(location, s.location);
    for (const [role, who] of [
      ['رئیس', s.chair],
      ['دبیر', s.secretary],
    ] as const) {
      const name = page.getByRole('combobox', { name: `${role} جلسه` });
      await act.click(name);
      await act.type(name, who.name);
      const title = page.getByRole('textbox', { name: `سمت ${role}` });
      await act.click(title);
      await act.type(title, who.title);
    }
  },

  async agenda(act, page) {
    const box = page.getByRole('textbox', { name: 'دستور کار تازه (Enter برای افزودن)' });
    await act.click(box);
    for (const item of s.agenda as string[]) {
      await act.type(box, item);
      await act.press('Enter');
      await emptied(box);
    }
  },

  async discussion(act, page) {
    for (const [i, d] of (
      s.discussion as { speaker: { name: string | null; title: string }; points: string[] }[]
    ).entries()) {
      const n = (i + 1).toLocaleString('fa-IR');
      await act.click(page.getByRole('button', { name: 'افزودن سخنران' }));
      if (d.speaker.name) {
        const name = page.getByRole('combobox', { name: `نام سخنران ${n}` });
        await act.click(name);
        await act.type(name, d.speaker.name);
      }
      const title = page.getByRole('textbox', { name: `سمت سخنران ${n}` });
      await act.click(title);
      await act.type(title, d.speaker.title);
      const box = page.getByRole('textbox', { name: `مطلب تازه (Enter برای افزودن) — سخنران ${n}` });
      await act.click(box);
      for (const p of d.points) {
        await act.type(box, p);
        await act.press('Enter');
        await emptied(box);
      }
    }
  },

  // The bodies first, one after another in the new box (Ctrl+Enter adds one and stays there); then
  // each card: its title, its deadline (the kind by mouse: 2; a count kind puts the focus in its
  // number), its responsible bodies (Enter adds each and keeps the box).
  async resolutions(act, page) {
    const kindLabel: Record<string, string> = {
      days: 'روز',
      weeks: 'هفته',
      months: 'ماه',
      continuous: 'مستمر',
      immediate: 'فوری',
    };
    const rs = s.resolutions as Resolution[];
    const body = page.getByLabel('مفاد مصوبه تازه', { exact: true });
    await act.click(body);
    for (const r of rs) {
      await act.type(body, r.body);
      await act.press('Control+Enter');
      await page.getByRole('article', { name: `مصوبه ${r.row.toLocaleString('fa-IR')}` }).waitFor();
      await emptied(body);
    }
    for (const r of rs) {
      const n = r.row.toLocaleString('fa-IR');
      const card = page.getByRole('article', { name: `مصوبه ${n}` });
      if (r.title) {
        const title = card.getByRole('textbox', { name: `عنوان — مصوبه ${n}` });
        await act.click(title);
        await act.type(title, r.title);
      }
      await act.click(card.getByRole('button', { name: new RegExp(`مهلت اقدام — مصوبه ${n}`) }));
      await act.click(page.getByRole('option', { name: kindLabel[r.deadline.kind], exact: true }));
      if (r.deadline.value !== undefined) {
        // The number box has the focus once a count kind is chosen; the number is the minutes' text.
        const count = card.getByRole('textbox', { name: `تعداد ${kindLabel[r.deadline.kind]}` });
        await act.type(count, r.deadline.value.toLocaleString('fa-IR'));
      }
      const who = page.getByRole('combobox', { name: `افزودن مسئول پیگیری — مصوبه ${n}` });
      await act.click(who);
      for (const text of r.responsible) {
        await act.type(who, text);
        await act.press('Enter');
        await emptied(who);
      }
      await card
        .locator('.tag')
        .nth(r.responsible.length - 1)
        .waitFor();
    }
  },

  // The lines not present first, as ranges: a click on the first one's name, Shift+↓ to the last
  // of a run (Shift+End for the absent ones at the end), one key for all; then «بقیه حاضر» for the
  // rest; then the persons: a click into the first, Enter on to the next line's (an empty one passed).
  async attendance(act, page) {
    const all = s.attendance as Attendance[];
    const key: Record<string, string> = { deputy: '2', representative: '3', absent: '4' };
    const line = (a: Attendance) =>
      page.locator('.attendance-table tbody tr').filter({ has: page.locator(`th:text-is("${a.organization}")`) });
    let i = all.findIndex((a) => a.status !== 'present');
    let focused = -1;
    while (i < all.length) {
      // The focus goes on to the line after a run marked: a click only where a present line is between.
      if (i !== focused) await act.click(line(all[i]!).locator('th'));
      const status = all[i]!.status;
      let j = i;
      while (all[j + 1]?.status === status) j++;
      if (j === all.length - 1 && j > i) await act.press('Shift+End');
      else for (let k = i; k < j; k++) await act.press('Shift+ArrowDown');
      await act.press(key[status]!);
      i = j + 1;
      focused = i;
      while (i < all.length && all[i]!.status === 'present') i++;
    }
    // The present ones are still absent by default until «بقیه حاضر».
    await page.getByRole('heading', { name: 'غایبین (۳۱ دستگاه)' }).waitFor();
    await act.click(page.getByRole('button', { name: 'بقیه حاضر' }));
    await page.getByRole('heading', { name: 'غایبین (۱۴ دستگاه)' }).waitFor();
    const persons = all.map((a, n) => [a, n] as const).filter(([a]) => a.person);
    const lastPerson = persons.at(-1)![1];
    for (let n = persons[0]![1]; n <= lastPerson; n++) {
      const person = line(all[n]!).locator('td.person-cell input');
      if (n === persons[0]![1]) await act.click(person);
      else await act.press('Enter');
      if (all[n]!.person) await act.type(person, all[n]!.person!);
    }
    await page.getByRole('button', { name: 'بقیه حاضر' }).waitFor({ state: 'detached' });
  },

  async signatories(act, page) {
    const box = page.getByRole('combobox', { name: 'امضاکننده تازه (Enter برای افزودن)' });
    for (const [i, g] of (s.signatories as { name: string; title: string }[]).entries()) {
      await act.click(box);
      await act.type(box, g.name);
      await act.press('Enter');
      await emptied(box);
      const title = page.getByRole('textbox', { name: `سمت امضاکننده ${(i + 1).toLocaleString('fa-IR')}` });
      await act.click(title);
      await act.type(title, g.title);
    }
  },
};

const app = await startApp();
const browser = await launchChromium();
let act: Actions;
try {
  const page = await newPage(browser, { width: 1280, height: 1000 });
  await page.goto(app.host.url);
  act = new Actions(page);
  for (const part of ['setup', ...parts] as const) {
    act.part = part;
    await paths[part](act, page);
  }
  await page.getByRole('status').filter({ hasText: 'همه تغییرات ذخیره شده است' }).waitFor();
  const { stdout } = await promisify(execFile)(process.execPath, [bin, 'export', '1399/1', '--db', app.file], {
    encoding: 'utf8',
  });
  const out = JSON.parse(stdout);
  delete out.workingGroup.id;
  delete out.session.id;
  for (const r of out.session.resolutions) {
    delete r.id;
    delete r.dueDate;
  }
  if (!isDeepStrictEqual(out, doc)) {
    for (const key of Object.keys(doc.session))
      if (!isDeepStrictEqual(out.session[key], doc.session[key]))
        console.error(`session.${key} differs:`, JSON.stringify(out.session[key]).slice(0, 400));
    throw new Error('the exported session is not the fixture: the count is not of a complete session');
  }
} finally {
  await browser.close();
  await app.close();
}

const n = (p: Part) => act.counts.get(p) ?? 0;
const clicks = (p: Part) => act.clicks.get(p) ?? 0;
const total = parts.reduce((sum, p) => sum + n(p), 0);
const totalClicks = parts.reduce((sum, p) => sum + clicks(p), 0);
const meets = (value: number, target: number | undefined) =>
  target === undefined ? '' : `target ≤ ${target}: ${value <= target ? 'meets' : 'misses'}`;
const line = (name: string, was: number | string, now: number, c: number, target?: number) =>
  console.log(
    `${name.padEnd(12)} ${String(was).padStart(6)} ${String(now).padStart(6)}   ${`${c} clicks, ${now - c} keys`.padEnd(20)} ${meets(now, target)}`.trimEnd(),
  );
console.log(
  `\ndrafting the fixture (${s.agenda.length} agenda items, ${s.discussion.length} speakers, ${s.resolutions.length} resolutions, ${
    (s.attendance as Attendance[]).filter((a) => a.status !== 'absent').length
  } of ${s.attendance.length} organisations attended, ${s.signatories.length} signatory), the exported session equals the fixture`,
);
console.log(`actions beyond the text\n${'part'.padEnd(12)} ${'before'.padStart(6)} ${'now'.padStart(6)}`);
for (const p of parts) line(p, before[p], n(p), clicks(p), targets[p]);
line(
  'session',
  parts.reduce((sum, p) => sum + before[p], 0),
  total,
  totalClicks,
  targets.total,
);
line('setup', before.setup, n('setup'), clicks('setup'));
console.log('(setup: the first run and the 40 member organisations, once per group; not in the session)');
