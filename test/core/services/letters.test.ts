// Letters to responsible bodies, on the real minutes of seed 003 in a real SQLite file: one
// notification per responsible organisation once final, one follow-up per organisation for its
// overdue resolutions, the office's number and date kept with what each letter covered.
import { describe, expect, it } from 'vitest';
import { createAsyncDispatcher } from '../../../electron/core/api/async-dispatch';
import { fileNamePart } from '../../../electron/core/print/file-names';
import { api, createDb, dump, finalize } from '../../helpers/db';
import { fixture } from '../../helpers/fixtures';

function setup(final = true) {
  const db = createDb();
  const { call, dispatch } = api(db);
  call('secretariat.setup', { name: 'دبیرخانه کارگروه‌های استانداری مرکزی', province: 'مرکزی' });
  const { sessionId, workingGroupId } = call('minutes.import', { document: fixture() });
  if (final) finalize(db, sessionId);
  return { db, call, dispatch, sessionId, workingGroupId };
}

const namesOf = (entries: { organization: string; resolutions: { row: number }[] }[]) =>
  entries.map((e) => [e.organization, e.resolutions.map((r) => r.row)]);

describe('notification letters', () => {
  it('are refused in Persian for a draft session', () => {
    const { dispatch, sessionId } = setup(false);
    expect(dispatch('letters.notifications', { sessionId })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: 'نامه ابلاغ پس از قطعی شدن صورتجلسه ساخته می‌شود' },
    });
  });

  it('list one letter per responsible organisation of a final session, with its resolutions, deadline and due date', () => {
    const { call, sessionId } = setup();
    const n = call('letters.notifications', { sessionId });
    expect(n.session).toMatchObject({ year: 1399, number: 1, date: '1399/02/02' });
    expect(n.workingGroup.name).toBe('کار گروه تخصصی امور اجتماعی، فرهنگی، سلامت، زنان و خانواده');
    expect(namesOf(n.entries)).toEqual([
      ['دبیرخانه کتاب', [1]],
      ['اعضای کارگروه', [1]],
      ['کمیته امداد امام خمینی (ره)', [2]],
      ['بهزیستی', [2]],
      ['بنیاد شهید و امور ایثارگران', [2]],
      ['دستگاه های اجرایی مرتبط', [3]],
      // Rows 4 and 5 name the same body: one letter with both.
      ['دستگاه های عضو کارگروه', [4, 5]],
    ]);
    const first = n.entries[0]!.resolutions[0]!;
    expect(first).toMatchObject({ deadline: { kind: 'days', value: 10 }, dueDate: '1399/02/12', daysOverdue: null });
    expect(n.entries.every((e) => e.letter === null)).toBe(true);
  });

  it('group a typed name with ي/ك or a half-space with the organisation of the same name', () => {
    const { db, call, sessionId } = setup(false);
    const r3 = call('sessions.get', { id: sessionId }).resolutions[2]!;
    // Arabic ye and kaf, a half-space where the other has a space: the same body.
    call('resolutions.update', {
      id: r3.id,
      responsible: [{ organizationId: null, text: 'دستگاه‌هاي عضو كارگروه' }],
    });
    finalize(db, sessionId);
    const n = call('letters.notifications', { sessionId });
    expect(namesOf(n.entries).at(-1)).toEqual(['دستگاه‌هاي عضو كارگروه', [3, 4, 5]]);
  });

  it('keep the number and date typed (any digits), update them in place, and refuse a bad date keeping the letter as it was', () => {
    const { db, call, dispatch, sessionId } = setup();
    const key = call('letters.notifications', { sessionId }).entries[6]!.key;
    const kept = call('letters.mark', { kind: 'notification', sessionId, key, number: ' ۱۲۳/ص ', date: '۱۳۹۹/۲/۱۰' });
    expect(kept.letter).toMatchObject({ number: '۱۲۳/ص', date: '1399/02/10' });
    const again = call('letters.mark', { kind: 'notification', sessionId, key, number: '124', date: '1399/02/11' });
    expect(again.letter).toEqual({ id: kept.letter!.id, number: '124', date: '1399/02/11' });
    expect(dump(db)['letter']).toHaveLength(1);
    expect(dump(db)['letter_resolution']).toHaveLength(2);

    const before = dump(db);
    expect(
      dispatch('letters.mark', { kind: 'notification', sessionId, key, number: '125', date: '1399/13/01' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', path: 'date', message: expect.stringContaining('1399/13/01') },
    });
    expect(
      dispatch('letters.mark', { kind: 'notification', sessionId, key, number: '  ', date: '1399/02/11' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: 'شماره نامه را بنویسید' },
    });
    expect(
      dispatch('letters.mark', { kind: 'notification', sessionId, key: 'name:هیچ', number: '1', date: '1399/02/11' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', path: 'key' },
    });
    expect(dump(db)).toEqual(before);

    // Each resolution it covered lists it, for its follow-up log.
    const rows = call('sessions.get', { id: sessionId }).resolutions;
    expect(call('letters.ofResolution', { resolutionId: rows[3]!.id })).toEqual([
      {
        id: kept.letter!.id,
        kind: 'notification',
        number: '124',
        date: '1399/02/11',
        organization: 'دستگاه های عضو کارگروه',
      },
    ]);
    expect(call('letters.ofResolution', { resolutionId: rows[0]!.id })).toEqual([]);
    expect(call('letters.notifications', { sessionId }).entries[6]!.letter).toMatchObject({ number: '124' });
  });
});

describe('follow-up letters', () => {
  it('list, per organisation, its overdue resolutions of the group’s final sessions with days overdue', () => {
    const { call, workingGroupId, sessionId } = setup();
    const rows = call('sessions.get', { id: sessionId }).resolutions;
    call('resolutions.setStatus', { id: rows[1]!.id, status: 'done' });
    const o = call('letters.overdue', { workingGroupId, today: '۱۳۹۹/۰۳/۱۰' });
    expect(o.today).toBe('1399/03/10');
    // Row 1 due 1399/02/12, row 4 (immediate) soon after the session; row 2 is done, 3 and 5 have no due date.
    expect(namesOf(o.entries)).toEqual([
      ['دستگاه های عضو کارگروه', [4]],
      ['دبیرخانه کتاب', [1]],
      ['اعضای کارگروه', [1]],
    ]);
    const line = o.entries[1]!.resolutions[0]!;
    expect(line).toMatchObject({ dueDate: '1399/02/12', daysOverdue: 29, session: { year: 1399, number: 1 } });
    expect(call('letters.overdue', { workingGroupId, today: '1399/02/03' }).entries).toEqual([]);
  });

  it('keep a letter for the set it covered: the same set updates it, a new overdue one makes the next letter', () => {
    const { db, call, workingGroupId, sessionId } = setup();
    const today = '1399/02/20';
    const first = call('letters.overdue', { workingGroupId, today }).entries.find(
      (e) => e.organization === 'دبیرخانه کتاب',
    )!;
    const kept = call('letters.mark', {
      kind: 'follow_up',
      workingGroupId,
      today,
      key: first.key,
      number: '۹۰',
      date: today,
    });
    expect(kept).toMatchObject({ letter: { number: '۹۰' }, lastLetter: { number: '۹۰' } });
    call('letters.mark', { kind: 'follow_up', workingGroupId, today, key: first.key, number: '۹۱', date: today });
    expect(dump(db)['letter']).toHaveLength(1);
    // A later session gives it another resolution, overdue by 1399/04/01: the kept letter no longer covers the set.
    const second = fixture();
    second.session.number = 2;
    second.session.date = '1399/03/01';
    finalize(db, call('minutes.import', { document: second }).sessionId);
    const later = call('letters.overdue', { workingGroupId, today: '1399/04/01' }).entries.find(
      (e) => e.key === first.key,
    );
    expect(later).toMatchObject({ letter: null, lastLetter: { number: '۹۱', date: today } });
    expect(later!.resolutions.map((r) => [r.session.number, r.row])).toEqual([
      [1, 1],
      [2, 1],
    ]);
    expect(
      call('letters.overdue', { workingGroupId, today: '1399/02/21' }).entries.find((e) => e.key === first.key),
    ).toMatchObject({
      letter: { number: '۹۱' },
    });
    void sessionId;
  });

  it('print on the letterhead signed by the session’s secretary, one organisation or all; none to print is refused', () => {
    const { call, dispatch, sessionId, workingGroupId } = setup();
    call('letterhead.set', { heading: 'استانداری مرکزی\nدبیرخانه کارگروه' });
    const all = call('letters.printable', { kind: 'notification', sessionId });
    expect(all.letterhead.lines).toEqual(['استانداری مرکزی', 'دبیرخانه کارگروه']);
    expect(all.signatory).toEqual({ name: 'سجادی', title: 'مدیر کل امور اجتماعی و فرهنگی' });
    expect(all.letters).toHaveLength(7);
    const one = call('letters.printable', { kind: 'notification', sessionId, key: all.letters[2]!.key });
    expect(one.letters.map((l) => l.organization)).toEqual(['کمیته امداد امام خمینی (ره)']);
    const followUp = call('letters.printable', { kind: 'follow_up', workingGroupId, today: '1399/03/10' });
    expect(followUp.session).toBeNull();
    expect(followUp.signatory).toEqual({ name: 'سجادی', title: 'مدیر کل امور اجتماعی و فرهنگی' });
    expect(dispatch('letters.printable', { kind: 'follow_up', workingGroupId, today: '1399/02/03' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: expect.stringContaining('سررسیدگذشته') },
    });
  });

  it('print to PDF through the shell, with the letters’ target and a Persian file name', async () => {
    const { db, call, sessionId } = setup();
    const key = call('letters.notifications', { sessionId }).entries[2]!.key;
    const asked: unknown[] = [];
    const run = createAsyncDispatcher(db, {
      printPdf: (target) => {
        asked.push(target);
        return Promise.resolve(new Uint8Array(Buffer.from('%PDF-1.7\ntrailer <<>>\nstartxref\n0\n%%EOF\n')));
      },
    });
    const r = await run('letters.pdf', { kind: 'notification', sessionId, key });
    expect(r).toMatchObject({ ok: true, value: { fileName: 'ابلاغ-مصوبات-1399-01-کمیته-امداد-امام-خمینی-(ره).pdf' } });
    expect(asked).toEqual([{ kind: 'letters', letter: 'notification', sessionId, key }]);
    const draft = setup(false);
    expect(
      await createAsyncDispatcher(draft.db, {})('letters.pdf', { kind: 'notification', sessionId: draft.sessionId }),
    ).toMatchObject({
      ok: false,
      error: { message: 'نامه ابلاغ پس از قطعی شدن صورتجلسه ساخته می‌شود' },
    });
  });

  it('name files safely: no path or reserved characters', () => {
    expect(fileNamePart('اداره کل / راه: و "شهرسازی"')).toBe('اداره-کل-راه-و-شهرسازی');
    expect(fileNamePart('..')).toBe('دستگاه');
  });
});
