/// <reference lib="dom" />
// Taking attendance fast: «همه حاضر» / «بقیه حاضر», a status key on a focused line (letters and
// digits), the person picker with the line's organisation's people first, and a new signatory
// picked from the directory (a half-typed name of several people is not saved).
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshots, draftSession, startApp, type TestApp, withGroup } from '../helpers/app';
import { seriousViolations } from '../helpers/axe';
import { launchChromium, newPage, openGroups } from '../helpers/browser';

const members = ['اداره کل آموزش و پرورش', 'اداره کل بهزیستی', 'جمعیت هلال احمر', 'فرمانداری اراک', 'شهرداری اراک'];

/** A letter typed on the Persian layout (Playwright's keyboard knows only the US one): its key and physical code. */
const persianCodes: Record<string, string> = { ح: 'KeyP', م: 'KeyL', ن: 'KeyK', غ: 'KeyY', ا: 'KeyH' };
async function pressPersian(page: Page, letter: string) {
  const cdp = await page.context().newCDPSession(page);
  const key = { key: letter, code: persianCodes[letter], text: letter, unmodifiedText: letter };
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', ...key });
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key: letter, code: persianCodes[letter] });
  await cdp.detach();
}

describe('attendance marking', () => {
  let browser: Browser;
  let app: TestApp;
  let sessionId: string;
  const orgs: Record<string, string> = {};

  beforeAll(async () => {
    app = await startApp();
    const groupId = withGroup(app);
    for (const name of members) {
      const m = app.call('members.add', { workingGroupId: groupId, organizationName: name }) as {
        organizationId: string;
      };
      orgs[name] = m.organizationId;
    }
    const person = (name: string, title: string, org: string | null) =>
      app.call('people.create', { name, title, organizationId: org && orgs[org] });
    person('فاطمی', 'معاون اداره کل', 'اداره کل بهزیستی');
    person('فولادوند', 'مدیر کل', 'اداره کل آموزش و پرورش');
    person('سید علی آقازاده', 'استاندار مرکزی', null);
    person('محمد آقازاده', 'فرماندار اراک', 'فرمانداری اراک');
    sessionId = draftSession(app, groupId);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  type Att = { session: { attendance: { organization: string; person: string | null; status: string }[] } };
  const exported = () => (app.call('minutes.export', { sessionId }) as Att).session.attendance;
  type View = { entries: { organizationName: string; status: string; derived: boolean }[] };
  /** The lines typed (derived absences left out): organisation and status. */
  const lines = () =>
    (app.call('attendance.get', { sessionId }) as View).entries
      .filter((e) => !e.derived)
      .map((e) => [e.organizationName, e.status]);
  type Sig = { session: { signatories: { name: string; title: string | null }[] } };
  const signatories = () => (app.call('minutes.export', { sessionId }) as Sig).session.signatories;

  it('marks the rest present in one press, then sets statuses with keys on the lines', async () => {
    const page = await newPage(browser, { width: 1366, height: 768 });
    const consoleErrors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
    await openGroups(page, app.host.url);
    await page.getByRole('button', { name: 'جلسه ۱ سال ۱۳۹۹' }).click();
    const section = page.getByRole('region', { name: 'حاضرین و غایبین' });
    await page.getByRole('heading', { name: 'غایبین (۵ دستگاه)' }).waitFor();
    await section.getByText('روی هر سطر:').waitFor();
    await section.screenshot({ path: path.join(screenshots, 'attendance-marking-start-1366.png') });
    await page.locator('.session-editor .content-header').screenshot({
      path: path.join(screenshots, 'attendance-marking-header-1366.png'),
    });

    // Keyboard: from «همه حاضر», Tab reaches the first line; «غ» marks it absent (a line of its own).
    const all = section.getByRole('button', { name: 'همه حاضر' });
    await all.focus();
    await page.keyboard.press('Tab');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe('اداره کل آموزش و پرورش: غایب');
    await pressPersian(page, 'غ');
    // The focus has gone on to the next line: «۲» (and the digits on the board) set the deputy.
    await expect.poll(() => lines()).toEqual([[members[0], 'absent']]);
    await page.keyboard.press('2');
    await expect
      .poll(() => lines())
      .toEqual([
        [members[0], 'absent'],
        [members[1], 'deputy'],
      ]);

    // «بقیه حاضر» now: every member still without a line, in one write.
    await section.getByRole('button', { name: 'بقیه حاضر' }).press('Enter');
    await page.getByRole('heading', { name: 'غایبین (۱ دستگاه)' }).waitFor();
    expect(lines()).toHaveLength(5);
    await expect.poll(() => section.getByRole('button', { name: /^(همه|بقیه) حاضر$/ }).count()).toBe(0);

    // Back on the lines: ↑ ↓ move, «ن» representative, «ا» excused, Latin-layout «p» (the key of «ح») present.
    await section.getByRole('row', { name: 'اداره کل آموزش و پرورش: غایب' }).focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await pressPersian(page, 'ن');
    await pressPersian(page, 'ا');
    await section.getByRole('row', { name: 'اداره کل آموزش و پرورش: غایب' }).focus();
    await page.keyboard.press('p');
    await page.getByRole('heading', { name: 'غایبین (۱ دستگاه)' }).waitFor();
    await expect
      .poll(() => exported())
      .toEqual([
        { organization: members[0], person: null, status: 'present' },
        { organization: members[1], person: null, status: 'deputy' },
        { organization: members[2], person: null, status: 'representative' },
        { organization: members[3], person: null, status: 'excused' },
        { organization: members[4], person: null, status: 'present' },
      ]);
    // A letter typed in a line's person field is text, not a status.
    const person = section.getByRole('combobox', { name: `نام شخص — ${members[4]}` });
    await person.click();
    await page.keyboard.type('غلامی');
    await page.getByRole('status').filter({ hasText: 'همه تغییرات ذخیره شده است' }).waitFor();
    await expect.poll(() => exported()[4]).toEqual({ organization: members[4], person: 'غلامی', status: 'present' });
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await section.scrollIntoViewIfNeeded();
    await section.screenshot({ path: path.join(screenshots, 'attendance-marking-1366.png') });
    await page.setViewportSize({ width: 1920, height: 1080 });
    await section.screenshot({ path: path.join(screenshots, 'attendance-marking-1920.png') });
    await page.locator('.session-editor .content-header').screenshot({
      path: path.join(screenshots, 'attendance-marking-header-1920.png'),
    });
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it("offers the line's organisation's people first, and picking fills the person", async () => {
    const page = await newPage(browser, { width: 1366, height: 768 });
    await openGroups(page, app.host.url);
    await page.getByRole('button', { name: 'جلسه ۱ سال ۱۳۹۹' }).click();
    const section = page.getByRole('region', { name: 'حاضرین و غایبین' });
    const person = section.getByRole('combobox', { name: `نام شخص — ${members[0]}` });
    await person.click();
    await page.keyboard.type('ف');
    const options = page.getByRole('listbox').getByRole('option');
    await expect.poll(() => options.allInnerTexts()).toEqual(['فولادوند — مدیر کل', 'فاطمی — معاون اداره کل']);
    await options.first().click();
    await expect.poll(() => exported()[0]).toEqual({ organization: members[0], person: 'فولادوند', status: 'present' });
    expect(await person.inputValue()).toBe('فولادوند');

    // The same on the keyboard, on another line: its organisation's «فاطمی» comes first.
    const other = section.getByRole('combobox', { name: `نام شخص — ${members[1]}` });
    await other.focus();
    await page.keyboard.type('ف');
    await expect.poll(() => options.allInnerTexts()).toEqual(['فاطمی — معاون اداره کل', 'فولادوند — مدیر کل']);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(() => exported()[1]).toEqual({ organization: members[1], person: 'فاطمی', status: 'deputy' });
    await page.close();
  });

  it('picks a new signatory from the directory, and does not save a half-typed name', async () => {
    const page = await newPage(browser, { width: 1366, height: 768 });
    await openGroups(page, app.host.url);
    await page.getByRole('button', { name: 'جلسه ۱ سال ۱۳۹۹' }).click();
    const region = page.getByRole('region', { name: 'امضاکنندگان' });
    const box = region.getByRole('combobox', { name: 'امضاکننده تازه (Enter برای افزودن)' });
    await box.fill('آقاز');
    await box.press('Enter');
    await region.getByText('چند نفر از فهرست اشخاص با این نام هستند').waitFor();
    expect(signatories()).toEqual([]);
    // The keyboard: the first suggestion, with its title.
    await box.press('ArrowDown');
    await box.press('Enter');
    await expect.poll(() => signatories()).toEqual([{ name: 'سید علی آقازاده', title: 'استاندار مرکزی' }]);
    await expect.poll(() => box.inputValue()).toBe('');
    // The mouse: one of the suggestions.
    await box.fill('محمد');
    await page.getByRole('option', { name: /محمد آقازاده/ }).click();
    await expect
      .poll(() => signatories())
      .toEqual([
        { name: 'سید علی آقازاده', title: 'استاندار مرکزی' },
        { name: 'محمد آقازاده', title: 'فرماندار اراک' },
      ]);
    // One person the typed text names is that person; a name the directory lacks is taken as typed.
    await box.fill('فولاد');
    await box.press('Enter');
    await box.fill('رحیمی');
    await box.press('Enter');
    await expect
      .poll(() => signatories().map((s) => s.name))
      .toEqual(['سید علی آقازاده', 'محمد آقازاده', 'فولادوند', 'رحیمی']);
    await page.close();
  });

  it('marks all present with the mouse, then a click on a line and a key', async () => {
    const second = draftSession(
      app,
      (app.call('sessions.get', { id: sessionId }) as { workingGroupId: string }).workingGroupId,
      '1399/03/03',
    );
    const page = await newPage(browser, { width: 1920, height: 1080 });
    await openGroups(page, app.host.url);
    await page.getByRole('button', { name: 'جلسه ۲ سال ۱۳۹۹' }).click();
    const section = page.getByRole('region', { name: 'حاضرین و غایبین' });
    await section.getByRole('button', { name: 'همه حاضر' }).click();
    await page.getByRole('heading', { name: 'غایبین (۰ دستگاه)' }).waitFor();
    await section.getByRole('rowheader', { name: members[3] }).click();
    await page.keyboard.press('4');
    await page.getByRole('heading', { name: 'غایبین (۱ دستگاه)' }).waitFor();
    const view = app.call('attendance.get', { sessionId: second }) as View;
    expect(view.entries.map((e) => [e.organizationName, e.status, e.derived])).toEqual(
      members.map((m, i) => [m, i === 3 ? 'absent' : 'present', false]),
    );
    await page.close();
  });

  it('marks a range of lines with one key (Shift with the arrows, Shift+End, Shift+click), and Enter goes on to the next person', async () => {
    const third = draftSession(
      app,
      (app.call('sessions.get', { id: sessionId }) as { workingGroupId: string }).workingGroupId,
      '1399/04/04',
    );
    const page = await newPage(browser, { width: 1366, height: 768 });
    await openGroups(page, app.host.url);
    const { number } = app.call('sessions.get', { id: third }) as { number: number };
    await page.getByRole('button', { name: `جلسه ${number.toLocaleString('fa-IR')} سال ۱۳۹۹` }).click();
    const section = page.getByRole('region', { name: 'حاضرین و غایبین' });
    // Keyboard: the second line, Shift+↓ once, «2»: both deputies; the focus on the line after them.
    await section.getByRole('rowheader', { name: members[1]! }).click();
    await page.keyboard.press('Shift+ArrowDown');
    expect(await section.locator('tr[aria-selected="true"]').count()).toBe(2);
    await page.keyboard.press('2');
    // Each organisation's status (typed lines first, derived absences after them: compared by name).
    const status = () =>
      Object.fromEntries(
        (app.call('attendance.get', { sessionId: third }) as View).entries.map((e) => [e.organizationName, e.status]),
      );
    const expected = (...xs: string[]) => Object.fromEntries(members.map((m, i) => [m, xs[i]]));
    await expect.poll(status).toEqual(expected('absent', 'deputy', 'deputy', 'absent', 'absent'));
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toContain(members[3]!);
    // Shift+End from there, «4»: the rest marked absent explicitly; then «بقیه حاضر» for the first.
    await page.keyboard.press('Shift+End');
    await page.keyboard.press('4');
    await section.getByRole('button', { name: 'بقیه حاضر' }).click();
    await expect.poll(status).toEqual(expected('present', 'deputy', 'deputy', 'absent', 'absent'));
    // The mouse: a click on a line's name, Shift+click on another, a key: the lines between too.
    await section.getByRole('rowheader', { name: members[2]! }).click();
    await section.getByRole('rowheader', { name: members[4]! }).click({ modifiers: ['Shift'] });
    await page.keyboard.press('3');
    await expect
      .poll(status)
      .toEqual(expected('present', 'deputy', 'representative', 'representative', 'representative'));
    // Persons: typed in the first line's field, Enter goes on to the next line's.
    const person = (m: string) =>
      section
        .locator('tbody tr')
        .filter({ has: page.locator(`th:text-is("${m}")`) })
        .locator('td.person-cell input');
    await person(members[0]!).click();
    await page.keyboard.type('رضایی');
    await page.keyboard.press('Enter');
    await expect.poll(() => person(members[1]!).evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('کریمی');
    await page.keyboard.press('Enter');
    await expect.poll(() => person(members[2]!).evaluate((el) => el === document.activeElement)).toBe(true);
    await expect
      .poll(() =>
        (app.call('minutes.export', { sessionId: third }) as Att).session.attendance.slice(0, 2).map((a) => a.person),
      )
      .toEqual(['رضایی', 'کریمی']);
    await page.screenshot({ path: path.join(screenshots, 'attendance-range-1366.png') });
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });
});
