// Past minutes saved as a draft to review, on a real SQLite file: the working group it goes to,
// a two-digit year's century, bodies matched to members, refusals that leave the file as it was,
// and the review beside the draft until it is accepted.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportedDraft, Result } from '../../../electron/contract';
import { linesOfText } from '../../../electron/core/past-minutes/source-lines';
import { api, dump } from '../../helpers/db';
import { pastMinutesDir } from '../../helpers/past-minutes-files';
import { provinceDb, readPastMinutes } from '../../helpers/past-minutes-import';

const seed = readFileSync(path.join(pastMinutesDir, 'markazi-1399-01.txt'), 'utf8');

/** Short minutes as another body writes them: `date` in the header, the rest fixed. */
const minutes = (title: string, date: string, extra = '') => `${title}
تاریخ: ${date}
مکان: سالن جلسات فرمانداری
مصوبات:
۱- مقرر شد اداره کل بهزيستي ظرف ۱۰ روز گزارش دهد.
مسئول پیگیری: اداره کل بهزیستی
حاضرین: احمدی، اداره کل بهزيستي - رضایی، آموزش و پرورش استان مرکزی - کریمی، اداره کل ورزش و جوانان
${extra}`;

function save(
  db: ReturnType<typeof provinceDb>,
  text: string,
  group: string | null = null,
  fileName = 'قدیمی.txt',
): Result<ImportedDraft> {
  return api(db).dispatch('pastMinutes.save', {
    fileName,
    kind: 'pasted',
    sha256: null,
    lines: linesOfText(text),
    group,
  }) as unknown as Result<ImportedDraft>;
}

describe('past minutes saved as a draft', () => {
  it('goes to the group the minutes name, made when new, and is a draft with its source kept', () => {
    const db = provinceDb();
    const r = save(db, seed);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toMatchObject({ workingGroupCreated: true, year: 1399, number: 1, date: '1399/02/02' });
    const { call } = api(db);
    expect(call('sessions.get', { id: r.value.sessionId }).status).toBe('draft');
    const review = call('pastMinutes.review', { sessionId: r.value.sessionId })!;
    // The file line for line, a table row's cells between bars.
    const fileLines = seed.replace(/\r/g, '').split('\n');
    expect(review.lines).toHaveLength(fileLines.length);
    review.lines.forEach((l, i) =>
      expect(l.text).toBe(
        fileLines[i]!.trimEnd()
          .split('\t')
          .map((c) => c.trim())
          .join(' | '),
      ),
    );
    // Nothing dropped unseen: the lines not in the draft are those the review shows unused.
    const unused = review.lines.filter((l) => !review.used.includes(l.n) && l.text.trim() !== '').map((l) => l.text);
    expect(unused).toEqual(['سید', 'مهر ۳۰']);
    expect(review.uncertain.map((u) => u.reason)).toEqual([
      expect.stringContaining('(بهدیر)'),
      expect.stringContaining('سیاه روح'),
    ]);
    const at = (line: number | null) => (line === null ? '' : review.lines[line - 1]!.text);
    expect(review.uncertain.map((u) => at(u.line).slice(0, 6))).toEqual(['حاضرین', 'غایبین']);
    // A second file for the same group finds it, whatever its spacing or «تخصصی».
    const again = save(
      db,
      minutes('صورتجلسه دومین جلسه کارگروه امور اجتماعی، فرهنگی، سلامت، زنان و خانواده استان', '1399/03/05'),
    );
    expect(again.ok && again.value).toMatchObject({
      workingGroupId: r.value.workingGroupId,
      workingGroupCreated: false,
      number: 2,
    });
  });

  it('takes --group (made when it does not exist), or the only group when the minutes name none', () => {
    const db = provinceDb();
    const named = save(db, minutes('صورتجلسه اولین جلسه', '1401/02/10'), 'کارگروه اشتغال');
    expect(named.ok && named.value).toMatchObject({ workingGroupName: 'کارگروه اشتغال', workingGroupCreated: true });
    const only = save(db, minutes('صورتجلسه دومین جلسه', '1401/03/10'));
    expect(only.ok && only.value).toMatchObject({
      workingGroupName: 'کارگروه اشتغال',
      workingGroupCreated: false,
      number: 2,
    });
    api(db).call('workingGroups.create', {
      name: 'کارگروه سلامت',
      province: 'مرکزی',
      organization: null,
      immediateDays: 3,
    });
    const which = save(db, minutes('صورتجلسه سومین جلسه', '1401/04/10'));
    expect(which.ok).toBe(false);
    if (!which.ok) expect(which.error.message).toMatch(/^«قدیمی\.txt»: .*چند کارگروه/);
  });

  it('gives «۹۹/۲/۲» its century from the group’s years, and marks it when it cannot tell', () => {
    const db = provinceDb();
    const guess = save(db, minutes('صورتجلسه اولین جلسه کارگروه اشتغال', '۰۲/۲/۲'));
    expect(guess.ok && guess.value).toMatchObject({ year: 1402, date: '1402/02/02' });
    const { call } = api(db);
    if (guess.ok)
      expect(call('pastMinutes.review', { sessionId: guess.value.sessionId })!.uncertain).toContainEqual(
        expect.objectContaining({ path: 'session.date', line: 2, reason: expect.stringContaining('۱۴۰۲') }),
      );
    // Once the group has sessions in the 1390s, «۹۸» is 1398 without asking.
    const sure = save(db, minutes('صورتجلسه دومین جلسه کارگروه اشتغال', '۹۸/۵/۱'), null, 'دوم.txt');
    expect(sure.ok).toBe(true);
    const db2 = provinceDb();
    save(db2, minutes('صورتجلسه اولین جلسه کارگروه اشتغال', '1397/01/20'));
    const known = save(db2, minutes('صورتجلسه دومین جلسه کارگروه اشتغال', '۹۸/۵/۱'));
    expect(known.ok && known.value).toMatchObject({ year: 1398, date: '1398/05/01' });
    if (known.ok)
      expect(
        api(db2)
          .call('pastMinutes.review', { sessionId: known.value.sessionId })!
          .uncertain.filter((u) => u.path === 'session.date'),
      ).toEqual([]);
  });

  it('matches bodies to the group’s members (ي/ك, «اداره کل», «استان …») and offers the others', () => {
    const db = provinceDb();
    const { call } = api(db);
    const g = call('workingGroups.create', {
      name: 'کارگروه اشتغال',
      province: 'مرکزی',
      organization: null,
      immediateDays: 3,
    });
    const welfare = call('members.add', { workingGroupId: g.id, organizationName: 'بهزیستی استان مرکزی', since: null });
    const education = call('members.add', {
      workingGroupId: g.id,
      organizationName: 'اداره کل آموزش و پرورش',
      since: null,
    });
    const r = save(db, minutes('صورتجلسه اولین جلسه کارگروه اشتغال', '1401/02/10'));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const lines = call('sessions.get', { id: r.value.sessionId }).attendance.entries.filter(
      (e) => e.status === 'present',
    );
    expect(lines.map((e) => e.organizationId).slice(0, 2)).toEqual([welfare.organizationId, education.organizationId]);
    const review = call('pastMinutes.review', { sessionId: r.value.sessionId })!;
    expect(review.unknownOrganizations.map((o) => [o.name, o.isMember])).toEqual([['اداره کل ورزش و جوانان', false]]);
    call('pastMinutes.addMembers', {
      sessionId: r.value.sessionId,
      organizationIds: review.unknownOrganizations.map((o) => o.organizationId),
    });
    expect(call('members.list', { workingGroupId: g.id }).map((m) => m.organizationName)).toContain(
      'اداره کل ورزش و جوانان',
    );
    expect(call('pastMinutes.review', { sessionId: r.value.sessionId })!.unknownOrganizations[0]!.isMember).toBe(true);
    // Only the bodies of this draft's attendance may be added through it.
    const stray = api(db).dispatch('pastMinutes.addMembers', { sessionId: r.value.sessionId, organizationIds: [g.id] });
    expect(stray.ok).toBe(false);
  });

  it('refuses the same file twice and a session that exists, changing nothing', () => {
    const db = provinceDb();
    const sha256 = 'a'.repeat(64);
    const first = api(db).dispatch('pastMinutes.save', {
      fileName: 'الف.txt',
      kind: 'txt',
      sha256,
      lines: linesOfText(seed),
      group: null,
    });
    expect(first.ok).toBe(true);
    const before = dump(db);
    const twice = api(db).dispatch('pastMinutes.save', {
      fileName: 'ب.txt',
      kind: 'txt',
      sha256,
      lines: linesOfText(seed),
      group: null,
    });
    expect(twice.ok || twice.error.message).toBe('«ب.txt»: این پرونده پیش‌تر وارد شده است (جلسه ۱ سال ۱۳۹۹)');
    const same = save(db, seed, null, 'رونوشت.txt');
    expect(same.ok || same.error.message).toMatch(/^«رونوشت\.txt»: جلسه ۱ سال ۱۳۹۹ کارگروه «.*» از قبل ثبت شده است/);
    expect(dump(db)).toEqual(before);
  });

  it('is pending until accepted, and goes with its session when the draft is deleted', () => {
    const db = provinceDb();
    const { call } = api(db);
    const a = save(db, seed);
    const b = save(
      db,
      minutes('صورتجلسه دومین جلسه کارگروه تخصصی امور اجتماعی، فرهنگی، سلامت، زنان و خانواده', '1399/03/05'),
    );
    if (!a.ok || !b.ok) throw new Error('not saved');
    expect(call('pastMinutes.pending', {}).map((p) => p.sessionId)).toEqual([a.value.sessionId, b.value.sessionId]);
    call('pastMinutes.accept', { sessionId: a.value.sessionId });
    expect(call('pastMinutes.pending', {}).map((p) => p.sessionId)).toEqual([b.value.sessionId]);
    expect(call('pastMinutes.review', { sessionId: a.value.sessionId })!.acceptedAt).not.toBeNull();
    call('sessions.remove', { id: b.value.sessionId });
    expect(call('pastMinutes.pending', {})).toEqual([]);
    expect(db.prepare('SELECT count(*) AS n FROM past_minutes_source').get()).toEqual({ n: 1 });
  });

  it('refuses text that is not minutes, naming the file', () => {
    const db = provinceDb();
    const r = save(db, 'فهرست خرید\nنان\nشیر', null, 'یادداشت.txt');
    expect(r.ok || r.error.message).toMatch(/^«یادداشت\.txt»: /);
  });

  it('refuses a file whose line is longer than any minutes’, naming the file and the line', async () => {
    const db = provinceDb();
    const before = dump(db);
    const text = `صورتجلسه اولین جلسه کارگروه اشتغال\nتاریخ: ۱۴۰۱/۰۲/۱۰\n${'مقرر شد '.repeat(12_000)}`;
    const r = await readPastMinutes(db, 'بلند.txt', Buffer.from(text));
    expect(r.ok || r.error.message).toBe('«بلند.txt»: سطر بیش از حد بلند است (سطر ۳)؛ چیزی از آن وارد نشد');
    expect(dump(db)).toEqual(before);
  });
});
